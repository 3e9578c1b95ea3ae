/** Issue 10, security: a whole session (study, browse, sources, export, backup, restore) stays on the app's origin. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
	baseUrl,
	browser,
	downloadBackup,
	isForeign,
	newContext,
	newPage,
	openHome,
	recordRequests,
	restoreBackup,
	revealCurrent,
	seedDeck,
	useBrowser,
	waitForServiceWorker
} from './helpers';

const deck = seedDeck();

useBrowser();

describe('requests during a session', () => {
	it('tells foreign origins from the app’s own, port and host included', () => {
		const own = new URL(baseUrl);
		expect(isForeign(`${own.origin}/study?deck=x`)).toBe(false);
		expect(isForeign('data:text/plain,hi')).toBe(false);
		expect(isForeign(`blob:${own.origin}/abc`)).toBe(false);
		expect(isForeign(`http://${own.hostname}:${Number(own.port) + 1}/`)).toBe(true);
		expect(isForeign(`${own.origin}0/`)).toBe(true); // a longer port, same prefix
		expect(isForeign(`http://localhost:${own.port}/`)).toBe(true);
		expect(isForeign(`https://${own.host}/`)).toBe(true);
		expect(isForeign('https://fonts.googleapis.com/css')).toBe(true);
		expect(isForeign('not a url')).toBe(true);
	});

	it('catches a request to another origin (the guard is not vacuous)', async () => {
		const context = await newContext(browser);
		const log = recordRequests(context);
		const p = await newPage(context);
		await openHome(p);
		// The same server under another name is another origin. (A navigation: the app's CSP would
		// stop a fetch before it left.)
		const other = baseUrl.replace('127.0.0.1', 'localhost');
		await p.goto(`${other}/manifest.webmanifest`);
		expect(log.foreign).toEqual([`${other}/manifest.webmanifest`]);
		expect(() => log.assertSameOrigin()).toThrow(/1 request\(s\) left the app's origin/);
		await context.close();
	});

	it('makes no request to another origin from first visit to restore', async () => {
		const context = await newContext(browser);
		const log = recordRequests(context);
		const p = await newPage(context);

		// First visit: the app, its bundled deck and the service worker's precache.
		await openHome(p);
		await waitForServiceWorker(p);

		// Study: rate three cards.
		await p.goto(`/study?deck=${deck.id}`);
		for (let i = 0; i < 3; i++) {
			const id = await p.locator('article[data-card]').getAttribute('data-card');
			await revealCurrent(p);
			await p.keyboard.press('3');
			await p.waitForFunction(
				(prev) =>
					document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev ||
					!!document.querySelector('#summary-title'),
				id
			);
		}

		// Browse, a card, a source.
		await p.goto(`/browse?deck=${deck.id}`);
		await p.locator('li[data-card]').first().waitFor();
		const cardLink = p.locator('li[data-card] a.question').first();
		await cardLink.click();
		await p.waitForURL(/\/card\?id=/);
		const source = deck.cards[0].citations[0];
		await p.goto(`/sources?deck=${deck.id}&source=${source.source}#s-${source.start}`);
		await p.locator('article .text').waitFor();

		// Export a quiz set.
		await p.goto('/export');
		await p.getByRole('checkbox', { name: new RegExp(`^${deck.title}\\b`) }).check();
		await p.locator('[data-question]').first().waitFor();
		await p.getByLabel('Export as').selectOption('csv');
		const [csv] = await Promise.all([
			p.waitForEvent('download'),
			p.getByRole('button', { name: 'Download', exact: true }).click()
		]);
		expect((await readFile((await csv.path()) as string, 'utf8')).length).toBeGreaterThan(0);

		// Back up, restore, and go back to the data from before the restore.
		const backup = await downloadBackup(p);
		expect(backup.log).toHaveLength(3);
		await restoreBackup(p, backup, 'session.json');
		await p.getByRole('button', { name: 'Go back to this data' }).click();
		await p.getByText('Back to the data from before the restore.').waitFor();
		await p.goto('/more');
		await p.locator('main h1').waitFor();

		// The recorder saw the session (pages, the bundled deck, the service worker's fetches) ...
		expect(log.all.length).toBeGreaterThan(20);
		expect(log.all.some((u) => u.endsWith('/decks/seed-deck.json'))).toBe(true);
		expect(log.all.some((u) => u.includes('/_app/immutable/'))).toBe(true);
		// ... and none of it went anywhere else.
		expect(log.foreign).toEqual([]);
		log.assertSameOrigin();
		await context.close();
	});
});
