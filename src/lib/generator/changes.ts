/**
 * Figures that move: "X cut its rate from 4% to 3.5%", "prices rose 2.1% in the year to March",
 * "trade was worth $640 million". Each becomes a question asked the way a teacher would ask it.
 */
import nlp from 'compromise';
import type { Claim } from './facts';
import type { Mention, TaggedSentence } from './mentions';
import { foldName } from './mentions';
import { breaksAfter, type Token } from './tokens';

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
offer offers offered offering lend lent`.split(/\s+/)
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

const IRREGULAR: Record<string, string> = {
	rose: 'rise',
	fell: 'fall',
	grew: 'grow',
	shrank: 'shrink',
	cut: 'cut',
	hit: 'hit',
	lost: 'lose',
	won: 'win'
};

const lemmas = new Map<string, string>();

function lemma(word: string): string {
	const w = word.toLowerCase();
	if (IRREGULAR[w]) return IRREGULAR[w];
	const known = lemmas.get(w);
	if (known) return known;
	const found = infinitive(w);
	if (lemmas.size < 10_000) lemmas.set(w, found);
	return found;
}

function infinitive(w: string): string {
	const doc = nlp(w) as unknown as { verbs(): { toInfinitive(): { text(): string } } };
	return doc.verbs().toInfinitive().text().toLowerCase() || w;
}

const figureKinds = new Set(['percent', 'money', 'count']);
const slice = (s: TaggedSentence, a: Token, b: Token) =>
	s.text.slice(a.start - s.start, b.end - s.start);

/** The noun phrase that ends right before token `v`: the clause's subject. */
function subjectBefore(s: TaggedSentence, v: number): Token[] {
	const out: Token[] = [];
	for (let k = v - 1; k >= 0 && out.length < 8; k--) {
		const t = s.tokens[k];
		if (breaksAfter(t) && out.length) break;
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
	while (out.length && /^(of|between|and|on|in|for)$/.test(out[0].lower)) out.shift();
	return out;
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
	const claims: Claim[] = [];
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
		const gerund = /ing$/.test(v.lower);
		let k = i + 1;
		const objectToks: Token[] = [];
		while (k < tokens.length && objectToks.length < 8 && !worth) {
			const t = tokens[k];
			if (figureAt(k) || /^(from|by|to)$/.test(t.lower) || FILLERS.has(t.lower)) break;
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
			.filter((m) => m.to <= i && ['org', 'person', 'thing', 'place'].includes(m.kind))
			.pop();
		let named = false;
		if (amount && giver && (!subject || SUBJECT_STOP.test(subject.toLowerCase()) || gerund)) {
			subject = giver.text;
			named = true;
		}
		if (!subject || SUBJECT_STOP.test(subject.toLowerCase())) return;
		if (objectToks.length && !object) return;
		lastSubject = subject;
		if (object) lastObject = object;
		// Figures after the verb, each with the word that introduces it.
		const found: Array<{ m: Mention; role: 'to' | 'from' | 'by' | 'plain' }> = [];
		for (let j = k; j < Math.min(tokens.length, k + 12); j++) {
			const m = figureAt(j);
			if (!m) continue;
			let p = j - 1;
			while (p >= k && FILLERS.has(tokens[p].lower) && !/^(to|from|by)$/.test(tokens[p].lower)) p--;
			const intro = tokens[p]?.lower;
			const role = intro === 'to' || intro === 'from' || intro === 'by' ? intro : 'plain';
			if (role === 'plain' && found.length) break;
			found.push({ m, role });
			j = m.to - 1;
			if (role === 'plain' || role === 'by') break;
		}
		if (!found.length) return;
		const last = found[found.length - 1].m;
		const context = trailingContext(s, last.to);
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
		const base = worth ? '' : perfect ? v.text.toLowerCase() : lemma(v.text);
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
				answer: m.kind === 'money' && /^\p{L}/u.test(m.text) ? m.norm : m.text.replace(/[.,]$/, ''),
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
