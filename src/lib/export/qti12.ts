import { escapeXml, stripControlChars, textToHtml } from './xml';
import { blanksOf, type ExportItem } from './items';
import { itemTitle, xmlId } from './qti-common';
import type { WriterInput } from './types';
import { zipFiles } from './zip';

const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';

/** HTML for a mattext element: escaped once as HTML, then once more as XML text. */
function htmlMattext(text: string): string {
	return `<material><mattext texttype="text/html">${escapeXml(`<div>${textToHtml(text)}</div>`)}</mattext></material>`;
}

function plainMattext(text: string): string {
	return `<material><mattext texttype="text/plain">${escapeXml(text)}</mattext></material>`;
}

function metadata(fields: Record<string, string>): string {
	const rows = Object.entries(fields).map(
		([label, entry]) =>
			`<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`
	);
	return `<itemmetadata><qtimetadata>${rows.join('')}</qtimetadata></itemmetadata>`;
}

const OUTCOMES =
	'<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>';
const SHOW_FEEDBACK =
	'<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>';

function feedback(item: ExportItem): string {
	return `<itemfeedback ident="general_fb"><flow_mat>${htmlMattext(item.feedback)}</flow_mat></itemfeedback>`;
}

function multipleChoice(item: ExportItem, ident: string): string {
	const ids = (item.choices ?? []).map((c, i) => xmlId('c', ident, String(i), c));
	const labels = (item.choices ?? []).map(
		(c, i) => `<response_label ident="${ids[i]}">${plainMattext(c)}</response_label>`
	);
	return [
		metadata({
			question_type: 'multiple_choice_question',
			points_possible: '1.0',
			original_answer_ids: ids.join(',')
		}),
		`<presentation>${htmlMattext(item.question)}<response_lid ident="response1" rcardinality="Single"><render_choice>${labels.join('')}</render_choice></response_lid></presentation>`,
		`<resprocessing>${OUTCOMES}${SHOW_FEEDBACK}<respcondition continue="No"><conditionvar><varequal respident="response1">${ids[item.correct ?? 0]}</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>`
	].join('');
}

function shortAnswer(item: ExportItem, question: string): string {
	const answers = [item.answer, ...item.accept]
		.map(
			(a) =>
				`<varequal respident="response1">${escapeXml(a.replace(/\s+/g, ' ').trim())}</varequal>`
		)
		.join('');
	return [
		metadata({ question_type: 'short_answer_question', points_possible: '1.0' }),
		`<presentation>${htmlMattext(question)}<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str></presentation>`,
		`<resprocessing>${OUTCOMES}${SHOW_FEEDBACK}<respcondition continue="No"><conditionvar>${answers}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>`
	].join('');
}

/** Canvas "fill in multiple blanks": [blankN] placeholders in the text, one response per blank. */
function multipleBlanks(item: ExportItem, ident: string): string {
	const parts = item.parts ?? [];
	let n = 0;
	const text = parts.map((p) => ('blank' in p ? `[blank${++n}]` : p.text)).join('');
	const blanks = blanksOf(parts);
	const share = (100 / blanks.length).toFixed(2);
	const responses = blanks.map((b, i) => {
		const id = xmlId('b', ident, String(i), b);
		return {
			id,
			lid: `<response_lid ident="response_blank${i + 1}">${plainMattext(`blank${i + 1}`)}<render_choice><response_label ident="${id}">${plainMattext(b.replace(/\s+/g, ' ').trim())}</response_label></render_choice></response_lid>`,
			condition: `<respcondition><conditionvar><varequal respident="response_blank${i + 1}">${id}</varequal></conditionvar><setvar action="Add" varname="SCORE">${share}</setvar></respcondition>`
		};
	});
	return [
		metadata({
			question_type: 'fill_in_multiple_blanks_question',
			points_possible: '1.0',
			original_answer_ids: responses.map((r) => r.id).join(',')
		}),
		`<presentation>${htmlMattext(text)}${responses.map((r) => r.lid).join('')}</presentation>`,
		`<resprocessing>${OUTCOMES}${SHOW_FEEDBACK}${responses.map((r) => r.condition).join('')}</resprocessing>`
	].join('');
}

function item(entry: ExportItem, index: number): string {
	const ident = xmlId('i', entry.card.id, String(index));
	let body: string;
	if (entry.type === 'mcq') body = multipleChoice(entry, ident);
	else if (entry.type === 'cloze' && blanksOf(entry.parts ?? []).length > 1)
		body = multipleBlanks(entry, ident);
	else if (entry.type === 'cloze')
		body = shortAnswer(
			entry,
			(entry.parts ?? []).map((p) => ('blank' in p ? '_____' : p.text)).join('')
		);
	else body = shortAnswer(entry, entry.question);
	return `<item ident="${ident}" title="${escapeXml(itemTitle(entry, index))}">${body}${feedback(entry)}</item>`;
}

/** The QTI 1.2 assessment document (Canvas dialect). */
export function qti12Assessment(items: ExportItem[], title: string, ident: string): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<questestinterop xmlns="${QTI_NS}">`,
		`<assessment ident="${ident}" title="${escapeXml(title)}">`,
		'<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>',
		'<section ident="root_section">',
		...items.map(item),
		'</section>',
		'</assessment>',
		'</questestinterop>',
		''
	].join('\n');
}

function assessmentMeta(title: string, ident: string): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz identifier="' +
			ident +
			'" xmlns="http://canvas.instructure.com/xsd/cccv1p0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd">',
		`<title>${escapeXml(title)}</title>`,
		'<description></description>',
		'<shuffle_answers>true</shuffle_answers>',
		'<scoring_policy>keep_highest</scoring_policy>',
		'<quiz_type>assignment</quiz_type>',
		'<points_possible>1.0</points_possible>',
		'<show_correct_answers>true</show_correct_answers>',
		'<allowed_attempts>1</allowed_attempts>',
		'<available>false</available>',
		'</quiz>',
		''
	].join('\n');
}

function manifest(ident: string, metaIdent: string): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${xmlId('m', ident)}" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">`,
		'<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>',
		'<organizations/>',
		'<resources>',
		`<resource identifier="${ident}" type="imsqti_xmlv1p2"><file href="${ident}/${ident}.xml"/><dependency identifierref="${metaIdent}"/></resource>`,
		`<resource identifier="${metaIdent}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${ident}/assessment_meta.xml"><file href="${ident}/assessment_meta.xml"/></resource>`,
		'</resources>',
		'</manifest>',
		''
	].join('\n');
}

/** Writes a Canvas QTI 1.2 zip: imsmanifest.xml, the assessment and Canvas's assessment_meta.xml. */
export function writeQti12({ items, title }: WriterInput): Uint8Array {
	const clean = stripControlChars(title).replace(/\s+/g, ' ').trim() || 'Quiz';
	const ident = xmlId('g', clean, ...items.map((i) => i.card.id));
	const metaIdent = xmlId('r', ident);
	return zipFiles({
		'imsmanifest.xml': manifest(ident, metaIdent),
		[`${ident}/${ident}.xml`]: qti12Assessment(items, clean, ident),
		[`${ident}/assessment_meta.xml`]: assessmentMeta(clean, ident)
	});
}
