/**
 * Issue 10, faults: nothing is lost. The page closed right after a rating, two tabs rating the same
 * deck at once, the clock jumping a week forward and an hour back, the storage quota running out
 * during an import, the network dropping and returning. Each ends by reading every stored review
 * straight from IndexedDB and checking it against the schedules.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeBigDeck } from '../fixtures/db';
import {
	baseUrl,
	browser,
	newContext,
	newPage,
	openHome,
	pickFile,
	recordRequests,
	revealCurrent,
	seedDeck,
	useBrowser,
	waitForServiceWorker
} from './helpers';
import { currentId, expectConsistent, rateGood, readStored } from './reviews';

const deck = seedDeck();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

useBrowser();

async function studyPage(context: BrowserContext): Promise<Page> {
	const p = await newPage(context);
	await p.goto(`/study?deck=${deck.id}`);
	await p.locator('article[data-card]').waitFor();
	return p;
}

describe('nothing is lost', () => {
	it('when the page is closed right after a rating', async () => {
		const context = await newContext(browser);
		const requests = recordRequests(context);
		const first = await newPage(context);
		await openHome(first);
		await first.close();
		const confirmed: string[] = [];
		// Closed once the next card shows, and closed the moment the key is pressed: three times each.
		for (let round = 0; round < 3; round++) {
			const p = await studyPage(context);
			confirmed.push(await rateGood(p));
			await p.close();
			const q = await studyPage(context);
			await rateGood(q, { wait: false });
			await q.close();
		}
		const reader = await newPage(context);
		await openHome(reader);
		const stored = await readStored(reader);
		// Every rating the page had confirmed is stored; one cut short is stored whole or not at all.
		const ids = stored.log.map((e) => e.cardId);
		for (const id of confirmed) expect(ids).toContain(id);
		expect(stored.log.length).toBeGreaterThanOrEqual(3);
		expect(stored.log.length).toBeLessThanOrEqual(6);
		expectConsistent(stored);
		requests.assertSameOrigin();
		await context.close();
	});

	it('when two tabs rate the same deck at once', async () => {
		const context = await newContext(browser);
		const requests = recordRequests(context);
		const home = await newPage(context);
		await openHome(home);
		const [a, b] = [await studyPage(context), await studyPage(context)];
		// Both tabs start on the same card.
		expect(await currentId(a)).toBe(await currentId(b));
		const rated: string[] = [];
		for (let round = 0; round < 4; round++) {
			for (const [tab, other] of [
				[a, b],
				[b, a]
			]) {
				if (!(await tab.locator('article[data-card]').count())) continue;
				const id = await rateGood(tab);
				rated.push(id);
				// The other tab lets go of the card just answered (at once, if it was on screen).
				await other.waitForFunction(
					(answered) =>
						document.querySelector('article[data-card]')?.getAttribute('data-card') !== answered,
					id
				);
			}
		}
		// Both tabs reveal the same card, then rate it within the same moment: one rating counts.
		await a.reload();
		await b.reload();
		await a.locator('article[data-card]').waitFor();
		await b.locator('article[data-card]').waitFor();
		const same = await currentId(a);
		expect(await currentId(b)).toBe(same);
		await revealCurrent(a);
		await revealCurrent(b);
		await Promise.all([a.keyboard.press('3'), b.keyboard.press('4')]);
		for (const tab of [a, b])
			await tab.waitForFunction(
				(answered) =>
					document.querySelector('article[data-card]')?.getAttribute('data-card') !== answered,
				same
			);
		const stored = await readStored(home);
		expect(stored.log.map((e) => e.cardId).sort()).toEqual([...rated, same].sort());
		expect(stored.log.filter((e) => e.cardId === same)).toHaveLength(1);
		expectConsistent(stored);
		for (const tab of [a, b]) expect(await tab.locator('[role="alert"]').count()).toBe(0);
		requests.assertSameOrigin();
		await context.close();
	});

	it('when the clock jumps a week forward and an hour back', async () => {
		const context = await newContext(browser);
		const requests = recordRequests(context);
		const start = new Date(2026, 2, 1, 9).getTime();
		await context.clock.setFixedTime(start);
		const p = await newPage(context);
		await openHome(p);
		await p.goto(`/study?deck=${deck.id}`);
		await p.locator('article[data-card]').waitFor();
		const day1 = [await rateGood(p), await rateGood(p), await rateGood(p)];

		// A week later: yesterday's learning cards are due, and rating one is stored at the new time.
		await context.clock.setFixedTime(start + 7 * DAY);
		await p.goto(`/study?deck=${deck.id}`);
		await p.locator('article[data-card]').waitFor();
		const week = await rateGood(p);
		// Then an hour back (daylight saving ends, or the clock is corrected): still studies, still stored.
		await context.clock.setFixedTime(start + 7 * DAY - HOUR);
		await p.goto(`/study?deck=${deck.id}`);
		await p.locator('article[data-card]').waitFor();
		const back = await rateGood(p);
		expect(await p.locator('[role="alert"]').count()).toBe(0);

		const stored = await readStored(p);
		expect(stored.log.map((e) => e.cardId)).toEqual([...day1, week, back]);
		const times = stored.log.map((e) => e.reviewedAt);
		expect(times.slice(0, 3).every((t) => t === start)).toBe(true);
		expect(times[3]).toBe(start + 7 * DAY);
		expect(times[4]).toBe(start + 7 * DAY - HOUR);
		// No schedule went backwards in a way that breaks it: due after its last review, no negative gaps.
		for (const e of stored.log) {
			expect(e.after.due).toBeGreaterThanOrEqual(e.reviewedAt);
			expect(e.after.elapsedDays).toBeGreaterThanOrEqual(0);
			expect(e.after.scheduledDays).toBeGreaterThanOrEqual(0);
		}
		expectConsistent(stored);
		requests.assertSameOrigin();
		await context.close();
	});

	it('when storage runs out during an import', async () => {
		// Chromium lets IndexedDB use space it found free for up to 30 s before asking again, so the
		// quota is set before the first visit: room for the bundled deck and some reviews, not for
		// a deck of 8,000 cards. Without the service worker, whose cache would count against it too.
		const context = await newContext(browser, { serviceWorkers: 'block' });
		const requests = recordRequests(context);
		const p = await newPage(context);
		const cdp = await context.newCDPSession(p);
		const origin = new URL(baseUrl).origin;
		const quota = 1_000_000 + 8 * JSON.stringify(deck).length;
		await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: quota });
		const big = makeBigDeck({ id: 'too-big', cards: 8000, title: 'Too big' });
		const file = { name: 'too-big.json', buffer: Buffer.from(JSON.stringify(big)) };
		expect(file.buffer.length).toBeGreaterThan(quota);

		await openHome(p);
		await p.goto(`/study?deck=${deck.id}`);
		await p.locator('article[data-card]').waitFor();
		const rated = [await rateGood(p), await rateGood(p), await rateGood(p)];
		const before = await readStored(p);
		const seedRows = await rowsOfDeck(p, deck.id);

		await p.goto('/import');
		const full = p.getByRole('alert').filter({ hasText: 'Storage is full' });
		await pickFile(p, 'Choose a file', file, p.getByRole('progressbar').or(full));
		await full.first().waitFor({ timeout: 60_000 });
		expect(await full.first().textContent()).toMatch(/not saved.*intact.*Free some space/s);
		expect(await p.getByText('Imported "Too big"').count()).toBe(0);
		// Nothing of the deck was written, and everything before it is as it was.
		expect(await rowsOfDeck(p, big.id)).toEqual({});
		expect(await rowsOfDeck(p, deck.id)).toEqual(seedRows);
		expect(await readStored(p)).toEqual(before);

		// With room again, the same file imports whole, and the reviews are still all there.
		await cdp.send('Storage.overrideQuotaForOrigin', { origin });
		await p.goto('/import');
		const imported = p.getByText('Imported "Too big": 8000 cards');
		await pickFile(p, 'Choose a file', file, p.getByRole('progressbar').or(imported));
		await imported.waitFor({ timeout: 60_000 });
		expect(await rowsOfDeck(p, big.id)).toMatchObject({ decks: 1, cards: 8000, schedules: 8000 });
		const stored = await readStored(p);
		expect(stored.log.map((e) => e.cardId)).toEqual(rated);
		expect(stored.log).toEqual(before.log);
		expectConsistent(stored);
		requests.assertSameOrigin();
		await context.close();
	});

	it('when the network drops and returns during a session', async () => {
		const context = await newContext(browser);
		const requests = recordRequests(context);
		const p = await newPage(context);
		await openHome(p);
		await waitForServiceWorker(p);
		await p.goto(`/study?deck=${deck.id}`);
		await p.locator('article[data-card]').waitFor();
		const rated = [await rateGood(p)];
		const offline = p.getByText('Offline: your decks and reviews still work');
		try {
			// Dropped mid-session: the page says so and studying goes on, through a reload too.
			await context.setOffline(true);
			await offline.waitFor();
			rated.push(await rateGood(p), await rateGood(p));
			await p.reload();
			await p.locator('article[data-card]').waitFor();
			rated.push(await rateGood(p));
			// Back, then gone again while a rating is being saved.
			await context.setOffline(false);
			await offline.waitFor({ state: 'detached' });
			rated.push(await rateGood(p));
			await revealCurrent(p);
			rated.push((await currentId(p)) as string);
			await Promise.all([context.setOffline(true), p.keyboard.press('3')]);
			await p.waitForFunction((prev) => {
				const shown = document.querySelector('article[data-card]')?.getAttribute('data-card');
				return shown !== prev || !!document.querySelector('#summary-title');
			}, rated.at(-1));
			await offline.waitFor();
			// Other pages open offline from the worker's cache, the home page with the counts so far.
			await openHome(p);
			await p.goto('/stats');
			await p.locator('main h1').waitFor();
		} finally {
			await context.setOffline(false);
		}
		await offline.waitFor({ state: 'detached' });
		await p.goto(`/study?deck=${deck.id}`);
		await p.locator('article[data-card]').waitFor();
		rated.push(await rateGood(p));
		expect(await p.getByRole('alert').count()).toBe(0);

		await p.reload();
		await p.locator('article[data-card]').waitFor();
		const stored = await readStored(p);
		expect(stored.log.map((e) => e.cardId)).toEqual(rated);
		expectConsistent(stored);
		requests.assertSameOrigin();
		await context.close();
	});
});

/** How many rows each store holds for one deck (its deck row, cards, schedules, summaries...). */
function rowsOfDeck(p: Page, deckId: string): Promise<Record<string, number>> {
	return p.evaluate(
		(deckId) =>
			new Promise<Record<string, number>>((resolve, reject) => {
				const open = indexedDB.open('citecards');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const stores = [...db.objectStoreNames].filter((n) => n !== 'meta' && n !== 'safety');
					const tx = db.transaction(stores, 'readonly');
					const requests = stores.map((name) => {
						const store = tx.objectStore(name);
						if (name === 'log')
							return store.index('deck_time').count(IDBKeyRange.bound([deckId], [deckId, []]));
						// Keyed by deck id, or by arrays that start with it.
						return store.count(
							name === 'decks' || name === 'tallies'
								? deckId
								: IDBKeyRange.bound([deckId], [deckId, []])
						);
					});
					tx.oncomplete = () => {
						db.close();
						const counts: Record<string, number> = {};
						stores.forEach((name, i) => {
							if (requests[i].result) counts[name] = requests[i].result;
						});
						resolve(counts);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		deckId
	);
}
