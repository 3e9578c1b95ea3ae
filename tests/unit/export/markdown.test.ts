import { describe, expect, it } from 'vitest';
import type { Citation, Source } from '../../../src/lib/deck';
import { parseDeck } from '../../../src/lib/deck';
import { deckToMarkdown, escapeMarkdown } from '../../../src/lib/export/markdown';
import { makeCard, makeDeck, makeFullCard, makeSource } from '../../fixtures/deck';

const cite = (source: Source, quote: string, highlight?: string): Citation => {
	const start = source.text.indexOf(quote);
	const c: Citation = { source: source.id, start, end: start + quote.length, quote };
	if (highlight) {
		const h = start + quote.indexOf(highlight);
		c.highlight = { start: h, end: h + highlight.length };
	}
	return c;
};

function richDeck() {
	const a = makeSource({ publisher: 'Harbour Times', date: '2024-05-06' });
	const b = makeSource({
		id: 'src-b',
		title: 'Bridge *finally* open',
		text: 'Mayor Ana Ruiz opened the bridge. Deputy mayor Luis Vega cut the ribbon in Porto Alto.'
	});
	const ribbon = 'Mayor Ana Ruiz cut the ribbon in Porto Alto.';
	const qa = makeCard(a, {
		citations: [cite(a, ribbon, 'Ana Ruiz')],
		support: 2,
		kind: 'person',
		conflicts: ['conf-1']
	});
	const cloze = makeCard(a, {
		id: 'card-2',
		type: 'cloze',
		question: 'Fill in the blank',
		answer: 'Porto Alto',
		cloze: { text: ribbon, blanks: [{ start: 33, end: 43 }] },
		citations: [cite(a, ribbon, 'Porto Alto')],
		tags: ['place'],
		kind: 'place'
	});
	const mcq = makeCard(a, {
		id: 'card-3',
		type: 'mcq',
		question: 'Who cut the ribbon?',
		answer: 'Ana Ruiz',
		choices: ['Luis Vega', 'Ana Ruiz', 'Marta Sol'],
		citations: [cite(a, ribbon, 'Ana Ruiz')],
		support: 1
	});
	const deck = makeDeck({
		title: 'Harbour news',
		sources: [a, b],
		cards: [qa, cloze, mcq],
		conflicts: [
			{
				id: 'conf-1',
				subject: 'Who cut the ribbon',
				variants: [
					{ value: 'Ana Ruiz', citations: [cite(a, ribbon, 'Ana Ruiz')] },
					{
						value: 'Luis Vega',
						citations: [
							cite(b, 'Deputy mayor Luis Vega cut the ribbon in Porto Alto.', 'Luis Vega')
						]
					}
				]
			}
		]
	});
	const checked = parseDeck(deck);
	if (!checked.ok) throw new Error(checked.errors.join('\n'));
	return checked.deck;
}

describe('deckToMarkdown', () => {
	const md = deckToMarkdown({ deck: richDeck() });
	const lines = md.split('\n');

	it('starts with the title and the counts', () => {
		expect(lines[0]).toBe('# Harbour news');
		expect(lines[2]).toBe(
			'2 sources · 3 cards (1 question and answer, 1 cloze, 1 multiple choice) · 1 disagreement'
		);
	});

	it('lists the sources, escaping their titles', () => {
		expect(md).toContain('1. *Harbour bridge opens* (Harbour Times, 2024-05-06)');
		expect(md).toContain('2. *Bridge \\*finally\\* open*');
	});

	it('numbers each card with its type, kind, question and answer', () => {
		expect(md).toContain('### 1. Question and answer · person');
		expect(md).toContain('**Question:** Who cut the ribbon at the new bridge?');
		expect(md).toContain('**Answer:** Ana Ruiz');
		expect(md).toContain('### 2. Cloze · place');
		expect(md).toContain('### 3. Multiple choice');
	});

	it('shows the cloze sentence with a blank where the answer was', () => {
		expect(md).toContain('**Cloze:** Mayor Ana Ruiz cut the ribbon in \\_\\_\\_\\_\\_.');
	});

	it('marks the right choice of a multiple choice card', () => {
		const at = lines.indexOf('**Choices:**');
		expect(lines.slice(at + 2, at + 5)).toEqual([
			'- [ ] Luis Vega',
			'- [x] **Ana Ruiz** (correct)',
			'- [ ] Marta Sol'
		]);
	});

	it('says how many sources agree and quotes each citation with the answer in bold', () => {
		expect(md).toContain('Tags: person · 2 sources agree · 1 disagreement');
		expect(md).toContain('Tags: person · 1 source');
		expect(md).toContain(
			'> *Harbour bridge opens* (Harbour Times, 2024-05-06)\n>\n> Mayor **Ana Ruiz** cut the ribbon in Porto Alto.'
		);
		expect(md).toContain('> Mayor Ana Ruiz cut the ribbon in **Porto Alto**.');
	});

	it('ends with the disagreements, each variant with its quoted sources', () => {
		const at = md.indexOf('## Disagreements');
		expect(at).toBeGreaterThan(md.indexOf('### 3. Multiple choice'));
		const section = md.slice(at);
		expect(section).toContain('### 1. Who cut the ribbon');
		expect(section).toContain('**Ana Ruiz** — 1 source');
		expect(section).toContain('**Luis Vega** — 1 source');
		expect(section).toContain(
			'> *Bridge \\*finally\\* open*\n>\n> Deputy mayor **Luis Vega** cut the ribbon in Porto Alto.'
		);
	});

	it('writes a deck without cards or disagreements plainly', () => {
		const out = deckToMarkdown({ deck: makeDeck({ cards: [], title: 'Empty' }) });
		expect(out).toContain(
			'1 source · 0 cards (0 question and answer, 0 cloze, 0 multiple choice) · 0 disagreements'
		);
		expect(out).toContain('No cards.');
		expect(out).not.toContain('Disagreements');
		expect(out.endsWith('\n')).toBe(true);
	});

	it('escapes user text so it cannot inject Markdown or HTML', () => {
		const text = '<script>alert(1)</script> [x](javascript:y) **bold** # 1. `code` | a ~~b~~ &amp;';
		const source = makeSource({ title: '# Heading?', text });
		const card = makeCard(source, {
			question: '- list? > quote? <img src=x onerror=y>',
			answer: '1. first',
			citations: [cite(source, text, '**bold**')]
		});
		const out = deckToMarkdown({
			deck: makeDeck({ title: '=== <b>Title</b>', sources: [source], cards: [card] })
		});
		expect(out.split('\n')[0]).toBe('# \\=== \\<b\\>Title\\</b\\>');
		expect(out).toContain('**Question:** \\- list? \\> quote? \\<img src=x onerror=y\\>');
		expect(out).toContain('**Answer:** 1\\. first');
		expect(out).toContain(
			'> \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) **\\*\\*bold\\*\\*** \\# 1. \\`code\\` \\| a \\~\\~b\\~\\~ \\&amp;'
		);
		// No raw tag or link syntax survives anywhere in the sheet.
		expect(out).not.toMatch(/(^|[^\\])<[a-z/]/im);
		expect(out).not.toMatch(/(^|[^\\])\]\(/m);
	});

	it('keeps a multi-line quote on one blockquote line', () => {
		const source = makeSource({ text: 'First line\nsecond line.' });
		const card = makeCard(source, {
			citations: [cite(source, 'First line\nsecond line.', 'second')]
		});
		const out = deckToMarkdown({ deck: makeDeck({ sources: [source], cards: [card] }) });
		expect(out).toContain('> First line **second** line.');
	});
});

describe('escapeMarkdown', () => {
	it('escapes line-start markers and inline syntax, and collapses whitespace', () => {
		expect(escapeMarkdown('  + one\n two ')).toBe('\\+ one two');
		expect(escapeMarkdown('12) item')).toBe('12\\) item');
		expect(escapeMarkdown('a_b*c')).toBe('a\\_b\\*c');
		expect(escapeMarkdown('plain text, 3.5% (up).')).toBe('plain text, 3.5% (up).');
	});
});

describe('deckToMarkdown of a deck format 2 card', () => {
	it('shows a question card’s choices and cloze, and counts the cards carrying them', () => {
		const source = makeSource();
		const md = deckToMarkdown({
			deck: makeDeck({ sources: [source], cards: [makeFullCard(source, { kind: 'person' })] })
		});
		expect(md).toContain('### 1. Question and answer · multiple choice · cloze · person');
		expect(md).toContain('**Cloze:** Mayor \\_\\_\\_\\_\\_ cut the ribbon in Porto Alto.');
		expect(md).toContain('- [x] **Ana Ruiz** (correct)');
		expect(md).toContain(
			'1 card (1 question and answer, 0 cloze, 0 multiple choice; 1 with choices, 1 with a cloze)'
		);
	});
});
