/**
 * The generator: articles in, a cited deck out.
 * clean → segment → find → extract → merge → write cards → cite. Pure TypeScript (Node and browser).
 */
import { DECK_FORMAT, DECK_VERSION, stableId, type Deck, type Source } from '../deck';
import { segmentText } from './text';
import { findMentions, recoverOpeningNames, type TaggedSentence } from './mentions';
import type { ReferenceDate } from './dates';
import { resolveEntities, type Entity } from './entities';
import { sourceSlip } from './fluency';
import { extractClaims } from './facts';
import { mergeClaims, type Fact } from './merge';
import { writeCards } from './cards';
import { wordingConflicts } from './wording';
import { storyLabels, withStoryContext } from './story-context';
import { tagSentences, tokensIn } from './tokens';
import { hasFiniteVerb } from './claims/gaps';

/** One article as a user gives it: the text, and what they know about it. */
export interface ArticleInput {
	text: string;
	id?: string;
	title?: string;
	url?: string;
	publisher?: string;
	/** ISO date YYYY-MM-DD. */
	date?: string;
	file?: string;
}

export interface GenerateOptions {
	sources: ArticleInput[];
	title?: string;
	deckId?: string;
	/** Fixed clock for reproducible output (createdAt); without it createdAt is left out. */
	now?: Date;
	/** Told what became of each fact: a card, or why not (for tuning the generator). */
	trace?: (fact: Fact, outcome: string) => void;
}

export interface GenerateStats {
	sources: number;
	sentences: number;
	mentions: number;
	facts: number;
	cards: number;
	conflicts: number;
	ms: number;
}

export interface GenerateResult {
	deck: Deck;
	stats: GenerateStats;
	warnings: string[];
}

export const GENERATOR_VERSION = '1';

/** The article's own date: given, from a metadata line, or from its dateline plus the latest year it mentions. */
function referenceDate(
	input: ArticleInput,
	seg: ReturnType<typeof segmentText>
): { ref: ReferenceDate; iso?: string } {
	const iso = input.date ?? seg.metadata.date;
	if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)) {
		const [year, month, day] = iso.split('-').map(Number);
		return { ref: { year, month, day }, iso };
	}
	// A dateline without a year ("NAIROBI, March 4") gives no weekday or year to resolve against:
	// guessing one would put wrong dates on cards.
	const d = seg.dateline;
	if (d?.month && d.year) return { ref: { year: d.year, month: d.month, day: d.day } };
	return { ref: {} };
}

function titleOf(input: ArticleInput, seg: ReturnType<typeof segmentText>): string {
	if (input.title?.trim()) return input.title.trim();
	if (seg.headline) return seg.headline.text;
	const first = seg.sentences[0]?.text ?? input.file ?? 'Untitled article';
	return first.length > 90 ? `${first.slice(0, 87).replace(/\s+\S*$/, '')}…` : first;
}

/**
 * Two articles tell the same story when they share several named things: at least four, and three tenths
 * of the smaller article's names. Only such articles can disagree with each other.
 */
function relatedSources(entities: Entity[]): (a: string, b: string) => boolean {
	const names = new Map<string, Set<string>>();
	for (const e of entities)
		for (const s of e.sources) {
			const set = names.get(s) ?? new Set();
			set.add(e.key);
			names.set(s, set);
		}
	const memo = new Map<string, boolean>();
	return (a, b) => {
		const key = a < b ? `${a}|${b}` : `${b}|${a}`;
		let hit = memo.get(key);
		if (hit === undefined) {
			const x = names.get(a) ?? new Set<string>();
			const y = names.get(b) ?? new Set<string>();
			const shared = [...x].filter((k) => y.has(k)).length;
			hit = shared >= 4 && shared >= 0.3 * Math.min(x.size, y.size);
			memo.set(key, hit);
		}
		return hit;
	};
}

/** Turns articles into a deck of cited cards. */
export function generateDeck({
	sources,
	title,
	deckId,
	now,
	trace
}: GenerateOptions): GenerateResult {
	const t0 = performance.now();
	const warnings: string[] = [];
	const deckSources: Source[] = [];
	const sentences: TaggedSentence[] = [];
	const ids = new Set<string>();
	const headlines = new Map<string, string>();
	for (const input of sources) {
		const seg = segmentText({ text: input.text });
		let id = input.id ?? stableId('src', input.file ?? '', seg.text);
		for (let n = 2; ids.has(id); n++) id = `${input.id ?? 'src'}-${n}`;
		ids.add(id);
		const { ref, iso } = referenceDate(input, seg);
		const source: Source = { id, title: titleOf(input, seg), text: seg.text };
		if (input.url) source.url = input.url;
		if (input.publisher) source.publisher = input.publisher;
		if (iso) source.date = iso;
		if (input.file) source.file = input.file;
		deckSources.push(source);
		const headline = input.title?.trim() || seg.headline?.text;
		if (headline) headlines.set(id, headline);
		const count = seg.sentences.length;
		if (!count) warnings.push(`${input.file ?? source.title}: no sentences found`);
		// Few parses per article (cheaper than one per sentence), each of bounded size.
		const all = tagSentences(seg.text, seg.sentences);
		let next = 0;
		seg.sentences.forEach((s, k) => {
			const slice = tokensIn(all, next, s.start, s.end);
			next = slice.next;
			sentences.push(
				findMentions({
					sourceId: id,
					index: s.index,
					start: s.start,
					text: s.text,
					position: count > 1 ? k / (count - 1) : 0,
					paragraph: s.paragraph,
					ref,
					tokens: slice.tokens
				})
			);
		});
	}
	recoverOpeningNames(sentences);
	const entities = resolveEntities({ sentences });
	const claims = extractClaims({ sentences, entities });
	// Tokens are done with: let them go before merging a large corpus.
	for (const s of sentences) {
		s.finite = hasFiniteVerb(s);
		s.slip = sourceSlip(s);
		s.tokens = [];
	}
	const related = relatedSources(entities.all());
	const labels = storyLabels(headlines);
	// The lead is the first sentence that says something (a dateline says nothing).
	for (const s of sentences) {
		const label = labels.get(s.sourceId);
		if (label && s.finite && (label.lead === undefined || s.index < label.lead))
			label.lead = s.index;
		if (label && label.lead !== undefined)
			(label.body ??= []).push({ index: s.index, text: s.text });
	}
	const facts = mergeClaims({ claims, related });
	const { cards, conflicts, needStory } = writeCards({
		facts,
		sources: deckSources,
		entities: entities.all(),
		labels,
		trace
	});
	for (const c of wordingConflicts({
		sentences,
		claims,
		sources: deckSources,
		cards,
		related
	}))
		conflicts.push(c);
	const shown = withStoryContext({ cards, labels, needStory });
	for (const s of deckSources)
		if (!shown.some((c) => c.citations.some((x) => x.source === s.id)))
			warnings.push(`no facts found in ${s.file ?? s.title}`);
	const deck: Deck = {
		format: DECK_FORMAT,
		version: DECK_VERSION,
		id: deckId ?? stableId('deck', ...deckSources.map((s) => s.id)),
		title: title ?? (deckSources.length === 1 ? deckSources[0].title : 'Untitled deck'),
		...(now ? { createdAt: now.toISOString() } : {}),
		generator: { name: 'citecards', version: GENERATOR_VERSION },
		sources: deckSources,
		cards: shown,
		conflicts
	};
	const ms = performance.now() - t0;
	return {
		deck,
		stats: {
			sources: deckSources.length,
			sentences: sentences.length,
			mentions: sentences.reduce((n, s) => n + s.mentions.length, 0),
			facts: facts.length,
			cards: shown.length,
			conflicts: conflicts.length,
			ms
		},
		warnings
	};
}
