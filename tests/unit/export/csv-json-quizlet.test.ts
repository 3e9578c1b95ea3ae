import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseDeckJson } from '../../../src/lib/deck';
import { exportCards } from '../../../src/lib/export/formats';
import { CSV_COLUMNS } from '../../../src/lib/export/csv';
import { DECKS, squash, withoutControls } from './helpers';

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?\d+([.,]\d+)*([eE][-+]?\d+)?$/;
/** What a neutralised cell should read as. */
const expectCell = (v: string) => (FORMULA.test(v) && !NUMBER.test(v) ? `'${v}` : v);

describe.each(DECKS)('CSV, JSON and Quizlet of the %s', (_name, load) => {
	const deck = load();
	const input = { cards: deck.cards, sources: deck.sources, title: deck.title, deck };

	it('CSV parses back with papaparse, row for row, with formulas neutralised', async () => {
		const { data, plan } = await exportCards({ ...input, format: 'csv' });
		expect(typeof data).toBe('string');
		expect(plan.omitted).toEqual([]);
		const text = (data as string).replace(/^\uFEFF/, '');
		const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual(CSV_COLUMNS);
		expect(parsed.data).toHaveLength(deck.cards.length);
		parsed.data.forEach((row, i) => {
			const card = deck.cards[i];
			expect(row.id).toBe(expectCell(card.id));
			expect(row.type).toBe(card.type);
			expect(row.question).toBe(expectCell(withoutControls(card.question)));
			expect(row.answer).toBe(expectCell(withoutControls(card.answer)));
			const choices = CSV_COLUMNS.filter((c) => c.startsWith('choice ')).map((c) => row[c]);
			expect(choices.filter(Boolean)).toEqual((card.choices ?? []).map(expectCell));
			expect(row.source).toContain('Source: ');
			for (const c of card.citations) expect(row.source).toContain(squash(c.quote));
			for (const value of Object.values(row)) {
				if (FORMULA.test(value)) expect(value).toMatch(NUMBER);
			}
		});
	});

	it('JSON is a valid deck again with the same cards', async () => {
		const { data } = await exportCards({ ...input, format: 'json' });
		const result = parseDeckJson(data as string);
		if (!result.ok) throw new Error(result.errors.join('; '));
		expect(result.deck.cards).toEqual(deck.cards);
		expect(result.deck.id).toBe(deck.id);
	});

	it('JSON of a subset keeps only the sources it cites and stays valid', async () => {
		const cards = deck.cards.slice(0, 1);
		const { data } = await exportCards({ ...input, cards, title: 'Part', format: 'json' });
		const result = parseDeckJson(data as string);
		if (!result.ok) throw new Error(result.errors.join('; '));
		const cited = new Set(cards[0].citations.map((c) => c.source));
		expect(result.deck.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
		expect(result.deck.title).toBe('Part');
	});

	it('Quizlet text has one term<TAB>definition line per card', async () => {
		const { data, plan } = await exportCards({ ...input, format: 'quizlet' });
		const lines = (data as string).replace(/\n$/, '').split('\n');
		expect(lines).toHaveLength(plan.items.length);
		expect(plan.items).toHaveLength(deck.cards.length);
		lines.forEach((line, i) => {
			const cells = line.split('\t');
			expect(cells).toHaveLength(2);
			expect(cells[0]).toBe(squash(plan.items[i].question));
			expect(cells[1]).toBe(squash(plan.items[i].answer));
		});
		expect(plan.warnings.some((w) => w.text.includes('without their source'))).toBe(true);
	});
});
