/**
 * Opens the database once for the whole app, loads the bundled seed deck, and turns storage failures
 * (blocked by another tab, quota full, private mode) into one clear message the layout shows.
 */
import {
	DbError,
	DbNewerThanAppError,
	DbVersionChangedError,
	openDb,
	type CitecardsDb
} from '$lib/db';
import { ensureSeedDeck } from './seed';

/** A message a person can act on, for any storage error. */
export function storageErrorMessage(error: unknown): string {
	// The database layer already words its own errors for people.
	if (error instanceof DbError) return error.message;
	const name = (error as { name?: string })?.name ?? '';
	const message = (error as { message?: string })?.message ?? String(error);
	if (name === 'QuotaExceededError' || /quota/i.test(message))
		return 'Your device is out of storage space for citecards. Free some space (or export a backup), then try again.';
	if (name === 'VersionError') return new DbNewerThanAppError().message;
	if (name === 'InvalidStateError' || /closing|closed/i.test(message))
		return 'The database was closed (perhaps by another tab updating citecards). Reload the page.';
	if (name === 'NotFoundError' || name === 'UnknownError' || name === 'SecurityError')
		return `This browser would not open the citecards storage (${name}). Private browsing can block it.`;
	return `Storage error: ${message}`;
}

class DbState {
	#db = $state.raw<CitecardsDb | null>(null);
	#error = $state<string | null>(null);
	#blocked = $state(false);
	#opening: Promise<CitecardsDb> | null = null;
	/** Another tab upgraded the database to a newer version than this page's code knows. */
	#updatedElsewhere = false;

	/** The open database, once ready. */
	get db(): CitecardsDb | null {
		return this.#db;
	}
	/** The storage problem to show, if any. */
	get error(): string | null {
		return this.#error;
	}
	/** True while another tab holds an older version open and blocks our upgrade. */
	get blocked(): boolean {
		return this.#blocked;
	}

	/** Opens the database (once) and makes sure the bundled deck is in it. */
	ready(): Promise<CitecardsDb> {
		if (this.#updatedElsewhere)
			// Opening again would fail as if the site had gone back a version ("reloading will not
			// fix this"), when a reload is exactly what fixes it: keep saying so (reported after this
			// call, as a failed opening is, so no caller's reactive read changes state).
			return Promise.resolve().then(() => {
				const error = new DbVersionChangedError();
				this.report(error);
				throw error;
			});
		this.#opening ??= this.#open().catch((error) => {
			this.#opening = null;
			this.report(error);
			throw error;
		});
		return this.#opening;
	}

	async #open(): Promise<CitecardsDb> {
		const db = await openDb({
			onBlocked: () => {
				this.#blocked = true;
			},
			onVersionChange: () => {
				// Another tab needs a newer schema; the connection let go so it can upgrade. Say why we stopped.
				this.#updatedElsewhere = true;
				this.#db = null;
				this.#opening = null;
				this.report(new DbVersionChangedError());
			}
		});
		this.#blocked = false;
		try {
			await ensureSeedDeck({ db });
		} catch (error) {
			// A missing or bad bundled deck must not lock the user out of their own data.
			this.#error = `The bundled deck could not be loaded: ${(error as Error).message}`;
		}
		// The first visit's wait is over (components/FirstVisitNote.svelte says no more about it).
		if (typeof document !== 'undefined') delete document.documentElement.dataset.firstVisit;
		this.#db = db;
		return db;
	}

	/** Shows a storage error and returns its message. */
	report(error: unknown): string {
		const message = storageErrorMessage(error);
		this.#error = message;
		return message;
	}

	/** Hides the current error message. */
	dismiss(): void {
		this.#error = null;
	}
}

/** The app's one database connection. */
export const dbState = new DbState();
