/**
 * The Stats page in Chromium (npm run bench): the built app's /stats, timed from navigation to the
 * frame after the charts are drawn. The profile is filled as the previous schema version stored it and
 * opened by the app, so the upgrade that builds the per-day summary is timed too. Prints figures only.
 *
 * Cold is a first load in a freshly started browser, taken several times (a browser started for
 * each); warm, loads again in one browser. Beside them, in the same conditions, two floors no page of
 * this app's can go under: a blank page of the same origin (starting the browser's renderer and the
 * service worker) and a page that does nothing but open the same database and read one summary
 * store. Each cold or warm load is also split where its time goes (HTML in, the app's scripts run,
 * the database open, the summaries read).
 *
 * STATS_BENCH_PROFILE=DIR keeps the filled profile in DIR (served on port 4199) and reuses it on the
 * next run, skipping the fill and the upgrade: for working on the page, not for the figures.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from '../../tests/e2e/server';
import { fmt, median, table } from './format';
import { record } from './results';
import { bundleFill } from './pages';
import { CHROMIUM_PATH } from '../lib/chromium';

const TARGET_MS = 200;
const GIVE_UP_MS = 120_000;
/** How long the home page is left to finish its own loading before a click is timed. */
const SETTLE_MS = 1000;
const KEPT_PROFILE = process.env.STATS_BENCH_PROFILE;
const KEPT_PORT = 4199;

/**
 * Runs in every document before its own scripts: on /stats, notes the times (ms since navigation
 * start) of the frames after the charts appear and after the source table is filled in, and when the
 * app's database connection opened and its first read of the summaries (the `days` store) completed.
 */
const MARK_DRAWN = `(() => {
	if (!location.pathname.endsWith('/stats')) return;
	const marks = (window.__statsMarks = {});
	const mark = (name, selector) => {
		if (name in marks || !document.querySelector(selector)) return;
		marks[name] = null;
		requestAnimationFrame(() => setTimeout(() => (marks[name] = performance.now()), 0));
	};
	const observer = new MutationObserver(() => {
		mark('charts', '[data-stats-ready]');
		mark('sources', '[data-sources-ready]');
	});
	observer.observe(document, { childList: true, subtree: true, attributes: true });
	const open = IDBFactory.prototype.open;
	IDBFactory.prototype.open = function (...args) {
		const request = open.apply(this, args);
		request.addEventListener('success', () => (marks.dbOpen ??= performance.now()));
		return request;
	};
	const transaction = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (stores, ...rest) {
		const tx = transaction.call(this, stores, ...rest);
		if ([].concat(stores).includes('days'))
			tx.addEventListener('complete', () => (marks.summaries ??= performance.now()));
		return tx;
	};
})();`;

/** The floor pages, served beside the app (under its service worker, as its own pages are). */
const FLOOR_PAGES: Record<string, string> = {
	// Nothing but the frame after the page is parsed.
	'blank.html': `requestAnimationFrame(() => setTimeout(() => (window.__floor = performance.now()), 0));`,
	// The app's database opened at whatever version it is, and one summary store read.
	'db.html': `const request = indexedDB.open('citecards');
		request.onsuccess = () => {
			const read = request.result.transaction('tallies').objectStore('tallies').getAll();
			read.onsuccess = () =>
				requestAnimationFrame(() => setTimeout(() => (window.__floor = performance.now()), 0));
		};`
};

interface StatsLoad {
	charts: number;
	sources: number;
	/** The HTML's response end, DOM interactive (the app's module scripts run), from the page. */
	html: number;
	scripts: number;
	dbOpen: number;
	summaries: number;
}

/** A full load of /stats (typed address, reload): ms from navigation start to each mark. */
async function loadStats(page: Page): Promise<StatsLoad> {
	await page.goto('about:blank');
	await page.goto('/stats');
	// As text: tsx would wrap a function's inner arrows in a helper the page does not have.
	const handle = await page.waitForFunction(
		`(() => {
			const m = window.__statsMarks;
			if (typeof m?.charts !== 'number' || typeof m.sources !== 'number') return false;
			const nav = performance.getEntriesByType('navigation')[0];
			return { ...m, html: nav.responseEnd, scripts: nav.domInteractive };
		})()`,
		null,
		{ timeout: GIVE_UP_MS }
	);
	return (await handle.jsonValue()) as StatsLoad;
}

/** A floor page (FLOOR_PAGES): ms from navigation start to the frame after its work. */
async function loadFloor(page: Page, name: string): Promise<number> {
	await page.goto('about:blank');
	await page.goto(`/__bench/${name}`);
	const handle = await page.waitForFunction('window.__floor', null, { timeout: GIVE_UP_MS });
	return (await handle.jsonValue()) as number;
}

/** From the home page, settled, a click on a link to /stats: ms to the frame after the charts. */
async function clickToStats(page: Page): Promise<number> {
	await page.goto('about:blank');
	await page.goto('/');
	await page.waitForFunction(() => Boolean(document.querySelector('[data-deck]')), null, {
		timeout: GIVE_UP_MS
	});
	await page.waitForTimeout(SETTLE_MS);
	// As text: tsx would wrap a function's inner arrows in a helper the page does not have.
	return page.evaluate(`(async () => {
		const done = () => Boolean(document.querySelector('[data-stats-ready]'));
		const t0 = performance.now();
		// The app's router takes over a click on any link of its own origin.
		const a = document.createElement('a');
		a.href = '/stats';
		document.body.append(a);
		a.click();
		await new Promise((resolve) => {
			const poll = () =>
				done() || performance.now() - t0 > ${GIVE_UP_MS} ? resolve() : requestAnimationFrame(poll);
			poll();
		});
		const shown = done();
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		return shown ? performance.now() - t0 : Infinity;
	})()`) as Promise<number>;
}

/**
 * The app's first visit, untimed: the bundled deck imported and the current build's service worker
 * installed and in control (any earlier build's worker and caches, in a kept profile, removed first).
 */
async function firstVisit(context: BrowserContext, origin: string): Promise<void> {
	const page = context.pages()[0] ?? (await context.newPage());
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', {
		origin,
		storageTypes: 'service_workers,cache_storage'
	});
	await cdp.detach();
	await page.goto('/');
	await page.waitForFunction(() => Boolean(document.querySelector('[data-deck]')), null, {
		timeout: GIVE_UP_MS
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: GIVE_UP_MS
	});
	await page.waitForTimeout(SETTLE_MS);
}

/** Prints the Stats page timings; `root`/build must hold a current `npm run build`. */
export async function benchStatsPage(o: { root: string; quick?: boolean }): Promise<void> {
	const cards = o.quick ? 5_000 : 50_000;
	const reviews = cards * 10;
	const runs = o.quick ? 3 : 5;
	console.log(
		`\nStats page in Chromium: ${fmt(cards)} cards, ${fmt(reviews)} reviews over the past year ` +
			`— target < ${TARGET_MS} ms from navigation to the charts drawn`
	);
	const buildDir = path.join(o.root, 'build');
	if (!existsSync(path.join(buildDir, 'stats.html'))) {
		console.log(
			'note: no build/stats.html; run `npm run build` first (Stats page figures skipped)'
		);
		return;
	}
	if (!existsSync(CHROMIUM_PATH)) {
		console.log(
			`note: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH); Stats page figures skipped`
		);
		return;
	}
	const work = await mkdtemp(path.join(tmpdir(), 'citecards-stats-'));
	const site = path.join(work, 'site');
	const profile = KEPT_PROFILE ?? path.join(work, 'profile');
	const reuse = KEPT_PROFILE !== undefined && existsSync(path.join(KEPT_PROFILE, 'filled.json'));
	let close = async () => {};
	// Near the real clock: the app's page reads Date.now(), so the profile's year ends today.
	let now = Math.floor(Date.now() / 3_600_000) * 3_600_000;
	try {
		await cp(buildDir, site, { recursive: true });
		await bundleFill(site, path.join(import.meta.dirname, 'stats-fill.ts'));
		for (const [name, script] of Object.entries(FLOOR_PAGES))
			await writeFile(
				path.join(site, '__bench', name),
				`<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head>` +
					`<body><script>${script}</script></body></html>`
			);
		const { server, url } = await serveStatic({
			dir: site,
			port: KEPT_PROFILE ? KEPT_PORT : 0
		});
		close = () => new Promise((done) => server.close(() => done()));
		const launch = async (): Promise<BrowserContext> => {
			const context = await chromium.launchPersistentContext(profile, {
				executablePath: CHROMIUM_PATH,
				headless: true,
				baseURL: url,
				// The timing code is handed to the page as text, which the app's CSP (rightly) forbids.
				bypassCSP: true,
				viewport: { width: 1200, height: 800 },
				args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
			});
			await context.addInitScript(MARK_DRAWN);
			return context;
		};
		/** A browser started for one thing, and closed after it. */
		const inFreshBrowser = async <T>(fn: (page: Page) => Promise<T>): Promise<T> => {
			const context = await launch();
			try {
				return await fn(context.pages()[0] ?? (await context.newPage()));
			} finally {
				await context.close();
			}
		};
		const benchPage = async (context: BrowserContext) => {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto('/__bench/');
			await page.waitForFunction(() => Boolean(window.citecardsStatsBench));
			return page;
		};
		let filled: { fillMs: number; upgradeMs: number; now: number };
		if (reuse) {
			filled = JSON.parse(await readFile(path.join(profile, 'filled.json'), 'utf8'));
			now = filled.now;
		} else {
			const context = await launch();
			try {
				process.stderr.write(`  … filling the app's database (${fmt(reviews)} reviews)\n`);
				const page = await benchPage(context);
				filled = {
					...(await page.evaluate((a) => window.citecardsStatsBench!.fillStats(a), {
						cards,
						reviews,
						now
					})),
					now
				};
				if (KEPT_PROFILE)
					await writeFile(path.join(profile, 'filled.json'), JSON.stringify(filled));
			} finally {
				await context.close();
			}
		}
		// The first visit (deck import, service worker) is not timed.
		const visit = await launch();
		try {
			await firstVisit(visit, url);
		} finally {
			await visit.close();
		}

		// Cold: each load the first in a freshly started browser (the OS file cache may be warm), the
		// floors beside them, in turn and in a rotating order, so all see the machine (and the
		// database, which Chromium tidies in the background of each session) alike.
		process.stderr.write(
			`  … ${runs} cold loads of each page, each in a freshly started browser\n`
		);
		const cold: StatsLoad[] = [];
		const coldFloors: Record<string, number[]> = {};
		const pages = ['stats', ...Object.keys(FLOOR_PAGES)];
		for (let run = 0; run < runs; run++)
			for (let i = 0; i < pages.length; i++) {
				const name = pages[(run + i) % pages.length];
				if (name === 'stats') cold.push(await inFreshBrowser(loadStats));
				else (coldFloors[name] ??= []).push(await inFreshBrowser((page) => loadFloor(page, name)));
			}

		const context = await launch();
		const result: string[][] = [];
		const show = (ms: number) => (Number.isFinite(ms) ? fmt(ms, 1) : `> ${GIVE_UP_MS / 1000} s`);
		const spread = (times: number[]) =>
			times.length ? `${show(Math.min(...times))}–${show(Math.max(...times))}` : '–';
		const row = (label: string, target: string, coldTimes: number[], warm: number[]) =>
			result.push([
				label,
				target,
				coldTimes.length ? show(median(coldTimes)) : '–',
				spread(coldTimes),
				show(median(warm)),
				spread(warm)
			]);
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			// The first load of this browser is cold: a warm-up, not counted.
			await loadStats(page);
			const warm: StatsLoad[] = [];
			for (let run = 0; run < runs; run++) warm.push(await loadStats(page));
			const target = `< ${TARGET_MS}`;
			const pick = (loads: StatsLoad[], key: keyof StatsLoad) => loads.map((l) => l[key]);
			row(
				'open /stats: navigation start → charts drawn',
				target,
				pick(cold, 'charts'),
				pick(warm, 'charts')
			);
			row('  … → source table filled in', '', pick(cold, 'sources'), pick(warm, 'sources'));
			row('  where: HTML in', '', pick(cold, 'html'), pick(warm, 'html'));
			row(
				"  where: the app's scripts run (DOM interactive)",
				'',
				pick(cold, 'scripts'),
				pick(warm, 'scripts')
			);
			row('  where: database open', '', pick(cold, 'dbOpen'), pick(warm, 'dbOpen'));
			row('  where: summaries read', '', pick(cold, 'summaries'), pick(warm, 'summaries'));
			const floors: Record<string, number[]> = {};
			for (const name of Object.keys(FLOOR_PAGES))
				for (let run = 0; run < runs; run++)
					(floors[name] ??= []).push(await loadFloor(page, name));
			row(
				'floor: a blank page of the origin → drawn',
				'',
				coldFloors['blank.html'],
				floors['blank.html']
			);
			row(
				'floor: open the database, read one summary → drawn',
				'',
				coldFloors['db.html'],
				floors['db.html']
			);
			const clicks: number[] = [];
			for (let run = 0; run < runs; run++) clicks.push(await clickToStats(page));
			row('click from home → charts drawn', target, [], clicks);
			const statsPage = await benchPage(context);
			const parts = await statsPage.evaluate((a) => window.citecardsStatsBench!.parts(a), {
				now,
				runs
			});
			// Each part's first call in this browser is its cold column.
			for (const [label, [first, ...rest]] of Object.entries(parts))
				row(`  part: ${label}`, '', [first], rest);
		} finally {
			await context.close();
		}
		console.log(
			(reuse
				? 'a kept profile (fill and upgrade not run again); '
				: `fill: ${fmt(filled.fillMs / 1000, 1)} s as schema v6; the app's upgrade to v7 ` +
					`(summaries built from the log and schedules): ${fmt(filled.upgradeMs / 1000, 1)} s; `) +
				`${runs} cold and ${runs} warm runs\n`
		);
		if (!reuse)
			for (const [name, value] of [
				['fill as schema v6', filled.fillMs],
				['upgrade to v7', filled.upgradeMs]
			] as const)
				record({ section: 'Stats page in Chromium', name, value, unit: 'ms' });
		table(
			['step (ms)', 'target', 'cold median', 'cold min–max', 'warm median', 'warm min–max'],
			result,
			{
				section: 'Stats page in Chromium',
				judge: ['cold median', 'warm median']
			}
		);
		console.log(
			`\ncold loads in order (ms): /stats ${cold.map((l) => show(l.charts)).join(', ')}; ` +
				Object.entries(coldFloors)
					.map(([name, times]) => `${name} ${times.map(show).join(', ')}`)
					.join('; '),
			'\n\ncold = a load that is the first in a freshly started browser (each cold figure is a ' +
				'browser of its own);\nwarm = loads again in one browser. "open" is a full page load; ' +
				'"click" a client-side navigation\nfrom the settled home page. "where" is when each ' +
				'step of those loads ended (HTML received, the\nscripts run, the database connection ' +
				"open, the summaries read). The floors are pages no app of\nthis origin's can beat: a " +
				"blank one, and one that only opens the app's database and reads one\nstore (the " +
				'database is opened by the browser once it has started). The source table (how\nwell ' +
				'each source is known) needs every card, so the page fills it in after drawing the ' +
				'charts.\nThe parts are the database calls and reads, each alone, from the bench page ' +
				'(cold: the first call).'
		);
	} catch (e) {
		console.log(`note: the Stats page benchmark failed: ${e instanceof Error ? e.message : e}`);
		process.exitCode = 1;
	} finally {
		await close();
		await rm(work, { recursive: true, force: true });
	}
}
