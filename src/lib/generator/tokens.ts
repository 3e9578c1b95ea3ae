/** Part-of-speech tagged tokens with absolute offsets, from one compromise parse per sentence. */
import nlp from 'compromise';

export interface Token {
	/** Index within its sentence. */
	i: number;
	text: string;
	/** Lower-cased text without surrounding punctuation or trailing periods of abbreviations. */
	lower: string;
	start: number;
	end: number;
	/** Punctuation and space after the token, as in the source. */
	post: string;
	tags: Set<string>;
	/** Starts with an upper-case letter, or is a code like "F-16" or "A380". */
	cap: boolean;
}

interface CompromiseTerm {
	text: string;
	pre: string;
	post: string;
	tags: Set<string>;
	normal?: string;
}

const UPPER = /^\p{Lu}/u;
const CODE = /\d/u;
const HAS_UPPER = /\p{Lu}/u;

/** Splits whole-text tokens into each sentence's own list, re-indexed from 0. */
export function tokensIn(
	tokens: Token[],
	from: number,
	start: number,
	end: number
): { tokens: Token[]; next: number } {
	let k = from;
	while (k < tokens.length && tokens[k].start < start) k++;
	const out: Token[] = [];
	while (k < tokens.length && tokens[k].end <= end) {
		out.push({ ...tokens[k], i: out.length });
		k++;
	}
	return { tokens: out, next: k };
}

/** Tags a text (one compromise parse). `offset` is where `text` starts in the source. */
export function tagSentence({ text, offset }: { text: string; offset: number }): Token[] {
	const doc = nlp(text) as unknown as { docs: CompromiseTerm[][] };
	const tokens: Token[] = [];
	let pos = 0;
	for (const terms of doc.docs)
		for (const t of terms) {
			pos += t.pre.length;
			const start = pos;
			pos += t.text.length;
			if (!t.text) {
				pos += t.post.length;
				continue;
			}
			tokens.push({
				i: tokens.length,
				text: t.text,
				lower: t.text.toLowerCase().replace(/[’'‘]s$/, ''),
				start: offset + start,
				end: offset + pos,
				post: t.post,
				tags: t.tags,
				cap: UPPER.test(t.text) || (CODE.test(t.text) && HAS_UPPER.test(t.text))
			});
			pos += t.post.length;
			// Punctuation before a word (an opening bracket or quote) also separates it from the last one.
			if (tokens.length > 1 && t.pre) tokens[tokens.length - 2].post += t.pre;
		}
	return tokens;
}

const ABBREVIATED = /^(mr|mrs|ms|dr|prof|st|gen|lt|sen|rep|gov|rev|sgt|col|capt|\p{Lu})$/iu;

/** True when the token's trailing punctuation closes a phrase (comma, period, colon, bracket, quote). */
export function breaksAfter(token: Token): boolean {
	// The period of "Dr." or of an initial ("J. R. Okafor") does not end a phrase.
	const post = ABBREVIATED.test(token.text) ? token.post.replace(/^\.\s*/, ' ') : token.post;
	return /[,.;:!?()[\]"“”‘’—–]|--/.test(post);
}

/** True for "Kenya's" / "Okafor’s". */
export function isPossessive(token: Token): boolean {
	return /[’'‘]s?$/.test(token.text) || token.tags.has('Possessive');
}
