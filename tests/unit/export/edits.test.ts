import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/lib/export/edits';
import { makeCard, makeFullCard, makeSource } from '../../fixtures/deck';

const source = makeSource();
const full = makeFullCard(source);
const plain = makeCard(source, { id: 'plain', question: 'Where?', answer: 'Porto Alto' });

describe("a teacher's edits for one export", () => {
	it('drops the dropped and leaves the others untouched', () => {
		const out = applyEdits({ cards: [full, plain], edits: {}, dropped: ['plain'] });
		expect(out).toEqual([full]);
	});

	it('puts a new answer among the choices in place of the old one and drops the cloze', () => {
		const [edited] = applyEdits({
			cards: [full],
			edits: { [full.id]: { question: 'Who opened it?', answer: 'Mayor Ana Ruiz' } },
			dropped: []
		});
		expect(edited.question).toBe('Who opened it?');
		expect(edited.answer).toBe('Mayor Ana Ruiz');
		expect(edited.choices).toContain('Mayor Ana Ruiz');
		expect(edited.choices).not.toContain(full.answer);
		expect(edited.choices).toHaveLength(full.choices!.length);
		expect(edited.cloze).toBeUndefined();
		expect(edited.accept).toBeUndefined();
		// The stored card is not changed.
		expect(full.answer).toBe('Ana Ruiz');
	});

	it('keeps the old wording for an emptied field', () => {
		const [edited] = applyEdits({
			cards: [plain],
			edits: { plain: { question: '  ', answer: 'Porto' } },
			dropped: []
		});
		expect(edited).toMatchObject({ question: 'Where?', answer: 'Porto' });
	});
});
