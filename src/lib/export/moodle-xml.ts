import { cdata, escapeXml, stripControlChars, textToHtml } from './xml';
import type { ExportItem } from './items';
import type { WriterInput } from './types';

function htmlText(tag: string, text: string, attrs = ''): string {
	return `<${tag}${attrs} format="html"><text>${cdata(textToHtml(text))}</text></${tag}>`;
}

function name(item: ExportItem, index: number): string {
	const words = item.question.replace(/\s+/g, ' ').trim();
	const short = words.length > 80 ? `${words.slice(0, 77)}...` : words;
	return `<name><text>${escapeXml(`${index + 1}. ${short}`)}</text></name>`;
}

/** Moodle short answers treat * as a wildcard; a backslash makes it a literal asterisk. */
export function literalShortAnswer(text: string): string {
	return text.replace(/\*/g, '\\*');
}

/** Escapes an answer inside a Moodle cloze (multianswer) placeholder: HTML first, then } # ~ / \ get a backslash. */
export function escapeMultianswer(text: string): string {
	return textToHtml(text.replace(/\s*\n\s*/g, ' ')).replace(/[\\}#~/]/g, (c) => `\\${c}`);
}

function common(item: ExportItem, index: number): string[] {
	return [
		name(item, index),
		`\t${htmlText('questiontext', item.type === 'cloze' ? '' : item.question)}`,
		`\t${htmlText('generalfeedback', item.feedback)}`,
		'\t<defaultgrade>1</defaultgrade>',
		'\t<penalty>0.3333333</penalty>',
		'\t<hidden>0</hidden>',
		`\t<idnumber>${escapeXml(item.card.id)}</idnumber>`
	];
}

function answer(fraction: number, text: string, feedback = ''): string {
	return `\t<answer fraction="${fraction}" format="html"><text>${cdata(textToHtml(text))}</text>${htmlText('feedback', feedback)}</answer>`;
}

function multichoice(item: ExportItem, index: number): string[] {
	return [
		'<question type="multichoice">',
		...common(item, index),
		'\t<single>true</single>',
		'\t<shuffleanswers>true</shuffleanswers>',
		'\t<answernumbering>abc</answernumbering>',
		...(item.choices ?? []).map((c, i) => answer(i === item.correct ? 100 : 0, c)),
		'</question>'
	];
}

/**
 * A short-answer answer as Moodle stores it. Moodle's XML import reads a short answer's <text> as plain
 * text (qformat_xml::import_answer without files: trimmed, FORMAT_PLAIN), and grading compares the
 * student's raw typed response with it (qtype_shortanswer_question::compare_string_with_wildcard), so
 * the answer goes in as typed text: "AT&T", not the HTML "AT&amp;T" nobody would type. Only XML escaping
 * applies; * is made literal; line breaks become spaces (the answer box is one line).
 */
function typedAnswer(fraction: number, text: string): string {
	const typed = literalShortAnswer(text.replace(/\s+/g, ' ').trim());
	return `\t<answer fraction="${fraction}" format="plain_text"><text>${escapeXml(typed)}</text>${htmlText('feedback', '')}</answer>`;
}

function shortanswer(item: ExportItem, index: number): string[] {
	return [
		'<question type="shortanswer">',
		...common(item, index),
		'\t<usecase>0</usecase>',
		...[item.answer, ...item.accept].map((a) => typedAnswer(100, a)),
		'</question>'
	];
}

function cloze(item: ExportItem, index: number): string[] {
	let n = 0;
	const html = (item.parts ?? [])
		.map((p) => {
			if (!('blank' in p)) return textToHtml(p.text);
			n++;
			// A single-blank card also accepts its variants; several blanks each accept their own text.
			const variants = n === 1 && item.accept.length && blanks(item) === 1 ? item.accept : [];
			const options = [p.blank, ...variants].map((v) => `=${escapeMultianswer(v)}`).join('~');
			return `{1:SHORTANSWER:${options}}`;
		})
		.join('');
	const [first, , ...rest] = common(item, index);
	return [
		'<question type="cloze">',
		first,
		`\t<questiontext format="html"><text>${cdata(html)}</text></questiontext>`,
		...rest,
		'</question>'
	];
}

function blanks(item: ExportItem): number {
	return (item.parts ?? []).filter((p) => 'blank' in p).length;
}

/** Writes Moodle XML: a category, then multichoice, shortanswer and cloze questions with the source as general feedback. */
export function writeMoodleXml({ items, title }: WriterInput): string {
	const category = `$course$/top/${stripControlChars(title)
		.replace(/[\r\n]+/g, ' ')
		.replace(/\//g, '//')}`;
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		'<question type="category">',
		`\t<category><text>${escapeXml(category)}</text></category>`,
		'</question>'
	];
	items.forEach((item, i) => {
		const body =
			item.type === 'mcq'
				? multichoice(item, i)
				: item.type === 'cloze'
					? cloze(item, i)
					: shortanswer(item, i);
		lines.push(...body);
	});
	lines.push('</quiz>', '');
	return lines.join('\n');
}
