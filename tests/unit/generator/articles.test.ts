/**
 * Holds the generator to account on real-looking news: hand-written articles with known facts, the five
 * seed articles, two reports of one treaty that partly disagree, and the whole BBC corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDeck, type Card, type Conflict, type Deck } from '../../../src/lib/deck';
import { generateDeck, type ArticleInput, type GenerateResult } from '../../../src/lib/generator';
import { BBC_DIR, describeCorpus } from '../../fixtures/corpus';
import {
	cardRuleViolations,
	clozeAnswers,
	listCards,
	summariseDeck
} from '../../fixtures/card-rules';
import {
	disagreementExpectations,
	expectationsFor,
	wrongCardsFor,
	type AskAnswer,
	type CardExpectation,
	type DisagreementExpectation
} from '../../fixtures/expectations';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ARTICLES_DIR = join(ROOT, 'tests/fixtures/articles');
const SEEDS_DIR = join(ROOT, 'seeds');
const NOW = new Date('2025-12-01T12:00:00Z');

/** Each article with the date a user would give for it (the datelines name no year). */
const ARTICLE_DATES: Record<string, string> = {
	'trade-deal': '2025-03-04',
	'rate-decision': '2025-01-16',
	'telescope-discovery': '2025-09-09',
	'cup-final': '2025-05-24',
	'election-result': '2025-10-06',
	'company-merger': '2025-02-11',
	'treaty-a': '2025-06-12',
	'treaty-b': '2025-06-13'
};
const ARTICLES = Object.keys(ARTICLE_DATES);

const article = (name: string): ArticleInput => ({
	id: name,
	date: ARTICLE_DATES[name],
	text: readFileSync(join(ARTICLES_DIR, `${name}.txt`), 'utf8')
});

const seeds = (): ArticleInput[] =>
	readdirSync(SEEDS_DIR)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS_DIR, f), 'utf8') }));

interface DeckCase {
	name: string;
	sources: () => ArticleInput[];
	/** Fewest cards a deck of this size should have. */
	minCards: number;
}

const CASES: DeckCase[] = [
	...ARTICLES.map((name) => ({
		name,
		sources: () => [article(name)],
		minCards: name === 'telescope-discovery' ? 5 : 6
	})),
	{ name: 'seeds', sources: seeds, minCards: 20 },
	{ name: 'treaty-pair', sources: () => [article('treaty-a'), article('treaty-b')], minCards: 10 }
];

const run = (sources: ArticleInput[]): GenerateResult =>
	generateDeck({ sources, title: 'Test deck', now: NOW });

/** Whether one card is this question/answer pair; cloze cards are matched on their sentence and blanks. */
/** What a card asks: a gap shown after the sentence before it asks only of its own sentence. */
function asked(card: Card, text: string): string {
	const lead = card.type === 'cloze' && card.citations.length > 1 ? card.citations[0].quote : '';
	return lead && text.startsWith(lead) ? text.slice(lead.length).trim() : text;
}

function cardIs(card: Card, e: AskAnswer): boolean {
	const questions = [card.question, ...(card.cloze ? [card.cloze.text] : [])].map((q) =>
		asked(card, q)
	);
	const answers = [card.answer, ...(card.type === 'cloze' ? [clozeAnswers(card).join(' ')] : [])];
	return questions.some((q) => e.ask.test(q)) && answers.some((a) => e.answer.test(a));
}

/** Why an expectation is not met by the deck, or undefined when it is. */
function unmet(deck: Deck, e: CardExpectation): string | undefined {
	const label = `${e.type ? `[${e.type}] ` : ''}${e.ask} -> ${e.answer}${e.or ? ` (or ${e.or.map((o) => `${o.ask} -> ${o.answer}`).join('; ')})` : ''}`;
	const matching = deck.cards.filter(
		(c) => (!e.type || c.type === e.type) && [e, ...(e.or ?? [])].some((alt) => cardIs(c, alt))
	);
	if (!matching.length) return `missing: ${label}`;
	if (e.support && !matching.some((c) => (c.support ?? 1) >= e.support!))
		return `support below ${e.support}: ${label} (got ${matching.map((c) => c.support ?? 1).join(', ')})`;
	if (e.conflicted && !matching.some((c) => c.conflicts?.length))
		return `not marked as disputed: ${label}`;
	return undefined;
}

/** Why an expected disagreement is absent from the deck, or undefined when it is there. */
function missingConflict(deck: Deck, e: DisagreementExpectation): string | undefined {
	const label = `${e.subject} with values ${e.values.join(' vs ')}`;
	const sourceIds = new Set(deck.sources.map((s) => s.id));
	const bySource =
		e.articles.length === e.values.length && e.articles.every((a) => sourceIds.has(a));
	const fits = (c: Conflict) => {
		if (!e.subject.test(c.subject)) return false;
		const used = new Set<number>();
		return e.values.every((pattern, i) => {
			const v = c.variants.findIndex(
				(variant, j) =>
					!used.has(j) &&
					pattern.test(variant.value) &&
					(!bySource || variant.citations.some((cit) => cit.source === e.articles[i]))
			);
			if (v < 0) return false;
			used.add(v);
			return true;
		});
	};
	if (deck.conflicts.some(fits)) return undefined;
	const have = deck.conflicts
		.map((c) => `  ${c.subject}: ${c.variants.map((v) => v.value).join(' | ')}`)
		.join('\n');
	return `missing disagreement ${label}; the deck has:\n${have || '  (none)'}`;
}

/**
 * Share of each deck's expected cards the generator must produce: re-measured 2026-12-01 and rounded
 * down, when weak question forms ("Where …?", "What …?", "How much …?", a title and its holder, any
 * question of eight words or fewer; reviewers kept about a quarter of them on real news) became their
 * sentence's gap. Most expectations here are worded as questions, so a fact now asked as a gap no
 * longer meets them; the answer keys of ../shared/eval, which match gaps, measure coverage. Raise these
 * as the generator improves; lower them only when the kind of card a fact is asked as changes again.
 */
const COVERAGE: Record<string, number> = {
	seeds: 0.6,
	'trade-deal': 0.45,
	'rate-decision': 0.35,
	'telescope-discovery': 0.25,
	'cup-final': 0.25,
	'election-result': 0.3,
	'company-merger': 0.25,
	'treaty-a': 0.4,
	'treaty-b': 0.4,
	'treaty-pair': 0.5
};

describe.each(CASES)('generateDeck on $name', ({ name, sources, minCards }) => {
	let result: GenerateResult;
	let deck: Deck;
	beforeAll(() => {
		result = run(sources());
		deck = result.deck;
	});

	it('produces a valid deck with enough cards', () => {
		const parsed = parseDeck(deck);
		expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
		expect(deck.sources.map((s) => s.id)).toEqual(sources().map((s) => s.id));
		expect(deck.cards.length, summariseDeck(deck)).toBeGreaterThanOrEqual(minCards);
		expect(result.stats.cards).toBe(deck.cards.length);
		expect(result.stats.conflicts).toBe(deck.conflicts.length);
	});

	it('breaks no card rule', () => {
		const violations = cardRuleViolations(deck);
		expect(violations, `${summariseDeck(deck)}\n${violations.join('\n')}`).toEqual([]);
	});

	// The expectations are the full list a teacher would write; the generator is held to a share of
	// them that only rises (see COVERAGE), and every unmet one is listed when it falls short.
	it('has the cards a teacher would expect', () => {
		const expected = expectationsFor(name);
		expect(expected.length).toBeGreaterThan(0);
		const problems = expected.map((e) => unmet(deck, e)).filter((p): p is string => !!p);
		const met = (expected.length - problems.length) / expected.length;
		expect(
			met,
			`${problems.length} of ${expected.length} expectations unmet:\n${problems.join('\n')}\n\n${summariseDeck(deck)}\n${listCards(deck)}`
		).toBeGreaterThanOrEqual(process.env.CITECARDS_ALL_EXPECTATIONS ? 1 : (COVERAGE[name] ?? 0.5));
	});

	it.runIf(wrongCardsFor(name).length > 0)(
		'asks no question with a wrong answer a reader could mistake for the fact',
		() => {
			const wrong = wrongCardsFor(name).flatMap((e) =>
				deck.cards
					.filter((c) => cardIs(c, e))
					.map((c) => `${c.question} -> ${c.answer} (must not match ${e.answer})`)
			);
			expect(wrong, wrong.join('\n')).toEqual([]);
		}
	);

	// One fact, one card: the card carries every way to ask it, and no two cards ask the same.
	it('asks each fact once', () => {
		const questions = deck.cards.map((c) => c.question.toLowerCase());
		expect(new Set(questions).size, summariseDeck(deck)).toBe(questions.length);
		expect(deck.cards.every((c) => c.type === 'qa' || c.type === 'cloze')).toBe(true);
		const cited = new Map<string, string[]>();
		// A gap's own sentence is its last citation; one before it is only shown as context.
		for (const c of deck.cards.filter((x) => x.type === 'cloze')) {
			const x = c.citations[c.citations.length - 1];
			const key = `${x.source}:${x.start}`;
			cited.set(key, [...(cited.get(key) ?? []), c.answer.toLowerCase()]);
		}
		// Two gaps at most in a sentence, each on its own answer.
		expect(
			[...cited.values()].every(
				(answers) => answers.length <= 2 && new Set(answers).size === answers.length
			),
			'at most two gaps per sentence, on different answers'
		).toBe(true);
	});

	it('cites no boilerplate (read-more links, credits, copyright lines)', () => {
		const boilerplate =
			/^\s*(Read more|READ NEXT|Photo|Image)\b|Image credit|©|Copyright|All rights reserved|\(Reporting by|Contact Us/i;
		const cited = deck.cards.flatMap((c) =>
			c.citations.filter((x) => boilerplate.test(x.quote)).map((x) => `${c.question}: "${x.quote}"`)
		);
		expect(cited, cited.join('\n')).toEqual([]);
	});

	it('gives the same card ids when run again', () => {
		const again = run(sources()).deck;
		expect(again.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
		expect(again.id).toBe(deck.id);
	});

	it('sorts cards by rank, most important first', () => {
		expect(deck.cards.length).toBeGreaterThan(0);
		const ranks = deck.cards.map((c) => c.rank);
		expect(
			ranks.every((r) => typeof r === 'number' && Number.isFinite(r)),
			String(ranks)
		).toBe(true);
		const sorted = [...(ranks as number[])].sort((a, b) => b - a);
		expect(ranks).toEqual(sorted);
	});

	it('counts support as the number of distinct sources it cites', () => {
		const wrong = deck.cards
			.filter((c) => (c.support ?? 1) !== new Set(c.citations.map((x) => x.source)).size)
			.map(
				(c) =>
					`${c.question} -> ${c.answer}: support ${c.support}, cites ${c.citations.map((x) => x.source).join(', ')}`
			);
		expect(wrong, wrong.join('\n')).toEqual([]);
		const conflictIds = new Set(deck.conflicts.map((c) => c.id));
		const dangling = deck.cards.flatMap((c) =>
			(c.conflicts ?? []).filter((id) => !conflictIds.has(id))
		);
		expect(dangling).toEqual([]);
	});

	const disagreements = disagreementExpectations.filter((d) => d.deck === name);
	it.runIf(disagreements.length > 0)('notes where the sources disagree', () => {
		const problems = disagreements.map((d) => missingConflict(deck, d)).filter(Boolean);
		expect(problems, problems.join('\n')).toEqual([]);
	});
});

describe('generateDeck on the seeds', () => {
	it('takes a source date from a "date YYYY-MM-DD" line', () => {
		const { deck } = run(seeds());
		expect(deck.sources.find((s) => s.id === '002_7f486d6c12008100')?.date).toBe('2025-10-31');
	});
});

describe('generateDeck on the two treaty reports together', () => {
	it('merges the facts both report and gives ids that do not depend on source order', () => {
		const ab = run([article('treaty-a'), article('treaty-b')]).deck;
		const ba = run([article('treaty-b'), article('treaty-a')]).deck;
		const merged = ab.cards.filter((c) => c.support === 2);
		expect(merged.length, listCards(ab)).toBeGreaterThanOrEqual(5);
		for (const card of merged)
			expect(new Set(card.citations.map((c) => c.source))).toEqual(
				new Set(['treaty-a', 'treaty-b'])
			);
		expect(ba.cards.map((c) => c.id).sort()).toEqual(ab.cards.map((c) => c.id).sort());
	});

	it('reports no disagreement beyond the three the reports really have', () => {
		const deck = run([article('treaty-a'), article('treaty-b')]).deck;
		const expected = disagreementExpectations.filter((d) => d.deck === 'treaty-pair');
		const spurious = deck.conflicts
			.filter((c) => !expected.some((e) => !missingConflict({ ...deck, conflicts: [c] }, e)))
			.map((c) => `${c.subject}: ${c.variants.map((v) => v.value).join(' | ')}`);
		expect(spurious, spurious.join('\n')).toEqual([]);
	});

	it('keeps each article alone free of merged support and disagreements', () => {
		for (const name of ['treaty-a', 'treaty-b']) {
			const deck = run([article(name)]).deck;
			expect(deck.conflicts, name).toEqual([]);
			expect(deck.cards.filter((c) => (c.support ?? 1) > 1).map((c) => c.question)).toEqual([]);
		}
	});
});

/** Reads a corpus file as UTF-8, or as Windows-1252 when it is not valid UTF-8 (as some BBC files are). */
function decode(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** An even, fixed sample of the corpus across all its sections. */
function bbcSample(size: number): ArticleInput[] {
	const files = readdirSync(BBC_DIR, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort()
		.flatMap((section) =>
			readdirSync(join(BBC_DIR, section))
				.filter((f) => f.endsWith('.txt'))
				.sort()
				.map((f) => ({ section, f }))
		);
	const step = files.length / size;
	return Array.from(
		{ length: Math.min(size, files.length) },
		(_, i) => files[Math.floor(i * step)]
	).map(({ section, f }) => ({
		id: `bbc-${section}-${f.replace(/\.txt$/, '')}`,
		text: decode(readFileSync(join(BBC_DIR, section, f)))
	}));
}

// Every article of the corpus (2,191, one of them not UTF-8), in one call: no crash, every rule kept.
describeCorpus('generateDeck on the whole BBC corpus in one call', () => {
	it('keeps every rule and finds cards in most articles', { timeout: 600_000 }, () => {
		const sources = bbcSample(2191);
		expect(sources.length).toBeGreaterThanOrEqual(2191);
		expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
		const { deck } = run(sources);

		const parsed = parseDeck(deck);
		expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);

		const violations = cardRuleViolations(deck);
		expect(
			violations,
			`${violations.length} violations (first 30):\n${violations.slice(0, 30).join('\n')}\n${summariseDeck(deck)}`
		).toEqual([]);

		const perSource = new Map<string, number>();
		for (const card of deck.cards)
			for (const id of new Set(card.citations.map((c) => c.source)))
				perSource.set(id, (perSource.get(id) ?? 0) + 1);
		const rich = sources.filter((s) => (perSource.get(s.id ?? '') ?? 0) >= 3).length;
		expect(
			rich / sources.length,
			`${rich} of ${sources.length} articles gave 3+ cards`
		).toBeGreaterThanOrEqual(0.84);
	});
});

describe('the card rules and expectations themselves', () => {
	const source = article('trade-deal');
	const cite = (sentence: string) => {
		const start = source.text.indexOf(sentence);
		if (start < 0) throw new Error(`not in the article: ${sentence}`);
		return { source: source.id!, start, end: start + sentence.length, quote: sentence };
	};
	const SIGNING =
		'The Comprehensive Economic Partnership Agreement (CEPA) was signed in Nairobi by Kenyan Trade Minister Amara Diallo and Vietnamese Minister of Industry and Trade Tran Quoc Minh on the sidelines of the East Africa-Asia Business Summit.';
	const TEA =
		'Under the agreement, Vietnam will cut its import duty on Kenyan tea from 15% to 5% within two years, while Kenya will lower its tariff on Vietnamese rice from 35% to 10%.';
	const good = (): Deck => ({
		format: 'citecards-deck',
		version: 2,
		id: 'deck-rules',
		title: 'Rules',
		sources: [{ id: source.id!, title: '', text: source.text, date: source.date }],
		conflicts: [],
		cards: [
			{
				id: 'c1',
				type: 'qa',
				kind: 'person',
				question: 'Who signed the CEPA for Kenya?',
				answer: 'Amara Diallo',
				citations: [cite(SIGNING)],
				tags: []
			},
			{
				id: 'c2',
				type: 'mcq',
				kind: 'percent',
				question: 'To what level will Vietnam cut its import duty on Kenyan tea?',
				answer: '5 per cent',
				choices: ['15%', '5 per cent', '10%', '35%'],
				citations: [cite(TEA)],
				tags: []
			},
			{
				id: 'c3',
				type: 'cloze',
				question: SIGNING.replace('Nairobi', '_____'),
				answer: 'Nairobi',
				cloze: {
					text: SIGNING,
					blanks: [{ start: SIGNING.indexOf('Nairobi'), end: SIGNING.indexOf('Nairobi') + 7 }]
				},
				citations: [cite(SIGNING)],
				tags: []
			}
		]
	});

	it('accepts well-formed cards and counts them as met expectations', () => {
		const deck = good();
		expect(parseDeck(deck).ok).toBe(true);
		expect(cardRuleViolations(deck)).toEqual([]);
		const expected = expectationsFor('trade-deal');
		const tea = expected.find((e) => e.ask.test('Kenyan tea') && e.answer.test('5%'));
		const met = expected.filter((e) => !unmet(deck, e));
		expect(met.map((e) => String(e.answer))).toContain('/Amara Diallo/');
		expect(tea && met).toContain(tea);
		expect(summariseDeck(deck)).toMatch(/3 cards.*qa 1/);
	});

	const broken: Array<[string, (d: Deck) => void, RegExp]> = [
		['an answer given away', (d) => (d.cards[0].question = 'Who is Amara Diallo?'), /gives away/],
		['a question without "?"', (d) => (d.cards[0].question = 'Name the Kenyan signatory'), /"\?"/],
		['a pronoun start', (d) => (d.cards[0].question = 'He signed for which country?'), /pronoun/],
		['a WH-word for another kind', (d) => (d.cards[0].kind = 'date'), /kind is "date"/],
		['an uncited answer', (d) => (d.cards[0].answer = 'Wanjiru Kamau'), /not in its cited quote/],
		['a long answer', (d) => (d.cards[0].answer = SIGNING), /words/],
		['a repeated question', (d) => (d.cards[1].question = d.cards[0].question), /same question/],
		['a repeated id', (d) => (d.cards[1].id = 'c1'), /duplicate card id/],
		[
			'a distractor of another type',
			(d) => (d.cards[1].choices = ['Nairobi', '5 per cent', '10%', '35%']),
			/not the same type/
		],
		[
			'an alias as distractor',
			(d) => (d.cards[1].choices = ['5%', '5 per cent', '10%', '35%']),
			/another form/
		],
		['three choices', (d) => (d.cards[1].choices = ['5 per cent', '10%', '35%']), /3 choices/],
		[
			'a cloze blank outside the quote',
			(d) => (d.cards[2].citations = [cite(TEA)]),
			/not inside any cited quote/
		]
	];
	it.each(broken)('flags %s', (_, breakIt, message) => {
		const deck = good();
		breakIt(deck);
		expect(cardRuleViolations(deck).join('\n')).toMatch(message);
	});

	it('finds a missing disagreement and an unmet expectation', () => {
		const deck = good();
		expect(missingConflict(deck, disagreementExpectations[0])).toMatch(/missing disagreement/);
		const where = expectationsFor('trade-deal').find((e) => e.answer.source === 'Nairobi');
		expect(where && unmet(deck, where)).toMatch(/missing/);
	});
});
