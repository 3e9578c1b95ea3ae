/**
 * Writing cards from merged facts: question/answer, multiple choice with same-type distractors from the
 * articles, and cloze cards from key sentences; ranked, near-duplicates dropped, every card cited.
 */
import { stableId, type Card, type Citation, type Conflict, type Source } from '../deck';
import type { Claim } from './facts';
import type { Fact, Variant } from './merge';
import type { Entity } from './entities';
import { foldText } from './text';

const MAX_ANSWER_WORDS = 8;
const MAX_DEFINITION_WORDS = 25;
const MAX_CLOZE_WORDS = 45;

/** Lower-case, accent-free words, "%"-aware, for checking what a text states. */
export function foldWords(text: string): string[] {
	return foldText(text)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''))
		.replace(/\s*(?:per\s?cent|percent)\b/g, '%')
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/[’']s\b/g, '')
		.split(/[^\p{L}\p{N}%$€£.]+/u)
		.map((w) => w.replace(/^\.+|\.+$/g, ''))
		.filter(Boolean);
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'by', 'to', 'for']);

/** Does `text` state every meaningful word of `answer`? */
export function states(text: string, answer: string): boolean {
	const have = new Set(foldWords(text));
	const want = foldWords(answer).filter((w) => !STOP.has(w));
	return want.length > 0 && want.every((w) => have.has(w));
}

/** Does the question give the answer away (the answer's words appear in it as a run)? */
function givesAway(question: string, answer: string): boolean {
	const q = ` ${foldWords(question).join(' ')} `;
	const a = foldWords(answer).join(' ');
	return a.length > 0 && q.includes(` ${a} `);
}

interface SourceText {
	id: string;
	text: string;
}

function sentenceCitation(claim: Claim, source: SourceText): Citation {
	const s = claim.sentence;
	return {
		source: s.sourceId,
		start: s.start,
		end: s.end,
		quote: source.text.slice(s.start, s.end),
		highlight:
			claim.highlight.start >= s.start && claim.highlight.end <= s.end ? claim.highlight : undefined
	};
}

/** One citation per source, from claims whose sentence states the answer. */
function citationsFor(
	variant: Variant,
	answer: string,
	sources: Map<string, SourceText>
): Citation[] {
	const seen = new Set<string>();
	const out: Citation[] = [];
	const ordered = [...variant.claims].sort(
		(a, b) => a.sentence.position - b.sentence.position || a.sentence.start - b.sentence.start
	);
	for (const c of ordered) {
		if (seen.has(c.sentence.sourceId)) continue;
		const source = sources.get(c.sentence.sourceId);
		if (!source || !statesClaim(c, answer)) continue;
		seen.add(c.sentence.sourceId);
		out.push(sentenceCitation(c, source));
	}
	return out;
}

function statesClaim(c: Claim, answer: string): boolean {
	if (states(c.sentence.text, answer)) return true;
	// People are recognisable by surname: "Hegseth said" states "Pete Hegseth".
	if (c.type === 'person' || c.type === 'people') {
		const names = answer.split(/,\s*|\s+and\s+/);
		return names.every((n) => states(c.sentence.text, n.trim().split(/\s+/).pop() ?? n));
	}
	// A resolved date ("Friday 31 October 2025") is stated by a sentence saying "on Friday".
	if (c.type === 'date' && c.date)
		return (
			states(
				c.sentence.text,
				c.sentence.text.slice(
					c.highlight.start - c.sentence.start,
					c.highlight.end - c.sentence.start
				)
			) && foldWords(answer).some((w) => foldWords(c.sentence.text).includes(w))
		);
	return false;
}

/** Values of the same type found anywhere in the deck, to offer as wrong choices. */
export interface DistractorPools {
	byType: Map<string, Array<{ value: string; norm: string; sources: Set<string> }>>;
}

/** Builds distractor pools from entities and every fact's answers. */
export function buildPools(options: { facts: Fact[]; entities: Entity[] }): DistractorPools {
	const byType = new Map<string, Array<{ value: string; norm: string; sources: Set<string> }>>();
	const add = (type: string, value: string, norm: string, sources: Set<string>) => {
		const list = byType.get(type) ?? [];
		if (!list.some((x) => x.norm === norm || x.value.toLowerCase() === value.toLowerCase()))
			list.push({ value, norm, sources });
		byType.set(type, list);
	};
	// People are offered as choices only when some fact shows them acting or holding a title.
	const actors = new Set<string>();
	for (const f of options.facts)
		if (f.type === 'person' || f.type === 'people')
			for (const v of f.variants) v.norm.split('+').forEach((k) => actors.add(k));
	for (const e of options.entities) {
		if (e.kind === 'person' && e.name.includes(' ') && actors.has(e.key))
			add('person', e.name, e.key, e.sources);
		if (e.kind === 'place') add('place', e.name, e.key, e.sources);
		if ((e.kind === 'thing' || e.kind === 'org') && e.name.split(' ').length >= 2)
			add('name', e.name, e.key, e.sources);
	}
	for (const f of options.facts)
		for (const v of f.variants) {
			const type = f.type === 'people' ? 'people' : f.type === 'places' ? 'places' : f.type;
			if (
				[
					'date',
					'percent',
					'money',
					'duration',
					'count',
					'role',
					'name',
					'people',
					'places'
				].includes(type)
			)
				add(type, v.answer, v.norm, v.sources);
		}
	return { byType };
}

/** A small deterministic hash for ordering choices. */
function hash(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
	return h;
}

function nearbyNumbers(answer: string): string[] {
	const m = /^([^\d]*)(\d+(?:\.\d+)?)(.*)$/.exec(answer);
	if (!m) return [];
	const n = Number(m[2]);
	const decimals = m[2].includes('.') ? m[2].split('.')[1].length : 0;
	const steps = n >= 10 ? [0.5, 1.5, 2, 0.8, 1.2] : [2, 3, 0.5, 4];
	return steps
		.map((k) => Number((n * k).toFixed(decimals)))
		.filter((x) => x > 0 && x !== n)
		.map((x) => `${m[1]}${x}${m[3]}`);
}

function distractorsFor(fact: Fact, answer: string, pools: DistractorPools): string[] | null {
	const pool = pools.byType.get(fact.type) ?? [];
	const factSources = new Set(fact.variants.flatMap((v) => [...v.sources]));
	const wrong = (value: string, norm: string) => {
		if (fact.variants.some((v) => v.norm === norm)) return false;
		const fv = foldWords(value).join(' ');
		if (fact.variants.some((v) => foldWords(v.answer).join(' ') === fv)) return false;
		// No alias or part of a correct answer, no choice containing a correct one.
		if (fact.variants.some((v) => states(value, v.answer) || states(v.answer, value))) return false;
		if (givesAway(fact.question, value)) return false;
		return true;
	};
	// Same precision as the answer first ("August 2024" among months, not years).
	const shape = (v: string) => v.replace(/\d+/g, '9').replace(/\p{L}+/gu, 'a');
	const answerShape = shape(answer);
	const candidates = pool
		.filter((x) => wrong(x.value, x.norm))
		.sort(
			(a, b) =>
				Number(shape(b.value) === answerShape) - Number(shape(a.value) === answerShape) ||
				Number([...b.sources].some((s) => factSources.has(s))) -
					Number([...a.sources].some((s) => factSources.has(s))) ||
				hash(fact.key + a.norm) - hash(fact.key + b.norm)
		)
		.map((x) => x.value);
	if (candidates.length < 3 && ['percent', 'money', 'count', 'duration'].includes(fact.type))
		for (const n of nearbyNumbers(answer))
			if (!candidates.includes(n) && wrong(n, n)) candidates.push(n);
	const picked: string[] = [];
	for (const c of candidates) {
		if (picked.some((p) => p.toLowerCase() === c.toLowerCase() || states(p, c) || states(c, p)))
			continue;
		if (c.toLowerCase() === answer.toLowerCase()) continue;
		picked.push(c);
		if (picked.length === 3) return picked;
	}
	return null;
}

function mcqQuestion(question: string, type: string): string {
	if (/^Who /.test(question)) return question.replace(/^Who /, 'Which of these people ');
	if (/^Which countries /.test(question))
		return question.replace(/^Which countries /, 'Which pair of countries ');
	if (/^Where /.test(question)) return `Choose the place: ${question.replace(/^W/, 'w')}`;
	if (/^When /.test(question)) return `Choose the date: ${question.replace(/^W/, 'w')}`;
	if (type === 'percent' || type === 'money')
		return `Choose the figure: ${question.replace(/^W/, 'w')}`;
	return `Choose one: ${question.replace(/^W/, 'w')}`;
}

export interface CardOutput {
	cards: Card[];
	conflicts: Conflict[];
}

/** Writes the deck's cards and disagreements from merged facts. */
export function writeCards(options: {
	facts: Fact[];
	sources: Source[];
	entities: Entity[];
}): CardOutput {
	const { facts, entities } = options;
	const sources = new Map(options.sources.map((s) => [s.id, s]));
	const pools = buildPools({ facts, entities });
	const centrality = new Map(
		entities.map((e) => [e.key, Math.min(e.mentions, 10) / 10 + e.sources.size / 2])
	);
	const conflicts: Conflict[] = [];
	const scored: Array<{ card: Card; rank: number }> = [];
	const clozeSentences = new Set<string>();
	const questions = new Set<string>();

	const ordered = [...facts].sort((a, b) => rankOf(b) - rankOf(a) || a.key.localeCompare(b.key));
	function rankOf(f: Fact): number {
		const support = f.variants[0].sources.size;
		const central = Math.max(
			0,
			...f.variants[0].norm.split('+').map((k) => centrality.get(k) ?? 0)
		);
		return f.weight + support * 1.5 + (1 - f.position) * 2 + central + (f.disputed ? 1 : 0);
	}

	for (const fact of ordered) {
		const rank = Math.round(rankOf(fact) * 1000) / 1000;
		const main = fact.variants[0];
		const answer = main.answer.trim();
		const maxWords = fact.type === 'definition' ? MAX_DEFINITION_WORDS : MAX_ANSWER_WORDS;
		if (!answer || answer.split(/\s+/).length > maxWords) continue;
		const citations = citationsFor(main, answer, sources);
		const tags = [fact.kind];
		let conflictIds: string[] | undefined;
		if (fact.disputed) {
			const variants = fact.variants
				.map((v) => ({ value: v.answer, citations: citationsFor(v, v.answer, sources) }))
				.filter((v) => v.citations.length);
			if (variants.length >= 2) {
				const id = stableId('conflict', fact.key);
				conflicts.push({ id, subject: fact.subject, variants });
				conflictIds = [id];
				tags.push('disputed');
			}
		}
		const base = {
			factId: fact.factKey,
			kind: fact.kind,
			support: new Set(citations.map((c) => c.source)).size || undefined,
			conflicts: conflictIds,
			accept: [...new Set(main.claims.flatMap((c) => c.accept ?? []).filter((a) => a !== answer))]
		};
		if (!base.accept.length) delete (base as { accept?: string[] }).accept;
		if (!conflictIds) delete (base as { conflicts?: string[] }).conflicts;

		if (!fact.clozeOnly && citations.length && !givesAway(fact.question, answer)) {
			const q = fact.question;
			if (!questions.has(q)) {
				questions.add(q);
				scored.push({
					card: {
						id: stableId('card', fact.key, 'qa'),
						type: 'qa',
						question: q,
						answer,
						citations,
						tags,
						...base,
						rank
					},
					rank
				});
				const wrong = fact.type === 'definition' ? null : distractorsFor(fact, answer, pools);
				const mq = mcqQuestion(q, fact.type);
				if (wrong && !questions.has(mq)) {
					questions.add(mq);
					const choices = [answer, ...wrong].sort(
						(a, b) => hash(fact.key + a) - hash(fact.key + b)
					);
					scored.push({
						card: {
							id: stableId('card', fact.key, 'mcq'),
							type: 'mcq',
							question: mq,
							answer,
							choices,
							citations,
							tags,
							...base,
							rank: rank - 0.01
						},
						rank: rank - 0.01
					});
				}
			}
		}

		// A cloze from the best sentence that states the answer where it is highlighted.
		const clozeClaim = main.claims.find((c) => {
			const s = c.sentence;
			const hidden = s.text.slice(c.highlight.start - s.start, c.highlight.end - s.start);
			return (
				c.highlight.start >= s.start &&
				c.highlight.end <= s.end &&
				hidden.trim().length > 1 &&
				// The gap hides the answer and nothing else ("his counterpart" stays visible).
				foldWords(hidden).every((w) => STOP.has(w) || foldWords(answer).includes(w)) &&
				hidden.split(/\s+/).length <= MAX_ANSWER_WORDS &&
				s.text.split(/\s+/).length <= MAX_CLOZE_WORDS &&
				!clozeSentences.has(`${s.sourceId}:${s.start}`)
			);
		});
		if (clozeClaim && (fact.clozeOnly ? fact.position < 0.7 : true)) {
			const s = clozeClaim.sentence;
			const from = clozeClaim.highlight.start - s.start;
			const to = clozeClaim.highlight.end - s.start;
			const hidden = s.text.slice(from, to);
			const question = `${s.text.slice(0, from)}[…]${s.text.slice(to)}`;
			const source = sources.get(s.sourceId);
			if (source && !givesAway(question, hidden) && !questions.has(question)) {
				questions.add(question);
				clozeSentences.add(`${s.sourceId}:${s.start}`);
				const clozeRank = rank - (fact.clozeOnly ? 1.5 : 0.02);
				scored.push({
					card: {
						id: stableId('card', fact.key, 'cloze'),
						type: 'cloze',
						question,
						answer: hidden,
						cloze: { text: s.text, blanks: [{ start: from, end: to }] },
						citations: [sentenceCitation(clozeClaim, source)],
						tags,
						factId: fact.factKey,
						kind: fact.kind,
						support: 1,
						rank: clozeRank
					},
					rank: clozeRank
				});
			}
		}
	}
	scored.sort((a, b) => b.rank - a.rank || a.card.id.localeCompare(b.card.id));
	const seen = new Set<string>();
	const cards = scored
		.map((x) => x.card)
		.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
	return { cards, conflicts };
}
