/** What the per-concern modules share: transaction types, key ranges and the request guard. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CitecardsSchema } from './schema';

export type Db = IDBPDatabase<CitecardsSchema>;
export type Stores = StoreNames<CitecardsSchema>;
export type Tx<S extends Stores[], M extends IDBTransactionMode> = IDBPTransaction<
	CitecardsSchema,
	S,
	M
>;
/** Any transaction that can read the stores a helper needs (idb's types cannot express "at least"). */
export type ReadTx = Tx<Stores[], IDBTransactionMode>;
/** Any read-write transaction over the stores a helper needs. */
export type WriteTx = Tx<Stores[], 'readwrite'>;

/**
 * Marks a request's promise as handled. When a later request throws synchronously, the
 * transaction aborts and earlier requests reject; without this they would be unhandled rejections.
 */
export function guard<T>(p: Promise<T>): Promise<T> {
	p.catch(() => {});
	return p;
}

/** Every row of one deck in a store keyed [deckId, …]. */
export const deckRange = (deckId: string) => IDBKeyRange.bound([deckId], [deckId, []]);

/** One queue bucket of a deck in the [deckId, q, due] index, due up to `upTo`. */
export const bucketRange = (deckId: string, q: number, upTo = Infinity, open = false) =>
	IDBKeyRange.bound([deckId, q, -Infinity], [deckId, q, upTo], false, open);
