/**
 * Extracting facts as claims: one claim is one answerable question as one sentence states it. Claims
 * from several sources that ask the same thing share a key, so the merge stage can count agreement and
 * spot disagreement.
 */
import { markReaderComments } from './reader-comments';
import { breaksAfter, isPossessive, type Token } from './tokens';
import { changeClaims } from './changes';
import { clauseClaims } from './claims/wh-questions';
import { gapClaims, hasFiniteVerb } from './claims/gaps';
import { joinNames, ReferenceTracker } from './coreference';
import { scoreClaims } from './claims/scores';
import {
	leavesQuoteOpen,
	NAME_KINDS,
	PAIR,
	sentenceStandsAlone,
	writerSpeaks,
	type NameRef
} from './claims/clause';
import { foldName, type Mention, type TaggedSentence } from './mentions';
import { matchReport } from './play-by-play';
import type { Entity, EntityIndex } from './entities';
import { datesAgree, type DateValue } from './dates';
import {
	AGREEMENT_NOUNS,
	COMMON_ACRONYMS,
	MEETING_NOUNS,
	PARTICIPLES,
	ROLE_HEADS,
	SAY_VERBS,
	ORG_HEADS,
	ROLE_MODIFIERS,
	THING_HEADS,
	VERB_CLASSES
} from './lexicon';

/** What an answer is, for WH-words, distractors and comparing values. */
export type AnswerType =
	| 'person'
	| 'people'
	| 'place'
	| 'places'
	| 'org'
	| 'date'
	| 'percent'
	| 'money'
	| 'duration'
	| 'count'
	| 'role'
	| 'name'
	| 'definition';

export interface Claim {
	/** What is asked; claims with the same key are the same question. */
	key: string;
	/** The fact this question belongs to; cards of one fact are siblings. */
	factKey: string;
	/** Card kind shown to students and used by the WH-word check. */
	kind: string;
	type: AnswerType;
	question: string;
	/** The answer as this claim gives it. */
	answer: string;
	/** Comparable form of the answer. */
	norm: string;
	date?: DateValue;
	/** Other accepted forms (aliases). */
	accept?: string[];
	/** What the question is about, for disagreement notes ("Title of Jane Doe"). */
	subject: string;
	sentence: TaggedSentence;
	/** Where the answer (or its evidence) is in the source. */
	highlight: { start: number; end: number };
	/** Importance before merging. */
	weight: number;
	/** A claim good only for a cloze card (no natural question). */
	clozeOnly?: boolean;
	/** The sentence that says who "he" or "it" is, when the answer is only named there. */
	context?: TaggedSentence;
	/** Other wordings of the same answer the merge may show ("Minister of Irrigation" for "Sudan's …"). */
	alternatives?: string[];
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const DETERMINERS = new Set([
	'a',
	'an',
	'the',
	'this',
	'that',
	'its',
	'their',
	'his',
	'her',
	'our',
	'new'
]);
const SUBORDINATORS = new Set([
	'after',
	'as',
	'when',
	'while',
	'because',
	'which',
	'who',
	'that',
	'before',
	'until',
	'if',
	'following',
	'where',
	'amid',
	'although',
	'though'
]);
const PAST: Record<string, string> = { ...PARTICIPLES, beat: 'beat' };

const capFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const nounish = (t: Token) =>
	t.tags.has('Noun') ||
	t.tags.has('Adjective') ||
	t.tags.has('Value') ||
	t.tags.has('Hyphenated') ||
	t.cap;

function mentionAt(s: TaggedSentence, tokenIndex: number, kinds?: string[]): Mention | undefined {
	return s.mentions.find(
		(m) => m.from <= tokenIndex && tokenIndex < m.to && (!kinds || kinds.includes(m.kind))
	);
}

/** Spelling-neutral form of a title for comparing ("Defence minister" = "defense Minister"). */
export function roleNorm(role: string): string {
	return foldName(role)
		.replace(/ence\b/g, 'ense')
		.replace(/our\b/g, 'or')
		.replace(/ise\b/g, 'ize')
		.split(' ')
		.filter((w) => w && !['the', 'of', 'us', 'uk', 'u', 's', 'and', 'for'].includes(w))
		.sort()
		.join(' ');
}

/** Title words without nationality: what two sources must share to give the same title. */
function roleCore(role: string, demonyms: Set<string>): string {
	return roleNorm(role)
		.split(' ')
		.filter((w) => !demonyms.has(w))
		.join(' ');
}

interface EventMention {
	cls: string;
	verb: Token;
	passive: boolean;
	agents: Entity[];
	parties: Entity[];
	objectTokens: Token[];
	objectName?: Entity;
	head: string;
	place?: { entity: Entity; mention: Mention; country?: Entity };
	time?: Mention;
	occasion?: { text: string; start: number; end: number };
	duration?: Mention;
	sentence: TaggedSentence;
}

function clauseStart(tokens: Token[], v: number): number {
	for (let k = v - 1; k >= 0; k--) {
		// "…, X, who met Y": the relative clause's agent is the name before "who".
		if (tokens[k].lower === 'who' && k === v - 1) continue;
		if (SUBORDINATORS.has(tokens[k].lower) && k < v - 1) return k + 1;
		if (/[;:“"]|—|--/.test(tokens[k].post)) return k + 1;
	}
	return 0;
}

function objectAfter(tokens: Token[], v: number): Token[] {
	const out: Token[] = [];
	let k = v + 1;
	while (k < tokens.length && out.length < 12) {
		const t = tokens[k];
		const inName = out.length > 0 && (t.lower === 'of' || t.lower === 'for') && tokens[k + 1]?.cap;
		if (!(nounish(t) || DETERMINERS.has(t.lower) || inName || /^\d/.test(t.text))) break;
		if (t.tags.has('Verb') && !t.tags.has('Noun') && out.length) break;
		if (t.tags.has('Preposition') && !inName) break;
		out.push(t);
		if (breaksAfter(t)) break;
		k++;
	}
	return out;
}

function objectBefore(tokens: Token[], aux: number): Token[] {
	const out: Token[] = [];
	let k = aux - 1;
	while (k >= 0 && out.length < 12) {
		const t = tokens[k];
		if (breaksAfter(t) && out.length) break;
		const joiner = (t.lower === 'of' || t.lower === 'for' || t.lower === 'the') && out.length;
		if (!(nounish(t) || DETERMINERS.has(t.lower) || joiner)) break;
		out.unshift(t);
		k--;
	}
	while (out.length && (out[0].lower === 'of' || out[0].lower === 'for')) out.shift();
	return out;
}

const WEAK_HEADS = new Set([
	'worth',
	'way',
	'part',
	'number',
	'lot',
	'range',
	'series',
	'kind',
	'billions',
	'millions',
	'thousands',
	'year',
	'years'
]);

function headOf(tokens: Token[]): string {
	const agreement = tokens.find((t) => AGREEMENT_NOUNS.has(t.lower));
	if (agreement) return agreement.lower;
	const nouns = tokens.filter(
		(t) =>
			t.tags.has('Noun') && !t.tags.has('Value') && !t.tags.has('Pronoun') && !/\d/.test(t.text)
	);
	const head = nouns.length ? nouns[nouns.length - 1].lower : '';
	return WEAK_HEADS.has(head) || head.length < 3 ? '' : head;
}

function findEvents(s: TaggedSentence, ents: EntityIndex): EventMention[] {
	const { tokens } = s;
	const events: EventMention[] = [];
	tokens.forEach((v, i) => {
		const cls = VERB_CLASSES[v.lower];
		if (!cls || !v.tags.has('Verb') || v.tags.has('Gerund')) return;
		// "announced that …" reports a clause, not a thing.
		if (/^(that|to|it|this)$/.test(tokens[i + 1]?.lower ?? '')) return;
		// "agreed to buy X" acts; "a goal to boost X" does not, nor do "plans to buy X" and "wants to
		// buy X": asked "Who acquired X?", a plan reads as done (reviewers: wrong answer).
		if (
			tokens[i - 1]?.lower === 'to' &&
			!tokens
				.slice(Math.max(0, i - 5), i - 1)
				.some((t) => /^(agreed|agrees|decided|decides|voted|moved)$/.test(t.lower))
		)
			return;
		const prev = tokens[i - 1];
		const reduced =
			!!prev &&
			/,\s*$/.test(prev.post) &&
			v.tags.has('PastTense') &&
			/^(on|in|at|by|last)$/.test(tokens[i + 1]?.lower ?? '');
		const passive = (!!prev && BE.has(prev.lower)) || reduced;
		let objectTokens: Token[];
		let agentFrom: number;
		let agentTo: number;
		if (passive) {
			const aux = reduced ? i : i - 1;
			objectTokens = objectBefore(tokens, reduced ? i : aux);
			if (!reduced && tokens[aux - 1] && BE.has(tokens[aux - 1].lower))
				objectTokens = objectBefore(tokens, aux - 1);
			const by = tokens.findIndex((t, k) => k > i && t.lower === 'by');
			agentFrom = by > 0 ? by + 1 : tokens.length;
			agentTo = by > 0 ? Math.min(tokens.length, by + 12) : tokens.length;
		} else {
			objectTokens = objectAfter(tokens, i);
			agentFrom = clauseStart(tokens, i);
			agentTo = i;
			if (prev?.lower === 'who') {
				// "…, X, who met Y": only the name before "who" acts.
				const antecedent = s.mentions.filter((m) => m.to <= i - 1 && m.kind === 'person').pop();
				agentFrom = antecedent ? antecedent.from : i;
				agentTo = antecedent ? antecedent.to : i;
			}
		}
		const relative = prev?.lower === 'who';
		const agents: Entity[] = [];
		const parties: Entity[] = [];
		for (const m of s.mentions) {
			if (m.from < agentFrom || m.from >= agentTo) continue;
			const before = tokens[m.from - 1]?.lower;
			if (!passive && before && /^(in|at|on|from|to|of|with|for|into)$/.test(before)) continue;
			const e = ents.of(m);
			if (!e) continue;
			if (e.kind === 'person') {
				if (!agents.includes(e)) agents.push(e);
			} else if (
				(e.kind === 'place' || e.kind === 'org' || e.kind === 'acronym') &&
				!parties.includes(e)
			)
				parties.push(e);
		}
		let objectName: Entity | undefined;
		for (const t of objectTokens) {
			const m = mentionAt(s, t.i, ['thing', 'org', 'acronym']);
			const e = m && ents.of(m);
			if (e && e.kind !== 'place' && e.kind !== 'person') {
				objectName = e;
				break;
			}
		}
		if (!objectName) {
			// A name right after the object, often in quotes: "signed the 10-year 'X Framework'".
			const last = objectTokens[objectTokens.length - 1];
			const m =
				last &&
				/['‘“"]/.test(last.post) &&
				s.mentions.find(
					(x) =>
						x.from > last.i && x.from <= last.i + 2 && x.kind === 'thing' && x.text.includes(' ')
				);
			if (m && ents.of(m)) objectName = ents.of(m);
		}
		// The object must be a thing: people met are participants, anything else is not this event.
		const objectPeople = s.mentions.filter(
			(m) =>
				objectTokens.some((t) => t.i === m.from) &&
				['person', 'place'].includes(ents.of(m)?.kind ?? '')
		);
		const rival = cls === 'beat' || cls === 'acquire';
		if (rival && !objectName) {
			// "A beat B", "A bought B": the named object is who or what it was done to.
			const m = s.mentions.find((x) => objectTokens.some((t) => t.i === x.from) && ents.of(x));
			if (m) objectName = ents.of(m);
		}
		if (objectPeople.length && !rival) {
			if (cls !== 'meet' && cls !== 'visit') return;
			for (const m of objectPeople) {
				const e = ents.of(m)!;
				if (e.kind === 'person' && !agents.includes(e)) agents.push(e);
			}
		}
		// "during a meeting between A and B" names who acted for the parties.
		let occasion: EventMention['occasion'];
		const sidelines = tokens.findIndex(
			(t, k) => t.lower === 'sidelines' && tokens[k + 1]?.lower === 'of'
		);
		if (sidelines >= 0) {
			let k = sidelines + 2;
			if (tokens[k]?.lower === 'the') k++;
			const m = mentionAt(s, k, ['thing', 'org']);
			const toks = m ? tokens.slice(m.from, m.to) : objectAfter(tokens, k - 1);
			if (toks.length) {
				const start = toks[0].start;
				const end = m ? m.end : toks[toks.length - 1].end;
				occasion = {
					text: s.text.slice(start - s.start, end - s.start).replace(/[’'‘]s?$/, ''),
					start,
					end
				};
			}
		}
		for (let k = 0; k < tokens.length; k++) {
			if (!/^(during|at|after)$/.test(tokens[k].lower)) continue;
			const np = objectAfter(tokens, k);
			const meeting = np.find((t) => MEETING_NOUNS.has(t.lower));
			if (!meeting) continue;
			const between =
				tokens[meeting.i + 1]?.lower === 'between' || tokens[meeting.i + 1]?.lower === 'with';
			if (between && (cls === 'sign' || cls === 'agree')) {
				for (const m of s.mentions) {
					if (m.from <= meeting.i + 1 || m.from > meeting.i + 16) continue;
					const e = ents.of(m);
					if (e?.kind === 'person' && !agents.includes(e)) agents.push(e);
				}
			} else if (!between && !occasion && np.some((t) => t.cap)) {
				const start = np[0].start;
				const end = np[np.length - 1].end;
				occasion = {
					text: s.text
						.slice(start - s.start, end - s.start)
						.replace(/^(the|a|an)\s+/i, '')
						.replace(
							/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)['’]s\s+/i,
							''
						),
					start,
					end
				};
			}
		}
		// Where: a place after "in" (or "Country's City").
		let place: EventMention['place'];
		for (const m of s.mentions) {
			const e = ents.of(m);
			if (!e || e.kind !== 'place' || (relative && m.from < i)) continue;
			// The place must be the event's, not another clause's ("… was sold, since its CFO lives in Houston").
			if (clauseBetween(tokens, Math.min(i, m.to), Math.max(i, m.from))) continue;
			const before = tokens[m.from - 1];
			const nextPlace = s.mentions.find((x) => x.from === m.to && ents.of(x)?.kind === 'place');
			if (nextPlace && isPossessive(s.tokens[m.to - 1])) continue;
			if (before && /^(in|at)$/.test(before.lower)) {
				place = { entity: e, mention: m };
				break;
			}
			if (
				before &&
				isPossessive(before) &&
				tokens[m.from - 2] &&
				/^(in|at)$/.test(tokens[m.from - 2].lower)
			) {
				const country = mentionAt(s, before.i);
				place = { entity: e, mention: m, country: country && ents.of(country) };
				break;
			}
		}
		const dates = s.mentions.filter(
			(m) =>
				m.kind === 'date' &&
				!/^(since|by|until)$/.test(tokens[m.from - 1]?.lower ?? '') &&
				!(relative && m.from < i) &&
				// "…, ending talks that began in 2013": a date another verb governs is not this event's.
				!tokens
					.slice(Math.min(i, m.to) + 1, Math.max(i, m.from))
					.some(
						(t) =>
							t.tags.has('Verb') &&
							!t.tags.has('Auxiliary') &&
							!t.tags.has('Copula') &&
							!t.tags.has('Noun')
					)
		);
		const time = dates.sort((a, b) => Math.abs(a.from - i) - Math.abs(b.from - i))[0];
		const duration = s.mentions.find(
			(m) =>
				m.kind === 'duration' &&
				(objectTokens.some((t) => t.i === m.from) || tokens[m.from - 1]?.lower === 'next')
		);
		const head = objectName ? '' : headOf(objectTokens);
		if (!objectName && !head) return;
		events.push({
			cls,
			verb: v,
			passive,
			agents,
			parties,
			objectTokens,
			objectName,
			head,
			place,
			time,
			occasion,
			duration,
			sentence: s
		});
	});
	return events;
}

/** The words of an object phrase worth repeating in a question ("the defence framework"). */
function describe(tokens: Token[], s: TaggedSentence): string {
	const keep = tokens.filter(
		(t, k) =>
			!DETERMINERS.has(t.lower) &&
			!(
				k > 0 &&
				/\d/.test(tokens[k - 1].text) &&
				/^(year|years|month|months|day|days)$/.test(t.lower)
			) &&
			!/\d/.test(t.text) &&
			!/^(thousand|million|billion|trillion|bn|mn|m|k|dollars?|euros?|pounds?)$/.test(t.lower) &&
			!/^(non-binding|long-term|new|first|historic|landmark)$/.test(t.lower)
	);
	if (!keep.length) return '';
	const start = keep[0].start - s.start;
	const end = keep[keep.length - 1].end - s.start;
	let text = s.text.slice(start, end).replace(/[’'‘]s?$/, '');
	const last = tokens[tokens.length - 1];
	const purpose = s.tokens.slice(last.i + 1, last.i + 9);
	if (keep.length <= 2 && purpose[0]?.lower === 'to' && !breaksAfter(last)) {
		// "an agreement to ensure the mutual supply of goods": the purpose tells which agreement.
		const upTo = purpose.findIndex((t) => breaksAfter(t));
		const words = upTo >= 0 ? purpose.slice(0, upTo + 1) : purpose;
		if (words.length >= 3)
			text = s.text.slice(start, words[words.length - 1].end - s.start).replace(/[,.;:]+$/, '');
	}
	return text.split(/\s+/).length > 10 ? '' : `the ${text}`;
}

interface EventGroup {
	key: string;
	cls: string;
	events: EventMention[];
	name?: Entity;
}

function groupEvents(events: EventMention[]): EventGroup[] {
	const groups = new Map<string, EventGroup>();
	const namedHead = new Map<string, EventGroup[]>();
	for (const e of events.filter((x) => x.objectName)) {
		const key = `${e.cls}|${e.objectName!.key}`;
		let g = groups.get(key);
		if (!g) {
			g = { key, cls: e.cls, events: [], name: e.objectName };
			groups.set(key, g);
			const head = e
				.objectName!.name.toLowerCase()
				.split(/\s+/)
				.find((w) => THING_HEADS.has(w) || AGREEMENT_NOUNS.has(w));
			if (head)
				namedHead.set(`${e.cls}|${head}`, [...(namedHead.get(`${e.cls}|${head}`) ?? []), g]);
		}
		g.events.push(e);
	}
	for (const e of events.filter((x) => !x.objectName)) {
		// The named one in the same article is the same thing, even if another source gives another
		// day (that is a disagreement to show, not a second treaty); across articles, days must fit.
		const named = namedHead.get(`${e.cls}|${e.head}`) ?? [];
		const sameSource = named.filter((g) =>
			g.events.some((o) => o.sentence.sourceId === e.sentence.sourceId)
		);
		const candidates = sameSource.length
			? sameSource
			: named.filter((g) =>
					g.events.every(
						(o) => !o.time?.date || !e.time?.date || datesAgree(o.time.date, e.time.date)
					)
				);
		if (candidates.length === 1) {
			candidates[0].events.push(e);
			continue;
		}
		const key = `${e.cls}|${e.head}`;
		const g = groups.get(key) ?? { key, cls: e.cls, events: [] };
		g.events.push(e);
		groups.set(key, g);
	}
	// A generic "pact" or "deal" in an article whose only other such event is a known one is that one.
	const all = [...groups.values()];
	for (const g of all) {
		if (g.name || !GENERIC_HEADS.has(g.key.split('|')[1])) continue;
		const srcs = new Set(g.events.map((e) => e.sentence.sourceId));
		const others = all.filter(
			(o) =>
				o !== g &&
				o.cls === g.cls &&
				o.events.length &&
				o.events.some((e) => srcs.has(e.sentence.sourceId))
		);
		const fits =
			others.length === 1 &&
			g.events.every((e) =>
				others[0].events.every(
					(o) => !o.time?.date || !e.time?.date || datesAgree(o.time.date, e.time.date)
				)
			);
		if (fits) {
			for (const e of g.events) others[0].events.push(e);
			g.events = [];
		}
	}
	return all.filter((g) => g.events.length);
}

const GENERIC_HEADS = new Set(['pact', 'agreement', 'deal', 'accord']);

function groupDescription(g: EventGroup): string {
	if (g.name && g.name.name.split(/\s+/).length <= 9) {
		const n = g.name.name;
		// "the Paris Agreement", but plain "Acme Brands" or "Redmont Rovers".
		const thing = n
			.toLowerCase()
			.split(/\s+/)
			.some((w) => THING_HEADS.has(w) || AGREEMENT_NOUNS.has(w));
		return /^the\s/i.test(n) || !thing ? n : `the ${n}`;
	}
	const counts = new Map<string, number>();
	for (const e of g.events) {
		const d = describe(e.objectTokens, e.sentence);
		if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
	}
	let best = '';
	let bestScore = 0;
	for (const [d, c] of counts) {
		const score = c * 2 + d.split(' ').length;
		if (score > bestScore) [best, bestScore] = [d, score];
	}
	return best;
}

const span = (m: { start: number; end: number }) => ({ start: m.start, end: m.end });

/** Each entity's first mention in the sentence: "Kenya and the US …, his US counterpart" marks the first US. */
function firstMentions(s: TaggedSentence, entities: Entity[]): Mention[] {
	return entities
		.map((e) => s.mentions.find((m) => e.aliases.has(m.norm)))
		.filter((m): m is Mention => !!m);
}

// A pact signed, a tariff imposed, a leader met or visited: what the event's object names is the
// event. "launched a new offer for Manchester United" named the wrong thing too often.
const ASKED_EVENTS = new Set(['sign', 'agree', 'meet', 'visit', 'impose']);
/** Asked only when the named thing is the verb's own object ("launched the Xbox 360", "held the summit"). */
const OBJECT_EVENTS = new Set(['launch', 'announce', 'hold']);
/** What is won: a cup, a prize, an election ("won the Continental Cup"), not "won Espanyol". */
const CONTESTS =
	/\b(cup|trophy|award|awards|prize|championship|championships|title|election|open|games|league|medal|final|series|grand prix|olympics)$/i;

/** Is an event worth its own questions, or are the clause's questions about it better? */
function askedEvent(g: EventGroup): boolean {
	if (ASKED_EVENTS.has(g.cls)) return true;
	const name = g.name;
	if (!name) return false;
	if (OBJECT_EVENTS.has(g.cls))
		return g.events.every((e) => {
			const next = e.sentence.tokens[e.verb.i + 1];
			const first = next && /^(the|a|an|its|their)$/.test(next.lower) ? e.verb.i + 2 : e.verb.i + 1;
			return e.sentence.mentions.some((m) => m.from === first && name.aliases.has(m.norm));
		});
	if (g.cls === 'win') return CONTESTS.test(name.name);
	// A company bought or sold ("Who acquired Brightmeadow Brands?").
	if (g.cls === 'acquire' || g.cls === 'sell') return name.kind === 'org' || name.kind === 'thing';
	return false;
}

function eventClaims(groups: EventGroup[]): Claim[] {
	const claims: Claim[] = [];
	for (const g of groups) {
		// "Who won TV?", "Who led Labour?": an event named by its object alone is asked only where the
		// object says what happened (a pact signed, a tariff imposed, a leader met); the clause's own
		// questions ask the rest with their context (1 of 14 such cards kept by reviewers).
		if (!askedEvent(g)) continue;
		const desc = groupDescription(g);
		if (!desc) continue;
		const factKey = `event|${g.key}`;
		const past = PAST[g.cls] ?? g.cls;
		const participle = PARTICIPLES[g.cls] ?? past;
		const weight = 3 + (g.name ? 1 : 0);
		const subjectText = `${capFirst(desc)} (${participle})`;
		for (const e of g.events) {
			const s = e.sentence;
			const meet = g.cls === 'meet' || g.cls === 'visit';
			// Teams, companies and parties act too when no person is named.
			const actors = e.agents.length
				? e.agents
				: g.cls !== 'sign' && g.cls !== 'agree'
					? e.parties.filter((p) => p !== g.name)
					: [];
			if (actors.length && !meet) {
				const names = actors.map((a) => a.name);
				const ms = firstMentions(s, actors);
				claims.push({
					key: `${factKey}|who`,
					factKey,
					kind: 'person',
					type: 'people',
					question: `Who ${past} ${desc}?`,
					answer: joinNames(names),
					norm: actors
						.map((a) => a.key)
						.sort()
						.join('+'),
					subject: `Who ${past} ${desc}`,
					sentence: s,
					highlight: ms.length
						? { start: Math.min(...ms.map((m) => m.start)), end: Math.max(...ms.map((m) => m.end)) }
						: span(s),
					weight: weight + 1
				});
			}
			const countries = e.parties.filter((p) => p.kind === 'place');
			if (countries.length >= 2 && !meet) {
				const ms = firstMentions(s, countries);
				claims.push({
					key: `${factKey}|parties`,
					factKey,
					kind: 'country',
					type: 'places',
					question: `Which countries ${past} ${desc}?`,
					answer: joinNames(countries.map((c) => c.name)),
					norm: countries
						.map((a) => a.key)
						.sort()
						.join('+'),
					subject: `Countries that ${past} ${desc}`,
					sentence: s,
					highlight: {
						start: Math.min(...ms.map((m) => m.start)),
						end: Math.max(...ms.map((m) => m.end))
					},
					weight
				});
			}
			const who = joinNames(e.agents.map((a) => a.name));
			const passiveQ = (wh: string) =>
				meet
					? who
						? `${wh} did ${who} ${g.cls === 'meet' ? 'meet' : 'visit'}?`
						: ''
					: `${wh} ${/\s\p{Ll}+[^s]s$/u.test(desc) ? 'were' : 'was'} ${desc} ${participle}?`;
			if (e.place && passiveQ('Where')) {
				claims.push({
					key: `${factKey}|where`,
					factKey: meet ? `${factKey}|${who}` : factKey,
					kind: 'place',
					type: 'place',
					question: passiveQ('Where'),
					answer: e.place.entity.name,
					norm: e.place.entity.key,
					subject: `Where ${subjectText}`,
					sentence: s,
					highlight: span(e.place.mention),
					weight
				});
			}
			// "Franz Ferdinand, who shot to prominence in 2004, have won two Brit Awards": a contest's
			// date follows the verb, not an aside before it.
			if (e.time?.date && (g.cls !== 'win' || e.time.from > e.verb.i) && passiveQ('When')) {
				claims.push({
					key: `${factKey}|when`,
					factKey,
					kind: 'date',
					type: 'date',
					question: passiveQ('When'),
					answer: e.time.date.text,
					norm: e.time.date.iso ?? e.time.date.text.toLowerCase(),
					date: e.time.date,
					accept: [e.time.text],
					subject: `Date ${subjectText}`,
					sentence: s,
					highlight: span(e.time),
					weight
				});
			}
			if (e.occasion && !meet) {
				claims.push({
					key: `${factKey}|occasion`,
					factKey,
					kind: 'occasion',
					type: 'name',
					question: `At which meeting was ${desc} ${participle}?`,
					answer: e.occasion.text,
					norm: foldName(e.occasion.text),
					subject: `Occasion ${subjectText}`,
					sentence: s,
					highlight: span(e.occasion),
					weight: weight - 0.5
				});
			}
			// "A beat B": who lost; "X bought Y for $N": the price.
			if (g.cls === 'beat' && g.name && actors.length) {
				const nameMention = s.mentions.find((m) => g.name!.aliases.has(m.norm));
				const winners = joinNames(actors.map((a) => a.name));
				if (nameMention)
					claims.push({
						key: `${factKey}|loser`,
						factKey,
						kind: 'org',
						type: 'name',
						question: `Who did ${winners} beat?`,
						answer: g.name.name,
						norm: g.name.key,
						subject: `Beaten by ${winners}`,
						sentence: s,
						highlight: span(nameMention),
						weight
					});
			}
			const price =
				(g.cls === 'acquire' || g.cls === 'sell') &&
				s.mentions.find(
					(m) => m.kind === 'money' && m.from > e.verb.i && s.tokens[m.from - 1]?.lower === 'for'
				);
			if (price)
				claims.push({
					key: `${factKey}|price`,
					factKey,
					kind: 'money',
					type: 'money',
					question: `For how much was ${desc} ${participle}?`,
					answer: price.text.replace(/[.,]$/, ''),
					norm: price.norm,
					subject: `Price of ${desc}`,
					sentence: s,
					highlight: span(price),
					weight
				});
			if (e.duration?.amount) {
				const unit = e.duration.amount.unit;
				const value = e.duration.amount.value;
				claims.push({
					key: `${factKey}|duration`,
					factKey,
					kind: 'duration',
					type: 'duration',
					question: `How long is ${desc} meant to last?`,
					answer: `${value} ${unit}${value === 1 ? '' : 's'}`,
					norm: `${value} ${unit}`,
					subject: `Duration of ${desc}`,
					sentence: s,
					highlight: span(e.duration),
					weight: weight - 0.5
				});
			}
			if (g.name && !e.objectName && e.head && (e.agents.length || e.parties.length)) {
				const by = joinNames((e.agents.length ? e.agents : e.parties).map((a) => a.name));
				const nameMention = s.mentions.find((m) => g.name!.aliases.has(m.norm));
				if (nameMention)
					claims.push({
						key: `${factKey}|name`,
						factKey,
						kind: 'name',
						type: 'name',
						question: `What is the name of the ${e.head} ${participle} by ${by}?`,
						answer: g.name.name,
						norm: g.name.key,
						subject: `Name of the ${e.head}`,
						sentence: s,
						highlight: span(nameMention),
						weight: weight - 1
					});
			}
		}
		// The name can also be asked where a sentence gives both the name and a described object.
		// Who took part, across the group: a sentence naming the thing may not name them.
		const groupParties = [
			...new Set(g.events.flatMap((e) => (e.parties.length >= 2 ? e.parties : [])))
		];
		const groupAgents = [...new Set(g.events.flatMap((e) => e.agents))];
		if (g.name) {
			for (const e of g.events) {
				const nameMention = e.sentence.mentions.find((m) => g.name!.aliases.has(m.norm));
				const doers = e.agents.length
					? e.agents
					: e.parties.length
						? e.parties
						: groupAgents.length
							? groupAgents
							: groupParties;
				if (!nameMention || !doers.length || doers.includes(g.name)) continue;
				const head = g.name.name
					.toLowerCase()
					.split(/\s+/)
					.find((w) => THING_HEADS.has(w) || AGREEMENT_NOUNS.has(w));
				if (!head) continue;
				const by = joinNames(doers.map((a) => a.name));
				claims.push({
					key: `${factKey}|name`,
					factKey,
					kind: 'name',
					type: 'name',
					question: `What is the name of the ${head} ${participle} by ${by}?`,
					answer: g.name.name,
					norm: g.name.key,
					subject: `Name of the ${head}`,
					sentence: e.sentence,
					highlight: span(nameMention),
					weight: weight - 1
				});
			}
		}
	}
	return claims;
}

const WEAK_ROLES = new Set([
	'leader',
	'incumbent',
	'candidate',
	'challenger',
	'nominee',
	'head',
	'official',
	'officer',
	'chief',
	'executive',
	'partner',
	'owner'
]);

/** Occupations, not offices: "What position does X hold? – German composer" asks the wrong thing. */
const OCCUPATIONS = new Set(
	`actor actress singer drummer guitarist bassist vocalist frontman producer writer author novelist
playwright composer designer presenter host comedian photographer journalist reporter correspondent
sprinter athlete striker goalkeeper midfielder defender forward winger flanker fly-half scrum-half
full-back hooker prop lock boss researcher scientist astronomer physicist biologist chemist engineer
analyst economist futurologist chef curator architect consultant strategist pollster lawyer barrister
star player`.split(/\s+/)
);
/** People quoted for comment on the news, not actors in it. */
const COMMENTATORS = new Set(
	'economist analyst strategist consultant pollster futurologist researcher commentator'.split(' ')
);
/**
 * A post many people hold at once: "Who is the EPP spokesman?", "Who is the Russian oil official?"
 * have many answers. A spokesman for a portfolio ("home affairs spokesman") is one person.
 */
function sharedPost(role: string, head: string): boolean {
	const words = role.split(/\s+/);
	if (
		/^(official|officials|aide|adviser|advisor|member|source|campaigner|activist|expert|fan|colleague|lawmaker|delegate|candidate|supporter|insider|worker|employee)$/.test(
			head
		)
	)
		return true;
	// A team has several strikers and a bank several analysts: "Who is the Palace striker?" has many
	// answers ("analyst at UBS" ends on the bank, so every word is looked at).
	if (
		words.some((w) =>
			/^(striker|winger|flanker|defender|midfielder|forward|player|prop|lock|centre|analyst|economist|strategist|researcher)$/i.test(
				w
			)
		)
	)
		return true;
	if (/^spokes(man|woman|person)$/.test(head)) return words.length < 3;
	// "the Ray actor": a film has many actors and stars.
	if (/^(actor|actress|star)$/.test(head)) return true;
	// "the Disney director", "the director of GfK": a board has many; a managing or artistic director,
	// a director general or a film's director is one.
	if (head === 'director')
		return !words.some((w) =>
			/^(managing|executive|artistic|creative|finance|financial|technical|sporting|general|musical|film|festival|programme|campaign)$/i.test(
				w
			)
		);
	if (/^(executive|officer)$/.test(head)) return !/\bchief\b/i.test(role);
	return false;
}

/** The reporter who tells the story is not part of it ("the BBC's defence correspondent"). */
const NEWSROOM = /\b(correspondent|reporter|journalist|presenter|editor|newsreader)\b/i;

/** Is there a new clause between two token positions (a subordinator or another finite verb)? */
function clauseBetween(tokens: Token[], from: number, to: number): boolean {
	for (let k = from + 1; k < to; k++) {
		const t = tokens[k];
		if (
			/^(since|because|while|although|whereas|but|which|who|whose|where|though|after|before|when|unless|if)$/.test(
				t.lower
			)
		)
			return true;
		if (
			t.tags.has('Verb') &&
			!t.tags.has('Auxiliary') &&
			!t.tags.has('Gerund') &&
			!t.tags.has('Infinitive') &&
			!t.tags.has('Noun') &&
			(t.tags.has('PastTense') || t.tags.has('PresentTense')) &&
			!tokens[k - 1]?.tags.has('Auxiliary') &&
			tokens[k - 1]?.lower !== 'to'
		)
			return true;
	}
	return false;
}

/**
 * The organisation a story is about, when one stands out (named at least three times, twice as often
 * as any other): "said chief executive Steven Theede" in a story about Yukos is Yukos's.
 */
export function dominantBody(entities: Entity[]): Entity | undefined {
	const bodies = entities
		.filter(
			(e) =>
				(e.kind === 'org' || e.kind === 'thing' || e.kind === 'acronym') &&
				// "Russian", "Scottish": a people's adjective read as a name is no body.
				!/^\p{Lu}\p{Ll}+(ian|ish|ese|ican|ean|i)$/u.test(e.name)
		)
		.sort((a, b) => b.mentions - a.mentions);
	const [top, next] = bodies;
	if (!top || top.mentions < 3 || (next && next.mentions * 1.5 > top.mentions)) return undefined;
	return top;
}

/** Titles that belong to a body of the story: "chief executive", "drummer", "chairman". */
const BODY_POSTS =
	/^(chief executive|chief operating officer|chief financial officer|ceo|president|chairman|chairwoman|chair|managing director|director general|director-general|founder|co-founder|drummer|singer|lead singer|guitarist|bassist|frontman|vocalist|keyboard player|manager|coach|captain|head coach|general secretary|secretary general)$/i;

function roleClaims(
	s: TaggedSentence,
	ents: EntityIndex,
	demonyms: Set<string>,
	/** The story's organisation, and the sentences just before this one. */
	body?: Entity,
	before: TaggedSentence[] = []
): Claim[] {
	const claims: Claim[] = [];
	// Only where nothing else is in view: the body named in the last three sentences, and no other
	// body named in this sentence or the one before ("… Lilly documents … from chief executive X").
	const bodies = (x: TaggedSentence) =>
		x.mentions.map((m) => ents.of(m)).filter((e) => e && e.kind !== 'person' && e.kind !== 'place');
	const aboutBody = (b: Entity) =>
		[s, ...before.slice(-3)].some((x) => bodies(x).includes(b)) &&
		[s, ...before.slice(-1)].every((x) => bodies(x).every((e) => e === b));
	for (const r of s.roles) {
		const person = ents.of(r.person);
		// "General Election", "Prince Edward": a title's holder has a full name.
		if (!person || person.kind !== 'person' || !person.name.includes(' ')) continue;
		let role = r.role.replace(/^(the|a|an|his|her|their)\s+/i, '');
		if (!role || role.split(/\s+/).length > 8) continue;
		// "Local government spokesman Ed Davey …" opens the sentence: its capital is the sentence's.
		const first = s.tokens.find((t) => t.start === r.start);
		// A title written in capitals throughout ("Finance Minister") keeps them.
		const rest = role.split(/\s+/).slice(1);
		if (
			first &&
			first === s.tokens[0] &&
			rest.some((w) => /^\p{Ll}/u.test(w) && !/^(and|of|for|the)$/.test(w)) &&
			(ROLE_HEADS.has(first.lower) ||
				ROLE_MODIFIERS.has(first.lower) ||
				(first.tags.has('Adjective') && !first.tags.has('ProperNoun')))
		)
			role = role.charAt(0).toLowerCase() + role.slice(1);
		if (r.affiliation) {
			// "World Player of the Year", "British Chambers of Commerce", "Top of the Pops" are no person
			// of an organisation: a body is named in two words or more, or by its initials.
			const body = role.split(/\s+/);
			// "The Rise And Fall Of Taylor Kennedy": a title in capitals is no person of a body.
			const titleLike = /\s(And|Of|The|For|In)\s/.test(` ${person.name} `);
			// "Eternal Sunshine of the Spotless Mind": a name nothing shows to be a person's, "of" a
			// name that is no body's.
			const bodyLike =
				ORG_HEADS.has(body[body.length - 1].toLowerCase()) || /^\p{Lu}{2,}$/u.test(role);
			if (
				!titleLike &&
				(!person.unsure || bodyLike) &&
				(body.length >= 2 || /^\p{Lu}{2,}$/u.test(role)) &&
				/^\p{Lu}/u.test(body[body.length - 1])
			)
				claims.push({
					key: `affiliation|${person.key}`,
					factKey: `role|${person.key}`,
					kind: 'org',
					type: 'name',
					question: `Which organisation is ${person.name} from?`,
					answer: role,
					norm: foldName(role),
					subject: `Organisation of ${person.name}`,
					sentence: s,
					highlight: { start: r.start, end: r.end },
					weight: 1.5 + Math.min(person.mentions, 6) / 3
				});
			continue;
		}
		const core = roleCore(role, demonyms);
		// "Who is the communications director?" asks of what: a title needs its country, party or
		// organisation ("French finance minister", "Thanou's coach", "chairman of the SEC").
		const named = new Set(
			s.mentions
				.filter(
					(m) =>
						m.start >= r.start &&
						m.end <= r.end &&
						['place', 'org', 'thing', 'acronym'].includes(ents.of(m)?.kind ?? m.kind)
				)
				.flatMap((m) => m.text.split(/\s+/))
		);
		const qualified = role.split(/\s+/).some(
			(w) =>
				/[’']s?$/.test(w) ||
				/^of$/i.test(w) ||
				demonyms.has(foldName(w)) ||
				(/^\p{Lu}/u.test(w) &&
					!ROLE_HEADS.has(w.toLowerCase()) &&
					!ROLE_MODIFIERS.has(w.toLowerCase()) &&
					// A capital qualifies when it names someone's country, party or body ("Wales
					// coach"), not when it is the portfolio ("Fisheries Minister": of which country?).
					named.has(w))
		);
		// "said chief executive Steven Theede" in a story about one firm: the firm's chief executive.
		const post = role.replace(/^(company|group|firm|band|club|team)\s+/i, '').toLowerCase();
		if (!qualified && body && BODY_POSTS.test(post) && aboutBody(body)) {
			claims.push({
				key: `holder|${roleNorm(`${body.name} ${post}`)}`,
				factKey: `role|${person.key}`,
				kind: 'person',
				type: 'person',
				question: `Who is ${body.name}'s ${post}?`,
				answer: person.name,
				norm: person.key,
				subject: `Who is ${body.name}'s ${post}`,
				sentence: s,
				highlight: span(r.person),
				weight: 1.5 + Math.min(person.mentions, 6) / 3
			});
			continue;
		}
		// Unqualified, only a title written as one ("Prime Minister", not "Chief executive" or "Manager");
		// a firm's title in capitals ("Chief Executive") still says nothing of which firm.
		if (
			!qualified &&
			(role.split(/\s+/).length < 2 ||
				!role.split(/\s+/).every((w) => /^\p{Lu}|^(and|of|for|the)$/u.test(w)) ||
				BODY_POSTS.test(post))
		)
			continue;
		if (NEWSROOM.test(role)) continue;
		// "Leader" or "incumbent" alone is a description, not a title worth a card.
		if (!core || WEAK_ROLES.has(core)) continue;
		// Without the nationality, so two articles' "Sudanese minister" and "Sudan's minister" meet.
		const words = role.split(/\s+/);
		let lead = 0;
		while (lead < words.length - 1 && demonyms.has(foldName(words[lead]))) lead++;
		const plain = words.slice(lead).join(' ');
		const head = (
			role
				.split(/\s+of\s+/i)[0]
				.split(/\s+/)
				.pop() ?? ''
		).toLowerCase();
		if (!OCCUPATIONS.has(head))
			claims.push({
				alternatives: plain !== role ? [capFirst(plain)] : undefined,
				key: `role|${person.key}`,
				factKey: `role|${person.key}`,
				kind: 'role',
				type: 'role',
				question: `What position does ${person.name} hold?`,
				answer: capFirst(role),
				norm: core,
				subject: `Title of ${person.name}`,
				sentence: s,
				highlight: { start: r.start, end: r.end },
				weight: 2 + Math.min(person.mentions, 6) / 3
			});
		// "Who is the captain?" is unanswerable without saying of what; ask only specific titles. Who is
		// some bank's chief economist is a side detail: commentators are quoted, not the story.
		if (
			role.split(/\s+/).length >= 2 &&
			qualified &&
			!COMMENTATORS.has(head) &&
			!sharedPost(role, head)
		)
			claims.push({
				// Nationality stays in the key: the French and the British foreign minister are two facts.
				key: `holder|${roleNorm(role)}`,
				factKey: `role|${person.key}`,
				kind: 'person',
				type: 'person',
				// "Who is Velmora's prime minister?" but "Who is the prime minister?".
				question: /^\S+['’‘]s\s/.test(role) ? `Who is ${role}?` : `Who is the ${role}?`,
				answer: person.name,
				norm: person.key,
				subject: `Who is the ${role}`,
				sentence: s,
				highlight: span(r.person),
				weight: 1.5 + Math.min(person.mentions, 6) / 3
			});
	}
	return claims;
}

function acronymClaims(s: TaggedSentence, ents: EntityIndex): Claim[] {
	return s.acronyms
		.filter((a) => !COMMON_ACRONYMS.has(a.short.replace(/\.$/, '').toLowerCase()))
		.map((a) => {
			const short = a.short.replace(/\.$/, '');
			return {
				key: `acronym|${foldName(short)}`,
				factKey: `acronym|${foldName(short)}`,
				kind: 'acronym',
				type: 'name' as const,
				question: `What does ${short} stand for?`,
				answer: a.long,
				norm: foldName(a.long),
				subject: `Meaning of ${short}`,
				sentence: s,
				highlight: { start: a.longStart, end: a.longEnd },
				// Spelling out a country's initials teaches little.
				weight: ents.byKey(foldName(a.long))?.kind === 'place' ? 0.8 : 3.5
			};
		});
}

/** "X, a pact that allows ..." and "anti-tank missiles (Name)". */
function definitionClaims(s: TaggedSentence, ents: EntityIndex): Claim[] {
	const claims: Claim[] = [];
	const rel =
		/,\s+(?:a|an|the)\s+([\p{L} -]{2,40}?)\s+(?:that|which)\s+(allows?|lets?|enables?|aims? to|seeks? to|is designed to|will|would)\s+([^,;.]{8,200})/u;
	const m = rel.exec(s.text);
	if (m) {
		const at = s.start + m.index;
		const named = s.mentions
			.filter((x) => x.end <= at && ['thing', 'org', 'acronym'].includes(ents.of(x)?.kind ?? ''))
			.pop();
		const e = named && ents.of(named);
		const verb = m[2].replace(/s$/, '').replace(/^(aim|seek) to$/, '$1 to');
		const answer = m[3].trim();
		if (
			e &&
			answer.split(/\s+/).length <= 25 &&
			!answer.toLowerCase().includes(e.name.toLowerCase())
		) {
			const start = s.start + m.index + m[0].length - m[3].length;
			const name = /^the\s/i.test(e.name) || e.kind === 'acronym' ? e.name : `the ${e.name}`;
			claims.push({
				key: `define|${e.key}|${verb}`,
				factKey: `define|${e.key}`,
				kind: 'definition',
				type: 'definition',
				question: /^(allow|let|enable)$/.test(verb)
					? `What does ${name} allow?`
					: `What is ${name} meant to do?`,
				answer: capFirst(answer.replace(/\s+$/, '')),
				norm: foldName(answer),
				subject: `What ${e.name} does`,
				sentence: s,
				highlight: { start, end: start + m[3].trimEnd().length },
				weight: 2.5
			});
		}
	}
	for (const x of s.mentions) {
		const e = ents.of(x);
		if (!e || e.kind === 'place') continue;
		const before = s.text.slice(0, x.start - s.start);
		const after = s.text.slice(x.end - s.start);
		const desc = /([\p{Ll}][\p{Ll} -]{3,50}?)\s*\($/u.exec(before);
		// "personal video recorders (PVRs)": initials are the acronym family's to ask.
		if (desc && /^\)/.test(after) && !/^\p{Lu}{2,}s?$/u.test(x.text)) {
			const words = desc[1]
				.trim()
				.split(/\s+/)
				.filter(
					(w) =>
						!DETERMINERS.has(w) &&
						!/^(sell|buy|and|or|to|of|with|be|is|are|was|were|been|also|will|would)$/.test(w)
				);
			// "how many anti-social behaviour orders (Asbos)": the words whose initials spell it, when some do.
			const letters = x.text.toLowerCase().replace(/s$/, '');
			const initials = (ws: string[]) =>
				ws
					.flatMap((w) => w.split('-'))
					.map((p) => p.charAt(0))
					.join('');
			let take = 4;
			for (let n = 2; n <= Math.min(6, words.length); n++)
				if (initials(words.slice(-n)) === letters) take = n;
			const text = words.slice(-take).join(' ');
			const start = s.text.lastIndexOf(text, x.start - s.start) + s.start;
			if (words.length >= 2 && start >= s.start)
				claims.push({
					key: `define|${e.key}|is`,
					factKey: `define|${e.key}`,
					kind: 'definition',
					type: 'definition',
					question: `What is the ${e.name}?`,
					answer: capFirst(text),
					norm: foldName(text),
					subject: `What the ${e.name} is`,
					sentence: s,
					highlight: { start, end: start + text.length },
					weight: 1.5
				});
		}
	}
	return claims;
}

function measureAfter(tokens: Token[], from: number): Token[] {
	const out: Token[] = [];
	let k = from;
	while (k < tokens.length && out.length < 5) {
		const t = tokens[k];
		const ok =
			!t.tags.has('Date') &&
			(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Demonym')) &&
			// "the $422bn deficit under control": a preposition the tagger read as an adjective.
			!/^(under|over|above|below|about|around|after|before|behind|near|past|off|out|up|down)$/.test(
				t.lower
			) &&
			!t.tags.has('Pronoun') &&
			!t.tags.has('Value');
		if (!ok) break;
		out.push(t);
		if (breaksAfter(t)) return out;
		k++;
	}
	if (!out.length) return out;
	const prep = tokens[k];
	if (
		prep &&
		/^(on|for|over|against|in|with)$/.test(prep.lower) &&
		!breaksAfter(out[out.length - 1])
	) {
		const pp: Token[] = [prep];
		let j = k + 1;
		while (j < tokens.length && pp.length < 7) {
			const t = tokens[j];
			if (t.tags.has('Pronoun')) break;
			if (!(
				nounish(t) ||
				t.tags.has('Gerund') ||
				t.tags.has('Possessive') ||
				t.lower === 'the' ||
				(t.lower === 'and' &&
					!!tokens[j + 1]?.tags.has('Noun') &&
					!tokens[j + 1]?.tags.has('Pronoun'))
			))
				break;
			if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun')) break;
			pp.push(t);
			if (breaksAfter(t)) break;
			j++;
		}
		if (pp.length > 1) for (const t of pp) out.push(t);
	}
	return out;
}

function quantityClaims(s: TaggedSentence, used: Set<Mention>): Claim[] {
	const claims: Claim[] = [];
	for (const m of s.mentions) {
		if (!['percent', 'money', 'count', 'duration', 'date'].includes(m.kind) || used.has(m))
			continue;
		if (m.kind === 'count' && (m.amount?.value ?? 0) < 3) continue;
		// Part of a hyphenated word ("July-August"): not a clean gap.
		if (
			/[-–]$/.test(s.text.slice(0, m.start - s.start)) ||
			/^[-–]/.test(s.text.slice(m.end - s.start))
		)
			continue;
		let measure = m.kind === 'percent' || m.kind === 'money' ? measureAfter(s.tokens, m.to) : [];
		// "£8m available for 2005": what was measured ends in its noun, not an adjective.
		const last = measure[measure.length - 1];
		if (last && (!last.tags.has('Noun') || last.tags.has('Adjective'))) measure = [];
		const owner = s.tokens[m.from - 1];
		const possessor = owner && isPossessive(owner) && owner.cap ? `${owner.text} ` : '';
		const measured = measure.length
			? s.text
					.slice(measure[0].start - s.start, measure[measure.length - 1].end - s.start)
					.replace(/[’'‘]s?$/, '')
			: '';
		// One bare noun ("the volume") does not say what was measured.
		const text = measured && (possessor || measured.includes(' ')) ? possessor + measured : '';
		const the = possessor ? '' : 'the ';
		// "Fifty percent" is shown as "50%", the form every choice shares.
		const answer =
			m.kind === 'date' && m.date
				? m.date.text
				: /^\p{L}/u.test(m.text) && m.kind !== 'duration'
					? m.norm
					: m.text.replace(/[.,]$/, '');
		const base = {
			kind: m.kind === 'count' ? 'count' : m.kind,
			type: (m.kind === 'count' ? 'count' : m.kind) as AnswerType,
			answer,
			norm: m.norm,
			date: m.date,
			sentence: s,
			highlight: span(m)
		};
		if (text && text.split(/\s+/).length >= 1 && !/^\d/.test(text)) {
			const key = `amount|${m.kind}|${roleNorm(text)}`;
			const question =
				m.kind === 'percent'
					? `What was the rate of ${the}${text}?`
					: `How large was ${the}${text}?`;
			claims.push({ ...base, key, factKey: key, question, subject: capFirst(text), weight: 2 });
		} else {
			const key = `cloze|${s.sourceId}|${s.index}|${m.norm}`;
			claims.push({
				...base,
				key,
				factKey: key,
				question: '',
				subject: answer,
				weight: 0.5,
				clozeOnly: true
			});
		}
	}
	return claims;
}

/** "Chile's Santiago", "Geneva, Switzerland": which country a city is in. */
function locationClaims(s: TaggedSentence, ents: EntityIndex): Claim[] {
	const claims: Claim[] = [];
	const places = s.mentions.filter((m) => ents.of(m)?.kind === 'place');
	for (let k = 0; k + 1 < places.length; k++) {
		const a = places[k];
		const b = places[k + 1];
		const gap = s.text.slice(a.end - s.start, b.start - s.start);
		let city: Mention | undefined;
		let country: Mention | undefined;
		if (/^[’'‘]s\s+$/.test(gap) && s.tokens[b.from].tags.has('City')) [country, city] = [a, b];
		else if (
			/^,\s+$/.test(gap) &&
			a.text.length > 3 &&
			s.tokens[a.from].tags.has('City') &&
			s.tokens[b.from].tags.has('Country') &&
			!/^\s*(,|and\b|or\b)/.test(s.text.slice(b.end - s.start)) &&
			!/,\s*$/.test(s.text.slice(0, a.start - s.start))
		)
			[city, country] = [a, b];
		if (!city || !country) continue;
		const ce = ents.of(city)!;
		const ke = ents.of(country)!;
		if (ce === ke || (ke.name.includes(' ') === false && ke.name.length <= 3)) continue;
		const key = `located|${ce.key}`;
		claims.push({
			key,
			factKey: key,
			kind: 'place',
			type: 'place',
			question: `In which country is ${ce.name}?`,
			answer: ke.name,
			norm: ke.key,
			subject: `Country of ${ce.name}`,
			sentence: s,
			highlight: span(country),
			weight: 1
		});
	}
	return claims;
}

/**
 * Per article, the words it capitalises inside sentences and never writes in lower case, and the pairs
 * of words it capitalises there ("all blacks"); the words it writes in lower case go on each sentence
 * as `commonWords`.
 */
function properWordsBySource(sentences: TaggedSentence[]): Map<string, Set<string>> {
	const upper = new Map<string, Set<string>>();
	const lower = new Map<string, Set<string>>();
	for (const s of sentences) {
		const up = upper.get(s.sourceId) ?? new Set<string>();
		const low = lower.get(s.sourceId) ?? new Set<string>();
		upper.set(s.sourceId, up);
		lower.set(s.sourceId, low);
		s.tokens.forEach((t, k) => {
			if (!/^\p{L}/u.test(t.text)) return;
			if (!t.cap) low.add(t.lower);
			else if (k > 0 && !/[.!?:"“‘(]\s*$/.test(s.tokens[k - 1].post)) {
				up.add(t.lower);
				// "us All Blacks": a pair capitalised mid-sentence is a name, though "all" alone is not.
				const next = s.tokens[k + 1];
				if (next?.cap && /^\s+$/.test(t.post) && /^\p{L}/u.test(next.text))
					up.add(`${t.lower} ${next.lower}`);
			}
		});
	}
	for (const [id, up] of upper) for (const w of lower.get(id) ?? []) up.delete(w);
	for (const s of sentences) s.commonWords = lower.get(s.sourceId);
	return upper;
}

/** Marks every sentence of an article that is a match report (play-by-play.ts). */
function markMatchReports(sentences: TaggedSentence[]): void {
	const bySource = new Map<string, TaggedSentence[]>();
	for (const s of sentences) {
		const group = bySource.get(s.sourceId) ?? [];
		group.push(s);
		bySource.set(s.sourceId, group);
	}
	for (const group of bySource.values())
		if (matchReport(group.map((s) => s.text))) for (const s of group) s.matchReport = true;
}

/** Most words a gap with the sentence before it may show. */
const MAX_LEAD_WORDS = 60;

/**
 * Does the sentence quote someone's words: open with a quotation, or quote more than a few words? A
 * word or two in quotation marks ("the "Hartz-IV" programme") is the reporter's.
 */
function speech(text: string): boolean {
	if (/^\W*["“]/.test(text)) return true;
	const marks = text.match(/["“”]/g)?.length ?? 0;
	if (marks % 2) return true;
	for (const m of text.matchAll(/["“]([^"“”]*)["”]/g))
		if (m[1].split(/\s+/).filter(Boolean).length > 4) return true;
	return false;
}

/**
 * May the sentence before be shown with this one, so a gap in it makes sense? Only a plain report
 * (no quotation on either side), right after a sentence that stands alone and says something.
 */
/** How many different people, places or bodies a sentence names. */
function namesBefore(s: TaggedSentence): number {
	const names = new Set<string>();
	for (const m of s.mentions)
		if (/^(person|place|org|thing|acronym)$/.test(m.kind)) names.add(m.norm);
	return names.size;
}

function canLead(
	previous: TaggedSentence | undefined,
	s: TaggedSentence,
	opensQuoted: boolean
): previous is TaggedSentence {
	if (!previous || previous.standalone === false || previous.index !== s.index - 1) return false;
	if (opensQuoted || speech(s.text) || speech(previous.text)) return false;
	// The sentence before is shown as written: it must not point back itself ("He said …").
	if (
		previous.rewrites?.length ||
		/^\W*(he|she|it|they|his|her|its|their|this|these|those)\b/i.test(previous.text)
	)
		return false;
	if (!hasFiniteVerb(previous)) return false;
	// "Now is that a Christmas present or what?": a question asserts nothing to lead with.
	if (/\?\W*$/.test(previous.text)) return false;
	// "an appeal to the two men", "the couple had a son": a pair the sentence before must name.
	if (PAIR.test(s.text) && namesBefore(previous) < 2) return false;
	const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
	return words(previous.text) + words(s.text) <= MAX_LEAD_WORDS;
}

/** "Sony said the gadget …": the subject's verb reports a clause that follows it. */
function reportsClause(s: TaggedSentence, subject: NameRef): boolean {
	let k = subject.to;
	while (
		k < s.tokens.length &&
		(s.tokens[k].tags.has('Adverb') || s.tokens[k].tags.has('Auxiliary'))
	)
		k++;
	const verb = s.tokens[k];
	return !!verb && SAY_VERBS.has(verb.lower) && k + 3 < s.tokens.length;
}

/** "It went on sale …" (not "It added …", "It also said …"): "it" or "they" opens a clause that reports nothing. */
function itReportsNothing(text: string): boolean {
	const words = text
		.trim()
		.replace(/^(but|and|however,?)\s+/i, '')
		.split(/\s+/)
		.filter((w, k) => k === 0 || !/^(also|later|then|\p{Ll}+ly)$/u.test(w));
	return /^(it|they)$/i.test(words[0] ?? '') && !SAY_VERBS.has(words[1]?.toLowerCase() ?? '');
}

/** Every claim the sentences make. */
export function extractClaims(options: {
	sentences: TaggedSentence[];
	entities: EntityIndex;
}): Claim[] {
	const { sentences, entities } = options;
	const demonyms = new Set<string>();
	for (const s of sentences)
		for (const t of s.tokens)
			if (t.tags.has('Demonym') || t.tags.has('Country')) demonyms.add(t.lower);
	for (const e of entities.all()) if (e.kind === 'place') e.aliases.forEach((a) => demonyms.add(a));
	const claims: Claim[] = [];
	const events: EventMention[] = [];
	let lastSource = '';
	let opensQuoted = false;
	let previous: TaggedSentence | undefined;
	let previousSubject: NameRef | undefined;
	let previousPeople: NameRef[] | undefined;
	const topic: Partial<Record<'person' | 'thing', { ref: NameRef; quiet: number }>> = {};
	let references = new ReferenceTracker(entities);
	const proper = properWordsBySource(sentences);
	markMatchReports(sentences);
	// Per source would be finer; a deck's articles mostly tell one story.
	const body = dominantBody(entities.all());
	const recent: TaggedSentence[] = [];
	for (const s of sentences) {
		s.properWords = proper.get(s.sourceId);
		if (s.sourceId !== lastSource) {
			[lastSource, opensQuoted] = [s.sourceId, false];
			[previous, previousSubject, previousPeople] = [undefined, undefined, undefined];
			[topic.person, topic.thing] = [undefined, undefined];
			recent.length = 0;
			references = new ReferenceTracker(entities);
		}
		const ante = (r: NameRef | undefined) => r && { entity: r.entity, name: r.name };
		// "Sony said the gadget would ship in March. It went on sale in Japan …": after a thing that
		// reported, "it" is what it reported on, unless it goes on reporting ("It added …").
		if (
			previousSubject &&
			previousSubject.entity.kind !== 'person' &&
			previous &&
			reportsClause(previous, previousSubject) &&
			itReportsNothing(s.text)
		)
			[previousSubject, topic.thing] = [undefined, undefined];
		// "Mr Peston said … that Mr Blair had decided he would quit. He then changed his mind": after a
		// person who reported what another did, "he" may be either.
		if (
			previousSubject?.entity.kind === 'person' &&
			previous &&
			reportsClause(previous, previousSubject) &&
			previous.mentions.some((m) => {
				const e = entities.of(m);
				return (
					m.from >= previousSubject!.to && e?.kind === 'person' && e !== previousSubject!.entity
				);
			}) &&
			/^\W*(he|she)\s+(?!(said|says|added|told|insisted|argued|claimed|warned)\b)/i.test(
				s.text.replace(/^(but|and|however,?)\s+/i, '')
			)
		)
			[previousSubject, topic.person] = [undefined, undefined];
		s.rewrites = references.resolve({
			s,
			subject: ante(previousSubject),
			people: previousPeople?.map((r) => ({ entity: r.entity, name: r.name })),
			person: ante(topic.person?.ref),
			thing: ante(topic.thing?.ref)
		});
		s.standalone = sentenceStandsAlone({ s, entities, opensQuoted });
		s.ownVoice = writerSpeaks(s, opensQuoted);
		// The story's first sentence introduces what it names ("the power struggle gripping Scottish
		// rugby"): after a headline, or none, a definite phrase points back to nothing.
		const opening = !previous || !/[.!?]["'”’)]?\s*$/.test(previous.text.trim());
		if (!s.standalone && s.definiteOnly && opening) s.standalone = true;
		if (!s.standalone && canLead(previous, s, opensQuoted)) s.lead = previous;
		const clauses = clauseClaims({
			sentence: s,
			entities,
			opensQuoted,
			previous,
			previousSubject,
			topic: { person: topic.person?.ref, thing: topic.thing?.ref }
		});
		for (const c of clauses.claims) claims.push(c);
		for (const c of gapClaims({ sentence: s, entities })) claims.push(c);
		for (const c of scoreClaims({ sentence: s, entities, opensQuoted })) claims.push(c);
		[previous, previousSubject, previousPeople] = [s, clauses.subject, clauses.people];
		recent.push(s);
		if (recent.length > 4) recent.shift();
		// The person and the thing the text is about stay its topic through up to two sentences that
		// name nothing of their kind (a quotation, "In her ruling, the judge …"): "she" after those is
		// still the person named before. A sentence that names another of the kind ends it.
		// "Wal-Mart", read as perhaps a person's name, may be the thing "its" means later.
		const unsure = (e: Entity) => e.kind === 'person' && !!e.unsure;
		for (const kind of ['person', 'thing'] as const) {
			const subjectKind = clauses.subject?.entity.kind === 'person' ? 'person' : 'thing';
			const subjectFits =
				!!clauses.subject &&
				(subjectKind === kind || (kind === 'thing' && unsure(clauses.subject.entity)));
			const held = topic[kind];
			// Naming the topic again keeps it; a place named beside a firm ("good for the US economy")
			// is no other firm.
			const names = s.mentions.some((m) => {
				const e = entities.of(m);
				return (
					e &&
					e !== held?.ref.entity &&
					((e.kind === 'person') === (kind === 'person') || (kind === 'thing' && unsure(e))) &&
					NAME_KINDS.has(e.kind) &&
					!(e.kind === 'place' && held && held.ref.entity.kind !== 'place')
				);
			});
			// "The buzz about the band spread … to one gig in Glasgow": a sentence that points back to the
			// topic keeps it, whatever else it names.
			const recalled = !!held && (s.rewrites ?? []).some((r) => r.entity === held.ref.entity);
			if (subjectFits && clauses.subject) topic[kind] = { ref: clauses.subject, quiet: 0 };
			else if (recalled && held) topic[kind] = { ref: held.ref, quiet: 0 };
			else if (names || !held || held.quiet >= 2) topic[kind] = undefined;
			else topic[kind] = { ref: held.ref, quiet: held.quiet + 1 };
		}
		opensQuoted = leavesQuoteOpen(s.text, opensQuoted);
		const evs = findEvents(s, entities);
		for (const e of evs) events.push(e);
		const changes = changeClaims({ sentence: s });
		const used = new Set<Mention>(
			s.mentions.filter((m) => changes.some((c) => c.highlight.start === m.start))
		);
		for (const e of evs) {
			if (e.time) used.add(e.time);
			if (e.duration) used.add(e.duration);
		}
		claims.push(
			...roleClaims(s, entities, demonyms, body, recent.slice(0, -1)),
			...acronymClaims(s, entities),
			...definitionClaims(s, entities),
			...locationClaims(s, entities),
			...changes,
			...quantityClaims(s, used)
		);
	}
	for (const c of eventClaims(groupEvents(events))) claims.push(c);
	markReaderComments(sentences);
	return claims;
}
