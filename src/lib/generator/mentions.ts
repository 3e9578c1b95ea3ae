/**
 * Finding things: people, roles, organisations, places, named things, dates, amounts, rates, durations,
 * counts and acronyms with their expansions, each with its exact range in the source text.
 */
import { breaksAfter, givenName, isPossessive, tagText, type Token } from './tokens';
import {
	CURRENCY_WORDS,
	DURATION_UNITS,
	HONORIFICS,
	PEER_TITLES,
	monthNumber,
	NAME_STOPWORDS,
	NUMBER_WORDS,
	ORG_HEADS,
	WORK_KINDS,
	ROLE_HEADS,
	ROLE_MODIFIERS,
	SCALE_WORDS,
	THING_HEADS,
	WEEKDAYS
} from './lexicon';
import { type DateValue, parseDateAt, type ReferenceDate } from './dates';
import type { Rewrite } from './coreference';

export type MentionKind =
	| 'person'
	| 'place'
	| 'org'
	| 'thing'
	| 'acronym'
	| 'date'
	| 'money'
	| 'percent'
	| 'duration'
	| 'count';

export interface Mention {
	kind: MentionKind;
	text: string;
	start: number;
	end: number;
	/** Token range [from, to) in its sentence. */
	from: number;
	to: number;
	/** Comparable form: folded name, ISO date, or number with unit. */
	norm: string;
	date?: DateValue;
	/** Amounts: the number and its unit. */
	amount?: { value: number; unit: string };
	/** The noun before the name that told its kind ("rock band X" → "band"): it outweighs guesses. */
	told?: string;
}

export interface RoleLink {
	person: Mention;
	role: string;
	start: number;
	end: number;
	/** "Jane Doe of the Acme Institute": the role is where she is from, not a title. */
	affiliation?: boolean;
}

export interface AcronymLink {
	short: string;
	long: string;
	shortStart: number;
	shortEnd: number;
	longStart: number;
	longEnd: number;
}

export interface TaggedSentence {
	sourceId: string;
	/** Index of the sentence in its source. */
	index: number;
	start: number;
	end: number;
	text: string;
	/** 0 for the first sentence of an article, rising to 1 for the last. */
	position: number;
	/** Its paragraph in the source (0-based), when the source was split into paragraphs. */
	paragraph?: number;
	tokens: Token[];
	mentions: Mention[];
	roles: RoleLink[];
	acronyms: AcronymLink[];
	/** False when the sentence needs the article to make sense (a quotation's middle, "it", "the club"). */
	standalone?: boolean;
	/**
	 * Not standalone only for a "the …" that points back ("the plan", "the band"): shown under the
	 * story's headline, a gap on it makes sense.
	 */
	definiteOnly?: boolean;
	/**
	 * What it leans on when it does not stand alone: "inside" is a word past its opening ("they",
	 * "this final", "the company"), "quantity" a bare "the proportion", "the figure".
	 */
	leansOn?: 'quote' | 'time' | 'pair' | 'epithet' | 'opening' | 'quantity' | 'inside';
	/** Where it names people (with their sex, when known) and bodies or things (token index of each mention's start). */
	named?: { people: Array<{ at: number; gender?: 'male' | 'female' }>; things: number[] };
	/**
	 * The sentence just before, when this one needs its context and that one gives it: a gap on "He
	 * later opened …" is shown after the sentence that says who he is.
	 */
	lead?: TaggedSentence;
	/**
	 * Words its article writes with a capital inside sentences and never without ("Tory", "Yukos"), and
	 * pairs it capitalises there ("all blacks").
	 */
	properWords?: ReadonlySet<string>;
	/** Words its article writes in lower case somewhere ("budget" beside "the Budget"). */
	commonWords?: ReadonlySet<string>;
	/** Its article is a match report (play-by-play.ts): only its lead and its goals and results count. */
	matchReport?: boolean;
	/** False for a line without a finite verb (a heading, a list entry, a spec sheet); kept once tokens go. */
	finite?: boolean;
	/** A slip of the writer's that a card would copy ("according a report", "a users visits"). */
	slip?: string;
	/** The writer speaks in the first person outside quotation marks ("I thought Worsley had a solid game"). */
	ownVoice?: boolean;
	/** What the sentence points back to, resolved ("the band" → "Franz Ferdinand"). */
	rewrites?: Rewrite[];
}

const CONNECTORS = new Set([
	'of',
	'for',
	'de',
	'del',
	'da',
	'von',
	'van',
	'al',
	'bin',
	'the',
	'&',
	'and'
]);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
const ACRONYM = /^(?:\p{Lu}\.?){2,7}$|^\p{Lu}{2,}(?:-\p{Lu}+)*$/u;

const hasAny = (t: Token, tags: string[]) => tags.some((tag) => t.tags.has(tag));

/** Folds a name for comparison: case, accents, dots in acronyms, possessive, quotes. */
export function foldName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[’'‘]s\b/g, '')
		.replace(/[’'"“”]/g, '')
		.replace(/\b(\p{L})\.(?=\p{L}\.?)/gu, '$1')
		.replace(/(\p{Lu})\.(?=\s|$)/gu, '$1')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}&]+/gu, ' ')
		.trim();
}

/**
 * "coach Mike Friday", "Sheffield Wednesday": a weekday right after a given name or a town, with no
 * break between, ends that name; it dates nothing.
 */
export function weekdayInName(tokens: Token[], i: number): boolean {
	const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
	if (!prev || !t.cap || !WEEKDAYS.includes(t.lower) || breaksAfter(prev) || !prev.cap)
		return false;
	if (/[,;:()"“”]/.test(prev.post) || /^\d/.test(next?.text ?? '')) return false;
	return givenName(prev.text) || hasAny(prev, ['City']);
}

function isCalendarWord(t: Token): boolean {
	return monthNumber(t.lower) > 0 && t.lower !== 'may'
		? true
		: WEEKDAYS.includes(t.lower) || (t.lower === 'may' && t.tags.has('Month'));
}

function startsClause(tokens: Token[], i: number): boolean {
	if (i === 0) return true;
	const prev = tokens[i - 1];
	const post = prev.post;
	if (/[“"‘:(]|—|--/.test(post)) return true;
	// 'folk." This was …': a stop inside a closing quotation mark ends the sentence too.
	return /[.!?]["'”’)]*\s*$/.test(post) && breaksAfter(prev);
}

function nameish(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	if (!t.cap) return false;
	if (/^\d+$/.test(t.text)) return false;
	// "Don't", "Ultimately": a contraction or a sentence adverb set in capitals is no name.
	// Inside a title ("Boys Don't Cry") it is part of the name.
	const inTitle = !!tokens[i - 1]?.cap && !breaksAfter(tokens[i - 1]) && !startsClause(tokens, i);
	// "Like Kevin I'd like to …": "I" with its verb is no name.
	if (/^I['’](d|m|ve|ll)$/.test(t.text)) return false;
	if (
		(/n['’]t$/i.test(t.text) && !inTitle) ||
		(/.{4}(ately|ally|ously|ively|fully|ingly|edly|ently|antly)$/.test(t.lower) && !inTitle)
	)
		return false;
	if (t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Conjunction'))
		return titleWord(tokens, i);
	if (isCalendarWord(t)) return weekdayInName(tokens, i);
	if (startsClause(tokens, i) && NAME_STOPWORDS.has(t.lower)) return false;
	// "First Mark Cueto was judged offside, and then …": "First" opens the telling, not the name.
	if (
		startsClause(tokens, i) &&
		/^(first|then|next|finally|firstly|secondly|lastly)$/.test(t.lower) &&
		!!tokens[i + 1]?.tags.has('FirstName')
	)
		return false;
	// "Controversial DJ Howard Stern has been dropped": a plain adjective opening the sentence
	// describes the person named after it.
	if (
		startsClause(tokens, i) &&
		t.tags.has('Adjective') &&
		/.{3}(ial|ous|ive|ful|less|able|ible|ed)$/.test(t.lower) &&
		!t.tags.has('ProperNoun') &&
		!hasAny(t, PLACE_TAGS) &&
		!hasAny(t, PERSON_TAGS) &&
		tokens.slice(i + 1, i + 4).some((x) => x.tags.has('FirstName')) &&
		!tokens.slice(i + 1, i + 4).some((x) => ORG_HEADS.has(x.lower))
	)
		return false;
	// "Comedy Fat Albert - co-written by …": the kind of work, then its title.
	if (
		startsClause(tokens, i) &&
		WORK_KINDS.has(t.lower) &&
		!t.tags.has('ProperNoun') &&
		!!tokens[i + 1]?.cap &&
		!breaksAfter(t)
	)
		return false;
	// "Entering Westminster in 1983, he …": an opening -ing verb starts no name.
	if (startsClause(tokens, i) && /ing$/.test(t.lower) && t.tags.has('Gerund')) return false;
	if (
		startsClause(tokens, i) &&
		!hasAny(t, ['ProperNoun', 'Acronym', ...PERSON_TAGS, ...PLACE_TAGS])
	) {
		// A capitalised first word is a name only when the next word is one too, or it is known,
		// or an appositive says what it is ("Parmalat, the Italian food group at …, has …").
		const next = tokens[i + 1];
		if (describedAfter(tokens, i)) return true;
		if (!next || !next.cap || breaksAfter(t)) return false;
		// "Weak US fuel stocks", "Strong UK sales": an opening adjective before a country's short name
		// describes what follows; it names nothing ("New York", "Great Britain" are places).
		if (
			t.tags.has('Adjective') &&
			!hasAny(t, ['Demonym', 'Place']) &&
			!GEO_OPENERS.has(t.lower) &&
			(next.tags.has('Acronym') || hasAny(next, ['Country', 'Place']))
		)
			return false;
	}
	return true;
}

/**
 * A possessive ends a name ("Smith's"); the tagger also calls capitalised words of a title-cased name
 * possessive ("Save Our Community"), which end nothing.
 */
function possessiveEnd(t: Token): boolean {
	return isPossessive(t) && (/[’'‘]s?$/.test(t.text) || !t.cap);
}

/**
 * "Save Our Community", "Take Me Out": a capitalised small word between two capitalised words, mid
 * sentence, belongs to a title-cased name ("I" is always capitalised and joins none).
 */
function titleWord(tokens: Token[], i: number): boolean {
	const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
	return (
		!!prev &&
		!!next &&
		t.lower !== 'i' &&
		prev.cap &&
		next.cap &&
		!/^\d/.test(next.text) &&
		!startsClause(tokens, i) &&
		!startsClause(tokens, i - 1) &&
		!breaksAfter(prev) &&
		!isPossessive(prev) &&
		!/[,;:()"“”]/.test(prev.post + t.post)
	);
}

/** "Parmalat, the Italian food group …": a one-word opening followed by a description of a body. */
function describedAfter(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	if (!/^,\s*$/.test(t.post) || !t.tags.has('Noun') || hasAny(t, ['Adverb', 'Date', 'Pronoun']))
		return false;
	if (!/^(the|a|an)$/.test(tokens[i + 1]?.lower ?? '')) return false;
	for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) {
		const w = tokens[k].lower;
		if (ORG_HEADS.has(w) || ROLE_HEADS.has(w)) return true;
		if (/[,;:]/.test(tokens[k].post) || tokens[k].tags.has('Preposition')) break;
	}
	return false;
}

/** First words of place names ("Lake Victoria", "Port Said", "Greater Manchester"). */
const GEO_OPENERS = new Set(
	'lake mount mt cape port fort saint st san santa sao new north south east west upper lower greater central northern southern eastern western great little old los las el la isle gulf sea bay river glen'.split(
		' '
	)
);

/** Last words of street and landmark names that open with a given name ("George Street"). */
const STREET_WORDS =
	/^(street|st|road|rd|avenue|lane|square|place|park|bridge|station|hall|house|gate|hill|way|terrace|crescent|drive|court|gardens|row|close|island|islands|bay|river|falls|airport|stadium|theatre|hospital|college|school|cup|trophy|award|prize)$/;

/** Letters written after a person's name: honours, a lawyer's rank, a seat, "junior". */
const POST_NOMINALS = /^(QC|KC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|Jr\.?|Jnr\.?|Sr\.?|Snr\.?)$/;

function classifyName(tokens: Token[], next?: Token): MentionKind {
	const words = tokens.map((t) => t.lower.replace(/\.$/, ''));
	const last = words[words.length - 1];
	const first = tokens[0];
	if (tokens.length === 1 && ACRONYM.test(first.text)) {
		return hasAny(first, PLACE_TAGS) ? 'place' : 'acronym';
	}
	if (tokens.every((t) => t.tags.has('Demonym'))) return 'thing';
	// "British Chambers (of Commerce)", "Italian Ranieri": a nationality opens no person's name.
	if (
		first.tags.has('Demonym') &&
		!tokens.some(
			(t) => t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName')
		)
	)
		return 'thing';
	if (ORG_HEADS.has(last) || words.some((w) => w === 'ministry' || w === 'university'))
		return 'org';
	if (THING_HEADS.has(last) || words.slice(0, 2).some((w) => THING_HEADS.has(w))) return 'thing';
	// "Air China", "Radio Scotland": a plain word before a country names a body, not a place.
	if (
		tokens.length >= 2 &&
		hasAny(tokens[tokens.length - 1], PLACE_TAGS) &&
		!hasAny(first, PLACE_TAGS) &&
		!hasAny(first, PERSON_TAGS) &&
		!GEO_OPENERS.has(words[0])
	)
		return 'org';
	// "Guy Mansfield QC", "Sammy Davis Jr": letters after a name are a person's, whatever the name's
	// words read as alone ("Mansfield" is a town).
	if (tokens.length >= 3 && POST_NOMINALS.test(tokens[tokens.length - 1].text)) return 'person';
	// "Mike Lake, a spokesman": a given name first makes a person, whatever the tagger read into the
	// pair; "George Street" stays a place.
	if (tokens.length >= 2 && tokens.length <= 3 && givenName(words[0]) && !STREET_WORDS.test(last))
		return 'person';
	if (tokens.some((t) => hasAny(t, PLACE_TAGS)) && !tokens.some((t) => hasAny(t, PERSON_TAGS)))
		return 'place';
	// "The Liberace of Baghdad": a person's name of a place is a nickname or a title, neither a person
	// nor a place ("Prince of Wales" is a role, split off before).
	const of = words.indexOf('of');
	if (
		of > 0 &&
		hasAny(tokens[of - 1], PERSON_TAGS) &&
		!isRoleWord(words[of - 1]) &&
		tokens.slice(of + 1).some((t) => hasAny(t, PLACE_TAGS))
	)
		return 'thing';
	if (tokens.some((t) => t.tags.has('Organization'))) return 'org';
	const personish = tokens.filter((t) => hasAny(t, PERSON_TAGS)).length;
	const placeish = tokens.filter((t) => hasAny(t, PLACE_TAGS)).length;
	// "Rio Ferdinand", "Paris Hilton": a tie goes to the last word, which is a person's surname.
	const lastWord = tokens[tokens.length - 1];
	const surnameLast = hasAny(lastWord, PERSON_TAGS) && !hasAny(lastWord, PLACE_TAGS);
	if (placeish && (placeish > personish || (placeish === personish && !surnameLast)))
		return 'place';
	if (personish) return 'person';
	// Unknown capitalised words: two or three of them read like a person's name, unless they modify a
	// lower-case noun that follows ("Maritime Security dialogue").
	// "Lord Hutton's inquiry": what a person owns is no sign the name modifies it.
	if (
		next &&
		!next.cap &&
		next.tags.has('Noun') &&
		!next.tags.has('Pronoun') &&
		!(isPossessive(tokens[tokens.length - 1]) && HONORIFICS.has(words[0]))
	)
		return 'thing';
	// "Old Labour", "Young Conservatives": an everyday adjective opens no person's name.
	if (tokens.length <= 3 && /^(old|new|young|modern|ancient|free|real|true|grand)$/.test(words[0]))
		return 'thing';
	// Dictionary words ("A Very Long Engagement") make a title, not a person.
	if (
		tokens.length >= 2 &&
		tokens.length <= 4 &&
		tokens.every((t) => /^\p{Lu}[\p{Ll}’'-]+$/u.test(t.text)) &&
		!tokens.some(
			(t) => t.tags.has('Adverb') || (t.tags.has('Adjective') && !t.tags.has('ProperNoun'))
		)
	)
		return 'person';
	return 'thing';
}

/** Nouns for a creative work or a title: the name after one is the work's, not a person's. */
/** Nouns that say a name is a work ("the film X"). */
export const WORK_NOUNS = new Set(
	`film movie play drama musical album single song show series sitcom soap book novel biopic
documentary comedy thriller opera ballet painting programme magazine newspaper video game hit`.split(
		/\s+/
	)
);

/** Nouns for a body of people: the name after one is the body's. */
/** Nouns that say a name is a body ("rock band X"). */
export const BODY_NOUNS = new Set(
	'band group firm company label club team outfit duo trio quartet charity party'.split(' ')
);

const isRoleWord = (w: string) => ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w);

/** Splits "US Defense Secretary Jane Doe" into a role and the person. */
function splitRole(tokens: Token[]): { role: Token[]; person: Token[] } | null {
	let headAt = -1;
	tokens.forEach((t, k) => {
		if (ROLE_HEADS.has(t.lower.replace(/\.$/, ''))) headAt = k;
	});
	if (headAt < 0) return null;
	// The role may continue with "of X" ("Secretary of State"); the person starts at a first name if
	// one follows, else after the connector phrase.
	let k = headAt + 1;
	const firstName = tokens.findIndex((t, n) => n > headAt && t.tags.has('FirstName'));
	// "Minister of External Affairs Jane Doe": connectors and title words belong to the role.
	while (k < tokens.length - 2 && !tokens[k].tags.has('FirstName')) {
		// "of Irrigation": a connector takes the word after it into the title.
		if (CONNECTORS.has(tokens[k].lower) && !tokens[k + 1].tags.has('FirstName')) k += 2;
		else if (ROLE_MODIFIERS.has(tokens[k].lower)) k += 1;
		else break;
	}
	if (tokens.length - k > 4 && firstName > k && tokens.length - firstName <= 4) k = firstName;
	const person = tokens.slice(k);
	if (!person.length || person.length > 4 || !person[0].cap) return null;
	// "Martin Luther King Jnr": a suffix ends a person's name; it is no one on its own.
	if (person.every((t) => /^(jnr|jr|snr|sr|ii|iii|iv)\.?$/.test(t.lower))) return null;
	if (
		person.some(
			(t) => ROLE_HEADS.has(t.lower) || ORG_HEADS.has(t.lower) || THING_HEADS.has(t.lower)
		)
	)
		return null;
	if (
		!person.some(
			(t) => hasAny(t, PERSON_TAGS) || (t.tags.has('ProperNoun') && !hasAny(t, PLACE_TAGS))
		)
	)
		return null;
	return { role: tokens.slice(0, k), person };
}

const span = (tokens: Token[], text: string, offset: number) => {
	const start = tokens[0].start;
	const end = tokens[tokens.length - 1].end;
	return { start, end, text: text.slice(start - offset, end - offset) };
};

/** A token's index in its sentence: its own `i` when that is right (constant time), else a search. */
function indexIn(all: Token[], t: Token): number {
	return all[t.i] === t ? t.i : all.indexOf(t);
}

function makeMention(
	kind: MentionKind,
	tokens: Token[],
	all: Token[],
	text: string,
	offset: number
): Mention {
	let toks = tokens;
	// "Lord Woolf", "Lady Thatcher": a peer is known by the title and one name, which stays the name.
	const peer = toks.length === 2 && PEER_TITLES.has(toks[0].lower);
	while (!peer && toks.length > 1 && HONORIFICS.has(toks[0].lower.replace(/\.$/, '')))
		toks = toks.slice(1);
	const s = span(toks, text, offset);
	const clean = s.text.replace(/[’'‘]s$/, '');
	return {
		kind,
		text: clean,
		start: s.start,
		end: s.start + clean.length,
		from: indexIn(all, toks[0]),
		to: indexIn(all, toks[toks.length - 1]) + 1,
		norm: foldName(clean)
	};
}

/** Role words directly before a name ("defence minister", "US assistant trade representative"). */
/** A word that names whose title it is: a team, party or body, or a plain noun ("sevens"). */
function qualifier(t: Token): boolean {
	if (
		hasAny(t, [
			'Pronoun',
			'Determiner',
			'Date',
			'Verb',
			'Adverb',
			'Preposition',
			'Conjunction',
			...PERSON_TAGS
		])
	)
		return false;
	if (isCalendarWord(t) || /\d/.test(t.text)) return false;
	return t.cap || t.tags.has('Noun');
}

/**
 * "England sevens coach": a plural noun between a team's name and a title, which the tagger reads as a
 * verb ("sevens", "reserves").
 */
function pluralReadAsVerb(tokens: Token[], k: number): boolean {
	const t = tokens[k];
	return (
		!t.cap &&
		t.tags.has('PresentTense') &&
		!t.tags.has('Auxiliary') &&
		/^\p{Ll}+[^s']s$/u.test(t.text) &&
		!/^(is|has|was|does|says)$/.test(t.lower) &&
		!!tokens[k - 1]?.cap &&
		!/[,;:]/.test(tokens[k - 1].post)
	);
}

function roleBefore(tokens: Token[], at: number): Token[] {
	let k = at - 1;
	let sawHead = false;
	let extra = 0;
	const role: Token[] = [];
	while (k >= 0) {
		const t = tokens[k];
		const w = t.lower.replace(/\.$/, '');
		if (breaksAfter(t)) break;
		if (isPossessive(t)) {
			// "Velmora's prime minister": the country whose post it is belongs to the title; so do the
			// people it serves ("the athletes' lawyer").
			if (role.length && (t.cap || (t.tags.has('Plural') && /s$/.test(t.lower)))) role.unshift(t);
			break;
		}
		if (ROLE_HEADS.has(w)) sawHead = true;
		else if (!(
			ROLE_MODIFIERS.has(w) ||
			t.tags.has('Demonym') ||
			(ACRONYM.test(t.text) && role.length) ||
			// Whose title it is: "Wolves chairman", "England sevens coach", "Shadow Home Secretary".
			(sawHead && (qualifier(t) || pluralReadAsVerb(tokens, k)) && ++extra <= 3)
		))
			break;
		role.unshift(t);
		k--;
	}
	return sawHead && ROLE_HEADS.has(role[role.length - 1]?.lower.replace(/\.$/, '')) ? role : [];
}

/** A role in apposition after a name: "Jane Doe, the bank's chief economist," or "Jane Doe, US Secretary of Trade,". */
function roleAfter(tokens: Token[], last: number): Token[] {
	if (!/^,\s*$/.test(tokens[last].post)) return [];
	let k = last + 1;
	if (tokens[k] && /^(the|a|an)$/.test(tokens[k].lower)) k++;
	const role: Token[] = [];
	let sawHead = false;
	while (k < tokens.length && role.length < 8) {
		const t = tokens[k];
		const w = t.lower.replace(/\.$/, '');
		const ok =
			isRoleWord(w) ||
			t.tags.has('Demonym') ||
			ACRONYM.test(t.text) ||
			(sawHead && (CONNECTORS.has(w) || w === 'at')) ||
			(sawHead && t.cap);
		if (!ok) return [];
		role.push(t);
		if (ROLE_HEADS.has(w)) sawHead = true;
		if (breaksAfter(t)) break;
		k++;
	}
	const end = role[role.length - 1];
	// "X, chairman of Save Our Community - a group …": a dash closes the apposition as a comma does.
	return sawHead && end && /^([,.;]|\s+[-–—]\s)/.test(end.post) ? role : [];
}

function numberValue(raw: string): number | null {
	const w = raw.toLowerCase();
	if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
	const n = Number(raw.replace(/[$£€¥₹,]/g, '').replace(/^US/, ''));
	return Number.isFinite(n) ? n : null;
}

const SCALE: Record<string, number> = {
	thousand: 1e3,
	k: 1e3,
	million: 1e6,
	m: 1e6,
	mn: 1e6,
	billion: 1e9,
	bn: 1e9,
	trillion: 1e12
};

function formatScaled(value: number): string {
	for (const [word, size] of [
		['trillion', 1e12],
		['billion', 1e9],
		['million', 1e6]
	] as const)
		if (value >= size) return `${+(value / size).toFixed(3)} ${word}`;
	return String(value);
}

/** Amounts, rates, durations and counts, scanning numbers and their units. */
function findQuantities(tokens: Token[], text: string, offset: number): Mention[] {
	const found: Mention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		const raw = t.text.replace(/[.,]$/, '');
		const m = /^(US\$|[$£€¥₹])?(\d[\d,]*(?:\.\d+)?)(%|bn|m|k)?(?:-(\p{L}+))?$/u.exec(raw);
		// "£135,00": digits grouped wrongly are a slip of the copy, no figure to learn.
		if (m && /,(?!\d{3}(?:[,.]|$))/.test(m[2])) continue;
		let value: number | null;
		if (m) value = numberValue(m[2]);
		else if (raw.toLowerCase() in NUMBER_WORDS && !t.tags.has('Pronoun')) {
			value = NUMBER_WORDS[raw.toLowerCase()];
		} else {
			const hy = /^(\p{L}+)-(\p{L}+)$/u.exec(raw);
			if (
				hy &&
				hy[1].toLowerCase() in NUMBER_WORDS &&
				DURATION_UNITS.has(hy[2].toLowerCase() + 's')
			) {
				const mention = makeMention('duration', [t], tokens, text, offset);
				mention.amount = { value: NUMBER_WORDS[hy[1].toLowerCase()], unit: hy[2].toLowerCase() };
				mention.norm = `${mention.amount.value} ${mention.amount.unit}`;
				found.push(mention);
			}
			continue;
		}
		if (value === null) continue;
		if (t.tags.has('Year') || /^(1[89]|20)\d\d$/.test(raw)) continue;
		let j = i;
		// "Fifty-five", tokenised as "Fifty" and "five", and "Fifty nine": one number.
		const ones = tokens[i + 1]?.lower;
		if (!m && value % 10 === 0 && value >= 20 && value < 100 && /^(-| )$/.test(t.post) && ones) {
			const unit = NUMBER_WORDS[ones];
			if (unit !== undefined && unit >= 1 && unit <= 9) {
				value += unit;
				j++;
			}
		}
		// "three to four hours", "10 or 12 people": a range is no one figure (from X to Y is a change).
		const joiner = tokens[j + 1]?.lower;
		const other = tokens[j + 2]?.lower.replace(/[.,]$/, '') ?? '';
		if (
			(joiner === 'to' || joiner === 'or') &&
			!m?.[3] &&
			tokens[i - 1]?.lower !== 'from' &&
			!breaksAfter(tokens[j]) &&
			// "three to fours hours" as some copy has it
			(other in NUMBER_WORDS ||
				other.replace(/s$/, '') in NUMBER_WORDS ||
				/^\d[\d,.]*$/.test(other))
		) {
			i = j + 2;
			continue;
		}
		let currency = m?.[1] ? m[1].replace('US$', '$') : '';
		let unit = '';
		const suffix = m?.[3];
		const hyphenUnit = m?.[4]?.toLowerCase();
		if (suffix === '%') unit = '%';
		else if (suffix && SCALE[suffix]) value *= SCALE[suffix];
		if (hyphenUnit && DURATION_UNITS.has(hyphenUnit + 's')) unit = hyphenUnit;
		const next = tokens[j + 1];
		const nextLower = next?.lower.replace(/\.$/, '');
		if (!unit && next && SCALE_WORDS.has(nextLower) && !breaksAfter(t)) {
			value *= SCALE[nextLower] ?? 1;
			j++;
		}
		const after = tokens[j + 1];
		const afterLower = after?.lower.replace(/\.$/, '') ?? '';
		if (!unit && after && !breaksAfter(tokens[j])) {
			if (afterLower === 'per' && /^cent/.test(tokens[j + 2]?.lower ?? '')) {
				unit = '%';
				j += 2;
			} else if (afterLower === 'percent' || afterLower === 'pc') {
				unit = '%';
				j += 1;
			} else if (afterLower === 'percentage' && /^points?$/.test(tokens[j + 2]?.lower ?? '')) {
				unit = 'percentage points';
				j += 2;
			} else if (afterLower === 'basis' && /^points?$/.test(tokens[j + 2]?.lower ?? '')) {
				unit = 'basis points';
				j += 2;
			} else if (CURRENCY_WORDS[afterLower] && !currency) {
				currency = CURRENCY_WORDS[afterLower];
				j += 1;
			} else if (
				DURATION_UNITS.has(afterLower) ||
				DURATION_UNITS.has(afterLower.replace(/-old$/, ''))
			) {
				unit = afterLower.replace(/s$/, '');
				j += 1;
			}
		}
		// "$38.50 a share", "$70 a barrel": the price is per something.
		if (
			currency &&
			/^(a|an|per)$/.test(tokens[j + 1]?.lower ?? '') &&
			/^(share|barrel|ounce|tonne|ton|year|month|week|day|hour|head|person|unit)s?$/.test(
				tokens[j + 2]?.lower.replace(/[.,]$/, '') ?? ''
			) &&
			!breaksAfter(tokens[j]) &&
			// "a loss of $793m a year ago": a time back, not a rate.
			!(
				!breaksAfter(tokens[j + 2]) &&
				/^(ago|earlier|before|later)\b/.test(tokens[j + 3]?.lower ?? '')
			)
		)
			j += 2;
		const kind: MentionKind = currency
			? 'money'
			: unit === '%' || unit.endsWith('points')
				? 'percent'
				: unit
					? 'duration'
					: 'count';
		if (kind === 'count' && (!m || /^\d{1,2}$/.test(raw) === false) && !m && value < 2) continue;
		const mention = makeMention(kind, tokens.slice(i, j + 1), tokens, text, offset);
		mention.amount = { value, unit: currency || unit };
		mention.norm =
			kind === 'money'
				? `${currency}${formatScaled(value)}`
				: kind === 'percent'
					? `${value}${unit === '%' ? '%' : ' ' + unit}`
					: kind === 'duration'
						? `${value} ${unit}`
						: String(value);
		found.push(mention);
		i = j;
	}
	return found;
}

function findDates(tokens: Token[], text: string, offset: number, ref: ReferenceDate): Mention[] {
	const found: Mention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (weekdayInName(tokens, i)) continue;
		const hit = parseDateAt({ tokens, at: i, ref });
		if (!hit) continue;
		const mention = makeMention('date', tokens.slice(i, hit.next), tokens, text, offset);
		mention.date = hit.value;
		mention.norm = hit.value.iso ?? hit.value.text.toLowerCase();
		found.push(mention);
		i = hit.next - 1;
	}
	return found;
}

const initials = (words: string[]) => words.map((w) => w[0]).join('');

/** Does `long` (a run of words) abbreviate to `short`? Small words may or may not count. */
export function abbreviates(short: string, long: string): boolean {
	const letters = short.replace(/[^\p{L}]/gu, '').toUpperCase();
	if (letters.length < 2) return false;
	const words = long.split(/[\s-]+/).filter(Boolean);
	const all = initials(words).toUpperCase();
	const content = initials(words.filter((w) => /^\p{Lu}/u.test(w) || w.length > 3)).toUpperCase();
	if (all === letters || content === letters) return true;
	// "Maritime Security dialogue, or Mari": a clipped first word.
	return letters.length >= 3 && words[0].toUpperCase().startsWith(letters) && words.length > 1;
}

/**
 * "Long Name (ABC)", "Long Name, or ABC,", "Long Name, ABC.", "ABC (Long Name)". A long form may join
 * two names across "and" when the short form spells both ("Internet Corporation for Assigned Names
 * and Numbers, Icann").
 */
function findAcronyms(
	tokens: Token[],
	names: Mention[],
	text: string,
	offset: number
): AcronymLink[] {
	const links: AcronymLink[] = [];
	const rel = (a: number) => a - offset;
	for (const [n, first] of names.entries()) {
		const next = names[n + 1];
		const joined =
			next && text.slice(rel(first.end), rel(next.start)) === ' and '
				? { start: first.start, end: next.end, text: `${first.text} and ${next.text}` }
				: undefined;
		for (const name of joined ? [joined, first] : [first]) {
			const after = text.slice(rel(name.end));
			const paren = /^\s*\(([\p{L}\p{N}.&-]{2,12})\)/u.exec(after);
			// The long form may end in a lower-case word or two ("Maritime Security dialogue, or Mari").
			const orForm =
				/^((?:\s+\p{Ll}[\p{L}-]*){0,2}),?\s+or\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}&-]{1,11})\b/u.exec(
					after
				);
			// "…, Icann." in apposition: the short form ends the phrase.
			const comma = /^,\s+([\p{Lu}][\p{L}\p{N}&-]{2,11})(?=\s*(?:[.,;:!?)]|$))/u.exec(after);
			const hit = paren
				? { full: paren[0], short: paren[1], tail: '' }
				: orForm
					? { full: orForm[0], short: orForm[2], tail: orForm[1] }
					: comma && comma[1].replace(/[^\p{L}]/gu, '').length >= 3
						? { full: comma[0], short: comma[1], tail: '' }
						: null;
			// "New Media for a New Millennium (NM2)": the name is the tail of a longer title its small
			// words split, so what the short form stands for is not this name alone.
			const cutTitle = /\p{Lu}[\p{L}-]*\s+(?:(?:for|of|in|on|to|with)\s+(?:a|an)|and|&)\s+$/u.test(
				text.slice(Math.max(0, rel(name.start) - 40), rel(name.start))
			);
			if (
				hit &&
				!cutTitle &&
				name.text.includes(' ') &&
				abbreviates(hit.short, name.text) &&
				// "Halloween II, Halloween: Resurrection": a name's own first word abbreviates nothing.
				!name.text.toLowerCase().startsWith(`${hit.short.toLowerCase()} `)
			) {
				const shortStart = name.end + hit.full.lastIndexOf(hit.short);
				links.push({
					short: hit.short,
					long: (name.text + hit.tail).replace(/^the\s+/i, ''),
					shortStart,
					shortEnd: shortStart + hit.short.length,
					longStart: name.start,
					longEnd: name.end + hit.tail.length
				});
				break;
			}
		}
		// "ABC (Long Name)", "MPC (the Bank of England's Monetary Policy Committee)"
		const after = text.slice(rel(first.end));
		const inner = /^\s*\(([^()]{5,80})\)/u.exec(after);
		if (!inner || !ACRONYM.test(first.text)) continue;
		const owned = /^(.*[’']s\s+)?(.+)$/u.exec(inner[1].replace(/^(the|a|an)\s+/i, ''));
		const long = abbreviates(first.text, inner[1]) ? inner[1] : (owned?.[2] ?? '');
		if (!long || !abbreviates(first.text, long)) continue;
		const longStart = first.end + inner[0].indexOf(inner[1]) + inner[1].length - long.length;
		links.push({
			short: first.text,
			long,
			shortStart: first.start,
			shortEnd: first.end,
			longStart,
			longEnd: longStart + long.length
		});
	}
	return links;
}

/** Capitalised runs, joined across "of", "for the", "&", split from their roles. */
function findNames(tokens: Token[], text: string, offset: number) {
	const names: Mention[] = [];
	const roles: RoleLink[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (!nameish(tokens, i)) continue;
		let end = i;
		let j = i;
		while (j < tokens.length) {
			if (nameish(tokens, j) && (j === i || !startsClause(tokens, j))) {
				end = j;
				if (breaksAfter(tokens[j]) || possessiveEnd(tokens[j])) break;
				j++;
				continue;
			}
			const c = tokens[j];
			if (
				j > i &&
				CONNECTORS.has(c.lower) &&
				c.lower !== 'the' &&
				!breaksAfter(c) &&
				(nameish(tokens, j + 1) || (tokens[j + 1]?.lower === 'the' && nameish(tokens, j + 2))) &&
				// "husband David Arquette for HBO": a person's name takes no "for" or "at" after it.
				!(
					/^(for|at|in|on|to)$/.test(c.lower) &&
					tokens.slice(i, j).some((t) => t.tags.has('FirstName'))
				)
			) {
				if (c.lower === 'and' && !ORG_HEADS.has(tokens[j + 1]?.lower)) {
					// "A and B" joins two names unless it is "Trade and Industry Ministry"-like.
					const k = tokens.slice(j + 1).findIndex((t) => !nameish(tokens, t.i));
					const tail = tokens.slice(j + 1, k < 0 ? undefined : j + 1 + k);
					// "Minister of Industry and Trade Jane Doe": a title's "of A and B" stays whole.
					const titleOf =
						j >= 2 &&
						tokens.slice(i, j).some((t) => ROLE_HEADS.has(t.lower)) &&
						tokens.slice(i, j).some((t) => t.lower === 'of') &&
						ROLE_MODIFIERS.has(tokens[j - 1].lower) &&
						ROLE_MODIFIERS.has(tokens[j + 1]?.lower ?? '');
					if (!titleOf && !tail.some((t) => ORG_HEADS.has(t.lower))) break;
				}
				j += tokens[j + 1]?.lower === 'the' ? 2 : 1;
				continue;
			}
			break;
		}
		// "Korrin b", "Proxima Centauri b": a planet's letter is part of its name.
		const letter = tokens[end + 1];
		if (
			letter &&
			/^[b-h]$/.test(letter.text) &&
			!breaksAfter(tokens[end]) &&
			!isPossessive(tokens[end])
		)
			end++;
		let chunk = tokens.slice(i, end + 1);
		while (chunk.length && CONNECTORS.has(chunk[chunk.length - 1].lower))
			chunk = chunk.slice(0, -1);
		// "fellow American Justin Gatlin", "Researchers Tom Hale and …": a nationality or a plural noun
		// before a given name says who the person is; the name starts at the given name.
		while (
			chunk.length > 2 &&
			chunk[1].tags.has('FirstName') &&
			!chunk[0].tags.has('FirstName') &&
			(chunk[0].tags.has('Demonym') ||
				(chunk[0].tags.has('Plural') && !chunk[0].tags.has('ProperNoun')))
		)
			chunk = chunk.slice(1);
		i = end;
		if (!chunk.length) continue;
		// "Jane Doe of France": the person, not her country.
		const ofAt = chunk.findIndex((t, n) => n >= 2 && t.lower === 'of');
		let affiliation: Mention | undefined;
		if (
			ofAt > 0 &&
			classifyName(chunk.slice(0, ofAt)) === 'person' &&
			!ROLE_HEADS.has(chunk[ofAt - 1].lower)
		) {
			const rest = chunk.slice(chunk[ofAt + 1]?.lower === 'the' ? ofAt + 2 : ofAt + 1);
			if (rest.length) {
				const where = makeMention(classifyName(rest), rest, tokens, text, offset);
				names.push(where);
				// A country is where someone is from, not an organisation they belong to.
				if (where.kind !== 'place') {
					where.kind = 'org';
					affiliation = where;
				}
			}
			chunk = chunk.slice(0, ofAt);
		}
		const split = splitRole(chunk);
		if (split && split.role.length) {
			const person = makeMention('person', split.person, tokens, text, offset);
			const pre = roleBefore(tokens, chunk[0].i);
			// "Britain's Prime Minister Jane Doe": whose post it is belongs to the title.
			const owner = tokens[chunk[0].i - 1];
			const whose =
				!pre.length && owner?.cap && isPossessive(owner) && !breaksAfter(owner) ? [owner] : [];
			// "Trade and Industry Secretary": two portfolios joined inside one title.
			const and = tokens[chunk[0].i - 1];
			const other = tokens[chunk[0].i - 2];
			const before = tokens[chunk[0].i - 3];
			const joined =
				!pre.length &&
				and?.lower === 'and' &&
				other?.cap &&
				other.tags.has('Noun') &&
				!hasAny(other, [...PERSON_TAGS, ...PLACE_TAGS, 'Acronym']) &&
				!isPossessive(other) &&
				!breaksAfter(other) &&
				// One portfolio word opening the title ("Trade and Industry"), not the end of a name.
				!(before?.cap && !breaksAfter(before))
					? [other, and]
					: [];
			const roleTokens = [...whose, ...joined, ...pre, ...split.role];
			const r = span(roleTokens, text, offset);
			names.push(person);
			roles.push({ person, role: r.text, start: r.start, end: r.end });
			if (affiliation)
				roles.push({
					person,
					role: affiliation.text,
					start: affiliation.start,
					end: affiliation.end,
					affiliation: true
				});
			continue;
		}
		let kind = classifyName(
			chunk,
			breaksAfter(chunk[chunk.length - 1]) ? undefined : tokens[end + 1]
		);
		// A short unknown name right after a title is a person ("trade minister A Okafor").
		if (kind === 'thing' && chunk.length <= 3 && roleBefore(tokens, chunk[0].i).length)
			kind = 'person';
		// "Liverpool forward Milan Baros": a given name that is also a city, after a title, and a
		// surname no gazetteer knows.
		if (
			kind === 'place' &&
			chunk.length >= 2 &&
			chunk.length <= 3 &&
			!hasAny(chunk[chunk.length - 1], PLACE_TAGS) &&
			!GEO_OPENERS.has(chunk[0].lower) &&
			roleBefore(tokens, chunk[0].i).length
		)
			kind = 'person';
		// "the film Vera Drake", "the play Medea Now": a work, however much it reads like a name;
		// "rock band Franz Ferdinand", "record label Domino": a body.
		const noun = tokens[chunk[0].i - 1];
		const told =
			kind === 'person' &&
			!!noun &&
			!noun.cap &&
			// "with two games left to play Wilkinson was …": a verb after "to" tells no kind.
			tokens[noun.i - 1]?.lower !== 'to' &&
			(WORK_NOUNS.has(noun.lower) || BODY_NOUNS.has(noun.lower));
		if (told) kind = WORK_NOUNS.has(noun.lower) ? 'thing' : 'org';
		const mention = makeMention(kind, chunk, tokens, text, offset);
		if (told) mention.told = noun.lower;
		names.push(mention);
		if (kind === 'person' && affiliation)
			roles.push({
				person: mention,
				role: affiliation.text,
				start: affiliation.start,
				end: affiliation.end,
				affiliation: true
			});
		if (kind === 'person') {
			const before = roleBefore(tokens, chunk[0].i);
			const after = before.length ? [] : roleAfter(tokens, chunk[chunk.length - 1].i);
			const roleTokens = before.length ? before : after;
			if (roleTokens.length) {
				const r = span(roleTokens, text, offset);
				roles.push({ person: mention, role: r.text, start: r.start, end: r.end });
			}
		}
	}
	return { names, roles };
}

/**
 * A sentence with more tokens or mentions than these is a table, a list or junk, not prose to ask about:
 * it keeps its place (and its text in the source) but gives no mentions and so no facts. The most in a
 * sentence of 2,191 BBC articles are 138 tokens and 69 mentions (a team list).
 */
export const MAX_SENTENCE_TOKENS = 300;
export const MAX_SENTENCE_MENTIONS = 100;

/** Tags a sentence and finds every mention in it. */
export function findMentions(options: {
	sourceId: string;
	index: number;
	start: number;
	text: string;
	position: number;
	paragraph?: number;
	ref: ReferenceDate;
	/** The sentence's tokens when the whole text was tagged at once. */
	tokens?: Token[];
}): TaggedSentence {
	const { sourceId, index, start, text, position, paragraph, ref } = options;
	const tokens = options.tokens ?? tagText({ text, offset: start });
	const empty: TaggedSentence = {
		sourceId,
		index,
		start,
		end: start + text.length,
		text,
		position,
		paragraph,
		tokens: [],
		mentions: [],
		roles: [],
		acronyms: []
	};
	if (tokens.length > MAX_SENTENCE_TOKENS) return empty;
	const dates = findDates(tokens, text, start, ref);
	const quantities = findQuantities(tokens, text, start).filter(
		(q) => !dates.some((d) => q.start < d.end && d.start < q.end)
	);
	const { names, roles } = findNames(tokens, text, start);
	// "Three Degrees star Sheila Ferguson": opening the sentence too, a name a title follows is a band's.
	const titleAfter = (n: Mention) => {
		const next = tokens[n.to];
		return (
			!!next &&
			!next.cap &&
			(ROLE_HEADS.has(next.lower) || /^(star|stars|legend|member)$/.test(next.lower)) &&
			!breaksAfter(tokens[n.to - 1])
		);
	};
	// "signed with Four Tet", "the Fantastic Four": a capitalised number word inside a name mid-sentence
	// is part of the name, no count.
	const counted = quantities.filter(
		(q) =>
			!names.some((n) => {
				const first = tokens.find((t) => t.start === q.start);
				return (
					n.start <= q.start &&
					q.end <= n.end &&
					n.end - n.start > q.end - q.start &&
					!!first?.cap &&
					(!startsClause(tokens, first.i) || titleAfter(n))
				);
			})
	);
	// "Ten PEDs are the equivalent of one US dollar": a count opening the sentence is no part of the name
	// after it.
	names.forEach((n, k) => {
		const q =
			n.kind === 'person' ? undefined : counted.find((c) => c.start === n.start && c.end < n.end);
		const rest = q ? tokens.filter((t) => t.start >= q.end && t.end <= n.end) : [];
		if (rest.length) names[k] = makeMention(n.kind, rest, tokens, text, start);
	});
	const acronyms = findAcronyms(tokens, names, text, start);
	for (const a of acronyms) {
		// The long form of an acronym is a name in its own right.
		if (!names.some((n) => n.start === a.longStart && n.end === a.longEnd)) {
			const toks = tokens.filter((t) => t.start >= a.longStart && t.end <= a.longEnd);
			if (!toks.length) continue;
			// The parts of a long form joined across "and" give way to the whole.
			for (let k = names.length - 1; k >= 0; k--)
				if (names[k].start >= a.longStart && names[k].end <= a.longEnd) names.splice(k, 1);
			names.push(makeMention('thing', toks, tokens, text, start));
		}
	}
	const mentions = [...names, ...dates, ...counted].sort((a, b) => a.start - b.start);
	if (mentions.length > MAX_SENTENCE_MENTIONS) return empty;
	return {
		sourceId,
		index,
		start,
		end: start + text.length,
		text,
		position,
		paragraph,
		tokens,
		mentions,
		roles,
		acronyms
	};
}

/**
 * A capitalised word opening a sentence is read as a name only when tagged as one ("Yukos filed …" is
 * not), yet the same word named elsewhere in the articles is that name: each opening word (or run of
 * words) that spells a name met mid-sentence becomes a mention of the same kind.
 */
export function recoverOpeningNames(sentences: TaggedSentence[]): void {
	const OPENING_KINDS = new Set<MentionKind>(['person', 'place', 'org', 'thing', 'acronym']);
	const known = new Map<string, MentionKind>();
	for (const s of sentences)
		for (const m of s.mentions)
			if (
				OPENING_KINDS.has(m.kind) &&
				!startsClause(s.tokens, m.from) &&
				!known.has(m.norm) &&
				// "(AFP) - Astronomers using …": a capital after a dash is no sign of a name; the tagger's
				// own reading of the word as a name is.
				s.tokens
					.slice(m.from, m.to)
					.some((t) => hasAny(t, ['ProperNoun', 'Acronym', ...PERSON_TAGS, ...PLACE_TAGS]))
			)
				known.set(m.norm, m.kind);
	// "Greg Rusedski … Rusedski said": a person's surname alone opens a sentence as often as not.
	const surnames = new Set<string>();
	for (const s of sentences)
		for (const m of s.mentions) {
			const words = m.norm.split(' ');
			if (m.kind === 'person' && words.length > 1) surnames.add(words[words.length - 1]);
		}
	if (!known.size && !surnames.size) return;
	for (const s of sentences) {
		const tokens = s.tokens;
		const taken = (k: number) => s.mentions.some((m) => m.from <= k && k < m.to);
		let added = false;
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			if (!t.cap || !startsClause(tokens, i) || taken(i)) continue;
			if (t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Conjunction')) continue;
			// The longest run of capitalised words (up to four) that spells a known name.
			for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
				const run = tokens.slice(i, i + n);
				if (!run.every((x) => x.cap) || run.some((x, k) => taken(i + k))) continue;
				if (run.slice(0, -1).some((x) => breaksAfter(x) || isPossessive(x))) continue;
				const m = makeMention('thing', run, tokens, s.text, s.start);
				// A surname alone only before a verb or its possessive: "Young people" is no Will Young.
				const next = tokens[i + n];
				const surname =
					n === 1 &&
					surnames.has(m.norm) &&
					(isPossessive(t) || !!next?.tags.has('Verb') || /^[,;:]/.test(t.post.trim()));
				const kind = known.get(m.norm) ?? (surname ? 'person' : undefined);
				if (!kind) continue;
				m.kind = kind;
				s.mentions.push(m);
				added = true;
				break;
			}
		}
		if (added) s.mentions.sort((a, b) => a.start - b.start);
	}
}
