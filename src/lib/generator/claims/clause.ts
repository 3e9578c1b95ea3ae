/**
 * The main clause of a sentence, found from compromise's tags: a named subject (one or more names, with
 * any appositive set off by commas left out), its verb group, and the predicate up to where the clause
 * ends. Questions are then made by moving a WH-word (Heilman & Smith 2010), never by guessing.
 */
import { breaksAfter, isPossessive, linkingWord, type Token } from '../tokens';
import type { Mention, TaggedSentence } from '../mentions';
import type { Entity, EntityIndex } from '../entities';
import { anotherSpoken, fitsPronoun, PERSON_NOUNS, pointsAtAnother } from '../coreference';
import { GENERIC_REFERENTS, ORG_HEADS, ROLE_HEADS, THING_HEADS } from '../lexicon';

const ROLE_WORDS = new Set([
	...ROLE_HEADS,
	'singer',
	'writer',
	'actor',
	'actress',
	'star',
	'author',
	'veteran',
	'director',
	'producer',
	'rapper',
	'comedian',
	'presenter',
	'novelist',
	'composer',
	'drummer',
	'guitarist',
	'musician',
	'artist',
	'designer',
	'boss',
	'chef'
]);

/** One name in the subject, resolved to its entity. */
export interface NameRef {
	mention: Mention;
	entity: Entity;
	/** The entity's fullest name, for self-contained questions. */
	name: string;
	/** Token range of the whole conjunct (descriptors included), [from, to). */
	from: number;
	to: number;
}

export interface Described {
	/** As a question writes it: "the .post domain". */
	text: string;
	plural: boolean;
}

export interface Clause {
	s: TaggedSentence;
	subjFrom: number;
	/** First token of the verb group (finite verb or auxiliary). */
	verb: number;
	/** The main verb: last verb of the verb group. */
	main: number;
	/** Exclusive end of the predicate. */
	end: number;
	names: NameRef[];
	/** The subject's common-noun head right before a single name ("band" in "rock band Franz Ferdinand"). */
	descriptor?: string;
	negated: boolean;
	modal: boolean;
	/** A subject that is no name but a self-contained description ("the .post domain"). */
	described?: Described;
	/** The title the subject was given before the name ("the chairman of the Bar Council"). */
	title?: string;
	/** What a single named person is called right before the name ("former Yukos boss"). */
	lead?: string;
	/** Indices of tokens that lie inside quotation marks. */
	quoted: boolean[];
}

const QUOTE = /["“”]/g;
const SPEAKER_PRONOUNS = new Set([
	'i',
	'me',
	'my',
	'we',
	'us',
	'our',
	'you',
	'your',
	'mine',
	'ours'
]);
/** "we", "I", "us" — but "US" is the country. */
const speaker = (t: Token) =>
	SPEAKER_PRONOUNS.has(t.lower) && !(t.lower === 'us' && t.text !== 'us');
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const THING_PRONOUNS = new Set(['it', 'its', 'itself']);
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'such']);
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'where', 'when', 'whom']);
const CLAUSE_CUTS = new Set([
	'who',
	'which',
	'while',
	'whilst',
	'whereas',
	'but',
	'although',
	'though',
	'as',
	'and',
	'with',
	'where',
	'when',
	'amid',
	'despite',
	'adding',
	'saying',
	'according',
	'said',
	'says',
	'meaning',
	'including',
	'because',
	'after',
	'before',
	'since',
	'if',
	'so',
	'following',
	'whether'
]);
export const NAME_KINDS = new Set(['person', 'org', 'place', 'thing']);
/** Nouns that need no earlier mention after "the": there is one of each in a news story's world. */
/** "the first time", "the last minute", "the best player": picked out of a set that needs no naming. */
const PICKED_FROM_ANY =
	/^(times?|half|halves|round|leg|quarter|place|minutes?|hours?|seconds?|goals?|innings|step|sign|signs|thing|things|one|ones|way|ways|person|people|players?|teams?|kind|sort|example|part|stage|phase|instance|chance|option|choice)$/;

const UNIQUE_NOUNS = new Set(
	`world government police public economy internet web country nation army navy military president
	queen king pope church weather market industry media press prime minister chancellor opposition
	election budget treasury parliament cabinet city capital region continent sun moon environment
	future past present war peace people population majority minority rest season year month week
	weekend day morning afternoon summer winter spring autumn time moment end start
	beginning decade century truth sea air ground stage top bottom euro dollar pound yen net wage
	internet atmosphere earth planet sky ocean climate universe galaxy law courts public sector
	stock exchange workforce electorate countryside`.split(/\s+/)
);
// Not "and": it joins names as often as clauses ("she and fellow sprinter X will …").
const NEW_CLAUSE_CONJUNCTIONS = new Set([
	'but',
	'while',
	'as',
	'when',
	'so',
	'because',
	'after',
	'before',
	'until',
	'although'
]);

const isVerb = (t: Token) => t.tags.has('Verb');
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re"]);
const SAY_VERB = /^(said|says|say|reported|reports|added|told|wrote|announced|confirmed|stated)$/;
/** A verb that makes a clause on its own: past or present tense, a modal, "is" or "has". */
export const finite = (t: Token) =>
	isVerb(t) &&
	!t.tags.has('Gerund') &&
	(t.tags.has('PastTense') ||
		t.tags.has('PresentTense') ||
		t.tags.has('Modal') ||
		t.tags.has('Copula') ||
		t.tags.has('Auxiliary'));
const commaAfter = (t: Token) => /,/.test(t.post);
const finiteNotSay = (t: Token) => finite(t) && !SAY_VERB.test(t.lower) && !t.tags.has('Auxiliary');

/** Which tokens sit inside quotation marks, given whether the sentence opens inside a quotation. */
export function quotedTokens(s: TaggedSentence, opensQuoted: boolean): boolean[] {
	let inside = opensQuoted || /^\s*["“]/.test(s.text);
	return s.tokens.map((t) => {
		const here = inside;
		const marks = t.post.match(QUOTE)?.length ?? 0;
		if (marks % 2) inside = !inside;
		return here;
	});
}

/**
 * "I thought Worsley had a solid game", "My first car ran on …": the writer speaks in the first person
 * outside quotation marks, so the sentence is a columnist's view or memory, not the story's fact
 * (reviewers kept 1 of 8 such cards). "World War I" is no pronoun.
 */
export function writerSpeaks(s: TaggedSentence, opensQuoted: boolean): boolean {
	const quoted = quotedTokens(s, opensQuoted);
	return s.tokens.some(
		(t, k) =>
			!quoted[k] &&
			(/^(my|me)$/.test(t.lower) ||
				(/^I(['’](m|ve|d|ll))?$/.test(t.text) && !(k > 0 && s.tokens[k - 1].cap)))
	);
}

/** Does the sentence leave a quotation open for the next one? */
export function leavesQuoteOpen(text: string, opensQuoted: boolean): boolean {
	const marks = text.match(QUOTE)?.length ?? 0;
	const t = text.trim();
	if (/["”]\W*$/.test(t) && !/^\W*["“]\W*$/.test(t.slice(-3))) return false;
	const startsOpen = /^\s*["“]/.test(text);
	return startsOpen ? marks % 2 === 1 : opensQuoted !== (marks % 2 === 1);
}

/** A leading adjunct ("On Friday,", "Speaking on TV,"): the subject starts after its comma. */
function subjectStart(tokens: Token[]): number {
	const first = tokens[0];
	// "Besides Dee, Davis is survived by …": the tagger may read a capitalised preposition as a name.
	const opener =
		linkingWord(first.text) ||
		first.tags.has('Preposition') ||
		first.tags.has('Conjunction') ||
		first.tags.has('Adverb') ||
		first.tags.has('Gerund') ||
		(first.tags.has('Verb') && first.tags.has('PastTense')) ||
		first.tags.has('Date');
	if (!opener) return 0;
	// "And Mr Goodridge said …", "But the firm denied …": a joining word with no adjunct after it.
	if (/^(and|but|yet|so|or)$/.test(first.lower) && !commaAfter(first) && tokens[1]?.cap) return 1;
	for (let k = 0; k < Math.min(tokens.length - 1, 15); k++) {
		if (commaAfter(tokens[k])) return k + 1;
		if (finite(tokens[k]) && k > 0) return -1;
	}
	return -1;
}

/** A name without a title written into it at the start of a sentence ("Singer Courtney Love"). */
export function plainName(name: string): string {
	const words = name.split(' ');
	return words.length >= 3 && ROLE_WORDS.has(words[0].toLowerCase())
		? words.slice(1).join(' ')
		: name;
}

/** "Adam Smith Lecture" is a thing, however the tagger saw it. */
export function personName(text: string): boolean {
	const last =
		text
			.split(/\s+/)
			.pop()
			?.toLowerCase()
			.replace(/[’']s?$/, '') ?? '';
	// "Tour Championships": a plural head is a thing's too.
	const singular = last.replace(/s$/, '');
	return (
		![last, singular].some((w) => THING_HEADS.has(w) || ORG_HEADS.has(w)) &&
		!/^(lecture|show|link|nasty|film|book|album|trophy|medal|games|awards?)$/.test(last)
	);
}

function nameEndingAt(
	s: TaggedSentence,
	ents: EntityIndex,
	from: number,
	to: number
): NameRef | undefined {
	for (const m of s.mentions) {
		if (m.to !== to || m.from < from) continue;
		const e = ents.of(m);
		if (!e || !NAME_KINDS.has(e.kind === 'acronym' ? 'org' : e.kind)) continue;
		if (e.kind === 'person' && !personName(m.text)) return undefined;
		return { mention: m, entity: e, name: plainName(e.name), from, to };
	}
	return undefined;
}

const nominal = (t: Token) =>
	!isVerb(t) || t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Actor');

/** The subject as one or more names ("Tzekos, Thanou and Kenteris"), or undefined. */
function namedSubject(
	s: TaggedSentence,
	entities: EntityIndex,
	segments: number[][]
): { names: NameRef[]; descriptor?: string; title?: string; lead?: string } | undefined {
	const tokens = s.tokens;
	// "The chairman of the Bar Council, Guy Mansfield QC, warned …": a title, then who holds it.
	const [first, second] = segments.filter((x) => x.length);
	if (first && second && segments.filter((x) => x.length).length === 2) {
		// The holder's name opens the second part ("Guy Mansfield QC").
		const m = s.mentions.find(
			(x) =>
				x.from === second[0] &&
				x.to <= second[second.length - 1] + 1 &&
				entities.of(x)?.kind === 'person'
		);
		const e = m && entities.of(m);
		const holder =
			m && e
				? { mention: m, entity: e, name: plainName(e.name), from: m.from, to: m.to }
				: undefined;
		const titled =
			first.some((k) => ROLE_HEADS.has(tokens[k].lower)) &&
			first.every((k) => nominal(tokens[k]) && !tokens[k].tags.has('Pronoun')) &&
			first.some(
				(k) =>
					tokens[k].lower === 'of' ||
					(tokens[k].cap && !ROLE_HEADS.has(tokens[k].lower) && k > first[0])
			);
		if (holder && holder.entity.kind === 'person' && holder.mention.from === second[0] && titled) {
			const title = textOf(s, first[0], first[first.length - 1] + 1).replace(/,$/, '');
			return { names: [holder], title: title.charAt(0).toLowerCase() + title.slice(1) };
		}
	}
	const names: NameRef[] = [];
	let descriptor: string | undefined;
	let lead: string | undefined;
	let lastWasName = false;
	for (const seg of segments.filter((x) => x.length)) {
		const from = seg[0];
		const to = seg[seg.length - 1] + 1;
		const ref = nameEndingAt(s, entities, from, to);
		// "The Americans", "the French": a people is described, not named ("Who has made …?" → "Americans").
		const people =
			ref && tokens.slice(ref.mention.from, ref.mention.to).every((t) => t.tags.has('Demonym'));
		if (people) return undefined;
		if (ref) {
			// "The Brazilian city of Porto Alegre": the noun before "of" says what the name is (the tagger
			// may read "of" as part of a place).
			const headAt =
				tokens[ref.mention.from - 1]?.lower === 'of' &&
				PLACE_CLASSES.test(tokens[ref.mention.from - 2]?.lower ?? '') &&
				ref.entity.kind === 'place'
					? ref.mention.from - 1
					: ref.mention.from;
			for (let k = from; k < headAt; k++) {
				const t = tokens[k];
				// "The threat to TV was …": the name sits in a phrase after the subject's own noun.
				if (
					!nominal(t) ||
					t.tags.has('Preposition') ||
					t.tags.has('Pronoun') ||
					/^(of|to|for|from|with|into|about|against|over|by|at|on|in|or)$/.test(t.lower)
				)
					return undefined;
				// "England's first autumn Test": owned, counted and described, the name is a common thing
				// ("Which autumn is …?"); "Korea's Hyundai", "Britain's Jason Gardener" are still named.
				if (
					ref.entity.kind !== 'person' &&
					(t.tags.has('Ordinal') ||
						(t.tags.has('Possessive') &&
							tokens.slice(k + 1, headAt).some((x) => !x.cap && !x.tags.has('Value'))))
				)
					return undefined;
			}
			names.push(ref);
			if (headAt > from) {
				const head = tokens[headAt - 1];
				const plain =
					/^\p{L}+$/u.test(head.text) &&
					!head.tags.has('Date') &&
					!head.tags.has('Value') &&
					// "low-budget L'Esquive" is no budget.
					!head.tags.has('Hyphenated');
				if (!head.cap && head.tags.has('Noun') && plain) descriptor = head.lower;
				lead = leadOf(tokens, from, headAt, s.properWords) ?? lead;
			}
			lastWasName = true;
		} else {
			// An appositive after a comma ("Alan Greenspan, Fed chairman, said") is fine; a common-noun
			// head ("Chelsea and Arsenal fans") means the subject is not the names.
			if (!names.length) return undefined;
			const joinedByAnd = tokens[from - 1]?.lower === 'and';
			if (joinedByAnd) return undefined;
			lastWasName = false;
		}
	}
	if (!names.length || (!lastWasName && names.length > 1)) return undefined;
	if (names.length > 1) descriptor = undefined;
	if (names.length !== 1 || names[0].entity.kind !== 'person') lead = undefined;
	return { names, descriptor, lead };
}

/**
 * "Stephen Toulouse, a Microsoft security manager, said …": the appositive between the one named
 * person and the verb says what they are.
 */
function appositiveLead(s: TaggedSentence, names: NameRef[], verb: number): string | undefined {
	if (names.length !== 1) return undefined;
	if (names[0].entity.kind !== 'person') return bodyAppositive(s, names[0], verb);
	const tokens = s.tokens;
	const from = names[0].mention.to;
	if (!/^,\s*$/.test(tokens[from - 1].post) || verb - from < 2 || verb - from > 7) return undefined;
	const to = verb;
	const head = tokens[to - 1];
	if (!/^,\s*$/.test(head.post) || head.cap) return undefined;
	if (!/^(a|an|the)$/.test(tokens[from].lower) && !ROLE_HEADS.has(head.lower)) return undefined;
	return leadOf(tokens, from, to, s.properWords);
}

/**
 * "Parmalat, the Italian food group at the centre of …, has reported …": what a firm or a thing is,
 * said in an appositive, asks for it ("Which Italian food group has reported …?").
 */
function bodyAppositive(s: TaggedSentence, name: NameRef, verb: number): string | undefined {
	const tokens = s.tokens;
	const from = name.mention.to;
	if (
		!/^,\s*$/.test(tokens[from - 1]?.post ?? '') ||
		!/^(a|an|the)$/.test(tokens[from]?.lower ?? '')
	)
		return undefined;
	if (!/^,\s*$/.test(tokens[verb - 1]?.post ?? '') || verb - from > 16) return undefined;
	// The description runs to its head noun: up to a preposition, a relative word or the comma.
	let to = from + 1;
	while (
		to < verb &&
		!tokens[to].tags.has('Preposition') &&
		!/^(that|which|who|whose)$/.test(tokens[to].lower) &&
		!/,/.test(tokens[to - 1].post)
	)
		to++;
	const head = tokens[to - 1];
	if (!head || head.cap || !head.tags.has('Noun') || head.tags.has('Plural')) return undefined;
	if (tokens.slice(from + 1, to).some((t) => t.tags.has('Verb') && !t.tags.has('Noun')))
		return undefined;
	return leadOf(tokens, from, to, s.properWords);
}

/**
 * The words that say what a person is, right before the name: "former Yukos boss", "TV presenter",
 * "Texas judge". Plain nouns and names ending in a noun; no possessive, figure or date, at most five.
 */
/** A nationality adjective the tagger may not know as one ("British", "Scottish", "Kenyan"). */
const NATIONALITY =
	/^(\p{Lu}\p{Ll}+(ish|ian|ese|ican|ean)|French|Dutch|Greek|Swiss|Welsh|Thai|Iraqi|Israeli|Pakistani|Saudi)$/u;

/** "the city of X", "the island of X": the noun names what kind of place X is. */
const PLACE_CLASSES =
	/^(city|town|village|country|state|island|region|province|county|district|port|capital|republic|kingdom|borough|resort)$/;

function leadOf(
	tokens: Token[],
	from: number,
	to: number,
	proper?: ReadonlySet<string>
): string | undefined {
	let k = from;
	if (/^(the|a|an)$/.test(tokens[k].lower)) k++;
	if (to - k < 1 || to - k > 5) return undefined;
	const words: string[] = [];
	for (let i = k; i < to; i++) {
		const t = tokens[i];
		if (
			!/^[\p{L}][\p{L}.-]*$/u.test(t.text) ||
			t.tags.has('Possessive') ||
			/[’']s?$/.test(t.text) ||
			t.tags.has('Value') ||
			t.tags.has('Date') ||
			t.tags.has('Pronoun') ||
			// "Speculation that President Bush …": a clause opens, no description of the name.
			(t.lower !== 'of' &&
				(t.tags.has('Conjunction') || t.tags.has('Preposition') || t.tags.has('Determiner'))) ||
			// An appositive's comma closes it ("…, a Microsoft security manager, said").
			(/[,;:()]/.test(t.post) && !(i === to - 1 && /^,\s*$/.test(t.post)))
		)
			return undefined;
		words.push(t.text);
	}
	const head = tokens[to - 1];
	if (!head.tags.has('Noun') || head.tags.has('Plural')) return undefined;
	// "Mr", "Dr" or a bare title are no description ("President" alone says little).
	// A capital at the sentence's start is only its first letter ("Singer Alex Kapranos").
	const plainWord = k === 0 && !ROLE_HEADS.has(head.lower);
	if (
		words.length === 1 &&
		((head.cap && !plainWord) || /^(mr|mrs|ms|dr|sir|lord|lady)$/.test(head.lower))
	)
		return undefined;
	// "Home Secretary" is a title as written; "Teenage soul singer" starts a sentence.
	const first = tokens[k];
	// "Former Liberal Democrat MP Jackie Ballard": a sentence's first word, not part of the title.
	const opener = k === 0 && /^(former|ex|veteran|retired|outgoing|new|then)$/i.test(words[0]);
	const titleCase = words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) && !opener;
	if (opener) words[0] = words[0].toLowerCase();
	else if (
		!titleCase &&
		!first.tags.has('ProperNoun') &&
		!first.tags.has('Acronym') &&
		// "British actress", "Scottish singer": a people's adjective keeps its capital.
		!first.tags.has('Demonym') &&
		!NATIONALITY.test(first.text) &&
		// "Tory frontbencher", "Labour MP": a party's name keeps its capital.
		!/^(Tory|Tories|Labour|Conservative|Liberal|Democrat|Democratic|Republican|Green|Unionist|Nationalist)$/.test(
			first.text
		) &&
		!/^\p{Lu}{2,}/u.test(first.text) &&
		!proper?.has(first.lower) &&
		!proper?.has(`${first.lower} ${tokens[k + 1]?.lower}`)
	)
		words[0] = words[0].toLowerCase();
	return words.join(' ');
}

/**
 * A subject that is no name but says what it is about on its own ("The .post domain", "More than
 * 5.2 million Germans"): nouns with a name or a figure in them, no pronoun, no "the club".
 */
function describedSubject(s: TaggedSentence, topLevel: number[]): Described | undefined {
	const tokens = s.tokens;
	if (!topLevel.length || topLevel.length > 9) return undefined;
	const from = topLevel[0];
	const to = topLevel[topLevel.length - 1] + 1;
	if (to - from !== topLevel.length) return undefined;
	// "The band" resolved to the band named before.
	const whole = s.rewrites?.find((r) => r.from === from && r.to === to);
	// "He" read as a name is the pronoun clause's to ask (it cites the sentence saying who he is).
	if (whole && tokens[from].tags.has('Pronoun')) return undefined;
	if (whole) {
		const text = /^the\s/i.test(whole.text) ? `t${whole.text.slice(1)}` : whole.text;
		return { text, plural: false };
	}
	let specific = false;
	for (let k = from; k < to; k++) {
		const t = tokens[k];
		if (t.tags.has('Pronoun') || (isVerb(t) && !t.tags.has('Noun') && !t.tags.has('Adjective')))
			return undefined;
		if (t.tags.has('Preposition') && !/^(of|in|for|from|at|on)$/.test(t.lower)) return undefined;
		// "The French want the embargo": a second article not after a preposition starts a second
		// phrase, so the first word read as a noun was the verb.
		if (
			k > from &&
			t.tags.has('Determiner') &&
			/^(the|a|an)$/.test(t.lower) &&
			!tokens[k - 1].tags.has('Preposition')
		)
			return undefined;
		if (DEMONSTRATIVES.has(t.lower) || speaker(t)) return undefined;
		if (
			(t.cap && k > from) ||
			t.tags.has('Value') ||
			/\d/.test(t.text) ||
			(t.cap && !t.tags.has('Determiner'))
		)
			specific = true;
	}
	const head = tokens[to - 1];
	if (!specific || !head.tags.has('Noun')) return undefined;
	// "Last year climbed 1.46%": a time is no subject that does things (the index is unsaid).
	if (head.tags.has('Date') || head.tags.has('Duration')) return undefined;
	if (
		tokens[from].lower === 'the' &&
		GENERIC_REFERENTS.has(tokens[from + 1]?.lower ?? '') &&
		to - from === 2
	)
		return undefined;
	const text = textOf(s, from, to);
	// "Discussions on the trade deal" is written small inside a question; "Yukos shares" is not.
	const first = tokens[from];
	const common =
		first.tags.has('Determiner') ||
		first.tags.has('Adjective') ||
		first.tags.has('Value') ||
		first.tags.has('Plural');
	const proper =
		!common ||
		s.mentions.some((m) => m.from === from) ||
		!!s.properWords?.has(first.lower) ||
		first.tags.has('ProperNoun') ||
		first.tags.has('Acronym');
	const written = proper ? text : text.charAt(0).toLowerCase() + text.slice(1);
	return { text: written, plural: head.tags.has('Plural') };
}

/**
 * "The planet, named Korrin b, has …": a description whose appositive gives the name is that name,
 * and its head noun says what it is ("Which planet has …?").
 */
function namingAppositive(
	s: TaggedSentence,
	entities: EntityIndex,
	topLevel: number[],
	verb: number
): { names: NameRef[]; descriptor?: string } | undefined {
	const tokens = s.tokens;
	const last = topLevel[topLevel.length - 1];
	if (last === undefined || !commaAfter(tokens[last])) return undefined;
	const at = last + 1;
	if (!/^(named|called|dubbed|known)$/.test(tokens[at]?.lower ?? '')) return undefined;
	const from = tokens[at].lower === 'known' && tokens[at + 1]?.lower === 'as' ? at + 2 : at + 1;
	for (const m of s.mentions) {
		if (m.from !== from || m.to > verb || !commaAfter(tokens[m.to - 1])) continue;
		const e = entities.of(m);
		if (!e) continue;
		const head = tokens[last];
		const descriptor =
			!head.cap && head.tags.has('Noun') && /^\p{Ll}+$/u.test(head.text) ? head.lower : undefined;
		return {
			names: [{ mention: m, entity: e, name: plainName(e.name), from, to: m.to }],
			descriptor
		};
	}
	return undefined;
}

/**
 * "The company, GlaxoSmithKline, is to alter …": a description, then the name in commas, is that
 * name, and the description's noun says what it is ("Which company is to alter …?").
 */
function namedAfterDescription(
	s: TaggedSentence,
	entities: EntityIndex,
	topLevel: number[],
	verb: number
): { names: NameRef[]; descriptor?: string } | undefined {
	const tokens = s.tokens;
	if (topLevel.length < 3 || !/^(the|this)$/.test(tokens[topLevel[0]].lower)) return undefined;
	const k = topLevel.findIndex((i) => commaAfter(tokens[i]));
	if (k < 1 || k > 3) return undefined;
	const head = tokens[topLevel[k]];
	const description = topLevel.slice(1, k + 1).map((i) => tokens[i]);
	if (description.some((t) => t.cap) || !head.tags.has('Noun') || !/^\p{Ll}+$/u.test(head.text))
		return undefined;
	const from = topLevel[k] + 1;
	const m = s.mentions.find((x) => x.from === from);
	if (!m || m.to !== verb || !commaAfter(tokens[m.to - 1])) return undefined;
	const e = entities.of(m);
	if (!e || !['person', 'org', 'thing', 'acronym'].includes(e.kind)) return undefined;
	return {
		names: [{ mention: m, entity: e, name: plainName(e.name), from, to: m.to }],
		descriptor: head.lower
	};
}

/** Analyses a sentence's main clause; undefined when its subject is not one or more named things. */
export function analyseClause(options: {
	s: TaggedSentence;
	entities: EntityIndex;
	opensQuoted: boolean;
}): Clause | undefined {
	const { s, entities } = options;
	const tokens = s.tokens;
	if (tokens.length < 4 || tokens.length > 70) return undefined;
	const quoted = quotedTokens(s, options.opensQuoted);
	const subjFrom = subjectStart(tokens);
	if (subjFrom < 0 || subjFrom >= tokens.length - 2) return undefined;

	// Walk to the finite verb, stepping over appositives and relative clauses set off by commas.
	const topLevel: number[] = [];
	let verb = -1;
	let paren = false;
	let bracket = false;
	for (let k = subjFrom; k < tokens.length; k++) {
		const t = tokens[k];
		if (quoted[k] && !paren && !bracket) return undefined;
		if (bracket) {
			if (/\)|\s[-–—]\s/.test(t.post)) bracket = false;
			continue;
		}
		// "… show Filthy Love and Channel 4's Shameless": a capitalised word inside the sentence is a
		// name the tagger took for a verb.
		if (!paren && k > subjFrom && finite(t) && !t.cap) {
			const prev = tokens[k - 1];
			// "the government's 26% stake", "European firms": a noun the tagger took for a verb.
			// "… in 2002 - was awarded": the verb after a closing dash or bracket is the verb.
			// "Scholl, 21, was arrested": a figure set off by commas is an aside, not the verb's noun.
			const nounish =
				!/[)\-–—,]\s*$/.test(prev.post) &&
				(prev.tags.has('Determiner') ||
					prev.tags.has('Possessive') ||
					prev.tags.has('Value') ||
					/%$/.test(prev.text) ||
					(prev.tags.has('Demonym') && t.tags.has('PresentTense') && /s$/.test(t.lower)));
			if (!nounish) {
				verb = k;
				break;
			}
		}
		if (!paren) topLevel.push(k);
		if (/\(/.test(t.post) || /\s[-–—]\s/.test(t.post)) bracket = true;
		if (commaAfter(t)) {
			if (paren) paren = false;
			else {
				const next = tokens[k + 1];
				if (
					next &&
					(RELATIVE_OPENERS.has(next.lower) ||
						// "The planet, named Korrin b, has …": a naming participle opens an appositive.
						/^(named|called|dubbed|entitled|nicknamed|known)$/.test(next.lower) ||
						// "Mr Currington, like many of the UK's BSL users, will be hoping": "like" compares.
						(/^(like|unlike)$/.test(next.lower) && !!tokens[k + 2] && !finite(tokens[k + 2])) ||
						next.tags.has('Determiner') ||
						(next.tags.has('Possessive') && !next.cap) ||
						next.tags.has('Value') ||
						(!next.cap && !next.tags.has('Conjunction') && !finite(next)) ||
						participleAside(tokens, k + 1))
				)
					paren = true;
			}
		}
		if (k - subjFrom > 25) return undefined;
	}
	if (verb < 0) return undefined;
	// "Bellamy's claim that Souness had lied … was denied": the verb found belongs to a clause inside
	// the subject, whose own verb comes later.
	if (
		topLevel.some(
			(k) =>
				tokens[k].lower === 'that' &&
				k > subjFrom &&
				tokens[k - 1].tags.has('Noun') &&
				!tokens[k - 1].tags.has('Pronoun') &&
				!tokens[k - 1].cap
		)
	)
		return undefined;

	// Split the subject into conjuncts at top-level commas and "and".
	const segments: number[][] = [[]];
	for (const k of topLevel) {
		const t = tokens[k];
		if (t.lower === 'and' || t.lower === '&') {
			segments.push([]);
			continue;
		}
		segments[segments.length - 1].push(k);
		if (commaAfter(t)) segments.push([]);
	}
	const named =
		namedSubject(s, entities, segments) ??
		namingAppositive(s, entities, topLevel, verb) ??
		namedAfterDescription(s, entities, topLevel, verb);
	const described = named ? undefined : describedSubject(s, topLevel);
	if (!named && !described) return undefined;
	const names = named?.names ?? [];
	const descriptor = named?.descriptor;
	const title = named && 'title' in named ? (named.title as string | undefined) : undefined;
	const lead =
		named && 'lead' in named
			? ((named.lead as string | undefined) ?? appositiveLead(s, named.names, verb))
			: undefined;

	const group = verbGroup(tokens, verb);
	const end = clauseEnd(tokens, group.main, quoted);
	return { s, subjFrom, verb, ...group, end, names, descriptor, described, title, lead, quoted };
}

/**
 * "Michael Howard, asked about the remark by reporters, said …": a past participle after the subject's
 * comma opens an aside when the words after it close on a comma and a verb, which is the sentence's.
 */
function participleAside(tokens: Token[], at: number): boolean {
	const t = tokens[at];
	if (!t || t.cap || !t.tags.has('PastTense') || t.tags.has('Auxiliary') || t.tags.has('Copula'))
		return false;
	for (let k = at; k < Math.min(tokens.length - 1, at + 15); k++) {
		if (tokens[k].lower === 'and' || /[;:]/.test(tokens[k].post)) return false;
		if (commaAfter(tokens[k])) {
			const next = tokens[k + 1];
			return k > at && !next.cap && finite(next) && !next.tags.has('Conjunction');
		}
	}
	return false;
}

/** The verb group from a finite verb: auxiliaries, negation and adverbs up to the main verb. */
function verbGroup(
	tokens: Token[],
	verb: number
): { main: number; negated: boolean; modal: boolean } {
	let main = verb;
	let negated = /n't$/.test(tokens[verb].text);
	let modal = tokens[verb].tags.has('Modal');
	for (let k = verb + 1; k < tokens.length; k++) {
		const t = tokens[k];
		if (t.lower === 'not' || t.lower === "n't" || t.tags.has('Negative')) {
			negated = true;
			continue;
		}
		if (t.tags.has('Adverb') && !breaksAfter(t)) continue;
		const head = tokens[main];
		const auxiliary =
			head.tags.has('Auxiliary') || head.tags.has('Copula') || head.tags.has('Modal');
		// "has been debating", "is seeking": after a form of "be" the -ing verb is the main verb.
		const progressive = t.tags.has('Gerund') && PROGRESSIVE_BE.has(head.lower);
		if (isVerb(t) && (!t.tags.has('Gerund') || progressive) && auxiliary) {
			if (t.tags.has('Modal')) modal = true;
			main = k;
			if (breaksAfter(t)) break;
			continue;
		}
		break;
	}
	return { main, negated, modal };
}

/** Where the clause ends: a quotation, a semicolon or dash, or a comma before a new clause. */
/** Where a clause from its main verb ends (a quotation, a semicolon, a new clause). */
/** "party leader Michael Howard": lower-case nouns from `from`, then a person's name. */
function titledName(tokens: Token[], from: number): boolean {
	for (let j = from; j < from + 3 && tokens[j]; j++) {
		const t = tokens[j];
		if (t.cap) return j > from && t.tags.has('Person');
		if (!t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Verb') || /[,;:]/.test(t.post))
			return false;
	}
	return false;
}

/**
 * "… beat Hernych 7-5 6-3, Canadian qualifier Frank Dancevic downed Morrison …": after a comma, a
 * named subject and its own verb start another clause.
 */
function subjectThenVerb(tokens: Token[], k: number): boolean {
	if (!tokens[k]?.cap) return false;
	let j = k;
	while (
		j < k + 6 &&
		tokens[j] &&
		(tokens[j].cap || tokens[j].tags.has('Noun')) &&
		!tokens[j].tags.has('Pronoun') &&
		!finite(tokens[j]) &&
		!/[,;:]/.test(tokens[j].post)
	)
		j++;
	const verb = tokens[j];
	return j > k + 1 && !!verb && !verb.cap && finite(verb) && !SAY_VERB.test(verb.lower);
}

export function clauseEnd(
	tokens: Token[],
	main: number,
	quoted: boolean[],
	atComma = false
): number {
	let end = tokens.length;
	for (let k = main + 1; k < tokens.length; k++) {
		if (quoted[k]) {
			end = k;
			break;
		}
		const prev = tokens[k - 1];
		if (/[;:()]|\s[-–—]\s|—/.test(prev.post) || /["“]/.test(prev.post)) {
			end = k;
			break;
		}
		// "…, its makers Mersey Television said.": the reporting tail is not part of the clause.
		const tail = tokens.slice(k, Math.min(tokens.length, k + 7));
		const reporting =
			tail.some((t) => SAY_VERB.test(t.lower)) &&
			tokens.length - k <= 7 &&
			!tail.some(finiteNotSay);
		if (
			commaAfter(prev) &&
			(atComma ||
				reporting ||
				CLAUSE_CUTS.has(tokens[k].lower) ||
				tokens[k].tags.has('Pronoun') ||
				subjectThenVerb(tokens, k))
		) {
			end = k;
			break;
		}
	}
	// "… scored a try but late scores sealed victory": a new clause after a bare conjunction.
	for (let k = main + 2; k < end - 1; k++) {
		const and = tokens[k].lower === 'and';
		if (!NEW_CLAUSE_CONJUNCTIONS.has(tokens[k].lower) && !and) continue;
		const next = tokens[k + 1];
		if (next.tags.has('Verb') || next.tags.has('Adverb')) continue;
		// "… and there are plans …", "… and Parry's insistence … is …": "and" joins clauses only
		// where a subject-like word opens what follows ("A and B" joins names far more often).
		if (
			and &&
			!(
				/^(there|it|he|she|they|we|its|his|her|their)$/.test(next.lower) ||
				isPossessive(next) ||
				// "… and the 47-year-old signed …", not "… and The Aviator".
				(next.lower === 'the' && !tokens[k + 2]?.cap) ||
				// "… and party leader Michael Howard is due to speak": a titled name, then its verb.
				(!next.cap && titledName(tokens, k + 1)) ||
				// "… for Voip calls and 2005 is likely to see …": a year, then its verb.
				(/^\d{4}$/.test(next.text) &&
					!!tokens[k + 2] &&
					finite(tokens[k + 2]) &&
					!/^(between|from)$/.test(tokens[k - 2]?.lower ?? ''))
			)
		)
			continue;
		// The new subject may be long ("late scores from John Hayes and Gavin Duffy sealed …").
		const reach = and ? k + 8 : k + 12;
		let v = k + 2;
		while (v < Math.min(end, reach) && !finite(tokens[v])) v++;
		if (
			v < Math.min(end, reach) &&
			!/,/.test(
				tokens
					.slice(k, v)
					.map((t) => t.post)
					.join('')
			)
		) {
			end = k;
			break;
		}
	}
	// No dangling function word at the end.
	while (
		end > main + 1 &&
		(tokens[end - 1].tags.has('Preposition') ||
			tokens[end - 1].tags.has('Conjunction') ||
			tokens[end - 1].tags.has('Determiner'))
	)
		end--;
	// "conceded that Rochus": what was said was cut off, so the clause is not whole.
	for (let k = main + 1; k < end; k++)
		if (/^(that|whether|if|how|why|what)$/.test(tokens[k].lower) && end - k <= 3) return main + 1;
	// A clause cut before its complement ("… Mr Howard was") is no clause.
	const last = tokens[end - 1];
	if (
		end > main + 1 &&
		(last.tags.has('Auxiliary') || last.tags.has('Modal') || last.tags.has('Copula'))
	)
		return main + 1;
	return end;
}

/** "Ossie Davis, who was married to Ruby Dee, …": the relative clause is a clause of its own. */
export function relativeClauses(options: {
	s: TaggedSentence;
	entities: EntityIndex;
	opensQuoted: boolean;
}): Clause[] {
	const { s, entities } = options;
	const tokens = s.tokens;
	if (tokens.length > 70) return [];
	const quoted = quotedTokens(s, options.opensQuoted);
	const out: Clause[] = [];
	for (let k = 1; k + 2 < tokens.length; k++) {
		if (tokens[k].lower !== 'who' || !commaAfter(tokens[k - 1]) || quoted[k]) continue;
		if (!finite(tokens[k + 1])) continue;
		const ref = nameEndingAt(s, entities, 0, k);
		if (!ref || ref.entity.kind !== 'person') continue;
		const group = verbGroup(tokens, k + 1);
		const end = clauseEnd(tokens, group.main, quoted, true);
		out.push({ s, subjFrom: ref.mention.from, verb: k + 1, ...group, end, names: [ref], quoted });
	}
	return out;
}

/** Is "it" before the verb at k an "it" of nothing ("It is thought …", "It was a long week")? */
function dummyIt(tokens: Token[], k: number): boolean {
	const w = (n: number) => tokens[n]?.lower ?? '';
	if (
		/^(seems|seemed|appears|appeared|emerged|transpired|remains|follows|means|took|takes)$/.test(
			w(k)
		)
	)
		return true;
	let at = k;
	if (/^(has|had)$/.test(w(at)) && w(at + 1) === 'been') at += 2;
	else if (/^(is|was)$/.test(w(at))) at += 1;
	else return false;
	if (
		/^(thought|understood|believed|said|reported|feared|hoped|claimed|known|expected|likely|unlikely|clear|possible|impossible|hard|difficult|easy|important|true|time|now|not)$/.test(
			w(at)
		)
	)
		return true;
	// "a strange week", "the first time": a stretch of time or an occasion, not a thing that acts.
	let n = at;
	if (/^(a|an|the)$/.test(w(n))) n++;
	while (n < at + 4 && tokens[n]?.tags.has('Adjective')) n++;
	return /^(week|weeks|day|days|year|years|month|months|time|times|season|night|moment|shame|pity)$/.test(
		w(n)
	);
}

/**
 * A clause opening with "He"/"She" whose person is plain from the sentence before, or with "They"/"It"
 * when the sentence before was about a team, a firm or a named thing.
 */
export function pronounClause(options: {
	s: TaggedSentence;
	entities: EntityIndex;
	opensQuoted: boolean;
	person: NameRef | undefined;
	thing: NameRef | undefined;
	/** The sentence before, when the person is its subject. */
	previous?: TaggedSentence;
}): Clause | undefined {
	const { s } = options;
	const tokens = s.tokens;
	if (tokens.length < 4 || tokens.length > 70) return undefined;
	// "But he said …", "However, he added …": a connective before the pronoun changes nothing.
	const at = /^(but|and|yet|however|meanwhile)$/.test(tokens[0].lower) ? 1 : 0;
	// "He later opened …", "They also found …": an adverb or two before the verb.
	let verb = at + 1;
	while (verb < at + 3 && tokens[verb]?.tags.has('Adverb') && !finite(tokens[verb])) verb++;
	if (!tokens[verb] || !finite(tokens[verb])) return undefined;
	const w = tokens[at].lower;
	const person = /^(he|she)$/.test(w)
		? options.person &&
			fitsPronoun(options.person.entity, w) &&
			!(options.previous && pointsAtAnother(options.previous, s, w)) &&
			!(
				options.previous &&
				anotherSpoken({
					previous: options.previous,
					pronoun: w,
					subject: options.person.entity,
					entities: options.entities
				})
			) &&
			// "And he confirmed Mr Blair's insistence …": never a person the sentence names.
			!s.mentions.some((m) => options.entities.of(m) === options.person!.entity)
			? options.person
			: undefined
		: /^(they|it)$/.test(w) &&
			  options.thing?.entity.kind !== 'person' &&
			  // "It has been a strange week for M&S", "It is thought …", "It emerged that …": an "it" of
			  // nothing. "It is to deploy …", "It had agreed …" are the firm's.
			  !(w === 'it' && dummyIt(tokens, verb))
			? options.thing
			: undefined;
	if (!person) return undefined;
	const quoted = quotedTokens(s, options.opensQuoted);
	if (quoted[0] || quoted[verb]) return undefined;
	const group = verbGroup(tokens, verb);
	const end = clauseEnd(tokens, group.main, quoted);
	const ref: NameRef = { ...person, from: at, to: at + 1 };
	return { s, subjFrom: at, verb, ...group, end, names: [ref], quoted };
}

/**
 * "the show", "the proposed takeover", "the same period": a definite phrase that points back into the
 * article, unless what follows pins it down ("the show's producer"? no; "the end of February", "the
 * Athens Games") or the noun names something there is only one of ("the government", "the world").
 */
function backReference(tokens: Token[], k: number): boolean {
	// "player of the match", "goal of the season": a set phrase, not a match named before.
	if (
		tokens[k - 1]?.lower === 'of' &&
		/^(player|man|woman|goal|try|save|team|game)$/.test(tokens[k - 2]?.lower ?? '')
	)
		return false;
	// "The 15-year-old ban": an age dates the thing told before.
	let n = afterAge(tokens, k + 1);
	// "the first time", "the next election", "the biggest in Europe": a superlative or ordinal picks one
	// out of a set the words say. "The first televised ceremony", "the first president": of what, the
	// text said before.
	const picks = tokens[n];
	// "The smaller iPod will hold …": the smaller of two the text told before.
	if (
		picks?.tags.has('Comparative') &&
		/^(smaller|larger|bigger|cheaper|older|newer|younger|faster|slower|lighter|heavier)$/.test(
			picks.lower
		) &&
		tokens[n + 1]?.tags.has('Noun') &&
		!/^(than|of)$/.test(tokens[n + 2]?.lower ?? '')
	)
		return true;
	if (
		picks &&
		(picks.tags.has('Superlative') ||
			picks.tags.has('Ordinal') ||
			/^(next|last|first|best|worst|latest|top)$/.test(picks.lower))
	) {
		const rest = tokens.slice(n + 1, n + 4);
		const set = rest.find((t) => t.tags.has('Noun') && !t.tags.has('Adjective'));
		if (!set || UNIQUE_NOUNS.has(set.lower) || PICKED_FROM_ANY.test(set.lower) || set.cap)
			return false;
		n++;
	}
	// "The firm returned to profit": a noun the tagger read as an adjective, before its verb.
	// "…, the firm said" only reports.
	const firm =
		/^(firm|giant)$/.test(tokens[n]?.lower ?? '') &&
		!!tokens[n + 1]?.tags.has('Verb') &&
		!SAY_VERB.test(tokens[n + 1].lower);
	while (
		!firm &&
		n < tokens.length &&
		!tokens[n].cap &&
		(tokens[n].tags.has('Adjective') ||
			tokens[n].tags.has('Value') ||
			// "the first televised ceremony"
			((tokens[n].tags.has('Participle') || tokens[n].tags.has('PastTense')) &&
				tokens[n + 1]?.tags.has('Noun'))) &&
		!tokens[n].tags.has('Noun')
	)
		n++;
	const noun = tokens[n];
	if (!noun || noun.cap || !(noun.tags.has('Noun') || firm) || noun.tags.has('Pronoun'))
		return false;
	// A compound goes on to its head: "the stock market watchdog".
	let head = n;
	while (
		head + 1 < tokens.length &&
		!tokens[head + 1].cap &&
		tokens[head + 1].tags.has('Noun') &&
		!/[,;:]/.test(tokens[head].post)
	)
		head++;
	const headWord = tokens[head].lower.replace(/[’']s?$/, '');
	if (UNIQUE_NOUNS.has(headWord) || UNIQUE_NOUNS.has(noun.lower)) return false;
	const after = tokens[head + 1];
	// "the company's American arm": a possessive points back whatever follows it.
	const possessive = /[’']s?$/.test(tokens[head].text);
	// "The movie, which cost $70m, …": opening the sentence, a relative clause after a comma adds to
	// what is already known.
	const aside = k === 0 && /,/.test(tokens[head].post) && /^(who|which)$/.test(after?.lower ?? '');
	if (
		!possessive &&
		!aside &&
		after &&
		(/^(of|in|for|at|on|from|with|between|who|which|that|to|since|ever|on)$/.test(after.lower) ||
			after.cap)
	)
		return false;
	// "the 20 biggest projects" counts what it means; "the 15-year-old ban" only dates it.
	if (
		/\d/.test(
			tokens
				.slice(k, head + 1)
				.map((t) => t.text)
				.join(' ')
				.replace(/\b\d+[-\s]year[-\s]old\b/g, '')
		)
	)
		return false;
	return true;
}

/** Where the words after an age ("47-year-old", tokenised "47", "year", "old") begin: n if none. */
function afterAge(tokens: Token[], n: number): number {
	if (
		/^\d{1,3}$/.test(tokens[n]?.text ?? '') &&
		tokens[n + 1]?.lower === 'year' &&
		tokens[n + 2]?.lower === 'old'
	)
		return n + 3;
	return /^\d+-year-old$/.test(tokens[n]?.lower ?? '') ? n + 1 : n;
}

/**
 * "a bet on the 39-year-old actor", "more to come from the former England forward": an age or a past
 * role before a person's noun, with no name after it, is someone the article named before.
 */
function innerEpithet(tokens: Token[], k: number): boolean {
	let n = afterAge(tokens, k + 1);
	let marked = n > k + 1;
	if (/^(former|ex)$/.test(tokens[n]?.lower ?? '')) {
		n++;
		marked = true;
	}
	if (!marked) return false;
	for (let extra = 0; extra < 2 && tokens[n]; extra++) {
		const t = tokens[n];
		if (PERSON_NOUNS.has(t.lower) || ROLE_HEADS.has(t.lower) || /[,;:]/.test(t.post)) break;
		if (!(t.tags.has('Demonym') || t.cap || t.tags.has('Adjective'))) break;
		n++;
	}
	const head = tokens[n];
	if (!head || !(PERSON_NOUNS.has(head.lower) || ROLE_HEADS.has(head.lower))) return false;
	const next = tokens[n + 1];
	return !(
		next &&
		!/[,;:]/.test(head.post) &&
		(next.cap || /^(of|who|whose|that|which)$/.test(next.lower))
	);
}

/** "there is", "there will be", "there have been": the word that points at no place. */
const THERE_BE =
	/^(is|are|was|were|be|been|being|will|would|could|should|may|might|must|can|has|have|had|seems?|seemed|appears?|appeared|remains?|remained|'s|’s)$/;

/** Is a stretch of tokens understandable without the article (no "we", no unresolved "it", "the club")? */
export function standsAlone(
	clause: Clause,
	from: number,
	to: number,
	/** Let "the …" pointing back pass (the caller supplies the story). */
	definite = false
): boolean {
	const tokens = clause.s.tokens;
	const kinds = new Set(clause.names.map((n) => n.entity.kind));
	if (clause.described) kinds.add(clause.described.plural ? 'place' : 'org');
	const plural = clause.names.length > 1 || !!clause.described?.plural;
	for (let k = from; k < to; k++) {
		const t = tokens[k];
		const w = t.lower;
		if (rewritten(clause.s, k)) continue;
		// "Manipulating your favourite films …": the writer's "you" is any reader, unless someone is quoted.
		if (speaker(t) && !(/^(you|your)$/.test(w) && !/["“”]/.test(clause.s.text))) return false;
		// "He made his fortune by selling his label": once "He" reads as the name, "his" is that name's.
		if (rewrittenBefore(clause.s, from, k, w)) continue;
		// Teams and countries are "they" in news copy; firms and things are "it". "what people do with
		// their PCs", "if consumers think they …": a plural noun before it in the sentence is what it is.
		if (
			PLURAL_PRONOUNS.has(w) &&
			!plural &&
			!kinds.has('org') &&
			!kinds.has('place') &&
			!pluralBefore(tokens, k)
		)
			return false;
		// "Davis's body was discovered by his grandson": a name before it, in what is shown, is its own
		// (the nearest person named, when "his" or "her" fits them: not "Ruby Dee his wife").
		const things = !!clause.s.named?.things.some((i) => i >= from && i < k);
		if (THING_PRONOUNS.has(w) && kinds.has('person') && t.tags.has('Pronoun') && !things)
			return false;
		if (THING_PRONOUNS.has(w) && !kinds.size && !things) return false;
		// "Los Angeles floods in 1938 saw it put back a week": a place that only modifies or sets the
		// scene is not what "it" is; one that acts ("China said it …") or owns ("Britain's … its") may be.
		if (
			THING_PRONOUNS.has(w) &&
			!things &&
			[...kinds].every((x) => x === 'place') &&
			!placeActsBefore(clause.s, from, k)
		)
			return false;
		if (PERSON_PRONOUNS.has(w) && !kinds.has('person') && !personBefore(clause.s, from, k))
			return false;
		// "programs such as Spybot" names its examples.
		if (w === 'such' && tokens[k + 1]?.lower === 'as') continue;
		if (
			DEMONSTRATIVES.has(w) &&
			!/^(year|week|month|season|summer|winter|spring|autumn|time)$/.test(
				tokens[k + 1]?.lower ?? ''
			)
		)
			return false;
		if (
			w === 'the' &&
			!definite &&
			(backReference(tokens, k) || (k > 0 && innerEpithet(tokens, k)))
		)
			return false;
		// "has never raced there before": a place told before ("there is", "there were" say nothing of one).
		if (w === 'there' && !THERE_BE.test(tokens[k + 1]?.lower ?? '')) return false;
		if (comparesBack(tokens, k)) return false;
	}
	return true;
}

/**
 * "It is thought that", "It was also reported that": a report whose "it" stands for nothing ("It is
 * reported to be keen" is a firm).
 */
export const EXPLETIVE_IT =
	/^It\s+(is|was|has been|had been)\s+(also\s+|now\s+|widely\s+)?(thought|understood|believed|expected|reported|estimated|feared|hoped|claimed|known|alleged|rumoured|suggested)\s+(?!to\b)(that\s+)?/;

/** A sentence read as one clause with no named subject. */
function bareClause(s: TaggedSentence): Clause {
	return {
		s,
		subjFrom: 0,
		verb: 0,
		main: 0,
		end: s.tokens.length,
		names: [],
		negated: false,
		modal: false,
		quoted: []
	};
}

/** What a sentence whose opening stands alone leans on, if anything, past it. */
function leanPastOpening(s: TaggedSentence, pair: boolean): TaggedSentence['leansOn'] {
	return pair ? 'pair' : bareQuantity(s) ? 'quantity' : 'inside';
}

/** "The proportion was currently at 62%": a quantity told before, named by its kind alone. */
function bareQuantity(s: TaggedSentence): boolean {
	const tokens = s.tokens;
	return tokens.some(
		(t, k) =>
			t.lower === 'the' &&
			!rewritten(s, k) &&
			QUANTITY_NOUNS.test(tokens[k + 1]?.lower ?? '') &&
			!/^(of|for|in|on)$/.test(tokens[k + 2]?.lower ?? '')
	);
}

const QUANTITY_NOUNS =
	/^(proportion|figure|figures|number|total|rate|amount|level|share|percentage|sum)$/;

/** Does the sentence open with an epithet for a person ("The American", "The 31-year-old") left unresolved? */
function unresolvedEpithet(s: TaggedSentence): boolean {
	const tokens = s.tokens;
	let k = /^(but|and|yet|however|meanwhile)$/.test(tokens[0]?.lower ?? '') ? 1 : 0;
	if (tokens[k]?.lower !== 'the' || rewritten(s, k) || rewritten(s, k + 1)) return false;
	k++;
	let aged = false;
	// "the 47-year-old", tokenised as "47", "year", "old".
	if (/^\d{1,3}$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.lower === 'year') {
		k += 3;
		aged = true;
	}
	const start = k;
	while (
		k < tokens.length &&
		k - start < 3 &&
		!PERSON_NOUNS.has(tokens[k].lower) &&
		(tokens[k].tags.has('Adjective') ||
			tokens[k].tags.has('Demonym') ||
			(tokens[k].cap && !/[,;:]/.test(tokens[k].post)) ||
			/^\d+-year-old$/.test(tokens[k].lower))
	) {
		if (/^\d+-year-old$/.test(tokens[k].lower)) aged = true;
		k++;
	}
	const head = tokens[k];
	if (!head) return false;
	if (PERSON_NOUNS.has(head.lower) || /^(legend|man|woman|briton)$/.test(head.lower)) {
		// "The singer Tom Jones", "the author of …", "the man who …": what follows says who is meant.
		const next = tokens[k + 1];
		const told = next && (next.cap || /^(of|who|whose|that|which|in|at|from)$/.test(next.lower));
		return !told || /[,;:]/.test(head.post);
	}
	// "The American made …", "The 31-year-old admitted …": a nationality or an age alone before the verb.
	const last = tokens[k - 1];
	const bare = aged || (k > start && (last.tags.has('Demonym') || /^briton$/i.test(last.text)));
	return bare && head.tags.has('Verb') && !head.tags.has('Noun');
}

/**
 * "Similar measures are being brought in", "at the same time", "in that period": a likeness or a
 * demonstrative that points back to what the sentence before said ("a similar ban on …", "the same
 * time last year" and "similar to …" say what they compare with).
 */
function comparesBack(tokens: Token[], k: number): boolean {
	const w = tokens[k].lower;
	const next = tokens[k + 1];
	if (w === 'similar')
		return (
			(k === 0 && next?.lower !== 'to') ||
			// "had a stab at something similar with the PSX": similar to what the text told before.
			(/^(something|anything|nothing)$/.test(tokens[k - 1]?.lower ?? '') && next?.lower !== 'to')
		);
	// "appears to have done that quite successfully": what was done, the sentence before said.
	if (w === 'that' && /^(do|does|did|done|doing)$/.test(tokens[k - 1]?.lower ?? ''))
		return !next || !next.tags.has('Noun') || next.tags.has('Adverb');
	// "in their two subsequent League outings", "Fulham were then in the Second Division": after, or
	// at, a time the sentence before gave.
	if (w === 'subsequent') return next?.lower !== 'to';
	if (w === 'then') return /^(was|were|is|are|had|has)$/.test(tokens[k - 1]?.lower ?? '');
	if (w === 'same')
		return (
			tokens[k - 1]?.lower === 'the' &&
			/^(time|period|day|week|month|year|season|way)$/.test(next?.lower ?? '') &&
			!/^(as|last|this|next|a|an)$/.test(tokens[k + 2]?.lower ?? '')
		);
	// "United won 2-0 that day": a time the text gave before.
	if (
		w === 'that' &&
		/^(day|night|morning|afternoon|evening|week|weekend|month|year|season|summer|winter|spring|autumn|game|match)$/.test(
			next?.lower ?? ''
		)
	)
		return true;
	// "that" as a determiner: after a preposition and before a common noun ("in that period").
	return (
		w === 'that' &&
		/^(in|at|during|by|of|from|for|on|since|until|over|after|before)$/.test(
			tokens[k - 1]?.lower ?? ''
		) &&
		!!next &&
		!next.cap &&
		next.tags.has('Noun') &&
		!next.tags.has('Pronoun')
	);
}

/** Does a place named in [from, k) act or own: followed by a verb or written with "'s"? */
function placeActsBefore(s: TaggedSentence, from: number, k: number): boolean {
	return s.mentions.some((m) => {
		if (m.kind !== 'place' || m.from < from || m.to > k) return false;
		const last = s.tokens[m.to - 1];
		const next = s.tokens[m.to];
		return (
			/['’]s?$/.test(last.text) ||
			/^['’]s?$/.test(next?.text ?? '') ||
			(!!next && next.tags.has('Verb') && !next.tags.has('Noun'))
		);
	});
}

/** Is the nearest person named in [from, k) one that the pronoun at k fits? */
function personBefore(s: TaggedSentence, from: number, k: number): boolean {
	const near = (s.named?.people ?? []).filter((p) => p.at >= from && p.at < k).pop();
	if (!near || near.at >= k - 2) return false;
	const female = /^(she|her|hers|herself)$/.test(s.tokens[k].lower);
	return !near.gender || (near.gender === 'female') === female;
}

/**
 * Is there a plural common noun ("people", "consumers") before token k in the same stretch of its
 * sentence (no comma between: "… bands like Talking Heads, they …" is another "they")?
 */
function pluralBefore(tokens: Token[], k: number): boolean {
	for (let j = k - 1; j >= 0; j--) {
		const t = tokens[j];
		if (/[,;:]/.test(t.post)) return false;
		// "Rangers manager Alex McLeish … their exit": a team called by a plural noun is one too.
		const named = t.cap && (t.tags.has('ProperNoun') || t.tags.has('Person'));
		if (t.tags.has('Plural') && !named && !t.tags.has('Pronoun') && !t.tags.has('Value'))
			return true;
	}
	return false;
}

/** The text of tokens [from, to) as a question writes it: what points back is resolved. */
export function textOf(s: TaggedSentence, from: number, to: number): string {
	if (to <= from) return '';
	let out = '';
	let pos = s.tokens[from].start - s.start;
	const stop = s.tokens[to - 1].end - s.start;
	for (const r of s.rewrites ?? []) {
		if (r.from < from || r.to > to) continue;
		const a = s.tokens[r.from].start - s.start;
		if (a < pos) continue;
		out += s.text.slice(pos, a) + r.text.replace(/^The\s/, 'the ');
		pos = s.tokens[r.to - 1].end - s.start;
	}
	return out + s.text.slice(pos, stop);
}

/** Is token k part of a resolved reference? */
const rewritten = (s: TaggedSentence, k: number) =>
	(s.rewrites ?? []).some((r) => r.from <= k && k < r.to);

/**
 * Is the pronoun at k one a reference resolved earlier in [from, k) fits: "his" after "He" read as a
 * man's name, "its" after "It" read as a firm's? Only the nearest resolved reference counts.
 */
function rewrittenBefore(s: TaggedSentence, from: number, k: number, w: string): boolean {
	const person = PERSON_PRONOUNS.has(w);
	if (!person && !THING_PRONOUNS.has(w)) return false;
	const near = (s.rewrites ?? []).filter((r) => r.from >= from && r.to <= k).pop();
	if (!near) return false;
	if (!person) return near.entity.kind !== 'person';
	if (near.entity.kind !== 'person') return false;
	const female = /^(she|her|hers|herself)$/.test(w);
	const gender = near.entity.gender;
	return !gender || (gender === 'female') === female;
}

/** Where a sentence names people (with their sex) and bodies or things: what its pronouns may be. */
function namedIn(s: TaggedSentence, entities: EntityIndex): NonNullable<TaggedSentence['named']> {
	const named: NonNullable<TaggedSentence['named']> = { people: [], things: [] };
	for (const m of s.mentions) {
		const e = entities.of(m);
		if (e?.kind === 'person') named.people.push({ at: m.from, gender: e.gender });
		else if (e?.kind === 'org' || e?.kind === 'thing' || e?.kind === 'acronym')
			named.things.push(m.from);
	}
	return named;
}

/**
 * Can the whole sentence be shown on its own (as a cloze) and still make sense? Notes on the sentence
 * what it names, for its clauses' questions to read its pronouns by.
 */
/** A pair or a group told of as one ("the two men", "the couple", "both sides"): who, the text said before. */
export const PAIR =
	/\b(([Tt]he|[Bb]oth|[Aa]ll)\s+(two|three|four)\s+(\p{Lu}\p{Ll}+\s+)?(men|women|leaders|sides|players|teams|countries|companies|firms|carmakers|makers|banks|rivals|clubs|nations|airlines|groups|parties|brothers|sisters)|[Bb]oth\s+(men|women|sides|leaders)|[Tt]he\s+(couple|pair|duo|trio))\b/u;
/** "A year later, …", "Within four years, …": a time counted from one the text gave before. */
const RELATIVE_TIME =
	/^\W*((a|one|two|three|four|five|six|ten|\d+|some|many|several)\s+(days?|weeks?|months?|years?|decades?)\s+(later|on)|(the\s+)?(following|next)\s+(day|week|month|year|season)|later\s+that|within\s+(a|an|\w+)\s+(days?|weeks?|months?|years?))\b/i;
/** "Mr Howard made his remarks during a speech": what was said, the sentence before told. */
const SAID_BEFORE =
	/\b(made|make|makes|making|gave|give|gives|giving|delivered|repeated|reiterated|defended)\s+(his|her|their|the|these|those)\s+(remarks|comments|claims|statement|admission|outburst|allegations|accusations)\b/i;
/** "By contrast, …", "Likewise, …": the sentence is half of a comparison the sentence before makes. */
const COMPARED_WITH_BEFORE =
	/^\W*(by contrast|likewise|similarly|conversely|equally)\b(?!\s+(to|with)\b)|\b(close|not far|just|narrowly) behind\s*[,.;]/i;

export function sentenceStandsAlone(options: {
	s: TaggedSentence;
	entities: EntityIndex;
	opensQuoted: boolean;
}): boolean {
	const alone = standsAloneAsWritten(options);
	// "others feel the Bank may still think …": a body called by its kind alone is the one the story
	// is about, which only its headline says.
	if (alone && bodyByKind(options.s)) {
		options.s.definiteOnly = true;
		return false;
	}
	return alone;
}

/** "the Bank", "the Commission": a body named by the word for its kind, capitalised, and no more. */
function bodyByKind(s: TaggedSentence): boolean {
	const tokens = s.tokens;
	for (let k = 1; k + 1 < tokens.length; k++) {
		const [the, t, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
		if (the.lower !== 'the' || !t.cap) continue;
		if (!BODY_KINDS.test(t.lower.replace(/['’]s?$/, ''))) continue;
		if (next.cap || /^(of|for|in|on)$/.test(next.lower)) continue;
		if (!rewritten(s, k)) return true;
	}
	return false;
}

/** Words for a kind of body that, capitalised after "the", stand for one the story named. */
const BODY_KINDS =
	/^(bank|commission|council|committee|court|party|union|board|authority|agency|department|ministry|company|group|club|league|federation|association|corporation|fund|trust|institute|foundation|bureau|regulator|watchdog)$/;

function standsAloneAsWritten(options: {
	s: TaggedSentence;
	entities: EntityIndex;
	opensQuoted: boolean;
}): boolean {
	const { s, opensQuoted } = options;
	s.named ??= namedIn(s, options.entities);
	if (opensQuoted || /^\W*["“]/.test(s.text)) return !(s.leansOn = 'quote');
	// A time counted from one told before: no headline says which.
	if (RELATIVE_TIME.test(s.text) || COMPARED_WITH_BEFORE.test(s.text)) {
		s.leansOn = 'time';
		return (s.definiteOnly = false);
	}
	// What was said, only the sentence before tells: no headline says it either.
	if (SAID_BEFORE.test(s.text)) {
		s.leansOn = 'opening';
		return (s.definiteOnly = false);
	}
	// A pair stands alone only under a headline that names both (the caller checks).
	const pair = PAIR.test(s.text);
	// "The 62-year-old sang …", "The Trafford athlete clinched …": whom the epithet means, the
	// sentence before said (reviewers kept 4 of 16 such lines shown alone, headline or not).
	if (
		unresolvedEpithet(s) ||
		s.tokens.some(
			(t, k) => k > 0 && t.lower === 'the' && !rewritten(s, k) && innerEpithet(s.tokens, k)
		)
	) {
		s.leansOn = 'epithet';
		return (s.definiteOnly = false);
	}
	// "It is understood that Blackburn accepted a £5m offer": an "it" of nothing opens the report.
	const reported = EXPLETIVE_IT.exec(s.text);
	if (reported) {
		const from = s.tokens.findIndex((t) => t.start - s.start >= reported[0].length);
		const bare = bareClause(s);
		s.leansOn = leanPastOpening(s, pair);
		if (from > 0 && standsAlone(bare, from, s.tokens.length))
			return !pair || !(s.definiteOnly = true);
		s.definiteOnly = from > 0 && standsAlone(bare, from, s.tokens.length, true);
		return false;
	}
	const clause = analyseClause(options);
	if (clause) {
		const first = s.tokens[0];
		s.leansOn =
			DEMONSTRATIVES.has(first.lower) || (first.tags.has('Pronoun') && !rewritten(s, 0))
				? 'opening'
				: leanPastOpening(s, pair);
		if (standsAlone(clause, 0, s.tokens.length)) return !pair || !(s.definiteOnly = true);
		s.definiteOnly = standsAlone(clause, 0, s.tokens.length, true);
		return false;
	}
	const bare = bareClause(s);
	const first = s.tokens[0];
	s.leansOn = 'opening';
	if (!first || DEMONSTRATIVES.has(first.lower)) return false;
	if (first.tags.has('Pronoun') && !rewritten(s, 0)) return false;
	s.leansOn = leanPastOpening(s, pair);
	if (standsAlone(bare, 0, s.tokens.length)) return !pair || !(s.definiteOnly = true);
	s.definiteOnly = standsAlone(bare, 0, s.tokens.length, true);
	return false;
}
