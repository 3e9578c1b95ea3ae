/**
 * Issue 8, "Speed", measured on the built app in Chromium, as a person uses it: a 1,000-word article
 * pasted on /add until its cards show for review; a batch of 100 BBC articles opened on /add, in
 * words per second beside the same work (`runGeneration`, the worker's whole job) in Node; and a
 * 50,000-card deck file picked on /import until it is saved, with its progress bar's stages. Each
 * run has a fresh on-disk browser profile. The articles are read from ../shared/corpus/bbc at run
 * time. Prints figures only; nothing passes or fails.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ArticleInput } from '../../src/lib/generator';
import { toCardRow, toRow } from '../../src/lib/db/schema';
import { decodeArticle } from '../../src/lib/generator/input';
import type { WorkerMessage } from '../../src/lib/reader/protocol';
import { runGeneration } from '../../src/lib/reader/run-generation';
import { newSchedule } from '../../src/lib/srs/scheduler';
import { serveStatic } from '../../tests/e2e/server';
import { collectInputs } from '../lib/files';
import { benchCard, benchSource, sourceCount } from './fixture';
import { fmt, median, table } from './format';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';

/** A step not done after this long is reported as such. */
const GIVE_UP_MS = 300_000;
/** How long a page is left to settle (service worker, first reads) before a step is timed. */
const SETTLE_MS = 1000;
const IMPORT_TARGET_MS = 5000;
/** The batch: this many BBC articles, taken evenly across the sorted corpus (all five sections). */
const BATCH = 100;
/** The pasted article: the first BBC article (sorted by path) of about a thousand words. */
const PASTE_WORDS = [950, 1100] as const;

const step = (message: string) => process.stderr.write(`  … ${message}\n`);
const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

interface CorpusFile {
	name: string;
	text: string;
	article: ArticleInput;
}

async function readCorpus(dir: string): Promise<CorpusFile[]> {
	const { files } = await collectInputs({
		paths: [dir],
		cwd: dir,
		accept: (name) => name.endsWith('.txt') && !/^readme/i.test(name)
	});
	const out: CorpusFile[] = [];
	for (const file of files) {
		const bytes = await readFile(file.path);
		// The name as the app sees a file opened from the section folders: "business-001.txt".
		const name = file.name.replace(/\//g, '-');
		const decoded = decodeArticle({ bytes, name });
		if (decoded.ok) out.push({ name, text: bytes.toString('utf8'), article: decoded.article });
	}
	return out;
}

/** A fresh on-disk profile (IndexedDB on disk, as a person's browser has it) on the built app. */
async function withContext<T>(
	url: string,
	fn: (page: Page, context: BrowserContext) => Promise<T>
): Promise<T> {
	const dir = await mkdtemp(path.join(tmpdir(), 'citecards-app-bench-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		baseURL: url,
		// The timing code is handed to the page as text, which the app's CSP (rightly) forbids.
		bypassCSP: true,
		viewport: { width: 1200, height: 900 },
		args: CHROMIUM_ARGS
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		return await fn(page, context);
	} finally {
		await context.close();
		await rm(dir, { recursive: true, force: true });
	}
}

/** Opens `where`, waits for the service worker to take over and the page to settle. */
async function open(page: Page, where: string): Promise<void> {
	await page.goto(where);
	await page.evaluate(() => navigator.serviceWorker?.ready);
	await page.waitForTimeout(SETTLE_MS);
}

/**
 * Installs the clock in the page: starts at the first event `start` (a click on a button whose text
 * begins with `button`, or a file input's change), notes every progress text `progress` reads, and
 * stops at the frame after `done` holds. Returns a function that waits for the result.
 */
async function watch(
	page: Page,
	o: { button?: string; done: string; progress: string }
): Promise<() => Promise<{ ms: number; marks: Array<[string, number]> }>> {
	await page.evaluate(
		`(() => {
		const w = (window.__bench = { marks: [], t0: 0, end: 0 });
		const button = ${JSON.stringify(o.button ?? null)};
		const begin = (e) => {
			if (w.t0) return;
			if (button && !(e.target.closest?.('button')?.textContent ?? '').trim().startsWith(button)) return;
			w.t0 = performance.now();
		};
		document.addEventListener(button ? 'click' : 'change', begin, true);
		const look = () => {
			if (!w.t0 || w.end) return;
			const text = (() => ${o.progress})();
			const last = w.marks[w.marks.length - 1];
			if (text && (!last || last[0] !== text)) w.marks.push([text, performance.now() - w.t0]);
			if ((() => ${o.done})())
				requestAnimationFrame(() => setTimeout(() => (w.end = performance.now()), 0));
			else requestAnimationFrame(look);
		};
		const observer = new MutationObserver(look);
		observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
	})()`
	);
	return async () => {
		await page.waitForFunction('window.__bench.end > 0', null, { timeout: GIVE_UP_MS });
		return page.evaluate(
			`({ ms: window.__bench.end - window.__bench.t0, marks: window.__bench.marks })`
		) as Promise<{ ms: number; marks: Array<[string, number]> }>;
	};
}

const REVIEW_SHOWN = `document.querySelector('[data-review-card]') !== null`;
const RUN_PROGRESS = `document.querySelector('label[for="run-progress"]')?.textContent ?? ''`;

/** Pastes `text` on /add, then times "Make cards" to the first card shown for review. */
async function pasteRun(url: string, text: string) {
	return withContext(url, async (page) => {
		await open(page, '/add');
		await page.getByLabel("Or paste an article's text").fill(text);
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await page.getByText('Articles to read (1 ready)').waitFor();
		return makeCards(page);
	});
}

/** Times "Make cards" on /add to the first card shown for review, and counts the cards shown. */
async function makeCards(page: Page) {
	const result = await watch(page, {
		button: 'Make cards',
		done: REVIEW_SHOWN,
		progress: RUN_PROGRESS
	});
	await page.getByRole('button', { name: 'Make cards' }).click();
	const out = await result();
	const cards = await page.locator('[data-review-card]').count();
	return { ...out, cards };
}

/** Opens the batch's files on /add, then times "Make cards" to the first card shown for review. */
async function batchRun(url: string, files: CorpusFile[]) {
	return withContext(url, async (page) => {
		await open(page, '/add');
		await page
			.getByLabel('Open .txt, .md or .html files')
			.setInputFiles(
				files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) }))
			);
		await page.getByText(`Articles to read (${files.length} ready)`).waitFor();
		return makeCards(page);
	});
}

/** The same job in Node: `runGeneration` over the articles, as the worker runs it. */
function nodeRun(articles: ArticleInput[]): { ms: number; cards: number } {
	let cards = 0;
	const t0 = performance.now();
	runGeneration({
		request: { type: 'generate', runId: 1, deckId: 'bench', sources: articles },
		post: (m: WorkerMessage) => {
			if (m.type === 'done') cards = m.deck?.cards.length ?? 0;
		}
	});
	return { ms: performance.now() - t0, cards };
}

/** A deck file of `cards` cards (the study benchmark's synthetic cards, 100 per source). */
function deckFile(cards: number): Buffer {
	const deck = {
		format: 'citecards-deck',
		version: 2,
		id: 'bench-import',
		title: 'Bench import',
		sources: Array.from({ length: sourceCount(cards) }, (_, j) => benchSource(j).source),
		cards: Array.from({ length: cards }, (_, i) => benchCard(i)),
		conflicts: []
	};
	return Buffer.from(JSON.stringify(deck));
}

const IMPORT_DONE = `/Imported "Bench import"/.test(document.querySelector('main')?.textContent ?? '')`;
const IMPORT_STAGE = `document.getElementById('import-stage')?.textContent ?? ''`;

/** Picks the deck file on /import and times the file's change event to the frame after "Imported". */
async function importRun(url: string, file: Buffer) {
	return withContext(url, async (page) => {
		await open(page, '/import');
		const result = await watch(page, { done: IMPORT_DONE, progress: IMPORT_STAGE });
		await page.getByLabel('Choose a file').setInputFiles({
			name: 'bench-import.json',
			mimeType: 'application/json',
			buffer: file
		});
		const out = await result();
		const text = (await page.getByRole('status').last().textContent()) ?? '';
		return { ...out, text: text.trim() };
	});
}

/**
 * The floor: the rows such an import writes (deck, sources, a card and a schedule per card), put in
 * one transaction by a bare loop in the page, no app code: what IndexedDB alone takes (ms).
 */
async function floorRun(url: string, cards: number): Promise<number> {
	const deckId = 'bench-floor';
	const rows = {
		deck: {
			id: deckId,
			title: 'Floor',
			conflicts: [],
			cardCount: cards,
			sourceCount: 0,
			importedAt: 0,
			updatedAt: 0
		},
		sources: Array.from({ length: sourceCount(cards) }, (_, j) => ({
			...benchSource(j),
			deckId
		})),
		cards: Array.from({ length: cards }, (_, i) =>
			toCardRow({ deckId, cardId: `c${i}`, position: i, card: benchCard(i) })
		),
		schedules: Array.from({ length: cards }, (_, i) =>
			toRow(newSchedule({ cardId: `c${i}`, deckId, factId: benchCard(i).factId, now: i }))
		)
	};
	return withContext(url, async (page) => {
		// The app makes its database (every store and index) on its first page.
		await open(page, '/import');
		await page.evaluate((r) => ((window as unknown as { rows: unknown }).rows = r), rows);
		return page.evaluate(`(async () => {
			const { deck, sources, cards, schedules } = window.rows;
			const db = await new Promise((resolve, reject) => {
				const request = indexedDB.open('citecards');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const t0 = performance.now();
			const tx = db.transaction(['decks', 'sources', 'cards', 'schedules'], 'readwrite');
			tx.objectStore('decks').put(deck);
			for (const row of sources) tx.objectStore('sources').put(row);
			const cardStore = tx.objectStore('cards');
			for (const row of cards) cardStore.put(row);
			const scheduleStore = tx.objectStore('schedules');
			for (const row of schedules) scheduleStore.put(row);
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onabort = () => reject(tx.error);
			});
			const ms = performance.now() - t0;
			db.close();
			return ms;
		})()`) as Promise<number>;
	});
}

/** The stage marks of a run as "reading 0.0 s, checking 0.4 s, ..." (a stage's first mark). */
function stageLine(marks: Array<[string, number]>, total: number): string {
	const firsts = new Map<string, number>();
	for (const [text, ms] of marks) {
		const stage = text.replace(/[:(].*$/, '').trim();
		if (!firsts.has(stage)) firsts.set(stage, ms);
	}
	return [...firsts, ['done', total] as const]
		.map(([stage, ms]) => `${stage} at ${fmt(ms / 1000, 2)} s`)
		.join(', ');
}

const seconds = (ms: number) => fmt(ms / 1000, 2);

/** Prints the three figures; `root/build` must hold a current `npm run build`. */
export async function benchApp(o: {
	root: string;
	quick?: boolean;
	/** Only the import (a build of another version can be timed this way). */
	importOnly?: boolean;
	cards?: number;
	runs?: number;
}): Promise<void> {
	const importCards = o.cards ?? (o.quick ? 10_000 : 50_000);
	const runs = o.runs ?? (o.quick ? 1 : 3);
	console.log(
		`\nIn Chromium on the built app (issue 8, speed): a pasted article and a ${BATCH}-article batch on ` +
			`/add, a ${fmt(importCards)}-card deck on /import`
	);
	const buildDir = path.join(o.root, 'build');
	if (!existsSync(path.join(buildDir, 'index.html'))) {
		console.log('note: no build/; run `npm run build` first (app figures skipped)');
		return;
	}
	if (!existsSync(CHROMIUM_PATH)) {
		console.log(`note: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH); app figures skipped`);
		return;
	}
	const bbcDir = path.resolve(o.root, '../shared/corpus/bbc');
	const corpus = existsSync(bbcDir) && !o.importOnly ? await readCorpus(bbcDir) : [];
	if (!corpus.length && !o.importOnly)
		console.log(`note: no BBC corpus at ${bbcDir}; article figures skipped`);
	const { server, url } = await serveStatic({ dir: buildDir });
	try {
		if (corpus.length) {
			const pasted = corpus.find(
				(f) => words(f.article.text) >= PASTE_WORDS[0] && words(f.article.text) <= PASTE_WORDS[1]
			);
			const every = Math.max(1, Math.floor(corpus.length / BATCH));
			const batch = corpus.filter((_, i) => i % every === 0).slice(0, BATCH);
			// Node first, warmed up on the pasted article, so its figures are the generator's own.
			if (pasted) nodeRun([pasted.article]);
			const rows: (string | number)[][] = [];
			const measure = async (
				label: string,
				files: CorpusFile[],
				run: () => ReturnType<typeof pasteRun>
			) => {
				const w = files.reduce((n, f) => n + words(f.article.text), 0);
				step(`Node: runGeneration over ${label}`);
				const node = nodeRun(files.map((f) => f.article));
				const times: number[] = [];
				let cards = 0;
				let marks: Array<[string, number]> = [];
				for (let r = 0; r < runs; r++) {
					step(`Chromium: ${label}, run ${r + 1} of ${runs}`);
					const out = await run();
					times.push(out.ms);
					cards = out.cards;
					marks = out.marks;
				}
				const ms = median(times);
				rows.push([
					label,
					files.length,
					fmt(w),
					cards,
					seconds(ms),
					runs > 1 ? `${seconds(Math.min(...times))}–${seconds(Math.max(...times))}` : '',
					fmt((w / ms) * 1000),
					node.cards,
					seconds(node.ms),
					fmt((w / node.ms) * 1000),
					fmt(ms / node.ms, 2),
					new Set(marks.map(([t]) => t)).size
				]);
			};
			if (pasted)
				await measure(`pasted: ${pasted.name}`, [pasted], () => pasteRun(url, pasted.text));
			await measure(`batch: ${batch.length} BBC articles`, batch, () => batchRun(url, batch));
			console.log(
				`\n"Make cards" clicked → the first card shown for review (${runs} run${runs > 1 ? 's' : ''}, ` +
					`median; each in a fresh profile, the worker started cold)\n`
			);
			table(
				[
					'articles in',
					'files',
					'words',
					'cards',
					'Chromium s',
					'min–max',
					'Chromium words/s',
					'Node cards',
					'Node s',
					'Node words/s',
					'Chromium/Node',
					'progress steps'
				],
				rows,
				{ section: 'Make cards in Chromium' }
			);
			console.log(
				`\nNode: the worker's job (runGeneration: each article alone, then all merged) in this process,\n` +
					`after a warm-up. Progress steps: distinct progress texts the page showed during the run.`
			);
		}
		step(`building a ${fmt(importCards)}-card deck file`);
		const file = deckFile(importCards);
		const times: number[] = [];
		let last: Awaited<ReturnType<typeof importRun>> | undefined;
		for (let r = 0; r < runs; r++) {
			step(`Chromium: import, run ${r + 1} of ${runs}`);
			last = await importRun(url, file);
			times.push(last.ms);
		}
		const floors: number[] = [];
		for (let r = 0; r < runs; r++) {
			step(`Chromium: the same rows put by a bare loop, run ${r + 1} of ${runs}`);
			floors.push(await floorRun(url, importCards));
		}
		const range = (values: number[]) =>
			runs > 1 ? `${seconds(Math.min(...values))}–${seconds(Math.max(...values))}` : '';
		const ms = median(times);
		console.log(
			`\nImport of a ${fmt(importCards)}-card deck file (${fmt(file.length / 1024 / 1024, 1)} MB) on ` +
				`/import: the file picked → "Imported" shown — target < ${IMPORT_TARGET_MS / 1000} s\n`
		);
		table(
			['import', 'cards', 'target s', 'median s', 'min–max s', 'progress updates'],
			[
				[
					'bench-import.json on /import',
					fmt(importCards),
					`< ${IMPORT_TARGET_MS / 1000}`,
					seconds(ms),
					range(times),
					last?.marks.length ?? 0
				],
				[
					'floor: its rows, bare puts',
					fmt(importCards),
					'',
					seconds(median(floors)),
					range(floors),
					''
				]
			],
			{ section: 'Deck import in Chromium', judge: ['median s'] }
		);
		if (last) {
			console.log(`\nLast run: ${stageLine(last.marks, last.ms)}`);
			console.log(`The page said: ${last.text}`);
			console.log(
				'Floor: the deck, source, card and schedule rows the import writes, put in one ' +
					'transaction by a bare loop\nin the page (no app code, no checks): what IndexedDB ' +
					'itself takes to store them.'
			);
		}
	} catch (e) {
		console.log(`note: the app benchmark failed: ${e instanceof Error ? e.message : e}`);
		process.exitCode = 1;
	} finally {
		await new Promise<void>((done) => server.close(() => done()));
	}
}
