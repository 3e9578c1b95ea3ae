/**
 * Resolving what a sentence points back to, so a card can stand on its own: "the band" is the band
 * named earlier ("rock band Franz Ferdinand"), "the Act" the Act named earlier, "his" the person the
 * sentence before was about. Each resolution is a rewrite of a token range; the citation still quotes
 * the source exactly, only the question is written with the full names.
 */
import { isPossessive } from './tokens';
import type { TaggedSentence } from './mentions';
import type { Entity, EntityIndex } from './entities';
import { GENERIC_REFERENTS, NAME_STOPWORDS, ORG_HEADS, ROLE_HEADS, THING_HEADS } from './lexicon';

/** Tokens [from, to) of a sentence read as `text`. */
export interface Rewrite {
	from: number;
	to: number;
	/** Absolute offsets of the range in the source (tokens are let go before cards are written). */
	start: number;
	end: number;
	text: string;
	entity: Entity;
}

/** What the sentence before was about, for pronouns. */
export interface Antecedent {
	entity: Entity;
	name: string;
}

const POSSESSIVE = /[’']s?$/;
/** Parties by the short names news copy gives them, which read like people's names. */
const PARTY_NAMES =
	/^(the\s+)?(Lib Dems?|Liberal Democrats?|Tories|Conservatives|Sinn Fein|Plaid Cymru|Ukip|UKIP|SNP|DUP)$/;
/** "Monday's", "January's": a time's possessive names no other owner. */
const CALENDAR_WORDS =
	/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow)$/;
const commonHead = (w: string) =>
	THING_HEADS.has(w) || ORG_HEADS.has(w) || GENERIC_REFERENTS.has(w);

/** The name as it reads after "the": "the Sarbanes-Oxley Act", but "Franz Ferdinand". */
function asPhrase(entity: Entity, name: string): string {
	const last = name.split(/\s+/).pop()!.toLowerCase();
	return commonHead(last) && !/^the\s/i.test(name) ? `the ${name}` : name;
}

/** Nouns a news story calls a person it has named ("the billionaire", "the striker"). */
export const PERSON_NOUNS = new Set(
	`billionaire millionaire tycoon actor actress singer star player striker midfielder defender
goalkeeper winger veteran youngster teenager champion athlete sprinter boxer golfer cyclist musician
rapper author writer novelist comedian presenter`.split(/\s+/)
);

/**
 * "The 2003 French Open champion has slipped …, but is confident that his form …": a subject that
 * describes a person, left as written, is whom "his" before k means.
 */
function epithetSubject(s: TaggedSentence, k: number): boolean {
	const tokens = s.tokens;
	const at = /^(but|and|yet|however|meanwhile)$/.test(tokens[0]?.lower ?? '') ? 1 : 0;
	if (tokens[at]?.lower !== 'the') return false;
	for (let j = at + 1; j < Math.min(k, at + 7); j++) {
		const t = tokens[j];
		// "The prime minister and his chancellor": a title is a person described too.
		if (PERSON_NOUNS.has(t.lower) || (ROLE_HEADS.has(t.lower) && !t.cap)) return true;
		if (t.tags.has('Verb') || /[,;:]/.test(t.post)) return false;
	}
	return false;
}

/**
 * "the 24-year-old Reds skipper": a team's or party's name and a title after the age belong to the
 * epithet, which ends after the title (a name put in its place reads "Steven Gerrard spoke out").
 */
function teamTitleAt(tokens: TaggedSentence['tokens'], n: number): number | undefined {
	for (let j = n; j < n + 2 && tokens[j]?.cap && !/[,;:]/.test(tokens[j].post); j++) {
		const next = tokens[j + 1];
		const word = next?.lower.replace(POSSESSIVE, '') ?? '';
		if (next && !next.cap && (PERSON_NOUNS.has(word) || ROLE_HEADS.has(word))) return j + 2;
	}
	return undefined;
}

/**
 * "Mido was axed by coach Marco Tardelli … But he then played …": after a sentence that tells what was
 * done to a one-word name of no known kind, "he" may be that name rather than the man who did it.
 */
export function mayBePerson(
	subject: { entity: Entity; name: string } | undefined,
	previous: TaggedSentence | undefined
): boolean {
	return (
		subject?.entity.kind === 'thing' &&
		!subject.name.includes(' ') &&
		subject.entity.mentions >= 2 &&
		!!previous &&
		/\b(was|were|been|is|are)\s+(\p{Ll}+ed|\p{Ll}+en)\b[^.;]*\bby\b/u.test(previous.text)
	);
}

/** Where a person epithet after "the" at k ends ("the American billionaire" → after "billionaire"). */
function personEpithet(tokens: TaggedSentence['tokens'], k: number): number | undefined {
	let n = k + 1;
	// "the 47-year-old", tokenised as "47", "year", "old".
	if (
		/^\d{1,3}$/.test(tokens[n]?.text ?? '') &&
		tokens[n + 1]?.lower === 'year' &&
		/^olds?$/.test(tokens[n + 2]?.lower ?? '')
	) {
		n += 3;
		const titled = teamTitleAt(tokens, n);
		if (titled) return titled;
		// "the 32-year-old Spaniard", "the 47-year-old chairman": the noun after the age is the person.
		const noun = tokens[n];
		return noun &&
			(PERSON_NOUNS.has(noun.lower) ||
				noun.tags.has('Demonym') ||
				/^(briton|\p{L}+(man|woman))$/u.test(noun.lower))
			? n + 1
			: n;
	}
	while (
		n < tokens.length &&
		n - k <= 3 &&
		(tokens[n].tags.has('Adjective') ||
			tokens[n].tags.has('Demonym') ||
			/^\d+-year-old$/.test(tokens[n].lower)) &&
		!PERSON_NOUNS.has(tokens[n].lower.replace(POSSESSIVE, ''))
	)
		n++;
	const head = tokens[n];
	if (!head) return undefined;
	const word = head.lower.replace(POSSESSIVE, '');
	if (/^\d+-year-old$/.test(word)) return n + 1;
	if (n > k + 1 && /^\d+-year-old$/.test(tokens[n - 1].lower) && !PERSON_NOUNS.has(word))
		return teamTitleAt(tokens, n) ?? n;
	if (!PERSON_NOUNS.has(word)) return undefined;
	// "the actor's film" keeps the possessive on the name; "the striker Jones" is a title, not a reference.
	if (tokens[n + 1]?.cap && !/[,;:]/.test(head.post)) return undefined;
	// "the author of Wealth of Nations": what follows says who is meant.
	if (/^(of|who|whose|that|which|in|at|for|from)$/.test(tokens[n + 1]?.lower ?? ''))
		return undefined;
	// "the best actress award", "the first American president": a modifier, or one picked out.
	const after = tokens[n + 1];
	if (
		after &&
		!after.cap &&
		after.tags.has('Noun') &&
		!after.tags.has('Pronoun') &&
		!/[,;:]/.test(head.post)
	)
		return undefined;
	if (
		tokens
			.slice(k + 1, n)
			.some(
				(t) =>
					t.tags.has('Superlative') ||
					t.tags.has('Ordinal') ||
					/^(best|first|last|new|former|next)$/.test(t.lower)
			)
	)
		return undefined;
	return n + 1;
}

const capFirstWord = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

/** "A, B and C": names as one phrase. */
export function joinNames(names: string[]): string {
	return names.length <= 1
		? (names[0] ?? '')
		: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Can "he" or "her" mean this person? Only a given name that says otherwise rules it out. */
export function fitsPronoun(entity: Entity, pronoun: string): boolean {
	// "The Lib Dems accused … And he claimed": a party read as a person's name is no "he" or "she".
	if (/^(he|him|his|she|her|hers)$/i.test(pronoun) && PARTY_NAMES.test(entity.name)) return false;
	if (/^(he|him|his)$/i.test(pronoun)) return entity.gender !== 'female';
	if (/^(she|her|hers)$/i.test(pronoun)) return entity.gender !== 'male';
	return true;
}

/** "staff get one eightieth of their salary": a plural noun before "their" is what it means. */
function pluralNounBefore(tokens: TaggedSentence['tokens'], k: number): boolean {
	return tokens
		.slice(0, k)
		.some((t) => !t.cap && t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Pronoun'));
}

/** Does token k open a clause: the sentence's first word, or the first after a comma or "and"? */
function subjectPosition(tokens: TaggedSentence['tokens'], k: number): boolean {
	if (k === 0) return true;
	const before = tokens[k - 1];
	return /,\s*$/.test(before.post) || /^(and|but|while|as|because|when)$/.test(before.lower);
}

/**
 * Does the sentence before point at a man ("he") or a woman ("she") as its object: "Tony Blair called
 * him a giant", "praised her for" (an object "her" comes before a stop, a preposition or an article, not
 * before a noun she owns)? Then a "He" opening the next sentence may mean either person, unless it goes
 * on speaking ("He said …" is the speaker again).
 */
export function pointsAtAnother(
	previous: TaggedSentence,
	s: TaggedSentence,
	pronoun: string
): boolean {
	const at = s.tokens.findIndex((t) => t.lower === pronoun);
	const speaking =
		at >= 0 &&
		/^(said|says|added|adds|told|tells|insisted|claimed|argued|explained|warned)$/.test(
			s.tokens[at + 1]?.lower ?? ''
		);
	if (speaking) return false;
	const tokens = previous.tokens;
	if (pronoun === 'he') return tokens.some((t) => t.lower === 'him');
	if (pronoun !== 'she') return false;
	return tokens.some(
		(t, j) =>
			t.lower === 'her' &&
			(/[,.;:!?]/.test(t.post) ||
				!tokens[j + 1] ||
				tokens[j + 1].tags.has('Preposition') ||
				tokens[j + 1].tags.has('Determiner'))
	);
}

/** Words that are prepositions or particles before a name, though a tagger may read them as nouns. */
const PARTICLE_NOUNS = new Set([
	'past',
	'round',
	'down',
	'inside',
	'outside',
	'behind',
	'near',
	'opposite',
	'like',
	'plus',
	'minus',
	'versus',
	'via',
	'over',
	'under'
]);

/**
 * Did the sentence before give another man (woman) the floor: "X said Mr Brown would draw …" (the next
 * "He would …" may go on with Mr Brown), or "… came to power in 1997, he said" (a speaker it did not
 * name)? Then an opening "He" may be either.
 */
export function anotherSpoken(options: {
	previous: TaggedSentence;
	pronoun: string;
	/** Whom the sentence before was about. */
	subject: Entity | undefined;
	entities: EntityIndex;
}): boolean {
	const { previous, subject, entities } = options;
	const p = /^(his|he)$/.test(options.pronoun) ? 'he' : 'she';
	const tokens = previous.tokens;
	return tokens.some((t, j) => {
		if (!SPEECH.test(t.lower)) return false;
		// ", he said.": a speaker left as a pronoun.
		if (
			j > 1 &&
			tokens[j - 1].lower === p &&
			!(previous.rewrites ?? []).some((r) => r.from <= j - 1 && j - 1 < r.to) &&
			(!tokens[j + 1] || /[,.;:!?]/.test(t.post))
		)
			return true;
		// "said Mr Brown would …": the reported clause's subject, another person of that sex.
		const at = tokens[j + 1]?.lower === 'that' ? j + 2 : j + 1;
		const m = previous.mentions.find(
			(x) => x.from === at || (x.from === at + 1 && TITLES.test(tokens[at]?.lower ?? ''))
		);
		const e = m && entities.of(m);
		if (!m || !e || e.kind !== 'person' || e === subject || !fitsPronoun(e, p)) return false;
		const verb = tokens[m.to];
		return !!verb && (verb.tags.has('Verb') || verb.tags.has('Modal')) && !verb.tags.has('Noun');
	});
}

const TITLES = /^(mr|mrs|ms|miss|dr|sir)$/;

/**
 * "based on the software Microsoft owns": after a verb or preposition, "the" noun, a name and its verb
 * make a clause about the noun; the name is not what the noun describes.
 */
function reducedRelative(tokens: TaggedSentence['tokens'], head: number, nameEnd: number): boolean {
	const [the, before, verb] = [tokens[head - 1], tokens[head - 2], tokens[nameEnd]];
	return (
		the?.lower === 'the' &&
		!!before &&
		(before.tags.has('Preposition') || (before.tags.has('Verb') && !before.tags.has('Noun'))) &&
		!!verb &&
		verb.tags.has('Verb') &&
		!verb.tags.has('Noun') &&
		!verb.tags.has('Gerund') &&
		!/[,;:]/.test(tokens[nameEnd - 1].post)
	);
}

/** Words before a title that make its holder someone other than "the" holder of it. */
const OTHER_HOLDER =
	/^(shadow|former|ex|deputy|vice|assistant|junior|acting|interim|late|opposition|then|other|another|rival)$/;

/** Verbs that give someone the floor. */
const SPEECH =
	/^(said|says|added|adds|told|tells|insisted|claimed|argued|explained|warned|believes|believed|expects|expected|predicted|thinks|thought)$/;

/** Tracks the things an article has named, in order, to resolve what later sentences point back to. */
export class ReferenceTracker {
	/** Descriptive nouns ("band", "act", "drug") → the thing they last described. */
	#heads = new Map<string, { entity: Entity; name: string; at: number }>();
	/**
	 * People the sentence before named: after "Keegan has praised striker Robbie Fowler", "the
	 * 29-year-old" is Fowler, whom the subject-tracking would not choose, so an epithet is read only
	 * after a sentence that named at most one person.
	 */
	#peopleBefore = new Set<Entity>();
	/** The places and bodies the sentence before named: "they" means its subject only if it named no other. */
	#sidesBefore = new Set<Entity>();
	/** The sentence before: if it pointed at another man ("called him a giant"), "He" may be either. */
	#before: TaggedSentence | undefined;
	/** Sentences resolved so far. */
	#count = 0;
	/** The people (and one-word names of no known kind) named so far, with the last sentence naming each. */
	#namedLately = new Map<Entity, number>();
	#entities: EntityIndex;
	/** How often the article names the person (or the name of no known kind) it names most. */
	#mostNamedPerson: number;

	constructor(entities: EntityIndex) {
		this.#entities = entities;
		// A loop, not a spread: an article may name very many people.
		this.#mostNamedPerson = 0;
		for (const e of entities.all())
			// A name the tagger could not place ("Juninho") may be the person the story is about.
			if (e.kind === 'person' || e.kind === 'thing')
				this.#mostNamedPerson = Math.max(this.#mostNamedPerson, e.mentions);
	}

	/** Finds the rewrites of one sentence, then learns the names it gives. */
	resolve(options: {
		s: TaggedSentence;
		subject?: Antecedent;
		/** Who "he" or "she" is when the sentence before had no person as its subject. */
		person?: Antecedent;
		/** What "it" or "they" is when the sentence before had no thing as its subject. */
		thing?: Antecedent;
		/** The people the sentence before named as its subject together ("X and Y were …"). */
		people?: Antecedent[];
	}): Rewrite[] {
		const { s, subject } = options;
		const tokens = s.tokens;
		const rewrites: Rewrite[] = [];
		const namedBefore = (k: number, person: boolean) =>
			s.mentions.some((m) => {
				if (m.to > k) return false;
				const kind = this.#entities.of(m)?.kind;
				return person ? kind === 'person' : kind !== undefined && kind !== 'person';
			});
		// "Following his lecture, Dr Greenspan …": a sentence that names a person may mean them.
		const namesPerson = s.mentions.some((m) => this.#entities.of(m)?.kind === 'person');
		// "The World Cup winner missed … after injuring his calf": "his" is whom the sentence before was
		// about, never merely the one person it named.
		const direct = {
			person: subject?.entity.kind === 'person' ? subject : undefined,
			thing: subject && subject.entity.kind !== 'person' ? subject : undefined
		};
		// What the text was about before the sentence before is only what a sentence's opening
		// pronoun means ("He later opened …"); inside the sentence its own subject comes first.
		const opening = (k: number) =>
			k === 0 || (k <= 2 && /^(but|and|yet|however|meanwhile)$/.test(tokens[0].lower));
		const nounBefore = (k: number) =>
			tokens.slice(0, k).some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'));
		// "a young man who was dubbed … when he arrived": a person the sentence describes, not names.
		const personNounBefore = (k: number) =>
			!opening(k) &&
			tokens
				.slice(0, k)
				.some(
					(t) =>
						!t.cap &&
						(PERSON_NOUNS.has(t.lower) ||
							/^(man|woman|boy|girl|son|daughter|father|mother|husband|wife|brother|sister|child|teenager|person)$/.test(
								t.lower
							))
				);
		let person = direct.person ?? options.person;
		let thing = direct.thing ?? options.thing;
		// "Tony Blair called him a giant. He held …": the sentence before's subject, or "him".
		const either = (w: string) =>
			person === direct.person &&
			!!this.#before &&
			(pointsAtAnother(this.#before, s, /^(his|he)$/.test(w) ? 'he' : 'she') ||
				anotherSpoken({
					previous: this.#before,
					pronoun: w,
					subject: person?.entity,
					entities: this.#entities
				}));
		// "Wal-Mart took out adverts … Its adverts …": "it" shows that a name of no known kind, read as
		// perhaps a person's, is a thing.
		const unplaced = () => (person?.entity.unsure ? person : undefined);
		// Once "He" is read as a name, "his" after it reads fine as it is.
		let named = false;
		for (let k = 0; k < tokens.length; k++) {
			const t = tokens[k];
			if (!opening(k) && !named) [person, thing] = [direct.person, direct.thing];
			// "the American billionaire", "the 47-year-old": a person named just before in the sentence,
			// or the person the text is about when the sentence has named no one yet.
			if (t.lower === 'the' && k + 1 < tokens.length) {
				const epithet = personEpithet(tokens, k);
				const people = s.mentions.filter(
					(m) => m.to <= k && this.#entities.of(m)?.kind === 'person'
				);
				const whose = new Set(people.map((m) => this.#entities.of(m)));
				// Only the person the text is about, and only where the sentence has named no one before:
				// "Nadal puts the American under pressure" is not Nadal.
				const topicPerson = direct.person ?? options.person;
				// A name only read as a person's ("Oxford-based Natural Motion") is no actor or singer.
				// "the 30-year-old's father" after a line about the manager: an epithet means the person the
				// article is about, never merely the last one a sentence was about.
				const who =
					!whose.size &&
					!namesPerson &&
					topicPerson &&
					!topicPerson.entity.unsure &&
					topicPerson.entity.mentions >= this.#mostNamedPerson
						? topicPerson.entity
						: undefined;
				if (
					epithet &&
					// "Her lawsuit … said the sprinter had passed": the name once, then as written.
					!named &&
					this.#peopleBefore.size <= 1 &&
					// "Adam Smith Lecture" read as a person is no one an epithet means.
					!/\b(lecture|show|award|prize|film|book|trophy|cup|games)$/i.test(who?.name ?? '') &&
					who &&
					!s.mentions.some(
						(m) =>
							m.from > k &&
							m.from < epithet &&
							// "the 24-year-old Reds skipper": a team inside the epithet is no one else.
							this.#entities.of(m)?.kind === 'person' &&
							!tokens[m.from].tags.has('Demonym')
					)
				) {
					const last = tokens[epithet - 1];
					rewrites.push({
						from: k,
						to: epithet,
						start: t.start,
						end:
							last.end - (POSSESSIVE.test(last.text) ? last.text.match(POSSESSIVE)![0].length : 0),
						text: (k === 0 ? capFirstWord : (x: string) => x)(who.name),
						entity: who
					});
					named = true;
					k = epithet - 1;
					continue;
				}
			}
			// "the band", "the Act's": a description of something named before.
			if (t.lower === 'the' && k + 1 < tokens.length) {
				const n = tokens[k + 1];
				const noun = n.lower.replace(POSSESSIVE, '');
				const next = tokens[k + 2];
				const known = this.#heads.get(noun);
				if (
					known &&
					// A name met once in passing ("archive show TOTP2") is not what "the show" means later on.
					(known.entity.mentions >= 2 || known.at >= this.#count - 1) &&
					// "The virus that uses this trick is called Bofra": the sentence names it itself.
					!/\b(is|was|are|were)\s+(called|named|dubbed|known as)\b/.test(s.text) &&
					!(next && (next.lower === 'of' || next.cap)) &&
					// "the university level": the noun is a modifier there, not the thing named before.
					!(
						next &&
						!next.cap &&
						next.tags.has('Noun') &&
						!next.tags.has('Verb') &&
						!/[,;:]/.test(n.post)
					) &&
					!s.mentions.some((m) => m.from <= k + 1 && m.to > k + 1)
				) {
					let text = asPhrase(known.entity, known.name);
					if (POSSESSIVE.test(n.text)) text = `${text}'s`;
					if (k === 0) text = text.charAt(0).toUpperCase() + text.slice(1);
					rewrites.push({
						from: k,
						to: k + 2,
						start: t.start,
						end: n.end,
						text,
						entity: known.entity
					});
					k++;
					continue;
				}
			}
			// "He", "It", "They" as a clause's subject: whom the sentence before was about, when this one
			// has not named anyone of that kind yet ("It is …" and "It was …" are mostly "it" of nothing).
			if (t.tags.has('Pronoun') && !t.tags.has('Possessive') && subjectPosition(tokens, k)) {
				const w = t.lower;
				const verb = tokens[k + 1];
				const singularVerb = verb && !/^(are|were|have|do)$/.test(verb.lower);
				const who =
					w === 'he' || w === 'she'
						? // Only the person the sentence before was about: "beaten by X. She …" is not X.
							!namedBefore(k, true) &&
							!personNounBefore(k) &&
							((person &&
								fitsPronoun(person.entity, w) &&
								!either(w) &&
								// "And he confirmed Mr Blair's insistence …": never a person this sentence names.
								!s.mentions.some((m) => m.from > k && this.#entities.of(m) === person!.entity) &&
								person) ||
								// No one the text was about fits "she": the one woman it has named lately.
								(opening(k) &&
									!(person && fitsPronoun(person.entity, w)) &&
									!mayBePerson(subject, this.#before) &&
									this.#onlyOne(w, s)))
						: w === 'it'
							? !namedBefore(k, false) &&
								verb &&
								// "It took Bellamy four minutes", "It emerged that …": an "it" of nothing.
								!/^(is|was|has|had|would|will|seems|seemed|appears|appeared|may|might|could|took|takes|emerged|remains|transpired|follows|means)$/.test(
									verb.lower
								) &&
								(thing ?? unplaced())
							: w === 'they'
								? !namedBefore(k, false) &&
									verb &&
									// "England won … However, they beat Samoa": a past verb agrees with a side too.
									(!singularVerb ||
										((verb.tags.has('PastTense') || verb.tags.has('Infinitive')) &&
											!/^(was|had)$/.test(verb.lower) &&
											// "England ruled …, Wales lost all five. And they won only two": either side.
											this.#sidesBefore.size <= 1 &&
											(thing?.entity.kind === 'place' || thing?.entity.kind === 'org'))) &&
									thing
								: undefined;
				// "The three-year project will … as it develops": inside a sentence, "it" and "they" are
				// most often its own subject, which may be no name at all.
				const ownSubject = k > 0 && !named && /^(it|they)$/.test(w) && !opening(k) && nounBefore(k);
				// "Kenteris and Thanou were suspended … They face two-year bans": the pair.
				const pair =
					!who &&
					w === 'they' &&
					opening(k) &&
					!namedBefore(k, true) &&
					!namedBefore(k, false) &&
					!singularVerb &&
					(options.people?.length ?? 0) > 1
						? options.people!
						: undefined;
				if (pair && !named) {
					rewrites.push({
						from: k,
						to: k + 1,
						start: t.start,
						end: t.end,
						text: joinNames(pair.map((p) => p.name)),
						entity: pair[0].entity
					});
					named = true;
					continue;
				}
				// A capitalised "This" or "Other" read as a name elsewhere is nobody a pronoun means.
				if (who && !ownSubject && !named && !NAME_STOPWORDS.has(who.name.toLowerCase())) {
					let text = w === 'it' ? asPhrase(who.entity, who.name) : who.name;
					if (k === 0) text = text.charAt(0).toUpperCase() + text.slice(1);
					rewrites.push({
						from: k,
						to: k + 1,
						start: t.start,
						end: t.end,
						text,
						entity: who.entity
					});
					named = true;
					continue;
				}
			}
			// "his", "its", "their": whose, when the sentence has not named anyone of that kind yet.
			if (t.tags.has('Pronoun') && t.tags.has('Possessive')) {
				const w = t.lower;
				// "The 29-year-old, out of favour, took his tally": "his" is whoever the unresolved epithet
				// is; after a sentence naming two people it may be either.
				const unsure =
					[...this.#peopleBefore].filter((e) => fitsPronoun(e, w)).length > 1 ||
					tokens.slice(0, k).some((x, j) => x.lower === 'the' && !!personEpithet(tokens, j)) ||
					epithetSubject(s, k);
				const who =
					w === 'his' || w === 'her'
						? !namesPerson &&
							!named &&
							!unsure &&
							!personNounBefore(k) &&
							!either(w) &&
							person &&
							fitsPronoun(person.entity, w) &&
							person
						: w === 'its' || (w === 'their' && opening(k) && !pluralNounBefore(tokens, k))
							? !namedBefore(k, false) && (thing ?? unplaced())
							: undefined;
				if (who) {
					rewrites.push({
						from: k,
						to: k + 1,
						start: t.start,
						end: t.end,
						text: `${who.name}'s`,
						entity: who.entity
					});
					// "Alan Milburn's time … lost him his salary": the name once, then its pronouns.
					named = true;
				}
			}
		}
		this.#learn(s);
		this.#count++;
		this.#before = s;
		// A name after a preposition ("won in Dubai", "of the Rugby Board") is no side that acts.
		this.#sidesBefore = new Set(
			s.mentions
				.filter((m) => {
					const before = tokens[m.from - 1]?.lower === 'the' ? m.from - 2 : m.from - 1;
					return !tokens[before]?.tags.has('Preposition');
				})
				.map((m) => this.#entities.of(m))
				.filter((e): e is Entity => e?.kind === 'place' || e?.kind === 'org')
		);
		this.#peopleBefore = new Set(
			s.mentions.map((m) => this.#entities.of(m)).filter((e): e is Entity => e?.kind === 'person')
		);
		return rewrites;
	}

	/**
	 * "Alicia Markova … Diaghilev wanted her to dance for him. She was born …": when the article has named
	 * one woman and men only (or one man and women only), an opening "she" ("he") is that one.
	 */
	#onlyOne(pronoun: string, s: TaggedSentence): Antecedent | undefined {
		const gender = pronoun === 'she' ? 'female' : 'male';
		let one: Entity | undefined;
		for (const [e, at] of this.#namedLately) {
			// "But Parry, speaking to BBC Sport, admits …": a lone name of no known kind may be the one.
			if (e.kind !== 'person') {
				if (this.#count - at <= 3) return undefined;
				continue;
			}
			if (!e.gender || e.unsure) return undefined;
			if (e.gender !== gender) continue;
			if (one) return undefined;
			// Named three sentences ago at most, and not later in this one ("He told …: 'Steven is …'").
			if (this.#count - at > 3 || s.mentions.some((m) => this.#entities.of(m) === e))
				return undefined;
			one = e;
		}
		return one && { entity: one, name: one.name };
	}

	/** Remembers the descriptive nouns before each name ("independent label Domino", "the Act"). */
	#learn(s: TaggedSentence): void {
		const tokens = s.tokens;
		// "Yukos' parent company, the … Menatep Group": another firm of that kind; "the company" after
		// it may be either.
		tokens.forEach((t, k) => {
			const before = tokens[k - 1];
			if (
				this.#heads.has(t.lower) &&
				before &&
				// ("This year's festival" is the same one.)
				(/^(parent|sister|rival|another|other|holding)$/.test(before.lower) ||
					(isPossessive(before) && before.cap && !CALENDAR_WORDS.test(before.lower)))
			)
				this.#heads.delete(t.lower);
		});
		for (const m of s.mentions) {
			const e = this.#entities.of(m);
			if (!e) continue;
			if (e.kind === 'person' || (e.kind === 'thing' && !e.name.includes(' ')))
				this.#namedLately.set(e, this.#count);
			const name = e.name;
			const last = name.split(/\s+/).pop()!.toLowerCase();
			if (commonHead(last)) {
				// "the government White Paper": the name says what it is; "government" only modifies it.
				this.#heads.set(last, { entity: e, name, at: this.#count });
				continue;
			}
			let k = m.from - 1;
			// "called 'No More Mr Nasty'", "entitled The Golden Age": the noun before names it.
			if (k >= 0 && /^(called|named|entitled|dubbed)$/.test(tokens[k].lower)) k--;
			const head = tokens[k];
			if (
				head &&
				!head.cap &&
				head.tags.has('Noun') &&
				!head.tags.has('Pronoun') &&
				/^\p{Ll}+(-\p{Ll}+)?$/u.test(head.text) &&
				// "by the legal system, MPs have said": a name after a comma that its verb follows is a new
				// clause's subject, not the noun's apposition ("a poll, the Sound of 2005, …").
				!(/[,;:()"“”]/.test(head.post) && tokens[m.to]?.tags.has('Verb')) &&
				// "must get past Scotland": a preposition the tagger read as a noun describes nothing.
				!PARTICLE_NOUNS.has(head.lower) &&
				// "the way Tony Blair …": before a person, only a word for a person says who they are.
				(e.kind !== 'person' || PERSON_NOUNS.has(head.lower) || ROLE_HEADS.has(head.lower)) &&
				// "shadow chancellor Oliver Letwin", "former coach X": not whom "the chancellor" means later.
				!tokens.slice(Math.max(0, k - 3), k).some((x) => !x.cap && OTHER_HOLDER.test(x.lower)) &&
				!reducedRelative(tokens, k, m.to)
			)
				this.#heads.set(head.lower, { entity: e, name, at: this.#count });
		}
	}
}

/** The sentence as a card shows it: every rewrite applied, and where a hidden range ends up. */
export function rewrittenSentence(options: {
	s: TaggedSentence;
	hideStart: number;
	hideEnd: number;
}): { text: string; start: number; end: number } {
	const { s, hideStart, hideEnd } = options;
	let text = '';
	let pos = 0;
	let start = -1;
	let end = -1;
	for (const r of s.rewrites ?? []) {
		const a = r.start - s.start;
		const b = r.end - s.start;
		// A rewrite never touches the gap.
		if (b > hideStart && a < hideEnd) continue;
		if (a < pos) continue;
		if (hideStart >= pos && hideStart < a && start < 0) {
			start = text.length + hideStart - pos;
			end = text.length + hideEnd - pos;
		}
		text += s.text.slice(pos, a) + r.text;
		pos = b;
	}
	if (start < 0) {
		start = text.length + hideStart - pos;
		end = text.length + hideEnd - pos;
	}
	text += s.text.slice(pos);
	return { text, start, end };
}
