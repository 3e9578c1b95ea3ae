/**
 * The command lines never overwrite their own input, write through symbolic links, keep a file's
 * permissions, and leave no temporary file behind when interrupted.
 */
import { spawn } from 'node:child_process';
import {
	chmod,
	link,
	lstat,
	mkdir,
	mkdtemp,
	readdir,
	readFile,
	readlink,
	rm,
	stat,
	symlink,
	writeFile
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../../scripts/lib/export-cli';
import { atomicWrite } from '../../../scripts/lib/files';
import { runGenerate } from '../../../scripts/lib/generate-cli';
import { makeDeck } from '../../fixtures/deck';

const root = path.resolve(import.meta.dirname, '../../..');

const STORY = `Lakeport approves harbour budget

The city council of Lakeport approved a new harbour budget on Tuesday. Mayor Elena Fischer said the plan would cost $45 million over five years. The Lakeport Port Authority (LPA) will manage the construction, according to its director, Tomas Brandt.
`;
const DECK = JSON.stringify(makeDeck(), null, '\t') + '\n';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'citecards-overwrite-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

const at = (name: string) => path.join(dir, name);
const put = async (name: string, data: string) => {
	await mkdir(path.dirname(at(name)), { recursive: true });
	await writeFile(at(name), data);
};
const mode = async (name: string) => (await stat(at(name))).mode & 0o777;

async function generate(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runGenerate({
		argv,
		cwd: dir,
		stdout: { write: (s: string) => (stdout += s) },
		stderr: { write: (s: string) => (stderr += s) },
		env: { SOURCE_DATE_EPOCH: '1700000000' }
	});
	return { code, stdout, stderr };
}

async function exportDeck(...argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await runExport({
		argv,
		cwd: dir,
		stdout: { write: (s: string) => (stdout += s) },
		stderr: { write: (s: string) => (stderr += s) }
	});
	return { code, stdout, stderr };
}

describe('generate refuses an --out that is one of its articles', () => {
	it('the article itself, by name', async () => {
		await put('story.txt', STORY);
		const r = await generate('story.txt', '--out', 'story.txt');
		expect(r.code).toBe(64);
		expect(r.stderr).toContain(
			'error: writing story.txt would overwrite the article story.txt, which is read from there; nothing written.'
		);
		expect(await readFile(at('story.txt'), 'utf8')).toBe(STORY);
		expect(await readdir(dir)).toEqual(['story.txt']);
	});

	it('an article found in a folder, named another way (./in/../in/b.txt)', async () => {
		await put('in/a.txt', STORY);
		await put('in/b.txt', STORY);
		const r = await generate('in', '--out', './in/../in/b.txt');
		expect(r.code).toBe(64);
		expect(r.stderr).toContain('would overwrite the article in/b.txt');
		expect(await readFile(at('in/b.txt'), 'utf8')).toBe(STORY);
	});

	it('a symbolic link to the article, and a hard link to it', async () => {
		await put('story.txt', STORY);
		await symlink('story.txt', at('soft.json'));
		await link(at('story.txt'), at('hard.json'));
		for (const out of ['soft.json', 'hard.json']) {
			const r = await generate('story.txt', '--out', out);
			expect(r.code, out).toBe(64);
			expect(r.stderr).toContain(`writing ${out} would overwrite the article story.txt`);
		}
		expect(await readFile(at('story.txt'), 'utf8')).toBe(STORY);
		expect(await readlink(at('soft.json'))).toBe('story.txt');
	});

	it('an article reached through a symbolic link to its folder', async () => {
		await put('real/story.txt', STORY);
		await symlink('real', at('linked'));
		const r = await generate('linked/story.txt', '--out', 'real/story.txt');
		expect(r.code).toBe(64);
		expect(await readFile(at('real/story.txt'), 'utf8')).toBe(STORY);
	});
});

describe('export refuses an --out that is one of its decks', () => {
	it('the deck itself, also as the default name of a JSON export', async () => {
		await put('deck.json', DECK);
		const named = await exportDeck('deck.json', '--format', 'csv', '--out', 'deck.json');
		expect(named.code).toBe(64);
		expect(named.stderr).toContain(
			`Writing ${at('deck.json')} would overwrite the deck deck.json, which is read from there; nothing written.`
		);
		const byDefault = await exportDeck('deck.json', '--format', 'json');
		expect(byDefault.code).toBe(64);
		expect(await readFile(at('deck.json'), 'utf8')).toBe(DECK);
		expect(await readdir(dir)).toEqual(['deck.json']);
	});

	it('the second of two decks, through a symbolic link', async () => {
		await put('a.json', DECK);
		await put('decks/b.json', DECK);
		await symlink('decks/b.json', at('out.csv'));
		const r = await exportDeck('a.json', 'decks/b.json', '--format', 'csv', '--out', 'out.csv');
		expect(r.code).toBe(64);
		expect(r.stderr).toContain('would overwrite the deck decks/b.json');
		expect(await readFile(at('decks/b.json'), 'utf8')).toBe(DECK);
	});

	it('the deck as the HTML written next to a PDF', async () => {
		await put('sheet.html', DECK);
		const r = await exportDeck('sheet.html', '--format', 'print', '--out', 'sheet.pdf');
		expect(r.code).toBe(64);
		expect(r.stderr).toContain(`Writing ${at('sheet.html')} would overwrite the deck sheet.html`);
		expect(await readFile(at('sheet.html'), 'utf8')).toBe(DECK);
	});
});

describe('writing onto a symbolic link or a private file', () => {
	it('writes through a link: the file it points to is replaced and the link stays', async () => {
		await put('real/out.csv', 'old');
		await symlink('real/out.csv', at('link.csv'));
		await put('deck.json', DECK);
		const r = await exportDeck('deck.json', '--format', 'csv', '--out', 'link.csv');
		expect(r.code, r.stderr).toBe(0);
		expect((await lstat(at('link.csv'))).isSymbolicLink()).toBe(true);
		expect(await readlink(at('link.csv'))).toBe('real/out.csv');
		expect(await readFile(at('real/out.csv'), 'utf8')).toContain('Who cut the ribbon');
		expect(await readdir(at('real'))).toEqual(['out.csv']);
	});

	it('follows a chain of links, and a dangling link creates the file it names', async () => {
		await symlink('target.json', at('one.json'));
		await symlink('one.json', at('two.json'));
		await atomicWrite({ path: at('two.json'), data: 'new' });
		expect(await readFile(at('target.json'), 'utf8')).toBe('new');
		expect((await lstat(at('two.json'))).isSymbolicLink()).toBe(true);
		expect((await lstat(at('one.json'))).isSymbolicLink()).toBe(true);
	});

	it('keeps the mode of a mode-600 file, also behind a link, and of a group-writable one', async () => {
		await put('private.json', 'secret');
		await chmod(at('private.json'), 0o600);
		await symlink('private.json', at('via-link.json'));
		await put('shared.json', 'old');
		await chmod(at('shared.json'), 0o664);
		await put('story.txt', STORY);
		expect((await generate('story.txt', '--out', 'private.json')).code).toBe(0);
		expect(await mode('private.json')).toBe(0o600);
		expect((await generate('story.txt', '--out', 'via-link.json')).code).toBe(0);
		expect(await mode('private.json')).toBe(0o600);
		expect((await lstat(at('via-link.json'))).isSymbolicLink()).toBe(true);
		await atomicWrite({ path: at('shared.json'), data: 'new' });
		expect(await mode('shared.json')).toBe(0o664);
		expect(JSON.parse(await readFile(at('private.json'), 'utf8')).format).toBe('citecards-deck');
	});
});

/**
 * A child process that starts an atomic write and stops inside it (its fsync never returns), so the
 * temporary file exists when the signal comes.
 */
const CHILD = `
import { open } from 'node:fs/promises';
import { atomicWrite } from ${JSON.stringify(path.join(root, 'scripts/lib/files.ts'))};
const [dir] = process.argv.slice(2);
const probe = await open(dir + '/probe', 'w');
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();
FileHandle.sync = () => {
	process.stdout.write('writing\\n');
	return new Promise(() => {});
};
setInterval(() => {}, 1000);
await atomicWrite({ path: dir + '/out.json', data: 'new content' });
`;

function interrupt(signal: NodeJS.Signals) {
	return new Promise<{ code: number | null; signal: NodeJS.Signals | null; during: string[] }>(
		(done, fail) => {
			const child = spawn(process.execPath, ['--import', 'tsx', at('child.mts'), dir], {
				cwd: root,
				stdio: ['ignore', 'pipe', 'inherit']
			});
			let during: string[] = [];
			child.stdout.on('data', async (chunk: Buffer) => {
				if (!chunk.toString().includes('writing')) return;
				during = await readdir(dir);
				child.kill(signal);
			});
			child.on('error', fail);
			child.on('exit', (code, sig) => done({ code, signal: sig, during }));
		}
	);
}

describe('an interrupted write', () => {
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		it(`removes its temporary file on ${signal} and keeps the old file`, async () => {
			await put('child.mts', CHILD);
			await put('out.json', 'old');
			const r = await interrupt(signal);
			const temp = r.during.filter((n) => /^\.out\.json\.\d+\.[0-9a-f]{8}\.tmp$/.test(n));
			expect(temp, r.during.join(', ')).toHaveLength(1);
			expect(r.signal ?? r.code).toBe(signal);
			expect((await readdir(dir)).sort()).toEqual(['child.mts', 'out.json', 'probe']);
			expect(await readFile(at('out.json'), 'utf8')).toBe('old');
		});
});
