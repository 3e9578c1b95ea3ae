import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeckJson } from '../../../src/lib/deck';
import { EXPORT_FORMATS } from '../../../src/lib/export/formats';
import { runExport } from '../../../scripts/lib/export-cli';
import { adversarialDeck } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'deck.json'), JSON.stringify(adversarialDeck()));

async function cli(...argv: string[]) {
	let out = '';
	let err = '';
	const code = await runExport({
		argv,
		cwd: dir,
		stdout: { write: (t: string) => (out += t) },
		stderr: { write: (t: string) => (err += t) }
	});
	return { code, out, err };
}

describe('npm run export', () => {
	it('lists the formats and exits 64 on an unknown format', async () => {
		const r = await cli('deck.json', '--format', 'docx', '--out', 'x');
		expect(r.code).toBe(64);
		expect(r.err).toContain('Unknown format "docx"');
		for (const f of EXPORT_FORMATS) expect(r.err).toContain(f.id);
		expect(existsSync(join(dir, 'x'))).toBe(false);
	});

	it('exits 64 on bad options', async () => {
		expect((await cli('deck.json', '--format', 'csv', '--count', 'many')).code).toBe(64);
		expect((await cli('deck.json', '--format', 'csv', '--type', 'essay')).code).toBe(64);
		expect((await cli('deck.json', '--format', 'csv', '--order', 'alpha')).code).toBe(64);
		expect((await cli('deck.json', '--format', 'csv', '--bogus')).code).toBe(64);
		expect((await cli('--format', 'csv')).code).toBe(64);
	});

	it('says what is wrong with a bad deck and exits 1', async () => {
		writeFileSync(join(dir, 'bad.json'), '{"format":"citecards-deck","version":1}');
		const r = await cli('bad.json', '--format', 'csv', '--out', 'bad.csv');
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/bad\.json is not a valid deck:\n {2}- /);
		writeFileSync(join(dir, 'broken.json'), '{ not json');
		expect((await cli('broken.json', '--format', 'csv')).err).toContain('not valid JSON');
		expect((await cli('missing.json', '--format', 'csv')).err).toContain(
			'Cannot read missing.json'
		);
		expect(existsSync(join(dir, 'bad.csv'))).toBe(false);
	});

	it('writes every format atomically, leaving no temporary files', async () => {
		for (const f of EXPORT_FORMATS) {
			const out = `all.${f.id}.${f.extension}`;
			const r = await cli('deck.json', '--format', f.id, '--out', out);
			expect(r.code, `${f.id}: ${r.err}`).toBe(0);
			expect(readFileSync(join(dir, out)).length).toBeGreaterThan(50);
		}
		expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
	});

	it('makes the same set again from the printed seed, with filters applied', async () => {
		const a = await cli(
			'deck.json',
			'--format',
			'csv',
			'--out',
			'a.csv',
			'--count',
			'4',
			'--order',
			'random'
		);
		const seed = /Seed (\d+)/.exec(a.out)![1];
		const b = await cli(
			'deck.json',
			'--format',
			'csv',
			'--out',
			'b.csv',
			'--count',
			'4',
			'--order',
			'random',
			'--seed',
			seed
		);
		expect(b.code).toBe(0);
		expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe(readFileSync(join(dir, 'b.csv'), 'utf8'));
		const rows = Papa.parse<string[]>(readFileSync(join(dir, 'a.csv'), 'utf8'), {
			skipEmptyLines: true
		}).data;
		expect(rows).toHaveLength(5);

		await cli(
			'deck.json',
			'--format',
			'json',
			'--out',
			'f.json',
			'--tag',
			'non-latin',
			'--type',
			'qa',
			'--type',
			'mcq',
			'--title',
			'Scripts'
		);
		const result = parseDeckJson(readFileSync(join(dir, 'f.json'), 'utf8'));
		if (!result.ok) throw new Error(result.errors.join('; '));
		expect(result.deck.cards.map((c) => c.id).sort()).toEqual(['adv-arabic', 'adv-hindi']);
		expect(result.deck.title).toBe('Scripts');
	});

	it('warns about conversions and sourceless formats on stderr', async () => {
		const r = await cli('deck.json', '--format', 'kahoot', '--out', 'k.xlsx');
		expect(r.code).toBe(0);
		expect(r.err).toMatch(
			/warning: Card adv-cloze-one converted: Kahoot takes multiple choice only/
		);
		expect(r.err).toMatch(/warning: Kahoot has no place for feedback/);
	});

	it('prints a PDF next to the HTML when asked for .pdf', async () => {
		const r = await cli(
			'deck.json',
			'--format',
			'print',
			'--out',
			'sheet.pdf',
			'--count',
			'3',
			'--seed',
			'5'
		);
		expect(r.code, r.err).toBe(0);
		expect(readFileSync(join(dir, 'sheet.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
		expect(readFileSync(join(dir, 'sheet.html'), 'utf8')).toContain('<ol class="questions">');
	});
});
