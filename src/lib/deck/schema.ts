/**
 * The one schema for decks, sources, cards, citations and disagreements.
 * Every boundary (file import, deck load, database, CLI output) validates with `parseDeck`.
 */
import { z } from 'zod';
import { upgradeDeck } from './upgrade';
import { DECK_FORMAT, DECK_VERSION } from './version';

export { DECK_FORMAT, DECK_VERSION };

const offset = z.number().int().nonnegative();

export const sourceSchema = z.object({
	id: z.string().min(1).max(200),
	title: z.string().max(1000),
	text: z.string(),
	url: z.string().max(4000).optional(),
	publisher: z.string().max(500).optional(),
	/** ISO date (YYYY-MM-DD) the article was published, given by the user or found in its dateline. */
	date: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.optional(),
	/** File name the text was read from, when it came from a file. */
	file: z.string().max(4000).optional()
});

export const citationSchema = z.object({
	source: z.string().min(1),
	start: offset,
	end: offset,
	/** Exactly `source.text.slice(start, end)`. */
	quote: z.string().min(1),
	/** Where the answer (or its evidence) sits inside the source text, for highlighting. */
	highlight: z.object({ start: offset, end: offset }).optional()
});

export const clozeSchema = z.object({
	/** The full sentence the cloze was made from. */
	text: z.string().min(1),
	/** Ranges of `text` that are hidden, in order. */
	blanks: z.array(z.object({ start: offset, end: offset })).min(1)
});

/** A card's primary form: 'qa' or 'cloze' ('mcq' is still read: a question asked with its choices). */
export const cardTypeSchema = z.enum(['qa', 'cloze', 'mcq']);

export const cardSchema = z.object({
	id: z.string().min(1).max(200),
	type: cardTypeSchema,
	question: z.string().min(1),
	answer: z.string().min(1),
	/** Any card may be asked as multiple choice: all options, the answer among them exactly once. */
	choices: z.array(z.string().min(1)).min(2).max(8).optional(),
	/** Any card may be asked as a cloze: the sentence and the hidden ranges (required for type 'cloze'). */
	cloze: clozeSchema.optional(),
	/** Other answers a typed response may match (aliases, abbreviations). */
	accept: z.array(z.string()).optional(),
	/** The sentences the answer comes from; empty only on a card marked `unsourced`. */
	citations: z.array(citationSchema),
	/** The card has no source (imported from a CSV or Anki file): it is shown without evidence. */
	unsourced: z.literal(true).optional(),
	/** The user edited the card: a regenerated deck or added articles never overwrite it. */
	edited: z.literal(true).optional(),
	tags: z.array(z.string()),
	/** The fact the card asks about; cards sharing it (several questions on one fact) are kept apart. */
	factId: z.string().optional(),
	/** What kind of fact the card asks about (person, place, date, rate, acronym, ...). */
	kind: z.string().optional(),
	/** How many distinct sources state this fact. */
	support: z.number().int().positive().optional(),
	/** Ids of disagreements that concern this card's fact. */
	conflicts: z.array(z.string()).optional(),
	/** Higher is more important; decks are sorted by it. */
	rank: z.number().optional()
});

export const conflictSchema = z.object({
	id: z.string().min(1),
	/** What the sources disagree about, e.g. "Title of Jane Doe". */
	subject: z.string().min(1),
	variants: z
		.array(z.object({ value: z.string().min(1), citations: z.array(citationSchema).min(1) }))
		.min(2)
});

export const deckSchema = z.object({
	format: z.literal(DECK_FORMAT),
	version: z.literal(DECK_VERSION),
	id: z.string().min(1).max(200),
	title: z.string().min(1).max(1000),
	createdAt: z.string().optional(),
	generator: z.object({ name: z.string(), version: z.string() }).optional(),
	sources: z.array(sourceSchema),
	cards: z.array(cardSchema),
	conflicts: z.array(conflictSchema)
});

export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Cloze = z.infer<typeof clozeSchema>;
export type CardType = z.infer<typeof cardTypeSchema>;
export type Card = z.infer<typeof cardSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Deck = z.infer<typeof deckSchema>;

/** A version 1 deck: the same parts, with up to three sibling cards (qa, mcq, cloze) per fact. */
export const deckV1Schema = deckSchema.extend({ version: z.literal(1) });
export type DeckV1 = z.infer<typeof deckV1Schema>;

export type DeckResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

/**
 * Checks the rules a schema cannot express: citations match their sources, choices are sound, ids
 * unique, nothing listed twice. Deck import (`parseDeck`) and backup restore (`db/backup.ts`) both run it.
 */
export function deckIntegrityErrors(deck: Deck | DeckV1): string[] {
	const errors: string[] = [];
	const sources = new Map(deck.sources.map((s) => [s.id, s]));
	if (sources.size !== deck.sources.length) errors.push('source ids are not unique');
	const checkCitation = (where: string, c: Citation) => {
		const source = sources.get(c.source);
		if (!source) return errors.push(`${where}: cites unknown source "${c.source}"`);
		if (c.end <= c.start || c.end > source.text.length)
			return errors.push(`${where}: citation range ${c.start}-${c.end} is outside its source`);
		if (source.text.slice(c.start, c.end) !== c.quote)
			return errors.push(`${where}: citation quote does not match its source text`);
		if (c.highlight && (c.highlight.start < c.start || c.highlight.end > c.end))
			errors.push(`${where}: highlight lies outside the quoted sentence`);
	};
	/** The same passage cited twice is one citation shown twice (and a list keyed by it breaks). */
	const checkRepeats = (where: string, citations: Citation[]) => {
		const seen = new Set(citations.map((c) => `${c.source}\u0000${c.start}\u0000${c.end}`));
		if (seen.size !== citations.length) errors.push(`${where}: cites the same passage twice`);
	};
	const cardIds = new Set<string>();
	for (const card of deck.cards) {
		const where = `card ${card.id}`;
		if (cardIds.has(card.id)) errors.push(`${where}: duplicate card id`);
		cardIds.add(card.id);
		if (!card.citations.length && !card.unsourced) errors.push(`${where}: cites no source`);
		if (card.citations.length && card.unsourced)
			errors.push(`${where}: is marked without a source but cites one`);
		card.citations.forEach((c) => checkCitation(where, c));
		checkRepeats(where, card.citations);
		const listed = card.conflicts ?? [];
		const twice = listed.find((id, i) => listed.indexOf(id) !== i);
		if (twice !== undefined) errors.push(`${where}: lists disagreement ${twice} twice`);
		if (card.type === 'mcq' && !card.choices)
			errors.push(`${where}: multiple choice card without choices`);
		if (card.choices) {
			const hits = card.choices.filter((c) => c === card.answer).length;
			if (hits !== 1) errors.push(`${where}: the answer must be among the choices exactly once`);
			if (new Set(card.choices.map((c) => c.toLowerCase())).size !== card.choices.length)
				errors.push(`${where}: choices repeat`);
		}
		if (card.type === 'cloze' && !card.cloze)
			errors.push(`${where}: cloze card without its sentence`);
		if (card.cloze)
			for (const b of card.cloze.blanks)
				if (b.end <= b.start || b.end > card.cloze.text.length)
					errors.push(`${where}: cloze blank outside its sentence`);
	}
	const conflictIds = new Set<string>();
	for (const conflict of deck.conflicts) {
		if (conflictIds.has(conflict.id)) errors.push(`conflict ${conflict.id}: duplicate id`);
		conflictIds.add(conflict.id);
		conflict.variants.forEach((v) => {
			v.citations.forEach((c) => checkCitation(`conflict ${conflict.id}`, c));
			checkRepeats(`conflict ${conflict.id}`, v.citations);
		});
	}
	return errors;
}

const issues = (error: z.ZodError) =>
	error.issues
		.slice(0, 20)
		.map((i) => `${i.path.length ? i.path.join('.') : 'deck'}: ${i.message}`);

/** The decks `parseDeck` returned, so a deck checked once is not checked again on its way in. */
const checkedDecks = new WeakSet<object>();

/**
 * Whether `data` is a deck `parseDeck` accepted and returned (so it need not be checked again). A
 * checked deck is handed on, never changed: code that edits a deck builds a new one.
 */
export function isCheckedDeck(data: unknown): data is Deck {
	return typeof data === 'object' && data !== null && checkedDecks.has(data);
}

/**
 * Validates unknown data (parsed JSON) as a deck: shape first, then integrity. A version 1 deck is
 * checked as version 1, then converted (siblings folded into one card per fact) and checked again.
 */
export function parseDeck(data: unknown): DeckResult {
	const v1 = (data as { version?: unknown } | null)?.version === 1;
	const parsed = v1 ? deckV1Schema.safeParse(data) : deckSchema.safeParse(data);
	if (!parsed.success) return { ok: false, errors: issues(parsed.error) };
	let errors = deckIntegrityErrors(parsed.data);
	if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
	const deck = v1 ? upgradeDeck(parsed.data as DeckV1) : (parsed.data as Deck);
	if (v1) errors = deckIntegrityErrors(deck);
	if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
	checkedDecks.add(deck);
	return { ok: true, deck };
}

/** Parses deck JSON text; never throws. */
export function parseDeckJson(text: string): DeckResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
	}
	return parseDeck(data);
}
