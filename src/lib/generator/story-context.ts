/**
 * A card that names nothing of its story ("Who met Gary Neville's cross to the near post?", "GDP fell
 * by […] in the last three months of 2004") is shown under its article's headline, so that it stands
 * on its own: which match, which country, which awards. Reviewers rejected such cards as vague more
 * often than for any other fault.
 */
import type { Card } from '../deck';
import { foldWords, states } from './evidence';
import { ROLE_HEADS } from './lexicon';

/** Words of a headline that say nothing of the story on their own. */
const FUNCTION_WORDS = new Set(
	(
		'the a an of and or in on at by to for with from over after before into onto as amid about ' +
		'against up down out off is are was were be been has have had will would can could may might ' +
		'says said say set sets new more less than its his her their our your this that these those ' +
		'who what when where why how not no yes but so if it he she they we you i us them'
	).split(' ')
);
/** A headline that opens like a question is no label for a question ("How X flourished: Who …?"). */
const QUESTION_LIKE = /^(who|whom|whose|what|when|where|which|why|how)\b|\?$/i;
/** A headline longer than this reads as a sentence, not a label. */
const MAX_HEADLINE_WORDS = 14;

/** A word's stem as far as headlines need: "rallies" and "rallying" meet at "rall". */
function stemOf(w: string): string {
	const bare = w.length > 4 ? w.replace(/(ies|ied|ying|ing|ed|es|s)$/, '') : w.replace(/s$/, '');
	return bare.length > 5 ? bare.slice(0, 5) : bare;
}

/** Word stems of a text's content words ("Japanese" and "Japan" meet at "japan"). */
function stems(text: string): Set<string> {
	const out = new Set<string>();
	for (const w of foldWords(text)) {
		if (FUNCTION_WORDS.has(w) || (w.length < 3 && !/\d/.test(w))) continue;
		out.add(stemOf(w));
	}
	return out;
}

/** Whether a text shares a content word with a headline's (for what would give an answer away). */
function anchored(text: string, headline: Set<string>): boolean {
	for (const s of stems(text)) if (headline.has(s)) return true;
	return false;
}

/**
 * The names a headline gives its story by ("Umbro", "Euro", "Bafta"): what tells a reader which story
 * a card is from. A shared common word ("profit", "interactive") does not.
 */
function headlineNames(text: string): string[] {
	const names: string[] = [];
	text.split(/\s+/).forEach((raw, i) => {
		const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[’']s$/, '');
		if (!/^\p{Lu}/u.test(w) || w.length < 2) return;
		const folded = foldWords(w)[0];
		if (folded && !(i === 0 && FUNCTION_WORDS.has(folded))) names.push(folded);
	});
	return names;
}

/** Whether a text names the story: one of its headline's names ("Japanese" meets "Japan"). */
function namesStory(text: string, label: StoryLabel): boolean {
	if (!label.names.length) return anchored(text, label.stems);
	const named = new Set<string>();
	for (const w of foldWords(text))
		for (const n of label.names)
			if (w === n || (Math.min(w.length, n.length) >= 4 && (w.startsWith(n) || n.startsWith(w))))
				named.add(n);
	// "Brentford v Southampton", "Man City 0-2 Man Utd": one side alone does not say which match.
	const fixture = /\s(v|vs\.?)\s|\s\d+-\d+\s/i.test(label.text) && label.names.length >= 2;
	return named.size >= (fixture ? 2 : 1);
}

/** The headline as a label before a question: "Man City 0-2 Man Utd: Who …?" */
function framed(headline: string, text: string): string {
	return /[?!:]$/.test(headline) ? `${headline} ${text}` : `${headline}: ${text}`;
}

/** A headline fit to be shown before a question, with its content words. */
export interface StoryLabel {
	text: string;
	stems: Set<string>;
	names: string[];
	/** "How the Academy Awards flourished": labels a cloze, but reads as a second question before one. */
	asks?: boolean;
	/** Index of the story's lead: its first sentence with a verb. */

	lead?: number;
	/** The story's sentences from the lead on, to find the first that states an answer. */
	body?: { index: number; text: string }[];
}

/** The headlines, by source id, that can label a card. */
export function storyLabels(headlines: Map<string, string>): Map<string, StoryLabel> {
	const labels = new Map<string, StoryLabel>();
	for (const [id, raw] of headlines) {
		const text = raw
			.replace(/\s+/g, ' ')
			.replace(/[.;,]+$/, '')
			.trim();
		const count = text.split(' ').length;
		// "When invention turns to innovation: What …?" reads as two questions.
		if (count < 2 || count > MAX_HEADLINE_WORDS || /\?$/.test(text)) continue;
		const label: StoryLabel = { text, stems: stems(text), names: headlineNames(text) };
		if (QUESTION_LIKE.test(text)) label.asks = true;
		labels.set(id, label);
	}
	return labels;
}

/** Names a headline writes short: "Tory" for the Conservatives, "Lib Dem" for the Liberal Democrats. */
const HEADLINE_ALIASES: Record<string, string> = {
	tory: 'conservative',
	tories: 'conservative',
	lib: 'liberal',
	dem: 'democrat',
	dems: 'democrat',
	// "Irish finish with home game" names Ireland.
	irish: 'ireland',
	english: 'england',
	scottish: 'scotland',
	scots: 'scotland',
	welsh: 'wales',
	british: 'britain',
	french: 'france',
	german: 'germany',
	italian: 'italy',
	spanish: 'spain',
	dutch: 'holland',
	russian: 'russia',
	chinese: 'china',
	japanese: 'japan',
	indian: 'india',
	australian: 'australia',
	greek: 'greece',
	american: 'america'
};

/** "Man" for "Manchester", "Utd" for "United": a short word that abbreviates a longer one. */
function abbreviates(short: string, long: string): boolean {
	if (short.length < 3 || short.length > 4 || long.length <= short.length || short[0] !== long[0])
		return false;
	if (!/^\p{L}+$/u.test(short) || !/^\p{L}+$/u.test(long)) return false;
	let at = 0;
	for (const ch of long) if (ch === short[at]) at++;
	return at === short.length;
}

/**
 * Does the headline name the answer, in full or as headlines shorten names ("Man Utd" for Manchester
 * United, "Tory" for Conservatives, "US" for United States)?
 */
export function headlineNamesAnswer(headline: string, answer: string): boolean {
	if (states(headline, answer)) return true;
	const words = foldWords(headline)
		.filter((w) => !FUNCTION_WORDS.has(w))
		.map((w) => HEADLINE_ALIASES[w] ?? w);
	// "Tory" under "Tories outlining policing plans": the answer's short name is the headline's too.
	const wanted = foldWords(answer)
		.filter((w) => !FUNCTION_WORDS.has(w))
		.map((w) => (HEADLINE_ALIASES[w] ?? w).replace(/s$/, ''));
	if (!wanted.length) return false;
	const initials = wanted.map((w) => w[0]).join('');
	if (wanted.length >= 2 && foldWords(headline).includes(initials)) return true;
	return wanted.every((w) => words.some((h) => h.replace(/s$/, '') === w || abbreviates(h, w)));
}

/**
 * "What does CES stand for?": letters stand for many things; the story says which (reviewers found 8 of
 * 10 such questions vague without it, in rounds 51 to 53).
 */
const ACRONYM_QUESTION = /^What does \S+ stand for\?$/u;

/**
 * Can a card with this answer be shown under the label? Not when the headline names the answer
 * ("Foxx and Swank take actors awards"); an acronym's long form is the same in every story.
 */
export function labelFits(
	label: StoryLabel | undefined,
	answer: string,
	kind?: string,
	question?: string
): boolean {
	const short = kind === 'acronym' && ACRONYM_QUESTION.test(question ?? '');
	return (
		!!label &&
		(kind !== 'acronym' || short) &&
		!headlineNamesAnswer(label.text, answer) &&
		// A headline word the long form shares is a hint, not the answer, beside two letters.
		(short || !anchored(answer, label.stems))
	);
}

/** Cards whose question or cloze names nothing of their story, shown under the story's headline. */
export function withStoryContext(options: {
	cards: Card[];
	labels: Map<string, StoryLabel>;
	/** Cards whose cloze makes sense only under the headline: shown under it, or without that cloze. */
	needStory?: Set<string>;
}): Card[] {
	const { cards, labels, needStory } = options;
	const out: Card[] = [];
	// A source keeps a bare gap when it has few other cards: a thin card beats an article with none.
	const perSource = new Map<string, number>();
	for (const card of cards) {
		const source = card.citations[0]?.source ?? '';
		perSource.set(source, (perSource.get(source) ?? 0) + 1);
	}
	const spare = (card: Card) => (perSource.get(card.citations[0]?.source ?? '') ?? 0) > 3;
	for (const card of cards) {
		const bound = needStory?.has(card.id) ?? false;
		const label = labels.get(card.citations[0]?.source ?? '');
		if (!label || !labelFits(label, card.answer, card.kind, card.question)) {
			if (bareSubjectGap(card) && spare(card)) {
				const source = card.citations[0]?.source ?? '';
				perSource.set(source, (perSource.get(source) ?? 1) - 1);
			} else if (!bound) out.push(card);
			else if (card.type !== 'cloze') out.push(withoutCloze(card));
			continue;
		}
		const next: Card = { ...card };
		if (card.type !== 'cloze' && !label.asks && !namesStory(card.question, label))
			next.question = framed(label.text, card.question);
		if (card.cloze && (bound || !namesStory(card.cloze.text, label))) {
			const text = framed(label.text, card.cloze.text);
			const shift = text.length - card.cloze.text.length;
			next.cloze = {
				...card.cloze,
				text,
				blanks: card.cloze.blanks.map((b) => ({ start: b.start + shift, end: b.end + shift }))
			};
			if (card.type === 'cloze') next.question = framed(label.text, card.question);
		}
		out.push(next);
	}
	return out;
}

/**
 * "[…] died after a heart attack in October", with no headline above it: a gap on the subject of a
 * sentence that names hardly anything else fits anyone (reviewers kept 1 of 11; 11 of 18 when the
 * rest names two things or more).
 */
function bareSubjectGap(card: Card): boolean {
	// A disputed fact stays: its disagreement note points to the card.
	if (card.type !== 'cloze' || !card.question.startsWith('[…]') || card.conflicts?.length)
		return false;
	const rest = card.question.slice(3);
	// "[…], the UK's third-biggest bank, has …": the description says who is meant.
	if (/^,\s+(the|a|an)\s/.test(rest)) return false;
	// "… of quitting as national coach": the post says who is meant.
	if (foldWords(rest).some((w) => ROLE_HEADS.has(w))) return false;
	return (rest.match(/(?:^|[^\p{L}])[\p{Lu}\d]/gu) ?? []).length <= 1;
}

function withoutCloze(card: Card): Card {
	const next = { ...card };
	delete next.cloze;
	return next;
}
