import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	browser,
	context,
	downloadBackup,
	expectedNewCount,
	foreignRequests,
	homeCounts,
	newContext,
	newPage,
	openHome,
	page,
	pickBackupFile,
	restoreBackup,
	revealCurrent,
	seedDeck,
	useBrowser
} from './helpers';

const deck = seedDeck();

useBrowser();

/** Rates the current card Good by keyboard and waits for the next one (or the summary). */
async function rateGood(p: Page) {
	const id = await p.locator('article[data-card]').getAttribute('data-card');
	await revealCurrent(p);
	await p.keyboard.press('3');
	await p.waitForFunction(
		(prev) =>
			document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev ||
			!!document.querySelector('#summary-title'),
		id
	);
	return id as string;
}

describe('settings, backup and data safety', () => {
	it('keeps a settings change across a reload, and applies it', async () => {
		await page.goto('/settings');
		const perDay = page.getByLabel('New cards per day');
		await perDay.fill('3');
		await page.getByLabel('Dark').check();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await page.getByText('Settings saved.').waitFor();
		await page.reload();
		await expect(page.getByLabel('New cards per day').inputValue()).resolves.toBe('3');
		expect(await page.getByLabel('Dark').isChecked()).toBe(true);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await openHome(page);
		expect((await homeCounts(page, deck.id)).new).toBe(expectedNewCount(deck, 3));
		// Back to the defaults for the rest of the file.
		await page.goto('/settings');
		await page.getByLabel('New cards per day').fill('20');
		await page.getByLabel('Follow the system').check();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await page.getByText('Settings saved.').waitFor();
	});

	it('refuses invalid settings with a clear message and keeps the saved ones', async () => {
		await page.goto('/settings');
		await page.getByRole('textbox', { name: /^Learning steps/ }).fill('ten minutes');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await page.locator('form [role="status"].error').waitFor();
		expect(await page.locator('form [role="status"]').textContent()).toMatch(/step/i);
		await page.reload();
		await expect(page.getByRole('textbox', { name: /^Learning steps/ }).inputValue()).resolves.toBe(
			'1m 10m'
		);
	});

	it('exports a backup and restores it into a fresh browser profile', async () => {
		await page.goto(`/study?deck=${deck.id}`);
		await page.locator('article[data-card]').waitFor();
		const first = await rateGood(page);
		await rateGood(page);
		await openHome(page);
		const counts = await homeCounts(page, deck.id);

		await page.goto('/settings');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export backup' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^citecards-backup-\d{4}-\d{2}-\d{2}\.json$/);
		const file = await readFile((await download.path()) as string);
		const backup = JSON.parse(file.toString('utf8'));
		expect(backup.format).toBe('citecards-backup');
		expect(backup.log).toHaveLength(2);

		const fresh = await newContext(browser);
		const other = await newPage(fresh);
		await openHome(other);
		expect(await homeCounts(other, deck.id)).toEqual({
			new: expectedNewCount(deck),
			learning: 0,
			due: 0
		});
		await other.goto('/settings');
		await pickBackupFile(other, { name: 'backup.json', buffer: file });
		await other.getByRole('button', { name: 'Restore backup' }).click();
		await other.getByText('Restored from backup.json.').waitFor();
		await openHome(other);
		expect(await homeCounts(other, deck.id)).toEqual(counts);
		await other.goto(`/card?id=${first}`);
		await other.locator('tbody tr').first().waitFor();
		expect(await other.locator('tbody tr').count()).toBe(1);
		await fresh.close();
	});

	it('keeps the data a restore replaced, to download or go back to', async () => {
		const before = await downloadBackup(page);
		expect(before.log.length).toBeGreaterThan(0);
		// A backup from a fresh profile: the seed deck, never studied.
		const fresh = await newContext(browser);
		const other = await newPage(fresh);
		await openHome(other);
		const empty = await downloadBackup(other);
		await fresh.close();
		expect(empty.log).toHaveLength(0);

		await restoreBackup(page, empty, 'fresh.json');
		const status = page.locator('.backup [role="status"]');
		expect(await status.textContent()).toMatch(
			new RegExp(
				`previous data \\(1 deck, ${before.cards.length} cards, ${before.log.length} reviews\\) is kept`
			)
		);
		const kept = page.getByRole('region', { name: 'Data from before the last restore' });
		expect(await kept.textContent()).toContain(`${before.log.length} reviews`);
		// The kept data survives a reload and downloads as a backup file.
		await page.reload();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			kept.getByRole('button', { name: 'Download it' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^citecards-before-restore-\d{4}-\d{2}-\d{2}\.json$/
		);
		const file = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
		expect(file.log).toEqual(before.log);
		expect(file.schedules).toEqual(before.schedules);

		await kept.getByRole('button', { name: 'Go back to this data' }).click();
		await page.getByText('Back to the data from before the restore.').waitFor();
		const after = await downloadBackup(page);
		expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
	});

	it('rejects a bad backup file with a clear message and keeps the data', async () => {
		await openHome(page);
		const before = await homeCounts(page, deck.id);
		await page.goto('/settings');
		const input = page.getByLabel('Restore from a backup file');
		for (const [name, content, reason] of [
			['notes.json', 'this is not json', /not JSON/],
			['other.json', JSON.stringify({ format: 'something-else', cards: [] }), /cannot be restored/]
		] as const) {
			await input.setInputFiles({
				name,
				mimeType: 'application/json',
				buffer: Buffer.from(content)
			});
			await page.getByRole('button', { name: 'Restore backup' }).click();
			const alert = page.locator('.backup [role="alert"]', { hasText: name });
			await alert.waitFor();
			const text = (await alert.textContent()) ?? '';
			expect(text).toMatch(reason);
			expect(text).toContain('Nothing was changed');
		}
		await openHome(page);
		expect(await homeCounts(page, deck.id)).toEqual(before);
	});

	it('works in two tabs at once', async () => {
		const second = await newPage(context);
		await page.goto(`/study?deck=${deck.id}`);
		await second.goto(`/study?deck=${deck.id}`);
		await page.locator('article[data-card]').waitFor();
		await second.locator('article[data-card]').waitFor();
		await openHome(page);
		const before = await homeCounts(page, deck.id);
		await rateGood(second);
		await page.reload();
		await page.locator('[data-deck]').first().waitFor();
		const after = await homeCounts(page, deck.id);
		expect(after.new + after.learning).toBe(before.new + before.learning);
		expect(after.new).toBe(before.new - 1);
		expect(await page.locator('[role="alert"]').count()).toBe(0);
		expect(await second.locator('[role="alert"]').count()).toBe(0);
		await second.close();
	});

	it('says clearly when another tab upgrades the database under it', async () => {
		const fresh = await newContext(browser);
		const app = await newPage(fresh);
		await openHome(app);
		// Another tab of the same origin opens the database at a newer version, as a new release would.
		const other = await newPage(fresh);
		await other.goto('/manifest.webmanifest');
		const upgraded = await other.evaluate(async () => {
			const [info] = (await indexedDB.databases()).filter((d) => d.name === 'citecards');
			return new Promise<number>((done, fail) => {
				const request = indexedDB.open('citecards', (info.version ?? 1) + 1);
				request.onsuccess = () => {
					const version = request.result.version;
					request.result.close();
					done(version);
				};
				request.onerror = () => fail(request.error);
			});
		});
		expect(upgraded).toBeGreaterThan(1);
		const alert = app.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toMatch(/another tab.*reload/i);
		// This tab's code is now older than the stored data (as after a rollback): reloading it
		// cannot help, and the page says what happened instead.
		await app.reload();
		await app.getByRole('alert').waitFor();
		const text = await app.getByRole('alert').textContent();
		expect(text).toMatch(/newer version of citecards.*Nothing was changed or lost/s);
		expect(text).toMatch(/Reloading will not fix this/);
		expect(text).not.toMatch(/another tab/);
		await fresh.close();
	});

	it('searches the deck browser and suspends a card', async () => {
		const target = deck.cards.find((c) => c.type === 'qa') ?? deck.cards[0];
		const word = target.question.split(/\s+/).sort((a, b) => b.length - a.length)[0];
		const matching = deck.cards.filter((c) =>
			`${c.question}\n${c.answer}`.toLowerCase().includes(word.toLowerCase())
		);
		await page.goto(`/browse?deck=${deck.id}`);
		await page.locator('[data-card]').first().waitFor();
		expect(await page.locator('li[data-card]').count()).toBe(deck.cards.length);
		await page.getByRole('searchbox', { name: 'Search' }).fill(word);
		await page.waitForFunction(
			(n) => document.querySelectorAll('li[data-card]').length === n,
			matching.length
		);
		const item = page.locator(`li[data-card="${target.id}"]`);
		await item.getByRole('button', { name: /^Suspend/ }).click();
		await item.getByRole('button', { name: /^Unsuspend/ }).waitFor();
		expect(await item.locator('[data-state]').textContent()).toBe('suspended');
		await page.getByRole('searchbox', { name: 'Search' }).fill('');
		await page.getByLabel('State', { exact: true }).selectOption('suspended');
		await page.waitForFunction(() => document.querySelectorAll('li[data-card]').length === 1);
		await page.reload();
		await page.goto(`/card?id=${target.id}`);
		await page.locator('[data-state]').waitFor();
		expect(await page.locator('[data-state]').textContent()).toBe('suspended');
		await page.getByRole('button', { name: 'Unsuspend', exact: true }).click();
		await page.getByRole('button', { name: 'Suspend', exact: true }).waitFor();
		expect(await page.locator('[data-state]').textContent()).not.toBe('suspended');
	});

	it('never requests anything outside its own origin', () => {
		expect(foreignRequests).toEqual([]);
	});
});
