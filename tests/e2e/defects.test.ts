/** Issue 9's defects, each as a person meets it in Chromium: menus, the counter, answers, disagreements, sources. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/lib/srs';
import { backupOf } from '../fixtures/db';
import { fairCards, fairDeck, fairSources } from './fair-deck';
import {
	foreignRequests,
	launch,
	newContext,
	newPage,
	openHome,
	restoreBackup,
	seedDeck,
	seriousA11yViolations
} from './helpers';

const seed = seedDeck();
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** A fresh profile on the bundled deck, at a desktop size (the top menu shows every page). */
async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext(browser, { viewport: { width: 1200, height: 800 } });
	const page = await newPage(context);
	await openHome(page);
	return { context, page };
}

describe('pages reached from the top menu', () => {
	it('Browse lists the cards of the deck picked there, without a reload', async () => {
		const { context, page } = await freshPage();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Browse' })
			.click();
		await page.waitForURL(/\/browse$/);
		await page.getByRole('link', { name: seed.title }).click();
		await page.waitForURL(/\/browse\?deck=/);
		await page.locator('li[data-card]').first().waitFor({ timeout: 5000 });
		expect(await page.locator('li[data-card]').count()).toBe(seed.cards.length);
		expect(await page.locator('main p[role="status"]').textContent()).toContain(
			`${seed.cards.length} cards`
		);
		await context.close();
	});

	it('Sources lists the articles of the deck picked there, without a reload', async () => {
		const { context, page } = await freshPage();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Sources' })
			.click();
		await page.waitForURL(/\/sources$/);
		await page.getByRole('link', { name: seed.title }).click();
		await page.waitForURL(/\/sources\?deck=/);
		const articles = page.getByRole('navigation', { name: 'Articles in this deck' }).locator('li');
		await articles.first().waitFor({ timeout: 5000 });
		expect(await articles.count()).toBe(seed.sources.length);
		await context.close();
	});
});

describe('the session counter', () => {
	it('counts down with each first rating, cards coming back counted apart', async () => {
		const { context, page } = await freshPage();
		await page.goto(`/study?deck=${seed.id}`);
		const remaining = page.getByTestId('remaining');
		await remaining.waitFor();
		const start = Number(await remaining.textContent());
		expect(start).toBeGreaterThan(3);
		for (let n = 1; n <= 3; n++) {
			const id = await page.locator('article[data-card]').getAttribute('data-card');
			const ask = await page.locator('article[data-card]').getAttribute('data-ask');
			await page.keyboard.press(ask === 'choices' ? '1' : 'Space');
			await page.getByRole('button', { name: /^Good/ }).click();
			await page.waitForFunction(
				(prev) => document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev,
				id
			);
			expect(Number(await remaining.textContent())).toBe(start - n);
			expect(await page.getByTestId('done').textContent()).toBe(String(n));
		}
		await context.close();
	});
});

describe('a deck of its own: fair answers, disagreements, sources', () => {
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		context = await newContext(browser, { viewport: { width: 1200, height: 800 } });
		page = await newPage(context);
		await openHome(page);
		const settings = { ...DEFAULT_SETTINGS, typedAnswers: true, multipleChoice: 'never' as const };
		await restoreBackup(page, backupOf(fairDeck, Date.now() - 60_000, settings), 'fair.json');
	});
	afterAll(async () => {
		await context?.close();
	});

	it('accepts a surname, any order, number spellings and the highlighted words; not another person', async () => {
		const plan: Record<string, [string, string]> = {
			[fairCards.countries.id]: ['US and India', 'Correct.'],
			[fairCards.order.id]: ['India and the US', 'Correct.'],
			[fairCards.signers.id]: ['Hegseth and Singh', 'Correct.'],
			[fairCards.tariffs.id]: ['50%', 'Correct.'],
			[fairCards.title.id]: ['secretary of war', 'Correct.'],
			[fairCards.who.id]: ['Hegseth', 'Correct.'],
			[fairCards.said.id]: ['Hegseth', 'Not quite.'],
			[fairCards.place.id]: ['Kuala Lumpor', 'Almost: "Kuala Lumpur".']
		};
		const seen = new Set<string>();
		await page.goto(`/study?deck=${fairDeck.id}`);
		while (seen.size < Object.keys(plan).length) {
			const article = page.locator('article[data-card]');
			await article.waitFor();
			const id = (await article.getAttribute('data-card')) as string;
			expect(seen.has(id), `${id} came back before every card was asked`).toBe(false);
			seen.add(id);
			expect(await article.getAttribute('data-ask')).toBe('typed');
			const [typed, verdict] = plan[id];
			await page.getByLabel('Your answer').fill(typed);
			await page.getByLabel('Your answer').press('Enter');
			await page.locator('.verdict').waitFor();
			expect(await page.locator('.verdict').textContent(), `${id}: "${typed}"`).toBe(verdict);
			if (id === fairCards.who.id)
				// Asked the other way round, the disputed title still shows its disagreement.
				expect(await page.locator('.evidence .conflict h3').textContent()).toBe(
					'Sources disagree: Title of Pete Hegseth'
				);
			await page.getByRole('button', { name: /^Good/ }).click();
			await page.waitForFunction(
				(prev) => document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev,
				id
			);
		}
	});

	it('shows a disagreement on every card whose fact is disputed, and only there', async () => {
		const conflictsOn = async (cardId: string) => {
			await page.goto(`/card?id=${cardId}`);
			await page.locator('.evidence').waitFor();
			return page.locator('.evidence .conflict h3').allTextContents();
		};
		expect(await conflictsOn(fairCards.title.id)).toEqual([
			'Sources disagree: Title of Pete Hegseth'
		]);
		expect(await conflictsOn(fairCards.who.id)).toEqual([
			'Sources disagree: Title of Pete Hegseth'
		]);
		expect(await conflictsOn(fairCards.said.id)).toEqual([
			'Sources disagree: Wording of a quotation'
		]);
		expect(await conflictsOn(fairCards.place.id)).toEqual([]);
		expect(await page.locator('.evidence .support').textContent()).toContain('2 sources agree');
		// Never "2 sources agree" right above "Sources disagree"; "; " between a variant's sources.
		await conflictsOn(fairCards.title.id);
		expect(await page.locator('.evidence').textContent()).not.toMatch(/sources agree/);
		const first = await page.locator('.evidence .conflict li').first().innerText();
		expect(first).toBe(`Secretary of War in ${fairSources.a.title}; ${fairSources.c.title}`);
	});

	it('names each source by headline, publisher, date and address, and marks only the sentence asked for', async () => {
		await page.goto(`/sources?deck=${fairDeck.id}`);
		const list = page.getByRole('navigation', { name: 'Articles in this deck' });
		await list.locator('li').first().waitFor();
		const first = await list.locator('li').first().innerText();
		expect(first).toContain(fairSources.a.title);
		expect(first).toContain('Example News · 31 October 2025');
		expect(first).toContain(fairSources.a.url);
		// From a card's evidence to its sentence: that sentence alone is marked.
		const at = fairCards.tariffs.citations[0].start;
		await page.goto(`/sources?deck=${fairDeck.id}&source=${fairSources.a.id}#s-${at}`);
		const text = page.locator('article .text');
		await text.waitFor();
		expect((await text.innerText()).startsWith('India and the US signed')).toBe(true);
		expect(await text.innerText()).not.toContain('date 2025-10-31');
		expect(await page.locator('article .text mark').allTextContents()).toEqual([
			fairCards.tariffs.citations[0].quote
		]);
		expect(await page.locator('article .text .card-link').count()).toBe(1);
		await page.getByLabel('Mark every cited sentence').check();
		await expect.poll(() => page.locator('article .text mark').count()).toBeGreaterThan(3);
		expect(await seriousA11yViolations(page)).toEqual([]);
	});
});

it('never requests anything outside its own origin', () => {
	expect(foreignRequests).toEqual([]);
});
