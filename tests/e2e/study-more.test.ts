import { describe, expect, it } from 'vitest';
import {
	foreignRequests,
	homeCounts,
	openHome,
	page,
	revealCurrent,
	seedDeck,
	seriousA11yViolations,
	slowCommits,
	useBrowser
} from './helpers';

const deck = seedDeck();

useBrowser({
	// Two new cards a day: today's cards are done after a few ratings. Saving is slow, as on a busy
	// machine: each rating is on screen for a while after its click (this file once failed so in CI).
	setup: async (page) => {
		await slowCommits(page);
		await page.goto('/settings');
		await page.getByLabel('New cards per day').fill('2');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await page.getByText('Settings saved.').waitFor();
	}
});

/**
 * Reveals the card on screen and rates it; returns its id once the rating is saved: the rated card
 * stays on screen, revealed, until then, and the next card (the same one, back in learning, unrevealed)
 * or the summary replaces it.
 */
async function rate(label: 'Again' | 'Good' | 'Easy'): Promise<string> {
	await revealCurrent(page);
	const id = (await page.locator('article[data-card]').getAttribute('data-card'))!;
	await page.getByRole('button', { name: new RegExp(`^${label}`) }).click();
	await page.waitForFunction(
		(prev) =>
			!!document.querySelector('#summary-title') ||
			document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev ||
			document.querySelector('.answer') === null,
		id
	);
	return id;
}

/** Rates Easy until the summary shows. */
async function finish(): Promise<void> {
	for (let i = 0; i < 10; i++) {
		const summary = page.locator('#summary-title');
		await page.locator('article[data-card], #summary-title').first().waitFor();
		if (await summary.isVisible()) return;
		await rate('Easy');
	}
	await page.locator('#summary-title').waitFor();
}

describe('studying more once today is done', () => {
	let failed = '';

	it('offers study more when today’s cards are done, and practises today’s misses without changing the schedule', async () => {
		await page.goto(`/study?deck=${encodeURIComponent(deck.id)}`);
		failed = await rate('Again');
		await finish();
		const more = page.getByRole('navigation', { name: 'Study more' });
		await more.waitFor();
		expect(await seriousA11yViolations(page)).toEqual([]);
		await openHome(page);
		const countsBefore = await homeCounts(page, deck.id);

		await page.goto(`/study?deck=${encodeURIComponent(deck.id)}`);
		await page.getByRole('link', { name: /^Practise today/ }).click();
		await page.locator('[data-practice]').waitFor();
		expect(await page.locator('article[data-card]').getAttribute('data-card')).toBe(failed);
		await revealCurrent(page);
		// Practice shows no intervals: nothing is scheduled by it.
		expect(await page.getByRole('button', { name: /^Good/ }).innerText()).not.toMatch(/\d+[mhd]/);
		await page.getByRole('button', { name: /^Good/ }).click();
		await page.locator('#summary-title').waitFor();
		// Undo takes the practice rating back and shows the card again, still as practice.
		await page.keyboard.press('z');
		await page.locator('[data-practice]').waitFor();
		expect(await page.locator('article[data-card]').getAttribute('data-card')).toBe(failed);
		await revealCurrent(page);
		await page.getByRole('button', { name: /^Good/ }).click();
		await page.locator('#summary-title').waitFor();

		await openHome(page);
		expect(await homeCounts(page, deck.id)).toEqual(countsBefore);
		await page.goto(`/card?id=${encodeURIComponent(failed)}`);
		await page.getByText('Good (practice)').waitFor();
	});

	it('studies extra new cards past the daily limit as real reviews', async () => {
		await page.goto(`/study?deck=${encodeURIComponent(deck.id)}&more=new`);
		const card = page.locator('article[data-card]');
		await card.waitFor();
		expect(await card.getAttribute('data-card')).not.toBe(failed);
		expect(await page.locator('[data-practice]').count()).toBe(0);
		await rate('Easy');
		await openHome(page);
		expect((await homeCounts(page, deck.id)).new).toBe(0);
		expect(foreignRequests).toEqual([]);
	});
});

describe('self-test', () => {
	it('asks N multiple-choice questions, scores them with each miss’s evidence, and leaves the schedule', async () => {
		await openHome(page);
		const before = await homeCounts(page, deck.id);
		await page.goto(`/test?deck=${encodeURIComponent(deck.id)}`);
		await page.getByLabel('Questions').fill('3');
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Start the test' }).click();
		for (let i = 1; i <= 3; i++) {
			await page.getByText(`Question ${i} of 3`).waitFor();
			const choices = page.locator('article[data-test-card] .choices button');
			// A wrong answer on purpose: a choice that is not the card's answer. A card with no wrong
			// choices of its answer's type is asked typed instead.
			const id = (await page.locator('article[data-test-card]').getAttribute('data-test-card'))!;
			const answer = deck.cards.find((c) => c.id === id)!.answer;
			if ((await choices.count()) === 0) {
				await page.getByLabel('Your answer').fill('certainly not this');
				await page.getByLabel('Your answer').press('Enter');
				continue;
			}
			expect(await choices.count()).toBeGreaterThanOrEqual(2);
			const texts = await choices.allInnerTexts();
			await choices.nth(texts.findIndex((t) => t.trim() !== answer)).click();
		}
		await page.locator('[data-score]').waitFor();
		expect(await page.locator('[data-score]').innerText()).toMatch(/^0 of 3 right/);
		expect(await page.locator('[data-wrong]').count()).toBe(3);
		expect(await page.locator('[data-wrong] blockquote').count()).toBeGreaterThanOrEqual(3);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			expect(await seriousA11yViolations(page)).toEqual([]);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		await openHome(page);
		expect(await homeCounts(page, deck.id)).toEqual(before);
	});

	it('asks typed questions and records the results only when asked', async () => {
		await page.goto(`/test?deck=${encodeURIComponent(deck.id)}`);
		await page.getByLabel('Questions').fill('2');
		await page.getByRole('radio', { name: 'Typing the answer' }).check();
		await page.getByRole('button', { name: 'Start the test' }).click();
		for (let i = 1; i <= 2; i++) {
			await page.getByText(`Question ${i} of 2`).waitFor();
			const id = (await page.locator('article[data-test-card]').getAttribute('data-test-card'))!;
			await page.getByLabel('Your answer').fill(deck.cards.find((c) => c.id === id)!.answer);
			await page.getByLabel('Your answer').press('Enter');
		}
		expect(await page.locator('[data-score]').innerText()).toMatch(/^2 of 2 right/);
		await page.getByRole('button', { name: 'Record these as reviews' }).click();
		await page.getByText(/Recorded in your schedule/).waitFor();
	});
});
