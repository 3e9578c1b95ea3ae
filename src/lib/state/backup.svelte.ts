/** Backup: export everything to one JSON file, and restore it (a bad file changes nothing). */
import { dbState } from './db-state.svelte';

class BackupState {
	#message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);
	#busy = $state(false);

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
			await db.restoreBackup({ data });
			this.#message = { kind: 'ok', text: `Restored from ${file.name}.` };
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
