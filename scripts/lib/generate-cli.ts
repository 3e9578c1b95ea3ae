/**
 * `npm run generate`: article files in, a validated deck (JSON) or review sheet (Markdown) out.
 * Kept apart from scripts/generate.ts so tests can run it in-process.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deckSubject, parseDeck, type Deck } from '../../src/lib/deck';
import { deckToMarkdown } from '../../src/lib/export/markdown';
import { generateDeck, type ArticleInput } from '../../src/lib/generator';
import { articleSizeError, DEFAULT_MAX_BYTES } from '../../src/lib/generator/input';
import { stableId } from '../../src/lib/deck/ids';
import { readArticle, type ParseHtml } from '../../src/lib/reader/read-article';
import { EXIT, type CliIo } from './cli';
import { atomicWrite, collectInputs, inputAt, readLimited } from './files';

export interface GenerateCliOptions extends CliIo {
	/** Environment, for SOURCE_DATE_EPOCH (reproducible createdAt). */
	env?: Record<string, string | undefined>;
	/** The generator; tests may pass another to reach paths the real one never takes. */
	generate?: typeof generateDeck;
}

export { EXIT };

const DEFAULT_INPUT = 'seeds';
const DEFAULT_JSON_OUT = 'static/decks/seed-deck.json';
const DEFAULT_MD_OUT = 'docs/seed-deck.md';

export const USAGE = `Usage: npm run generate -- [files or folders...] [options]

Builds a deck of cited flashcards from news articles (.txt, .md, .html; folders are read recursively).

Options:
  -o, --out FILE          where to write (default: ${DEFAULT_JSON_OUT}, or ${DEFAULT_MD_OUT} for md);
                          never one of the articles. A symbolic link is written through (the file it
                          points to is replaced, the link stays); an existing file keeps its permissions
  -f, --format json|md    a deck (json, the default) or a Markdown review sheet (md)
  -t, --title TITLE       the deck's title
  -h, --help              show this help

With no files, reads ${DEFAULT_INPUT}/. Exit codes: 0 written, 1 nothing usable (nothing written),
2 the generated deck failed validation (a bug; nothing written), 64 bad usage.
`;

let linkedom: ParseHtml | undefined;
/** linkedom's DOMParser as the reader wants it, imported on first use. */
async function htmlParser(): Promise<ParseHtml> {
	if (!linkedom) {
		const { DOMParser } = await import('linkedom');
		linkedom = (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
	}
	return linkedom;
}

const humanize = (name: string) => {
	const base = path.basename(name, path.extname(name)).replace(/[-_]+/g, ' ').trim();
	return base ? base[0].toUpperCase() + base.slice(1) : '';
};

const countWords = (text: string) => {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const space = text.charCodeAt(i) <= 32;
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
};

/** Ids of every source some card or disagreement cites. */
function citedSources(deck: Deck): Set<string> {
	const cited = new Set<string>();
	for (const card of deck.cards) for (const c of card.citations) cited.add(c.source);
	for (const conflict of deck.conflicts)
		for (const v of conflict.variants) for (const c of v.citations) cited.add(c.source);
	return cited;
}

/** Runs the generate command; resolves to the process exit code. */
export async function runGenerate({
	argv,
	cwd,
	stdout,
	stderr,
	env = {},
	generate = generateDeck
}: GenerateCliOptions): Promise<number> {
	const warn = (message: string) => stderr.write(`warning: ${message}\n`);
	const fail = (message: string, code: number) => {
		stderr.write(`error: ${message}\n`);
		return code;
	};

	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				out: { type: 'string', short: 'o' },
				format: { type: 'string', short: 'f' },
				title: { type: 'string', short: 't' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		stderr.write(`error: ${(e as Error).message}\n\n${USAGE}`);
		return EXIT.usage;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		stdout.write(USAGE);
		return EXIT.ok;
	}
	let format = values.format;
	if (format === undefined)
		format = values.out && /\.(md|markdown)$/i.test(values.out) ? 'md' : 'json';
	if (format !== 'json' && format !== 'md') {
		stderr.write(`error: --format must be json or md, not "${format}"\n\n${USAGE}`);
		return EXIT.usage;
	}
	if (values.title !== undefined && !values.title.trim()) {
		stderr.write(`error: --title must not be empty\n\n${USAGE}`);
		return EXIT.usage;
	}
	const inputs = positionals.length ? positionals : [DEFAULT_INPUT];
	const outPath = path.resolve(
		cwd,
		values.out ?? (format === 'md' ? DEFAULT_MD_OUT : DEFAULT_JSON_OUT)
	);

	const { files, errors } = await collectInputs({ paths: inputs, cwd });
	const overwritten = await inputAt({ out: outPath, inputs: files.map((f) => f.path) });
	if (overwritten) {
		const name = files.find((f) => f.path === overwritten)?.name ?? overwritten;
		stderr.write(
			`error: writing ${values.out ?? outPath} would overwrite the article ${name}, which is read from there; nothing written. Choose another file with --out.\n`
		);
		return EXIT.usage;
	}
	errors.forEach(warn);
	if (!files.length && !errors.length)
		warn(`no article files (.txt, .md, .html) in ${inputs.join(', ')}`);

	const articles: ArticleInput[] = [];
	for (const file of files) {
		let read;
		try {
			read = await readLimited({ path: file.path, maxBytes: DEFAULT_MAX_BYTES });
		} catch (e) {
			warn(`${file.name}: cannot read (${(e as Error).message}); skipped`);
			continue;
		}
		if (!read.bytes) {
			const message = articleSizeError({ name: file.name, size: read.size });
			warn(`${message ?? `${file.name} is too large`}; skipped`);
			continue;
		}
		// The app's reader (Readability on a DOM: linkedom here, loaded only for HTML), so both read a
		// page the same way; the source id stays the file name's, as decks made before expect.
		const decoded = readArticle({
			bytes: read.bytes,
			name: file.name,
			checkType: false,
			parseHtml: await htmlParser()
		});
		if (decoded.ok) decoded.article.id = stableId('src', file.name);
		if (!decoded.ok) {
			warn(`${decoded.error}; skipped`);
			continue;
		}
		decoded.warnings.forEach(warn);
		if (decoded.format === 'html')
			stderr.write(`note: ${file.name} is HTML; converted to plain text\n`);
		articles.push(decoded.article);
	}
	if (!articles.length) return fail('no usable articles; nothing written', EXIT.failure);

	const epoch = Number(env.SOURCE_DATE_EPOCH);
	const now = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : undefined;
	const title =
		values.title?.trim() ||
		(inputs.length === 1
			? articles.length === 1 && articles[0].title
				? articles[0].title
				: humanize(inputs[0])
			: undefined) ||
		undefined;

	let result;
	try {
		result = generate({ sources: articles, title, now });
	} catch (e) {
		const stack = (e as Error).stack ?? String(e);
		return fail(`the generator failed (a bug): ${stack}\nnothing written`, EXIT.invalidDeck);
	}
	result.warnings.forEach(warn);
	// A folder's name says where the articles were, not what they are about ("Seeds"): a deck titled
	// after its folder takes the name its cards keep coming back to, when there is one.
	const fromFolder = !values.title?.trim() && title !== undefined && title === humanize(inputs[0]);
	if (fromFolder) result.deck.title = deckSubject({ deck: result.deck }) ?? result.deck.title;

	const checked = parseDeck(result.deck);
	if (!checked.ok) {
		stderr.write('error: the generated deck failed validation (a bug); nothing written\n');
		checked.errors.forEach((e) => stderr.write(`  ${e}\n`));
		return EXIT.invalidDeck;
	}
	const deck = checked.deck;
	const cited = citedSources(deck);
	const fileById = new Map(articles.map((a) => [a.id, a.file]));
	for (const source of deck.sources)
		if (!cited.has(source.id))
			warn(
				`no facts found in ${fileById.get(source.id) || source.file || source.title || source.id}`
			);
	if (!deck.cards.length) return fail('no cards could be made; nothing written', EXIT.failure);

	const output =
		format === 'md' ? deckToMarkdown({ deck }) : JSON.stringify(deck, null, '\t') + '\n';
	const relOut = path.relative(cwd, outPath);
	const shownOut = relOut && !relOut.startsWith('..') ? relOut.split(path.sep).join('/') : outPath;
	try {
		await atomicWrite({ path: outPath, data: output });
	} catch (e) {
		return fail(`cannot write ${shownOut}: ${(e as Error).message}`, EXIT.failure);
	}

	const byType = (t: string) => deck.cards.filter((c) => c.type === t).length;
	const words = deck.sources.reduce((n, s) => n + countWords(s.text), 0);
	const s = result.stats;
	const rows: [string, string][] = [
		['sources', `${deck.sources.length} (${words.toLocaleString('en')} words)`],
		['sentences', String(s.sentences)],
		['facts', String(s.facts)],
		[
			'cards',
			`${deck.cards.length} (${byType('qa')} qa, ${byType('cloze')} cloze, ${byType('mcq')} mcq)`
		],
		['disagreements', String(deck.conflicts.length)],
		['time', `${Math.round(s.ms)} ms`],
		['wrote', `${shownOut} (${format}, ${Math.ceil(Buffer.byteLength(output) / 1024)} KB)`]
	];
	for (const [k, v] of rows) stdout.write(`${k.padEnd(14)}${v}\n`);
	return EXIT.ok;
}
