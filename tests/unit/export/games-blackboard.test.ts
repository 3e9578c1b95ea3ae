import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCards } from '../../../src/lib/export/formats';
import { BLOOKET_HEADER } from '../../../src/lib/export/blooket';
import { GIMKIT_HEADER } from '../../../src/lib/export/gimkit';
import { neutraliseCell } from '../../../src/lib/export/cells';
import { DECKS, squash } from './helpers';

const cell = (text: string) => neutraliseCell(squash(text));

describe.each(DECKS)('game CSVs and Blackboard of the %s', (_name, load) => {
	const deck = load();
	const input = { cards: deck.cards, sources: deck.sources, title: deck.title };

	it('Blooket CSV parses back with papaparse in the template layout', async () => {
		const { data, plan } = await exportCards({ ...input, format: 'blooket' });
		const parsed = Papa.parse<string[]>(data as string, { skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		const [title, header, ...rows] = parsed.data;
		expect([title, header]).toEqual(BLOOKET_HEADER);
		expect(plan.items.length).toBeGreaterThan(0);
		expect(rows).toHaveLength(plan.items.length);
		rows.forEach((row, i) => {
			const item = plan.items[i];
			expect(row).toHaveLength(8);
			expect(row[0]).toBe(String(i + 1));
			expect(row[1]).toBe(cell(item.question));
			expect(row.slice(2, 6).filter(Boolean)).toEqual(item.choices!.map(cell));
			expect(Number(row[6])).toBeGreaterThan(0);
			expect(Number(row[6])).toBeLessThanOrEqual(300);
			expect(row[2 + Number(row[7]) - 1]).toBe(cell(item.answer));
		});
	});

	it('Gimkit CSV parses back with papaparse: right answer, then the wrong ones', async () => {
		const { data, plan } = await exportCards({ ...input, format: 'gimkit' });
		const parsed = Papa.parse<string[]>(data as string, { skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		const [title, header, ...rows] = parsed.data;
		expect([title, header]).toEqual(GIMKIT_HEADER);
		expect(rows).toHaveLength(plan.items.length);
		rows.forEach((row, i) => {
			const item = plan.items[i];
			expect(row[0]).toBe(cell(item.question));
			expect(row[1]).toBe(cell(item.answer));
			const wrong = item.choices!.filter((_, j) => j !== item.correct).map(cell);
			expect(row.slice(2).filter(Boolean)).toEqual(wrong);
			expect(wrong.length).toBeGreaterThanOrEqual(1);
		});
	});

	it('Blackboard file has one well-formed tab-separated question per line', async () => {
		const { data, plan } = await exportCards({ ...input, format: 'blackboard' });
		const parsed = Papa.parse<string[]>(data as string, {
			delimiter: '\t',
			quoteChar: '\u0000',
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(deck.cards.length);
		const unhtml = (t: string) =>
			t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
		parsed.data.forEach((fields, i) => {
			const item = plan.items[i];
			expect(fields.every((f) => !/[\r\n]/.test(f))).toBe(true);
			if (item.type === 'mcq') {
				expect(fields[0]).toBe('MC');
				expect(unhtml(fields[1])).toBe(squash(item.question));
				const pairs = fields.slice(2);
				expect(pairs).toHaveLength(item.choices!.length * 2);
				expect(pairs.filter((_, j) => j % 2 === 0).map(unhtml)).toEqual(item.choices!.map(squash));
				expect(pairs.filter((_, j) => j % 2 === 1)).toEqual(
					item.choices!.map((_, j) => (j === item.correct ? 'correct' : 'incorrect'))
				);
			} else if (fields[0] === 'FIB_PLUS') {
				const blanks = item.parts!.filter((p) => 'blank' in p).map((p) => squash(p.blank));
				expect(fields[1].match(/\[x\d+\]/g)).toEqual(blanks.map((_, j) => `[x${j + 1}]`));
				expect(fields.slice(2)).toEqual(
					blanks.flatMap((b, j) => [`x${j + 1}`, b, '']).slice(0, -1)
				);
			} else {
				expect(fields[0]).toBe('FIB');
				expect(fields.slice(2)).toEqual([item.answer, ...item.accept].map(squash));
				expect(fields[1]).not.toMatch(/<[a-z]/i);
			}
		});
	});
});
