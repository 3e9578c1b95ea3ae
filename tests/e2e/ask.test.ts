import { describe, expect, it } from 'vitest';
import { backupOf } from '../fixtures/db';
import { makeDeck, makeFullCard, makeSource } from '../fixtures/deck';
import {
	downloadBackup,
	foreignRequests,
	openHome,
	page,
	restoreBackup,
	useBrowser
} from './helpers';

// A deck of its own (not the generator's seed deck): two cards, each with a question and choices.
const source = makeSource();
const first = makeFullCard(source, { id: 'ask-1', factId: 'f1' });
const second = makeFullCard(source, {
	id: 'ask-2',
	factId: 'f2',
	question: 'Who was the mayor at the bridge opening?'
});
const deck = makeDeck({
	id: 'deck-ask',
	title: 'Asking test deck',
	sources: [source],
	cards: [first, second]
});

useBrowser({
	setup: async (page) => {
		await openHome(page);
		await restoreBackup(page, backupOf(deck, Date.now() - 60_000), 'ask-deck.json');
	}
});

const article = () => page.locator('article[data-card]');

/** Opens the study page and checks which card it shows first. */
async function study(cardId: string) {
	await page.goto(`/study?deck=${deck.id}`);
	await article().waitFor();
	expect(await article().getAttribute('data-card')).toBe(cardId);
}

describe('asking a card with choices', () => {
	it('shows a new card as multiple choice, and grades the pick', async () => {
		await study('ask-1');
		expect(await article().getAttribute('data-ask')).toBe('choices');
		const choices = page.getByRole('list', { name: 'Choices' }).getByRole('button');
		const texts = await choices.allInnerTexts();
		expect(texts).toHaveLength(first.choices!.length);
		texts.forEach((text, i) => expect(text).toContain(first.choices![i]));
		await page.keyboard.press(String(first.choices!.indexOf(first.answer) + 1));
		await page.locator('.choice.right').waitFor();
		expect(await page.locator('.ratings .suggested').innerText()).toMatch(/^Good/);
		await page.keyboard.press('4'); // Easy: learnt, in review
		await page.waitForFunction(
			() => document.querySelector('article[data-card]')?.getAttribute('data-card') !== 'ask-1'
		);
	});

	it('asks the same card as recall once it is learnt', async () => {
		const backup = await downloadBackup(page);
		const schedule = backup.schedules.find((s) => s.cardId === 'ask-1' && s.deckId === deck.id)!;
		expect(schedule.state).toBe('review');
		// Time passes: learnt three days ago, its review is due now. The other card waits (suspended).
		const past = (t: number) => t - 3 * 86_400_000;
		schedule.lastReview = past(schedule.lastReview!);
		schedule.due = Date.now() - 60_000;
		for (const entry of backup.log) entry.reviewedAt = past(entry.reviewedAt);
		backup.schedules.find((s) => s.cardId === 'ask-2')!.suspended = true;
		await restoreBackup(page, backup, 'due.json');

		await study('ask-1');
		expect(await article().getAttribute('data-ask')).toBe('reveal');
		expect(await page.locator('.choice').count()).toBe(0);
		expect(await page.locator('h2.question').textContent()).toBe(first.question);
		await page.getByRole('button', { name: /Show answer/ }).click();
		expect(await page.getByTestId('answer').textContent()).toBe(first.answer);
	});

	it('with the setting "never", asks even a new card as recall', async () => {
		await page.goto('/settings');
		await page.getByRole('radio', { name: /^Never/ }).check();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await page.getByText('Settings saved.').waitFor();

		const backup = await downloadBackup(page);
		expect(backup.settings.multipleChoice).toBe('never');
		const ask2 = backup.schedules.find((s) => s.cardId === 'ask-2')!;
		expect(ask2.state).toBe('new');
		ask2.suspended = false;
		backup.schedules.find((s) => s.cardId === 'ask-1')!.suspended = true;
		await restoreBackup(page, backup, 'never.json');

		await study('ask-2');
		expect(await article().getAttribute('data-ask')).toBe('reveal');
		expect(await page.locator('.choice').count()).toBe(0);
		expect(await page.locator('h2.question').textContent()).toBe(second.question);
	});

	it('never requests anything outside its own origin', () => {
		expect(foreignRequests).toEqual([]);
	});
});
