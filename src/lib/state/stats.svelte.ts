/**
 * The Stats page: the charts from the database's summaries (db.getStats), then how well each source
 * is known (db.getSourceKnowledge, which reads every card, so the charts do not wait for it).
 */
import { loadStatsReads, type SourceKnowledgeReport, type StatsReport } from '$lib/db';
import { dbState } from './db-state.svelte';

/** Resolves after the next frame is painted (or after a moment where no frame comes: a hidden tab). */
function afterPaint(): Promise<void> {
	return new Promise((resolve) => {
		const fallback = setTimeout(resolve, 250);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(fallback);
				resolve();
			}, 0)
		);
	});
}

class StatsState {
	#report = $state.raw<StatsReport | null>(null);
	#knowledge = $state.raw<SourceKnowledgeReport | null>(null);
	#error = $state<string | null>(null);
	#loading = $state(false);
	/** How long the charts' read and counting took, ms (the bench measures the page as a whole). */
	#ms = $state(0);

	get report(): StatsReport | null {
		return this.#report;
	}
	/** How well each source is known, once read (after the report). */
	get knowledge(): SourceKnowledgeReport | null {
		return this.#knowledge;
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
		// The reads' module loads while the database opens (a failure is getStats' to report).
		loadStatsReads().catch(() => {});
		try {
			const db = await dbState.ready();
			this.#report = await db.getStats({ now });
			this.#ms = performance.now() - t0;
			// Every card is read only once the charts are on screen: begun at once, the browser's
			// reading of 50,000 schedules competes with drawing them.
			await afterPaint();
			this.#knowledge = await db.getSourceKnowledge({ now });
		} catch (error) {
			this.#error = `The stats could not be read: ${dbState.report(error)}`;
		} finally {
			this.#loading = false;
		}
	}
}

/** The Stats page's state. */
export const statsState = new StatsState();
