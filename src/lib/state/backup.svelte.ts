/** Backup: export everything to one JSON file, and restore it (a bad file changes nothing). */
import type { SafetyCopyInfo } from '$lib/db';
import { dbState } from './db-state.svelte';

/** "2 decks, 140 cards, 51 reviews". */
export function describeCopy(c: SafetyCopyInfo): string {
	const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
	return `${n(c.decks, 'deck')}, ${n(c.cards, 'card')}, ${n(c.reviews, 'review')}`;
}

class BackupState {
	#message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);
	#busy = $state(false);
	#safety = $state<SafetyCopyInfo | null>(null);

	/** The data kept by the last restore, which the user can go back to (null: none). */
	get safety(): SafetyCopyInfo | null {
		return this.#safety;
	}

	/** Looks up the safety copy kept by the last restore. */
	async loadSafety(): Promise<void> {
		try {
			this.#safety = await (await dbState.ready()).safetyCopy();
		} catch {
			this.#safety = null;
		}
	}

	/** Goes back to the data from before the last restore (the data it replaces is kept in turn). */
	async goBack(): Promise<boolean> {
		this.#busy = true;
		try {
			const db = await dbState.ready();
			const kept = await db.undoRestore({ now: Date.now() });
			if (!kept) {
				this.#message = { kind: 'error', text: 'There is no earlier data to go back to.' };
				return false;
			}
			this.#safety = kept;
			this.#message = {
				kind: 'ok',
				text: `Back to the data from before the restore. What it replaced (${describeCopy(kept)}) is kept in turn.`
			};
			return true;
		} catch (error) {
			const text = error instanceof Error ? error.message : String(error);
			this.#message = { kind: 'error', text: `${text} Nothing was changed.` };
			return false;
		} finally {
			this.#busy = false;
		}
	}

	/** The kept data as a backup file; the caller offers it as a download. */
	async exportSafety(): Promise<{ blob: Blob; filename: string } | null> {
		try {
			const data = await (await dbState.ready()).safetyCopyBackup();
			if (!data || !this.#safety) return null;
			const day = new Date(this.#safety.takenAt).toISOString().slice(0, 10);
			const blob = new Blob([JSON.stringify(data)], { type: 'application/json' });
			return { blob, filename: `citecards-before-restore-${day}.json` };
		} catch (error) {
			this.#message = { kind: 'error', text: dbState.report(error) };
			return null;
		}
	}

	/** The outcome of the last export or restore. */
	get message(): { kind: 'ok' | 'error'; text: string } | null {
		return this.#message;
	}
	get busy(): boolean {
		return this.#busy;
	}

	/** Forgets the last outcome (a new file was chosen). */
	clear(): void {
		this.#message = null;
	}

	/** Builds the backup file; the caller offers it as a download. */
	async export(): Promise<{ blob: Blob; filename: string } | null> {
		this.#busy = true;
		try {
			const db = await dbState.ready();
			const data = await db.exportBackup({ now: Date.now() });
			const blob = new Blob([JSON.stringify(data)], { type: 'application/json' });
			const filename = `citecards-backup-${new Date().toISOString().slice(0, 10)}.json`;
			this.#message = { kind: 'ok', text: `Backup saved as ${filename}.` };
			return { blob, filename };
		} catch (error) {
			this.#message = { kind: 'error', text: dbState.report(error) };
			return null;
		} finally {
			this.#busy = false;
		}
	}

	/** Restores a backup file; on any problem says what is wrong and keeps the current data. */
	async restore(file: File): Promise<boolean> {
		this.#busy = true;
		try {
			let data: unknown;
			try {
				data = JSON.parse(await file.text());
			} catch {
				this.#message = {
					kind: 'error',
					text: `${file.name} is not a citecards backup (it is not JSON). Nothing was changed.`
				};
				return false;
			}
			const db = await dbState.ready();
			const kept = await db.restoreBackup({ data, name: file.name, now: Date.now() });
			this.#safety = kept;
			this.#message = {
				kind: 'ok',
				text: `Restored from ${file.name}. Your previous data (${describeCopy(kept)}) is kept: you can go back to it below.`
			};
			return true;
		} catch (error) {
			const text = error instanceof Error ? error.message : String(error);
			this.#message = { kind: 'error', text: `${file.name}: ${text} Nothing was changed.` };
			return false;
		} finally {
			this.#busy = false;
		}
	}
}

/** Backup and restore. */
export const backup = new BackupState();
