/**
 * Which disagreements concern a card. The generator ties a disagreement to the card of its own fact; the
 * same disputed words can be asked by other cards too ("Who is the US Secretary of War?" when a source says
 * "Defense Secretary"; a quotation worded two ways, asked as "Who said …?"). Each of those shows it.
 */
import { normalizeAnswer } from './normalize';
import type { Card, Citation, Conflict } from './schema';

/** The named thing a disagreement is about: "Title of Jane Doe" → "Jane Doe". */
function subjectName(subject: string): string | null {
	const m = subject.match(/\bof\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*$/u);
	return m ? m[1] : null;
}

const padded = (text: string) => ` ${normalizeAnswer(text)} `;
const contains = (text: string, phrase: string) => {
	const p = normalizeAnswer(phrase);
	return p.length > 0 && text.includes(` ${p} `);
};
const overlaps = (a: Citation, b: Citation) =>
	a.source === b.source && a.start < b.end && b.start < a.end;
/** Words of four letters or more: what a reworded quotation keeps. */
const longWords = (text: string) =>
	normalizeAnswer(text)
		.split(' ')
		.filter((w) => w.length >= 4);

/** Whether one disagreement concerns a card (its own, or one its question or answer asks about). */
export function concernsCard({ card, conflict }: { card: Card; conflict: Conflict }): boolean {
	if (card.conflicts?.includes(conflict.id)) return true;
	const name = subjectName(conflict.subject);
	// What the card asks and answers; a cloze card's sentence only when it is asked as one (a sentence
	// that names a disputed title while asking for a place does not ask about the title).
	const asked = card.type === 'cloze' && !name ? (card.cloze?.text ?? '') : '';
	const text = padded([card.question, card.answer, asked].join(' . '));
	if (name) {
		const surname = name.split(/\s+/).at(-1) as string;
		if (!contains(text, name) && !contains(text, surname)) return false;
		// The question or answer uses one of the disputed values (a title, a figure).
		return conflict.variants.some((v) => contains(text, v.value));
	}
	// A disagreement about wording: the card asks about the sentence, in most of its words.
	const words = new Set(text.trim().split(' '));
	return conflict.variants.some((v) => {
		const own = longWords(v.value);
		if (own.length < 3) return contains(text, v.value);
		const share = own.filter((w) => words.has(w)).length / own.length;
		const cited = v.citations.some((vc) => card.citations.some((cc) => overlaps(cc, vc)));
		return share >= 0.8 || (cited && share >= 0.6);
	});
}

/** The disagreements of a deck that concern a card, in deck order. */
export function conflictsOfCard({
	card,
	conflicts
}: {
	card: Card;
	conflicts: Conflict[];
}): Conflict[] {
	return conflicts.filter((conflict) => concernsCard({ card, conflict }));
}
