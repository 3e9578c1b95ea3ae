/** Does a sentence state an answer? Shared by the merge (which wording to show) and the citations. */
import type { Claim } from './facts';
import { foldText } from './text';
import { NUMBER_WORDS } from './lexicon';

const UNIT_PLURALS: Record<string, string> = {
	years: 'year',
	months: 'month',
	weeks: 'week',
	days: 'day',
	hours: 'hour',
	minutes: 'minute',
	decades: 'decade'
};

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'by', 'to', 'for']);

const folded = new Map<string, string[]>();
const FOLD_CACHE_LIMIT = 100_000;

/** Lower-case, accent-free words, "%"-aware, for checking what a text states (memoised). */
export function foldWords(text: string): string[] {
	let words = folded.get(text);
	if (!words) {
		if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
		words = fold(text);
		folded.set(text, words);
	}
	return words;
}

function fold(text: string): string[] {
	return (
		foldText(text)
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''))
			.replace(/\s*(?:per\s?cent|percent)\b/g, '%')
			.replace(/(\d),(?=\d{3}\b)/g, '$1')
			.replace(/'s\b/g, '')
			.split(/[^\p{L}\p{N}%$€£.]+/u)
			.map((w) => w.replace(/^\.+|\.+$/g, ''))
			.filter(Boolean)
			// "a five-year pact" states "5 years".
			.map((w) => (w in NUMBER_WORDS ? String(NUMBER_WORDS[w]) : (UNIT_PLURALS[w] ?? w)))
	);
}

/** True for words that carry no content on their own ("the", "of"). */
export const isStopWord = (w: string) => STOP.has(w);

/** Does `text` state every meaningful word of `answer`? */
export function states(text: string, answer: string): boolean {
	const have = new Set(foldWords(text));
	const want = foldWords(answer).filter((w) => !STOP.has(w));
	return want.length > 0 && want.every((w) => have.has(w));
}

/** Does the claim's sentence state `answer`, allowing surnames for people and weekdays for dates? */
export function claimStates(c: Claim, answer: string): boolean {
	const text = c.sentence.text;
	if (states(text, answer)) return true;
	if (c.type === 'person' || c.type === 'people') {
		// "Okafor said" states "Ada Okafor"; a list of people must be named in full.
		const words = answer.trim().split(/\s+/);
		return (
			words.length >= 2 &&
			words.every((w) => /^\p{Lu}/u.test(w)) &&
			states(text, words[words.length - 1])
		);
	}
	if (c.type === 'date' && c.date?.weekday !== undefined) {
		// "Friday 31 October 2025" is stated by a sentence that says "on Friday".
		const weekday = foldWords(answer)[0];
		return foldWords(text).includes(weekday);
	}
	return false;
}
