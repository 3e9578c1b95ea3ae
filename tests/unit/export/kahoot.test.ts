import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportCards, planExport } from '../../../src/lib/export/formats';
import {
	KAHOOT_FIRST_ROW,
	KAHOOT_HEADER,
	KAHOOT_TIMES,
	distinctAnswers,
	fit
} from '../../../src/lib/export/kahoot';
import { neutraliseCell } from '../../../src/lib/export/cells';
import { makeCard, makeDeck, makeSource } from '../../fixtures/deck';
import { DECKS } from './helpers';
import { warningLine } from '../../../scripts/lib/export-cli';

describe.each(DECKS)('Kahoot .xlsx of the %s', (_name, load) => {
	const deck = load();

	it('reads back with exceljs in the template layout, question for question', async () => {
		const { data, plan } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'kahoot'
		});
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(data as Uint8Array) as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		const header = (sheet.getRow(KAHOOT_FIRST_ROW - 1).values as unknown[]).slice(2);
		expect(header).toEqual(KAHOOT_HEADER);
		expect(plan.items.length + plan.omitted.length).toBe(deck.cards.length);
		expect(plan.items.length).toBeGreaterThan(0);
		plan.items.forEach((item, i) => {
			const row = sheet.getRow(KAHOOT_FIRST_ROW + i);
			const cell = (c: number) => row.getCell(c).value;
			expect(cell(1)).toBe(i + 1);
			const question = cell(2) as string;
			expect(question.length).toBeLessThanOrEqual(120);
			expect(question).toBe(fit(item.question, 120));
			const answers = [3, 4, 5, 6].map(cell).filter((v) => v !== null && v !== undefined);
			expect(answers.length).toBeGreaterThanOrEqual(2);
			expect(answers.length).toBeLessThanOrEqual(4);
			for (const a of answers) expect((a as string).length).toBeLessThanOrEqual(75);
			expect(answers).toEqual(distinctAnswers(item.choices!));
			expect(new Set(answers).size).toBe(answers.length);
			expect(KAHOOT_TIMES).toContain(cell(7));
			expect(cell(8)).toBe(item.correct! + 1);
			expect(fit(item.choices![item.correct!], 75)).toBe(fit(item.answer, 75));
		});
		expect(sheet.getRow(KAHOOT_FIRST_ROW + plan.items.length).getCell(2).value).toBeNull();
		// No formulas can exist: every text cell is an inline string.
		const xml = strFromU8(unzipSync(data as Uint8Array)['xl/worksheets/sheet1.xml']);
		expect(xml).not.toContain('<f>');
	});
});

describe('distinctAnswers', () => {
	it('cuts to 75 characters and keeps answers that collide after cutting apart', () => {
		const long = 'x'.repeat(100);
		const out = distinctAnswers([`${long}a`, `${long}b`, 'short']);
		expect(out.every((a) => a.length <= 75)).toBe(true);
		expect(new Set(out).size).toBe(3);
		expect(out[2]).toBe('short');
	});
});

describe('Kahoot plan', () => {
	it('turns question/answer and cloze cards into multiple choice, or leaves them out with a reason', () => {
		const deck = DECKS[1][1]();
		const plan = planExport({ cards: deck.cards, sources: deck.sources, format: 'kahoot' });
		const cloze = plan.items.find((i) => i.card.id === 'adv-cloze-one')!;
		expect(cloze.type).toBe('mcq');
		expect(cloze.status).toBe('converted');
		expect(cloze.choices![cloze.correct!]).toBe('Porto Alto');
		expect(cloze.question).toContain('_____');
		expect(plan.warnings.map(warningLine)).toContain(
			'Card adv-cloze-one converted: Kahoot takes multiple choice only: the cloze card became a multiple-choice question with wrong choices from other answers.'
		);
		const eight = plan.items.find((i) => i.card.id === 'adv-mcq')!;
		expect(eight.choices).toHaveLength(4);
		expect(eight.choices![eight.correct!]).toBe('=A+');
		expect(plan.warnings.some((w) => w.text.includes('shortened'))).toBe(true);

		const lonely = planExport({
			cards: deck.cards.slice(0, 1),
			sources: deck.sources,
			format: 'kahoot'
		});
		expect(lonely.items).toEqual([]);
		expect(warningLine(lonely.warnings[0])).toMatch(
			/left out: Kahoot needs multiple choice and the set has no 3 other answers of the same type/
		);
	});
});

describe('Kahoot text that starts like a formula', () => {
	it('reads back exactly as written, with no apostrophe, as text and never as a formula', async () => {
		const source = makeSource();
		const choices = ['=A+', '+44 20', '-cmd|calc', '@home'];
		const deck = makeDeck({
			cards: [
				makeCard(source, {
					type: 'mcq',
					question: '=SUM(A1:A9) Which option?',
					answer: '=A+',
					choices
				})
			]
		});
		const { data } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: '@quiz',
			format: 'kahoot'
		});
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(data as Uint8Array) as unknown as ArrayBuffer);
		const row = workbook.worksheets[0].getRow(KAHOOT_FIRST_ROW);
		expect([2, 3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual([
			'=SUM(A1:A9) Which option?',
			...choices
		]);
		for (const c of [2, 3, 4, 5, 6]) expect(row.getCell(c).type).toBe(ExcelJS.ValueType.String);
		const xml = strFromU8(unzipSync(data as Uint8Array)['xl/worksheets/sheet1.xml']);
		expect(xml).toContain('<t xml:space="preserve">=A+</t>');
		expect(xml).not.toContain('<f>');
	});

	it('still gets an apostrophe in CSV, where a spreadsheet would run it', () => {
		expect(neutraliseCell('=A+')).toBe("'=A+");
		expect(neutraliseCell('-5')).toBe('-5');
	});
});
