/**
 * Vite config of the app's next version, for the schema-update test: the same app with one more
 * database migration. Built by `buildNextVersion` (next-version.ts), which sets where it goes.
 */
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';

/** The migration the next version adds: a new store, and every stored review marked as it passes. */
const NEXT_MIGRATION = `async (db, tx) => {
	db.createObjectStore('nextVersion');
	let cursor = await tx.objectStore('log').openCursor();
	while (cursor) {
		await cursor.update({ ...cursor.value, migrated: true });
		cursor = await cursor.continue();
	}
}`;

const VERSION_LINE = 'export const DB_VERSION = MIGRATIONS.length;';

/** Appends NEXT_MIGRATION to schema.ts's migrations (and fails the build if that line changed). */
function nextSchema(): Plugin {
	return {
		name: 'citecards-next-schema',
		enforce: 'pre',
		transform(code, id) {
			if (!id.endsWith('/src/lib/db/schema.ts')) return null;
			if (!code.includes(VERSION_LINE))
				throw new Error(`schema.ts no longer has "${VERSION_LINE}"`);
			return code.replace(VERSION_LINE, `MIGRATIONS.push(${NEXT_MIGRATION});\n${VERSION_LINE}`);
		}
	};
}

export default defineConfig({ plugins: [nextSchema(), sveltekit()] });
