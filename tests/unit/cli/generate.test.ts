import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDeckJson, type Deck } from '../../../src/lib/deck';
import { generateDeck, type GenerateOptions } from '../../../src/lib/generator';
import { runGenerate } from '../../../scripts/lib/generate-cli';

const root = path.resolve(import.meta.dirname, '../../..');

/** A short news story written for these tests: people, roles, a place, an amount, a date, an acronym. */
const STORY = `Lakeport approves harbour budget

The city council of Lakeport approved a new harbour budget on Tuesday. Mayor Elena Fischer said the plan would cost $45 million over five years. The Lakeport Port Authority (LPA) will manage the construction, according to its director, Tomas Brandt. Work is expected to begin in March 2026.
`;

/** A second story in Windows-1252 (the pound sign is byte 0xA3). */
const LEGACY_STORY = Buffer.concat([
	Buffer.from(
		'Rail line reopens\n\nThe northern rail line reopened on Friday after repairs costing '
	),
	Buffer.from([0xa3]),
	Buffer.from(
		'12 million. Transport minister Clara Novak said trains would run every 20 minutes. The operator, Northern Rail Services, hired 80 new staff.\n'
	)
]);

const NO_FACTS = 'It was fine. Nothing much else to say, really.\n';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'citecards-generate-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, data: string | Uint8Array) => {
	const p = path.join(dir, name);
	await mkdir(path.dirname(p), { recursive: true });
	await writeFile(p, data);
	return p;
};

async function run(
	argv: string[],
	generate?: (o: GenerateOptions) => ReturnType<typeof generateDeck>
) {
	let stdout = '';
	let stderr = '';
	const code = await runGenerate({
		argv,
		cwd: dir,
		stdout: { write: (s: string) => (stdout += s) },
		stderr: { write: (s: string) => (stderr += s) },
		env: { SOURCE_DATE_EPOCH: '1700000000' },
		generate
	});
	return { code, stdout, stderr };
}

const readDeck = async (p: string): Promise<Deck> => {
	const parsed = parseDeckJson(await readFile(p, 'utf8'));
	if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
	return parsed.deck;
};

const exists = async (p: string) =>
	readFile(p).then(
		() => true,
		() => false
	);

/** A stand-in generator that cites each source's first sentence, to test the CLI's own plumbing. */
const citeFirstSentence = (options: GenerateOptions) => {
	const result = generateDeck(options);
	const deck = result.deck;
	deck.cards = deck.sources.flatMap((s, i) => {
		const end = s.text.indexOf('.') + 1;
		if (end <= 0 || /nothing much/i.test(s.text)) return [];
		const quote = s.text.slice(0, end);
		return [
			{
				id: `card-${i}`,
				type: 'mcq' as const,
				question: `Question ${i}?`,
				answer: 'Yes',
				choices: ['Yes', 'No'],
				citations: [{ source: s.id, start: 0, end, quote }],
				tags: ['test']
			}
		];
	});
	return { ...result, stats: { ...result.stats, cards: deck.cards.length } };
};

describe('generate CLI: usage', () => {
	it('prints help and exits 0', async () => {
		const r = await run(['--help']);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Usage: npm run generate');
		expect(r.stdout).toContain('--format json|md');
	});

	it('rejects unknown flags and bad formats with the usage and exit 64', async () => {
		for (const argv of [['--bogus'], ['--format', 'pdf'], ['--out'], ['--title', ' ']]) {
			const r = await run(argv);
			expect(r.code, argv.join(' ')).toBe(64);
			expect(r.stderr).toContain('Usage: npm run generate');
		}
	});
});

describe('generate CLI: bad input only (nothing usable, nothing written)', () => {
	const out = () => path.join(dir, 'out.json');

	it('a missing path', async () => {
		const r = await run(['nope.txt', '--out', out()]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('warning: nope.txt: no such file or folder');
		expect(r.stderr).toContain('error: no usable articles; nothing written');
		expect(await exists(out())).toBe(false);
	});

	it('an empty file', async () => {
		await file('empty.txt', '');
		const r = await run(['empty.txt', '--out', out()]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('warning: empty.txt is empty; skipped');
		expect(await exists(out())).toBe(false);
	});

	it('a whitespace-only file', async () => {
		await file('blank.txt', '  \n\n\t ');
		const r = await run(['blank.txt', '--out', out()]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('warning: blank.txt contains only whitespace; skipped');
	});

	it('a binary file (PDF)', async () => {
		await file('paper.pdf.txt', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 0)]));
		const r = await run(['paper.pdf.txt', '--out', out()]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(
			'warning: paper.pdf.txt looks like a binary file (PDF), not text; skipped'
		);
	});

	it('a 20 MB file, named with its size and the limit', async () => {
		await file('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'a'));
		const r = await run(['huge.txt', '--out', out()]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(
			'warning: huge.txt is too large (20.0 MB; the limit is 2.0 MB); skipped'
		);
		expect(await exists(out())).toBe(false);
	});

	it('an empty folder', async () => {
		await mkdir(path.join(dir, 'articles'));
		const r = await run(['articles', '--out', out()]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('no article files');
	});

	it('leaves an existing output file untouched when the run fails', async () => {
		const before = '{"keep": "me"}\n';
		await file('out.json', before);
		await file('empty.txt', '');
		const r = await run(['empty.txt', 'missing', '--out', out()]);
		expect(r.code).toBe(1);
		expect(await readFile(out(), 'utf8')).toBe(before);
		expect((await readdir(dir)).sort()).toEqual(['empty.txt', 'out.json']);
	});
});

describe('generate CLI: validation and generator failures (stand-in generators)', () => {
	it('exits 2, prints the errors and writes nothing when the deck fails validation', async () => {
		await file('story.txt', STORY);
		await file('out.json', 'old');
		const broken = (o: GenerateOptions) => {
			const result = citeFirstSentence(o);
			result.deck.cards[0].citations[0].quote = 'not in the source';
			return result;
		};
		const r = await run(['story.txt', '--out', 'out.json'], broken);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('failed validation');
		expect(r.stderr).toContain('citation quote does not match its source text');
		expect(await readFile(path.join(dir, 'out.json'), 'utf8')).toBe('old');
	});

	it('exits 2 when the generator throws', async () => {
		await file('story.txt', STORY);
		const r = await run(['story.txt', '--out', 'out.json'], () => {
			throw new Error('boom');
		});
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('the generator failed (a bug)');
		expect(r.stderr).toContain('boom');
		expect(await exists(path.join(dir, 'out.json'))).toBe(false);
	});

	it('exits 1 and writes nothing when no card can be made', async () => {
		await file('dull.txt', NO_FACTS);
		const r = await run(['dull.txt', '--out', 'out.json'], citeFirstSentence);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('warning: no facts found in dull.txt');
		expect(r.stderr).toContain('error: no cards could be made; nothing written');
		expect(await exists(path.join(dir, 'out.json'))).toBe(false);
	});
});

describe('generate CLI: plumbing with a stand-in generator', () => {
	it('walks folders sorted, skips hidden and unknown files, and names files relative to cwd', async () => {
		await file('in/b.txt', STORY);
		await file('in/a/c.md', '# Heading\n\nSome *story* here.');
		await file('in/.hidden.txt', STORY);
		await file('in/picture.png', 'x');
		await file('in/README', 'Extensionless files are read too.');
		const r = await run(['in', '--out', 'deck.json'], citeFirstSentence);
		expect(r.code, r.stderr).toBe(0);
		const deck = await readDeck(path.join(dir, 'deck.json'));
		expect(deck.sources.map((s) => s.file ?? s.id)).toHaveLength(3);
		expect(deck.sources.map((s) => s.text.slice(0, 9))).toEqual([
			'Extension',
			'Heading\n\n',
			'Lakeport '
		]);
	});

	it('replaces the output atomically and leaves no temporary files', async () => {
		await file('story.txt', STORY);
		await file('decks/out.json', 'old');
		const r = await run(['story.txt', '--out', 'decks/out.json'], citeFirstSentence);
		expect(r.code, r.stderr).toBe(0);
		expect((await readDeck(path.join(dir, 'decks/out.json'))).cards).toHaveLength(1);
		expect(await readdir(path.join(dir, 'decks'))).toEqual(['out.json']);
	});

	it('creates the output folder and prints the summary', async () => {
		await file('story.txt', STORY);
		const r = await run(['story.txt', '--out', 'new/dir/deck.json'], citeFirstSentence);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/^sources\s+1 \(\d+ words\)$/m);
		expect(r.stdout).toMatch(/^cards\s+1 \(0 qa, 0 cloze, 1 mcq\)$/m);
		expect(r.stdout).toMatch(/^disagreements\s+0$/m);
		expect(r.stdout).toMatch(/^time\s+\d+ ms$/m);
		expect(r.stdout).toMatch(/^wrote\s+new\/dir\/deck\.json \(json, \d+ KB\)$/m);
		const deck = await readDeck(path.join(dir, 'new/dir/deck.json'));
		expect(deck.createdAt).toBe('2023-11-14T22:13:20.000Z');
	});

	it('uses --title, and a single input name as the default title', async () => {
		await file('harbour-news/story.txt', STORY);
		await run(['harbour-news', '--out', 'a.json'], citeFirstSentence);
		expect((await readDeck(path.join(dir, 'a.json'))).title).toBe('Harbour news');
		await run(['harbour-news', '--out', 'b.json', '--title', 'My deck'], citeFirstSentence);
		expect((await readDeck(path.join(dir, 'b.json'))).title).toBe('My deck');
	});

	it('writes a Markdown review sheet with --format md, or for an .md output', async () => {
		await file('story.txt', STORY);
		const r = await run(['story.txt', '--format', 'md', '--out', 'sheet.txt'], citeFirstSentence);
		expect(r.code, r.stderr).toBe(0);
		const sheet = await readFile(path.join(dir, 'sheet.txt'), 'utf8');
		expect(sheet.startsWith('# Story\n')).toBe(true);
		expect(sheet).toContain('### 1. Multiple choice');
		expect(sheet).toContain('- [x] **Yes** (correct)');
		const r2 = await run(['story.txt', '--out', 'sheet.md'], citeFirstSentence);
		expect(r2.stdout).toMatch(/wrote\s+sheet\.md \(md/);
	});
});

describe('generate CLI: real generator', () => {
	// These need the real generator (src/lib/generator/index.ts) to find facts in a news story.
	it('builds a valid deck from a news story', async () => {
		await file('story.txt', STORY);
		const r = await run(['story.txt', '--out', 'deck.json']);
		expect(r.code, r.stderr).toBe(0);
		const deck = await readDeck(path.join(dir, 'deck.json'));
		expect(deck.cards.length).toBeGreaterThan(0);
		expect(deck.sources[0].file).toBe('story.txt');
		expect(r.stdout).toMatch(/^wrote\s+deck\.json/m);
	});

	it('skips bad files among good ones, with a warning for each, and uses the non-UTF-8 one', async () => {
		await file('in/1-story.txt', STORY);
		await file('in/2-empty.txt', '');
		await file('in/3-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
		await file('in/4-legacy.txt', LEGACY_STORY);
		await file('in/5-dull.txt', NO_FACTS);
		const r = await run(['in', 'missing.txt', '--out', 'deck.json']);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stderr).toContain('warning: missing.txt: no such file or folder');
		expect(r.stderr).toContain('warning: in/2-empty.txt is empty; skipped');
		expect(r.stderr).toContain('warning: in/3-binary.txt looks like a binary file (PNG image)');
		expect(r.stderr).toContain('warning: in/4-legacy.txt is not valid UTF-8; read as Windows-1252');
		expect(r.stderr).toContain('warning: no facts found in in/5-dull.txt');
		const deck = await readDeck(path.join(dir, 'deck.json'));
		expect(deck.sources.map((s) => s.file)).toEqual([
			'in/1-story.txt',
			'in/4-legacy.txt',
			'in/5-dull.txt'
		]);
		const legacy = deck.sources[1];
		expect(legacy.text).toContain('£12 million');
		expect(deck.cards.some((c) => c.citations.some((x) => x.source === legacy.id))).toBe(true);
	});

	it('converts HTML and notes it', async () => {
		const html = `<!doctype html><html><head><title>Lakeport approves harbour budget</title>
			<meta property="article:published_time" content="2025-10-07"></head><body><nav>Home</nav>
			<article>${STORY.split('\n\n')[1]
				.split('. ')
				.map((s) => `<p>${s}</p>`)
				.join('')}</article><script>track()</script></body></html>`;
		await file('story.html', html);
		const r = await run(['story.html', '--out', 'deck.json']);
		expect(r.stderr).toContain('note: story.html is HTML; converted to plain text');
		expect(r.code, r.stderr).toBe(0);
		const deck = await readDeck(path.join(dir, 'deck.json'));
		expect(deck.sources[0].text).not.toContain('<');
		expect(deck.sources[0].text).not.toContain('track()');
	});

	it('writes the review sheet from real cards', async () => {
		await file('story.txt', STORY);
		const r = await run(['story.txt', '--format', 'md', '--out', 'sheet.md']);
		expect(r.code, r.stderr).toBe(0);
		const sheet = await readFile(path.join(dir, 'sheet.md'), 'utf8');
		expect(sheet).toMatch(/^# /);
		expect(sheet).toMatch(/^### 1\. /m);
		expect(sheet).toMatch(/^> .*\*\*[^*]+\*\*/m);
	});
});

describe('generate CLI: as a process', () => {
	const tsx = path.join(root, 'node_modules/.bin/tsx');
	const exec = promisify(execFile);

	it('exits 64 on an unknown flag and 0 on --help', async () => {
		const bad = await exec(tsx, ['scripts/generate.ts', '--nope'], { cwd: root }).catch(
			(e: { code: number; stderr: string }) => e
		);
		expect('code' in bad && bad.code).toBe(64);
		const help = await exec(tsx, ['scripts/generate.ts', '--help'], { cwd: root });
		expect(help.stdout).toContain('Usage: npm run generate');
	});

	it('exits 1 and writes nothing for a folder of bad files', async () => {
		await file('in/empty.txt', '');
		const r = await exec(tsx, [path.join(root, 'scripts/generate.ts'), 'in', '--out', 'x.json'], {
			cwd: dir
		}).catch((e: { code: number; stderr: string }) => e);
		expect('code' in r && r.code).toBe(1);
		expect(r.stderr).toContain('in/empty.txt is empty');
		expect(await exists(path.join(dir, 'x.json'))).toBe(false);
	});
});
