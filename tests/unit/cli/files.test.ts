import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, collectInputs, readLimited } from '../../../scripts/lib/files';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'citecards-files-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('atomicWrite', () => {
	it('writes a new file, creating its folder', async () => {
		const target = path.join(dir, 'a/b/out.json');
		await atomicWrite({ path: target, data: 'new' });
		expect(await readFile(target, 'utf8')).toBe('new');
		expect(await readdir(path.dirname(target))).toEqual(['out.json']);
	});

	it('replaces an existing file whole', async () => {
		const target = path.join(dir, 'out.json');
		await writeFile(target, 'old content that is longer');
		await atomicWrite({ path: target, data: new TextEncoder().encode('new') });
		expect(await readFile(target, 'utf8')).toBe('new');
	});

	it('fails without touching anything when the target cannot be replaced', async () => {
		// A non-empty folder where the file should go: the rename fails after the data was written.
		const target = path.join(dir, 'out.json');
		await mkdir(target);
		await writeFile(path.join(target, 'inside.txt'), 'keep');
		await expect(atomicWrite({ path: target, data: 'new' })).rejects.toThrow();
		expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
		expect(await readdir(dir)).toEqual(['out.json']);
	});
});

describe('collectInputs', () => {
	it('expands folders recursively in sorted order, skipping hidden entries and other extensions', async () => {
		for (const name of [
			'b.txt',
			'a.md',
			'c.HTML',
			'd',
			'e.pdf',
			'.secret.txt',
			'sub/z.htm',
			'.git/x.txt'
		])
			await mkdir(path.dirname(path.join(dir, 'in', name)), { recursive: true }).then(() =>
				writeFile(path.join(dir, 'in', name), 'x')
			);
		const { files, errors } = await collectInputs({ paths: ['in'], cwd: dir });
		expect(errors).toEqual([]);
		expect(files.map((f) => f.name)).toEqual([
			'in/a.md',
			'in/b.txt',
			'in/c.HTML',
			'in/d',
			'in/sub/z.htm'
		]);
		expect(files[0].path).toBe(path.join(dir, 'in/a.md'));
	});

	it('keeps explicitly named files whatever their extension, once each, and reports missing paths', async () => {
		await writeFile(path.join(dir, 'notes.pdf'), 'x');
		const { files, errors } = await collectInputs({
			paths: ['notes.pdf', './notes.pdf', 'gone.txt'],
			cwd: dir
		});
		expect(files.map((f) => f.name)).toEqual(['notes.pdf']);
		expect(errors).toEqual(['gone.txt: no such file or folder']);
	});
});

describe('readLimited', () => {
	it('reads small files and only sizes big ones', async () => {
		const small = path.join(dir, 's.txt');
		await writeFile(small, 'hello');
		const r = await readLimited({ path: small, maxBytes: 10 });
		expect(r.size).toBe(5);
		expect(new TextDecoder().decode(r.bytes)).toBe('hello');
		const big = await readLimited({ path: small, maxBytes: 4 });
		expect(big).toEqual({ bytes: undefined, size: 5 });
	});
});
