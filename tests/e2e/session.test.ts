import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launch, newContext, newPage, seedDeck } from './helpers';

const deck = seedDeck();
const cards = new Map(deck.cards.map((c) => [c.id, c]));
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launch();
	context = await newContext(browser);
	page = await newPage(context);
	// Two new cards a day and typed answers: a short session that ends with its summary.
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill('2');
	await page.getByRole('checkbox', { name: /Type answers/ }).check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await page.getByText('Settings saved.').waitFor();
});
afterAll(async () => {
	await browser?.close();
});

/** Answers the current card: typed (right or wrong) or, for multiple choice, by choosing. */
async function answer(right: boolean): Promise<string> {
	const article = page.locator('article[data-card]');
	await article.waitFor();
	const id = (await article.getAttribute('data-card')) as string;
	const card = cards.get(id)!;
	if (card.type === 'mcq') {
		const index = card.choices!.findIndex((c) => (c === card.answer) === right);
		await page.keyboard.press(String(index + 1));
	} else {
		// Forgiving: case and punctuation do not matter.
		const typed = right ? `${card.answer.toUpperCase()}!` : 'certainly not this';
		await page.getByLabel('Your answer').fill(typed);
		await page.getByLabel('Your answer').press('Enter');
		await page.locator('.verdict').waitFor();
		expect(await page.locator('.verdict').textContent()).toBe(right ? 'Correct.' : 'Not quite.');
	}
	await page.getByTestId('answer').waitFor();
	return id;
}

describe('a whole session with typed answers', () => {
	it('checks typed answers, proposes a rating, and ends with a summary', async () => {
		await page.goto(`/study?deck=${deck.id}`);
		await answer(true);
		const suggested = page.locator('.ratings .suggested');
		expect(await suggested.innerText()).toMatch(/^Good/);
		await page.getByRole('button', { name: /^Easy/ }).click();
		await answer(false);
		expect(await suggested.innerText()).toMatch(/^Again/);
		// Focus moved to the answer, so the keyboard keeps working without a mouse.
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('answer-text');
		await page.keyboard.press('4');
		await page.locator('#summary-title').waitFor();
		expect(await page.locator('[data-summary="reviewed"]').textContent()).toBe('2');
		expect(await page.locator('[data-summary="again-rate"]').textContent()).toBe('0%');
		expect(await page.locator('[data-summary="next-due"]').textContent()).toMatch(/in \d/);
	});

	it('can still undo from the summary', async () => {
		await page.keyboard.press('z');
		await page.locator('article[data-card]').waitFor();
		expect(await page.getByLabel('Your answer').count()).toBeLessThanOrEqual(1);
		expect(await page.getByTestId('remaining').textContent()).toBe('1');
	});

	it('never requests anything outside its own origin', () => {
		expect(foreignRequests).toEqual([]);
	});
});
