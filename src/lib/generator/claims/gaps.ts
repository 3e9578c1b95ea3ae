/**
 * Gap candidates: the names a self-contained sentence states (people, organisations, places, named
 * things). They become cloze cards only where no question about them could be written.
 */
import type { TaggedSentence } from '../mentions';
import type { EntityIndex } from '../entities';
import type { AnswerType, Claim } from '../facts';

const GAP_KINDS: Record<string, AnswerType> = {
	person: 'person',
	org: 'org',
	place: 'place',
	thing: 'name',
	acronym: 'org'
};

/** One gap claim per distinct name in a sentence that stands alone. */
export function gapClaims(options: { sentence: TaggedSentence; entities: EntityIndex }): Claim[] {
	const { sentence: s, entities } = options;
	if (s.standalone === false) return [];
	const claims: Claim[] = [];
	const seen = new Set<string>();
	for (const m of s.mentions) {
		const e = entities.of(m);
		const type = e && GAP_KINDS[e.kind];
		if (!e || !type || seen.has(e.key)) continue;
		// A demonym or a one-letter name is no fact to learn.
		if (m.text.length < 3 || s.tokens[m.from]?.tags.has('Demonym')) continue;
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
