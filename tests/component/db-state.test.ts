import { describe, expect, it, vi } from 'vitest';
import { DbVersionChangedError, type OpenDbOptions } from '../../src/lib/db';

// The database is a stand-in: what matters is what the app's one connection does when told that
// another tab upgraded it.
const opened: OpenDbOptions[] = [];
vi.mock('$lib/db', async (original) => ({
	...(await original<typeof import('../../src/lib/db')>()),
	openDb: vi.fn(async (o: OpenDbOptions) => {
		opened.push(o);
		return { name: 'citecards' };
	})
}));
vi.mock('../../src/lib/state/seed', () => ({ ensureSeedDeck: vi.fn(async () => {}) }));

const { dbState } = await import('../../src/lib/state/db-state.svelte');

describe('the first visit', () => {
	it('is over once the database is open and the bundled deck stored: its note goes', async () => {
		document.documentElement.dataset.firstVisit = '';
		await dbState.ready();
		expect(document.documentElement.dataset.firstVisit).toBeUndefined();
	});
});

describe('the database upgraded by a newer version in another tab', () => {
	it('keeps saying to reload, and never opens again at the old version', async () => {
		await dbState.ready();
		expect(opened).toHaveLength(1);
		opened[0].onVersionChange?.();
		expect(dbState.db).toBeNull();
		expect(dbState.error).toMatch(/updated in another tab.*Reload this tab/);
		dbState.dismiss();
		// Opening again at this page's version would fail as data "newer than the app" (a rollback,
		// where reloading does not help): the page is told to reload instead, and shows it again.
		const error = await dbState.ready().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DbVersionChangedError);
		expect(dbState.error).toMatch(/updated in another tab.*Reload this tab/);
		expect(opened).toHaveLength(1);
	});
});
