/** The Stats page: one read of the database (db.getStats), computed for the current time. */
import type { StatsReport } from '$lib/db';
import { dbState } from './db-state.svelte';

class StatsState {
	#report = $state.raw<StatsReport | null>(null);
	#error = $state<string | null>(null);
	#loading = $state(false);
	/** How long the read and the counting took, ms (shown for the curious; the bench measures it). */
	#ms = $state(0);

	get report(): StatsReport | null {
		return this.#report;
	}
	get error(): string | null {
		return this.#error;
	}
	get loading(): boolean {
		return this.#loading;
	}
	get ms(): number {
		return this.#ms;
	}

	/** Reads and counts everything for `now` (the page passes the clock's time). */
	async load({ now = Date.now() }: { now?: number } = {}): Promise<void> {
		this.#loading = true;
		this.#error = null;
		const t0 = performance.now();
		try {
			const db = await dbState.ready();
			this.#report = await db.getStats({ now });
			this.#ms = performance.now() - t0;
		} catch (error) {
			this.#error = `The stats could not be read: ${dbState.report(error)}`;
		} finally {
			this.#loading = false;
		}
	}
}

/** The Stats page's state. */
export const statsState = new StatsState();
