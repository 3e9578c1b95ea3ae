/**
 * One entity per real-world thing across all articles: "Okafor" is the full name used earlier, "U.S." is
 * "US" is "United States", and a name's kind is what most of its mentions say.
 */
import {
	BODY_NOUNS,
	foldName,
	WORK_NOUNS,
	type Mention,
	type MentionKind,
	type TaggedSentence
} from './mentions';
import type { Token } from './tokens';
import { PEER_TITLES, ROLE_HEADS } from './lexicon';

export interface Entity {
	key: string;
	kind: MentionKind;
	/** The fullest common surface form, for questions and answers. */
	name: string;
	/** Folded forms that refer to it. */
	aliases: Set<string>;
	mentions: number;
	sources: Set<string>;
	/** Earliest relative position (0 = first sentence) of any mention. */
	firstPosition: number;
	/** A person's sex as their given name tells it ("he" is not "Sandra"), when it does. */
	gender?: 'male' | 'female';
	/** What the text calls it ("band" for "rock band Franz Ferdinand"), when a noun before it says. */
	noun?: string;
	/** A person's role as the word before the name gives it ("striker" for "Arsenal striker X"). */
	title?: string;
	/**
	 * A person only by the look of the name (unknown capitalised words: "Windows Genuine Advantage"):
	 * no given name, title, role or pronoun-free evidence in the text says so.
	 */
	unsure?: boolean;
}

const FEMALE_TITLES = new Set(
	'mrs ms miss dame lady actress sportswoman chairwoman spokeswoman businesswoman queen princess'.split(
		' '
	)
);
const MALE_TITLES = new Set(
	'mr sir lord actor sportsman spokesman businessman king prince'.split(' ')
);
/** Words that only say a name is a firm's: "Baikal Finance Group", "Velmora Holdings plc". */
const FIRM_WORDS = new Set(
	`group finance financial holdings holding corporation corp inc plc ltd limited llc company co
	industries international investments capital partners enterprises`.split(/\s+/)
);
/** Firm words that may name an arm of a group ("Barclays Capital") rather than the group itself. */
const ARM_WORDS = new Set(['capital', 'investments', 'partners', 'international', 'enterprises']);
const NAME_KINDS = new Set<MentionKind>(['person', 'place', 'org', 'thing', 'acronym']);

/** Common abbreviations of country and union names, written every which way in news copy. */
const KNOWN_ALIASES: Record<string, string> = {
	us: 'united states',
	usa: 'united states',
	'u s': 'united states',
	america: 'united states',
	uk: 'united kingdom',
	britain: 'united kingdom',
	'great britain': 'united kingdom',
	eu: 'european union',
	un: 'united nations',
	uae: 'united arab emirates'
};

export interface EntityIndex {
	/** The entity a mention refers to (name mentions only). */
	of(m: Mention): Entity | undefined;
	all(): Entity[];
	byKey(key: string): Entity | undefined;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];

/**
 * Does this mention show a person: a given name, an honorific, a title or trade right before, or
 * "he" or "her" after it before another name?
 */
function personEvidence(tokens: Token[], m: Mention): boolean {
	if (tokens.slice(m.from, m.to).some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag))))
		return true;
	// "Cate Blanchett triumphed … for her role": a personal pronoun after the name, before any other.
	for (const t of tokens.slice(m.to)) {
		if (/^(he|she|his|her|him|himself|herself)$/.test(t.lower)) return true;
		if (t.cap && t.tags.has('ProperNoun')) break;
	}
	const before = tokens[m.from - 1];
	if (!before) return false;
	const word = before.lower.replace(/\.$/, '');
	return (
		FEMALE_TITLES.has(word) ||
		MALE_TITLES.has(word) ||
		ROLE_HEADS.has(word) ||
		/^(dr|prof|professor|rev)$/.test(word) ||
		(before.tags.has('Actor') && !before.cap)
	);
}

/** Resolves name mentions across every sentence of every source to shared entities. */
export function resolveEntities(options: { sentences: TaggedSentence[] }): EntityIndex {
	const { sentences } = options;
	const canon = new Map<string, string>();
	const find = (k: string): string => {
		let cur = k;
		const seen = new Set<string>();
		while (canon.has(cur) && !seen.has(cur)) {
			seen.add(cur);
			cur = canon.get(cur)!;
		}
		return cur;
	};
	const join = (alias: string, target: string) => {
		const a = find(alias);
		const b = find(target);
		if (a !== b) canon.set(a, b);
	};
	for (const [alias, target] of Object.entries(KNOWN_ALIASES)) join(alias, target);
	for (const s of sentences)
		for (const a of s.acronyms) join(foldName(a.short), foldName(a.long.replace(/^the\s+/i, '')));

	// Kind votes and surface forms per folded name.
	const votes = new Map<string, Map<MentionKind, number>>();
	const surfaces = new Map<string, Map<string, number>>();
	const names: Array<{ m: Mention; s: TaggedSentence }> = [];
	for (const s of sentences)
		for (const m of s.mentions) {
			if (!NAME_KINDS.has(m.kind) || !m.norm) continue;
			names.push({ m, s });
			const v = votes.get(m.norm) ?? new Map();
			v.set(m.kind, (v.get(m.kind) ?? 0) + (m.told ? 5 : 1));
			votes.set(m.norm, v);
			const sf = surfaces.get(m.norm) ?? new Map();
			sf.set(m.text, (sf.get(m.text) ?? 0) + 1);
			surfaces.set(m.norm, sf);
		}
	const kindOf = (norm: string): MentionKind => {
		const v = votes.get(norm);
		if (!v) return 'thing';
		let best: MentionKind = 'thing';
		let bestCount = -1;
		for (const [k, c] of v) {
			const score = c + (k === 'thing' ? -0.5 : 0);
			if (score > bestCount) [best, bestCount] = [k, score];
		}
		return best;
	};

	// People: a one-word mention is the person whose full name ends (or starts) with it.
	// Only real-looking names: two to four words, no "of" ("Archbishop of Cardiff" is no surname source).
	const people = [...votes.keys()].filter(
		(n) =>
			n.includes(' ') &&
			kindOf(n) === 'person' &&
			n.split(' ').length <= 4 &&
			!/\b(of|the|and|for)\b/.test(n)
	);
	const byLast = new Map<string, Set<string>>();
	const byGiven = new Map<string, Set<string>>();
	// "Lord Callaghan" is Jim Callaghan where the text names him so; else the peer's name is the name.
	const peers = new Map<string, Set<string>>();
	for (const full of people) {
		const peer = peerSurname(full);
		if (peer) {
			peers.set(peer, (peers.get(peer) ?? new Set()).add(full));
			continue;
		}
		const parts = full.split(' ');
		const last = parts[parts.length - 1];
		byLast.set(last, (byLast.get(last) ?? new Set()).add(full));
		byGiven.set(parts[0], (byGiven.get(parts[0]) ?? new Set()).add(full));
	}
	// A surname is the full name used in the same article ("Olsen said" in a football report is not
	// the minister Olsen of another story).
	const sourcesOf = new Map<string, Set<string>>();
	for (const { m, s } of names) {
		const set = sourcesOf.get(m.norm) ?? new Set<string>();
		set.add(s.sourceId);
		sourcesOf.set(m.norm, set);
	}
	// "Indie dance band Kasabian", named after Linda Kasabian: a name a text calls a band or a film is
	// not the surname of the person it shares it with.
	const bodies = new Set<string>();
	for (const { m, s } of names) {
		const before = s.tokens[m.from - 1];
		if (
			before &&
			!before.cap &&
			// "The book, Brown's Britain", "his album - West began": only a noun right before the name.
			before.post.trim() === '' &&
			// "left to play Wilkinson": a verb after "to" names no work.
			s.tokens[m.from - 2]?.lower !== 'to' &&
			(BODY_NOUNS.has(before.lower) || WORK_NOUNS.has(before.lower))
		)
			bodies.add(m.norm);
	}
	const inSource = (names: Set<string> | undefined, s: TaggedSentence) =>
		[...(names ?? [])].filter((full) => sourcesOf.get(full)?.has(s.sourceId));
	const fullNameIn = (m: Mention, s: TaggedSentence): string | undefined => {
		const peer = peerSurname(m.norm);
		if (peer) {
			const here = inSource(byLast.get(peer), s);
			return here.length === 1 ? here[0] : undefined;
		}
		if (
			m.norm.includes(' ') ||
			kindOf(m.norm) === 'place' ||
			kindOf(m.norm) === 'org' ||
			bodies.has(m.norm)
		)
			return undefined;
		// "Sir Edward", "Dame Judi": a knight or a dame goes by the given name.
		const knighted = /^(sir|dame)$/.test(s.tokens[m.from - 1]?.lower ?? '');
		const here = inSource((knighted ? byGiven : byLast).get(m.norm), s);
		if (here.length === 1) return here[0];
		// "Falconer said …" after "Lord Falconer": the peer, when no one else has that name.
		const lords = inSource(peers.get(m.norm), s);
		return !here.length && lords.length === 1 ? lords[0] : undefined;
	};

	// Firms: "Baikal" is "Baikal Finance Group" when the rest of the name only says it is a firm.
	const byFirst = new Map<string, Set<string>>();
	for (const n of votes.keys()) {
		const [first, ...rest] = n.split(' ');
		const kind = kindOf(n);
		if (!rest.length || (kind !== 'org' && kind !== 'thing')) continue;
		if (!rest.every((w) => FIRM_WORDS.has(w))) continue;
		byFirst.set(first, (byFirst.get(first) ?? new Set()).add(n));
	}
	// Where each name is first met in each source: "Barclays … Barclays Capital" names the group before
	// its arm, which is another firm; "Baikal … Baikal Finance Group" names one firm twice.
	const firstAt = new Map<string, number>();
	names.forEach(({ m, s }, k) => {
		const at = `${s.sourceId}|${m.norm}`;
		if (!firstAt.has(at)) firstAt.set(at, k);
	});
	/** Firms named in full and by their first word: the full name is what a card says. */
	const firms = new Set<string>();
	const firmIn = (m: Mention, sourceId: string): string | undefined => {
		if (m.norm.includes(' ') || kindOf(m.norm) === 'place' || kindOf(m.norm) === 'person')
			return undefined;
		const here = [...(byFirst.get(m.norm) ?? [])].filter(
			(full) =>
				sourcesOf.get(full)?.has(sourceId) &&
				((firstAt.get(`${sourceId}|${full}`) ?? 0) <= (firstAt.get(`${sourceId}|${m.norm}`) ?? 0) ||
					full
						.split(' ')
						.slice(1)
						.every((w) => !ARM_WORDS.has(w)))
		);
		if (here.length !== 1) return undefined;
		firms.add(here[0]);
		return here[0];
	};

	const entities = new Map<string, Entity>();
	const ofMention = new Map<Mention, Entity>();
	/** People some mention shows to be people. */
	const known = new Set<Entity>();
	for (const { m, s } of names) {
		const key = find(fullNameIn(m, s) ?? firmIn(m, s.sourceId) ?? m.norm);
		let e = entities.get(key);
		if (!e) {
			e = {
				key,
				kind: kindOf(key) === 'thing' ? kindOf(m.norm) : kindOf(key),
				name: m.text,
				aliases: new Set(),
				mentions: 0,
				sources: new Set(),
				firstPosition: 1
			};
			entities.set(key, e);
		}
		e.aliases.add(m.norm);
		e.mentions++;
		if (m.told) e.noun ??= m.told;
		const given = s.tokens[m.from];
		if (given?.tags.has('FemaleName') && !given.tags.has('MaleName')) e.gender ??= 'female';
		else if (given?.tags.has('MaleName') && !given.tags.has('FemaleName')) e.gender ??= 'male';
		// "Ms Craymer", "actor Jamie Fox": the word before the name may say it too.
		const before = s.tokens[m.from - 1]?.lower.replace(/\.$/, '') ?? '';
		if (e.kind === 'person' && (ROLE_HEADS.has(before) || before === 'player')) e.title ??= before;
		if (FEMALE_TITLES.has(before)) e.gender ??= 'female';
		else if (MALE_TITLES.has(before)) e.gender ??= 'male';
		e.sources.add(s.sourceId);
		e.firstPosition = Math.min(e.firstPosition, s.position);
		ofMention.set(m, e);
		if (personEvidence(s.tokens, m)) known.add(e);
	}
	for (const e of entities.values()) {
		// Prefer the most frequent multi-word surface form of the canonical name, then any.
		let best = '';
		let bestScore = -1;
		for (const alias of e.aliases)
			for (const [text, count] of surfaces.get(alias) ?? []) {
				const score =
					count +
					(alias === e.key ? (e.kind === 'person' || firms.has(e.key) ? 100 : 2) : 0) +
					(text.includes(' ') ? 1.5 : 0);
				if (score > bestScore) [best, bestScore] = [text, score];
			}
		if (best) e.name = best;
		if (e.kind === 'thing' && [...e.aliases].some((a) => kindOf(a) === 'person')) e.kind = 'person';
		if (e.kind === 'person' && !e.gender && !known.has(e)) e.unsure = true;
	}
	return {
		of: (m) => ofMention.get(m),
		all: () => [...entities.values()],
		byKey: (k) => entities.get(find(k))
	};
}

/** "lord callaghan" → "callaghan": the one name after a peer's title, if the name is that. */
function peerSurname(norm: string): string | undefined {
	const [title, name, ...rest] = norm.split(' ');
	return PEER_TITLES.has(title) && name && !rest.length ? name : undefined;
}
