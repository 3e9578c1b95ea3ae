/** Shared end-to-end helpers: one Chromium per test file (useBrowser), fresh profiles, origin guard, axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Backup } from '../../src/lib/db/backup-format';
import type { Deck } from '../../src/lib/deck';

export const baseUrl = inject('baseUrl');
const buildDir = inject('buildDir');

/** The seed deck exactly as the built app bundles it. */
export function seedDeck(): Deck {
	return JSON.parse(readFileSync(join(buildDir, 'decks/seed-deck.json'), 'utf8')) as Deck;
}

/** Launches Debian's Chromium headless with quiet, offline-friendly flags. */
export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Requests that left our origin, per context; every test asserts this stays empty. */
export const foreignRequests: string[] = [];

/**
 * Whether a request goes to another origin than the app's. Compared as origins (scheme, host and
 * port), so `http://127.0.0.1:41731` is foreign to an app on port 4173, and `localhost` to 127.0.0.1.
 * `data:`, `blob:` and `about:` URLs never leave the browser.
 */
export function isForeign(url: string, origin = new URL(baseUrl).origin): boolean {
	if (/^(data|blob|about):/i.test(url)) return false;
	try {
		return new URL(url).origin !== origin;
	} catch {
		return true;
	}
}

/** Every request a browser profile made, and those that went to another origin. */
export interface RequestLog {
	/** Every URL requested (pages, the service worker's fetches, WebSockets), in order. */
	readonly all: string[];
	/** Those to another origin than the app's. */
	readonly foreign: string[];
	/** Throws, listing them, if any request went to another origin. */
	assertSameOrigin(): void;
}

/**
 * Records every request of `context` from now on, the service worker's included (Chromium reports
 * them on the context) and WebSockets of its pages. A session then ends with `assertSameOrigin()`.
 * `origin` is the app's (a test serving the app itself passes its own).
 */
export function recordRequests(
	context: BrowserContext,
	origin = new URL(baseUrl).origin
): RequestLog {
	const all: string[] = [];
	const foreign: string[] = [];
	const note = (url: string) => {
		all.push(url);
		if (isForeign(url, origin)) foreign.push(url);
	};
	context.on('request', (request) => note(request.url()));
	const watch = (p: Page) => p.on('websocket', (ws) => note(ws.url()));
	context.pages().forEach(watch);
	context.on('page', watch);
	return {
		all,
		foreign,
		assertSameOrigin() {
			if (foreign.length)
				throw new Error(
					`${foreign.length} request(s) left the app's origin:\n${foreign.slice(0, 20).join('\n')}`
				);
		}
	};
}

/** A fresh browser profile (empty IndexedDB, no service worker) that records foreign requests. */
export async function newContext(
	browser: Browser,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL: baseUrl, acceptDownloads: true, ...options });
	context.on('request', (request) => {
		if (isForeign(request.url())) foreignRequests.push(request.url());
	});
	return context;
}

/** Opens a page and fails the test on any uncaught page error. */
export async function newPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	return page;
}

/**
 * The test file's Chromium, its fresh profile and its page, set by `useBrowser()` before the file's
 * first test. Imported bindings are live (and each test file has its own copy of this module), so a
 * file imports `page` and uses it in its tests as if it had declared it.
 */
export let browser: Browser;
export let context: BrowserContext;
export let page: Page;

/**
 * The set-up every e2e file shares: before its tests, launch Chromium, open a fresh profile (with
 * `contextOptions` and `permissions`) and a page, then run `setup`; after them, `teardown` and close.
 */
export function useBrowser(
	o: {
		contextOptions?: Parameters<Browser['newContext']>[0];
		permissions?: string[];
		setup?: (page: Page) => Promise<void>;
		teardown?: () => Promise<void>;
	} = {}
): void {
	beforeAll(async () => {
		browser = await launch();
		context = await newContext(browser, o.contextOptions);
		if (o.permissions) await context.grantPermissions(o.permissions);
		page = await newPage(context);
		await o.setup?.(page);
	});
	afterAll(async () => {
		await o.teardown?.();
		await browser?.close();
	});
}

/**
 * Makes every read-write IndexedDB transaction of `page` report its end `ms` later, as storage does on a
 * busy machine: a rating is then saved (and the next card shown) well after the click, so a test cannot
 * pass by outrunning the app. Before the page's first navigation; the app's `idb` awaits `complete`.
 */
export async function slowCommits(page: Page, ms = 300): Promise<void> {
	await page.addInitScript((delay) => {
		const add = IDBTransaction.prototype.addEventListener;
		IDBTransaction.prototype.addEventListener = function (
			this: IDBTransaction,
			type: string,
			listener: EventListenerOrEventListenerObject,
			options?: boolean | AddEventListenerOptions
		) {
			if (type !== 'complete' || this.mode !== 'readwrite' || typeof listener !== 'function')
				return add.call(this, type, listener, options);
			return add.call(
				this,
				type,
				(event: Event) => setTimeout(() => listener(event), delay),
				options
			);
		};
	}, ms);
}

/** Counts on the home page for the first deck (reads the DB-backed numbers the page shows). */
export async function homeCounts(page: Page, deckId: string) {
	const deck = page.locator(`[data-deck="${deckId}"]`);
	await deck.locator('[data-count="new"]').waitFor();
	const read = async (name: string) =>
		Number(await deck.locator(`[data-count="${name}"]`).textContent());
	return { new: await read('new'), learning: await read('learning'), due: await read('due') };
}

/** Opens the home page and waits until decks are listed. */
export async function openHome(page: Page): Promise<void> {
	await page.goto('/');
	await page.locator('[data-deck]').first().waitFor();
}

/** Waits until a service worker controls the page (needed before going offline). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	// `ready` resolves once a worker is active; waitForFunction needs a plain (not async) check, as a
	// returned promise would count as true at once.
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/**
 * Reveals the current card (picking the first choice when asked as multiple choice); returns how it was asked.
 * A card whose rating is still being saved stays on screen, revealed, its rating buttons disabled, until
 * the next card replaces it: this waits for a card not yet revealed, so it never reveals (or rates, with
 * a number key) the card just rated, nor waits on a rating button that is about to go.
 */
export async function revealCurrent(page: Page): Promise<string> {
	const card = page.locator('article[data-card]:not(:has(.answer))');
	await card.waitFor();
	const ask = (await card.getAttribute('data-ask')) ?? 'reveal';
	if (ask === 'choices') await page.keyboard.press('1');
	else await page.keyboard.press('Space');
	await page.getByRole('button', { name: /^Good/ }).waitFor();
	return ask;
}

/**
 * Picks a file in the input labelled `label` until `shown` appears: a file picked before the
 * prerendered page has hydrated reaches no handler, and a person would simply pick it again.
 */
export async function pickFile(
	page: Page,
	label: string,
	file: { name: string; buffer: Buffer; mimeType?: string },
	shown: Locator
) {
	for (let attempt = 0; attempt < 10; attempt++) {
		await page.getByLabel(label).setInputFiles({ mimeType: 'application/octet-stream', ...file });
		const seen = await shown
			.first()
			.waitFor({ timeout: 2000 })
			.then(
				() => true,
				() => false
			);
		if (seen) return;
	}
	throw new Error(`picking ${file.name} never showed ${shown}`);
}

/** Picks a file in the backup panel until its Restore button shows (see `pickFile`). */
export async function pickBackupFile(page: Page, file: { name: string; buffer: Buffer }) {
	await pickFile(
		page,
		'Restore from a backup file',
		{ ...file, mimeType: 'application/json' },
		page.getByRole('button', { name: 'Restore backup' })
	);
}

/** Restores a backup object through the settings page, as a person would with a file. */
export async function restoreBackup(page: Page, backup: unknown, name = 'backup.json') {
	await page.goto('/settings');
	await pickBackupFile(page, { name, buffer: Buffer.from(JSON.stringify(backup)) });
	await page.getByRole('button', { name: 'Restore backup' }).click();
	await page.getByText(`Restored from ${name}.`).waitFor();
}

/** Downloads a backup through the settings page and returns it parsed. */
export async function downloadBackup(page: Page) {
	await page.goto('/settings');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export backup' }).click()
	]);
	return JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as Backup;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page; returns serious and critical violations as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
	// Evaluated through DevTools: an added <script> tag would be inline script, which the app's CSP blocks.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (c: Document) => Promise<AxeResult> } }).axe;
		type AxeResult = {
			violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
		};
		const result = await axe.run(document);
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3)
		}));
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
}

/** How many new cards the home page should offer at first: one per fact, at most `newPerDay`. */
export function expectedNewCount(deck: Deck, newPerDay = 20): number {
	const facts = new Set(deck.cards.map((c) => c.factId ?? `card:${c.id}`));
	return Math.min(newPerDay, facts.size);
}
