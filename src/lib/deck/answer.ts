/**
 * The one answer normaliser: when is a typed answer the card's answer? Case, punctuation, diacritics,
 * British and American spelling, number and unit spellings ("50 per cent" = "50%", "$20bn" = "20 billion
 * dollars", "10-year" = "10 years"), dotted abbreviations and common short forms ("PM" = "Prime
 * Minister"), list answers in any order ("US and India" = "India and the US"), a person's surname or any
 * name the sources use for them alone, the card's `accept` variants and its highlighted evidence; and one
 * small typo in a longer answer without digits. Numbers are never forgiven: "26%" is not "25%".
 * The spellings are reduced by `normalize.ts`; this module is the matcher the study page loads with
 * its first typed answer.
 */
import { normalizeAnswer } from './normalize';
import type { Card } from './schema';

export { normalizeAnswer };

/** How a typed answer compares: right, nearly right (a typo), or wrong; with the rating to propose. */
export interface AnswerMatch {
	verdict: 'correct' | 'close' | 'wrong';
	/** 1 Again, 3 Good, 2 Hard for a near miss. */
	suggestedRating: 1 | 2 | 3;
	/** The accepted answer the typed text matched most closely. */
	matched: string;
}

/** What a typed answer is compared with. */
export interface AnswerTarget {
	answer: string;
	/** Other accepted answers (aliases, abbreviations). */
	accept?: string[];
	/** The card's kind ('person', 'date', 'acronym', …): names, dates and acronyms compare their own way. */
	kind?: string;
	/** The highlighted words of the evidence, each an accepted answer. */
	highlights?: string[];
	/** The cited sentences, where the names a source uses for a person are looked up. */
	quotes?: string[];
}

const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The parts of a list answer ("India and the US", "A, B and C"), each normalised. */
function listItems(text: string, expand: boolean): string[] {
	const noThousands = text.replace(/(\d),(?=\d{3}\b)/g, '$1');
	return noThousands
		.split(/\s*(?:,|;|&|\+|\band\b|\bplus\b)\s*/i)
		.map((part) => normalizeAnswer(part, { expand }))
		.filter(Boolean);
}

/** Edit distance (a swap of two neighbouring letters is one edit), stopping once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				row[j] = Math.min(row[j], before[j - 2] + 1);
			best = Math.min(best, row[j]);
		}
		if (best > limit) return limit + 1;
		before = prev;
		prev = row;
	}
	return prev[b.length];
}

/** One small typo: none in a short answer or one with digits, one in five letters, two in twelve. */
function nearlySame(given: string, target: string): boolean {
	if (/\d/.test(target) || target.length < 5) return false;
	const limit = target.length >= 12 ? 2 : 1;
	return distance(given, target, limit) <= limit;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names a person goes by: the full name, the surname, and any shorter run of the name's words that
 * a cited sentence uses alone ("Pete" in "…, Pete said"). Never a word of someone else's name.
 */
export function personNames({ name, quotes = [] }: { name: string; quotes?: string[] }): string[] {
	const words = name.trim().split(/\s+/);
	const forms = new Set([name]);
	if (words.length > 1) forms.add(words[words.length - 1]);
	for (let from = 0; from < words.length; from++)
		for (let to = from + 1; to <= words.length; to++) {
			if (to - from === words.length) continue;
			const part = words.slice(from, to).join(' ');
			const before = words[from - 1];
			const after = words[to];
			const alone = new RegExp(
				`(?<!${before ? `${escape(before)}\\s+` : '\\p{L}'})\\b${escape(part)}\\b(?!\\s+${after ? escape(after) : '\\p{Lu}'})`,
				'u'
			);
			if (quotes.some((q) => alone.test(q))) forms.add(part);
		}
	return [...forms];
}

type Level = 'correct' | 'close' | null;

/** Compares one typed item with one expected item. */
function itemLevel(given: string, item: string, names: Map<string, string[]>): Level {
	if (given === item) return 'correct';
	const forms = names.get(item);
	if (forms?.includes(given)) return 'correct';
	if (nearlySame(given, item) || forms?.some((f) => nearlySame(given, f))) return 'close';
	return null;
}

/** Pairs typed items with expected ones in any order: correct, close (one typo in all) or no match. */
function listLevel(given: string[], expected: string[], names: Map<string, string[]>): Level {
	if (given.length !== expected.length || !given.length) return null;
	const left = [...expected];
	let close = 0;
	for (const g of given) {
		let at = left.findIndex((e) => itemLevel(g, e, names) === 'correct');
		if (at < 0) {
			at = left.findIndex((e) => itemLevel(g, e, names) === 'close');
			if (at < 0) return null;
			close++;
		}
		left.splice(at, 1);
	}
	return close === 0 ? 'correct' : close === 1 ? 'close' : null;
}

/** A date's words in any order, without its weekday: "31 October 2025" = "Friday, October 31, 2025". */
const dateBag = (text: string) =>
	normalizeAnswer(text)
		.split(' ')
		.filter((w) => !WEEKDAYS.test(w) && w !== 'on' && w !== 'of')
		.sort()
		.join(' ');

/** The initials of a name: every word's, and its capitalised words' ("Bank of England": "BOE", "BE"). */
function initials(name: string): string[] {
	const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
	if (words.length < 2) return [];
	const all = words.map((w) => w[0]).join('');
	const capitals = words
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0])
		.join('');
	return [...new Set([all, capitals])].filter((i) => i.length >= 2).map((i) => i.toUpperCase());
}

/**
 * One is the other's abbreviation, as the sources write it: "CEPA" for "Comprehensive Economic Partnership
 * Agreement" when a cited sentence uses "CEPA" (and the long form, when that is what was typed).
 */
function abbreviates(short: string, long: string, quotes: string[]): boolean {
	const letters = short.replace(/[^\p{L}]/gu, '').toUpperCase();
	if (letters.length < 2 || /\s/.test(short.trim()) || !initials(long).includes(letters))
		return false;
	const plain = quotes.map((q) => q.replace(/\./g, ''));
	return plain.some((q) => new RegExp(`\\b${letters}\\b`).test(q));
}

/** Whether the card asks for a person (names compare by surname and the names the sources use). */
const isPerson = (kind?: string) => kind === 'person' || kind === 'speaker';

/** Compares what the user typed with the answer, its accepted variants and its highlighted evidence. */
export function matchAnswer({
	typed,
	answer,
	accept = [],
	kind,
	highlights = [],
	quotes = []
}: AnswerTarget & { typed: string }): AnswerMatch {
	const wrong: AnswerMatch = { verdict: 'wrong', suggestedRating: 1, matched: answer };
	// On an acronym card the short form is the question, not the answer.
	const expand = kind !== 'acronym';
	const given = listItems(typed, expand);
	if (!given.length) return wrong;
	const candidates = [...new Set([answer, ...accept, ...highlights].filter((c) => c.trim()))];
	let close: string | null = null;
	for (const candidate of candidates) {
		// An abbreviation the sources use, either way round (not on acronym cards, which ask for it).
		if (
			expand &&
			(abbreviates(typed, candidate, quotes) ||
				(abbreviates(candidate, typed, quotes) &&
					quotes.some((q) => normalizeAnswer(q).includes(normalizeAnswer(typed)))))
		)
			return { verdict: 'correct', suggestedRating: 3, matched: candidate };
		const raw = candidate.split(/\s*(?:,|;|&|\+|\band\b|\bplus\b)\s*/i).filter((p) => p.trim());
		const expected = raw.map((part) => normalizeAnswer(part, { expand }));
		const names = new Map<string, string[]>();
		if (isPerson(kind))
			raw.forEach((part, i) =>
				names.set(
					expected[i],
					personNames({ name: part.trim(), quotes }).map((n) => normalizeAnswer(n, { expand }))
				)
			);
		let level = listLevel(given, expected, names);
		// A list answer typed as one string with a typo in its joining words.
		if (!level && nearlySame(given.join(' '), expected.join(' '))) level = 'close';
		if (!level && kind === 'date' && dateBag(typed) === dateBag(candidate)) level = 'correct';
		if (level === 'correct') return { verdict: 'correct', suggestedRating: 3, matched: candidate };
		if (level === 'close') close ??= candidate;
	}
	if (close !== null) return { verdict: 'close', suggestedRating: 2, matched: close };
	return wrong;
}

/** A card's answer with everything a typed answer may match: accept, kind, highlights, quotes. */
export function answerTarget({ card }: { card: Card }): AnswerTarget {
	const highlights = card.citations
		.filter((c) => c.highlight)
		.map((c) => c.quote.slice(c.highlight!.start - c.start, c.highlight!.end - c.start));
	return {
		answer: card.answer,
		accept: card.accept ?? [],
		// An older card without a kind that asks "Who …?" asks for a person.
		kind: card.kind ?? (/^who\b/i.test(card.question) ? 'person' : undefined),
		highlights,
		quotes: card.citations.map((c) => c.quote)
	};
}
