/**
 * Issue 10 defect 8, measured: the built app's deck browser and source page over one deck of
 * 100,000 cards that all cite one 25-sentence source (10,000 with --quick), in Chromium. Each figure
 * is the time from a click (a client-side navigation, as a person makes it) to the frame after the
 * page shows what was asked for. Prints figures only; nothing passes or fails.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../../tests/e2e/server';
import { BENCH_DECK, benchCard } from './fixture';
import { fmt, median, table } from './format';
import { record } from './results';
import { CHROMIUM_PATH } from '../lib/chromium';

const NOW = new Date(2026, 5, 1, 12).getTime();
const TARGET_MS = 200;
/** A page that has not shown what was asked for after this long is reported as such. */
const GIVE_UP_MS = 120_000;
/** How long the page a step starts from is left to finish its own loading first. */
const SETTLE_MS = 1000;

/** Bundles a fill page (`entry`, by default pages-fill.ts) into `dir`/__bench. */
export async function bundleFill(
	dir: string,
	entry = path.join(import.meta.dirname, 'pages-fill.ts')
): Promise<void> {
	const outDir = path.join(dir, '__bench');
	await build({
		configFile: false,
		logLevel: 'silent',
		publicDir: false,
		define: { 'process.env.NODE_ENV': '"production"' },
		build: {
			outDir,
			emptyOutDir: true,
			target: 'es2022',
			minify: true,
			lib: {
				entry,
				formats: ['es'],
				fileName: () => 'fill.js'
			},
			rollupOptions: { output: { codeSplitting: false } }
		}
	});
	await writeFile(
		path.join(outDir, 'index.html'),
		'<!doctype html><html><head><meta charset="utf-8"><title>fill</title></head>' +
			'<body><script type="module" src="/__bench/fill.js"></script></body></html>'
	);
}

/**
 * Opens the page it starts from (the home page by default), then clicks a link to `href` (or runs `act`) and times until `done()` holds
 * in the page, plus the frame after. Returns ms, or Infinity past GIVE_UP_MS.
 */
async function clickAndWait(
	page: Page,
	o: { href?: string; act?: string; done: string; from?: string; ready?: string }
): Promise<number> {
	// A real load each run (the same address with a #hash would only scroll the page).
	await page.goto('about:blank');
	await page.goto(o.from ?? '/');
	// The page it starts from, ready: by default the home page with its decks listed.
	await page.waitForFunction(o.ready ?? `!!document.querySelector('[data-deck]')`, null, {
		timeout: GIVE_UP_MS
	});
	// ... and settled: what it started on load (the home page's counts over 100,000 schedules, the
	// service worker) is not the page being timed.
	await page.waitForTimeout(SETTLE_MS);
	const start = o.href
		? // The app's router takes over a click on any link of its own origin.
			`const a = document.createElement('a'); a.href = ${JSON.stringify(o.href)}; document.body.append(a); a.click();`
		: (o.act ?? '');
	return page.evaluate(`(async () => {
		const check = () => (${o.done});
		const t0 = performance.now();
		${start}
		await new Promise((resolve) => {
			const poll = () =>
				check() || performance.now() - t0 > ${GIVE_UP_MS} ? resolve() : requestAnimationFrame(poll);
			poll();
		});
		const shown = check();
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		return shown ? performance.now() - t0 : Infinity;
	})()`) as Promise<number>;
}

/** Prints the large-deck page timings; `buildDir` must hold a current `npm run build`. */
export async function benchPages(o: { root: string; quick?: boolean }): Promise<void> {
	const cards = o.quick ? 10_000 : 100_000;
	const runs = o.quick ? 3 : 5;
	console.log(
		`\nLarge deck pages in Chromium: ${fmt(cards)} cards in one deck, all citing one ` +
			`25-sentence source — target < ${TARGET_MS} ms`
	);
	const buildDir = path.join(o.root, 'build');
	if (!existsSync(path.join(buildDir, 'index.html'))) {
		console.log('note: no build/; run `npm run build` first (page figures skipped)');
		return;
	}
	if (!existsSync(CHROMIUM_PATH)) {
		console.log(`note: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH); page figures skipped`);
		return;
	}
	const work = await mkdtemp(path.join(tmpdir(), 'citecards-pages-'));
	const site = path.join(work, 'site');
	let close = async () => {};
	try {
		await cp(buildDir, site, { recursive: true });
		await bundleFill(site);
		const { server, url } = await serveStatic({ dir: site });
		close = () => new Promise((done) => server.close(() => done()));
		const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
			executablePath: CHROMIUM_PATH,
			headless: true,
			baseURL: url,
			// The timing code is handed to the page as text, which the app's CSP (rightly) forbids.
			bypassCSP: true,
			viewport: { width: 1200, height: 800 },
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto('/__bench/');
			await page.waitForFunction(() => Boolean(window.citecardsPagesBench));
			process.stderr.write(`  … filling the app's database (${fmt(cards)} cards)\n`);
			const fillMs = await page.evaluate((a) => window.citecardsPagesBench!.fillLarge(a), {
				cards,
				now: NOW
			});
			const cited = benchCard(5).citations[0];
			const seed = JSON.parse(await readFile(path.join(buildDir, 'decks/seed-deck.json'), 'utf8'));
			const browse = `/browse?deck=${BENCH_DECK}`;
			const source = `/sources?deck=${BENCH_DECK}&source=s0`;
			const rows = (n: number) => `document.querySelectorAll('li[data-card]').length >= ${n}`;
			const steps: Array<[string, Parameters<typeof clickAndWait>[1]]> = [
				['browse: open the deck (first rows shown)', { href: browse, done: rows(1) }],
				[
					`browse: the ${seed.cards.length}-card bundled deck, for scale`,
					{ href: `/browse?deck=${seed.id}`, done: rows(1) }
				],
				[
					'browse: "Show 50 more"',
					{
						from: browse,
						ready: rows(50),
						act: `const b = [...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Show 50 more')); b && b.click();`,
						done: rows(100)
					}
				],
				[
					'source: open at a cited sentence (mark and links shown)',
					{
						href: `${source}#s-${cited.start}`,
						done: `!!document.querySelector('mark#s-${cited.start}') && document.querySelectorAll('.text a.card-link').length > 0`
					}
				],
				[
					'source: mark every cited sentence',
					{
						from: `${source}#s-${cited.start}`,
						ready: `!!document.querySelector('.text mark')`,
						act: `document.querySelector('.all input').click()`,
						done: `document.querySelectorAll('.text mark').length >= 25`
					}
				]
			];
			const result: string[][] = [];
			for (const [label, step] of steps) {
				const times: number[] = [];
				for (let run = 0; run <= runs; run++) {
					const ms = await clickAndWait(page, step);
					times.push(ms);
					if (!Number.isFinite(ms)) break;
				}
				const [cold, ...warm] = times;
				const show = (ms: number) =>
					Number.isFinite(ms) ? fmt(ms, 1) : `> ${GIVE_UP_MS / 1000} s`;
				result.push([
					label,
					`< ${TARGET_MS}`,
					show(cold),
					warm.length ? show(median(warm)) : '',
					warm.length ? `${show(Math.min(...warm))}–${show(Math.max(...warm))}` : ''
				]);
			}
			await page.goto('/__bench/');
			await page.waitForFunction(() => Boolean(window.citecardsPagesBench));
			const parts = await page.evaluate(() => window.citecardsPagesBench!.parts());
			for (const [label, ms] of Object.entries(parts))
				result.push([`  part: ${label}`, '', fmt(ms, 1), '', '']);
			console.log(`fill: ${fmt(fillMs / 1000, 1)} s; ${runs} warm runs each\n`);
			record({ section: 'Large deck pages in Chromium', name: 'fill', value: fillMs, unit: 'ms' });
			table(['step (ms)', 'target', 'cold (1st)', 'warm median', 'warm min–max'], result, {
				section: 'Large deck pages in Chromium',
				judge: ['cold (1st)', 'warm median']
			});
			console.log(
				`\nEach run loads the page it starts from (the home page unless said), lets it settle for ` +
					`${SETTLE_MS / 1000} s, then times a click\nto the frame after the result shows. ` +
					'Parts: the database calls behind the pages, each timed alone.'
			);
		} finally {
			await context.close();
		}
	} catch (e) {
		console.log(`note: the page benchmark failed: ${e instanceof Error ? e.message : e}`);
		process.exitCode = 1;
	} finally {
		await close();
		await rm(work, { recursive: true, force: true });
	}
}
