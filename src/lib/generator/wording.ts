/**
 * Where reports of one story quote the same person in different words ("a free, open and rules-based
 * Indo-Pacific" against "… rules-bound Indo-Pacific"): each wording becomes a variant of a disagreement,
 * cited, and the cards that rest on those sentences show it.
 */
import { stableId, type Card, type Citation, type Conflict, type Source } from '../deck';
import type { Claim } from './facts';
import type { TaggedSentence } from './mentions';
import { leavesQuoteOpen } from './claims/clause';
import { foldWords } from './evidence';

/** Words of a quotation compared across spellings: "defence" = "defense", "organise" = "organize". */
function wordsOf(text: string): string[] {
	return foldWords(text.replace(/[’‘]/g, "'")).map((w) =>
		w
			.replace(/ence$/, 'ense')
			.replace(/our$/, 'or')
			.replace(/is(e|ed|ing)$/, 'iz$1')
	);
}

/** The quoted words of a sentence, or the sentence itself when it is all quotation. */
function quotation(text: string): string {
	const m = /[“"]([^“”"]{15,})[”"]?/u.exec(text);
	if (m) return m[1].trim().replace(/[,.]$/, '');
	// The last sentence of a quotation: up to its closing mark ("…region,” Singh said.").
	const end = text.search(/[”"]/);
	return (end > 0 ? text.slice(0, end) : text).trim().replace(/[,.]$/, '');
}

function overlap(a: string[], b: string[]): number {
	const x = new Set(a);
	const y = new Set(b);
	const shared = [...x].filter((w) => y.has(w)).length;
	return shared / Math.max(1, Math.min(x.size, y.size));
}

/** Disagreements in how related sources quote the same words; the cards citing them are marked. */
export function wordingConflicts(options: {
	sentences: TaggedSentence[];
	claims: Claim[];
	sources: Source[];
	cards: Card[];
	related: (a: string, b: string) => boolean;
}): Conflict[] {
	const { claims, cards, related } = options;
	const texts = new Map(options.sources.map((s) => [s.id, s.text]));
	// Who said each quoted sentence, where a quotation claim says so.
	const speakerOf = new Map<TaggedSentence, string>();
	for (const c of claims) if (c.kind === 'speaker') speakerOf.set(c.sentence, c.answer);
	// Quoted sentences of some length, with their words.
	const quoted: Array<{ s: TaggedSentence; words: string[] }> = [];
	let open = false;
	let source = '';
	for (const s of options.sentences) {
		if (s.sourceId !== source) [source, open] = [s.sourceId, false];
		const inQuote = open || /["“”]/.test(s.text);
		open = leavesQuoteOpen(s.text, open);
		const words = wordsOf(quotation(s.text));
		if (inQuote && words.length >= 8) quoted.push({ s, words });
	}
	const conflicts: Conflict[] = [];
	const done = new Set<TaggedSentence>();
	for (const a of quoted) {
		if (done.has(a.s)) continue;
		// The same words as other reports of the story give them.
		const group = quoted.filter(
			(b) =>
				!done.has(b.s) &&
				(b === a ||
					(b.s.sourceId !== a.s.sourceId &&
						related(a.s.sourceId, b.s.sourceId) &&
						overlap(a.words, b.words) >= 0.75))
		);
		group.forEach((g) => done.add(g.s));
		const wordings = new Map<string, TaggedSentence[]>();
		for (const g of group) {
			const key = g.words.join(' ');
			wordings.set(key, [...(wordings.get(key) ?? []), g.s]);
		}
		// A shorter quotation of the same words is no different wording.
		const keys = [...wordings.keys()];
		const contained = keys.some((x) => keys.some((y) => x !== y && y.includes(x)));
		if (wordings.size < 2 || (wordings.size === 2 && contained)) continue;
		const variants = [...wordings.values()].map((list) => ({
			value: quotation(list[0].text),
			citations: list
				.filter((c, i) => list.findIndex((o) => o.sourceId === c.sourceId) === i)
				.map((s): Citation => ({
					source: s.sourceId,
					start: s.start,
					end: s.end,
					quote: (texts.get(s.sourceId) ?? '').slice(s.start, s.end)
				}))
		}));
		const speaker = group.map((g) => speakerOf.get(g.s)).find(Boolean);
		const id = stableId('conflict', 'wording', variants[0].value);
		conflicts.push({
			id,
			subject: speaker ? `Wording of ${speaker}'s words` : 'Wording of a quotation',
			variants
		});
		const cited = new Set(group.map((g) => `${g.s.sourceId}:${g.s.start}`));
		for (const card of cards)
			if (card.citations.some((c) => cited.has(`${c.source}:${c.start}`)))
				card.conflicts = [...new Set([...(card.conflicts ?? []), id])];
	}
	return conflicts;
}
