/** Part-of-speech tagged tokens with absolute offsets, from one compromise parse per sentence. */
import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one
	.lexicon;

/** Is the word a given name in the tagger's own word list ("mike", "charlotte"), whatever its context? */
export function givenName(word: string): boolean {
	return /^(MaleName|FemaleName|FirstName)$/.test(LEXICON[word.toLowerCase()] ?? '');
}

/** "Besides", "Despite", "Without": a preposition that opens an adjunct, whatever the tagger read. */
export function linkingWord(word: string): boolean {
	return LEXICON[word.toLowerCase()] === 'Preposition';
}

/**
 * "soon", "news", "meanwhile": a word the tagger's own word list knows as a word of grammar, an
 * adjective or a mass noun, never a name (its nouns are left out: "arsenal", "labour" name clubs and
 * parties).
 */
export function plainWord(word: string): boolean {
	return /^(Adjective|Adverb|Uncountable|Comparative|Superlative|Conjunction|Preposition|Determiner|Expression|Date|Pronoun)$/.test(
		LEXICON[word.toLowerCase()] ?? ''
	);
}

/**
 * "Organisers", "Viewers", "Analysts", "Hounded": by its ending, a plural for people or a participle
 * (a team's name such as "Rangers" too: callers check how the article writes the word elsewhere).
 */
export function peopleOrParticiple(word: string): boolean {
	return /^\p{Lu}\p{Ll}{3,}(ers|ors|ists|ysts|ants|ents|ians|ees|ed)$/u.test(word);
}

/** Does the tagger's own word list hold the word ("Manchester", "valley"; not "Huaral")? */
export function knownWord(word: string): boolean {
	return LEXICON[word.toLowerCase()] !== undefined;
}

/** "Documents", "Officials": a plural the tagger's own word list holds as a common noun. */
export function commonPlural(word: string): boolean {
	const entry: unknown = (LEXICON as Record<string, unknown>)[word.toLowerCase()];
	return entry === 'Plural' || (Array.isArray(entry) && entry.includes('Plural'));
}

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

/**
 * Splits whole-text tokens into each sentence's own list, re-indexed from 0. The tokens move rather than
 * being copied (`i` is set in place): a token belongs to one sentence, and a copy doubled their memory.
 */
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
		tokens[k].i = out.length;
		out.push(tokens[k]);
		k++;
	}
	return { tokens: out, next: k };
}

/** One shared, never-changed set per combination of tags (a few thousand at most) instead of one per token. */
const TAG_SETS = new Map<string, Set<string>>();
const MAX_TAG_SETS = 20_000;

function sharedTags(tags: Set<string>): Set<string> {
	let key = '';
	for (const t of tags) key += `${t}|`;
	let set = TAG_SETS.get(key);
	if (!set) {
		set = new Set(tags);
		if (TAG_SETS.size < MAX_TAG_SETS) TAG_SETS.set(key, set);
	}
	return set;
}

/** Tags a text (one compromise parse). `offset` is where `text` starts in the source. */
export function tagText({ text, offset }: { text: string; offset: number }): Token[] {
	const tokens: Token[] = [];
	tagInto(tokens, text, offset);
	return tokens;
}

/** Appends the tokens of one compromise parse of `text` (which starts at `offset`) to `tokens`. */
function tagInto(tokens: Token[], text: string, offset: number): void {
	const doc = nlp(text) as unknown as { docs: CompromiseTerm[][] };
	const first = tokens.length;
	let pos = 0;
	for (const terms of doc.docs)
		for (const t of terms) {
			pos += t.pre.length;
			const start = pos;
			pos += t.text.length;
			if (!t.text) {
				pos += t.post.length;
				// "7-5 6-3, Canadian …": compromise leaves a number range's spacing and punctuation on empty
				// terms; they belong after the token before.
				if (tokens.length > first) tokens[tokens.length - 1].post += t.pre + t.post;
				continue;
			}
			tokens.push({
				i: tokens.length,
				text: t.text,
				lower: t.text.toLowerCase().replace(/[’'‘]s$/, ''),
				start: offset + start,
				end: offset + pos,
				post: t.post,
				tags: sharedTags(t.tags),
				cap: UPPER.test(t.text) || (CODE.test(t.text) && HAS_UPPER.test(t.text))
			});
			pos += t.post.length;
			// Punctuation before a word (an opening bracket or quote) also separates it from the last one.
			if (tokens.length > 1 && t.pre) tokens[tokens.length - 2].post += t.pre;
		}
	correctTags(tokens, first);
}

const ROLE_NOUN =
	/^(spokes(man|woman|person)|chief|officer|commissioner|chair(man|woman)?|director|head|boss|minister|secretary|inspector|constable)$/;
const tagged = (t: Token | undefined, tag: string) => !!t?.tags.has(tag);
const retag = (t: Token, tags: string[]) => (t.tags = sharedTags(new Set(tags)));

/** Does "are" or "were" come in the same clause, within a dozen words, before any other finite verb? */
function pluralVerbAhead(tokens: Token[], from: number): boolean {
	for (let j = from; j < Math.min(tokens.length, from + 12); j++) {
		const t = tokens[j];
		if (/^(are|were)$/.test(t.lower)) return true;
		if (/[,;:()]/.test(t.post) || /^(that|which|who|and|but)$/.test(t.lower)) return false;
		if (
			tagged(t, 'Verb') &&
			(tagged(t, 'PastTense') || tagged(t, 'PresentTense')) &&
			!tagged(t, 'Infinitive')
		)
			return false;
	}
	return false;
}

/**
 * Mends two tagging slips that cost whole clauses: "The Americans have made …" ("have" read as a
 * noun after a plural name) and "The Irish line-up shows …" (a hyphenated noun read as a phrasal
 * verb, and the real verb as a plural noun).
 */
function correctTags(tokens: Token[], from: number): void {
	// "Its adverts …": opening a sentence, the tagger may read "Its" as a noun.
	for (let k = from; k < tokens.length; k++)
		if (tokens[k].text === 'Its' && !tagged(tokens[k], 'Pronoun'))
			retag(tokens[k], ['Pronoun', 'Possessive']);
		// '… approached him." Yet Rooney is seen …': after a quotation the tagger may read an opening
		// conjunction as a name ("Hide And Seek" keeps its "And").
		else if (
			(k === from || /[.!?]["”’']?\s*$/.test(tokens[k - 1].text + tokens[k - 1].post)) &&
			/^(Yet|But|And|Or|So|Nor)$/.test(tokens[k].text) &&
			tagged(tokens[k], 'ProperNoun')
		)
			retag(tokens[k], ['Conjunction']);
	for (let k = Math.max(from, 1); k < tokens.length; k++) {
		const t = tokens[k];
		const prev = tokens[k - 1];
		const next = tokens[k + 1];
		if (
			/^(have|has|had)$/.test(t.lower) &&
			!tagged(t, 'Verb') &&
			tagged(prev, 'Noun') &&
			!/[,;:]/.test(prev.post) &&
			tagged(next, 'Verb') &&
			(tagged(next, 'PastTense') || tagged(next, 'Participle'))
		) {
			retag(t, ['Verb', 'Auxiliary', t.lower === 'had' ? 'PastTense' : 'PresentTense']);
			continue;
		}
		// "Arsenal beat Chelsea 3-1": a result verb between two names is no noun.
		if (
			/^(beat|beats|edged|thrashed|drew|defeated|overcame|outlasted|trounced|routed|edges|thrashes)$/.test(
				t.lower
			) &&
			!tagged(t, 'Verb') &&
			prev.cap &&
			!/[,;:]/.test(prev.post) &&
			(next?.cap || tagged(next, 'Value'))
		) {
			retag(t, ['Verb', /s$/.test(t.lower) ? 'PresentTense' : 'PastTense']);
			continue;
		}
		// "The French want the embargo lifted": after a people named by its adjective, a common verb
		// followed by an article is the verb, not a noun.
		if (
			/^(want|need|plan|fear|hope|say|see|expect|believe|claim|argue|insist|oppose|support|back|favour|reject)$/.test(
				t.lower
			) &&
			tagged(prev, 'Demonym') &&
			tokens[k - 2]?.lower === 'the' &&
			/^(the|a|an|it|to|that)$/.test(next?.lower ?? '')
		) {
			retag(t, ['Verb', 'PresentTense']);
			continue;
		}
		// "Cate Blanchett triumphed as …", "Howard described Lord Butler's …": a past form the tagger
		// took for a noun, right after a name and before what a verb takes (a preposition, an article,
		// a name or a pronoun), is the verb.
		if (
			/^[a-z]{4,}ed$/.test(t.text) &&
			!tagged(t, 'Verb') &&
			!tagged(t, 'Adjective') &&
			!tagged(t, 'Hyphenated') &&
			!/(eed|ied)$/.test(t.lower) &&
			(tagged(prev, 'ProperNoun') || (prev.cap && tagged(prev, 'Noun'))) &&
			!tagged(prev, 'Possessive') &&
			!/[,;:()]/.test(prev.post + t.post) &&
			next &&
			(tagged(next, 'Preposition') ||
				tagged(next, 'Determiner') ||
				tagged(next, 'Pronoun') ||
				(next.cap && !tagged(next, 'Verb')))
		) {
			retag(t, ['Verb', 'PastTense']);
			continue;
		}
		// "Shares rose 5%", "Profits at the firm rose 12% to £5m": the flower is no subject's verb.
		if (
			t.lower === 'rose' &&
			!tagged(t, 'Verb') &&
			!/^(a|the|red|white|pink|yellow|wild|english)$/.test(prev.lower) &&
			!tagged(prev, 'Determiner') &&
			(tagged(next, 'Value') ||
				/^(by|to|from|sharply|slightly|steadily|more|less|again|in|on|after|for|as|above|almost|nearly|about|just|only|strongly)$/.test(
					next?.lower ?? ''
				))
		) {
			retag(t, ['Verb', 'PastTense']);
			continue;
		}
		// "Tory plans to cut immigration … are not racist": a noun that takes "to", after a name and with
		// "are" or "were" to come in its clause, is the plural subject, not the verb "plans".
		if (
			/^(plans|calls|hopes|moves|bids|attempts|pledges|promises|demands|threats|offers|efforts)$/.test(
				t.lower
			) &&
			tagged(t, 'Verb') &&
			prev?.cap &&
			!/[,;:()]/.test(prev.post) &&
			next?.lower === 'to' &&
			pluralVerbAhead(tokens, k + 1)
		) {
			retag(t, ['Noun', 'Plural']);
			continue;
		}
		// "lost 39-31 against France": "against" is always a preposition.
		if (t.lower === 'against' && !tagged(t, 'Preposition')) {
			retag(t, ['Preposition']);
			continue;
		}
		// "told Radio 4's Today programme", "the BBC's Newsnight programme": a programme after a name or a
		// possessive is a noun, whatever the tagger read.
		if (
			/^programmes?$/.test(t.lower) &&
			tagged(t, 'Verb') &&
			prev &&
			(prev.cap || /['’]s?$/.test(prev.text)) &&
			!/[,;:]/.test(prev.post)
		) {
			retag(t, ['Noun', /s$/.test(t.lower) ? 'Plural' : 'Singular']);
			continue;
		}
		// "Miami Beach police spokesman": a noun before a role noun, not the verb "to police".
		if (
			tagged(t, 'Verb') &&
			!t.cap &&
			tagged(prev, 'ProperNoun') &&
			(tagged(next, 'Actor') || ROLE_NOUN.test(next?.lower ?? '')) &&
			!tagged(next, 'Verb') &&
			!/[,;:]/.test(prev.post + t.post)
		) {
			retag(t, ['Noun', 'Singular']);
			continue;
		}
		// "Labour campaign chief Alan Milburn said", "Party spokesman John Smith said": a word before
		// a role noun and a person's name is part of the title, not a verb.
		if (
			tagged(t, 'Verb') &&
			!['PastTense', 'Gerund', 'Auxiliary', 'Copula', 'Modal', 'Participle'].some((x) =>
				tagged(t, x)
			) &&
			// "The unions back chairman X", "The party backs X": after a plural, or with its -s, a verb.
			!/s$/.test(t.lower) &&
			((tagged(prev, 'Noun') && !tagged(prev, 'Plural')) ||
				/[.!?]["'”’]?\s*$/.test(prev.text + prev.post)) &&
			!tagged(prev, 'Pronoun') &&
			(tagged(next, 'Actor') || ROLE_NOUN.test(next?.lower ?? '')) &&
			!tagged(next, 'Verb') &&
			tagged(tokens[k + 2], 'Person') &&
			!/[,;:]/.test(prev.post + t.post + (next?.post ?? ''))
		) {
			retag(t, ['Noun', 'Singular']);
			continue;
		}
		const before = tokens[k - 1];
		if (
			tagged(t, 'Hyphenated') &&
			tagged(t, 'Verb') &&
			tagged(next, 'Particle') &&
			tagged(next, 'Hyphenated') &&
			/-$/.test(t.post) &&
			(tagged(before, 'Determiner') ||
				tagged(before, 'Adjective') ||
				tagged(before, 'Possessive') ||
				tagged(before, 'ProperNoun'))
		) {
			retag(t, ['Noun', 'Hyphenated']);
			retag(next, ['Noun', 'Singular', 'Hyphenated']);
			const verb = tokens[k + 2];
			const after = tokens[k + 3];
			if (
				verb &&
				tagged(verb, 'Plural') &&
				!tagged(verb, 'Verb') &&
				/[^s]s$/.test(verb.lower) &&
				(tagged(after, 'Value') || tagged(after, 'Determiner') || tagged(after, 'Adjective'))
			)
				retag(verb, ['Verb', 'PresentTense']);
			k++;
		}
	}
}

/**
 * A text up to this long is parsed in one go, as it always was: every real article is (the longest of
 * 2,191 BBC articles has 25,485 characters), and the worst a text this short costs is under a second.
 */
export const WHOLE_PARSE_CHARS = 40_000;

/**
 * Bounds on what one compromise parse of a longer text is given. Compromise's own sentence splitter and tokenizer take
 * time that grows with the square of a run it cannot split ("U.S. U.S. …", "a.b.c.a.b.c…"), so it
 * never sees more than about PARSE_CHARS at once, nor a word longer than MAX_RUN_CHARS.
 */
export const PARSE_CHARS = 2000;
/** A batch is cut even where compromise might read on across the cut, once it reaches this size. */
export const MAX_PARSE_CHARS = 4000;
/** Text between two sentences (headings, boilerplate) goes into the parse only when this short. */
const MAX_GAP_CHARS = 1000;
/** A sentence with a longer run of non-space characters is not parsed (it holds no fact to ask). */
export const MAX_RUN_CHARS = 200;

/** Whether [start, end) has no run of more than MAX_RUN_CHARS non-space characters. */
export function parseable(text: string, start: number, end: number): boolean {
	let run = 0;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 10 || c === 9 || c === 0xa0) run = 0;
		else if (++run > MAX_RUN_CHARS) return false;
	}
	return true;
}

/** Where a compromise parse may safely stop after `end`: a paragraph's last sentence ending in . ! or ?. */
function closesParagraph(text: string, end: number, next: number): boolean {
	if (!text.slice(end, next).includes('\n')) return false;
	let e = end;
	while (e > 0 && /["')\]’”»]/.test(text.charAt(e - 1))) e--;
	return /[.!?…]/.test(text.charAt(e - 1));
}

/**
 * Tags the sentences of a text, all tokens in one list in text order. A short text is one parse; a longer
 * one is parsed in bounded batches. Batches end where a paragraph ends with a full stop, so compromise reads
 * each of its sentences as it would in the whole text; a batch that grows past MAX_PARSE_CHARS without
 * such an end is cut between two sentences. Sentences that are not `parseable` get no tokens.
 */
export function tagSentences(
	text: string,
	sentences: ReadonlyArray<{ start: number; end: number }>
): Token[] {
	const tokens: Token[] = [];
	if (text.length <= WHOLE_PARSE_CHARS && sentences.every((s) => parseable(text, s.start, s.end))) {
		tagInto(tokens, text, 0);
		return tokens;
	}
	let open = -1;
	let last = 0;
	const flush = (end: number) => {
		if (open >= 0 && end > open) tagInto(tokens, text.slice(open, end), open);
		open = -1;
	};
	for (const s of sentences) {
		if (!parseable(text, s.start, s.end)) {
			flush(last);
			last = s.end;
			continue;
		}
		if (open >= 0) {
			const gap = s.start - last;
			if (gap > MAX_GAP_CHARS) flush(last);
			else if (
				s.end - open > MAX_PARSE_CHARS ||
				(s.start - open >= PARSE_CHARS && closesParagraph(text, last, s.start))
			)
				flush(s.start);
		}
		if (open < 0) open = s.start - last <= MAX_GAP_CHARS ? last : s.start;
		last = s.end;
	}
	if (open >= 0) flush(text.length - last <= MAX_GAP_CHARS ? text.length : last);
	return tokens;
}

const ABBREVIATED = /^(mr|mrs|ms|dr|prof|st|gen|lt|sen|rep|gov|rev|sgt|col|capt|\p{Lu})$/iu;

/** True when the token's trailing punctuation closes a phrase (comma, period, colon, bracket, quote). */
export function breaksAfter(token: Token): boolean {
	// The period of "Dr." or of an initial ("J. R. Okafor") does not end a phrase.
	const post = ABBREVIATED.test(token.text) ? token.post.replace(/^\.\s*/, ' ') : token.post;
	// A spaced hyphen is a dash: "referee Jonathan Kaplan - England were …".
	return /[,.;:!?()[\]"“”‘’—–]|--|\s-(\s|$)/.test(post);
}

/** True for "Kenya's" / "Okafor’s". */
export function isPossessive(token: Token): boolean {
	return /[’'‘]s?$/.test(token.text) || token.tags.has('Possessive');
}
