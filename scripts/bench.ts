/**
 * `npm run bench [-- --quick] [--no-db | --db-only]`: the generator's speed on the seeds and the BBC
 * corpus, against the floor of one bare compromise parse of the same text, and how its cost grows with
 * the number of articles; then the study app's targets: the Stats page on 50,000 cards and 500,000
 * reviews, its counting in Node (scripts/bench/stats.ts) and the built page in Chromium
 * (scripts/bench/stats-page.ts), and (scripts/bench/study.ts) the /study page's gzipped JS and the
 * database's speed in Chromium; then, on the built app in Chromium, the large-deck pages
 * (scripts/bench/pages.ts) and issue 8's speed: a pasted article, a 100-article batch and a
 * 50,000-card import (scripts/bench/app.ts); last, Lighthouse on every page of the built app
 * (scripts/bench/lighthouse.ts). Prints the figures, and writes every one of them, with its target
 * and whether it is met, to bench/results.json (scripts/bench/results.ts describes the shape); the
 * run itself neither passes nor fails on them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { generateDeck, type ArticleInput } from '../src/lib/generator';
import { decodeArticle } from '../src/lib/generator/input';
import { fmt, table } from './bench/format';
import { writeResults } from './bench/results';
import { collectInputs } from './lib/files';

const root = path.resolve(import.meta.dirname, '..');
const BBC = path.resolve(root, '../shared/corpus/bbc');
const QUICK_BBC_FILES = 200;

const { values } = parseArgs({
	args: process.argv.slice(2),
	allowNegative: true,
	options: {
		quick: { type: 'boolean' },
		db: { type: 'boolean', default: true },
		'db-only': { type: 'boolean' },
		pages: { type: 'boolean', default: true },
		'pages-only': { type: 'boolean' },
		'stats-only': { type: 'boolean' },
		refill: { type: 'boolean' },
		app: { type: 'boolean', default: true },
		'app-only': { type: 'boolean' },
		hostile: { type: 'boolean', default: true },
		lighthouse: { type: 'boolean', default: true },
		'lighthouse-only': { type: 'boolean' },
		help: { type: 'boolean', short: 'h' }
	}
});
if (values.help) {
	console.log(
		'Usage: npm run bench [-- --quick] [--no-db | --db-only]\n' +
			'  --quick    seeds and the first 200 BBC files; a 5,000-card database; one run of each\n' +
			'             app figure and a 10,000-card import\n' +
			'  --no-db    skip the study targets (route size, database in Chromium)\n' +
			'  --no-hostile  skip the hostile-input runs (2 MB each; 512 KB with --quick)\n' +
			'  --db-only  only the study targets\n' +
			'  --no-pages    skip the large-deck pages (browser and source page, 100,000 cards)\n' +
			'  --pages-only  only the large-deck pages (needs a current `npm run build`)\n' +
			'  --stats-only  only the Stats page: its computation in Node, then the page in Chromium\n' +
			'  --refill   fill the benchmark database again instead of reusing the cached one\n' +
			'  --no-app      skip the app in Chromium (paste, 100-article batch, 50,000-card import)\n' +
			'  --app-only    only those (needs a current `npm run build`)\n' +
			'  --no-lighthouse    skip Lighthouse on every page (first and repeat visit)\n' +
			'  --lighthouse-only  only that (needs a current `npm run build`; --quick: home and study)\n' +
			'Every figure printed is also written to bench/results.json.'
	);
	process.exit(0);
}
/** Loaded on demand: it pulls in Vite and playwright-core, which the generator figures do not need. */
async function studyTargets() {
	await statsPage();
	const { benchStudy } = await import('./bench/study');
	await benchStudy({ root, quick: values.quick, refill: values.refill });
	if (values.pages) await largePages();
	if (values.app) await appSpeed();
	if (values.lighthouse) await lighthouseScores();
}
/** Lighthouse on every page of the built app, first and repeat visit (scripts/bench/lighthouse.ts). */
async function lighthouseScores() {
	const { benchLighthouse } = await import('./bench/lighthouse');
	await benchLighthouse({ root, quick: values.quick });
}
// Every figure recorded, written however the run ends (the `--…-only` runs end with process.exit).
process.on('exit', () => {
	const file = writeResults({ root, args: process.argv.slice(2) });
	console.log(`\nFigures written to ${path.relative(root, file)}`);
});
/** The built app's browser and source page over a 100,000-card deck (scripts/bench/pages.ts). */
async function largePages() {
	const { benchPages } = await import('./bench/pages');
	await benchPages({ root, quick: values.quick });
}
/** The Stats page: its counting in Node, then beside it the built page in Chromium. */
async function statsPage() {
	(await import('./bench/stats')).benchStats({ quick: values.quick });
	const { benchStatsPage } = await import('./bench/stats-page');
	await benchStatsPage({ root, quick: values.quick });
}
/** Issue 8's speed figures on the built app: paste, batch and import (scripts/bench/app.ts). */
async function appSpeed() {
	const { benchApp } = await import('./bench/app');
	await benchApp({ root, quick: values.quick });
}
if (values['stats-only']) {
	await statsPage();
	process.exit();
}
if (values['lighthouse-only']) {
	await lighthouseScores();
	process.exit();
}
if (values['app-only']) {
	await appSpeed();
	process.exit();
}
if (values['pages-only']) {
	await largePages();
	process.exit();
}
if (values['db-only']) {
	await studyTargets();
	process.exit();
}

const words = (articles: ArticleInput[]) =>
	articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);
const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function load(dir: string, limit?: number): Promise<ArticleInput[]> {
	const { files } = await collectInputs({
		paths: [dir],
		cwd: root,
		accept: (name) => name.endsWith('.txt') && !/^readme/i.test(name)
	});
	const articles: ArticleInput[] = [];
	let skipped = 0;
	let legacy = 0;
	for (const file of files.slice(0, limit)) {
		const decoded = decodeArticle({ bytes: await readFile(file.path), name: file.name });
		if (!decoded.ok) skipped++;
		else {
			articles.push(decoded.article);
			if (decoded.warnings.length) legacy++;
		}
	}
	if (legacy) console.log(`  (${legacy} files in ${dir} decoded with warnings, e.g. not UTF-8)`);
	if (skipped) console.log(`  (${skipped} files in ${dir} could not be decoded)`);
	return articles;
}

/** Progress on stderr, so a long run shows it is alive without cluttering the figures. */
const step = (message: string) => process.stderr.write(`  … ${message}\n`);

function timeGenerate(articles: ArticleInput[]) {
	step(`generateDeck over ${articles.length} articles`);
	const t0 = performance.now();
	const result = generateDeck({ sources: articles, now: new Date(0) });
	return { ms: performance.now() - t0, cards: result.deck.cards.length };
}

/** The floor: compromise parsing each article once and answering one query (people). */
function timeBareParse(articles: ArticleInput[]) {
	step(`bare compromise parse of ${articles.length} articles`);
	const t0 = performance.now();
	let people = 0;
	for (const a of articles) people += nlp(a.text).people().out('array').length;
	return { ms: performance.now() - t0, people };
}

/**
 * Each hostile text (tests/fixtures/hostile.ts) and each repeated corpus in a child process of its own
 * (scripts/bench/hostile-run.ts), killed after two minutes: time, peak RSS, and the growth of RSS over
 * the process after its warm-up, per character of input.
 */
async function hostileInputs() {
	const { spawnSync } = await import('node:child_process');
	const { HOSTILE_INPUTS } = await import('../tests/fixtures/hostile');
	const size = values.quick ? 512 * 1024 : 2 * 1024 * 1024;
	const run = (name: string, n: number) => {
		step(`hostile: ${name} ${n}`);
		const child = spawnSync(
			process.execPath,
			['--import', 'tsx', path.join(root, 'scripts/bench/hostile-run.ts'), name, String(n)],
			{ cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 20 }
		);
		const line = child.stdout?.trim().split('\n').pop() ?? '';
		if (child.status !== 0 || !line.startsWith('{')) {
			const why = child.error
				? 'killed after 120 s'
				: (child.stderr.match(/RangeError[^\n]*|FATAL ERROR[^\n]*|Error[^\n]*/)?.[0] ??
					`exit ${child.status}`);
			return { failed: why };
		}
		return JSON.parse(line) as {
			ms: number;
			baseMb: number;
			peakMb: number;
			cards: number;
			sentences: number;
			chars: number;
		};
	};
	const row = (label: string, r: ReturnType<typeof run>) =>
		'failed' in r
			? [label, '-', '-', '-', '-', '-', '-', r.failed ?? '']
			: [
					label,
					fmt(r.chars),
					fmt(r.sentences),
					r.cards,
					fmt(r.ms, 0),
					fmt(r.peakMb),
					fmt(((r.peakMb - r.baseMb) * 1024 * 1024) / r.chars, 1),
					''
				];
	const headers = [
		'input',
		'chars',
		'sentences',
		'cards',
		'ms',
		'peak RSS MB',
		'RSS growth/char',
		'failed'
	];
	console.log(
		`\nHostile input: ${fmt(size)} characters each, one generateDeck call in its own process\n`
	);
	table(
		headers,
		HOSTILE_INPUTS.map((h) => row(h.name, run(h.name, size))),
		{ section: 'Hostile input' }
	);
	if (!hasBbc) return;
	console.log(
		`\nLinearity on repeated text: one BBC article 1x and 200x, the first 40 BBC business articles 1x and 8x,\n` +
			`each repeat one text (µs/char near the 1x figure means linear)\n`
	);
	const rows: (string | number)[][] = [];
	for (const [name, copies] of [
		['article', 1],
		['article', 200],
		['corpus', 1],
		['corpus', 8]
	] as const) {
		const r = run(name, copies);
		const base = row(`${name} ${copies}x`, r);
		rows.push([
			...base.slice(0, 5),
			'failed' in r ? '-' : fmt((r.ms * 1000) / r.chars, 2),
			...base.slice(5)
		]);
	}
	table([...headers.slice(0, 5), 'µs/char', ...headers.slice(5)], rows, {
		section: 'Linearity on repeated text'
	});
}

const seeds = await load(path.join(root, 'seeds'));
const hasBbc = existsSync(BBC);
const bbc = hasBbc ? await load(BBC, values.quick ? QUICK_BBC_FILES : undefined) : [];
if (!hasBbc) console.log(`note: no BBC corpus at ${BBC}; corpus figures skipped`);

// Warm-up: JIT, compromise's lazy lexicon, the generator's own tables.
timeGenerate(seeds);
timeBareParse(seeds);

console.log(
	`\nGenerator vs a bare compromise parse (nlp(text) + .people().out('array') per article)`
);
console.log(
	`Each generator run is ONE generateDeck call over all the set's articles (cross-source merge included).\n`
);
const rows: (string | number)[][] = [];
// The full-corpus run doubles as the 16x row below: one call over everything is the slowest step.
let bbcMs = 0;
for (const [name, set] of [
	['seeds', seeds],
	[values.quick ? `bbc (first ${bbc.length})` : 'bbc', bbc]
] as const) {
	if (!set.length) continue;
	const w = words(set);
	const gen = timeGenerate(set);
	if (set === bbc) bbcMs = gen.ms;
	const parse = timeBareParse(set);
	rows.push([
		name,
		set.length,
		fmt(w),
		gen.cards,
		fmt(gen.ms, 1),
		fmt((w / gen.ms) * 1000),
		fmt((gen.ms / w) * 1000, 1),
		fmt(parse.ms, 1),
		fmt((w / parse.ms) * 1000),
		fmt(gen.ms / parse.ms, 2),
		fmt(peakMb())
	]);
}
table(
	[
		'set',
		'articles',
		'words',
		'cards',
		'gen ms',
		'gen words/s',
		'gen ms/1k words',
		'parse ms',
		'parse words/s',
		'gen/parse',
		'peak RSS MB'
	],
	rows,
	{ section: 'Generator vs a bare compromise parse' }
);

if (bbc.length >= 16) {
	console.log(
		`\nLinearity: the first N/16, N/4 and N BBC articles, one generateDeck call each (N from above)\n`
	);
	const scales: [string, ArticleInput[]][] = [
		['1x', bbc.slice(0, Math.floor(bbc.length / 16))],
		['4x', bbc.slice(0, Math.floor(bbc.length / 4))],
		['16x', bbc]
	];
	const base: { perWord?: number } = {};
	const linRows = scales.map(([label, set]) => {
		const w = words(set);
		const ms = set === bbc && bbcMs ? bbcMs : timeGenerate(set).ms;
		const perWord = (ms / w) * 1000;
		base.perWord ??= perWord;
		return [
			label,
			set.length,
			fmt(w),
			fmt(ms, 1),
			fmt(perWord, 2),
			fmt(perWord / base.perWord, 2),
			fmt(peakMb())
		];
	});
	table(['scale', 'articles', 'words', 'ms', 'µs/word', 'vs 1x', 'peak RSS MB'], linRows, {
		section: 'Generator linearity'
	});
	console.log(`\n(vs 1x near 1.00 means linear; growing with scale means superlinear cost)`);
}

if (values.hostile) await hostileInputs();
if (values.db) await studyTargets();
