/**
 * A deck as a Markdown review sheet: every card with its answer, choices and cited sentences, then the
 * disagreements between sources. User text is escaped so the sheet renders exactly what the deck says.
 */
import type { Card, Citation, Deck, Source } from '../deck';

const TYPE_NAMES: Record<Card['type'], string> = {
	qa: 'Question and answer',
	cloze: 'Cloze',
	mcq: 'Multiple choice'
};

/** Escapes Markdown and HTML syntax inside a run of text; whitespace collapses, edges are kept. */
function escapeInline(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]{}<>|~&#!]/g, (c) => '\\' + c);
}

/** Escapes markers that only mean something at the start of a line (lists, quotes, headings). */
const escapeLineStart = (line: string) =>
	line.replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');

/** One line of user text, escaped: whitespace collapsed, Markdown and HTML syntax made literal. */
export function escapeMarkdown(text: string): string {
	return escapeLineStart(escapeInline(text).trim());
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function sourceLabel(source: Source | undefined, id: string): string {
	if (!source) return escapeMarkdown(id);
	const name = source.title || source.file || source.id;
	const details = [source.publisher, source.date].filter((d): d is string => !!d);
	return (
		`*${escapeMarkdown(name)}*` + (details.length ? ` (${escapeMarkdown(details.join(', '))})` : '')
	);
}

/** The quoted sentence with the highlighted answer in bold; the bold hugs the text, not the spaces. */
function quoteWithHighlight(c: Citation): string {
	const h = c.highlight;
	const from = h ? Math.max(0, h.start - c.start) : 0;
	const to = h ? Math.min(c.quote.length, h.end - c.start) : 0;
	const middle = c.quote.slice(from, to);
	const inner = middle.trim();
	if (!inner) return escapeMarkdown(c.quote);
	const lead = from + middle.length - middle.trimStart().length;
	const before = escapeInline(c.quote.slice(0, lead));
	const after = escapeInline(c.quote.slice(lead + inner.length));
	return escapeLineStart(`${before}**${escapeInline(inner)}**${after}`.trim());
}

function citationLines(c: Citation, sources: Map<string, Source>): string[] {
	return [
		`> ${sourceLabel(sources.get(c.source), c.source)}`,
		'>',
		`> ${quoteWithHighlight(c)}`,
		''
	];
}

/** The cloze sentence with each hidden range shown as a blank. */
function clozeText(card: Card): string {
	const cloze = card.cloze;
	if (!cloze) return '';
	const blanks = [...cloze.blanks].sort((a, b) => a.start - b.start);
	let out = '';
	let at = 0;
	for (const b of blanks) {
		if (b.start < at) continue;
		out += escapeInline(cloze.text.slice(at, b.start)) + '\\_\\_\\_\\_\\_';
		at = b.end;
	}
	return escapeLineStart((out + escapeInline(cloze.text.slice(at))).trim());
}

/** Forms a card carries beyond what its type says (deck format 2: a question card with choices, a cloze). */
function extraForms(card: Card): string[] {
	return [
		...(card.choices && card.type !== 'mcq' ? ['multiple choice'] : []),
		...(card.cloze && card.type !== 'cloze' ? ['cloze'] : [])
	];
}

function cardLines(card: Card, index: number, sources: Map<string, Source>): string[] {
	const heading = [TYPE_NAMES[card.type], ...extraForms(card), card.kind]
		.filter(Boolean)
		.join(' · ');
	const lines = [`### ${index + 1}. ${escapeMarkdown(heading)}`, ''];
	lines.push(`**Question:** ${escapeMarkdown(card.question)}`, '');
	if (card.cloze) lines.push(`**Cloze:** ${clozeText(card)}`, '');
	lines.push(`**Answer:** ${escapeMarkdown(card.answer)}`, '');
	if (card.choices) {
		lines.push('**Choices:**', '');
		for (const choice of card.choices)
			lines.push(
				choice === card.answer
					? `- [x] **${escapeMarkdown(choice)}** (correct)`
					: `- [ ] ${escapeMarkdown(choice)}`
			);
		lines.push('');
	}
	const about: string[] = [];
	if (card.tags.length) about.push(`Tags: ${card.tags.map(escapeMarkdown).join(', ')}`);
	const support = card.support ?? new Set(card.citations.map((c) => c.source)).size;
	about.push(support === 0 ? 'no source' : support === 1 ? '1 source' : `${support} sources agree`);
	if (card.conflicts?.length) about.push(plural(card.conflicts.length, 'disagreement'));
	lines.push(about.join(' · '), '');
	for (const c of card.citations) lines.push(...citationLines(c, sources));
	return lines;
}

/** Writes a deck as a Markdown review sheet (title, counts, numbered cards, disagreements). */
export function deckToMarkdown({ deck }: { deck: Deck }): string {
	const sources = new Map(deck.sources.map((s) => [s.id, s]));
	const byType = (type: Card['type']) => deck.cards.filter((c) => c.type === type).length;
	const count = (test: (c: Card) => boolean) => deck.cards.filter(test).length;
	const forms = deck.cards.some((c) => extraForms(c).length)
		? `; ${count((c) => !!c.choices)} with choices, ${count((c) => !!c.cloze)} with a cloze`
		: '';
	const lines = [`# ${escapeMarkdown(deck.title)}`, ''];
	lines.push(
		[
			plural(deck.sources.length, 'source'),
			`${plural(deck.cards.length, 'card')} (${byType('qa')} question and answer, ${byType('cloze')} cloze, ${byType('mcq')} multiple choice${forms})`,
			plural(deck.conflicts.length, 'disagreement')
		].join(' · '),
		''
	);
	if (deck.sources.length) {
		lines.push('## Sources', '');
		deck.sources.forEach((s, i) => {
			const extra = [s.url, s.file].filter((d): d is string => !!d).map(escapeMarkdown);
			lines.push(
				`${i + 1}. ${sourceLabel(s, s.id)}` + (extra.length ? ` — ${extra.join(' — ')}` : '')
			);
		});
		lines.push('');
	}
	lines.push('## Cards', '');
	if (!deck.cards.length) lines.push('No cards.', '');
	deck.cards.forEach((card, i) => lines.push(...cardLines(card, i, sources)));
	if (deck.conflicts.length) {
		lines.push('## Disagreements', '');
		deck.conflicts.forEach((conflict, i) => {
			lines.push(`### ${i + 1}. ${escapeMarkdown(conflict.subject)}`, '');
			for (const variant of conflict.variants) {
				const n = new Set(variant.citations.map((c) => c.source)).size;
				lines.push(`**${escapeMarkdown(variant.value)}** — ${plural(n, 'source')}`, '');
				for (const c of variant.citations) lines.push(...citationLines(c, sources));
			}
		});
	}
	return (
		lines
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}
