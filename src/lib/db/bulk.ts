/**
 * Many rows written in one transaction, fast and with progress. The rows go to IndexedDB's own
 * stores (no promise and no handler per request: for 100,000 rows those alone keep the page busy),
 * a chunk at a time (a few milliseconds of the page's time at most), and the next chunk is queued
 * from the success of a request of the one before, so the transaction stays active, the database
 * always has work waiting and the page can paint between chunks. Any failure aborts the transaction:
 * nothing is written.
 *
 * It imports nothing, so the pages that only study do not carry it: whoever saves a deck loads it
 * first (never inside the transaction, which would end while a module loads) and hands it down.
 */
import type { Stores } from './tx';

/** Rows for one store; `row` makes the stored row from an item when its chunk is queued. */
export interface BulkPart<T> {
	store: Stores;
	items: readonly T[];
	row?: (item: T) => unknown;
}

/** Rows per chunk at most: progress moves smoothly. */
export const BULK_CHUNK = 1000;

/**
 * The page's time a chunk may take at most (ms), whatever its row count: a put clones its row on the
 * page's thread, and a thousand rows of long articles took 25 ms, or 100 ms on a phone four times
 * slower, long enough to make the page miss taps (Lighthouse counted it as blocking on first visits).
 */
export const BULK_SLICE_MS = 6;

/** How many rows are queued between two looks at the clock. */
const CLOCK_EVERY = 8;

/** A progress report: rows queued so far are `done` once their requests succeeded. */
export type BulkProgress = (done: number, total: number) => void;

/**
 * Writes every part's rows (in order, with `put`) in `native`, a read-write transaction over their
 * stores; resolves once the last request succeeded (the caller still awaits the transaction's end).
 * Rejects, and aborts the transaction, on the first failure.
 */
export function putAll(
	native: IDBTransaction,
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	parts: Array<BulkPart<any>>,
	o: { onProgress?: BulkProgress; chunk?: number; sliceMs?: number } = {}
): Promise<void> {
	const chunk = Math.max(1, o.chunk ?? BULK_CHUNK);
	const sliceMs = o.sliceMs ?? BULK_SLICE_MS;
	const total = parts.reduce((n, p) => n + p.items.length, 0);
	let part = 0;
	let index = 0;
	let queued = 0;
	let finished = false;
	return new Promise<void>((resolve, reject) => {
		const fail = (error: unknown) => {
			if (finished) return;
			finished = true;
			try {
				native.abort();
			} catch {
				// already finished or aborted
			}
			reject(error);
		};
		/**
		 * Queues the next chunk: up to `chunk` rows, for up to `sliceMs` of the page's time. Requests
		 * succeed in the order they were made, so once the chunk's last one has, the whole chunk is
		 * written: it reports and queues another.
		 */
		const queue = () => {
			const started = performance.now();
			let last: IDBRequest | null = null;
			let n = 0;
			let timeLeft = true;
			while (n < chunk && part < parts.length && timeLeft) {
				const { store, items, row } = parts[part];
				if (index >= items.length) {
					part++;
					index = 0;
					continue;
				}
				const target = native.objectStore(store);
				const end = Math.min(items.length, index + chunk - n);
				for (; index < end && timeLeft; index++, n++) {
					last = target.put(row ? row(items[index]) : items[index]);
					if (n % CLOCK_EVERY === CLOCK_EVERY - 1) timeLeft = performance.now() - started < sliceMs;
				}
			}
			queued += n;
			if (!last) return;
			const upTo = queued;
			last.onsuccess = () => {
				if (finished) return;
				o.onProgress?.(upTo, total);
				if (upTo === total) {
					finished = true;
					resolve();
					return;
				}
				try {
					queue();
				} catch (e) {
					fail(e);
				}
			};
		};
		native.addEventListener('abort', () =>
			fail(native.error ?? new DOMException('', 'AbortError'))
		);
		// A failed request's error reaches the transaction first (then it aborts).
		native.addEventListener('error', (event) =>
			fail((event.target as IDBRequest | null)?.error ?? native.error)
		);
		o.onProgress?.(0, total);
		if (!total) {
			finished = true;
			resolve();
			return;
		}
		try {
			// Two chunks in flight: the database writes one while the page prepares the next.
			queue();
			queue();
		} catch (e) {
			fail(e);
		}
	});
}
