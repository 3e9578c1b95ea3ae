/**
 * Small remembered choices of a page (the export form's options and seed, the self-test's set-up):
 * one row each in the meta store under `pref:<name>`, plain JSON. The page checks what it reads back.
 */
import type { ReadTx, WriteTx } from './tx';

/** The meta store's key for a preference. */
export const prefKey = (name: string) => `pref:${name}`;

type MetaStore = {
	get(key: string): Promise<unknown>;
	put(value: unknown, key: string): Promise<unknown>;
};

/** A remembered preference, or undefined. */
export async function readPreference(tx: ReadTx, o: { name: string }): Promise<unknown> {
	return (tx.objectStore('meta') as unknown as MetaStore).get(prefKey(o.name));
}

/** Remembers a preference (a JSON-ready value). */
export async function writePreference(
	tx: WriteTx,
	o: { name: string; value: unknown }
): Promise<void> {
	await (tx.objectStore('meta') as unknown as MetaStore).put(
		JSON.parse(JSON.stringify(o.value)),
		prefKey(o.name)
	);
}
