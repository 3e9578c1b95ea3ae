import { describe, expect, it } from 'vitest';
import { exportCards } from '../../../src/lib/export/formats';
import { escapeMultianswer } from '../../../src/lib/export/moodle-xml';
import { DECKS, python, squash, xmllint } from './helpers';

// Reads Moodle XML with Python's expat-based ElementTree, the way an importer walks it.
const READER = `
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.stdin).getroot()
out = []
for q in root.findall('question'):
    t = q.get('type')
    if t == 'category':
        out.append({'type': t, 'category': q.findtext('category/text')})
        continue
    out.append({
        'type': t,
        'name': q.findtext('name/text'),
        'text': q.findtext('questiontext/text'),
        'textFormat': q.find('questiontext').get('format'),
        'feedback': q.findtext('generalfeedback/text'),
        'idnumber': q.findtext('idnumber'),
        'single': q.findtext('single'),
        'answers': [{'fraction': a.get('fraction'), 'text': a.findtext('text')} for a in q.findall('answer')],
    })
print(json.dumps(out))
`;

type Read = {
	type: string;
	category?: string;
	text: string;
	feedback: string;
	idnumber: string;
	single: string | null;
	answers: { fraction: string; text: string }[];
};

/** Undoes the HTML escaping the exporter applies to text fields. */
const fromHtml = (html: string) =>
	html
		.replace(/<br>/g, '\n')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

describe('escapeMultianswer', () => {
	it('backslash-escapes the cloze syntax characters after HTML escaping', () => {
		expect(escapeMultianswer('a}b#c~d/e\\f<g>"')).toBe('a\\}b\\#c\\~d\\/e\\\\f&lt;g&gt;&quot;');
	});
});

describe.each(DECKS)('Moodle XML of the %s', (_name, load) => {
	const deck = load();

	it('is well-formed for xmllint and reads back question for question', async () => {
		const { data, plan } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'moodle-xml'
		});
		const xml = data as string;
		const lint = xmllint(['--noout', '-'], xml);
		expect(lint.output).toBe('');
		expect(lint.status).toBe(0);
		const [category, ...questions] = JSON.parse(python(READER, [], xml)) as Read[];
		expect(category.type).toBe('category');
		expect(category.category).toMatch(/^\$course\$\/top\//);
		expect(plan.items).toHaveLength(deck.cards.length);
		expect(questions).toHaveLength(plan.items.length);
		questions.forEach((q, i) => {
			const item = plan.items[i];
			expect(q.idnumber).toBe(item.card.id);
			expect(squash(fromHtml(q.feedback))).toBe(squash(item.feedback));
			if (item.type === 'mcq') {
				expect(q.type).toBe('multichoice');
				expect(q.single).toBe('true');
				expect(fromHtml(q.text)).toBe(item.question);
				expect(q.answers.map((a) => fromHtml(a.text))).toEqual(item.choices);
				expect(q.answers.map((a) => a.fraction)).toEqual(
					item.choices!.map((_, j) => (j === item.correct ? '100' : '0'))
				);
			} else if (item.type === 'qa') {
				expect(q.type).toBe('shortanswer');
				expect(fromHtml(q.text)).toBe(item.question.replace(/\r\n?/g, '\n').replace(/\r/g, ''));
				// Moodle reads * in a short answer as a wildcard, so literal asterisks go out as \*.
				expect(q.answers.map((a) => fromHtml(a.text))).toEqual(
					[item.answer, ...item.accept].map((a) => a.replace(/\*/g, '\\*'))
				);
				expect(q.answers.every((a) => a.fraction === '100')).toBe(true);
			} else {
				expect(q.type).toBe('cloze');
				const blanks = item.parts!.filter((p) => 'blank' in p).map((p) => p.blank);
				const embedded = [...q.text.matchAll(/\{1:SHORTANSWER:=((?:\\.|[^\\}])*)\}/g)].map((m) =>
					fromHtml(m[1].split('~=')[0].replace(/\\(.)/g, '$1'))
				);
				expect(embedded).toEqual(blanks.map((b) => b.replace(/\s*\n\s*/g, ' ')));
				const rest = q.text.replace(/\{1:SHORTANSWER:(?:\\.|[^\\}])*\}/g, '_____');
				expect(squash(fromHtml(rest))).toBe(
					squash(item.parts!.map((p) => ('blank' in p ? '_____' : p.text)).join(''))
				);
			}
		});
	});
});
