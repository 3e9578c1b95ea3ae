/** Issue 8, cards and decks in: the Import picker, editing and acting on cards, managing a deck (phone). */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zstdFrame, zstdRepeat } from '../fixtures/zstd';
import {
	apkgOf,
	buildCollection,
	buildModernCollection,
	dummyCollection,
	modernApkgOf
} from '../unit/import/helpers';
import {
	browser,
	foreignRequests,
	newContext,
	newPage,
	openHome,
	page,
	revealCurrent,
	seedDeck,
	seriousA11yViolations,
	useBrowser
} from './helpers';

const deck = seedDeck();
const DAY = 86_400_000;

useBrowser({
	contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
	setup: openHome
});

async function importFile(p: Page, name: string, buffer: Buffer) {
	await p.goto('/import');
	await p
		.getByLabel('Choose a file')
		.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** How far the page scrolls sideways (0 when it fits the phone). */
const overflow = (p: Page) =>
	p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Light and dark: serious or critical axe violations on the page as it is. */
async function axeBoth(p: Page): Promise<string[]> {
	const problems = [...(await seriousA11yViolations(p))];
	await p.emulateMedia({ colorScheme: 'dark' });
	problems.push(...(await seriousA11yViolations(p)).map((v) => `dark: ${v}`));
	await p.emulateMedia({ colorScheme: 'light' });
	return problems;
}

describe('the Import picker', () => {
	it('imports a CSV table; its cards are studied without an evidence panel', async () => {
		const csv = 'Question;Answer\n"Capital of Peru?";Lima\n"Capital of Chile?";"Santiago"\n';
		await importFile(page, 'south_america.csv', Buffer.from(csv));
		await page.getByText('Imported "south america": 2 cards').waitFor();
		expect(await axeBoth(page)).toEqual([]);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.getByRole('link', { name: 'Study it' }).click();
		await revealCurrent(page);
		await page.getByTestId('unsourced').waitFor();
		expect(await page.getByRole('region', { name: 'Evidence' }).count()).toBe(0);
	});

	it('reads a file picked while the page was still loading', async () => {
		// The app's scripts are held back, so the file is picked in the prerendered page, before any
		// handler is attached (as on a slow phone); the page reads it once it is ready.
		const fresh = await newContext(browser, { serviceWorkers: 'block' });
		const early = await newPage(fresh);
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		await early.route('**/_app/immutable/entry/**', async (route) => {
			await held;
			await route.continue();
		});
		await early.goto('/import', { waitUntil: 'domcontentloaded' });
		await early.getByLabel('Choose a file').setInputFiles({
			name: 'andes.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('Question;Answer\n"Capital of Bolivia?";Sucre\n')
		});
		release();
		await early.getByText('Imported "andes": 1 card').waitFor();
		await fresh.close();
	});

	it('imports an Anki package with its review history', async () => {
		const now = Date.now();
		const collection = await buildCollection({
			deckName: 'German',
			notes: [
				{
					id: 1,
					mid: 2,
					fields: ['<b>Hund</b>', 'dog'],
					cards: [
						{ id: 10, ord: 0 },
						{ id: 11, ord: 1 }
					]
				},
				{ id: 2, mid: 3, fields: ['Die {{c1::Katze}} schläft.', ''], cards: [{ id: 20, ord: 0 }] }
			],
			revlog: [
				[now - 5 * DAY, 10, 3],
				[now - 2 * DAY, 10, 3]
			]
		});
		await importFile(page, 'german.apkg', Buffer.from(apkgOf(collection)));
		await page.getByText('Imported "German": 3 cards (3 new, 2 past reviews kept).').waitFor();
		await page.getByRole('link', { name: 'Browse its cards' }).click();
		await page.getByText('Hund').first().waitFor();
		expect(await page.locator('main').innerHTML()).not.toContain('<b>Hund');
	});

	it('imports an Anki 2.1.50+ package (zstd, schema 18), never its stand-in, and refuses a zstd bomb', async () => {
		const now = Date.now();
		const collection = await buildModernCollection({
			deckName: 'Languages::Spanish',
			notes: [
				{
					id: 1,
					mid: 2,
					fields: ['<i>perro</i>', 'dog'],
					cards: [
						{ id: 10, ord: 0 },
						{ id: 11, ord: 1 }
					]
				},
				{ id: 2, mid: 3, fields: ['El {{c1::gato}} duerme.', ''], cards: [{ id: 20, ord: 0 }] }
			],
			revlog: [
				[now - 3 * DAY, 20, 3],
				[now - DAY, 20, 3]
			]
		});
		const dummy = await dummyCollection();
		await importFile(
			page,
			'spanish.apkg',
			Buffer.from(modernApkgOf(zstdFrame(collection), { dummy }))
		);
		await page.getByText('Imported "Spanish": 3 cards (3 new, 2 past reviews kept).').waitFor();
		await page.getByRole('link', { name: 'Browse its cards' }).click();
		await page.getByText('perro').first().waitFor();
		expect(await page.locator('main').innerText()).not.toContain('Please update');
		const bomb = zstdRepeat(0, 210 * 1024 * 1024, { declaredSize: null });
		await importFile(page, 'bomb.apkg', Buffer.from(modernApkgOf(bomb, { dummy })));
		await page
			.getByRole('alert')
			.getByText('"bomb.apkg" would unpack to more than the 200 MB the app can import.')
			.waitFor();
	});

	it("imports the app's own deck export, and refuses a bad file in a sentence, changing nothing", async () => {
		const own = { ...deck, id: 'my-copy', title: 'My copy' };
		await importFile(page, 'my-copy.json', Buffer.from(JSON.stringify(own)));
		await page.getByText(`Imported "My copy": ${deck.cards.length} cards`).waitFor();
		const broken = structuredClone(own);
		broken.id = 'broken';
		broken.cards[0].citations[0].quote = 'changed';
		await importFile(page, 'broken.json', Buffer.from(JSON.stringify(broken)));
		const alert = page.getByRole('alert');
		await alert
			.getByText(/quoted sentence does not match its article.*Nothing was changed/)
			.waitFor();
		await importFile(
			page,
			'evil.json',
			Buffer.from('{"format":"citecards-deck","__proto__":{"x":1}}')
		);
		await alert.getByText(/"__proto__"/).waitFor();
		await openHome(page);
		expect(await page.locator('[data-deck="broken"]').count()).toBe(0);
	});
});

describe('cards', () => {
	it('edits a card from the study screen: the wording changes, its history stays', async () => {
		await page.goto(`/study?deck=${deck.id}`);
		const id = (await page.locator('article[data-card]').getAttribute('data-card')) as string;
		await revealCurrent(page);
		await page.keyboard.press('3');
		await page.getByTestId('done').getByText('1').waitFor();
		await page.goto(`/card?id=${encodeURIComponent(id)}&deck=${deck.id}&edit=1`);
		await page.getByLabel('Question').fill('My own wording of this question?');
		expect(await axeBoth(page)).toEqual([]);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Save card' }).click();
		await page.getByTestId('edited').waitFor();
		await page.getByRole('heading', { name: 'My own wording of this question?' }).waitFor();
		const history = page.getByRole('region', { name: 'Review history' });
		expect(await history.locator('tbody tr').count()).toBe(1);
	});

	it('buries, then undoes, and deletes then restores a card from the study screen', async () => {
		await page.goto(`/study?deck=${deck.id}`);
		const card = page.locator('article[data-card]');
		const first = (await card.getAttribute('data-card')) as string;
		await page.getByText('Card actions').click();
		await page.getByRole('button', { name: 'Bury' }).click();
		await page.getByText('Card buried until tomorrow.').waitFor();
		await page.waitForFunction(
			(id) => document.querySelector('article[data-card]')?.getAttribute('data-card') !== id,
			first
		);
		await page.getByTestId('card-undo').click();
		await page.waitForFunction(
			(id) => document.querySelector('article[data-card]')?.getAttribute('data-card') === id,
			first
		);
		await page.getByRole('button', { name: 'Delete' }).click();
		await page.getByText('Card deleted, with its review history.').waitFor();
		await page.getByTestId('card-undo').click();
		await page.waitForFunction(
			(id) => document.querySelector('article[data-card]')?.getAttribute('data-card') === id,
			first
		);
	});
});

describe('a card written by hand', () => {
	it('takes the text selected in an article as its citation', async () => {
		const source = deck.sources[0];
		await page.goto(`/sources?deck=${deck.id}&source=${encodeURIComponent(source.id)}`);
		await page.getByRole('heading', { name: 'Write a card' }).waitFor();
		// Select the first 40 characters of the article's first plain stretch of text, as a finger would.
		const quote = await page.evaluate(() => {
			const walker = document.createTreeWalker(
				document.querySelector('.text') as Node,
				NodeFilter.SHOW_TEXT
			);
			let node = walker.nextNode();
			while (node && (node.textContent ?? '').trim().length < 60) node = walker.nextNode();
			const range = document.createRange();
			const at = (node?.textContent ?? '').search(/\S/);
			range.setStart(node as Node, at);
			range.setEnd(node as Node, at + 40);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			return range.toString().trim();
		});
		await page.getByTestId('hand-quote').getByText(quote).waitFor();
		expect(await axeBoth(page)).toEqual([]);
		await page.getByLabel('Question').fill('What does the article open with?');
		await page.getByLabel('Answer').fill('A sentence');
		await page.getByRole('button', { name: 'Add card' }).click();
		await page.getByRole('link', { name: 'See it' }).click();
		await page.getByRole('heading', { name: 'What does the article open with?' }).waitFor();
		const evidence = page.getByRole('region', { name: 'Evidence' });
		expect((await evidence.locator('blockquote').first().textContent())?.trim()).toBe(quote);
	});
});

describe('a deck', () => {
	it('is renamed, deleted after a backup, and restored from that backup through Import', async () => {
		await page.goto(`/deck?deck=${deck.id}`);
		await page.getByLabel('Deck name').fill('Renamed seed');
		await page.getByRole('button', { name: 'Rename' }).click();
		await page.getByText('Renamed to "Renamed seed".').waitFor();
		await page.getByRole('button', { name: 'Delete deck…' }).click();
		await page
			.getByText(/cards, \d+ articles and \d+ reviews of this deck\s+will\s+be deleted/)
			.waitFor();
		expect(await axeBoth(page)).toEqual([]);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download a backup' }).click()
		]);
		const backup = readFileSync((await download.path()) as string);
		await page.getByRole('button', { name: 'Delete deck', exact: true }).click();
		await page.getByText('"Renamed seed" was deleted.').waitFor();
		await page.goto('/');
		await page.locator('[data-deck]').first().waitFor();
		expect(await page.locator(`[data-deck="${deck.id}"]`).count()).toBe(0);
		await importFile(page, 'backup.json', backup);
		await page.getByRole('button', { name: 'Restore backup' }).click();
		await page.getByText('Restored from "backup.json".').waitFor();
		await openHome(page);
		await page.locator(`[data-deck="${deck.id}"] h2`).getByText('Renamed seed').waitFor();
		expect(foreignRequests).toEqual([]);
	});
});
