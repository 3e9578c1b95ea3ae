import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/lib/deck/schema';
import { readImportFile } from '../../../src/lib/import';
import { detectSeparator, parseDelimited } from '../../../src/lib/import/csv';
import { bytesOf } from './helpers';

const read = (text: string, name = 'words.csv') => readImportFile({ name, bytes: bytesOf(text) });

describe('CSV and TSV import', () => {
	it('reads a Quizlet export (term TAB definition, no header) as unsourced cards', async () => {
		const out = await read('la casa\tthe house\nel perro\tthe dog\n', 'Spanish_words.txt');
		expect(out.ok).toBe(true);
		if (!out.ok || out.kind === 'backup') return;
		expect(out.kind).toBe('csv');
		expect(out.deck.title).toBe('Spanish words');
		expect(out.deck.cards.map((c) => [c.question, c.answer, c.unsourced])).toEqual([
			['la casa', 'the house', true],
			['el perro', 'the dog', true]
		]);
		expect(parseDeck(out.deck).ok).toBe(true);
	});

	it('finds the question and answer columns by their header, in any order', async () => {
		const out = await read(
			'Tags,Answer,Question\nhistory,1066,"When was the Battle of Hastings?"\n'
		);
		if (!out.ok || out.kind === 'backup') throw new Error('refused');
		expect(out.deck.cards).toEqual([
			expect.objectContaining({
				question: 'When was the Battle of Hastings?',
				answer: '1066',
				tags: ['history']
			})
		]);
	});

	it('reads quoted fields with separators, doubled quotes and line breaks (Excel, Sheets)', () => {
		const rows = parseDelimited({
			text: 'a,"b, c"\r\n"say ""hi""","line 1\nline 2"\r\n',
			separator: ','
		});
		expect(rows).toEqual([
			['a', 'b, c'],
			['say "hi"', 'line 1\nline 2']
		]);
	});

	it('detects semicolons (European Excel) and tabs', () => {
		expect(detectSeparator('Frage;Antwort\nHaus;house, home\n')).toBe(';');
		expect(detectSeparator('a\tb, c\nd\te\n')).toBe('\t');
		expect(detectSeparator('a,b\nc,d\n')).toBe(',');
	});

	it('reads a UTF-8 file with a byte-order mark and a Windows-1252 file', async () => {
		const bom = await read('\ufeffQuestion,Answer\ncafé,coffee\n');
		if (!bom.ok || bom.kind === 'backup') throw new Error('refused');
		expect(bom.deck.cards[0].question).toBe('café');
		const latin = await readImportFile({
			name: 'x.csv',
			bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2c, 0x61, 0x0a])
		});
		if (!latin.ok || latin.kind === 'backup') throw new Error('refused');
		expect(latin.deck.cards[0].question).toBe('café');
	});

	it('leaves out rows without an answer and repeated rows, and says so', async () => {
		const out = await read('a,1\nb,\na,1\nc,3\n');
		if (!out.ok || out.kind === 'backup') throw new Error('refused');
		expect(out.deck.cards).toHaveLength(2);
		expect(out.notes.join(' ')).toMatch(/1 row was left out.*1 repeated card/);
	});

	it('refuses a one-column file, an empty one and an unclosed quote in a sentence', async () => {
		for (const [text, pattern] of [
			['just words\nmore words\n', /only one column/],
			['', /empty/],
			['  \n\n', /empty/],
			['a,"never closed\n', /never closed/],
			['Question,Answer\n', /header row but no cards/]
		] as const) {
			const out = await read(text);
			expect(out.ok, text).toBe(false);
			if (!out.ok) expect(out.message).toMatch(pattern);
		}
	});

	it('refuses a binary file and a 50 MB text file with a clear message, quickly', async () => {
		const binary = await readImportFile({
			name: 'photo.csv',
			bytes: new Uint8Array([1, 0, 2, 0, 3])
		});
		expect(binary).toEqual({ ok: false, message: expect.stringMatching(/not a text file/) });
		const started = Date.now();
		const huge = new Uint8Array(50 * 1024 * 1024).fill(0x61);
		const out = await readImportFile({ name: 'huge.csv', bytes: huge });
		expect(out).toEqual({ ok: false, message: expect.stringMatching(/is 50 MB.*at most 10 MB/) });
		expect(Date.now() - started).toBeLessThan(2000);
	});
});
