import { describe, expect, it } from 'vitest';
import {
	context,
	expectedNewCount,
	foreignRequests,
	homeCounts,
	openHome,
	page,
	revealCurrent,
	seedDeck,
	useBrowser,
	waitForServiceWorker
} from './helpers';

const deck = seedDeck();
const cards = new Map(deck.cards.map((c) => [c.id, c]));
const rated: string[] = [];
let initialNew = 0;

useBrowser();

/** Opens a card's page and checks how many reviews its history lists. */
async function historyRows(cardId: string, expected: number) {
	await page.goto(`/card?id=${cardId}`);
	await page.locator('#history-title').waitFor();
	if (expected === 0) await page.getByText('Not reviewed yet.').waitFor();
	else await page.locator('tbody tr').first().waitFor();
	expect(await page.locator('tbody tr').count()).toBe(expected);
}

const currentId = () => page.locator('article[data-card]').getAttribute('data-card');

describe('studying', () => {
	it('starts from the home page with the DB-backed counts', async () => {
		await openHome(page);
		const counts = await homeCounts(page, deck.id);
		initialNew = counts.new;
		expect(counts).toEqual({ new: expectedNewCount(deck), learning: 0, due: 0 });
		await page.getByRole('link', { name: /^Start studying/ }).click();
		await page.waitForURL(/\/study\?deck=/);
	});

	it('rates five cards with each rating, showing each interval, and the counts follow', async () => {
		// Again and Hard by key, Good and Easy by click, then Good by key.
		const plan: { rating: string; key?: string }[] = [
			{ rating: 'Again', key: '1' },
			{ rating: 'Hard', key: '2' },
			{ rating: 'Good' },
			{ rating: 'Easy' },
			{ rating: 'Good', key: '3' }
		];
		for (const step of plan) {
			const id = (await currentId()) as string;
			const card = cards.get(id)!;
			if (card.type === 'cloze') await expect(page.locator('.gap').count()).resolves.toBe(1);
			// New and learning cards with choices are multiple choice (the default setting).
			const ask = await revealCurrent(page);
			expect(ask).toBe(card.choices ? 'choices' : 'reveal');
			await expect(page.getByTestId('answer').textContent()).resolves.toBe(card.answer);
			if (ask === 'choices')
				await expect(page.locator('.choice.right').textContent()).resolves.toContain(card.answer);
			for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
				const text = await page.getByRole('button', { name: new RegExp(`^${name}`) }).innerText();
				expect(text).toMatch(/\d+(\.\d+)?(m|h|d|mo|y)\s*$/);
			}
			if (step.key) await page.keyboard.press(step.key);
			else await page.getByRole('button', { name: new RegExp(`^${step.rating}`) }).click();
			await page.waitForFunction(
				(prev) => document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev,
				id
			);
			rated.push(id);
		}
		expect(new Set(rated).size).toBe(5);
		await openHome(page);
		// Again, Hard and both Goods stay in learning (steps 1m/10m); Easy graduates to review (days).
		expect(await homeCounts(page, deck.id)).toEqual({ new: initialNew - 5, learning: 4, due: 0 });
	});

	it('undo (Z) takes back the last rating exactly and shows that card again', async () => {
		await page.goto(`/study?deck=${deck.id}`);
		const id = (await currentId()) as string;
		await revealCurrent(page);
		await page.keyboard.press('3');
		await page.waitForFunction(
			(prev) => document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev,
			id
		);
		await page.keyboard.press('z');
		await page.waitForFunction(
			(prev) => document.querySelector('article[data-card]')?.getAttribute('data-card') === prev,
			id
		);
		// The card is back on the question side, and the database is as before that rating.
		await expect(page.getByTestId('answer').count()).resolves.toBe(0);
		await openHome(page);
		expect(await homeCounts(page, deck.id)).toEqual({ new: initialNew - 5, learning: 4, due: 0 });
		await historyRows(id, 0);
		await historyRows(rated[3], 1);
		await expect(page.locator('tbody td').nth(1).textContent()).resolves.toBe('Easy');
	});

	it('finds the same state after a reload', async () => {
		await page.goto(`/study?deck=${deck.id}`);
		const before = await currentId();
		const remaining = await page.getByTestId('remaining').textContent();
		await page.reload();
		await page.locator('article[data-card]').waitFor();
		expect(await currentId()).toBe(before);
		expect(await page.getByTestId('remaining').textContent()).toBe(remaining);
	});

	it('opens a citation source scrolled to the highlighted sentence', async () => {
		await page.goto(`/study?deck=${deck.id}`);
		const id = (await currentId()) as string;
		await revealCurrent(page);
		const citation = cards.get(id)!.citations[0];
		const evidenceMark = page.locator('.evidence blockquote mark').first();
		if (citation.highlight) {
			const source = deck.sources.find((s) => s.id === citation.source)!;
			await expect(evidenceMark.textContent()).resolves.toBe(
				source.text.slice(citation.highlight.start, citation.highlight.end)
			);
		}
		await page.locator('.evidence .citations a').first().click();
		await page.waitForURL(/\/sources\?deck=.*source=.*#s-\d+$/);
		const target = page.locator('mark.target');
		await target.waitFor();
		expect(await target.textContent()).toContain(citation.quote);
		await page.waitForFunction(() => {
			const r = document.querySelector('mark.target')!.getBoundingClientRect();
			return r.top >= 0 && r.bottom <= window.innerHeight;
		});
		const title = deck.sources.find((s) => s.id === citation.source)!.title;
		if (title) await expect(page.locator('#source-title').textContent()).resolves.toBe(title);
	});

	it('keeps working offline after one visit, including a reload and direct routes', async () => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		try {
			await page.goto(`/study?deck=${deck.id}`);
			await page.reload();
			// Really offline: what the worker did not store cannot be fetched.
			const status = await page.evaluate(() => fetch('/not-stored.txt').then((r) => r.status));
			expect(status).toBe(503);
			const id = (await currentId()) as string;
			await revealCurrent(page);
			await page.keyboard.press('3');
			await page.waitForFunction(
				(prev) =>
					document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev ||
					!!document.querySelector('#summary-title'),
				id
			);
			for (const path of ['/browse', '/settings', `/card?id=${id}`, '/sources']) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await page.locator('main h1').waitFor();
			}
			await historyRows(id, 1);
			await openHome(page);
			expect((await homeCounts(page, deck.id)).new).toBeLessThan(initialNew);
		} finally {
			await context.setOffline(false);
		}
	});

	it('never requests anything outside its own origin', () => {
		expect(foreignRequests).toEqual([]);
	});
});
