import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, getFormat, planExport } from '../../../src/lib/export/formats';
import { sourceFeedback } from '../../../src/lib/export/items';
import { adversarialDeck, seedDeck } from './helpers';
import { warningLine } from '../../../scripts/lib/export-cli';

describe('format registry', () => {
	it('has every format the command line names, each with a label, extension and mime type', () => {
		expect(EXPORT_FORMATS.map((f) => f.id).sort()).toEqual(
			[
				'apkg',
				'blackboard',
				'blooket',
				'csv',
				'gift',
				'gimkit',
				'json',
				'kahoot',
				'moodle-xml',
				'print',
				'qti12',
				'qti21',
				'quizlet'
			].sort()
		);
		for (const f of EXPORT_FORMATS) {
			expect(f.label).toBeTruthy();
			expect(f.extension).toMatch(/^[a-z0-9.]+$/);
			expect(f.mime).toMatch(/^[a-z]+\/[\w.+-]+/);
		}
		expect(getFormat('nope')).toBeUndefined();
		// Labels promise only what exists: the app has no deck import (the command-line exporter reads decks).
		expect(EXPORT_FORMATS.map((f) => f.label).join()).not.toMatch(/re-?import/i);
	});

	it('writes an empty selection, and cards whose source is missing, without throwing', async () => {
		const deck = seedDeck();
		for (const f of EXPORT_FORMATS) {
			const empty = await f.export({ cards: [], sources: [], title: '' });
			expect(empty.length, f.id).toBeGreaterThan(0);
			const orphan = await f.export({ cards: deck.cards, sources: [], title: 'No sources' });
			expect(orphan.length, f.id).toBeGreaterThan(0);
		}
	});

	it('export() plans and writes in one step', async () => {
		const deck = seedDeck();
		const csv = await getFormat('csv')!.export({
			cards: deck.cards,
			sources: deck.sources,
			title: 'T'
		});
		expect(typeof csv).toBe('string');
		expect((csv as string).split('\r\n').filter(Boolean)).toHaveLength(deck.cards.length + 1);
	});
});

describe('planExport', () => {
	const deck = adversarialDeck();
	const plan = (format: string) =>
		planExport({ cards: deck.cards, sources: deck.sources, format: format as 'csv' });

	it('keeps every card as it is in the formats that hold every type', () => {
		for (const id of [
			'csv',
			'json',
			'moodle-xml',
			'apkg',
			'qti12',
			'qti21',
			'print',
			'blackboard'
		]) {
			const p = plan(id);
			expect(p.omitted, id).toEqual([]);
			expect(
				p.items.every((i) => i.status === 'kept' && i.type === i.card.type),
				id
			).toBe(true);
		}
	});

	it('gives warnings as data, which the command line words with the card id', () => {
		const p = plan('quizlet');
		expect(p.warnings).toContainEqual({
			cardId: 'adv-hindi',
			kind: 'converted',
			text: 'Quizlet has no multiple-choice question: written as question and answer'
		});
		const wide = p.warnings.filter((w) => w.cardId === undefined);
		expect(wide.map((w) => w.kind)).toEqual(['no-source']);
		expect(wide.map(warningLine)).toEqual([
			'Quizlet has no place for feedback: answers go out without their source.'
		]);
		expect(warningLine({ cardId: 'x', kind: 'left-out', text: 'no answer' })).toBe(
			'Card x left out: no answer.'
		);
		expect(warningLine({ cardId: 'x', kind: 'note', text: 'shortened' })).toBe(
			'Card x: shortened.'
		);
	});

	it('turns cloze and multiple choice into question and answer for Quizlet, saying so', () => {
		const p = plan('quizlet');
		expect(p.items.every((i) => i.type === 'qa')).toBe(true);
		const mcq = p.items.find((i) => i.card.id === 'adv-hindi')!;
		expect(mcq.status).toBe('converted');
		expect(mcq.answer).toBe('पुल');
		const cloze = p.items.find((i) => i.card.id === 'adv-chinese')!;
		expect(cloze.question).toBe('新_____于星期一在北京开通。');
		expect(cloze.answer).toBe('桥');
		expect(p.warnings.map(warningLine)).toContain(
			'Card adv-hindi converted: Quizlet has no multiple-choice question: written as question and answer.'
		);
	});

	it('gives every item the source feedback of its citations', () => {
		const card = deck.cards.find((c) => c.id === 'adv-two-sources')!;
		expect(sourceFeedback(card, deck.sources)).toBe(
			'Source: Plain second source — “The ferry runs every 20 minutes.”\n' +
				'Source: Council "notes" <b>& more</b> ~ = # { } : \\ / — 議事録 — “Temperatures fell to -12 degrees at the station on Tuesday.”'
		);
	});

	it('makes converted multiple choice deterministic: same choices on every plan', () => {
		const a = plan('gimkit').items.map((i) => i.choices);
		const b = plan('gimkit').items.map((i) => i.choices);
		expect(a).toEqual(b);
		for (const item of plan('gimkit').items) {
			expect(item.choices![item.correct!]).toBe(item.answer);
			expect(new Set(item.choices!.map((c) => c.toLowerCase())).size).toBe(item.choices!.length);
		}
	});
});
