import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	browser,
	foreignRequests,
	newContext,
	newPage,
	page,
	seedDeck,
	seriousA11yViolations,
	useBrowser
} from './helpers';

const deck = seedDeck();
const SEED = '12345';

useBrowser({
	contextOptions: { viewport: { width: 360, height: 640 } },
	permissions: ['clipboard-read', 'clipboard-write']
});

/** Opens /export with the seed deck chosen, 5 questions and a fixed seed. */
async function openExport(p: Page) {
	await p.goto('/export');
	const box = p.getByRole('checkbox', { name: new RegExp(`^${deck.title}\\b`) });
	await box.check();
	await p.getByLabel('How many questions').fill('5');
	await p.getByLabel('Random seed').fill(SEED);
	await p.getByLabel('Order').selectOption('deck');
	await p.getByLabel('Title').fill('Week 3 quiz');
	// Options are remembered between visits: start each test from the same ones.
	await p.getByLabel('Card type').selectOption('');
	await p.getByLabel('Export as').selectOption('csv');
	await p.locator('[data-question]').nth(4).waitFor();
}

/** The ids of the questions the preview lists, in order. */
async function previewIds(p: Page): Promise<string[]> {
	await p.waitForFunction(() => document.querySelectorAll('[data-question]').length === 5);
	return p
		.locator('[data-question]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));
}

/** Chooses a format, presses Download and returns the file's name and bytes. */
async function download(p: Page, format: string) {
	await p.getByLabel('Export as').selectOption(format);
	const [file] = await Promise.all([
		p.waitForEvent('download'),
		p.getByRole('button', { name: 'Download', exact: true }).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

describe('export page', () => {
	it('downloads 5 seeded questions as CSV, GIFT, Moodle XML, Anki and a printable worksheet', async () => {
		await openExport(page);
		const ids = await previewIds(page);
		expect(new Set(ids).size).toBe(5);
		expect(ids.every((id) => deck.cards.some((c) => c.id === id))).toBe(true);

		const csv = await download(page, 'csv');
		expect(csv.name).toBe('week-3-quiz.csv');
		const rows = Papa.parse<Record<string, string>>(strFromU8(csv.bytes).replace(/^\uFEFF/, ''), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(rows).toHaveLength(5);
		expect(rows.map((r) => r.id)).toEqual(ids);

		const gift = await download(page, 'gift');
		expect(gift.name).toBe('week-3-quiz.gift.txt');
		const questions = (parseGift(strFromU8(gift.bytes)) as { type: string }[]).filter(
			(q) => q.type !== 'Category'
		);
		expect(questions).toHaveLength(5);

		const xml = await download(page, 'moodle-xml');
		expect(xml.name).toBe('week-3-quiz.xml');
		const text = strFromU8(xml.bytes);
		expect(text.match(/<question type="category">/g)).toHaveLength(1);
		expect(text.match(/<question type="(?!category)/g)).toHaveLength(5);

		const apkg = await download(page, 'apkg');
		expect(apkg.name).toBe('week-3-quiz.apkg');
		const files = unzipSync(apkg.bytes);
		expect(Object.keys(files)).toContain('collection.anki2');
		// An SQLite database begins with this header.
		expect(strFromU8(files['collection.anki2'].subarray(0, 15))).toBe('SQLite format 3');

		const print = await download(page, 'print');
		expect(print.name).toBe('week-3-quiz.html');
		const html = strFromU8(print.bytes);
		expect(html).toMatch(/^<!doctype html>/i);
		expect(html).toContain('Answer key');
		expect(foreignRequests).toEqual([]);
	});

	it('makes the same set again from the same seed, and another from a new seed', async () => {
		await openExport(page);
		const first = await previewIds(page);
		await page.reload();
		await openExport(page);
		expect(await previewIds(page)).toEqual(first);
		await page.getByRole('button', { name: 'New seed' }).click();
		await page.waitForFunction(
			(prev) =>
				[...document.querySelectorAll('[data-question]')]
					.map((e) => e.getAttribute('data-question'))
					.join() !== prev,
			first.join()
		);
		expect(await page.getByLabel('Random seed').inputValue()).not.toBe(SEED);
	});

	it('warns in the preview when a multiple-choice-only format converts cards or leaves their cloze out', async () => {
		await openExport(page);
		await page.getByLabel('Card type').selectOption('cloze');
		await page.getByLabel('Export as').selectOption('kahoot');
		const warnings = page.locator('[data-warnings]');
		await warnings.waitFor();
		const text = await warnings.textContent();
		expect(text).toMatch(/Kahoot cannot hold/);
		// A card without choices is converted (or left out); a card with choices loses its cloze form.
		expect(text).toMatch(
			/(Converted|Left out): “|asks each card one way; left out: the cloze form/
		);
		// No card ids: the warnings name cards by their question.
		const cloze = deck.cards.filter((c) => c.type === 'cloze');
		expect(cloze.some((c) => text!.includes(`Card ${c.id}`))).toBe(false);
	});

	it('previews the choices, names each game its own file, keeps Download in reach and remembers', async () => {
		await openExport(page);
		await page.getByLabel('Export as').selectOption('blooket');
		const first = page.locator('[data-question]').first();
		await first.getByRole('list', { name: 'Choices' }).waitFor();
		expect(await first.getByRole('listitem').count()).toBe(4);
		await expect.poll(() => first.getByText('(correct)').count()).toBe(1);
		// The Download bar sticks to the bottom of a phone's screen, above the tab bar.
		const bar = await page.locator('[data-download-bar]').boundingBox();
		const tabs = await page.getByRole('navigation', { name: 'Tabs' }).last().boundingBox();
		expect(bar!.y + bar!.height).toBeLessThanOrEqual((tabs?.y ?? 640) + 1);
		expect(bar!.y).toBeGreaterThan(300);
		// A question dropped for this export does not go out.
		const dropped = await first.getAttribute('data-question');
		const before = await page.locator('[data-question]').count();
		await page.getByRole('button', { name: 'Drop question 1' }).click();
		await expect.poll(() => page.locator('[data-question]').count()).toBe(before - 1);
		const blooket = await download(page, 'blooket');
		expect(blooket.name).toBe('week-3-quiz-blooket.csv');
		expect(strFromU8(blooket.bytes)).not.toContain(
			deck.cards.find((c) => c.id === dropped)!.question.slice(0, 30)
		);
		const gimkit = await download(page, 'gimkit');
		expect(gimkit.name).toBe('week-3-quiz-gimkit.csv');
		// The options and the seed come back on the next visit.
		await page.waitForTimeout(300);
		await page.goto('/export');
		await page.locator('[data-question]').first().waitFor();
		expect(await page.getByLabel('Random seed').inputValue()).toBe(SEED);
		expect(await page.getByLabel('Export as').inputValue()).toBe('gimkit');
		expect(await page.getByLabel('How many questions').inputValue()).toBe('5');
		await page.getByLabel('Export as').selectOption('csv');
	});

	it('copies Quizlet text to the clipboard', async () => {
		await openExport(page);
		await page.getByLabel('Export as').selectOption('quizlet');
		await page.getByRole('button', { name: 'Copy', exact: true }).click();
		await page.getByText(/^Copied 5 questions/).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.trim().split('\n')).toHaveLength(5);
	});

	it('passes axe and fits a 360px screen', async () => {
		await openExport(page);
		await page.getByLabel('Card type').selectOption('cloze');
		await page.getByLabel('Export as').selectOption('kahoot');
		await page.locator('[data-warnings]').waitFor();
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await seriousA11yViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	it('reaches Download by keyboard', async () => {
		await openExport(page);
		const download = page.getByRole('button', { name: 'Download', exact: true });
		let reached = false;
		for (let i = 0; i < 40 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await download.evaluate((el) => el === document.activeElement);
		}
		expect(reached).toBe(true);
	});

	it('builds an Anki deck offline (page, exporters and sql.js wasm come from the cache)', async () => {
		const offline = await newContext(browser);
		try {
			const p = await newPage(offline);
			await p.goto('/');
			// helpers' waitForServiceWorker passes an async predicate, whose promise is always truthy.
			await expect
				.poll(
					() =>
						p.evaluate(async () => {
							const registration = await navigator.serviceWorker.getRegistration();
							return !!registration?.active && !!navigator.serviceWorker.controller;
						}),
					{ timeout: 30_000 }
				)
				.toBe(true);
			await offline.setOffline(true);
			await openExport(p);
			const apkg = await download(p, 'apkg');
			expect(Object.keys(unzipSync(apkg.bytes))).toContain('collection.anki2');
		} finally {
			await offline.close();
		}
	});
});
