/**
 * Issue 10, faults: the browser killed (SIGKILL, no chance to clean up) in the middle of a restore and
 * of a deck import. Reopened on the same profile, a restore left the data all old (and no safety copy)
 * or all new (with the old data as its safety copy), never a mix; an import left the old data intact
 * and its deck wholly there or wholly absent. Every stored review is read back to check.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { backupOf, makeBigDeck } from '../fixtures/db';
import { apkgOf, buildCollection } from '../unit/import/helpers';
import { baseUrl, openHome, pickFile, recordRequests, revealCurrent, seedDeck } from './helpers';

const deck = seedDeck();
const BIG = makeBigDeck({ id: 'big-restore', cards: 20_000 });
const FILE = Buffer.from(JSON.stringify(backupOf(BIG, Date.now() - 60_000)));
const dirs: string[] = [];

afterAll(async () => {
	for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function open(profile: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		baseURL: baseUrl,
		args: CHROMIUM_ARGS
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

/** An Anki package of `notes` basic notes with past reviews: a deck and a history to import at once. */
async function bigApkg(notes: number, now: number) {
	const DAY = 86_400_000;
	const revlog: Array<[number, number, number]> = [];
	// Every card reviewed once four days ago, every third again yesterday: ids are times in ms.
	for (let i = 0; i < notes; i++) revlog.push([now - 4 * DAY + i, 100_000 + i, 3]);
	for (let i = 0; i < notes; i += 3) revlog.push([now - DAY + i, 100_000 + i, 3]);
	const collection = await buildCollection({
		deckName: 'Killed import',
		notes: Array.from({ length: notes }, (_, i) => ({
			id: 1 + i,
			mid: 1,
			fields: [`Question ${i}?`, `Answer ${i}`],
			cards: [{ id: 100_000 + i, ord: 0 }]
		})),
		revlog
	});
	return { buffer: Buffer.from(apkgOf(collection)), reviews: revlog.length };
}

interface Rows {
	/** Rows per deck id in each store (the deck's summaries included). */
	byDeck: Record<string, Record<string, number>>;
	/** Every stored review, [id, deckId, cardId, rating, reviewedAt]. */
	log: Array<[number, string, string, number, number]>;
}

/** Every deck's rows in every store, and every stored review, read with IndexedDB itself. */
function rowsOf(page: Page): Promise<Rows> {
	return page.evaluate(
		() =>
			new Promise<Rows>((resolve, reject) => {
				const req = indexedDB.open('citecards');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const stores = [...db.objectStoreNames].filter((s) => s !== 'meta' && s !== 'safety');
					const tx = db.transaction(stores, 'readonly');
					const keys = stores.map((s) => [s, tx.objectStore(s).getAllKeys()] as const);
					const log = tx.objectStore('log').getAll();
					tx.oncomplete = () => {
						db.close();
						const byDeck: Rows['byDeck'] = {};
						const add = (deckId: string, store: string) => {
							const counts = (byDeck[deckId] ??= {});
							counts[store] = (counts[store] ?? 0) + 1;
						};
						for (const [store, req] of keys)
							if (store !== 'log')
								for (const key of req.result)
									add(Array.isArray(key) ? String(key[0]) : String(key), store);
						const entries = log.result as Array<{
							id: number;
							deckId: string;
							cardId: string;
							rating: number;
							reviewedAt: number;
						}>;
						for (const e of entries) add(e.deckId, 'log');
						resolve({
							byDeck,
							log: entries.map((e) => [e.id, e.deckId, e.cardId, e.rating, e.reviewedAt])
						});
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

describe('the browser killed during a deck import', () => {
	it('keeps every earlier review, and the imported deck wholly there or wholly absent', async () => {
		const NOTES = 12_000;
		const file = await bigApkg(NOTES, Date.now());
		const profile = await mkdtemp(join(tmpdir(), 'citecards-killed-import-'));
		dirs.push(profile);
		let context = await open(profile);
		const requests = recordRequests(context);
		let page = context.pages()[0] ?? (await context.newPage());
		await openHome(page);
		await page.goto(`/study?deck=${deck.id}`);
		for (let i = 0; i < 3; i++) {
			const id = await page.locator('article[data-card]').getAttribute('data-card');
			await revealCurrent(page);
			await page.keyboard.press('3');
			await page.waitForFunction(
				(prev) => document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev,
				id
			);
		}
		const old = await rowsOf(page);
		expect(old.log).toHaveLength(3);
		expect(Object.keys(old.byDeck)).toEqual([deck.id]);
		requests.assertSameOrigin();

		const done = 'Imported "Killed import"';
		/** The bar shows at least `share` percent, or the import already ended. */
		const past = (p: Page, share: number) =>
			p.waitForFunction(
				([share, done]) =>
					Number(
						document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? -1
					) >= Number(share) || document.body.innerText.includes(String(done)),
				[share, done]
			);
		// Killed while the package is read and checked, early and late while its rows are written
		// (saving starts at 20% of the bar), and once the page says it imported: that one must stick.
		const points: Array<[string, (p: Page) => Promise<unknown>]> = [
			['checking', (p) => p.getByText('Checking every card').waitFor()],
			['saving early', (p) => past(p, 25)],
			['saving late', (p) => past(p, 75)],
			['imported', (p) => p.getByText(done).waitFor({ timeout: 120_000 })]
		];
		const outcomes: string[] = [];
		for (const [point, reached] of points) {
			await page.goto('/import');
			await pickFile(
				page,
				'Choose a file',
				{ name: 'killed.apkg', buffer: file.buffer },
				page.getByRole('progressbar').or(page.getByText(done))
			);
			await reached(page);
			const said = await page.getByText(done).count();
			process.kill(browserPid(profile), 'SIGKILL');
			await context.close().catch(() => {});

			context = await open(profile);
			page = context.pages()[0] ?? (await context.newPage());
			await page.goto('/manifest.webmanifest');
			const now = await rowsOf(page);
			// The old data is untouched whatever happened: the seed deck's rows and every review.
			expect(now.byDeck[deck.id], point).toEqual(old.byDeck[deck.id]);
			expect(
				now.log.filter(([, deckId]) => deckId === deck.id),
				point
			).toEqual(old.log);
			const added = Object.keys(now.byDeck).filter((id) => id !== deck.id);
			if (added.length) {
				// Wholly there: the deck, every card with its schedule, every past review, its summaries.
				expect(added, point).toHaveLength(1);
				const rows = now.byDeck[added[0]];
				expect(rows, point).toMatchObject({
					decks: 1,
					cards: NOTES,
					schedules: NOTES,
					log: file.reviews,
					tallies: 1
				});
				expect(rows.days, point).toBeGreaterThan(0);
				outcomes.push(`${point}: imported`);
				break;
			}
			// Wholly absent, and the page never said it imported.
			expect(said, point).toBe(0);
			expect(now.log, point).toEqual(old.log);
			outcomes.push(`${point}: absent`);
			await openHome(page);
		}
		expect(outcomes.at(-1)).toMatch(/imported$/);
		console.log(`kills during an import: ${outcomes.join(', ')}`);
		await context.close();
	}, 240_000);
});
