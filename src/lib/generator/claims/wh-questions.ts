/**
 * General questions from a sentence's main clause, by moving a WH-word to the phrase asked about:
 * the subject ("Who beat Andy Roddick in Seville?"), a passive's agent ("Which organisation suspended
 * …?"), a reason ("Why were … suspended?"), a time or place ("When did … make his acting debut?"), a
 * count or amount ("How many … did … take out?") and a named object ("Who did … beat?").
 */
import type { Token } from '../tokens';
import type { Mention, TaggedSentence } from '../mentions';
import type { EntityIndex } from '../entities';
import type { AnswerType, Claim } from '../facts';
import {
	analyseClause,
	clauseEnd,
	finite,
	quotedTokens,
	plainName,
	pronounClause,
	relativeClauses,
	standsAlone,
	textOf,
	type Clause,
	type NameRef
} from './clause';
import { baseForm, pastOfParticiple } from './verbs';
import { joinNames, mayBePerson } from '../coreference';
import { foldWords } from '../evidence';
import {
	COMPLEMENT_VERBS,
	GENERIC_REFERENTS,
	HONORIFICS,
	REASON_VERBS,
	ROLE_HEADS,
	SAY_VERBS,
	THING_HEADS
} from '../lexicon';

const MAX_QUESTION_WORDS = 32;
const MIN_SUBJECT_QUESTION_WORDS = 7;
const NEWSROOM_VERBS = /^(understands|understood|learned|learnt|reports|reported|revealed|told)$/;
const NEWS_OUTLETS =
	/^(BBC|Reuters|AFP|AP|Associated Press|Press Association|PA|Sky|ITV|CNN|Bloomberg|Dow Jones)\b/;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
/** Verbs whose past tense is spelt as their base form. */
const INVARIANT_PAST = new Set(
	'beat hit cut put set let quit spread cost hurt shut upset bet broadcast forecast'.split(' ')
);
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'in', 'back', 'over', 'away']);
const QUALIFIERS = new Set([
	'about',
	'almost',
	'nearly',
	'over',
	'some',
	'around',
	'just',
	'under',
	'roughly',
	'approximately',
	'only'
]);
const PAIRED_QUALIFIERS = new Set(['more than', 'fewer than', 'less than', 'up to', 'at least']);
const CHANGE_VERBS = new Set(
	'rise fall drop climb increase decrease jump slip grow shrink slump soar plunge surge dip gain lose'.split(
		' '
	)
);
/** Political parties by the names news copy gives them. */
const PARTIES =
	/^(the\s+)?(Conservatives?|Conservative Party|Tory|Tories|Labour|Labour Party|Liberal Democrats?|Lib Dems?|Liberals|Liberal Party|Democrats|Republicans|Socialists|Communists|Nationalists|Social Democrats|Christian Democrats|SNP|Scottish National Party|Plaid Cymru|UKIP|Greens|Green Party|Sinn Fein|DUP)$/;

/** Verbs only someone can do: wanting, urging, hoping (a thing that does them is a body). */
const MIND_VERBS = new Set(
	'want urge demand hope plan intend fear believe expect insist refuse agree vow pledge promise decide welcome criticise criticize condemn accuse'.split(
		' '
	)
);
const DATE_PREPOSITIONS = new Set(['in', 'on', 'during']);
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

const span = (m: { start: number; end: number }) => ({ start: m.start, end: m.end });
const capFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const clean = (q: string) =>
	q
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.?!])/g, '$1')
		.replace(/[\s,;:.]+$/, '')
		.trim();

/** The subject as a question names it: full names, each with nothing the article must explain. */
function subjectText(c: Clause): string {
	if (c.described) return c.described.text;
	// "the International Labour Organisation" keeps the article the text gives it.
	const the = (n: NameRef) =>
		c.s.tokens[n.mention.from - 1]?.lower === 'the' && !/^the\s/i.test(n.name)
			? `the ${n.name}`
			: n.name;
	return joinNames(c.names.map(the));
}

function whFor(
	refs: NameRef[],
	descriptor: string | undefined,
	sportVerb: boolean,
	tokens: Token[]
): string {
	// Tags of a name's last token: "Country", "City".
	const tokenTags = (r: NameRef) => tokens[r.mention.to - 1]?.tags ?? new Set<string>();
	const kinds = new Set(refs.map((r) => r.entity.kind));
	const plural = refs.length > 1;
	if (kinds.has('person')) return 'Who';
	if (descriptor && !plural) return `Which ${descriptor}`;
	// "The Conservatives have called for …": a party is asked as one.
	if (refs.every((r) => PARTIES.test(r.name))) return plural ? 'Which parties' : 'Which party';
	// "rock band Franz Ferdinand" earlier in the text: "Which band …?"
	const noun = refs[0].entity.noun;
	if (noun && !plural && refs.every((r) => r.entity.noun === noun)) return `Which ${noun}`;
	if (sportVerb) return plural ? 'Which teams' : 'Which team';
	if (kinds.size === 1 && kinds.has('thing')) {
		// "Framework for …" and "Sarbanes-Oxley Act" are things even when tagged as organisations.
		const edge = (r: NameRef) => {
			const w = r.name.toLowerCase().split(/\s+/);
			return THING_HEADS.has(w[0]) || THING_HEADS.has(w[w.length - 1]);
		};
		const org =
			!refs.some(edge) &&
			refs.every((r) =>
				tokens.slice(r.mention.from, r.mention.to).some((t) => t.tags.has('Organization'))
			);
		// "The Tories", "the Lib Dems": a plural name is a group of people; in a match report, a team
		// ("Wolves are 17th in the Championship").
		const people = refs.every((r) => tokens[r.mention.to - 1]?.tags.has('Plural'));
		if (people && tokens.some((t) => SPORT_NOUNS.test(t.lower)))
			return plural ? 'Which teams' : 'Which team';
		if (people) return 'Who';
		return org ? (plural ? 'Which organisations' : 'Which organisation') : 'What';
	}
	if (kinds.size === 1 && kinds.has('place')) {
		// "the US", "the UK" are countries even where the tagger has no tag for them.
		const tagged = (tag: string) =>
			refs.every(
				(r) =>
					tokenTags(r).has(tag) ||
					(tag === 'Country' && /^(US|USA|UK|U\.S\.?|U\.K\.?)$/.test(r.name))
			);
		const noun = tagged('Country') ? 'country' : tagged('City') ? 'city' : 'place';
		return plural
			? `Which ${noun === 'city' ? 'cities' : noun === 'country' ? 'countries' : 'places'}`
			: `Which ${noun}`;
	}
	return plural ? 'Which organisations' : 'Which organisation';
}

function answerType(refs: NameRef[]): AnswerType {
	const kind = refs[0].entity.kind;
	if (kind === 'person') return refs.length > 1 ? 'people' : 'person';
	if (kind === 'place') return refs.length > 1 ? 'places' : 'place';
	if (kind === 'thing') return 'name';
	return refs.length > 1 ? 'name' : 'org';
}

/** The last word of a prize's name. */
const PRIZE = /^(awards?|prizes?|medals?|cups?|trophy|trophies|titles?|championships?)$/i;

const SPORT_NOUNS =
	/^(match|matches|game|games|league|championship|premiership|cup|season|fixture|tournament|coach|manager|squad|striker|goal|goals|try|tries|penalty|minute|semi-final|semi-finals|quarter-final|quarter-finals|final|sevens|nations|test|series|round|leg|draw|points)$/;
/**
 * "beat", "won", "faced" in a match report: the sides are teams. "won awards for best video" is no
 * match: the sentence must speak of a game (a score, a league, a goal).
 */
const sportVerb = (c: Clause) =>
	SPORT_VERBS.test(c.s.tokens[c.main].lower) &&
	c.s.tokens.some((t) => SPORT_NOUNS.test(t.lower) || /^\d{1,3}-\d{1,3}$/.test(t.text));
const SPORT_VERBS =
	/^(beat|beats|won|win|wins|lost|lose|drew|draw|thrashed|defeated|edged|play|played|face|faced|host|hosted)$/;

function claim(
	c: Clause,
	family: string,
	fields: Omit<Claim, 'key' | 'factKey' | 'sentence' | 'weight'> & { weight?: number }
): Claim {
	// Keyed by the question, not the sentence: two reports that ask the same question are one fact,
	// and when they answer it differently, a disagreement.
	const key = `clause|${family}|${foldWords(fields.question).join(' ')}`;
	return { key, factKey: key, sentence: c.s, weight: 1, ...fields };
}

function namesClaim(
	c: Clause,
	question: string,
	refs: NameRef[],
	family: string,
	kind: string
): Claim {
	const answer = joinNames(refs.map((r) => r.name));
	const first = refs[0].mention;
	const last = refs[refs.length - 1].mention;
	return claim(c, family, {
		kind,
		type: answerType(refs),
		question,
		answer,
		norm: refs.map((r) => r.entity.key).join('+'),
		subject: question,
		highlight: { start: first.start, end: last.end },
		weight: 1.2
	});
}

const plural = (c: Clause) => (c.described ? c.described.plural : c.names.length > 1);

/** The verb at the start of a predicate, made singular ("have won" → "has won"). */
function agreeSingular(predicate: string): string {
	const [first, ...rest] = predicate.split(' ');
	const swap: Record<string, string> = { are: 'is', have: 'has', were: 'was', do: 'does' };
	const w = first.toLowerCase();
	if (swap[w]) return [swap[w], ...rest].join(' ');
	if (/^[a-z]+$/.test(first)) return [presentOf(first), ...rest].join(' ');
	return predicate;
}

/** Present tense of a base form for one subject ("back" → "backs"). */
function presentOf(base: string): string {
	if (/(s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
	if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
	return `${base}s`;
}

/** The simple verb group for do-support: "did sign", or the auxiliary chain as written. */
function askVerb(c: Clause): { aux: string; rest: string } | undefined {
	const tokens = c.s.tokens;
	const main = tokens[c.main];
	if (c.verb === c.main) {
		if (BE_FORMS.has(main.lower) || main.tags.has('Copula')) return undefined;
		// "Rates went up five times": a phrasal verb's irregular past the tagger read as present.
		const irregularPast =
			!main.tags.has('PastTense') &&
			!/s$/.test(main.lower) &&
			!main.tags.has('Gerund') &&
			baseForm(main.text) !== main.lower;
		if (main.tags.has('PastTense') || irregularPast) {
			const base = baseForm(main.text);
			// "did far received": no base form found, no question.
			if (base === main.lower && /ed$/.test(base) && !/(ee|e)d$/.test(base.slice(0, -1) + 'd'))
				return undefined;
			return { aux: 'did', rest: base };
		}
		// "they beat Samoa": a verb whose past is its present tells news in the past.
		if (INVARIANT_PAST.has(main.lower)) return { aux: 'did', rest: main.lower };
		if (main.tags.has('PresentTense'))
			return {
				aux: /s$/.test(main.lower) && !plural(c) ? 'does' : 'do',
				rest: baseForm(main.text)
			};
		return undefined;
	}
	const aux = tokens[c.verb].lower;
	const rest = textOf(c.s, c.verb + 1, c.main + 1);
	return { aux, rest };
}

/** Object tokens right after the main verb, up to the first preposition, comma or `stop`. */
function objectEnd(c: Clause, from: number, stop: number): number {
	const tokens = c.s.tokens;
	let k = from;
	while (k < stop && k < c.end) {
		const t = tokens[k];
		if (t.tags.has('Preposition') && !(k === from && PARTICLES.has(t.lower))) break;
		if (t.tags.has('Conjunction') || (t.tags.has('Verb') && !t.tags.has('Noun') && k > from)) break;
		if (t.tags.has('Date') && k > from) return -1;
		k++;
		if (/[,;:]/.test(t.post)) break;
		if (k - from > 8) return -1;
	}
	return k;
}

/** Where a participle's phrase ("… the plans branding them …") opens after the clause's object, if it does. */
function participleStart(c: Clause): number | undefined {
	const tokens = c.s.tokens;
	for (let k = c.end - 1; k > c.main + 3; k--)
		if (
			tokens[k].tags.has('Gerund') &&
			tokens[k - 1].tags.has('Noun') &&
			!tokens[k - 1].tags.has('Pronoun') &&
			!c.quoted[k]
		)
			return k;
	return undefined;
}

function subjectQuestion(c: Clause): Claim[] {
	const tokens = c.s.tokens;
	if (!c.names.length) return [];
	// "41 Britons are now confirmed to have died": a count of people, not a name that acts.
	const first = c.names[0].mention;
	if (c.s.mentions.includes(first) && tokens[first.from - 1]?.tags.has('Value')) return [];
	if (c.end - c.verb < 3) return [];
	// "The constituencies where Labour was most at risk … were Bethnal Green": a clause inside a noun
	// phrase, whose end the clause reading does not see.
	const opener = tokens[first.from - 1];
	if (
		opener &&
		/^(where|when|whom|whose)$/.test(opener.lower) &&
		first.from > 1 &&
		tokens[first.from - 2].tags.has('Noun') &&
		!/[,;:]/.test(tokens[first.from - 2].post)
	)
		return [];
	// "Who did not win any medals in Athens?", "Who has never failed a drugs test?": what someone did not
	// do fits countless people (reviewers rejected each as vague).
	if (c.negated) return [];
	const main = tokens[c.main];
	// "Who said" with the words in quotation marks is the quotation family's question.
	if (SAY_VERBS.has(main.lower) && c.end - c.main < 4) return [];
	// "Who said holding elections for MSCPs on the same day?": what was said lost its verb ("… as those
	// for MPs might help …") where the clause was cut.
	if (
		SAY_VERBS.has(main.lower) &&
		!tokens.slice(c.main + 1, c.end).some((t) => finite(t) && !t.tags.has('Gerund'))
	)
		return [];
	if (!standsAlone(c, c.verb, c.end)) return [];
	// "… branding them a "regressive" step": a predicate cut inside a noun phrase, where a quotation
	// starts (the clause drops the dangling "a"; a phrase like "as the "…"" may go, not an object's head).
	const after = c.s.text.slice(tokens[c.end - 1].end - c.s.start);
	if (c.end < tokens.length && /^\s+(a|an|the|his|her|its|their)\s+["“]/i.test(after)) {
		// "… opposed the plans for ID cards branding them a …": the participle's phrase only adds to
		// the claim; the question ends before it.
		const cut = participleStart(c);
		return cut ? subjectQuestion({ ...c, end: cut }) : [];
	}
	// "has called the UK's £3bn rebate "unjustified"": what it was called is the point, and the quotation
	// that says it is cut off.
	if (
		/^(call|calls|called|calling|describe|describes|described|brand|brands|branded|label|labels|labelled|labeled|term|termed|dub|dubbed)$/.test(
			main.lower
		) &&
		c.end < tokens.length &&
		c.quoted[c.end]
	)
		return [];
	// "said that for the minister to claim that … very little change "is taking spin to …"": what was
	// said runs on into the quotation, which the question would cut off: the name is a gap's only.
	const runsIntoQuote =
		SAY_VERBS.has(main.lower) &&
		c.end < tokens.length &&
		c.quoted[c.end] &&
		!/[,:;.]/.test(tokens[c.end - 1].post);
	// The predicate must say something particular: a name, a figure or a date of its own, or at
	// least several words of content ("was not about to lose his cool" says nothing to learn).
	const anchored = c.s.mentions.some((m) => m.from > c.main && m.to <= c.end);
	const content = tokens
		.slice(c.main, c.end)
		.filter(
			(t) =>
				(t.tags.has('Noun') || t.tags.has('Verb') || t.tags.has('Adjective')) && t.text.length > 3
		).length;
	// What the text calls the person ("Which Brazilian forward …") is particular enough with a little more.
	if (!anchored && content < (c.lead || c.descriptor ? 3 : 6)) return [];
	// "BBC Sport understands Morgan is still ready …": the outlet telling the story is not in it.
	if (
		NEWSROOM_VERBS.test(main.lower) &&
		c.names.every((n) => n.entity.kind !== 'person' && NEWS_OUTLETS.test(n.name))
	)
		return [];
	const predicate = textOf(c.s, c.verb, c.end);
	// "Which former Yukos boss began testimony …?" says more than "Who began …?".
	let wh = c.lead ? `Which ${c.lead}` : whFor(c.names, c.descriptor, sportVerb(c), tokens);
	// "Who was first introduced as a pilot scheme …?": a name that only looks like a person's may be a
	// product, a programme or a song.
	if (wh === 'Who' && c.names.some((n) => n.entity.unsure)) return [];
	// "What said on Tuesday …?", "What wants Britain to …?": a thing that speaks or wants is a body
	// ("the Kremlin", "Cafod").
	if (wh === 'What' && (SAY_VERBS.has(main.lower) || MIND_VERBS.has(baseForm(main.text))))
		wh = 'Which organisation';
	// "What begins …?": a singular question word takes a singular verb.
	const singular = c.names.length === 1 || !/s$|Who/.test(wh);
	const v = tokens[c.verb];
	const pluralPresent =
		/^(have|are|were|do)$/.test(v.lower) ||
		(v.tags.has('PresentTense') && !/s$/.test(v.lower) && v.lower !== 'am');
	const question = `${wh} ${clean(singular && pluralPresent ? agreeSingular(predicate) : predicate)}?`;
	if (words(question) > MAX_QUESTION_WORDS) return [];
	// "Who left Apple entirely?", "Who takes on Andy Roddick?": too short to pick one answer out
	// (reviewers kept 2 of 17 subject questions of seven words or fewer).
	if (/^(Who|What)\s/.test(question) && words(question) <= MIN_SUBJECT_QUESTION_WORDS) return [];
	const made = namesClaim(
		c,
		question,
		c.names,
		'subject',
		c.names[0].entity.kind === 'person' ? 'person' : 'name'
	);
	return [runsIntoQuote ? { ...made, clozeOnly: true } : made];
}

function nameAt(
	c: Clause,
	ents: EntityIndex,
	from: number
): { ref: NameRef; to: number } | undefined {
	const tokens = c.s.tokens;
	let k = from;
	if (tokens[k]?.lower === 'the') k++;
	for (const m of c.s.mentions) {
		if (m.from !== k) continue;
		const e = ents.of(m);
		if (!e || !['person', 'org', 'place', 'acronym'].includes(e.kind)) return undefined;
		return { ref: { mention: m, entity: e, name: plainName(e.name), from, to: m.to }, to: m.to };
	}
	return undefined;
}

/**
 * A person's title right before their name, after "by": "Governor" in "by Governor Arnold
 * Schwarzenegger", "foreign secretary" in "by Foreign Secretary Jack Straw". At most four words,
 * the last a role word; where the name starts comes with it.
 */
function titleBefore(
	c: Clause,
	ents: EntityIndex,
	from: number
): { title: string; at: number } | undefined {
	const tokens = c.s.tokens;
	if (tokens[from]?.lower === 'the') return undefined;
	const startsPerson = (k: number) =>
		c.s.mentions.some((m) => m.from === k && ents.of(m)?.kind === 'person');
	for (let k = from + 1; k <= from + 4 && k < c.end; k++) {
		if (/[,;:()"“”]/.test(tokens[k - 1].post) || !/^\p{L}/u.test(tokens[k - 1].text))
			return undefined;
		if (!ROLE_HEADS.has(tokens[k - 1].lower) || !startsPerson(k)) continue;
		// "Prime Minister" is asked of as "prime minister"; "US", "Labour" and "Chelsea" keep capitals.
		const inName = (j: number) => c.s.mentions.some((m) => m.from <= j && j < m.to);
		const title = tokens
			.slice(from, k)
			.map((t, j) =>
				/^\p{Lu}\p{Ll}+$/u.test(t.text) &&
				!inName(from + j) &&
				!['Demonym', 'Place', 'Country', 'Organization'].some((tag) => t.tags.has(tag))
					? t.lower
					: t.text
			)
			.join(' ');
		return { title, at: k };
	}
	return undefined;
}

function agentQuestion(c: Clause, ents: EntityIndex): Claim[] {
	const tokens = c.s.tokens;
	if (c.negated || c.modal || c.main === c.verb) return [];
	const be = tokens.slice(c.verb, c.main).some((t) => BE_FORMS.has(t.lower));
	if (!be || tokens[c.main + 1]?.lower !== 'by') return [];
	// "was approved by Governor Arnold Schwarzenegger" → "Which governor approved …?"
	const titled = titleBefore(c, ents, c.main + 2);
	const agent = nameAt(c, ents, titled?.at ?? c.main + 2);
	if (!agent || agent.to > c.end) return [];
	if (titled && agent.ref.entity.kind !== 'person') return [];
	// "challenged by Deutsche Bank and Gazpromneft": one of several agents is not the answer.
	if (
		/^(and|&|or)$/.test(c.s.tokens[agent.to]?.lower ?? '') ||
		/,/.test(c.s.tokens[agent.to - 1].post)
	)
		return [];
	if (!standsAlone(c, agent.to, c.end)) return [];
	const rest = textOf(c.s, agent.to, c.end);
	const wh = titled
		? `Which ${titled.title}`
		: agent.ref.entity.kind === 'person'
			? 'Who'
			: 'Which organisation';
	// "is backed by X" → "Which organisation backs …?"; "was suspended by X" → "… suspended …?".
	const present = tokens.slice(c.verb, c.main).some((t) => /^(is|are|am)$/.test(t.lower));
	const verbText = present
		? presentOf(baseForm(tokens[c.main].text))
		: pastOfParticiple(tokens[c.main].text);
	const question = `${wh} ${verbText} ${subjectText(c)} ${clean(rest)}`;
	if (words(question) > MAX_QUESTION_WORDS) return [];
	return [namesClaim(c, `${clean(question)}?`, [agent.ref], 'agent', 'agent')];
}

function reasonQuestion(c: Clause): Claim[] {
	const tokens = c.s.tokens;
	if (c.negated || SAY_VERBS.has(tokens[c.main].lower)) return [];
	let at = -1;
	for (let k = c.main + 1; k < c.end - 1; k++) {
		const t = tokens[k];
		const forReason =
			t.lower === 'for' &&
			tokens[k + 1].tags.has('Gerund') &&
			REASON_VERBS.has(baseForm(tokens[c.main].text));
		if (forReason || t.lower === 'because') {
			at = k;
			break;
		}
	}
	if (at < 0 || c.end - at < 3) return [];
	const middle = textOf(c.s, c.main + 1, at);
	let question: string;
	const verb = askVerb(c);
	if (c.main === c.verb) {
		if (!verb) return [];
		question = `Why ${verb.aux} ${subjectText(c)} ${verb.rest} ${middle}`;
	} else
		question = `Why ${tokens[c.verb].lower} ${subjectText(c)} ${textOf(c.s, c.verb + 1, c.main + 1)} ${middle}`;
	if (!standsAlone(c, c.main, c.end)) return [];
	// The reason runs to the next comma.
	let stop = at + 1;
	while (stop < c.end && !/,/.test(tokens[stop - 1].post)) stop++;
	// "for distributing leaflets condemning [the "abhorrent tyranny" …]": a reason cut off mid-phrase.
	if (stop < tokens.length && !/[,.;:!?)]/.test(tokens[stop - 1].post)) return [];
	const answer = clean(textOf(c.s, at, stop));
	if (words(question) > MAX_QUESTION_WORDS || words(answer) > 14) return [];
	const first = tokens[at];
	const last = tokens[stop - 1];
	return [
		claim(c, 'reason', {
			kind: 'reason',
			type: 'definition',
			question: `${clean(question)}?`,
			answer,
			norm: answer.toLowerCase(),
			subject: question,
			highlight: { start: first.start, end: last.end },
			weight: 1.3
		})
	];
}

/** A date worth learning: a year, or a day with its month; not a bare weekday or month. */
function worthyDate(m: Mention): boolean {
	if (m.kind !== 'date' || !m.date) return false;
	if (/\b(ago|last|next|this|yesterday|today|tomorrow|earlier|later)\b/i.test(m.text)) return false;
	return (
		/\b(1[5-9]|20)\d{2}\b/.test(m.text) ||
		/\b\d{1,2}(st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}(st|nd|rd|th)?\b/u.test(m.text)
	);
}

function whenWhereQuestions(c: Clause, ents: EntityIndex): Claim[] {
	const tokens = c.s.tokens;
	if (c.negated) return [];
	const verb = askVerb(c);
	if (!verb) return [];
	const claims: Claim[] = [];
	// "hinted in Seoul that …": a verb of saying or thinking is asked about with what it says.
	if (COMPLEMENT_VERBS.has(baseForm(tokens[c.main].text)) || BE_FORMS.has(tokens[c.main].lower))
		return [];
	const objEnd = objectEnd(c, c.main + 1, c.end);
	if (objEnd < 0) return [];
	const object = textOf(c.s, c.main + 1, objEnd);
	if (!standsAlone(c, c.main + 1, objEnd)) return [];
	for (const m of c.s.mentions) {
		if (m.from < objEnd || m.to > c.end) continue;
		const prep = tokens[m.from - 1];
		if (!prep) continue;
		// The time or place follows the object, or other phrases of the same clause ("found dead on
		// Friday in his hotel room in Miami Beach"): they stay in the question, nothing is left out.
		const gap = m.from - 1 - objEnd;
		if (gap < 0 || gap > 8) continue;
		const between = tokens.slice(objEnd, m.from - 1);
		if (
			between.some(
				(t) =>
					/[,;:()]/.test(t.post) ||
					c.quoted[t.i] ||
					(t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Participle'))
			) ||
			!standsAlone(c, objEnd, m.from - 1)
		)
			continue;
		const asked = `${verb.aux} ${subjectText(c)} ${verb.rest} ${object} ${textOf(c.s, objEnd, m.from - 1)}`;
		if (DATE_PREPOSITIONS.has(prep.lower) && worthyDate(m)) {
			const question = `When ${clean(asked)}?`;
			if (words(question) > MAX_QUESTION_WORDS) continue;
			claims.push(
				claim(c, 'when', {
					kind: 'date',
					type: 'date',
					question,
					answer: m.date?.text ?? m.text,
					norm: m.norm,
					date: m.date,
					subject: question,
					highlight: span(m),
					// A time or place is the sharper question on a clause that also has a subject one.
					weight: 1.25
				})
			);
		}
		const e = ents.of(m);
		// "Lansdowne Road", "Miami Beach", "Houston"; not a film called "No Way Out".
		const inName = tokens.slice(m.from, m.to);
		const placeTagged =
			inName.some((t) => t.tags.has('City') || t.tags.has('Country') || t.tags.has('Region')) ||
			inName.every((t) => t.tags.has('Place'));
		if (
			PLACE_PREPOSITIONS.has(prep.lower) &&
			e?.kind === 'place' &&
			placeTagged &&
			m.from - 1 >= objEnd
		) {
			const question = `Where ${clean(asked)}?`;
			if (words(question) > MAX_QUESTION_WORDS) continue;
			claims.push(
				claim(c, 'where', {
					kind: 'place',
					type: 'place',
					question,
					answer: e.name,
					norm: e.key,
					subject: question,
					highlight: span(m),
					weight: 1.25
				})
			);
		}
	}
	// One time and one place per clause: the first of each.
	const seen = new Set<string>();
	return claims.filter((x) => (seen.has(x.kind) ? false : (seen.add(x.kind), true)));
}

function amountQuestion(c: Clause): Claim[] {
	const tokens = c.s.tokens;
	if (c.negated) return [];
	const verb = askVerb(c);
	if (!verb) return [];
	let k = c.main + 1;
	let particle = '';
	if (tokens[k] && PARTICLES.has(tokens[k].lower) && tokens[k].tags.has('Particle')) {
		particle = ` ${tokens[k].lower}`;
		k++;
	}
	const qualFrom = k;
	const two = `${tokens[k]?.lower} ${tokens[k + 1]?.lower}`;
	if (PAIRED_QUALIFIERS.has(two)) k += 2;
	else if (QUALIFIERS.has(tokens[k]?.lower ?? '')) k++;
	// A figure that moves ("fell two places", "rose 5%") is the changes family's question.
	if (CHANGE_VERBS.has(baseForm(tokens[c.main].text))) return [];
	const m = c.s.mentions.find((x) => x.from === k && (x.kind === 'count' || x.kind === 'money'));
	if (!m || m.to >= c.end + 1) return [];
	if (m.kind === 'count' && (m.amount?.value ?? 0) < 2) return [];
	// "10 to 15 hours" is a range: neither end is the answer.
	if (/^(to|-|–|or)$/.test(tokens[m.to]?.lower ?? '') && tokens[m.to + 1]?.tags.has('Value'))
		return [];
	const answer = clean(textOf(c.s, qualFrom, m.to));
	let question: string;
	let restFrom = m.to;
	if (m.kind === 'count') {
		// The counted thing: the noun phrase after the number.
		let n = m.to;
		while (n < c.end && n - m.to < 5) {
			const t = tokens[n];
			if (
				t.tags.has('Preposition') ||
				t.tags.has('Determiner') ||
				// "won four awards herself at …": the pronoun is no part of what is counted.
				t.tags.has('Pronoun') ||
				(t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Plural'))
			)
				break;
			n++;
			if (/[,;:]/.test(t.post)) break;
		}
		// The counted thing ends the phrase: "two cosmetics labels" must not lose "labels".
		if (
			n === m.to ||
			(tokens[n] && tokens[n].tags.has('Noun') && !tokens[n].tags.has('Preposition'))
		)
			return [];
		// "barrels a day": the rate's unit belongs to what is counted.
		if (
			/^(a|an|per|each)$/.test(tokens[n]?.lower ?? '') &&
			/^(day|week|month|year|hour|minute|second|night|game|match|season)$/.test(
				tokens[n + 1]?.lower ?? ''
			)
		)
			n += 2;
		// "10 charges of child abuse": an "of" phrase of plain nouns says what is counted.
		if (tokens[n]?.lower === 'of') {
			let e = n + 1;
			while (
				e < c.end &&
				e - n <= 3 &&
				// "3,217 tonnes of gold,": a material word the tagger calls an adjective ends the phrase.
				(tokens[e].tags.has('Noun') ||
					(tokens[e].tags.has('Adjective') &&
						(e + 1 >= c.end || /[,;:]/.test(tokens[e].post) || !tokens[e + 1].tags.has('Noun')))) &&
				!tokens[e].cap &&
				!tokens[e].tags.has('Pronoun')
			) {
				e++;
				if (/[,;:]/.test(tokens[e - 1].post)) break;
			}
			if (e > n + 1 && (e >= c.end || !tokens[e].tags.has('Noun'))) n = e;
		}
		const counted = textOf(c.s, m.to, n);
		if (!tokens.slice(m.to, n).some((t) => t.tags.has('Plural') || /s$/.test(t.lower))) return [];
		restFrom = n;
		question = `How many ${counted} ${verb.aux} ${subjectText(c)} ${verb.rest}${particle}`;
	} else question = `How much ${verb.aux} ${subjectText(c)} ${verb.rest}${particle}`;
	// "How much did China's exports total in December?": the phrases after the figure stay, unless
	// they run on; then only what belongs to the verb.
	const trailing = /[,;:]/.test(tokens[restFrom - 1]?.post ?? '')
		? restFrom
		: trailingEnd(c, restFrom);
	const restEnd = trailing > restFrom ? trailing : objectEnd(c, restFrom, c.end);
	const rest = restEnd > restFrom ? textOf(c.s, restFrom, restEnd) : '';
	if (!standsAlone(c, c.main, restEnd > 0 ? restEnd : restFrom)) return [];
	question = `${clean(`${question} ${rest}`)}?`;
	if (words(question) > MAX_QUESTION_WORDS) return [];
	return [
		claim(c, 'amount', {
			kind: m.kind,
			type: m.kind === 'money' ? 'money' : 'count',
			question,
			answer,
			norm: m.norm,
			subject: question,
			highlight: { start: tokens[qualFrom].start, end: m.end },
			weight: 1.3
		})
	];
}

function objectQuestion(c: Clause, ents: EntityIndex): Claim[] {
	const tokens = c.s.tokens;
	if (c.negated) return [];
	const verb = askVerb(c);
	if (!verb || SAY_VERBS.has(tokens[c.main].lower)) return [];
	const obj = nameAt(c, ents, c.main + 1);
	if (!obj || obj.to > c.end) return [];
	// "thrashed Ferrero and Robredo": one of several is not the answer.
	if (/^(and|&|or)$/.test(tokens[obj.to]?.lower ?? '') || /,/.test(tokens[obj.to - 1].post))
		return [];
	// "denied Trump had any role": the name is the subject of what follows, not the object; so is
	// "wants Britain to press the US" ("Which place does Cafod want?" asks nothing).
	const next = tokens[obj.to];
	if (next && next.tags.has('Verb') && !next.tags.has('Gerund')) return [];
	if (toInfinitive(tokens, obj.to)) return [];
	if (COMPLEMENT_VERBS.has(baseForm(tokens[c.main].text))) return [];
	const restEnd = objectEnd(c, obj.to, c.end);
	const rest = restEnd > obj.to ? textOf(c.s, obj.to, restEnd) : '';
	if (!standsAlone(c, obj.to, Math.max(obj.to, restEnd))) return [];
	// A second noun phrase after the name means the name was not the object.
	if (rest && !tokens[obj.to].tags.has('Preposition')) return [];
	const kind = obj.ref.entity.kind;
	if (obj.ref.entity.unsure) return [];
	const prize = PRIZE.exec(obj.ref.name.split(/\s+/).pop() ?? '');
	const wh =
		kind === 'person'
			? 'Who'
			: prize
				? // People win awards, cups and titles: "Which team have Foxx and Swank won?" asks nothing.
					`Which ${/^(awards?|prizes?|medals?)$/i.test(prize[0]) ? prize[0].toLowerCase() : 'title'}`
				: // In sport a country is a team: "Which team did England beat …?"
					sportVerb(c) && c.names[0]?.entity.kind !== 'person'
					? 'Which team'
					: kind === 'place'
						? 'Which place'
						: kind === 'thing'
							? 'What'
							: 'Which organisation';
	const question = `${clean(`${wh} ${verb.aux} ${subjectText(c)} ${verb.rest} ${rest}`)}?`;
	if (words(question) > MAX_QUESTION_WORDS) return [];
	return [namesClaim(c, question, [obj.ref], 'object', kind === 'person' ? 'person' : 'name')];
}

/** Heads too general to be worth asking for ("What did X take?" → "a number"). */
const VAGUE_HEADS = new Set(
	`thing things way ways time times part parts number lot lots kind sort type people one ones
place places view views step steps look chance role issue issues matter fact end start need
something anything everything nothing someone anyone everyone account attention advantage note
sense use place part action decision comment comments statement question questions sign signs`.split(
		/\s+/
	)
);
const OBJECT_DETERMINERS = /^(a|an|the|its|their|his|her|new)$/;
const RELATIVE_WORDS = /^(that|which|who|whom|whose|where|when|while|because|as|after|before|if)$/;
/**
 * Where the phrases after a clause's answer end ("… totalled $63.8bn in December"): at a comma, a
 * conjunction or a new clause; -1 when they run on too long to belong in a question.
 */
function trailingEnd(c: Clause, from: number): number {
	const tokens = c.s.tokens;
	let end = from;
	while (
		end < c.end &&
		end - from < 10 &&
		!/[,;:]/.test(tokens[end - 1]?.post ?? '') &&
		!(tokens[end].tags.has('Conjunction') || RELATIVE_WORDS.test(tokens[end].lower))
	)
		end++;
	if (end - from >= 10) return -1;
	// "to the side that lost to France": a common noun cut before its relative clause is cut short
	// ("the Anti-Terrorism Bill that …" is named whole).
	if (
		end < c.end &&
		/^(that|which|who|whom|whose)$/.test(tokens[end].lower) &&
		!tokens[end - 1]?.cap
	)
		return -1;
	// "from its fields", "to the side": what the phrases point back to is not in the question.
	for (let k = from; k < end; k++) {
		const t = tokens[k];
		const pronoun =
			t.tags.has('Pronoun') || /^(it|its|they|them|their|he|him|his|she|her)$/.test(t.lower);
		if (pronoun && !rewrittenAt(c, k)) return -1;
		if (t.lower === 'the' && GENERIC_REFERENTS.has(tokens[k + 1]?.lower ?? '')) return -1;
	}
	return end;
}

/** "to" and a verb at k: an infinitive, whose subject the phrase before it is. */
const toInfinitive = (tokens: Token[], k: number) =>
	tokens[k]?.lower === 'to' &&
	!!tokens[k + 1]?.tags.has('Verb') &&
	!tokens[k + 1].tags.has('Noun') &&
	!tokens[k + 1].tags.has('Gerund');

const rewrittenAt = (c: Clause, k: number) =>
	(c.s.rewrites ?? []).some((r) => r.from <= k && k < r.to);

/**
 * A common noun phrase as the object: "The Tories wanted a sunset clause inserted in the bill" →
 * "What did the Tories want inserted in the bill?" (answer "sunset clause"). Only a short phrase of
 * adjectives and nouns with a specific head, never one that points back ("the plan").
 */
function commonObjectQuestion(c: Clause): Claim[] {
	const tokens = c.s.tokens;
	if (c.negated || c.modal) return [];
	const verb = askVerb(c);
	if (!verb) return [];
	const main = tokens[c.main];
	if (SAY_VERBS.has(main.lower) || COMPLEMENT_VERBS.has(baseForm(main.text))) return [];
	if (
		// "putting commerce above abuse concerns": where it is put is the point, not what.
		/^(have|has|had|get|gets|got|make|makes|made|take|takes|took|do|does|did|give|gives|gave|put|puts|putting)$/.test(
			main.lower
		)
	)
		return [];
	let from = c.main + 1;
	if (tokens[from] && PARTICLES.has(tokens[from].lower)) from++;
	let k = from;
	if (tokens[k] && OBJECT_DETERMINERS.test(tokens[k].lower)) k++;
	const start = k;
	while (
		k < c.end &&
		k - start < 4 &&
		!tokens[k].cap &&
		(tokens[k].tags.has('Noun') || tokens[k].tags.has('Adjective')) &&
		!tokens[k].tags.has('Pronoun') &&
		!tokens[k].tags.has('Value') &&
		!tokens[k].tags.has('Date') &&
		!tokens[k].tags.has('Possessive') &&
		!tokens[k].tags.has('Preposition') &&
		/^\p{L}[\p{L}-]*$/u.test(tokens[k].text)
	) {
		k++;
		if (/[,;:]/.test(tokens[k - 1].post)) break;
	}
	if (k === start) return [];
	const head = tokens[k - 1];
	if (!head.tags.has('Noun') || head.tags.has('Verb') || VAGUE_HEADS.has(head.lower)) return [];
	// The phrase must end there: at a preposition, a participle, a comma or the clause's end.
	const after = tokens[k];
	if (
		after &&
		k < c.end &&
		!/[,;:]/.test(head.post) &&
		!after.tags.has('Preposition') &&
		!(after.tags.has('Verb') && after.tags.has('PastTense')) &&
		!after.tags.has('Infinitive') &&
		after.lower !== 'to'
	)
		return [];
	// "wants richer countries to write off …": the phrase is the subject of what follows.
	if (toInfinitive(tokens, k)) return [];
	// "the author of …", "implementation of this clause": the head needs what follows it.
	// "defines an unemployed person as …": what it is said to be is the point, not the phrase.
	if (after?.lower === 'of' || after?.lower === 'as') return [];
	// A one-word answer ("speech", "anger") asks too loosely; "sunset clause" says what it is.
	if (k - start < 2) return [];
	// "Some of Davis's best known roles included …": the subject must be a name or end in its noun.
	if (!c.names.length && !c.described) return [];
	// "the plan", "the move": what it points back to is not in the sentence.
	if (tokens[from].lower === 'the' && !standsAlone(c, from, k)) return [];
	if (/^(his|her|its|their)$/.test(tokens[from].lower) && !rewrittenAt(c, from)) return [];
	// "wanted a sunset clause inserted in the bill": the participle and its phrase stay in the question.
	const participle = after?.tags.has('PastTense') && !/[,;:]/.test(head.post) ? 1 : 0;
	// The phrases after the object say where, when and of what: "… a speech at a Scottish church".
	let restEnd = trailingEnd(c, k + participle);
	if (/[,;:]/.test(head.post)) restEnd = k;
	if (restEnd < 0) return [];
	const rest = restEnd > k ? textOf(c.s, k, restEnd) : '';
	if (!standsAlone(c, k, Math.max(k, restEnd))) return [];
	const answer = textOf(c.s, /^(a|an|the)$/.test(tokens[from].lower) ? from + 1 : from, k);
	if (words(answer) < 1 || answer.length < 4) return [];
	const question = `${clean(`What ${verb.aux} ${subjectText(c)} ${verb.rest} ${rest}`)}?`;
	if (words(question) > MAX_QUESTION_WORDS || words(question) < 5) return [];
	return [
		claim(c, 'thing', {
			kind: 'thing',
			type: 'name',
			question,
			answer,
			norm: foldWords(answer).join(' '),
			subject: question,
			highlight: { start: tokens[from].start, end: head.end },
			weight: 0.9
		})
	];
}

/**
 * A named thing or person with the common noun that says what it is, after a preposition or as the
 * object: "collaborated with director Spike Lee" → "With which director did … collaborate?",
 * "signed with independent label Domino" → "With which independent label did … sign?".
 */
function describedThingQuestions(c: Clause, ents: EntityIndex): Claim[] {
	const tokens = c.s.tokens;
	if (c.negated) return [];
	const verb = askVerb(c);
	if (!verb) return [];
	const claims: Claim[] = [];
	for (const m of c.s.mentions) {
		if (m.from <= c.main + 1 || m.to > c.end) continue;
		const e = ents.of(m);
		if (!e || !['thing', 'org', 'acronym', 'person'].includes(e.kind)) continue;
		// "the central Russian region of Tver": a name before a common noun only modifies it.
		const next = tokens[m.to];
		if (
			next &&
			!next.cap &&
			next.tags.has('Noun') &&
			!next.tags.has('Pronoun') &&
			!/[,;:]/.test(tokens[m.to - 1].post)
		)
			continue;
		// The descriptor: lower-case nouns and adjectives right before the name.
		let d = m.from;
		while (d > c.main + 1) {
			const t = tokens[d - 1];
			const nounish =
				(t.tags.has('Noun') || t.tags.has('Adjective')) && !t.cap && !t.tags.has('Pronoun');
			if (!nounish || t.tags.has('Possessive') || t.tags.has('Hyphenated') || /[,;:]/.test(t.post))
				break;
			d--;
		}
		if (d === m.from || !tokens[m.from - 1].tags.has('Noun')) continue;
		// "include nominees Clive Owen, Imelda Staunton and …": the first of a list is one of several.
		const after = tokens[m.to + 1];
		if (
			(/^(and|&|or)$/.test(next?.lower ?? '') && (!!after?.cap || after?.lower === 'the')) ||
			(/,/.test(tokens[m.to - 1].post) && !!next?.cap)
		)
			continue;
		let p = d;
		if (/^(the|a|an)$/.test(tokens[p - 1]?.lower ?? '')) p--;
		const prep = tokens[p - 1];
		// "stand-in keeper Manuel Almunia": the "in" of a hyphenated word is no preposition.
		if (prep?.tags.has('Hyphenated')) continue;
		const descriptor = textOf(c.s, d, m.from);
		let question: string;
		if (p === c.main + 1) {
			const restEnd = objectEnd(c, m.to, c.end);
			const rest = restEnd > m.to ? textOf(c.s, m.to, restEnd) : '';
			if (!standsAlone(c, m.to, Math.max(m.to, restEnd))) continue;
			question = `Which ${descriptor} ${verb.aux} ${subjectText(c)} ${verb.rest} ${rest}`;
		} else if (
			prep?.tags.has('Preposition') &&
			p - 1 >= c.main + 1 &&
			// "since the surprise arrival of husband Vic Reeves": "of" belongs to the noun before it.
			prep.lower !== 'of'
		) {
			const between = textOf(c.s, c.main + 1, p - 1);
			if (!standsAlone(c, c.main + 1, p - 1) || words(between) > 8) continue;
			// "created by the Mozilla Foundation which was started by … Netscape": the preposition is the
			// relative clause's, not the main verb's.
			if (tokens.slice(c.main + 1, p - 1).some((t) => /^(which|who|whom|whose)$/.test(t.lower)))
				continue;
			question = `${capFirst(prep.lower)} which ${descriptor} ${verb.aux} ${subjectText(c)} ${verb.rest} ${between}`;
		} else continue;
		question = `${clean(question)}?`;
		if (words(question) > MAX_QUESTION_WORDS) continue;
		claims.push(
			claim(c, 'thing', {
				kind: 'name',
				type: 'name',
				question,
				answer: e.name,
				norm: e.key,
				subject: question,
				highlight: span(m),
				weight: 1.2
			})
		);
	}
	return claims.slice(0, 2);
}

/** "Andrew Lloyd-Webber's wealth rose …" → "Whose wealth rose …?" */
function possessiveSubject(s: TaggedSentence, ents: EntityIndex, quoted: boolean[]): Claim[] {
	const tokens = s.tokens;
	const m = s.mentions.find(
		(x) =>
			x.from === 0 ||
			(x.from === 1 &&
				(tokens[0].lower === 'the' || HONORIFICS.has(tokens[0].lower.replace(/\.$/, ''))))
	);
	if (!m || quoted[0]) return [];
	const e = ents.of(m);
	const owner = tokens[m.to - 1];
	if (!e || e.kind !== 'person' || !/[’']s?$/.test(owner.text)) return [];
	const head = tokens[m.to];
	// "Lord Hutton's inquiry into the death of Dr David Kelly sparked …": the owned thing may carry a
	// phrase of its own before its verb.
	let at = m.to + 1;
	if (tokens[at]?.tags.has('Preposition') && !/[,;:]/.test(head?.post ?? ',')) {
		let k = at + 1;
		while (
			k < Math.min(tokens.length, at + 9) &&
			!tokens[k].tags.has('Verb') &&
			!/[,;:]/.test(tokens[k - 1].post)
		)
			k++;
		if (tokens[k]?.tags.has('Verb') && !/[,;:]/.test(tokens[k - 1].post)) at = k;
	}
	const verb = tokens[at];
	if (
		!head ||
		head.cap ||
		!head.tags.has('Noun') ||
		!verb ||
		!verb.tags.has('Verb') ||
		verb.tags.has('Gerund')
	)
		return [];
	const c = analyseClause({ s, entities: ents, opensQuoted: false });
	if (c) return [];
	const bare: Clause = {
		s,
		subjFrom: 0,
		verb: at,
		main: at,
		end: tokens.length,
		names: [{ mention: m, entity: e, name: plainName(e.name), from: 0, to: m.to }],
		negated: false,
		modal: false,
		quoted
	};
	let end = tokens.length;
	for (let k = at + 1; k < tokens.length; k++) {
		if (
			quoted[k] ||
			/[;:]/.test(tokens[k - 1].post) ||
			(/,/.test(tokens[k - 1].post) && tokens[k].tags.has('Conjunction'))
		) {
			end = k;
			break;
		}
	}
	if (end - m.to < 4 || !standsAlone(bare, m.to, end)) return [];
	const question = `Whose ${clean(textOf(s, m.to, end))}?`;
	if (words(question) > MAX_QUESTION_WORDS) return [];
	bare.end = end;
	return [namesClaim(bare, question, bare.names, 'possessor', 'person')];
}

/**
 * Who "he" or "she" is: the person the sentence before was about (its subject), or the one person it
 * names.
 */
function personBefore(
	previous: TaggedSentence | undefined,
	ents: EntityIndex,
	subject: NameRef | undefined
): NameRef | undefined {
	if (subject?.entity.kind === 'person') return subject;
	if (mayBePerson(subject, previous)) return undefined;
	if (!previous) return undefined;
	// '"… the stealth tax strategy of Gordon Brown …" He challenged …': whom a quotation names is not
	// who speaks after it (the speaker named outside it may be).
	const quoted =
		previous.leansOn === 'quote'
			? quotedTokens(previous, !/^\s*["“]/.test(previous.text))
			: undefined;
	// "But he did not give up on the Slayer. He also produced …": a "he" the sentence before could not
	// name is still that "he", not whom it named.
	const t = previous.tokens;
	const opening = /^(but|and|yet|so)$/.test(t[0]?.lower ?? '') ? 1 : 0;
	if (/^(he|she)$/.test(t[opening]?.lower ?? '')) return undefined;
	const people = new Map<string, NameRef>();
	for (const m of previous.mentions) {
		if (quoted?.[m.from]) continue;
		// "Buffy the Vampire Slayer": no one's name follows "the".
		if (t[m.from - 1]?.lower === 'the' && !t[m.from - 1].cap) continue;
		const e = ents.of(m);
		if (e?.kind === 'person')
			people.set(e.key, { mention: m, entity: e, name: plainName(e.name), from: m.from, to: m.to });
	}
	// "… rivalries with artists including Fat Joe, Nas and Jadakiss. He has claimed …": one of several,
	// even when the others go by one word.
	const [only] = people.values();
	return people.size === 1 && only.entity.name.includes(' ') ? only : undefined;
}

/**
 * "Mr Donaldson said the SEC would reconsider …": the reported clause is asked about with who said it
 * ("According to William Donaldson, which organisation would reconsider …?").
 */
function reportedQuestions(c: Clause, ents: EntityIndex): Claim[] {
	const tokens = c.s.tokens;
	if (c.negated || c.names.length !== 1 || !SAY_VERBS.has(tokens[c.main].lower)) return [];
	if (c.names[0].entity.kind === 'place') return [];
	let from = c.main + 1;
	// "he told MPs the Lord Chancellor was insisting …": who was told is not part of what was said.
	if (/^(told|tell|tells|telling|assured|informed|warned|reminded)$/.test(tokens[c.main].lower)) {
		const told = c.s.mentions.find((x) => x.from === from);
		if (told) from = told.to;
		else if (tokens[from]?.tags.has('Pronoun') || tokens[from]?.tags.has('Plural')) from++;
		else return [];
	}
	if (tokens[from]?.lower === 'that') from++;
	if (from >= tokens.length - 3 || c.quoted[from]) return [];
	const view = clauseView(c.s, ents, from);
	const inner = analyseClause({ s: view.s, entities: view.entities, opensQuoted: false });
	if (!inner || inner.verb > 12) return [];
	// "According to the EU, …": the article the text gives the name.
	const [named] = c.names;
	const speaker =
		tokens[named.mention.from - 1]?.lower === 'the' && !/^the\s/i.test(named.name)
			? `the ${named.name}`
			: named.name;
	return (
		questionsFor(inner, view.entities)
			// "the Lord Chancellor, Lord Falconer, was insisting …": who holds a post is the writer's word,
			// not the speaker's ("According to Lord Woolf, who is the Lord Chancellor?").
			.filter(
				(x) => x.kind !== 'speaker' && !/^(Who|What) (is|was|are|were) the\b/.test(x.question)
			)
			.map((x) => ({
				...x,
				key: `${x.key}|reported`,
				factKey: `${x.factKey}|reported`,
				sentence: c.s,
				question: `According to ${speaker}, ${x.question.charAt(0).toLowerCase()}${x.question.slice(1)}`
			}))
	);
}

/** The sentence from token `from` on, as a sentence of its own (same offsets, same entities). */
function clauseView(
	s: TaggedSentence,
	ents: EntityIndex,
	from: number
): { s: TaggedSentence; entities: EntityIndex } {
	const back = new Map<Mention, Mention>();
	const mentions = s.mentions
		.filter((m) => m.from >= from)
		.map((m) => {
			const copy = { ...m, from: m.from - from, to: m.to - from };
			back.set(copy, m);
			return copy;
		});
	const first = s.tokens[from];
	const view: TaggedSentence = {
		...s,
		start: first.start,
		text: s.text.slice(first.start - s.start),
		tokens: s.tokens.slice(from).map((t, i) => ({ ...t, i })),
		mentions,
		rewrites: (s.rewrites ?? [])
			.filter((r) => r.from >= from)
			.map((r) => ({ ...r, from: r.from - from, to: r.to - from })),
		named: s.named && {
			people: s.named.people.filter((p) => p.at >= from).map((p) => ({ ...p, at: p.at - from })),
			things: s.named.things.filter((at) => at >= from).map((at) => at - from)
		}
	};
	const entities: EntityIndex = {
		of: (m) => ents.of(back.get(m) ?? m),
		all: () => ents.all(),
		byKey: (k) => ents.byKey(k)
	};
	return { s: view, entities };
}

/** "The chairman of the Bar Council, Guy Mansfield QC, …" → "Who is the chairman of the Bar Council?" */
function titleQuestion(c: Clause): Claim[] {
	if (!c.title || c.names.length !== 1) return [];
	const question = `Who is ${c.title}?`;
	if (words(question) > MAX_QUESTION_WORDS) return [];
	return [namesClaim(c, question, c.names, 'title', 'person')];
}

function questionsFor(c: Clause, ents: EntityIndex): Claim[] {
	return [
		...titleQuestion(c),
		...subjectQuestion(c),
		...agentQuestion(c, ents),
		...reasonQuestion(c),
		...whenWhereQuestions(c, ents),
		...amountQuestion(c),
		...objectQuestion(c, ents),
		...describedThingQuestions(c, ents),
		...commonObjectQuestion(c)
	];
}

const COUNT_LEADS = new Set([
	'more than',
	'fewer than',
	'less than',
	'up to',
	'at least',
	'an estimated',
	'about',
	'around',
	'almost',
	'nearly',
	'over',
	'some',
	'roughly'
]);

/**
 * "More than 5.2 million Germans were out of work in February" → "How many Germans were out of work
 * in February?": a sentence that opens with a count of something asks that count.
 */
function countSubjectQuestion(s: TaggedSentence, opensQuoted: boolean): Claim[] {
	const tokens = s.tokens;
	if (opensQuoted || /^\W*["“]/.test(s.text) || tokens.length < 5) return [];
	let k = 0;
	const two = `${tokens[0].lower} ${tokens[1].lower}`;
	if (COUNT_LEADS.has(two)) k = 2;
	else if (COUNT_LEADS.has(tokens[0].lower)) k = 1;
	const m = s.mentions.find((x) => x.from === k && x.kind === 'count');
	if (!m || (m.amount?.value ?? 0) < 2) return [];
	// The counted thing: plain words up to the verb, the last a plural noun ("record labels").
	let v = m.to;
	while (v < tokens.length && v - m.to < 5) {
		const t = tokens[v];
		if (/[,;:()]/.test(tokens[v - 1].post) || t.tags.has('Preposition') || t.tags.has('Determiner'))
			return [];
		if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) break;
		v++;
	}
	const head = tokens[v - 1];
	const verb = tokens[v];
	if (v === m.to || !verb || !head.tags.has('Plural') || (head.cap && !head.tags.has('Demonym')))
		return [];
	if (!(verb.tags.has('PastTense') || verb.tags.has('PresentTense') || verb.tags.has('Auxiliary')))
		return [];
	// The predicate runs to the first comma ("…, new figures show" is the report, not the fact).
	let end = v + 1;
	while (end < tokens.length && !/[,;:]/.test(tokens[end - 1].post)) end++;
	// "… by March 2005 and there are plans to …": a second clause is not part of the question.
	end = Math.min(end, clauseEnd(tokens, v, quotedTokens(s, opensQuoted)));
	if (end - v < 3) return [];
	const bare: Clause = {
		s,
		subjFrom: 0,
		verb: v,
		main: v,
		end,
		names: [],
		negated: tokens.slice(v, end).some((t) => t.tags.has('Negative')),
		modal: false,
		quoted: tokens.map(() => false),
		described: { text: '', plural: true }
	};
	if (bare.negated || !standsAlone(bare, m.to, end)) return [];
	const question = `How many ${clean(textOf(s, m.to, end))}?`;
	if (words(question) > MAX_QUESTION_WORDS) return [];
	const answer = clean(textOf(s, 0, m.to));
	const key = `clause|count-subject|${foldWords(question).join(' ')}`;
	return [
		{
			key,
			factKey: key,
			kind: 'count',
			type: 'count',
			question,
			answer: answer.charAt(0).toLowerCase() + answer.slice(1),
			norm: m.norm,
			subject: question,
			sentence: s,
			highlight: { start: tokens[0].start, end: m.end },
			weight: 1.3
		}
	];
}

/** Every WH-question the sentence's clauses support, and the person the sentence is about. */
export function clauseClaims(options: {
	sentence: TaggedSentence;
	entities: EntityIndex;
	opensQuoted: boolean;
	previous?: TaggedSentence;
	/** The subject of the sentence before, when it named one. */
	previousSubject?: NameRef;
	/** The person and the thing the text has been about lately (when the sentence before names none). */
	topic?: { person?: NameRef; thing?: NameRef };
}): { claims: Claim[]; subject?: NameRef; people?: NameRef[] } {
	const { sentence: s, entities: ents, opensQuoted } = options;
	const out: Claim[] = [];
	const before = personBefore(options.previous, ents, options.previousSubject);
	const main =
		analyseClause({ s, entities: ents, opensQuoted }) ??
		pronounClause({
			s,
			entities: ents,
			opensQuoted,
			person: before ?? options.topic?.person,
			// "Tony Blair called him a giant. He held …": the one the sentence before was about, or "him".
			previous: before ? options.previous : undefined,
			thing:
				options.previousSubject && options.previousSubject.entity.kind !== 'person'
					? options.previousSubject
					: options.topic?.thing
		});
	// A clause whose subject was "he" or "it" rests on the sentence before for who that is.
	const resolved =
		main && s.tokens[main.subjFrom] && /^(he|she|they|it)$/.test(s.tokens[main.subjFrom].lower);
	const context = resolved && options.previous ? { context: options.previous } : {};
	if (main)
		out.push(
			...[...questionsFor(main, ents), ...reportedQuestions(main, ents)].map((x) => ({
				...x,
				...context
			}))
		);
	else if (!opensQuoted)
		out.push(
			...possessiveSubject(
				s,
				ents,
				s.tokens.map(() => false)
			)
		);
	out.push(...countSubjectQuestion(s, opensQuoted));
	for (const rel of relativeClauses({ s, entities: ents, opensQuoted }))
		out.push(
			...subjectQuestion(rel).map((x) => ({
				...x,
				key: `${x.key}|rel`,
				factKey: `${x.factKey}|rel`
			}))
		);
	const claims = out.map((x) => ({ ...x, question: capFirst(x.question) }));
	const subject = main?.names.length === 1 ? main.names[0] : undefined;
	// "Kostas Kenteris and Katerina Thanou were …": the people "they" means next.
	const people =
		main && main.names.length > 1 && main.names.every((n) => n.entity.kind === 'person')
			? main.names
			: undefined;
	return { claims, subject, people };
}
