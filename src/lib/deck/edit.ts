/**
 * A card edited by hand: the new wording checked with the rules every deck keeps, in words a student
 * understands, and the card marked `edited` (its id, citations, tags and history stay). Plain checks,
 * no zod, so the card page stays small.
 */
import { stableId } from './ids';
import type { Card, Cloze } from './schema';

/** What the edit form changes; `choices` and `cloze` set to null remove that form. */
export interface CardChanges {
	question: string;
	answer: string;
	choices?: string[] | null;
	/** The cloze sentence with each gap in double brackets: "Paris is the capital of [[France]]." */
	cloze?: string | null;
}

const GAP = /\[\[([^[\]]+)\]\]/g;

/** A cloze as editable text: each hidden range in double brackets. */
export function clozeToMarked(cloze: Cloze): string {
	let out = '';
	let last = 0;
	for (const b of [...cloze.blanks].sort((x, y) => x.start - y.start)) {
		out += `${cloze.text.slice(last, b.start)}[[${cloze.text.slice(b.start, b.end)}]]`;
		last = b.end;
	}
	return out + cloze.text.slice(last);
}

/** Editable cloze text back to a sentence and its gaps (null when it has no gap). */
export function markedToCloze(marked: string): Cloze | null {
	let text = '';
	let last = 0;
	const blanks: Cloze['blanks'] = [];
	for (const m of marked.matchAll(GAP)) {
		text += marked.slice(last, m.index);
		blanks.push({ start: text.length, end: text.length + m[1].length });
		text += m[1];
		last = m.index + m[0].length;
	}
	text += marked.slice(last);
	return blanks.length && text.trim() ? { text, blanks } : null;
}

/** The edited card, or what is wrong with the changes (nothing is changed then). */
export function editCard(o: {
	card: Card;
	changes: CardChanges;
}): { ok: true; card: Card } | { ok: false; problems: string[] } {
	const { card, changes } = o;
	const problems: string[] = [];
	const question = changes.question.trim();
	const answer = changes.answer.trim();
	if (!question) problems.push('The question cannot be empty.');
	if (!answer) problems.push('The answer cannot be empty.');
	const next: Card = { ...card, question, answer, edited: true };
	if (changes.choices === null) delete next.choices;
	else if (changes.choices) {
		const choices = changes.choices.map((c) => c.trim()).filter(Boolean);
		if (choices.length < 2 || choices.length > 8)
			problems.push('Give between 2 and 8 choices, or none.');
		if (choices.filter((c) => c === answer).length !== 1)
			problems.push('The answer must be one of the choices, exactly as written.');
		if (new Set(choices.map((c) => c.toLowerCase())).size !== choices.length)
			problems.push('Two choices say the same thing.');
		next.choices = choices;
	}
	if (changes.cloze === null || (changes.cloze !== undefined && !changes.cloze.trim())) {
		if (card.type === 'cloze') problems.push('A fill-in-the-gap card needs its sentence.');
		delete next.cloze;
	} else if (changes.cloze !== undefined) {
		const cloze = markedToCloze(changes.cloze.trim());
		if (!cloze) problems.push('Mark the gap in the sentence with double brackets: [[answer]].');
		else next.cloze = cloze;
	}
	if (card.type === 'mcq' && !next.choices) next.type = 'qa';
	return problems.length ? { ok: false, problems } : { ok: true, card: next };
}

/** A card written by hand citing `[start, end)` of a source: checked like an edit, marked edited. */
export function handCard(o: {
	source: { id: string; text: string };
	start: number;
	end: number;
	question: string;
	answer: string;
}): { ok: true; card: Card } | { ok: false; problems: string[] } {
	let { start, end } = o;
	const text = o.source.text;
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	const problems: string[] = [];
	if (start >= end || start < 0 || end > text.length)
		problems.push('Select the sentence (or part of it) the card is about.');
	const question = o.question.trim();
	const answer = o.answer.trim();
	if (!question) problems.push('The question cannot be empty.');
	if (!answer) problems.push('The answer cannot be empty.');
	if (problems.length) return { ok: false, problems };
	const card: Card = {
		id: stableId('hand', o.source.id, String(start), String(end), question),
		type: 'qa',
		question,
		answer,
		citations: [{ source: o.source.id, start, end, quote: text.slice(start, end) }],
		tags: ['by hand'],
		edited: true
	};
	return { ok: true, card };
}
