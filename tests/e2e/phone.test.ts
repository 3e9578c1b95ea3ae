/** Issue 9's phone layout: the bottom tab bar, room for the card, tap targets, first visit, install, offline. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	foreignRequests,
	launch,
	newContext,
	newPage,
	openHome,
	seedDeck,
	seriousA11yViolations
} from './helpers';

const deck = seedDeck();
const SIZES = [
	{ width: 360, height: 640 },
	{ width: 390, height: 844 }
];
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** How far the page reaches past the right edge of the screen (0: no sideways scroll). */
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Visible controls smaller than 44 px either way, named for the failure message. */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
	return page.locator(selector).evaluateAll((els) =>
		els
			.filter((el) => (el as HTMLElement).offsetParent !== null)
			.map((el) => ({ el, r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.width < 44 || r.height < 44)
			.map(
				({ el, r }) => `${el.textContent?.trim()} ${Math.round(r.width)}x${Math.round(r.height)}`
			)
	);
}

const box = async (page: Page, selector: string) =>
	(await page.locator(selector).first().boundingBox())!;

for (const size of SIZES) {
	describe(`at ${size.width}x${size.height}`, () => {
		let context: BrowserContext;
		let page: Page;

		beforeAll(async () => {
			context = await newContext(browser, { viewport: size, hasTouch: true, isMobile: true });
			page = await newPage(context);
			await openHome(page);
		});
		afterAll(async () => {
			await context?.close();
		});

		it('shows a bottom tab bar (study, decks, browse, more) instead of the top menu', async () => {
			const tabs = page.getByRole('navigation', { name: 'Tabs' });
			// What each tab shows (its first line); "More" is named "More pages" for what it leads to.
			const shown = (await tabs.getByRole('link').allInnerTexts()).map((t) => t.split('\n')[0]);
			expect(shown).toEqual(['Study', 'Decks', 'Browse', 'More']);
			expect(await tabs.getByRole('link', { name: 'More pages', exact: true }).count()).toBe(1);
			const bar = (await tabs.boundingBox())!;
			expect(bar.y + bar.height).toBeCloseTo(size.height, 0);
			expect(
				await page.getByRole('navigation', { name: 'Main' }).getByRole('list').isVisible()
			).toBe(false);
			expect(await smallTargets(page, 'nav[aria-label="Tabs"] a')).toEqual([]);
			expect(await smallTargets(page, 'main button, main a.button')).toEqual([]);
		});

		it('fits every page without sideways scroll', async () => {
			const card = deck.cards[0];
			const source = deck.sources[0];
			for (const path of [
				'/',
				`/study?deck=${deck.id}`,
				`/browse?deck=${deck.id}`,
				`/card?id=${card.id}`,
				`/sources?deck=${deck.id}&source=${source.id}`,
				'/more',
				'/settings',
				'/export'
			]) {
				await page.goto(path);
				await page.locator('main h1, main h2').first().waitFor();
				await page.waitForTimeout(150);
				expect(await overflow(page), path).toBeLessThanOrEqual(0);
			}
		});

		it('gives the study card the room, with the rating bar clear of the tab bar', async () => {
			await page.goto(`/study?deck=${deck.id}`);
			const article = page.locator('article[data-card]');
			await article.waitFor();
			// No header above the card on the study screen.
			expect(await page.locator('header').isVisible()).toBe(false);
			expect((await article.boundingBox())!.y).toBeLessThan(120);
			const ask = await article.getAttribute('data-ask');
			await page.keyboard.press(ask === 'choices' ? '1' : 'Space');
			await page.getByRole('button', { name: /^Good/ }).waitFor();
			for (const where of ['top', 'bottom'] as const) {
				await page.evaluate(
					(w) => window.scrollTo(0, w === 'top' ? 0 : document.body.scrollHeight),
					where
				);
				await page.waitForTimeout(100);
				const ratings = await box(page, '.ratings');
				const tabs = await box(page, 'nav[aria-label="Tabs"]');
				expect(ratings.y + ratings.height, where).toBeLessThanOrEqual(tabs.y + 0.5);
				expect(ratings.y, where).toBeGreaterThanOrEqual(0);
			}
			expect(await smallTargets(page, '.ratings button')).toEqual([]);
			expect(await overflow(page)).toBeLessThanOrEqual(0);
			// The Study tab now goes straight back to this deck.
			expect(
				await page
					.getByRole('navigation', { name: 'Tabs' })
					.getByRole('link', { name: 'Study' })
					.getAttribute('href')
			).toBe(`/study?deck=${deck.id}`);
		});
	});
}

describe('a first visit on a phone', () => {
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		context = await newContext(browser, { viewport: SIZES[0], hasTouch: true, isMobile: true });
		page = await newPage(context);
		await openHome(page);
	});
	afterAll(async () => {
		await context?.close();
	});

	it('says what citecards does and what to do first, naming the deck by its subject', async () => {
		const welcome = page.getByRole('region', { name: 'Welcome' });
		const text = await welcome.innerText();
		expect(text).toMatch(/news articles into flashcards/);
		expect(text).toMatch(/cites the sentence/);
		expect(text).toMatch(/offline/);
		expect(text).toMatch(/Start studying/);
		expect(deck.title).not.toMatch(/^seeds?$/i);
		expect(text).toContain(deck.title);
		expect(await page.locator(`[data-deck="${deck.id}"] h2`).textContent()).toBe(deck.title);
		await page.getByRole('button', { name: 'Got it' }).click();
		await page.reload();
		await page.locator('[data-deck]').first().waitFor();
		expect(await welcome.count()).toBe(0);
	});

	it('offers to install where the browser offers it', async () => {
		expect(await page.getByRole('button', { name: 'Install' }).count()).toBe(0);
		await page.evaluate(() => {
			const offer = new Event('beforeinstallprompt', { cancelable: true }) as Event & {
				prompt: () => Promise<void>;
			};
			offer.prompt = async () => {
				(window as unknown as { prompted: boolean }).prompted = true;
			};
			window.dispatchEvent(offer);
		});
		await page.getByRole('button', { name: 'Install' }).click();
		expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
			true
		);
		expect(await page.getByRole('button', { name: 'Install' }).count()).toBe(0);
	});

	it('says when it is offline, and again when back online', async () => {
		const notice = page.getByRole('status').getByText(/Offline: your decks and reviews still work/);
		expect(await notice.count()).toBe(0);
		await context.setOffline(true);
		try {
			await notice.waitFor();
		} finally {
			await context.setOffline(false);
		}
		await notice.waitFor({ state: 'detached' });
	});

	it('passes axe on the pages it changed, light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const path of [
				'/',
				`/study?deck=${deck.id}`,
				'/study',
				'/more',
				`/sources?deck=${deck.id}&source=${deck.sources[0].id}`
			]) {
				await page.goto(path);
				await page.locator('main h1').first().waitFor({ state: 'attached' });
				await page.waitForTimeout(150);
				expect(await seriousA11yViolations(page), `${path} (${colorScheme})`).toEqual([]);
			}
		}
	});
});

it('never requests anything outside its own origin', () => {
	expect(foreignRequests).toEqual([]);
});
