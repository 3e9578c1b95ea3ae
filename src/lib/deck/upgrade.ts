/**
 * Deck format 1 → 2: one card per question, carrying every way to ask it. Version 1 made up to three
 * sibling cards per question (qa, mcq, cloze, sharing `factId`); version 2 keeps the question card (its
 * id, so its review history stays) and folds the siblings' choices and cloze into it.
 * Written once and used wherever a deck enters: parseDeck, backup restore, the database upgrade.
 */
import type { Card, Citation, Deck, DeckV1 } from './schema';

/** The folded cards, and for each card folded away the id of the card it went into. */
export interface Folded {
	cards: Card[];
	/** Dropped card id → id of the card that now carries it. */
	into: Map<string, string>;
}

/** Answers compare without case, punctuation, spacing or articles ("the U.S." = "us"). */
const norm = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.split(' ')
		.filter((w) => w && !ARTICLES.has(w))
		.join(' ');
const ARTICLES = new Set(['the', 'a', 'an']);

/** Whether a cloze's hidden words are the answer, or part of it ("Okafor" of "Ada Okafor"). */
function hides(cloze: Card, answer: string, exact: boolean): boolean {
	const want = norm(answer);
	return [cloze.answer, hidden(cloze)].some((a) => {
		const got = norm(a);
		if (!got) return false;
		if (exact) return got === want;
		const words = new Set(want.split(' '));
		return got.split(' ').every((w) => words.has(w));
	});
}

/** The text a cloze hides (its blanks, in order). */
const hidden = (card: Card) =>
	card.cloze ? card.cloze.blanks.map((b) => card.cloze!.text.slice(b.start, b.end)).join(' ') : '';

const union = <T>(a: T[] | undefined, b: T[] | undefined, key: (x: T) => string = String) => {
	const out = [...(a ?? [])];
	const seen = new Set(out.map(key));
	for (const x of b ?? []) {
		if (seen.has(key(x))) continue;
		seen.add(key(x));
		out.push(x);
	}
	return out;
};
const citationKey = (c: Citation) => `${c.source}:${c.start}:${c.end}`;

/** The mcq sibling's choices with its answer spelled as the kept card spells it, or null if unsound. */
function choicesFor(kept: Card, mcq: Card): string[] | null {
	if (!mcq.choices) return null;
	const choices = mcq.choices.map((c) => (c === mcq.answer ? kept.answer : c));
	const sound =
		choices.filter((c) => c === kept.answer).length === 1 &&
		new Set(choices.map((c) => c.toLowerCase())).size === choices.length;
	return sound ? choices : null;
}

/** Folds `from` (a sibling) into `kept`: its choices or cloze, accepted answers, citations, tags. */
function absorb(kept: Card, from: Card): Card {
	const out: Card = { ...kept };
	if (from.choices && !out.choices) {
		const choices = choicesFor(kept, from);
		if (choices) out.choices = choices;
	}
	if (from.cloze && !out.cloze) out.cloze = from.cloze;
	const accept = union(kept.accept, from.accept).filter((a) => norm(a) !== norm(kept.answer));
	if (accept.length) out.accept = accept;
	out.citations = union(kept.citations, from.citations, citationKey);
	out.tags = union(kept.tags, from.tags);
	const conflicts = union(kept.conflicts, from.conflicts);
	if (conflicts.length) out.conflicts = conflicts;
	if (from.support !== undefined) out.support = Math.max(kept.support ?? 0, from.support);
	return out;
}

/**
 * Folds version 1 siblings into one card per question. Within a group (cards sharing a factId; see
 * `groupOf`), each 'qa' card is kept; an 'mcq' card gives its choices to the kept card with the same
 * answer, a 'cloze' card its sentence to the kept card whose answer its blank hides (all of it, else a
 * part: "Okafor" of "Ada Okafor"). A sibling with no such card is kept itself: an mcq as type 'qa'
 * with its choices, a cloze as it is. Cards without a group stand alone (a lone mcq becomes 'qa' with
 * choices). Cards stay in deck order.
 */
export function foldSiblings(
	cards: Card[],
	o: { groupOf?: (card: Card) => string | undefined } = {}
): Folded {
	const groupOf = o.groupOf ?? ((c: Card) => c.factId);
	const asQa = (c: Card): Card => (c.type === 'mcq' ? { ...c, type: 'qa' } : c);
	const kept = new Map<string, Card>(); // id → folded card, for every card kept
	const into = new Map<string, string>();
	const groups = new Map<string, Card[]>();
	for (const card of cards) {
		const g = groupOf(card);
		if (g === undefined) kept.set(card.id, asQa(card));
		else if (groups.has(g)) groups.get(g)!.push(card);
		else groups.set(g, [card]);
	}
	for (const members of groups.values()) {
		const heads = members.filter((c) => c.type === 'qa');
		heads.forEach((c) => kept.set(c.id, c));
		const attach = (sibling: Card, matches: (head: Card) => boolean) => {
			const head = heads.find((h) => matches(kept.get(h.id)!));
			if (!head) {
				heads.push(sibling);
				kept.set(sibling.id, asQa(sibling));
				return;
			}
			kept.set(head.id, absorb(kept.get(head.id)!, sibling));
			into.set(sibling.id, head.id);
		};
		for (const mcq of members.filter((c) => c.type === 'mcq'))
			attach(mcq, (h) => !h.choices && norm(h.answer) === norm(mcq.answer) && !!choicesFor(h, mcq));
		for (const cloze of members.filter((c) => c.type === 'cloze')) {
			const open = (h: Card) => h.type !== 'cloze' && !h.cloze;
			const exact = heads.some((h) => open(kept.get(h.id)!) && hides(cloze, h.answer, true));
			attach(cloze, (h) => open(h) && hides(cloze, h.answer, exact));
		}
	}
	return { cards: cards.flatMap((c) => kept.get(c.id) ?? []), into };
}

/** Converts a version 1 deck to version 2 (a pure function: the input is not changed). */
export function upgradeDeck(deck: DeckV1): Deck {
	return { ...deck, version: 2, cards: foldSiblings(deck.cards).cards };
}
