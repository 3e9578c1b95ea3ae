/** Issue 10, defect 8: a large deck is paged in the browser, and a much-cited sentence links a few cards. */
import { describe, expect, it } from 'vitest';
import { backupOf, makeBigDeck } from '../fixtures/db';
import { foreignRequests, page, restoreBackup, useBrowser } from './helpers';

// 2,500 cards over one source's 50 sentences: 50 cards cite each sentence.
const deck = makeBigDeck({ id: 'scale-deck', cards: 2500, title: 'Scale deck' });

useBrowser({
	setup: async (p) => {
		await restoreBackup(p, backupOf(deck, Date.now() - 60_000), 'scale.json');
	}
});

describe('a large deck', () => {
	it('is browsed a page at a time, in deck order, with more on request', async () => {
		await page.goto(`/browse?deck=${deck.id}`);
		const rows = page.locator('li[data-card]');
		await rows.first().waitFor();
		const status = page.locator('main p[role="status"]');
		await page.waitForFunction(() =>
			/2,500 cards/.test(document.querySelector('main p[role="status"]')?.textContent ?? '')
		);
		expect(await rows.count()).toBe(50);
		expect(await status.textContent()).toBe('2,500 cards, showing the first 50');
		expect(await rows.first().getAttribute('data-card')).toBe('c0');
		expect(await rows.last().getAttribute('data-card')).toBe('c49');

		await page.getByRole('button', { name: 'Show 50 more' }).click();
		await page.waitForFunction(() => document.querySelectorAll('li[data-card]').length === 100);
		expect(await rows.nth(50).getAttribute('data-card')).toBe('c50');
		expect(await status.textContent()).toBe('2,500 cards, showing the first 100');

		// Suspending a card deep in the list keeps the reader's place.
		const item = page.locator('li[data-card="c75"]');
		await item.getByRole('button', { name: /^Suspend/ }).click();
		await item.getByRole('button', { name: /^Unsuspend/ }).waitFor();
		expect(await rows.count()).toBe(100);

		// A search pages too, without a total it would have to read the deck for.
		await page.getByRole('searchbox', { name: 'Search' }).fill('Question number 1');
		await page.waitForFunction(() =>
			/Showing the first 50 matching cards/.test(
				document.querySelector('main p[role="status"]')?.textContent ?? ''
			)
		);
		expect(await rows.count()).toBe(50);
		expect(await rows.first().getAttribute('data-card')).toBe('c1');
	});

	it("links a few of a sentence's 50 citing cards and lists the rest in the browser", async () => {
		const cited = deck.cards[0].citations[0];
		await page.goto(`/sources?deck=${deck.id}&source=s1#s-${cited.start}`);
		const mark = page.locator(`mark#s-${cited.start}`);
		await mark.waitFor();
		const links = page.locator('.text a.card-link');
		await page.waitForFunction(() => document.querySelectorAll('.text a.card-link').length > 0);
		expect(await links.count()).toBe(11); // ten cards and "more"
		const more = page.getByRole('link', { name: /^More cards cite this sentence/ });
		expect(await more.first().textContent()).toBe('[more]');

		await page.getByLabel('Mark every cited sentence').check();
		await page.waitForFunction(() => document.querySelectorAll('.text mark').length === 50);
		expect(await links.count()).toBe(50 * 11);

		await more.first().click();
		await page.waitForURL(/\/browse\?deck=scale-deck&source=s1$/);
		await page.locator('li[data-card]').first().waitFor();
		expect(await page.getByLabel('Source').inputValue()).toBe('s1');
		expect(await page.locator('li[data-card]').count()).toBe(50);
	});

	it('never requests anything outside its own origin', () => {
		expect(foreignRequests).toEqual([]);
	});
});
