/**
 * A deck of its own for the end-to-end tests of fair answers, disagreements and sources: three reports
 * of one story, one with a leading "date …" line, a publisher and a web address.
 */
import type { Card, Citation, Conflict, Deck, Source } from '../../src/lib/deck';
import { DECK_FORMAT, DECK_VERSION } from '../../src/lib/deck';

const a: Source = {
	id: 'src-fair-a',
	title: 'India and the US sign a defence pact',
	publisher: 'Example News',
	date: '2025-10-31',
	url: 'https://news.example/india-us-pact',
	text:
		'date 2025-10-31 India and the US signed a ten-year defence framework. ' +
		'The pact was signed by Rajnath Singh and US Secretary of War Pete Hegseth in Kuala Lumpur. ' +
		'Tariffs on Indian goods stand at 50 per cent, officials said. ' +
		'"Our partnership is critical for a free, open and rules-based region," Singh said. ' +
		'India and the US stand for a rules-based order.'
};
const b: Source = {
	id: 'src-fair-b',
	title: 'Hegseth meets Singh',
	text:
		'US Defense Secretary Pete Hegseth met his counterpart Rajnath Singh in Kuala Lumpur. ' +
		'"Our partnership is critical for a free, open and rules-bound region," Singh said.'
};
const c: Source = {
	id: 'src-fair-c',
	title: 'Hegseth in Asia',
	text: 'Secretary of War Pete Hegseth arrived in Malaysia on Thursday.'
};

/** A citation of the sentence of `source` starting with `start`, highlighting `mark` inside it. */
function cite(source: Source, start: string, mark?: string): Citation {
	const from = source.text.indexOf(start);
	if (from < 0) throw new Error(`no "${start}" in ${source.id}`);
	const stop = source.text.indexOf('.', source.text.indexOf(start.slice(-12), from) + 1);
	const end = source.text[stop + 1] === '"' ? stop + 2 : stop + 1;
	const quote = source.text.slice(from, end);
	const at = mark ? source.text.indexOf(mark, from) : -1;
	return {
		source: source.id,
		start: from,
		end,
		quote,
		...(mark && at >= 0 ? { highlight: { start: at, end: at + mark.length } } : {})
	};
}

const signed = cite(a, 'India and the US signed', 'India and the US');
const signers = cite(
	a,
	'The pact was signed',
	'Rajnath Singh and US Secretary of War Pete Hegseth'
);
const tariffs = cite(a, 'Tariffs on Indian goods', '50 per cent');
const quoteA = cite(a, '"Our partnership', 'Singh');
const order = cite(a, 'India and the US stand', 'India and the US');
const met = cite(b, 'US Defense Secretary', 'Kuala Lumpur');
const quoteB = cite(b, '"Our partnership');
const arrived = cite(c, 'Secretary of War Pete Hegseth arrived');

const card = (id: string, parts: Omit<Card, 'id' | 'type' | 'tags'>): Card => ({
	id,
	type: 'qa',
	tags: [],
	...parts
});

export const fairCards = {
	countries: card('fair-countries', {
		question: 'Which countries signed the ten-year defence framework?',
		answer: 'India and US',
		kind: 'country',
		citations: [signed]
	}),
	order: card('fair-order', {
		question: 'Which countries stand for a rules-based order?',
		answer: 'India and US',
		kind: 'country',
		citations: [order]
	}),
	signers: card('fair-signers', {
		question: 'Who signed the pact in Kuala Lumpur?',
		answer: 'Rajnath Singh and Pete Hegseth',
		kind: 'person',
		citations: [signers]
	}),
	tariffs: card('fair-tariffs', {
		question: 'What is the rate of the tariffs on Indian goods?',
		answer: '50 per cent',
		kind: 'percent',
		citations: [tariffs]
	}),
	title: card('fair-title', {
		question: 'What position does Pete Hegseth hold?',
		answer: 'Secretary of War',
		kind: 'role',
		support: 2,
		conflicts: ['conflict-title'],
		citations: [signers, arrived]
	}),
	who: card('fair-who', {
		question: 'Who is the US Secretary of War?',
		answer: 'Pete Hegseth',
		kind: 'person',
		support: 2,
		citations: [signers, arrived]
	}),
	said: card('fair-said', {
		question: 'Who said that our partnership is critical for a free, open and rules-based region?',
		answer: 'Rajnath Singh',
		kind: 'speaker',
		citations: [quoteA]
	}),
	place: card('fair-place', {
		question: 'Where did Pete Hegseth meet Rajnath Singh?',
		answer: 'Kuala Lumpur',
		kind: 'place',
		support: 2,
		citations: [met, signers]
	})
};

const conflicts: Conflict[] = [
	{
		id: 'conflict-title',
		subject: 'Title of Pete Hegseth',
		variants: [
			{ value: 'Secretary of War', citations: [signers, arrived] },
			{ value: 'US Defense Secretary', citations: [met] }
		]
	},
	{
		id: 'conflict-wording',
		subject: 'Wording of a quotation',
		variants: [
			{
				value: 'Our partnership is critical for a free, open and rules-based region',
				citations: [quoteA]
			},
			{
				value: 'Our partnership is critical for a free, open and rules-bound region',
				citations: [quoteB]
			}
		]
	}
];

export const fairSources = { a, b, c };

export const fairDeck: Deck = {
	format: DECK_FORMAT,
	version: DECK_VERSION,
	id: 'deck-fair',
	title: 'Fair answers test deck',
	sources: [a, b, c],
	cards: Object.values(fairCards),
	conflicts
};
