/** Asking the browser to keep our data (not evict it under storage pressure). */

/** Whether storage is (now) persistent; `supported` is false outside browsers or in old ones. */
export interface PersistenceResult {
	supported: boolean;
	persisted: boolean;
}

/** Asks for persistent storage once it matters (after the first real use); safe in Node. */
export async function requestPersistence(): Promise<PersistenceResult> {
	const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
	if (!storage || typeof storage.persist !== 'function')
		return { supported: false, persisted: false };
	try {
		if (typeof storage.persisted === 'function' && (await storage.persisted()))
			return { supported: true, persisted: true };
		return { supported: true, persisted: await storage.persist() };
	} catch {
		return { supported: true, persisted: false };
	}
}
