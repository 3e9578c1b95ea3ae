import { cardForms, FORM_WORDS, type CardForm } from '../deck/forms';
import type { Card, CardType, Cloze, Source } from '../deck/schema';
import { pickDistractors } from './distractors';
import { hashSeed, mulberry32, shuffled } from './random';
import { stripControlChars as clean } from './xml';

/** One part of a cloze sentence: plain text, or a blank with the words it hides. */
export type ClozePart = { text: string } | { blank: string };

/** A card as one format will write it: possibly converted to another question type. */
export interface ExportItem {
	card: Card;
	/** The question type written out (may differ from card.type when converted). */
	type: CardType;
	question: string;
	answer: string;
	/** Other answers a typed response may match (never includes `answer`). */
	accept: string[];
	/** The card's tags, cleaned like every other text field (see cleanCard). */
	tags: string[];
	/** Multiple choice: the options, the answer at `correct`. */
	choices?: string[];
	correct?: number;
	/** Cloze: the sentence split into text and blanks (at least one blank). */
	parts?: ClozePart[];
	/** "Source: <title> — “<quote>”" for each citation, one per line. */
	feedback: string;
	status: 'kept' | 'converted';
	/** Why and how it was converted. */
	note?: string;
	/** The card's other forms this item does not carry (the format writes each card once). */
	leftOut?: CardForm[];
}

export interface OmittedCard {
	card: Card;
	reason: string;
}

/** How a format treats the card types it cannot hold natively. */
export interface FormatShape {
	label: string;
	/** Types written as they are. */
	supports: CardType[];
	/** What other types become: multiple choice, question/answer, or left out. */
	convert: 'mcq' | 'qa' | null;
	/** Most blanks one cloze question can have; more are reduced to the first blank. */
	maxBlanks?: number;
	/** Most choices a question can have; extra distractors are dropped. */
	maxChoices?: number;
	/**
	 * Which of a card's forms is written: its primary form (type; default), its choices first when it
	 * has them (quiz formats), or all of them in one row (csv, json).
	 */
	ask?: 'primary' | 'choices' | 'all';
}

/** Source feedback for a card: "Source: <title> — “<quote>”", one line per citation. */
export function sourceFeedback(card: Card, sources: Map<string, Source> | Source[]): string {
	const byId = Array.isArray(sources) ? new Map(sources.map((s) => [s.id, s])) : sources;
	return card.citations
		.map((c) => {
			const title =
				clean(byId.get(c.source)?.title ?? '')
					.replace(/\s+/g, ' ')
					.trim() || c.source;
			return `Source: ${title} — “${clean(c.quote).replace(/\s+/g, ' ').trim()}”`;
		})
		.join('\n');
}

/** Splits a cloze sentence into text and blanks (blanks sorted, overlaps dropped). */
export function clozeParts(cloze: Cloze): ClozePart[] {
	const parts: ClozePart[] = [];
	let at = 0;
	const blanks = cloze.blanks.slice().sort((a, b) => a.start - b.start);
	for (const b of blanks) {
		if (b.start < at || b.end <= b.start) continue;
		if (b.start > at) parts.push({ text: clean(cloze.text.slice(at, b.start)) });
		parts.push({ blank: clean(cloze.text.slice(b.start, b.end)) });
		at = b.end;
	}
	if (at < cloze.text.length) parts.push({ text: clean(cloze.text.slice(at)) });
	return parts;
}

/** The blanks of cloze parts, in order. */
export function blanksOf(parts: ClozePart[]): string[] {
	return parts.flatMap((p) => ('blank' in p ? [p.blank] : []));
}

/** Renders cloze parts as plain text with each blank shown as the given mark. */
export function blankedText(parts: ClozePart[], mark = '_____'): string {
	return parts.map((p) => ('blank' in p ? mark : p.text)).join('');
}

/** Keeps only the first blank hidden, revealing the others, for formats with one blank per question. */
export function firstBlankOnly(parts: ClozePart[]): ClozePart[] {
	let seen = false;
	const out: ClozePart[] = [];
	for (const p of parts) {
		if ('blank' in p && !seen) {
			seen = true;
			out.push(p);
		} else {
			const text = 'blank' in p ? p.blank : p.text;
			const last = out[out.length - 1];
			if (last && 'text' in last) last.text += text;
			else out.push({ text });
		}
	}
	return out;
}

function uniqueAccept(answer: string, accept: string[] | undefined): string[] {
	const seen = new Set([answer.trim().toLowerCase()]);
	const out: string[] = [];
	for (const a of accept ?? []) {
		const key = a.trim().toLowerCase();
		if (!key || seen.has(key)) continue;
		seen.add(key);
		out.push(a.trim());
	}
	return out;
}

/** Converts one card to the item a format writes, or says why it is left out. */
export function toItem(
	card: Card,
	shape: FormatShape,
	context: { sources: Map<string, Source>; pool: Card[] }
): ExportItem | OmittedCard {
	const original = card;
	card = cleanCard(card);
	const result = convert(card, shape, context);
	if ('reason' in result) return { ...result, card: original };
	// Text made only of characters no file can hold (controls, lone surrogates) is gone once cleaned:
	// an empty question or answer would break the file (a GIFT question with no stem does not parse).
	if (!result.question.trim() && !result.parts)
		return { card: original, reason: 'its question has no text a file can hold' };
	if (!result.answer.trim())
		return { card: original, reason: 'its answer has no text a file can hold' };
	const item: ExportItem = { ...result, card: original };
	if (shape.ask === 'all') {
		if (card.choices && !item.choices)
			Object.assign(item, { choices: card.choices, correct: card.choices.indexOf(card.answer) });
		if (card.cloze && !item.parts) item.parts = clozeParts(card.cloze);
		return item;
	}
	// The primary form is written, or its conversion has its own note.
	const leftOut = cardForms(card).filter((f) => f !== card.type && !carries(item, card, f));
	if (leftOut.length) item.leftOut = leftOut;
	return item;
}

/** Whether an item asks a card's form: multiple choice asks the question (or the cloze it blanks). */
function carries(item: ExportItem, card: Card, form: CardForm): boolean {
	if (form === item.type) return true;
	if (form === 'qa') return item.type === 'mcq';
	if (form === 'cloze') return card.type === 'cloze'; // asked by its blanked sentence
	return false;
}

/** "the multiple-choice form of 3 cards and the cloze form of 1 card", or null when nothing. */
export function leftOutWords(items: ExportItem[]): string | null {
	const counts = new Map<CardForm, number>();
	for (const item of items)
		for (const f of item.leftOut ?? []) counts.set(f, (counts.get(f) ?? 0) + 1);
	const parts = (['mcq', 'cloze', 'qa'] as const)
		.filter((f) => counts.has(f))
		.map((f) => {
			const n = counts.get(f)!;
			return `the ${FORM_WORDS[f]} form of ${n} card${n === 1 ? '' : 's'}`;
		});
	return parts.length ? parts.join(' and ') : null;
}

/**
 * Drops characters no format should carry from every text field a writer takes from the card: C0/C1
 * controls other than tab and line breaks, and lone surrogates (which have no UTF-8 form: sql.js writes
 * them as invalid bytes into an .apkg, and Anki then rejects the whole file). One function for all of
 * them, tags included; the cloze sentence is cleaned part by part in clozeParts (its offsets stay right).
 */
function cleanCard(card: Card): Card {
	const answer = clean(card.answer);
	const { choices, ...rest } = card;
	const kept = choices && cleanChoices(choices, answer);
	return {
		...rest,
		question: clean(card.question),
		answer,
		tags: card.tags.map(clean).filter((t) => t.trim()),
		...(kept ? { choices: kept } : {}),
		...(card.accept ? { accept: card.accept.map(clean).filter((a) => a.trim()) } : {})
	};
}

/**
 * The choices cleaned: those left empty dropped, those made equal merged. Undefined (the card is not
 * asked as multiple choice) when the answer is not among them or no wrong choice is left.
 */
function cleanChoices(choices: string[], answer: string): string[] | undefined {
	const out: string[] = [];
	for (const c of choices.map(clean)) if (c.trim() && !out.includes(c)) out.push(c);
	return out.includes(answer) && out.length >= 2 ? out : undefined;
}

function convert(
	card: Card,
	shape: FormatShape,
	context: { sources: Map<string, Source>; pool: Card[] }
): ExportItem | OmittedCard {
	const feedback = sourceFeedback(card, context.sources);
	const base = {
		card,
		question: card.question,
		answer: card.answer,
		accept: uniqueAccept(card.answer, card.accept),
		tags: card.tags,
		feedback
	};
	const native = shape.supports.includes(card.type);
	// The card's own choices, when it is multiple choice, or when a quiz format asks them first.
	const ownChoices =
		card.choices &&
		shape.supports.includes('mcq') &&
		(card.type === 'mcq' || shape.ask === 'choices' || !native);
	if (ownChoices && card.choices) {
		const parts = card.type === 'cloze' && card.cloze ? clozeParts(card.cloze) : null;
		const question = parts && blanksOf(parts).length === 1 ? blankedText(parts) : base.question;
		return fitChoices(
			{ ...base, question, accept: [], type: 'mcq', status: 'kept' },
			card.choices,
			card.answer,
			shape
		);
	}
	if (native && card.type === 'cloze' && card.cloze) {
		let parts = clozeParts(card.cloze);
		const blanks = blanksOf(parts);
		if (blanks.length === 0) return { card, reason: 'its cloze sentence has no usable blank' };
		const max = shape.maxBlanks ?? Infinity;
		if (blanks.length > max) {
			parts = firstBlankOnly(parts);
			return {
				...base,
				type: 'cloze',
				parts,
				answer: blanks[0],
				accept: [],
				status: 'converted',
				note: `${shape.label} holds one blank per question: only the first of ${blanks.length} blanks is asked`
			};
		}
		const single = blanks.length === 1;
		return {
			...base,
			type: 'cloze',
			parts,
			answer: single ? blanks[0] : card.answer,
			accept: single ? uniqueAccept(blanks[0], [card.answer, ...(card.accept ?? [])]) : [],
			status: 'kept'
		};
	}
	if (native && card.type === 'qa') return { ...base, type: 'qa', status: 'kept' };

	const what =
		card.type === 'mcq' ? 'multiple-choice' : card.type === 'cloze' ? 'cloze' : 'question/answer';
	if (shape.convert === 'qa') {
		if (card.type === 'cloze' && card.cloze) {
			const parts = firstBlankOnly(clozeParts(card.cloze));
			const blank = blanksOf(parts)[0];
			if (blank === undefined) return { card, reason: 'its cloze sentence has no usable blank' };
			return {
				...base,
				type: 'qa',
				question: blankedText(parts),
				answer: blank,
				accept: uniqueAccept(blank, card.accept),
				status: 'converted',
				note: `${shape.label} has no cloze: asked as a question with the blank in it`
			};
		}
		return {
			...base,
			type: 'qa',
			status: 'converted',
			note: `${shape.label} has no ${what} question: written as question and answer`
		};
	}
	if (shape.convert === 'mcq') {
		const question =
			card.type === 'cloze' && card.cloze
				? blankedText(firstBlankOnly(clozeParts(card.cloze)))
				: card.question;
		const answer =
			card.type === 'cloze' && card.cloze
				? (blanksOf(firstBlankOnly(clozeParts(card.cloze)))[0] ?? card.answer)
				: card.answer;
		const want = (shape.maxChoices ?? 4) - 1;
		const distractors = pickDistractors({ card, answer, pool: context.pool, want });
		if (distractors.length < Math.min(3, want))
			return {
				card,
				reason: `${shape.label} needs multiple choice and the set has no ${Math.min(3, want)} other answers of the same type as “${shorten(answer)}” to serve as wrong choices`
			};
		const choices = shuffled([answer, ...distractors], mulberry32(hashSeed(card.id)));
		return {
			...base,
			type: 'mcq',
			question,
			answer,
			accept: [],
			choices,
			correct: choices.indexOf(answer),
			status: 'converted',
			note: `${shape.label} takes multiple choice only: the ${what} card became a multiple-choice question with wrong choices from other answers`
		};
	}
	return { card, reason: `${shape.label} cannot hold a ${what} card` };
}

/** Trims choices to a format's maximum, always keeping the right answer. */
function fitChoices(
	item: Omit<ExportItem, 'choices' | 'correct'>,
	choices: string[],
	answer: string,
	shape: FormatShape
): ExportItem {
	const max = shape.maxChoices ?? Infinity;
	if (choices.length <= max)
		return { ...item, choices: choices.slice(), correct: choices.indexOf(answer) };
	const wrong = choices.filter((c) => c !== answer).slice(0, max - 1);
	const keep = choices.filter((c) => c === answer || wrong.includes(c));
	return {
		...item,
		choices: keep,
		correct: keep.indexOf(answer),
		status: 'converted',
		note: `${shape.label} holds at most ${max} choices: ${choices.length - keep.length} wrong choice(s) dropped`
	};
}

/** The start of a long answer, enough to recognise it in a warning. */
function shorten(text: string, max = 40): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
