import { describe, expect, it } from 'vitest';
import { parse } from 'gift-pegjs';
import { exportCards } from '../../../src/lib/export/formats';
import { escapeGift } from '../../../src/lib/export/gift';
import { blankedText } from '../../../src/lib/export/items';
import { DECKS, squash } from './helpers';
import { makeCard, makeSource } from '../../fixtures/deck';
import { warningLine } from '../../../scripts/lib/export-cli';

// Moodle's list of allowed answer weights (question/format/gift: get_grade_options).
const MOODLE_WEIGHTS = [
	100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571,
	12.5, 11.11111, 10, 5, 0
];

type GiftChoice = {
	isCorrect: boolean;
	weight: number | null;
	text: { text: string } | string;
};
type GiftQuestion = {
	type: string;
	title?: string | null;
	stem?: { text: string; format: string };
	globalFeedback?: { text: string } | null;
	choices?: GiftChoice[];
};

const textOf = (t: { text: string } | string) => (typeof t === 'string' ? t : t.text);

describe('escapeGift', () => {
	it('escapes every GIFT special character and newlines', () => {
		expect(escapeGift('a\\b~c=d#e{f}g:h\ni')).toBe('a\\\\b\\~c\\=d\\#e\\{f\\}g\\:h\\ni');
	});
});

describe.each(DECKS)('GIFT of the %s', (_name, load) => {
	const deck = load();

	it('parses with gift-pegjs question for question, with the source as general feedback', async () => {
		const { data, plan } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'gift'
		});
		const parsed = parse(data as string) as unknown as GiftQuestion[];
		const [category, ...questions] = parsed;
		expect(category.type).toBe('Category');
		expect(plan.items).toHaveLength(deck.cards.length);
		expect(questions).toHaveLength(plan.items.length);
		questions.forEach((q, i) => {
			const item = plan.items[i];
			expect(q.stem?.format).toBe('plain');
			expect(squash(textOf(q.globalFeedback!))).toBe(squash(item.feedback));
			const choices = q.choices ?? [];
			if (item.type === 'mcq') {
				expect(q.type).toBe('MC');
				expect(squash(q.stem!.text)).toBe(squash(item.question));
				expect(choices.map((c) => squash(textOf(c.text)))).toEqual(item.choices!.map(squash));
				expect(choices.findIndex((c) => c.isCorrect)).toBe(item.correct);
				// Checks gift-pegjs does not make: enough choices, exactly one right.
				expect(choices.length).toBeGreaterThanOrEqual(2);
				expect(choices.filter((c) => c.isCorrect)).toHaveLength(1);
			} else {
				expect(q.type).toBe('Short');
				const stem = item.type === 'cloze' ? blankedText(item.parts!, '_____') : item.question;
				// gift-pegjs pads the blank with spaces; Moodle does not, so compare without them.
				const unpad = (t: string) => squash(t).replace(/\s*_____\s*/g, '_____');
				expect(unpad(q.stem!.text)).toBe(unpad(stem));
				// Moodle reads * in a short answer as a wildcard, so literal asterisks arrive as \*.
				expect(choices.map((c) => squash(textOf(c.text)))).toEqual(
					[item.answer, ...item.accept].map((a) => squash(a).replace(/\*/g, '\\*'))
				);
				expect(choices.every((c) => c.isCorrect)).toBe(true);
			}
			for (const c of choices)
				if (c.weight !== null) expect(MOODLE_WEIGHTS).toContain(Math.abs(c.weight));
		});
	});
});

describe('GIFT conversions', () => {
	it('asks only the first blank of a several-blank cloze, and says so', async () => {
		const deck = DECKS[1][1]();
		const card = deck.cards.find((c) => c.id === 'adv-cloze-multi')!;
		const { data, plan } = await exportCards({
			cards: [card],
			sources: deck.sources,
			title: 't',
			format: 'gift'
		});
		expect(plan.items[0].status).toBe('converted');
		expect(plan.warnings.map(warningLine).join(' ')).toMatch(/only the first of 3 blanks/);
		const [, q] = parse(data as string) as unknown as GiftQuestion[];
		expect(squash(q.stem!.text).replace(/\s*_____\s*/g, ' _____ ')).toBe(
			'Mayor _____ opened the {bridge} in Porto Alto on #Monday with 3,000 people.'
		);
		expect(textOf(q.choices![0].text)).toBe('Ana Ruiz');
	});
});

describe('GIFT of a cloze whose gap opens the sentence', () => {
	it('asks with a visible gap and the answer block at the end, which gift-pegjs reads', async () => {
		const source = makeSource();
		const text = 'Mayor Ana Ruiz cut the ribbon in Porto Alto.';
		const card = makeCard(source, {
			id: 'cloze-first',
			type: 'cloze',
			question: '[…] cut the ribbon in Porto Alto.',
			answer: 'Mayor Ana Ruiz',
			cloze: { text, blanks: [{ start: 0, end: 'Mayor Ana Ruiz'.length }] }
		});
		const { data } = await exportCards({
			cards: [card],
			sources: [source],
			format: 'gift',
			title: 'Gap first'
		});
		const questions = parse(String(data)) as GiftQuestion[];
		const [q] = questions.filter((x) => x.type !== 'Category');
		expect(q.type).toBe('Short');
		expect(q.stem?.text).toMatch(/^_____ cut the ribbon in Porto Alto\./);
		expect(q.choices?.map((c) => textOf(c.text))).toContain('Mayor Ana Ruiz');
	});
});

describe('hostile text found by the fuzz tests (tests/unit/export/fuzz.test.ts)', () => {
	const source = makeSource();

	it('keeps an answer or choice that starts like a format tag literal', async () => {
		const card = makeCard(source, {
			answer: '[html]',
			choices: ['[html]', '[PLAIN] text', 'Ana Ruiz']
		});
		for (const type of ['qa', 'mcq'] as const) {
			const { data } = await exportCards({
				cards: [{ ...card, type }],
				sources: [source],
				title: 'T',
				format: 'gift'
			});
			const [, q] = parse(data as string) as unknown as GiftQuestion[];
			const texts = (q.choices ?? []).map((c) => textOf(c.text));
			expect(texts).toContain('[html]');
			if (type === 'mcq') expect(texts).toEqual(['[html]', '[PLAIN] text', 'Ana Ruiz']);
		}
	});

	it('leaves out a card whose question has no text a file can hold, and drops emptied choices', async () => {
		const cards = [
			makeCard(source, { id: 'blank', question: '\u0005\uD800' }),
			makeCard(source, { id: 'choices', choices: ['Ana Ruiz', '\u0001', 'Luis Ortega'] })
		];
		const { data, plan } = await exportCards({
			cards,
			sources: [source],
			title: 'T',
			format: 'gift'
		});
		expect(plan.omitted.map((o) => [o.card.id, o.reason])).toEqual([
			['blank', 'its question has no text a file can hold']
		]);
		const [, q] = parse(data as string) as unknown as GiftQuestion[];
		expect(q.type).toBe('MC');
		expect((q.choices ?? []).map((c) => textOf(c.text))).toEqual(['Ana Ruiz', 'Luis Ortega']);
	});
});
