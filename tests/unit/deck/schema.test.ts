import { describe, expect, it } from 'vitest';
import { parseDeck, parseDeckJson, stableId } from '../../../src/lib/deck';
import { isCheckedDeck } from '../../../src/lib/deck/schema';
import { makeCard, makeDeck, makeFullCard, makeSource, makeV1Deck } from '../../fixtures/deck';

describe('parseDeck', () => {
	it('accepts a valid deck', () => {
		const result = parseDeck(makeDeck());
		expect(result).toMatchObject({ ok: true });
	});

	it('rejects a citation whose quote is not the source slice', () => {
		const deck = makeDeck();
		deck.cards[0].citations[0].quote = 'Mayor Ana Ruiz cut a ribbon in Porto Alto.';
		const result = parseDeck(deck);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.join()).toMatch(/quote does not match/);
	});

	it('rejects a citation of an unknown source and out-of-range offsets', () => {
		const deck = makeDeck();
		deck.cards[0].citations.push({ source: 'nope', start: 0, end: 3, quote: 'The' });
		deck.cards[0].citations.push({ source: 'src-a', start: 5, end: 500, quote: 'x' });
		const result = parseDeck(deck);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.join('\n')).toMatch(/unknown source "nope"/);
			expect(result.errors.join('\n')).toMatch(/outside its source/);
		}
	});

	it('requires the answer exactly once among multiple-choice options', () => {
		const source = makeSource();
		const twice = makeCard(source, {
			type: 'mcq',
			choices: ['Ana Ruiz', 'Ana Ruiz', 'Ben Ode', 'Cy Ma']
		});
		const missing = makeCard(source, { id: 'c2', type: 'mcq', choices: ['Ben Ode', 'Cy Ma'] });
		const result = parseDeck(makeDeck({ sources: [source], cards: [twice, missing] }));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.filter((e) => /exactly once/.test(e))).toHaveLength(2);
	});

	it('is version 2, and any card may carry choices and a cloze', () => {
		const source = makeSource();
		const deck = makeDeck({ sources: [source], cards: [makeFullCard(source)] });
		expect(deck.version).toBe(2);
		expect(parseDeck(deck)).toMatchObject({ ok: true, deck: { cards: [{ type: 'qa' }] } });
	});

	it('checks choices and cloze on every card that has them, not only mcq and cloze cards', () => {
		const source = makeSource();
		const badChoices = makeFullCard(source, { choices: ['Ben Ode', 'Cy Ma', 'ben ode'] });
		const badCloze = makeFullCard(source, {
			id: 'c2',
			cloze: { text: 'Short.', blanks: [{ start: 2, end: 40 }] }
		});
		const clozeless = makeCard(source, { id: 'c3', type: 'cloze' });
		const result = parseDeck(
			makeDeck({ sources: [source], cards: [badChoices, badCloze, clozeless] })
		);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors).toEqual([
				'card card-1: the answer must be among the choices exactly once',
				'card card-1: choices repeat',
				'card c2: cloze blank outside its sentence',
				'card c3: cloze card without its sentence'
			]);
	});

	it('refuses repeated citations, choices and disagreement ids', () => {
		const source = makeSource();
		const card = makeFullCard(source);
		const twiceCited = makeFullCard(source, {
			id: 'c2',
			citations: [card.citations[0], { ...card.citations[0] }]
		});
		const twiceChosen = makeFullCard(source, {
			id: 'c3',
			choices: ['Ana Ruiz', 'Ben Ode', 'Ben Ode']
		});
		const variants = [
			{ value: 'a', citations: card.citations },
			{ value: 'b', citations: card.citations }
		];
		const conflict = { id: 'k1', subject: 'Who', variants };
		const result = parseDeck(
			makeDeck({
				sources: [source],
				cards: [card, twiceCited, twiceChosen],
				conflicts: [conflict, { ...conflict }]
			})
		);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors).toEqual([
				'card c2: cites the same passage twice',
				'card c3: choices repeat',
				'conflict k1: duplicate id'
			]);
		const cardTwice = makeFullCard(source, { conflicts: ['k1', 'k1'] });
		const again = parseDeck(
			makeDeck({ sources: [source], cards: [cardTwice], conflicts: [conflict] })
		);
		expect(again.ok).toBe(false);
		if (!again.ok) expect(again.errors).toEqual(['card card-1: lists disagreement k1 twice']);
	});

	it('reads a version 1 deck, checking it as version 1 first', () => {
		expect(parseDeck(makeV1Deck())).toMatchObject({ ok: true, deck: { version: 2 } });
		const broken = makeV1Deck();
		broken.cards[1].choices = ['Nobody', 'Else'];
		const result = parseDeck(broken);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.join()).toMatch(/card mcq-ribbon: the answer must be/);
		expect(parseDeck({ ...makeDeck(), version: 3 }).ok).toBe(false);
	});

	it('names the wrong field when the shape is bad, and never throws on bad JSON', () => {
		const result = parseDeck({ ...makeDeck(), cards: [{ id: 'x' }] });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]).toMatch(/^cards\.0\./);
		expect(parseDeckJson('{not json')).toMatchObject({ ok: false });
		expect(parseDeckJson('{"format":"other"}')).toMatchObject({ ok: false });
	});
});

describe('isCheckedDeck', () => {
	it('knows the decks parseDeck returned, and no copy or other object', () => {
		const data = makeDeck();
		const result = parseDeck(data);
		if (!result.ok) throw new Error('the test deck is valid');
		expect(isCheckedDeck(result.deck)).toBe(true);
		expect(isCheckedDeck(structuredClone(result.deck))).toBe(false);
		expect(isCheckedDeck({ ...result.deck })).toBe(false);
		for (const other of [makeDeck(), null, undefined, 'deck', 42])
			expect(isCheckedDeck(other)).toBe(false);
		const bad = makeDeck();
		bad.cards[0].citations[0].quote = 'changed';
		expect(parseDeck(bad).ok).toBe(false);
		expect(isCheckedDeck(bad)).toBe(false);
	});
});

describe('stableId', () => {
	it('is stable for the same parts and differs for different ones', () => {
		expect(stableId('card', 'a', 'b')).toBe(stableId('card', 'a', 'b'));
		expect(stableId('card', 'a', 'b')).not.toBe(stableId('card', 'ab'));
		expect(stableId('card', 'x')).toMatch(/^card-[0-9a-z]+$/);
	});
});
