/**
 * Gap candidates: the names a self-contained sentence states (people, organisations, places, named
 * things). They become cloze cards only where no question about them could be written.
 */
import type { TaggedSentence } from '../mentions';
import type { EntityIndex } from '../entities';
import type { AnswerType, Claim } from '../facts';
import { personName } from './clause';
import { NEWS_OUTLETS, ROLE_HEADS, SAY_VERBS } from '../lexicon';

/** "the Dutchman", "the Briton": a person called by their nationality (the tagger knows no demonym here). */
const NATIONALITY_NOUN =
	/^(Dutch|French|English|Welsh|Scots|Irish|Cornish|Manx)(wo)?m[ae]n$|^(Britons?|Kiwis?|Aussies?|Yanks?|Brits?)$/;

/** Words for a nation's people or things that the tagger may read as names ("British", "Iraqi"). */
const NATIONALITY_ADJECTIVE = new Set(
	`british english scottish welsh irish french dutch german greek swiss thai american canadian mexican
	brazilian argentine chinese japanese korean indian pakistani afghan iraqi iranian israeli palestinian
	saudi syrian egyptian turkish russian ukrainian polish czech italian spanish portuguese belgian austrian
	swedish danish norwegian finnish australian african european asian arab kurdish sudanese nigerian
	kenyan lebanese libyan cuban`.split(/\s+/)
);

const HONORIFIC = /^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?$/;

const GAP_KINDS: Record<string, AnswerType> = {
	person: 'person',
	org: 'org',
	place: 'place',
	thing: 'name',
	acronym: 'org'
};

/**
 * "the [G7] meeting", "filed for [Chapter 11] protection", "the [Enron] scandal": a body's or a
 * thing's name before a noun for an event, a prize or a document is the fact the phrase turns on.
 * A place or a person before a noun ("the London office") only sets the scene.
 */
const KIND_NOUNS = new Set(
	`meeting summit talks conference scandal affair crisis inquiry probe case trial deal merger takeover
	bid award awards prize trophy protection report study survey article programme scheme plan project
	strike war campaign network system contract`.split(/\s+/)
);
const namesKind = (kind: string, noun: string) =>
	kind !== 'person' && kind !== 'place' && KIND_NOUNS.has(noun);

/** Is the phrase one item of a list ("A, B and C")? */
function inList(s: TaggedSentence, mentionFrom: number, to: number): boolean {
	const t = s.tokens;
	// "Amazon, Google and eBay": a name may start with a small letter before its capital.
	const named = (i: number) => !!(t[i]?.cap || /^\p{Ll}{1,2}\p{Lu}/u.test(t[i]?.text ?? ''));
	// "… and the Beach Boys": the item starts at its article.
	const from = t[mentionFrom - 1]?.lower === 'the' ? mentionFrom - 1 : mentionFrom;
	// "the Byrds, Ry Cooder and …": a name after another and a comma, with the list going on after it
	// ("On Monday, Bert Ruerup said" and "Speaking on German TV, Bert Ruerup said" are no lists).
	const goesOn = /,/.test(t[to - 1].post) || /^(and|or)$/.test(t[to]?.lower ?? '');
	const commaBefore = from > 0 && /,/.test(t[from - 1].post) && named(from - 2) && goesOn;
	const commaAfter = /,/.test(t[to - 1].post) && named(to);
	const andAround = t[from - 1]?.lower === 'and' || t[to]?.lower === 'and' || t[to]?.lower === 'or';
	// "Anastacia, Britney Spears, Maroon 5 and […]": a comma a few words before the "and".
	const listBefore =
		t[from - 1]?.lower === 'and' &&
		t.slice(Math.max(0, from - 6), from - 1).some((x) => /,/.test(x.post));
	// "hits by the Byrds, […] and the Beach Boys": the next item may start with "the".
	const capAt = (i: number) => named(i) || (t[i]?.lower === 'the' && named(i + 1));
	// "… economic development, the […], housing, …": commas on both sides make it an item whatever
	// the other items are.
	// Not an appositive ("On Monday, Gordon Brown, the chancellor, said"): a common noun before, and
	// no article, relative word or verb after.
	const between =
		from > 1 &&
		/,/.test(t[from - 1].post) &&
		/,/.test(t[to - 1].post) &&
		!t[from - 1].cap &&
		t[from - 1].tags.has('Noun') &&
		!!t[to] &&
		!/^(a|an|the|who|which|whose|where|when)$/.test(t[to].lower) &&
		!(t[to].tags.has('Verb') && !t[to].tags.has('Gerund') && !t[to].tags.has('Noun'));
	// "the Department of Culture, […]" (Media and Sport): the last items of a list inside a name.
	const nameTail =
		from > 1 &&
		/,/.test(t[from - 1].post) &&
		named(from - 1) &&
		/^(of|for)$/.test(t[from - 2].lower) &&
		t.slice(from, to).some((x) => x.lower === 'and');
	return !!(
		between ||
		nameTail ||
		commaBefore ||
		commaAfter ||
		listBefore ||
		(andAround && (named(from - 2) || capAt(to + 1)))
	);
}

/** "in Kirkcaldy, Fife." or "in Leeds, West Yorkshire, where …": a place and its region, no list. */
function placeThenRegion(s: TaggedSentence, from: number, to: number): boolean {
	const t = s.tokens;
	if (!/^(in|near|from|outside)$/.test(t[from - 1]?.lower ?? '') || !/^,\s*$/.test(t[to - 1].post))
		return false;
	const region = s.mentions.find((m) => m.from === to);
	if (!region || region.to - region.from > 2) return false;
	const post = t[region.to - 1].post;
	const next = t[region.to]?.lower ?? '';
	return (
		/^[.;]/.test(post) ||
		!t[region.to] ||
		(/^,\s*$/.test(post) && /^(where|which|who|on|in|at|after|before|when|while)$/.test(next))
	);
}

/** A line with no verb ("Best actress - Clare Higgins at the Donmar") is a list entry or heading. */
export function hasFiniteVerb(s: TaggedSentence): boolean {
	const tokens = s.tokens;
	// "An extremely small computer that is designed to …": when a relative clause opens before any
	// verb, its verb is not the line's own; "The man who shot Lennon was jailed" has a second one.
	let relative = false;
	let groups = 0;
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k];
		if (
			!groups &&
			/^(that|which|who|whose|whom)$/.test(t.lower) &&
			k > 0 &&
			tokens[k - 1].tags.has('Noun')
		)
			relative = true;
		if (!finiteVerb(t, tokens[k - 1], tokens[k + 1])) continue;
		// "is designed", "has been sold": one verb group.
		if (!k || !finiteVerb(tokens[k - 1], tokens[k - 2], t)) groups++;
		if (!relative || groups >= 2) return true;
	}
	return false;
}

/** A verb with a tense, or an auxiliary the tagger gives none ("are arriving", "is planning"). */
function finiteVerb(
	t: TaggedSentence['tokens'][number],
	before: TaggedSentence['tokens'][number] | undefined,
	after: TaggedSentence['tokens'][number] | undefined
): boolean {
	if (!t.tags.has('Verb') || t.tags.has('Gerund')) return false;
	// "designed to bring": an infinitive says nothing of tense.
	if (before?.lower === 'to' && !FINITE_AUXILIARIES.has(t.lower)) return false;
	// "…, combined CD burner": a participle before its noun in a list describes it.
	if (
		t.tags.has('PastTense') &&
		!t.tags.has('Auxiliary') &&
		after?.tags.has('Noun') &&
		!!before &&
		(/,/.test(before.post) || before.tags.has('Value'))
	)
		return false;
	return (
		t.tags.has('PastTense') ||
		t.tags.has('PresentTense') ||
		t.tags.has('Modal') ||
		FINITE_AUXILIARIES.has(t.lower)
	);
}

/** Forms of "be", "have" and "do" that are finite whatever the tagger says. */
const FINITE_AUXILIARIES = new Set(
	"am is are was were has have had does do did 's 're ’s ’re".split(' ')
);

/** One gap claim per distinct name in a sentence that stands alone. */
export function gapClaims(options: { sentence: TaggedSentence; entities: EntityIndex }): Claim[] {
	const { sentence: s, entities } = options;
	if (s.standalone === false && !s.lead && !s.definiteOnly) return [];
	if (!hasFiniteVerb(s)) return [];
	const claims: Claim[] = [];
	const seen = new Set<string>();
	for (const m of s.mentions) {
		const e = entities.of(m);
		const type = e && GAP_KINDS[e.kind];
		if (!e || !type || seen.has(e.key)) continue;
		// A demonym or a one-letter name is no fact to learn.
		if (
			m.text.length < 3 ||
			s.tokens[m.from]?.tags.has('Demonym') ||
			NATIONALITY_NOUN.test(m.text.replace(/[’']s$/, '')) ||
			// "the Mallorcan", "the Spaniard": a person called by where they are from.
			(e.kind === 'thing' &&
				s.tokens[m.from - 1]?.lower === 'the' &&
				/^\p{Lu}\p{Ll}+(an|ian|ean|ese|ard|ish)$/u.test(m.text))
		)
			continue;
		// "where […] forces are stationed", "control of […] borders": a nationality before its noun (the
		// tagger reads many such plurals as verbs) only describes it, and the sentence gives it away.
		const head = s.tokens[m.to];
		if (
			e.kind === 'thing' &&
			m.to - m.from === 1 &&
			NATIONALITY_ADJECTIVE.has(m.text.toLowerCase()) &&
			head &&
			!head.cap &&
			!/[,;:.]/.test(s.tokens[m.from].post) &&
			(head.tags.has('Noun') || (head.tags.has('PresentTense') && /[^s]s$/.test(head.lower)))
		)
			continue;
		// "Mr […]", "an […] penalty", a lone first name: the gap is a give-away or a trifle.
		const before = s.tokens[m.from - 1];
		const after = s.tokens[m.to];
		if (before && HONORIFIC.test(before.lower)) continue;
		// "[…]'s try gave the Scots the lead": a person's possessive is a whole phrase of its own.
		const owner =
			e.kind === 'person' &&
			(/[’']s$/.test(m.text) || /[’']s$/.test(s.tokens[m.to - 1]?.text ?? '')) &&
			!s.tokens.slice(m.from, m.to).some((t) => t.tags.has('Place'));
		if (
			e.kind === 'person' &&
			(m.to - m.from < 2 ||
				(after &&
					!owner &&
					!after.cap &&
					after.tags.has('Noun') &&
					!/[,.;:]/.test(s.tokens[m.to - 1].post)))
		)
			continue;
		if (e.kind === 'person' && !personName(m.text)) continue;
		// The gap must be a whole noun phrase: not a modifier ("the […] trophy"), not part of a longer
		// name ("Foreign and Commonwealth […]"), not one item of a list, not a short form ("the Labs").
		// A comma or a dash after the name ends the phrase ("at the London School of Economics, William
		// Donaldson …", "led by Digby Jones, director general of …").
		const closed = /,|\s[-–—]\s/.test(s.tokens[m.to - 1].post);
		if (
			after &&
			!closed &&
			((!after.cap &&
				!owner &&
				after.tags.has('Noun') &&
				!after.tags.has('Pronoun') &&
				!(namesKind(e.kind, after.lower) && !/[’']s$/.test(m.text))) ||
				// "Martin Scorsese's The Aviator": a title after its maker; "St George's Chapel" is one name.
				(after.cap && !(owner && after.text === 'The')))
		)
			continue;
		// "approved by Governor […]": a title before a person's name is no part of it.
		const titled = e.kind === 'person' && !!before && ROLE_HEADS.has(before.lower);
		if (before && before.cap && m.from > 0 && !/[,;:(]/.test(before.post) && !titled) continue;
		if (inList(s, m.from, m.to) && !placeThenRegion(s, m.from, m.to)) continue;
		// "MPs", "CEOs": a plural of initials is a common noun, not a name to learn.
		if (/^\p{Lu}{2,}s$/u.test(m.text)) continue;
		// "Scottish ministers … built in […]": the sentence gives the answer away.
		const stem = m.text.slice(0, 4);
		const rest = s.text.slice(0, m.start - s.start) + s.text.slice(m.end - s.start);
		if (
			stem.length === 4 &&
			new RegExp(`\\b${stem.replace(/[^\p{L}]/gu, '')}\\p{L}`, 'u').test(rest)
		)
			continue;
		// The outlet telling the story is no fact of it ("BBC News Online has received five warnings").
		if (NEWS_OUTLETS.test(m.text)) continue;
		// A song or film title asked in the middle ("Where is the […]?") is no clean gap.
		if (/^\s*\?/.test(s.text.slice(m.end - s.start))) continue;
		// The outlet that reports the story ("…, BBC Scotland has learned", "told the BBC") is no fact of it.
		const next2 = s.tokens[m.to + 1];
		if (
			after &&
			(SAY_VERBS.has(after.lower) ||
				/^(understands|understood|learned|learnt)$/.test(after.lower) ||
				(/^(has|have)$/.test(after.lower) &&
					next2 &&
					/^(learned|learnt|reported|said|revealed)$/.test(next2.lower)))
		)
			continue;
		const back = s.tokens
			.slice(Math.max(0, m.from - 2), m.from)
			.map((t) => t.lower)
			.join(' ');
		if (
			/\b(told|according to|told the|to the)$/.test(back) ||
			/^(according to|told the)$/.test(back)
		)
			continue;
		if (m.text.replace(/[’']s$/, '').split(/\s+/).length < e.name.split(/\s+/).length) continue;
		seen.add(e.key);
		const key = `gap|${s.sourceId}|${s.index}|${e.key}`;
		claims.push({
			key,
			factKey: key,
			kind: e.kind === 'person' ? 'person' : e.kind === 'place' ? 'place' : 'name',
			type,
			question: '',
			answer: m.text.replace(/[’']s$/, ''),
			norm: e.key,
			subject: m.text,
			sentence: s,
			highlight: { start: m.start, end: m.end - (/[’']s$/.test(m.text) ? 2 : 0) },
			weight: 0.4,
			clozeOnly: true
		});
	}
	return claims;
}
