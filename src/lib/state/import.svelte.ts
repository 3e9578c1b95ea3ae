/**
 * The Import picker: reads a file (deck JSON, backup, CSV/TSV, Anki package) with `import`, then
 * writes it: a deck merged in one transaction, a backup restored after the user confirms. A bad
 * file changes nothing and says what is wrong in one sentence.
 */
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { BackupInvalidError, DeckInvalidError } from '$lib/db';
import { MAX_APKG_BYTES, megabytes } from '$lib/import/limits';
import type { ImportStep } from '$lib/import/progress';
import { dbState } from './db-state.svelte';

/** What the last import did, for the page to show. */
export interface ImportDone {
	deckId: string;
	title: string;
	text: string;
	notes: string[];
}

/**
 * Resolves once the browser has painted what changed, so a stage shows before a long step (or
 * after 50 ms: a hidden tab paints no frames, and its import must not wait for one).
 */
function nextPaint(): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, 50);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			}, 0)
		);
	});
}

class ImportState {
	#busy = $state(false);
	#step = $state.raw<ImportStep | null>(null);
	#error = $state<string | null>(null);
	#done = $state.raw<ImportDone | null>(null);
	/** A backup read and waiting for the user to confirm it replaces everything. */
	#pendingBackup = $state.raw<{ name: string; data: unknown } | null>(null);
	#restored = $state<string | null>(null);

	get busy(): boolean {
		return this.#busy;
	}
	/** Where a running import is (null when none runs), for the progress bar. */
	get step(): ImportStep | null {
		return this.#step;
	}
	get error(): string | null {
		return this.#error;
	}
	get done(): ImportDone | null {
		return this.#done;
	}
	/** The name of a backup file waiting for confirmation. */
	get pendingBackup(): string | null {
		return this.#pendingBackup?.name ?? null;
	}
	/** Set once a backup was restored (its file name). */
	get restored(): string | null {
		return this.#restored;
	}

	/** Forgets the last outcome. */
	clear(): void {
		this.#error = null;
		this.#done = null;
		this.#pendingBackup = null;
		this.#restored = null;
	}

	/** Reads a file and imports it (a backup waits for `confirmRestore`). */
	async pick(file: File): Promise<void> {
		this.clear();
		if (file.size > MAX_APKG_BYTES) {
			this.#error = `"${file.name}" is ${megabytes(file.size)}, too big to import. Nothing was changed.`;
			return;
		}
		this.#busy = true;
		this.#step = { stage: 'reading' };
		try {
			// The readers (zod, fflate, the CSV parser) load with the first file picked, not with the page.
			const [bytes, { readImportFile }] = await Promise.all([
				file.arrayBuffer().then((b) => new Uint8Array(b)),
				import('$lib/import')
			]);
			this.#step = { stage: 'checking' };
			await nextPaint();
			const read = await readImportFile({
				name: file.name,
				bytes,
				sqlJs: { locateFile: () => wasmUrl }
			});
			if (!read.ok) {
				this.#error = `${read.message}${/Nothing was changed/.test(read.message) ? '' : ' Nothing was changed.'}`;
				return;
			}
			if (read.kind === 'backup') {
				this.#pendingBackup = { name: file.name, data: read.backup };
				return;
			}
			const cards = read.deck.cards.length;
			this.#step = { stage: 'saving', done: 0, total: 1, cards };
			await nextPaint();
			const db = await dbState.ready();
			const result = await db.importFile({
				deck: read.deck,
				progress: read.progress,
				now: Date.now(),
				onProgress: (done, total) => (this.#step = { stage: 'saving', done, total, cards })
			});
			const parts = [`${result.added} new`];
			if (result.updated || result.unchanged)
				parts.push(`${result.updated + result.unchanged} already here`);
			if (result.reviews) parts.push(`${result.reviews} past reviews kept`);
			this.#done = {
				deckId: result.deckId,
				title: read.deck.title,
				text: `Imported "${read.deck.title}": ${read.deck.cards.length} cards (${parts.join(', ')}).`,
				notes: read.notes
			};
		} catch (error) {
			this.#error =
				error instanceof DeckInvalidError
					? `"${file.name}" cannot be imported: some cards are damaged. Nothing was changed.`
					: dbState.report(error);
		} finally {
			this.#busy = false;
			this.#step = null;
		}
	}

	/** Restores the backup waiting for confirmation; replaces everything on this device. */
	async confirmRestore(): Promise<void> {
		const pending = this.#pendingBackup;
		if (!pending) return;
		this.#busy = true;
		try {
			const db = await dbState.ready();
			await db.restoreBackup({ data: pending.data });
			this.#pendingBackup = null;
			this.#restored = pending.name;
		} catch (error) {
			this.#pendingBackup = null;
			this.#error =
				error instanceof BackupInvalidError
					? `"${pending.name}" is a damaged backup (or was changed by hand), so it cannot be restored. Nothing was changed.`
					: dbState.report(error);
		} finally {
			this.#busy = false;
		}
	}
}

/** The Import page's state. */
export const importer = new ImportState();
