/**
 * Wrong choices for a card converted to multiple choice: only answers of the same type as its own
 * (a person for a person, a percentage for a percentage), so no "25%" is offered for "What position
 * does X hold?". Types come from the card's `kind` (folded into families) and the answer's shape.
 */
import type { Card } from '../deck/schema';
import { hashSeed, mulberry32, shuffled } from './random';
import { stripControlChars as clean } from './xml';

/** What an answer looks like: a percentage, an amount of money, a year, a date, another number, or words. */
export type AnswerShape = 'percent' | 'money' | 'year' | 'date' | 'number' | 'words';

const MONTHS =
	/\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** The shape of an answer's text. */
export function answerShape(text: string): AnswerShape {
	const t = text.trim();
	if (/%|\bper ?cent\b|\bpercent(age)? points?\b/i.test(t)) return 'percent';
	if (/[£$€¥₹]|\b(usd|eur|gbp|dollars?|pounds?|euros?|rupees?|yen)\b/i.test(t)) return 'money';
	if (/^(in )?(1[5-9]|20)\d\d$/i.test(t)) return 'year';
	if (MONTHS.test(t) && /\d/.test(t)) return 'date';
	if (
		/^(about |around |nearly |over |more than |almost )?[\d.,]+\s*\p{L}*$/iu.test(t) &&
		/\d/.test(t)
	)
		return 'number';
	if (/\d/.test(t) && MONTHS.test(t)) return 'date';
	return 'words';
}

/** Kinds that answer the same sort of question. */
const FAMILIES: Record<string, string> = {
	person: 'person',
	speaker: 'person',
	name: 'person',
	place: 'place',
	country: 'place',
	org: 'org',
	date: 'date',
	occasion: 'date'
};

/** A card's answer type: its kind's family (when known) and its answer's shape. */
export function answerType(card: Pick<Card, 'kind'>, answer: string): string {
	const kind = card.kind ? (FAMILIES[card.kind] ?? card.kind) : '?';
	return `${kind}|${answerShape(answer)}`;
}

/** Whether another card's answer can serve as a wrong choice: same shape, and same kind when both are known. */
function sameType(a: string, b: string): boolean {
	const [kindA, shapeA] = a.split('|');
	const [kindB, shapeB] = b.split('|');
	if (shapeA !== shapeB) return false;
	return kindA === '?' || kindB === '?' || kindA === kindB;
}

/** Up to `want` wrong choices of the card's answer type from other cards' answers, stable per card. */
export function pickDistractors({
	card,
	answer,
	pool,
	want
}: {
	card: Card;
	answer: string;
	pool: Card[];
	want: number;
}): string[] {
	const key = (s: string) => s.trim().toLowerCase();
	const taken = new Set([key(answer), ...(card.accept ?? []).map(key)]);
	const type = answerType(card, answer);
	const candidates = shuffled(
		pool.filter((c) => c.id !== card.id && (card.factId === undefined || c.factId !== card.factId)),
		mulberry32(hashSeed(`${card.id}:distractors`))
	);
	// Cards of the very same kind first, then those whose kind is unknown but whose answer looks alike.
	const ranked = [
		...candidates.filter((c) => card.kind && c.kind === card.kind),
		...candidates.filter((c) => !card.kind || c.kind !== card.kind)
	];
	const out: string[] = [];
	for (const c of ranked) {
		if (out.length >= want) break;
		const value = clean(c.answer).trim();
		if (!value || value.length > 200 || taken.has(key(value))) continue;
		if (!sameType(type, answerType(c, value))) continue;
		taken.add(key(value));
		out.push(value);
	}
	return out;
}
