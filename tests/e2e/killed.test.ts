/**
 * Issue 10, faults: the browser killed (SIGKILL, no chance to clean up) in the middle of a restore.
 * Reopened on the same profile, the data is all old (and no safety copy) or all new (with the old data
 * as its safety copy), never a mix; every stored review is read back to check.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { backupOf, makeBigDeck } from '../fixtures/db';
import { baseUrl, openHome, recordRequests, revealCurrent, seedDeck } from './helpers';

const deck = seedDeck();
const BIG = makeBigDeck({ id: 'big-restore', cards: 20_000 });
const FILE = Buffer.from(JSON.stringify(backupOf(BIG, Date.now() - 60_000)));
const dirs: string[] = [];

afterAll(async () => {
	for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function open(profile: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, {
		executablePath: '/usr/bin/chromium',
		headless: true,
		baseURL: baseUrl,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
	});
}

/** The main Chromium process of this profile (the one started here), by its command line. */
function browserPid(profile: string): number {
	const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
	const line = out
		.split('\n')
		.find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
	if (!line) throw new Error('the browser process was not found');
	return Number(line.trim().split(/\s+/)[0]);
}

interface Snapshot {
	decks: string[];
	cards: number;
	log: Array<{ cardId: string; deckId: string }>;
	safety: { decks: string[]; cards: number; log: number } | null;
}

/** What the profile's database holds, read with IndexedDB itself. */
function snapshot(page: Page): Promise<Snapshot> {
	return page.evaluate(
		() =>
			new Promise<Snapshot>((resolve, reject) => {
				const req = indexedDB.open('citecards');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const stores = ['decks', 'cards', 'log', 'safety'].filter((s) =>
						db.objectStoreNames.contains(s)
					);
					const tx = db.transaction(stores, 'readonly');
					const decks = tx.objectStore('decks').getAllKeys();
					const cards = tx.objectStore('cards').count();
					const log = tx.objectStore('log').getAll();
					const safety = stores.includes('safety')
						? tx.objectStore('safety').get('before-restore')
						: null;
					tx.oncomplete = () => {
						db.close();
						const copy = safety?.result?.backup;
						resolve({
							decks: (decks.result as string[]).sort(),
							cards: cards.result,
							log: log.result.map((e: { cardId: string; deckId: string }) => ({
								cardId: e.cardId,
								deckId: e.deckId
							})),
							safety: copy
								? {
										decks: copy.decks.map((d: { id: string }) => d.id).sort(),
										cards: copy.cards.length,
										log: copy.log.length
									}
								: null
						});
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

describe('the browser killed during a restore', () => {
	it('leaves the old data or the new, never a mix, at any moment', async () => {
		const profile = await mkdtemp(join(tmpdir(), 'citecards-killed-'));
		dirs.push(profile);
		let context = await open(profile);
		const requests = recordRequests(context);
		let page = context.pages()[0] ?? (await context.newPage());
		await openHome(page);
		await page.goto(`/study?deck=${deck.id}`);
		await revealCurrent(page);
		await page.keyboard.press('3');
		await page.waitForFunction(() => document.querySelectorAll('article[data-card]').length > 0);
		await page.waitForTimeout(300);
		const old = await snapshot(page);
		expect(old.log).toHaveLength(1);
		expect(old.decks).toEqual([deck.id]);
		requests.assertSameOrigin();

		const outcomes: string[] = [];
		// Killed while the file is read and checked, while the transaction writes, and after.
		// The last round waits until the page says it restored, then kills: that restore must stick.
		for (const delay of [100, 600, 1500, 3000, 6000, Infinity]) {
			await page.goto('/settings');
			await page.getByLabel('Restore from a backup file').setInputFiles({
				name: 'big.json',
				mimeType: 'application/json',
				buffer: FILE
			});
			await page.getByRole('button', { name: 'Restore backup' }).click();
			if (delay === Infinity)
				await page.getByText('Restored from big.json.').waitFor({ timeout: 120_000 });
			else await new Promise((r) => setTimeout(r, delay));
			const done = await page.getByText('Restored from big.json.').count();
			process.kill(browserPid(profile), 'SIGKILL');
			await context.close().catch(() => {});

			context = await open(profile);
			page = context.pages()[0] ?? (await context.newPage());
			await page.goto('/manifest.webmanifest');
			const now = await snapshot(page);
			if (now.decks.includes(BIG.id)) {
				// All new: every card, no review, and the old data kept whole as the safety copy.
				expect(now.decks).toEqual([BIG.id]);
				expect(now.cards).toBe(20_000);
				expect(now.log).toEqual([]);
				expect(now.safety).toEqual({ decks: [deck.id], cards: deck.cards.length, log: 1 });
				outcomes.push('new');
				break;
			}
			// All old: the studied card's review still there; no restore ran, so no safety copy.
			expect(done).toBe(0);
			expect(now.decks).toEqual(old.decks);
			expect(now.cards).toBe(old.cards);
			expect(now.log).toEqual(old.log);
			expect(now.safety).toBeNull();
			outcomes.push('old');
			await openHome(page);
		}
		expect(outcomes.at(-1)).toBe('new');
		console.log(`kills during a restore: ${outcomes.join(', ')}`);
		await context.close();
	}, 240_000);
});
