/** The IndexedDB connection: opening and upgrading, reopening after a loss, one transaction per call. */
import { openDB } from 'idb';
import {
	DbError,
	DbNewerThanAppError,
	DbUnavailableError,
	DbVersionChangedError,
	mapDbError
} from './errors';
import { DB_NAME, DB_VERSION, MIGRATIONS, type CitecardsSchema } from './schema';
import type { Db, Stores, Tx } from './tx';

/** Options for openDb. */
export interface OpenDbOptions {
	/** Database name (tests use a fresh one each). Default 'citecards'. */
	name?: string;
	/** Another tab holds an older version open, so our upgrade waits: ask the user to close it. */
	onBlocked?: () => void;
	/** Another tab needs a newer version: this connection closed itself; ask the user to reload. */
	onVersionChange?: () => void;
	/** Open at an older schema version (migration tests only). */
	version?: number;
}

/** The version of the stored database, if the browser can say (`indexedDB.databases`). */
async function storedVersion(name: string): Promise<number | undefined> {
	try {
		const list = await indexedDB.databases?.();
		return list?.find((d) => d.name === name)?.version;
	} catch {
		return undefined;
	}
}

/** One database connection, opened on first use and reopened when the browser drops it. */
export class Connection {
	readonly name: string;
	private readonly options: OpenDbOptions;
	private conn: Db | null = null;
	private opening: Promise<Db> | null = null;
	private versionChanged = false;
	private closed = false;

	constructor(o: OpenDbOptions = {}) {
		this.options = o;
		this.name = o.name ?? DB_NAME;
	}

	/** Closes the connection; later calls fail. */
	close(): void {
		this.closed = true;
		this.conn?.close();
		this.conn = null;
	}

	/** The open database (opening or reopening it). */
	get(): Promise<Db> {
		if (this.closed)
			return Promise.reject(new DbError('closed', 'The database was closed; reload the page.'));
		if (this.versionChanged) return Promise.reject(new DbVersionChangedError());
		if (this.conn) return Promise.resolve(this.conn);
		if (!this.opening)
			this.opening = this.open().finally(() => {
				this.opening = null;
			});
		return this.opening;
	}

	private async open(): Promise<Db> {
		if (typeof indexedDB === 'undefined') throw new DbUnavailableError();
		const target = this.options.version ?? DB_VERSION;
		let db: Db;
		try {
			db = await openDB<CitecardsSchema>(this.name, target, {
				upgrade: (db, oldVersion, newVersion, tx) => {
					const steps = MIGRATIONS.slice(oldVersion, newVersion ?? target);
					// Steps run in order inside the one upgrade transaction; a failing step aborts it,
					// leaving the database at its old version with its data intact.
					tx.done.catch(() => {}); // the failure surfaces through openDB itself
					void (async () => {
						for (const step of steps) await step(db, tx);
					})().catch(() => tx.abort());
				},
				blocked: () => this.options.onBlocked?.(),
				blocking: () => {
					// A newer version waits for us: step aside and tell the UI to reload.
					this.versionChanged = true;
					this.conn?.close();
					this.conn = null;
					this.options.onVersionChange?.();
				},
				terminated: () => {
					// The browser dropped the connection (e.g. storage cleared): reopen on next call.
					this.conn = null;
				}
			});
		} catch (e) {
			if ((e as { name?: unknown } | null)?.name === 'VersionError')
				throw new DbNewerThanAppError({
					storedVersion: await storedVersion(this.name),
					appVersion: target,
					cause: e
				});
			const mapped = mapDbError(e);
			if (mapped !== e) throw mapped;
			if (e instanceof DOMException && e.name === 'AbortError')
				throw new DbError(
					'upgrade-failed',
					'The saved data could not be upgraded to this version of the app; it is unchanged. ' +
						'Reload to try again, or export a backup from the previous version.',
					{ cause: e }
				);
			throw new DbUnavailableError(e);
		}
		this.conn = db;
		return db;
	}

	/** Runs `fn` in one transaction: on any error the transaction aborts, so nothing is half-written. */
	async run<S extends Stores[], M extends IDBTransactionMode, T>(
		stores: S,
		mode: M,
		fn: (tx: Tx<S, M>) => Promise<T>
	): Promise<T> {
		const db = await this.get();
		// At an older schema version (migration tests) stores added since are left out, and the
		// code that fills them skips them, as that version's code did.
		if (this.options.version !== undefined)
			stores = stores.filter((n) => db.objectStoreNames.contains(n)) as S;
		let tx: Tx<S, M>;
		try {
			tx = db.transaction(stores, mode);
		} catch (e) {
			// The connection may have been closed under us (InvalidStateError): reopen once.
			if (e instanceof DOMException && e.name === 'InvalidStateError' && this.conn === db) {
				this.conn = null;
				tx = (await this.get()).transaction(stores, mode);
			} else throw mapDbError(e);
		}
		try {
			const result = await fn(tx);
			await tx.done;
			return result;
		} catch (e) {
			tx.done.catch(() => {});
			try {
				tx.abort();
			} catch {
				// already finished or aborted
			}
			throw mapDbError(e);
		}
	}
}
