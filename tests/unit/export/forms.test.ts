import { describe, expect, it } from 'vitest';
import { getFormat, planExport } from '../../../src/lib/export/formats';
import { makeCard, makeDeck, makeFullCard, makeSource } from '../../fixtures/deck';
import { warningLine } from '../../../scripts/lib/export-cli';

// Deck format 2: one card carries its question, its choices and its cloze; each format picks one.
const source = makeSource();
const full = makeFullCard(source);
const clozeWithChoices = makeFullCard(source, {
	id: 'card-cloze',
	type: 'cloze',
	question: 'Mayor […] cut the ribbon in Porto Alto.'
});
const plain = makeCard(source, {
	id: 'card-plain',
	question: 'Where was the ribbon cut?',
	answer: 'Porto Alto',
	kind: 'place'
});
const deck = makeDeck({ sources: [source], cards: [full, clozeWithChoices, plain] });
const plan = (format: string) =>
	planExport({ cards: deck.cards, sources: deck.sources, format: format as 'csv' });
const item = (format: string, id: string) => plan(format).items.find((i) => i.card.id === id)!;

describe('exporting deck format 2 cards', () => {
	it('quiz formats take the card’s own choices, and say the cloze is left out', () => {
		for (const id of ['kahoot', 'blooket', 'gimkit', 'qti12', 'qti21', 'moodle-xml', 'gift']) {
			const written = item(id, full.id);
			expect(written, id).toMatchObject({ type: 'mcq', status: 'kept', leftOut: ['cloze'] });
			expect(written.choices, id).toEqual(full.choices);
			expect(written.choices![written.correct!]).toBe('Ana Ruiz');
			const label = getFormat(id)!.label;
			expect(plan(id).warnings.map(warningLine), id).toContain(
				`${label} asks each card one way; left out: the cloze form of 1 card.`
			);
		}
	});

	it('a cloze card with choices is asked by its blanked sentence with its own choices', () => {
		const written = item('kahoot', clozeWithChoices.id);
		expect(written).toMatchObject({
			type: 'mcq',
			question: 'Mayor _____ cut the ribbon in Porto Alto.',
			choices: full.choices,
			status: 'kept'
		});
		expect(written.leftOut).toBeUndefined();
	});

	it('a card without choices gets wrong choices of its answer type only, or is left out', () => {
		const places = ['Lisbon', 'Faro', 'Braga'].map((answer, i) =>
			makeCard(source, { id: `place-${i}`, question: `Where ${i}?`, answer, kind: 'place' })
		);
		const others = [
			makeCard(source, { id: 'rate', question: 'By how much?', answer: '25%', kind: 'percent' }),
			makeCard(source, { id: 'who', question: 'Who?', answer: 'Ana Ruiz', kind: 'person' })
		];
		const cards = [plain, ...places, ...others];
		const written = planExport({ cards, sources: [source], format: 'kahoot' }).items.find(
			(i) => i.card.id === plain.id
		)!;
		expect(written.status).toBe('converted');
		expect(written.choices!.slice().sort()).toEqual(['Braga', 'Faro', 'Lisbon', 'Porto Alto']);
		const short = planExport({
			cards: [plain, places[0], ...others],
			sources: [source],
			format: 'kahoot'
		});
		expect(short.items.map((i) => i.card.id)).not.toContain(plain.id);
		expect(short.warnings).toContainEqual(
			expect.objectContaining({ cardId: plain.id, kind: 'left-out' })
		);
	});

	it('recall formats write the question and answer, and say choices and cloze are left out', () => {
		for (const id of ['quizlet', 'apkg', 'print']) {
			expect(item(id, full.id), id).toMatchObject({
				type: 'qa',
				status: 'kept',
				leftOut: ['mcq', 'cloze']
			});
			expect(plan(id).warnings.map(warningLine), id).toContain(
				`${getFormat(id)!.label} asks each card one way; left out: the multiple choice form of 2 cards and the cloze form of 1 card.`
			);
		}
		// The cloze card stays a cloze in Anki; only its choices are left out.
		expect(item('apkg', clozeWithChoices.id)).toMatchObject({ type: 'cloze', leftOut: ['mcq'] });
	});

	it('CSV and JSON keep every form of a card in one row or card', async () => {
		const row = item('csv', full.id);
		expect(row).toMatchObject({ type: 'qa', choices: full.choices, correct: 1 });
		expect(row.parts).toEqual([
			{ text: 'Mayor ' },
			{ blank: 'Ana Ruiz' },
			{ text: ' cut the ribbon in Porto Alto.' }
		]);
		expect(plan('csv').warnings.map(warningLine).join()).not.toMatch(/left out/);
		const csv = (await getFormat('csv')!.export({ ...deck, title: 'T' })) as string;
		expect(csv).toContain('Mayor _____ cut the ribbon in Porto Alto.');
		expect(csv).toContain('Marta Gil');
		const json = JSON.parse((await getFormat('json')!.export({ ...deck, title: 'T' })) as string);
		expect(json.version).toBe(2);
		expect(json.cards[0]).toMatchObject({ choices: full.choices, cloze: full.cloze });
	});
});
