import { describe, expect, it } from 'vitest';
import { exportCards } from '../../../src/lib/export/formats';
import { escapeMultianswer } from '../../../src/lib/export/moodle-xml';
import { makeCard, makeDeck, makeSource } from '../../fixtures/deck';
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
				// Plain typed text, as Moodle compares it; * is a wildcard there, so literal ones go out as \*.
				expect(q.answers.map((a) => a.text)).toEqual(
					[item.answer, ...item.accept].map((a) =>
						a.replace(/\s+/g, ' ').trim().replace(/\*/g, '\\*')
					)
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

// Grades typed responses the way Moodle does: qformat_xml::import_answer reads a short answer's <text>
// (trimmed, plain text) and qtype_shortanswer_question::compare_string_with_wildcard matches the trimmed
// response against it (NFC, unescaped * a wildcard, \* a literal one, case-insensitive for usecase 0).
const GRADER = `
import json, re, sys, unicodedata, xml.etree.ElementTree as ET
tries = json.loads(sys.argv[1])
def matches(response, pattern, ignorecase):
    pattern = unicodedata.normalize('NFC', pattern)
    response = unicodedata.normalize('NFC', response)
    bits = re.split(r'(?<!\\\\)\\*+', pattern)
    regexp = '^' + '.*'.join(re.escape(b.replace('\\\\*', '*')) for b in bits) + '$'
    return re.match(regexp, response.strip(), re.I if ignorecase else 0) is not None
out = []
for q in ET.parse(sys.stdin).getroot().findall('question'):
    if q.get('type') != 'shortanswer':
        continue
    usecase = (q.findtext('usecase') or '0').strip() == '1'
    answers = [(a.findtext('text') or '').strip() for a in q.findall('answer') if a.get('fraction') == '100']
    out.append({'answers': answers, 'graded': {t: any(matches(t, a, not usecase) for a in answers) for t in tries}})
print(json.dumps(out))
`;

describe('Moodle XML short answers, graded as Moodle grades them', () => {
	it('counts the answer a student types as correct (AT&T, <b>, 5 * 3), and nothing else', async () => {
		const source = makeSource();
		const cards = [
			['Which company?', 'AT&T', ['AT & T']],
			['Which tag?', '<b>bold</b>', []],
			['What sum?', '5 * 3', ['"fifteen"']]
		].map(([question, answer, accept], i) =>
			makeCard(source, {
				id: `sa-${i}`,
				question: question as string,
				answer: answer as string,
				accept: accept as string[]
			})
		);
		const deck = makeDeck({ cards });
		const { data } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'moodle-xml'
		});
		const tries = [
			'AT&T',
			'at&t',
			'AT & T',
			'AT&amp;T',
			'<b>bold</b>',
			'5 * 3',
			'5 x 3',
			'"fifteen"'
		];
		const graded = JSON.parse(python(GRADER, [JSON.stringify(tries)], data as string)) as {
			answers: string[];
			graded: Record<string, boolean>;
		}[];
		expect(graded.map((g) => g.answers)).toEqual([
			['AT&T', 'AT & T'],
			['<b>bold</b>'],
			['5 \\* 3', '"fifteen"']
		]);
		const right = (i: number) =>
			Object.entries(graded[i].graded)
				.filter(([, ok]) => ok)
				.map(([typed]) => typed);
		expect(right(0)).toEqual(['AT&T', 'at&t', 'AT & T']);
		expect(right(1)).toEqual(['<b>bold</b>']);
		expect(right(2)).toEqual(['5 * 3', '"fifteen"']);
	});
});
