/**
 * Figures that move: "X cut its rate from 4% to 3.5%", "prices rose 2.1% in the year to March",
 * "trade was worth $640 million". Each becomes a question asked the way a teacher would ask it.
 */
import { baseForm } from './claims/verbs';
import type { Claim } from './facts';
import type { Mention, TaggedSentence } from './mentions';
import { foldName } from './mentions';
import { breaksAfter, type Token } from './tokens';
import { NAME_STOPWORDS } from './lexicon';

const CHANGE_VERBS = new Set(
	`rise rose risen rises rising grow grew grown grows fall fell fallen falls drop dropped drops climb
climbed climbs increase increased increases decrease decreased decreases jump jumped jumps slip slipped
decline declined declines gain gained gains shrink shrank shrunk slump slumped surge surged cut cuts
lower lowered lowers lowering raise raised raises raising reduce reduced reduces reducing lift lifted
hike hiked trim trimmed boost boosted`.split(/\s+/)
);
/** Verbs whose figure is an amount spent, paid or won: "How much has X spent on Y?". */
const AMOUNT_VERBS = new Set(
	`spent spend spends paid pay pays invested invest invests raised won win wins took take secured
received earned earn earns provide provides provided providing pledge pledges pledged pledging
offer offers offered offering lend lent taking winning securing`.split(/\s+/)
);
const HAVE = new Set(['has', 'have', 'had']);
const AUX = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must']);
const FILLERS = new Set([
	'about',
	'around',
	'just',
	'nearly',
	'almost',
	'some',
	'roughly',
	'only',
	'over',
	'than',
	'more',
	'less',
	'by',
	'to',
	'from',
	'an',
	'a',
	'estimated'
]);
const SUBJECT_STOP = /^(he|she|it|they|we|i|this|that|these|those|which|who)$/;

const figureKinds = new Set(['percent', 'money', 'count']);
const slice = (s: TaggedSentence, a: Token, b: Token) =>
	s.text.slice(a.start - s.start, b.end - s.start);

/** The noun phrase that ends right before token `v`: the clause's subject. */
function subjectBefore(s: TaggedSentence, v: number): Token[] {
	const out: Token[] = [];
	// "Reliance Energy, headed by Anil, jumped 7%": the words before the verb end an aside (but in
	// "The agency, which represents …" the name before ", which" is the subject).
	if (/,/.test(s.tokens[v - 1]?.post ?? '') && !/^(which|who)$/.test(s.tokens[v]?.lower ?? ''))
		return out;
	for (let k = v - 1; k >= 0; k--) {
		const t = s.tokens[k];
		if (breaksAfter(t) && out.length) break;
		// "The main Bovespa index on the Sao Paolo Stock Exchange": a subject cut short at a word limit
		// would lose its start.
		if (out.length === 12) return [];
		const ok =
			t.tags.has('Noun') ||
			t.tags.has('Adjective') ||
			t.tags.has('Determiner') ||
			t.tags.has('Possessive') ||
			t.cap ||
			(t.tags.has('Value') && !t.tags.has('Date')) ||
			(/^(of|between|and|on|in|for)$/.test(t.lower) && out.length);
		if (!ok || t.tags.has('Pronoun')) break;
		if (t.tags.has('Verb') && !t.tags.has('Noun') && !(k === 0 && t.cap)) break;
		out.unshift(t);
	}
	// "Now Vodafone has …": a sentence-opening adverb is no part of the subject.
	while (
		out.length &&
		(/^(of|between|and|on|in|for)$/.test(out[0].lower) ||
			(out[0].i === 0 &&
				out.length > 1 &&
				NAME_STOPWORDS.has(out[0].lower) &&
				// "The main Bovespa index": an article opening the sentence is the subject's own.
				!/^(the|a|an)$/.test(out[0].lower)))
	)
		out.shift();
	return wellFormed(out) ? out : [];
}

/**
 * Is this a subject a question can name? Not a stretch cut from a longer phrase: "weekend's top 12
 * films", "100 trillion", "last year", "Christmas Day", "that TB in England", "results of a survey".
 */
function wellFormed(toks: Token[]): boolean {
	if (!toks.length) return true;
	const [first] = toks;
	const last = toks[toks.length - 1];
	if (first.tags.has('Value') || toks.some((t) => t.tags.has('Date'))) return false;
	if (!first.cap && first.tags.has('Possessive')) return false;
	if (last.tags.has('Possessive') || toks.some((t) => /^(that|which|who)$/.test(t.lower)))
		return false;
	// A plural noun with no article before "of" is a part of something named before ("results of").
	if (!first.cap && first.tags.has('Plural') && toks[1]?.lower === 'of') return false;
	return true;
}

function trailingContext(s: TaggedSentence, from: number): string {
	const toks: Token[] = [];
	for (let k = from; k < s.tokens.length && toks.length < 7; k++) {
		const t = s.tokens[k];
		if (t.tags.has('Value') && !t.tags.has('Date') && !t.tags.has('Ordinal')) break;
		if (t.tags.has('Verb') || /^(and|but|as|while|which|after|its|their)$/.test(t.lower)) break;
		toks.push(t);
		if (breaksAfter(t)) break;
	}
	if (!toks.length || !/^(in|on|during|for|over|last|this|since|against)$/.test(toks[0].lower))
		return '';
	return ` ${slice(s, toks[0], toks[toks.length - 1]).replace(/[,.;:]+$/, '')}`;
}

/** Claims for figures that rise, fall, are cut or are worth something. */
export function changeClaims(options: { sentence: TaggedSentence }): Claim[] {
	const s = options.sentence;
	const { tokens } = s;
	const claims: Claim[] = [...stateClaims(s), ...shareClaims(s), ...countClaims(s)];
	let lastSubject = '';
	let lastObject = '';
	const figures = s.mentions.filter((m) => figureKinds.has(m.kind));
	if (!figures.length) return claims;
	const figureAt = (k: number) => figures.find((m) => m.from === k);
	tokens.forEach((v, i) => {
		const worth = v.lower === 'worth' && /^(was|is|were|are|be)$/.test(tokens[i - 1]?.lower ?? '');
		const amount = AMOUNT_VERBS.has(v.lower);
		if (!worth && !amount && !CHANGE_VERBS.has(v.lower)) return;
		// compromise sometimes reads "rose" or "cut" as nouns; after a determiner they are.
		const before = tokens[i - 1];
		if (
			!worth &&
			!v.tags.has('Verb') &&
			(!before || before.tags.has('Determiner') || before.tags.has('Adjective'))
		)
			return;
		// "dropped out", "cut off": a phrasal verb moves no figure.
		if (/^(out|off|away|back|down|over|behind|apart|in)$/.test(tokens[i + 1]?.lower ?? '')) return;
		const gerund = /ing$/.test(v.lower);
		let k = i + 1;
		const objectToks: Token[] = [];
		while (k < tokens.length && objectToks.length < 8 && !worth) {
			const t = tokens[k];
			if (figureAt(k) || /^(from|by|to)$/.test(t.lower) || FILLERS.has(t.lower)) break;
			if (t.lower === 'up' && tokens[k + 1]?.lower === 'to') break;
			if (t.tags.has('Preposition') && !objectToks.length) break;
			if (t.tags.has('Verb') && !t.tags.has('Noun')) break;
			objectToks.push(t);
			if (breaksAfter(t)) break;
			k++;
		}
		// What moved: an object after the verb, or the subject for "prices rose".
		let object = objectToks.length
			? slice(s, objectToks[0], objectToks[objectToks.length - 1]).replace(/[,;:]+$/, '')
			: '';
		if (/^it$/i.test(object)) object = lastObject;
		const auxIndex =
			AUX.has(tokens[i - 1]?.lower ?? '') || HAVE.has(tokens[i - 1]?.lower ?? '') ? i - 1 : -1;
		const perfect = auxIndex >= 0 && HAVE.has(tokens[auxIndex].lower);
		const subjectToks = gerund
			? []
			: subjectBefore(s, auxIndex >= 0 ? auxIndex : worth ? i - 1 : i);
		let subject = subjectToks.length
			? slice(s, subjectToks[0], subjectToks[subjectToks.length - 1])
			: '';
		if (gerund) subject = lastSubject;
		// "X said it would provide $2bn", "with X pledging $2bn": the giver is the last name before the verb.
		const giver = s.mentions
			// A day or a film ("Christmas Day took $12.7m") gives nothing: a body, a person or a place does.
			.filter((m) => m.to <= i && ['org', 'person', 'place'].includes(m.kind))
			.pop();
		let named = false;
		const aside = /,/.test(tokens[(auxIndex >= 0 ? auxIndex : i) - 1]?.post ?? '');
		if (
			amount &&
			giver &&
			!aside &&
			(!subject || SUBJECT_STOP.test(subject.toLowerCase()) || (gerund && !lastSubject))
		) {
			subject = giver.text;
			named = true;
		}
		if (!subject || SUBJECT_STOP.test(subject.toLowerCase())) return;
		if (objectToks.length && !object) return;
		// "By how much did Anil jump?": a person does not rise or fall; what of theirs did is unsaid.
		const personal = s.mentions.some(
			(m) => m.kind === 'person' && subjectToks.length && m.from === subjectToks[0].i
		);
		if (personal && !object && !amount) return;
		lastSubject = subject;
		if (object) lastObject = object;
		// Figures after the verb, each with the word that introduces it.
		const found: Array<{ m: Mention; role: 'to' | 'from' | 'by' | 'plain' }> = [];
		for (let j = k; j < Math.min(tokens.length, k + 12); j++) {
			const m = figureAt(j);
			// A figure past a new clause ("… and the four-piece were …") is not the verb's.
			if (
				!m &&
				!FILLERS.has(tokens[j].lower) &&
				(/^(and|but|while|as|because|after|before|although|whereas)$/.test(tokens[j].lower) ||
					(tokens[j].tags.has('Verb') && !tokens[j].tags.has('Noun')))
			)
				break;
			if (!m) continue;
			let p = j - 1;
			while (p >= k && FILLERS.has(tokens[p].lower) && !/^(to|from|by)$/.test(tokens[p].lower)) p--;
			// "up to £250m" is a ceiling, not a level reached.
			const intro =
				tokens[p]?.lower === 'to' && tokens[p - 1]?.lower === 'up' ? 'up to' : tokens[p]?.lower;
			const role = intro === 'to' || intro === 'from' || intro === 'by' ? intro : 'plain';
			if (role === 'plain' && found.length) break;
			found.push({ m, role });
			j = m.to - 1;
			if (role === 'plain' || role === 'by') break;
		}
		if (!found.length) return;
		const last = found[found.length - 1].m;
		// The words after the last figure ("in May") belong to it alone when several figures follow.
		const context = found.length === 1 ? trailingContext(s, last.to) : '';
		const keepCase =
			named ||
			(!!subjectToks[0] &&
				!subjectToks[0].tags.has('Determiner') &&
				(subjectToks[0].tags.has('ProperNoun') ||
					subjectToks[0].tags.has('Place') ||
					subjectToks[0].tags.has('City') ||
					subjectToks[0].tags.has('Country') ||
					subjectToks[0].tags.has('Organization') ||
					subjectToks[0].tags.has('Person')));
		const subj =
			keepCase || !/^\p{Lu}\p{Ll}/u.test(subject)
				? subject
				: subject.charAt(0).toLowerCase() + subject.slice(1);
		// News reports what happened: past unless the verb plainly says otherwise ("cuts", "will cut").
		const aux = auxIndex >= 0 ? tokens[auxIndex].lower : /[^s]s$/.test(v.lower) ? 'does' : 'did';
		const base = worth ? '' : perfect ? v.text.toLowerCase() : baseForm(v.text);
		const what = object ? ` ${object}` : '';
		for (const { m, role } of found) {
			// "won 54% of the vote": ask for the share of what.
			const ofWhat = /^of\s+(the\s+)?[\p{L}-]+/u.exec(s.text.slice(m.end - s.start).trimStart());
			if (amount && m.kind === 'percent' && ofWhat) {
				const key = `share|${foldName(subject)}|${foldName(ofWhat[0])}`;
				claims.push({
					key,
					factKey: key,
					kind: 'percent',
					type: 'percent',
					question: `What share ${ofWhat[0]} ${aux} ${subj} ${base}${context}?`.replace(
						/\s+/g,
						' '
					),
					answer: m.text.replace(/[.,]$/, ''),
					norm: m.norm,
					subject: `Share ${ofWhat[0]} for ${subject}`,
					sentence: s,
					highlight: { start: m.start, end: m.end },
					weight: 3
				});
				continue;
			}
			if (amount && m.kind !== 'money') continue;
			const wh =
				role === 'to'
					? 'To what level'
					: role === 'from'
						? 'From what level'
						: m.kind === 'money'
							? 'How much'
							: 'By how much';
			const question = worth
				? `How much ${tokens[i - 1].lower} ${subj} worth${context}?`
				: `${wh} ${aux} ${subj} ${base}${what}${context}?`;
			// Money given or spent is one fact per giver, whatever the verb ("pledge", "provide").
			const key = amount
				? `amount|${foldName(subject)}|${foldName(object)}`
				: `change|${foldName(subject)}|${foldName(object)}|${base}|${role}`;
			claims.push({
				key,
				factKey: `change|${foldName(subject)}|${foldName(object)}`,
				kind: m.kind,
				type: m.kind as Claim['type'],
				question: question.replace(/\s+/g, ' '),
				// "five pounds" is shown as "£5", the form every choice shares.
				answer: /^\p{L}/u.test(m.text) ? m.norm : m.text.replace(/[.,]$/, ''),
				norm: m.norm,
				subject: `${subject}${what} (${role})`,
				sentence: s,
				highlight: { start: m.start, end: m.end },
				weight: 2.5
			});
		}
	});
	return claims;
}

const BE = /^(was|is|were|are|stood|stands)$/;
const LEAD_FILLERS =
	/^(about|around|just|nearly|almost|some|roughly|only|at|a|an|record|over|under|more|less|than)$/;

function claimFor(
	s: TaggedSentence,
	m: Mention,
	key: string,
	question: string,
	subject: string,
	weight = 2.5
): Claim {
	return {
		key,
		factKey: key,
		kind: m.kind,
		type: m.kind as Claim['type'],
		question: question.replace(/\s+/g, ' '),
		answer: /^\p{L}/u.test(m.text) ? m.norm : m.text.replace(/[.,]$/, ''),
		norm: m.norm,
		subject,
		sentence: s,
		highlight: { start: m.start, end: m.end },
		weight
	};
}

/** Lower-cases a sentence-initial common word ("The economy" → "the economy"), never a name. */
function inQuestion(toks: Token[], text: string): string {
	const first = toks[0];
	const name =
		first &&
		!first.tags.has('Determiner') &&
		(first.tags.has('ProperNoun') ||
			first.tags.has('Acronym') ||
			// "Velmora Telecom": a capital on the next word too makes a name the tagger did not know.
			!!toks[1]?.cap);
	return name || !/^\p{Lu}\p{Ll}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Turnout was 68.2%", "The bank's target is 2%": what the figure is. */
function stateClaims(s: TaggedSentence): Claim[] {
	const out: Claim[] = [];
	const { tokens } = s;
	tokens.forEach((v, i) => {
		if (
			!BE.test(v.lower) ||
			(v.lower.startsWith('stood') || v.lower.startsWith('stand')
				? tokens[i + 1]?.lower !== 'at'
				: false)
		)
			return;
		let k = i + 1;
		while (k < tokens.length && LEAD_FILLERS.test(tokens[k].lower)) k++;
		const m = s.mentions.find((x) => x.from === k && (x.kind === 'percent' || x.kind === 'money'));
		if (!m) return;
		const subjectToks = subjectBefore(s, i);
		if (!subjectToks.length || SUBJECT_STOP.test(subjectToks[0].lower)) return;
		const subject = slice(s, subjectToks[0], subjectToks[subjectToks.length - 1]);
		const be = /^(was|stood)$/.test(v.lower)
			? 'was'
			: v.lower === 'were'
				? 'were'
				: v.lower === 'are'
					? 'are'
					: 'is';
		const context = trailingContext(s, m.to);
		const key = `state|${foldName(subject)}`;
		out.push(
			claimFor(
				s,
				m,
				key,
				`What ${be} ${inQuestion(subjectToks, subject)}${context}?`,
				capitalise(subject)
			)
		);
	});
	return out;
}

/** "Around 70% of mortgages carry variable rates": what share of what does something. */
function shareClaims(s: TaggedSentence): Claim[] {
	const out: Claim[] = [];
	const { tokens } = s;
	for (const m of s.mentions) {
		if (m.kind !== 'percent' || tokens[m.to]?.lower !== 'of') continue;
		// The figure must open its clause: nothing but fillers before it.
		let p = m.from - 1;
		while (p >= 0 && LEAD_FILLERS.test(tokens[p].lower)) p--;
		if (p >= 0 && !/[,;:]\s*$/.test(tokens[p].post)) continue;
		const rest: Token[] = [];
		for (let k = m.to + 1; k < tokens.length && rest.length < 14; k++) {
			rest.push(tokens[k]);
			if (breaksAfter(tokens[k])) break;
		}
		if (rest.length < 3 || !rest.some((t) => t.tags.has('Verb'))) continue;
		const what = slice(s, rest[0], rest[rest.length - 1]).replace(/[,.;:!?]+$/, '');
		const key = `share|${foldName(what)}`;
		out.push(claimFor(s, m, key, `What share of ${what}?`, `Share of ${what}`));
	}
	return out;
}

/** "The agency, which represents 600,000 farmers": how many of what. */
function countClaims(s: TaggedSentence): Claim[] {
	const out: Claim[] = [];
	const { tokens } = s;
	for (const m of s.mentions) {
		if (m.kind !== 'count' || (m.amount?.value ?? 0) < 10) continue;
		const nouns: Token[] = [];
		for (let k = m.to; k < tokens.length && nouns.length < 4; k++) {
			const t = tokens[k];
			if (
				!(t.tags.has('Noun') || t.tags.has('Adjective')) ||
				t.tags.has('Pronoun') ||
				t.tags.has('Value')
			)
				break;
			nouns.push(t);
			if (breaksAfter(t)) break;
		}
		if (!nouns.length || !nouns[nouns.length - 1].tags.has('Plural')) continue;
		// "793,000 barrels a day": a rate, which the clause's own "How many … a day" asks whole.
		const after = tokens[nouns[nouns.length - 1].i + 1];
		if (after && /^(a|an|per|each)$/.test(after.lower) && !breaksAfter(nouns[nouns.length - 1]))
			continue;
		let v = m.from - 1;
		while (v >= 0 && LEAD_FILLERS.test(tokens[v].lower)) v--;
		const verb = tokens[v];
		if (!verb || !verb.tags.has('Verb') || verb.tags.has('Auxiliary') || BE.test(verb.lower))
			continue;
		// "X, which represents N farmers": the subject is the name before ", which".
		let subjectToks = subjectBefore(s, v);
		if (tokens[v - 1]?.lower === 'which' || tokens[v - 1]?.lower === 'who')
			subjectToks = subjectBefore(s, v - 1);
		if (!subjectToks.length || SUBJECT_STOP.test(subjectToks[0].lower)) continue;
		const subject = slice(s, subjectToks[0], subjectToks[subjectToks.length - 1]).replace(
			/[,;]+$/,
			''
		);
		const what = slice(s, nouns[0], nouns[nouns.length - 1]).replace(/[,.;:]+$/, '');
		const aux = /[^s]s$/.test(verb.lower) ? 'does' : verb.tags.has('PastTense') ? 'did' : 'do';
		// "closed at 24,997 points": the preposition stays with the verb ("close at").
		const at = tokens[m.from - 1]?.lower === 'at' && v < m.from - 1 ? ' at' : '';
		const question = `How many ${what} ${aux} ${inQuestion(subjectToks, subject)} ${baseForm(verb.text)}${at}${trailingContext(s, nouns[nouns.length - 1].i + 1)}?`;
		const key = `count|${foldName(subject)}|${foldName(what)}`;
		const claim = claimFor(s, m, key, question, `${capitalise(what)} of ${subject}`);
		// "dropped almost 100 points": the question's answer is "almost 100", not the round figure alone
		// (a gap still hides the figure only).
		// ("lasted just 56 minutes": "just" stresses an exact figure.)
		const hedge = tokens
			.slice(v + 1, m.from)
			.filter((t) => !/^(at|a|an|record|just|only)$/.test(t.lower));
		// "stretches over more than 1.5 million square feet": "over" there is the verb's.
		if (hedge.length > 1 && /^(over|under)$/.test(hedge[0].lower)) hedge.shift();
		if (hedge.length) {
			claim.answer = `${hedge.map((t) => t.text).join(' ')} ${claim.answer}`;
		}
		out.push(claim);
	}
	return out;
}

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
