import { describe, expect, it } from 'vitest';
import {
	browser,
	downloadBackup,
	foreignRequests,
	newContext,
	newPage,
	openHome,
	page,
	restoreBackup,
	seedDeck,
	useBrowser
} from './helpers';

const deck = seedDeck();
const cards = new Map(deck.cards.map((c) => [c.id, c]));

useBrowser({
	// Two new cards a day and typed answers: a short session that ends with its summary.
	setup: async (page) => {
		await page.goto('/settings');
		await page.getByLabel('New cards per day').fill('2');
		await page.getByRole('checkbox', { name: /Type answers/ }).check();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await page.getByText('Settings saved.').waitFor();
	}
});

/** Answers the current card: typed (right or wrong) or, for multiple choice, by choosing. */
async function answer(right: boolean): Promise<string> {
	const article = page.locator('article[data-card]');
	await article.waitFor();
	const id = (await article.getAttribute('data-card')) as string;
	const card = cards.get(id)!;
	if ((await article.getAttribute('data-ask')) === 'choices') {
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
		const firstId = await answer(true);
		const suggested = page.locator('.ratings .suggested');
		expect(await suggested.innerText()).toMatch(/^Good/);
		await page.getByRole('button', { name: /^Easy/ }).click();
		// The next card may be asked another way (choices or typed): read it once it is on screen.
		await page.waitForFunction(
			(prev) => document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev,
			firstId
		);
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

	it('studies cloze and multiple-choice cards (plain question cards suspended through a backup)', async () => {
		const fresh = await newContext(browser);
		const other = await newPage(fresh);
		await openHome(other);
		const backup = await downloadBackup(other);
		// Left to study: cards asked by a cloze sentence, and three (new, so multiple choice) asked by
		// their choices; the rest are suspended so both kinds come up within the day's new cards.
		const withChoices = deck.cards.filter((c) => c.choices && c.type !== 'cloze').slice(0, 3);
		const kept = new Set([
			...deck.cards.filter((c) => c.type === 'cloze').map((c) => c.id),
			...withChoices.map((c) => c.id)
		]);
		const plain = (id: string) => !kept.has(id);
		for (const s of backup.schedules) s.suspended = plain(s.cardId);
		await restoreBackup(other, backup, 'no-questions.json');

		const wanted = new Set(
			deck.cards.flatMap((c) => [
				...(c.type === 'cloze' ? ['cloze'] : []),
				...(c.choices ? ['choices'] : [])
			])
		);
		const seen = new Set<string>();
		await other.goto(`/study?deck=${deck.id}`);
		for (let i = 0; i < kept.size && seen.size < wanted.size; i++) {
			const article = other.locator('article[data-card]');
			await article.waitFor();
			const id = (await article.getAttribute('data-card')) as string;
			const card = cards.get(id)!;
			expect(plain(id)).toBe(false);
			const ask = await article.getAttribute('data-ask');
			if (card.type === 'cloze') seen.add('cloze');
			if (ask === 'choices') seen.add('choices');
			if (ask !== 'choices') {
				expect(await other.locator('.cloze .gap').count()).toBe(card.cloze!.blanks.length);
				const hidden = card.cloze!.text.slice(
					card.cloze!.blanks[0].start,
					card.cloze!.blanks[0].end
				);
				await other.keyboard.press('Space');
				await other.locator('.cloze mark').first().waitFor();
				expect(await other.locator('.cloze mark').first().textContent()).toBe(hidden);
			} else {
				const wrong = card.choices!.findIndex((c) => c !== card.answer);
				await other.keyboard.press(String(wrong + 1));
				await other.locator('.choice.right').waitFor();
				expect(await other.locator('.choice.right').textContent()).toContain(card.answer);
				expect(await other.locator('.choice.wrong').textContent()).toContain(card.choices![wrong]);
				expect(await other.locator('.ratings .suggested').innerText()).toMatch(/^Again/);
			}
			await other.keyboard.press('4');
			await other.waitForFunction(
				(prev) =>
					document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev ||
					!!document.querySelector('#summary-title'),
				id
			);
		}
		expect(seen).toEqual(wanted);
		await fresh.close();
	});

	it('never requests anything outside its own origin', () => {
		expect(foreignRequests).toEqual([]);
	});
});
