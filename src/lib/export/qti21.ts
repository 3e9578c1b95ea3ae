import { escapeXml, stripControlChars } from './xml';
import type { ExportItem } from './items';
import { itemTitle, xmlId } from './qti-common';
import type { WriterInput } from './types';
import { zipFiles } from './zip';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const ROOT_ATTRS = `xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"`;

/** Escaped text for XHTML content inside QTI, line breaks as <br/>. */
function xhtml(text: string): string {
	return escapeXml(text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br/>');
}

const SCORE_DECL =
	'<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>';
const FEEDBACK_DECL =
	'<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>';
const SHOW_SOURCE =
	'<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">SOURCE</baseValue></setOutcomeValue>';

function textResponse(id: string, answers: string[]): string {
	const seen = new Set<string>();
	const entries = answers
		.map((a) => a.replace(/\s+/g, ' ').trim())
		.filter((a) => a && !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()))
		.map((a) => `<mapEntry mapKey="${escapeXml(a)}" mappedValue="1" caseSensitive="false"/>`);
	return `<responseDeclaration identifier="${id}" cardinality="single" baseType="string"><correctResponse><value>${escapeXml(answers[0].replace(/\s+/g, ' ').trim())}</value></correctResponse><mapping defaultValue="0" upperBound="1">${entries.join('')}</mapping></responseDeclaration>`;
}

function body(item: ExportItem): { declarations: string; itemBody: string; processing: string } {
	if (item.type === 'mcq' && item.choices) {
		const ids = item.choices.map((_, i) => `C${i + 1}`);
		const choices = item.choices.map(
			(c, i) => `<simpleChoice identifier="${ids[i]}">${xhtml(c)}</simpleChoice>`
		);
		return {
			declarations: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>${ids[item.correct ?? 0]}</value></correctResponse></responseDeclaration>`,
			itemBody: `<div>${xhtml(item.question)}</div><choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">${choices.join('')}</choiceInteraction>`,
			processing: `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match><setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf></responseCondition>`
		};
	}
	if (item.type === 'cloze' && item.parts) {
		const blanks = item.parts.filter((p): p is { blank: string } => 'blank' in p);
		const ids = blanks.map((_, i) => `RESPONSE${i + 1}`);
		let n = 0;
		const text = item.parts
			.map((p) => {
				if (!('blank' in p)) return xhtml(p.text);
				const width = Math.min(40, Math.max(5, p.blank.length + 2));
				return `<textEntryInteraction responseIdentifier="${ids[n++]}" expectedLength="${width}"/>`;
			})
			.join('');
		const answers = blanks.map((b, i) =>
			textResponse(ids[i], blanks.length === 1 ? [b.blank, ...item.accept] : [b.blank])
		);
		const sum = ids.map((id) => `<mapResponse identifier="${id}"/>`).join('');
		return {
			declarations: answers.join(''),
			itemBody: `<div>${text}</div>`,
			processing: `<setOutcomeValue identifier="SCORE">${ids.length > 1 ? `<sum>${sum}</sum>` : sum}</setOutcomeValue>`
		};
	}
	return {
		declarations: textResponse('RESPONSE', [item.answer, ...item.accept]),
		itemBody: `<div>${xhtml(item.question)}</div><div><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.min(40, Math.max(10, item.answer.length + 2))}"/></div>`,
		processing:
			'<setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue>'
	};
}

/** One QTI 2.1 assessmentItem with the source as modal feedback. */
export function qti21Item(item: ExportItem, index: number, ident: string): string {
	const { declarations, itemBody, processing } = body(item);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<assessmentItem ${ROOT_ATTRS} identifier="${ident}" title="${escapeXml(itemTitle(item, index))}" adaptive="false" timeDependent="false">`,
		declarations,
		SCORE_DECL,
		FEEDBACK_DECL,
		`<itemBody>${itemBody}</itemBody>`,
		`<responseProcessing>${processing}${SHOW_SOURCE}</responseProcessing>`,
		`<modalFeedback outcomeIdentifier="FEEDBACK" identifier="SOURCE" showHide="show">${xhtml(item.feedback)}</modalFeedback>`,
		'</assessmentItem>',
		''
	].join('\n');
}

function test(ident: string, title: string, refs: { id: string; href: string }[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<assessmentTest ${ROOT_ATTRS} identifier="${ident}" title="${escapeXml(title)}">`,
		'<testPart identifier="part1" navigationMode="linear" submissionMode="individual">',
		`<assessmentSection identifier="section1" title="${escapeXml(title)}" visible="true">`,
		...refs.map((r) => `<assessmentItemRef identifier="${r.id}" href="${r.href}"/>`),
		'</assessmentSection>',
		'</testPart>',
		'</assessmentTest>',
		''
	].join('\n');
}

function manifest(ident: string, testHref: string, refs: { id: string; href: string }[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${xmlId('m', ident)}" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">`,
		'<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
		'<organizations/>',
		'<resources>',
		`<resource identifier="${ident}" type="imsqti_test_xmlv2p1" href="${testHref}"><file href="${testHref}"/>${refs.map((r) => `<dependency identifierref="${r.id}"/>`).join('')}</resource>`,
		...refs.map(
			(r) =>
				`<resource identifier="${r.id}" type="imsqti_item_xmlv2p1" href="${r.href}"><file href="${r.href}"/></resource>`
		),
		'</resources>',
		'</manifest>',
		''
	].join('\n');
}

/** Writes a QTI 2.1 content package: manifest, one assessmentTest and one file per item. */
export function writeQti21({ items, title }: WriterInput): Uint8Array {
	const clean = stripControlChars(title).replace(/\s+/g, ' ').trim() || 'Quiz';
	const ident = xmlId('t', clean, ...items.map((i) => i.card.id));
	const files: Record<string, string> = {};
	const refs = items.map((item, i) => {
		const id = xmlId('i', item.card.id, String(i));
		const href = `items/${id}.xml`;
		files[href] = qti21Item(item, i, id);
		return { id, href };
	});
	files['assessment.xml'] = test(ident, clean, refs);
	files['imsmanifest.xml'] = manifest(ident, 'assessment.xml', refs);
	return zipFiles(files);
}
