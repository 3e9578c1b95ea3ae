/**
 * The study app's speed targets, measured: the built /study page's gzipped JavaScript, and the
 * database calls behind the home page, today's queue and rating a card, in real Chromium over a
 * large synthetic collection. Prints figures only; nothing passes or fails.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { fmt, median, table } from './format';
import { record as recordFigure } from './results';
import { LABELS, PART_LABELS, type FillResult, type MeasureResult } from './protocol';
import { studyRouteSize } from './size';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';

/** A fixed clock (local noon) so every run sees the same "today". */
const NOW = new Date(2026, 5, 1, 12).getTime();
const DB_NAME = 'citecards-bench';

/** The targets, in ms, per row. */
const TARGETS: Partial<Record<string, number>> = {
	[LABELS.home]: 200,
	[LABELS.queue]: 50,
	[LABELS.rateNext]: 16,
	[LABELS.rateRequery]: 16,
	[LABELS.stats]: 200
};
const STUDY_JS_TARGET_KB = 80;

/**
 * Where the filled browser profile is kept between runs, so only the first run (or one after the
 * fixture, the stored row shapes or Chromium change) pays for filling the database. The key covers
 * everything that decides what is stored; `--refill` forces a new fill.
 */
async function profileCache(o: { root: string; cards: number; log: number }) {
	const hash = createHash('sha256');
	for (const file of ['scripts/bench/fixture.ts', 'scripts/bench/fill.ts', 'src/lib/db/schema.ts'])
		hash.update(await readFile(path.join(o.root, file)));
	const browser = await stat(CHROMIUM_PATH);
	hash.update(`${o.cards} ${o.log} ${NOW} ${browser.size} ${browser.mtimeMs}`);
	const base = path.join(o.root, 'node_modules/.cache/citecards-bench');
	const prefix = `${o.cards}-${o.log}-`;
	const dir = path.join(base, prefix + hash.digest('hex').slice(0, 16));
	return {
		profile: path.join(dir, 'profile'),
		fillRecord: path.join(dir, 'fill.json'),
		/** Empties this entry and drops stale ones of the same size (profiles run to hundreds of MB). */
		async reset() {
			await mkdir(base, { recursive: true });
			for (const name of await readdir(base))
				if (name.startsWith(prefix))
					await rm(path.join(base, name), { recursive: true, force: true });
			await mkdir(dir, { recursive: true });
		}
	};
}

/** Progress on stderr, so a long run shows it is alive without cluttering the figures. */
const step = (message: string) => process.stderr.write(`  … ${message}\n`);

/** Prints the study page's gzipped JavaScript against the target. */
async function printRouteSize(root: string): Promise<void> {
	const buildDir = path.join(root, 'build');
	console.log(
		`\nStudy page JavaScript (first visit to /study, gzip) — target < ${STUDY_JS_TARGET_KB} KB\n`
	);
	const size = await studyRouteSize({ buildDir });
	if (!size) {
		console.log(
			`note: no ${path.relative(root, buildDir)}/study.html; run \`npm run build\` first`
		);
		return;
	}
	const kb = (bytes: number) => fmt(bytes / 1024, 1);
	table(
		['route', 'JS files', 'JS raw KB', 'JS gzip KB', 'target KB', 'CSS gzip KB'],
		[
			[
				'/study',
				size.files,
				kb(size.rawBytes),
				kb(size.gzipBytes),
				`< ${STUDY_JS_TARGET_KB}`,
				kb(size.cssGzipBytes)
			]
		],
		{ section: 'Study page JavaScript', judge: ['JS gzip KB'] }
	);
	console.log(`(from build/ as of ${size.builtAt.toISOString()}; rebuild for current figures)`);
}

/** Bundles the bench page with Vite (no app config: just the page and what it imports). */
async function bundlePage(outDir: string): Promise<void> {
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
				entry: path.join(import.meta.dirname, 'page.ts'),
				formats: ['es'],
				fileName: () => 'page.js'
			},
			// One file: the database code imports its schemas lazily, and the bench serves only page.js.
			rollupOptions: { output: { codeSplitting: false } }
		}
	});
	await writeFile(
		path.join(outDir, 'index.html'),
		'<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head>' +
			'<body><script type="module" src="/page.js"></script></body></html>'
	);
}

/**
 * Serves the bundle on 127.0.0.1 (IndexedDB needs a real origin). The port is part of the origin,
 * so a cached database is only found again on the port it was filled on; 0 picks a free one.
 */
async function serve(dir: string, port = 0) {
	const files: Record<string, [string, string]> = {
		'/': ['index.html', 'text/html; charset=utf-8'],
		'/page.js': ['page.js', 'text/javascript; charset=utf-8']
	};
	const server = createServer(async (req, res) => {
		const hit = files[new URL(req.url ?? '/', 'http://localhost').pathname];
		if (!hit) return res.writeHead(404).end();
		res.writeHead(200, { 'content-type': hit[1], 'cache-control': 'no-store' });
		res.end(await readFile(path.join(dir, hit[0])));
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', done);
	});
	const bound = (server.address() as AddressInfo).port;
	return { server, port: bound, url: `http://127.0.0.1:${bound}/` };
}

/** Opens the bench page in a fresh browser on a profile (so the database outlives the browser). */
async function withPage<T>(
	profile: string,
	url: string,
	fn: (page: Awaited<ReturnType<BrowserContext['newPage']>>) => Promise<T>
): Promise<T> {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(url);
		await page.waitForFunction(() => Boolean(window.citecardsBench), null, { timeout: 30_000 });
		try {
			return await fn(page);
		} catch (e) {
			if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
			throw e;
		}
	} finally {
		await context.close();
	}
}

function printDbTable(result: MeasureResult) {
	const rows = [...Object.values(LABELS), ...Object.values(PART_LABELS)].map((label) => {
		const warm = result.warm[label] ?? [];
		const target = TARGETS[label];
		return [
			label,
			target === undefined ? '' : `< ${target}`,
			fmt(result.cold[label], 1),
			warm.length ? fmt(median(warm), 1) : '',
			warm.length ? `${fmt(Math.min(...warm), 1)}–${fmt(Math.max(...warm), 1)}` : ''
		];
	});
	table(['step (ms)', 'target', 'cold (1st)', `warm median`, `warm min–max`], rows, {
		section: 'Study database in Chromium',
		judge: ['cold (1st)', 'warm median']
	});
}

/** Prints the study route's size and, when Chromium is there, the database timings. */
export async function benchStudy(o: {
	root: string;
	quick?: boolean;
	/** Fill the database again even if a filled profile is cached. */
	refill?: boolean;
}): Promise<void> {
	await printRouteSize(o.root);
	const cards = o.quick ? 5_000 : 50_000;
	const log = o.quick ? 50_000 : 500_000;
	const runs = o.quick ? 5 : 9;
	console.log(
		`\nStudy database in Chromium: ${fmt(cards)} cards, ${fmt(log)} review-log entries, one deck`
	);
	if (!existsSync(CHROMIUM_PATH)) {
		console.log(
			`note: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH); database figures skipped`
		);
		return;
	}
	const work = await mkdtemp(path.join(tmpdir(), 'citecards-bench-'));
	const bundleDir = path.join(work, 'bundle');
	const cache = await profileCache({ root: o.root, cards, log });
	let server: Awaited<ReturnType<typeof serve>>['server'] | undefined;
	try {
		step('bundling the bench page with Vite');
		await bundlePage(bundleDir);
		const record: (FillResult & { port: number }) | null =
			!o.refill && existsSync(cache.fillRecord)
				? JSON.parse(await readFile(cache.fillRecord, 'utf8'))
				: null;
		// Reuse the cached database if its origin's port is free; otherwise fill again.
		let served =
			typeof record?.port === 'number'
				? await serve(bundleDir, record.port).catch(() => null)
				: null;
		server = served?.server;
		const cached = Boolean(served);
		let fill: FillResult;
		if (served && record) fill = record;
		else {
			served = await serve(bundleDir);
			server = served.server;
			step(`filling the database (${fmt(cards)} cards, ${fmt(log)} log entries)`);
			await cache.reset();
			fill = await withPage(cache.profile, served.url, (page) =>
				page.evaluate((a) => window.citecardsBench!.fill(a), {
					name: DB_NAME,
					cards,
					log,
					now: NOW
				})
			);
			await writeFile(cache.fillRecord, JSON.stringify({ ...fill, port: served.port }));
		}
		const url = served.url;
		step(`timing ${runs} warm runs in a freshly started browser`);
		const result: MeasureResult = await withPage(cache.profile, url, (page) =>
			page.evaluate((a) => window.citecardsBench!.measure(a), { name: DB_NAME, now: NOW, runs })
		);
		const c = result.counts;
		const section = 'Study database in Chromium';
		recordFigure({
			section,
			name: 'fill: cards, sources and schedules',
			value: fill.cardsMs,
			unit: 'ms'
		});
		recordFigure({ section, name: 'fill: review log', value: fill.logMs, unit: 'ms' });
		recordFigure({ section, name: 'fill: schema', value: fill.schemaMs, unit: 'ms' });
		console.log(
			`fill${cached ? ' (cached profile reused; --refill to redo; it took)' : ''}: ` +
				`${fmt((fill.cardsMs + fill.logMs) / 1000, 1)} s (cards, sources and schedules ` +
				`${fmt(fill.cardsMs / 1000, 1)} s in one transaction; log ${fmt(fill.logMs / 1000, 1)} s ` +
				`in ${Math.ceil(log / 100_000)}; schema ${fmt(fill.schemaMs)} ms)`
		);
		console.log(
			`today: ${c.due} due, ${c.new} new, ${c.learning} learning of ${fmt(c.total)} ` +
				`(${c.suspended} suspended); queue ${result.queueLength} cards; ${runs} warm runs\n`
		);
		printDbTable(result);
		console.log(
			`\ncold = the first call in a freshly started browser (OS file cache may be warm).` +
				`\nThe study page takes the next card from the queue it holds (the row "recordReview +` +
				`\nqueue[1]"); it re-reads the queue (the row below it) only when that runs out.` +
				`\nRendering the next card is not included.`
		);
	} catch (e) {
		console.log(`note: the browser benchmark failed: ${e instanceof Error ? e.message : e}`);
		process.exitCode = 1;
	} finally {
		server?.close();
		await rm(work, { recursive: true, force: true });
	}
}
