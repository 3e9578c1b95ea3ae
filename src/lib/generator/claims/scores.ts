/**
 * The score of a game, asked of the result the sentence states: "Arsenal beat Chelsea 3-1" → "What was
 * the score when Arsenal beat Chelsea?"; "England were beaten 11-9 by Wales", "The States lost 39-31
 * against France", "… with a 40-13 victory over Scotland" the same way. Both sides must be named.
 */
import type { Token } from '../tokens';
import type { TaggedSentence } from '../mentions';
import type { EntityIndex } from '../entities';
import type { Claim } from '../facts';
import { foldWords } from '../evidence';
import { analyseClause, plainName, standsAlone, textOf, type Clause } from './clause';

const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const BEAT = /^(beat|defeated|thrashed|edged|overcame|outlasted|trounced|routed|hammered|crushed)$/;
const LOST_OR_DREW = /^(lost|drew)$/;
const RESULT_NOUNS = /^(win|victory|defeat|draw|loss|success|triumph|thrashing|drubbing)$/;
const SIDE_PREPOSITIONS = /^(over|against|by|to|with|at)$/;

/** "…, beating Redmont Rovers 3-1": the result as a past verb. */
const GERUND_RESULTS: Record<string, string> = {
	beating: 'beat',
	defeating: 'defeated',
	thrashing: 'thrashed',
	edging: 'edged',
	overcoming: 'overcame',
	outlasting: 'outlasted'
};

const isScore = (t: Token | undefined) => !!t && SCORE.test(t.text);

/** The score's tokens from `k` on: "6-3 4-6 6-1", with tie-breaks in brackets ("7-6 (7-2)"). */
function scoreRun(tokens: Token[], k: number): number {
	let n = k;
	while (isScore(tokens[n])) {
		n++;
		// A tie-break "(7-2)" is part of the set before it; compromise keeps it as its own token.
		if (/\(\s*$/.test(tokens[n - 1].post) && isScore(tokens[n])) n++;
		if (/[,;:.]/.test(tokens[n - 1].post.replace(/[()]/g, ''))) break;
	}
	return n;
}

/** A named side starting at token k ("the", then a name the article knows). */
function sideAt(
	s: TaggedSentence,
	ents: EntityIndex,
	k: number
): { name: string; to: number } | undefined {
	let from = s.tokens[k]?.lower === 'the' ? k + 1 : k;
	// "victory over Argentine David Nalbandian": a nationality before the name is the side's too.
	if (s.tokens[from]?.tags.has('Demonym') && !s.mentions.some((x) => x.from === from)) from++;
	const m = s.mentions.find((x) => x.from === from);
	const e = m && ents.of(m);
	if (!m || !e || !['person', 'org', 'place', 'thing', 'acronym'].includes(e.kind))
		return undefined;
	return { name: textOf(s, k, m.to), to: m.to };
}

function scoreClaim(c: Clause, question: string, from: number, to: number): Claim {
	const tokens = c.s.tokens;
	// "7-6 (8-6)": the tie-break's closing bracket is after its last token.
	const run = textOf(c.s, from, to);
	const after = c.s.text.slice(tokens[to - 1].end - c.s.start);
	const closes = run.split('(').length > run.split(')').length && /^\s*\)/.test(after);
	const end = tokens[to - 1].end + (closes ? after.indexOf(')') + 1 : 0);
	const answer = c.s.text.slice(tokens[from].start - c.s.start, end - c.s.start);
	const key = `clause|score|${foldWords(question).join(' ')}`;
	return {
		key,
		factKey: key,
		kind: 'score',
		type: 'definition',
		question,
		answer: answer.replace(/[\s(]+$/, ''),
		norm: answer.replace(/\s+/g, ' ').replace(/–/g, '-'),
		subject: question,
		sentence: c.s,
		highlight: { start: tokens[from].start, end },
		// The score is what a reader of a match report is asked first.
		weight: 1.4
	};
}

/** The score questions a sentence's main clause supports (at most one). */
export function scoreClaims(options: {
	sentence: TaggedSentence;
	entities: EntityIndex;
	opensQuoted: boolean;
}): Claim[] {
	const { sentence: s, entities: ents, opensQuoted } = options;
	if (!s.tokens.some(isScore)) return [];
	const c = analyseClause({ s, entities: ents, opensQuoted });
	if (!c || c.names.length !== 1 || c.negated || c.modal) return [];
	const tokens = s.tokens;
	// "the States" as the text has it; "Joachim Johansson" in full.
	const ref = c.names[0];
	const the = tokens[ref.mention.from - 1]?.lower === 'the' ? 'the ' : '';
	const subject = `${the}${plainName(ref.entity.name)}`;
	const main = tokens[c.main];
	const verbText = textOf(s, c.verb, c.main + 1);
	// "What was the score when Arsenal beat …?": a verb group ("have beaten") would not read.
	const simple = c.verb === c.main;
	const ask = (q: string, from: number, to: number, upTo: number) =>
		standsAlone(c, c.main, upTo) ? [scoreClaim(c, `What was the score when ${q}?`, from, to)] : [];

	// "Arsenal beat Chelsea 3-1", "Hrbaty defeated the 10th seed 7-6 6-4" (the side must be named).
	if (BEAT.test(main.lower) && simple) {
		const other = sideAt(s, ents, c.main + 1);
		if (other && isScore(tokens[other.to])) {
			const end = scoreRun(tokens, other.to);
			return ask(`${subject} ${verbText} ${other.name}`, other.to, end, other.to);
		}
	}
	// "England were beaten 11-9 by Wales".
	const passive = /^(beaten|defeated|thrashed|edged|held)$/.test(main.lower) && c.verb < c.main;
	if (passive && isScore(tokens[c.main + 1])) {
		const end = scoreRun(tokens, c.main + 1);
		const by = tokens[end]?.lower === 'by' ? sideAt(s, ents, end + 1) : undefined;
		if (by) return ask(`${subject} ${verbText} by ${by.name}`, c.main + 1, end, by.to);
	}
	// "The States lost 39-31 against France", "Chelsea drew 2-2 with Everton".
	if (LOST_OR_DREW.test(main.lower) && simple && isScore(tokens[c.main + 1])) {
		const end = scoreRun(tokens, c.main + 1);
		const prep = tokens[end];
		const other =
			prep && /^(to|against|with|at)$/.test(prep.lower) ? sideAt(s, ents, end + 1) : undefined;
		if (other)
			return ask(`${subject} ${verbText} ${prep.lower} ${other.name}`, c.main + 1, end, other.to);
	}
	// "Harbour City won the cup, beating Redmont Rovers 3-1 in the final".
	for (let k = c.main + 1; k < tokens.length - 2; k++) {
		const past = GERUND_RESULTS[tokens[k].lower];
		if (!past || !/,\s*$/.test(tokens[k - 1].post)) continue;
		const other = sideAt(s, ents, k + 1);
		if (!other || !isScore(tokens[other.to])) break;
		const end = scoreRun(tokens, other.to);
		return [
			scoreClaim(c, `What was the score when ${subject} ${past} ${other.name}?`, other.to, end)
		];
	}
	// "… with an impressive 40-13 victory over Scotland", "Arsenal suffered a 3-1 defeat against Bayern".
	for (let k = c.main + 1; k < c.end; k++) {
		if (!isScore(tokens[k])) continue;
		const end = scoreRun(tokens, k);
		const noun = tokens[end];
		const prep = tokens[end + 1];
		if (!noun || !RESULT_NOUNS.test(noun.lower) || !prep || !SIDE_PREPOSITIONS.test(prep.lower))
			break;
		const before = tokens[k - 1];
		const owned =
			/^(a|an|the|their|his|her|its)$/.test(before.lower) || before.tags.has('Adjective');
		const other = owned ? sideAt(s, ents, end + 2) : undefined;
		if (!other) break;
		const question = `What was the score in ${subject}'s ${noun.lower} ${prep.lower} ${other.name}?`;
		return [scoreClaim(c, question, k, end)];
	}
	return [];
}
