/**
 * Issue 10, "Speed to prove": Lighthouse (the npm package, mobile emulation, its default simulated
 * throttling) on every page of the built app, in Debian's Chromium, served as the end-to-end tests
 * serve it. Each page twice: a first visit (nothing stored: no database, no service worker, an empty
 * HTTP cache) and a repeat visit (after one visit that let the service worker install and the seed deck
 * load). Prints the four category scores and FCP, LCP, TBT and CLS; target: every score 100.
 * Runnable alone: `npm run bench -- --lighthouse-only` (needs a current `npm run build`).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium, type BrowserContext } from 'playwright-core';
import { serveStatic } from '../../tests/e2e/server';
import { fmt, median, table } from './format';
import { record } from './results';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
	['FCP', 'first-contentful-paint', 'ms'],
	['LCP', 'largest-contentful-paint', 'ms'],
	['TBT', 'total-blocking-time', 'ms'],
	['CLS', 'cumulative-layout-shift', '']
] as const;
const SECTION = 'Lighthouse (mobile)';

interface PageResult {
	scores: Record<(typeof CATEGORIES)[number], number>;
	metrics: Record<(typeof METRICS)[number][0], number>;
	/** Audits of the performance category that scored below 0.9 (what to look at). */
	weak: string[];
}

/** A free TCP port on 127.0.0.1 for Chromium's remote debugging, which Lighthouse connects to. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

/** The pages to measure: every route, with the bundled deck's ids where a page needs one. */
async function pages(buildDir: string): Promise<[string, string][]> {
	const seed = JSON.parse(
		await readFile(path.join(buildDir, 'decks', 'seed-deck.json'), 'utf8')
	) as { id: string; cards: { id: string }[] };
	const deck = `deck=${encodeURIComponent(seed.id)}`;
	const card = encodeURIComponent(seed.cards[0]?.id ?? '');
	return [
		['home', '/'],
		['study', `/study?${deck}`],
		['browse', `/browse?${deck}`],
		['sources', `/sources?${deck}`],
		['deck', `/deck?${deck}`],
		['card', `/card?id=${card}&${deck}`],
		['test', `/test?${deck}`],
		['add', '/add'],
		['import', '/import'],
		['export', '/export'],
		['stats', '/stats'],
		['settings', '/settings'],
		['more', '/more']
	];
}

/** One Lighthouse run on `url` in the Chromium listening on `port`. */
async function audit(url: string, port: number, repeat: boolean): Promise<PageResult> {
	const result = await lighthouse(url, {
		port,
		hostname: '127.0.0.1',
		logLevel: 'error',
		output: 'json',
		onlyCategories: [...CATEGORIES],
		// A repeat visit keeps what the first one stored: database, service worker, HTTP cache.
		disableStorageReset: repeat,
		// A first visit has nothing stored: by default Lighthouse clears the service worker and its
		// caches but keeps IndexedDB and localStorage, so every "first" visit after the first found the
		// bundled deck already stored.
		clearStorageTypes: ['all']
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])
	) as PageResult['scores'];
	const metrics = Object.fromEntries(
		METRICS.map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? NaN])
	) as PageResult['metrics'];
	const weak = (lhr.categories.performance?.auditRefs ?? [])
		.filter((ref) => ref.weight > 0)
		.map((ref) => lhr.audits[ref.id])
		.filter((a) => a && a.score !== null && a.score < 0.9)
		.map((a) => `${a.id} ${a.displayValue ?? ''}`.trim());
	return { scores, metrics, weak };
}

/**
 * A visit as a person makes it before coming back: the page loads, the service worker installs and
 * takes over, what the page starts on load (the seed deck's import) finishes.
 */
async function visit(context: BrowserContext, url: string): Promise<void> {
	const page = await context.newPage();
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			const worker = registration.active;
			if (worker && worker.state !== 'activated')
				await new Promise((done) => worker.addEventListener('statechange', done));
		});
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
	} finally {
		await page.close();
	}
}

/** Prints Lighthouse's scores and metrics for each page, first and repeat visit. */
export async function benchLighthouse(o: { root: string; quick?: boolean }): Promise<void> {
	const runs = o.quick ? 1 : 3;
	console.log(
		`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} ` +
			`on the built app (mobile emulation, simulated throttling), in Chromium — target: every ` +
			`score 100\n` +
			`first = nothing stored; repeat = after one visit (service worker installed, seed deck ` +
			`loaded). Median of ${runs} run${runs > 1 ? 's' : ''} each.`
	);
	const buildDir = path.join(o.root, 'build');
	if (!existsSync(path.join(buildDir, 'index.html'))) {
		console.log('note: no build/; run `npm run build` first (Lighthouse figures skipped)');
		return;
	}
	if (!existsSync(CHROMIUM_PATH)) {
		console.log(`note: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH); Lighthouse skipped`);
		return;
	}
	const list = await pages(buildDir);
	const chosen = o.quick ? list.filter(([name]) => name === 'home' || name === 'study') : list;
	const work = await mkdtemp(path.join(tmpdir(), 'citecards-lighthouse-'));
	const { server, url } = await serveStatic({ dir: buildDir });
	const port = await freePort();
	const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
		executablePath: CHROMIUM_PATH,
		headless: true,
		// Lighthouse sets the mobile screen itself; Playwright must not override it.
		viewport: null,
		args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`]
	});
	const rows: (string | number)[][] = [];
	const notes: string[] = [];
	try {
		for (const [name, pathname] of chosen) {
			for (const repeat of [false, true]) {
				const label = `${name}, ${repeat ? 'repeat' : 'first'}`;
				const results: PageResult[] = [];
				for (let run = 0; run < runs; run++) {
					process.stderr.write(`  … Lighthouse: ${label} visit, run ${run + 1} of ${runs}\n`);
					// Lighthouse clears the origin's storage (all of it: see audit) before and after a first visit.
					if (repeat) await visit(context, url + pathname);
					results.push(await audit(url + pathname, port, repeat));
				}
				const pick = <T extends string>(get: (r: PageResult) => Record<T, number>, key: T) =>
					median(results.map((r) => get(r)[key]));
				const scores = CATEGORIES.map((c) => pick((r) => r.scores, c));
				const metrics = METRICS.map(([m]) => pick((r) => r.metrics, m));
				rows.push([
					label,
					...scores,
					...metrics.map((v, i) => (METRICS[i][2] ? fmt(v) : fmt(v, 3))),
					Math.min(...results.map((r) => r.scores.performance)),
					Math.max(...results.map((r) => r.scores.performance))
				]);
				CATEGORIES.forEach((c, i) =>
					record({
						section: SECTION,
						name: `${label} · ${c}`,
						value: scores[i],
						unit: 'score',
						target: { op: '>=', value: 100 }
					})
				);
				METRICS.forEach(([m, , unit], i) =>
					record({ section: SECTION, name: `${label} · ${m}`, value: metrics[i], unit })
				);
				const weak = [...new Set(results.flatMap((r) => r.weak))];
				if (weak.length) notes.push(`${label}: ${weak.join('; ')}`);
			}
		}
	} finally {
		await context.close();
		server.close();
		await rm(work, { recursive: true, force: true });
	}
	table(
		[
			'page, visit',
			'perf',
			'a11y',
			'best pr.',
			'SEO',
			'FCP ms',
			'LCP ms',
			'TBT ms',
			'CLS',
			'perf min',
			'perf max'
		],
		rows
	);
	if (notes.length)
		console.log(`\nPerformance audits below 0.9 (any run):\n  ${notes.join('\n  ')}`);
	console.log(
		'\nScores are medians over the runs; FCP, LCP and TBT are Lighthouse’s simulated mobile ' +
			'figures (4x CPU slowdown,\nslow 4G) computed from one real load, so they move with how ' +
			'busy the machine is.'
	);
}
