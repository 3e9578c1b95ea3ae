/**
 * Adding articles to a deck: a deck generated from the old and the new sources together is merged
 * into the stored deck by the generator's card and fact ids, so cards keep their ids (and with them
 * their schedules and review history). Cards the student edited (`edited`) are never overwritten. Pure TypeScript.
 */
import type { Card, Citation, Conflict, Deck, Source } from './schema';

/** Whether a person changed this card (its text is theirs, not the generator's). */
export function isEdited(card: Card): boolean {
	return card.edited === true;
}

/** The card marked as edited (a copy; the card itself is left alone). */
export function markEdited(card: Card): Card {
	return isEdited(card) ? card : { ...card, edited: true };
}

/** A card with a new question and answer, marked edited; choices and cloze follow the answer or go. */
export function reviseCard({
	card,
	question,
	answer
}: {
	card: Card;
	question: string;
	answer: string;
}): Card {
	const next: Card = { ...card, question: question.trim(), answer: answer.trim() };
	if (next.answer !== card.answer) {
		delete next.accept;
		delete next.cloze;
		if (card.choices) {
			const choices = card.choices.map((c) => (c === card.answer ? next.answer : c));
			if (new Set(choices.map((c) => c.toLowerCase())).size === choices.length)
				next.choices = choices;
			else delete next.choices;
		}
	}
	// A cloze card whose sentence was rewritten is asked as a question.
	if (next.type !== 'qa' && (next.question !== card.question || !next.cloze)) next.type = 'qa';
	if (next.type === 'mcq' && !next.choices) next.type = 'qa';
	return markEdited(next);
}

/** Whether every citation quotes its source exactly (a regenerated text may differ from the stored one). */
function citesExactly(citations: Citation[], sources: Map<string, Source>): boolean {
	return citations.every((c) => {
		const text = sources.get(c.source)?.text;
		return text !== undefined && c.end <= text.length && text.slice(c.start, c.end) === c.quote;
	});
}

/** The stored card a generated card is the same fact as: same id first, then same fact id. */
export function matcher(existing: Card[]): (card: Card) => Card | undefined {
	const byId = new Map(existing.map((c) => [c.id, c]));
	const byFact = new Map<string, Card>();
	for (const c of existing) if (c.factId && !byFact.has(c.factId)) byFact.set(c.factId, c);
	return (card) => byId.get(card.id) ?? (card.factId ? byFact.get(card.factId) : undefined);
}

/**
 * The generated cards that are new to the deck: they cite at least one of the new sources and are no
 * fact the deck already has. (Cards citing only old sources and matching nothing are left out: the
 * student deleted them before, or an older generator did not make them.)
 */
export function newCards(o: {
	existing: Deck | null;
	generated: Deck;
	newSourceIds: string[];
}): Card[] {
	if (!o.existing) return o.generated.cards;
	const fresh = new Set(o.newSourceIds);
	const match = matcher(o.existing.cards);
	return o.generated.cards.filter(
		(card) => !match(card) && card.citations.some((c) => fresh.has(c.source))
	);
}

/**
 * The deck a review saves: the generated deck with the cards the student kept (edits in them). For a
 * stored deck, the generated cards it already has come along too, so they gain the new citations.
 */
export function reviewedDeck(o: {
	generated: Deck;
	existing: Deck | null;
	kept: Card[];
	title: string;
}): Deck {
	const { generated, existing, kept } = o;
	if (!existing) return { ...generated, title: o.title.trim() || generated.title, cards: kept };
	const match = matcher(existing.cards);
	const matched = generated.cards.filter((c) => match(c));
	return { ...generated, title: existing.title, cards: [...matched, ...kept] };
}

/** What merging did, for the message after saving. */
export interface AddSourcesResult {
	deck: Deck;
	/** New cards added. */
	added: number;
	/** Cards the deck had that now cite the new sources too (or read better). */
	updated: number;
	/** Edited cards kept as the student wrote them although the generator had a new version. */
	keptEdited: number;
}

/**
 * Merges a generated deck (the old and the new sources, reviewed: `cards` holds only the cards the
 * student kept) into the stored deck. Every stored card stays: one the generator made again takes the
 * new version under its old id, unless the student edited it; the new cards follow. Sources are the
 * stored ones, then the new ones; disagreements are the generator's fresh ones plus stored ones it
 * no longer reports. Title and id are the stored deck's.
 */
export function addSourcesToDeck(o: {
	existing: Deck;
	generated: Deck;
	/** The generated cards the student kept, edited or not (new cards and matched ones). */
	cards: Card[];
}): AddSourcesResult {
	const { existing, generated } = o;
	const sources = [...existing.sources];
	const known = new Set(sources.map((s) => s.id));
	for (const s of generated.sources) if (!known.has(s.id)) sources.push(s);
	const byId = new Map(sources.map((s) => [s.id, s]));

	const match = matcher(existing.cards);
	const replacement = new Map<string, Card>();
	const added: Card[] = [];
	let keptEdited = 0;
	for (const card of o.cards) {
		if (!citesExactly(card.citations, byId)) continue;
		const old = match(card);
		if (!old) added.push(card);
		else if (isEdited(old)) keptEdited++;
		else if (!replacement.has(old.id)) replacement.set(old.id, { ...card, id: old.id });
	}
	let updated = 0;
	const cards = existing.cards.map((old) => {
		const next = replacement.get(old.id);
		if (!next || JSON.stringify(next) === JSON.stringify(old)) return old;
		updated++;
		return next;
	});
	const ids = new Set(cards.map((c) => c.id));
	const fresh = added.filter((c) => !ids.has(c.id) && ids.add(c.id));
	cards.push(...fresh);

	const conflicts: Conflict[] = [];
	const conflictIds = new Set<string>();
	for (const c of [...generated.conflicts, ...existing.conflicts]) {
		if (conflictIds.has(c.id)) continue;
		if (!c.variants.every((v) => citesExactly(v.citations, byId))) continue;
		conflictIds.add(c.id);
		conflicts.push(c);
	}
	const withKnownConflicts = cards.map((card) =>
		card.conflicts && card.conflicts.some((id) => !conflictIds.has(id))
			? { ...card, conflicts: card.conflicts.filter((id) => conflictIds.has(id)) }
			: card
	);
	return {
		deck: { ...existing, sources, cards: withKnownConflicts, conflicts },
		added: fresh.length,
		updated,
		keptEdited
	};
}
