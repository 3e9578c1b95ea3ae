/**
 * Issue 10, faults: nothing is lost. The page closed right after a rating, two tabs rating the same
 * deck at once, the clock jumping a week forward and an hour back. Each ends by reading every stored
 * review straight from IndexedDB and checking it against the schedules.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	browser,
	newContext,
	newPage,
	openHome,
	recordRequests,
	revealCurrent,
	seedDeck,
	useBrowser
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
});
