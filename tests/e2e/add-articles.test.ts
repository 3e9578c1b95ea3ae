/**
 * Issue 8, articles in, on a phone: files (HTML, Markdown, text) and pasted text, bad files named,
 * the generator's progress in a Web Worker, Cancel, the review before saving (edit, delete, name),
 * studying the new deck, then another article added to it with the edit and its history intact.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	file,
	HARBOUR_FOLLOW_UP,
	HARBOUR_HTML,
	ORCHARD_MD,
	PNG_BYTES
} from '../fixtures/article-files';
import {
	context,
	foreignRequests,
	openHome,
	page,
	revealCurrent,
	seriousA11yViolations,
	useBrowser,
	waitForServiceWorker
} from './helpers';

const NO_FACTS = 'It rained in the morning. Then it did not.\n';
const fixture = (name: string) => readFileSync(`tests/fixtures/articles/${name}`, 'utf8');
const errors: string[] = [];

useBrowser({
	contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
	setup: async (page) => {
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
	}
});

/** axe's serious and critical findings on the page as it is, in the light and the dark theme. */
async function axeLightAndDark(): Promise<string[]> {
	const problems = await seriousA11yViolations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	problems.push(...(await seriousA11yViolations(page)).map((v) => `dark: ${v}`));
	await page.emulateMedia({ colorScheme: 'light' });
	return problems;
}

let editedId = '';
const EDITED_QUESTION = 'My own question, in my words?';
const filesInput = () => page.getByLabel('Open .txt, .md or .html files');

describe('adding articles', () => {
	it('is reachable from the home page and from More', async () => {
		await openHome(page);
		await page.goto('/more');
		await page.getByRole('link', { name: 'Add articles' }).click();
		await page.waitForURL(/\/add$/);
		await openHome(page);
		await page.getByRole('link', { name: 'Add articles', exact: true }).click();
		await page.waitForURL(/\/add$/);
		await page.getByRole('heading', { name: 'Add articles', level: 1 }).waitFor();
	});

	it('reads good files and names each bad one with its reason', async () => {
		await filesInput().setInputFiles([
			file('harbour.html', HARBOUR_HTML, 'text/html'),
			file('orchard.md', ORCHARD_MD, 'text/markdown'),
			file('treaty-a.txt', fixture('treaty-a.txt')),
			file('empty.txt', ''),
			file('photo.txt', PNG_BYTES),
			file('slides.pdf', '%PDF-1.4 ...', 'application/pdf'),
			file('huge.txt', Buffer.alloc(2_500_000, 'word ')),
			file('weather.txt', NO_FACTS)
		]);
		await page.getByText('Articles to read (4 ready)').waitFor();
		const refusals = await page.locator('.refused').allInnerTexts();
		expect(refusals).toEqual([
			'empty.txt is empty',
			'photo.txt looks like a binary file (PNG image), not text',
			'slides.pdf is a .pdf file: citecards reads articles as .txt, .md or .html files',
			'huge.txt is too large (2.4 MB; the limit is 2.0 MB)'
		]);
		// The page's metadata fills the HTML article's fields; its script never ran.
		const harbour = page.locator('[data-source="harbour.html"]');
		await harbour.getByText('Title, link, publisher, date').click();
		await expect(harbour.getByLabel('Publisher').inputValue()).resolves.toBe('The Coast Gazette');
		await expect(harbour.getByLabel('Date').inputValue()).resolves.toBe('2026-03-04');
		expect(await page.title()).not.toBe('executed');
	});

	it('adds pasted text', async () => {
		await page.getByLabel("Or paste an article's text").fill(fixture('cup-final.txt'));
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await page.getByText('Articles to read (5 ready)').waitFor();
	});

	it('shows progress while the worker reads, and Cancel stops it with nothing saved', async () => {
		// A long article (every test article ten times over) keeps the worker busy until Cancel.
		const articles = readdirSync('tests/fixtures/articles').map(fixture).join('\n\n');
		await page.getByLabel("Or paste an article's text").fill(Array(10).fill(articles).join('\n\n'));
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await page.getByText('Articles to read (6 ready)').waitFor();
		await page.getByRole('button', { name: 'Make cards' }).click();
		const bar = page.locator('progress#run-progress');
		await bar.waitFor();
		await page.getByText(/^Reading .* \(\d of 6\)$/).waitFor();
		// The page stays responsive while the worker works.
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByText('Cancelled: nothing was saved.', { exact: false }).waitFor();
		expect(await bar.count()).toBe(0);
		await page.getByRole('button', { name: 'Remove Pasted text 2' }).click();
		await page.getByText('Articles to read (5 ready)').waitFor();
	});

	it('makes cards, then shows them for review with their citations', async () => {
		await page.getByRole('button', { name: 'Make cards' }).click();
		await page.getByRole('heading', { name: 'Check the cards' }).waitFor({ timeout: 60_000 });
		// Focus moves to the new step, not lost with the button that started it.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-title');
		const cards = page.locator('[data-review-card]');
		expect(await cards.count()).toBeGreaterThan(5);
		// The article without facts is named; the good ones in the same batch went through.
		await page.getByText('no facts found in weather.txt').waitFor();
		expect(await axeLightAndDark()).toEqual([]);
		expect(await cards.first().locator('q').count()).toBeGreaterThan(0);
	});

	it('edits one card, deletes another, names the deck and saves', async () => {
		const card = page.locator('[data-review-card]').first();
		editedId = (await card.getAttribute('data-review-card'))!;
		await card.getByRole('button', { name: /^Edit/ }).click();
		await card.getByLabel('Question').fill(EDITED_QUESTION);
		await card.getByRole('button', { name: 'Done' }).click();
		await card.getByText(EDITED_QUESTION).waitFor();
		const other = page.locator('[data-review-card]').nth(1);
		await other.getByRole('button', { name: /^Delete/ }).click();
		await other.getByText('Deleted').waitFor();
		await page.getByLabel('Deck name').fill('My reading');
		await page.getByRole('button', { name: /^Save \d+ cards$/ }).click();
		await page.getByRole('heading', { name: 'Saved to My reading' }).waitFor();
	});

	it('studies the new deck', async () => {
		await page.getByRole('link', { name: 'Study My reading' }).click();
		await page.waitForURL(/\/study\?deck=/);
		await page.locator('article[data-card]').waitFor();
		const first = await page.locator('article[data-card]').getAttribute('data-card');
		// New cards come in deck order: the first one kept, which was edited.
		expect(first).toBe(editedId);
		await page.getByRole('heading', { name: EDITED_QUESTION }).waitFor();
		await revealCurrent(page);
		await page.getByRole('button', { name: /^Good/ }).click();
		await page.getByText('1 done', { exact: false }).waitFor();
	});

	it('adds another article to the same deck; the edit and its history are intact', async () => {
		await openHome(page);
		await page.getByRole('link', { name: 'Add articles to My reading' }).click();
		await page.waitForURL(/\/add\?deck=/);
		await expect(page.getByLabel('Make the cards into').count()).resolves.toBe(0);
		await filesInput().setInputFiles([file('harbour-flood.txt', HARBOUR_FOLLOW_UP)]);
		await expect(page.locator('#into-deck option:checked').textContent()).resolves.toBe(
			'My reading'
		);
		await page.getByRole('button', { name: 'Make cards' }).click();
		await page.getByRole('heading', { name: 'Check the cards' }).waitFor({ timeout: 60_000 });
		await page.getByText('These cards join').waitFor();
		await page.getByRole('button', { name: /^Save/ }).click();
		await page.getByRole('heading', { name: 'Saved to My reading' }).waitFor();

		await page.goto(`/card?id=${editedId}`);
		await page.getByRole('heading', { name: EDITED_QUESTION }).waitFor();
		await page.locator('tbody tr').first().waitFor();
		expect(await page.locator('tbody tr').count()).toBe(1);
	});

	it('takes text shared to the app, and dropped files', async () => {
		const text = fixture('trade-deal.txt');
		await page.goto(
			`/add?title=${encodeURIComponent('Shared deal')}&text=${encodeURIComponent(text)}`
		);
		const shared = page.locator('[data-source="Pasted text"]');
		await shared.waitFor();
		await shared.getByText('Title, link, publisher, date').click();
		await expect(shared.getByLabel('Title').inputValue()).resolves.toBe('Shared deal');
		const drop = await page.evaluateHandle((body) => {
			const data = new DataTransfer();
			data.items.add(new File([body], 'dropped.md', { type: 'text/markdown' }));
			return data;
		}, ORCHARD_MD);
		await page.dispatchEvent('section.drop', 'drop', { dataTransfer: drop });
		await page.locator('[data-source="dropped.md"]').waitFor();
		await page.getByText('Articles to read (2 ready)').waitFor();
		// A bare link cannot be read: the app fetches nothing from other sites, and says so.
		await page.goto(`/add?url=${encodeURIComponent('https://news.example/story')}`);
		await page.getByText(/received a link \(https:\/\/news\.example\/story\)/).waitFor();
	});

	it('works offline: the page and its worker come from the service worker', async () => {
		await openHome(page);
		await waitForServiceWorker(page);
		await context.setOffline(true);
		try {
			await page.goto('/add');
			await page.getByLabel("Or paste an article's text").fill(fixture('rate-decision.txt'));
			await page.getByRole('button', { name: 'Add pasted text' }).click();
			await page.getByRole('button', { name: 'Make cards' }).click();
			await page.getByRole('heading', { name: 'Check the cards' }).waitFor({ timeout: 60_000 });
		} finally {
			await context.setOffline(false);
		}
	});

	it('has no serious accessibility problems, light and dark', async () => {
		await page.goto('/add');
		await page.getByLabel("Or paste an article's text").fill(fixture('treaty-b.txt'));
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await filesInput().setInputFiles([file('empty.txt', '')]);
		expect(await axeLightAndDark()).toEqual([]);
		expect(foreignRequests).toEqual([]);
		expect(errors).toEqual([]);
	});
});
