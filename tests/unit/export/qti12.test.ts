import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportCards } from '../../../src/lib/export/formats';
import { DECKS, python, squash, xmllint } from './helpers';

const SCHEMAS = '../shared/schemas/qti';
const CATALOG = { XML_CATALOG_FILES: `${SCHEMAS}/qti21/catalog.xml` };

// Reads the assessment the way Canvas's QTI importer does: per item its type, text, choices, answers.
const READER = `
import html, json, re, sys, xml.etree.ElementTree as ET
ns = {'q': 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2'}
root = ET.parse(sys.stdin).getroot()
def text(el):
    s = html.unescape(re.sub(r'<br>', '\\n', re.sub(r'</?div>', '', el.text or '')))
    return s
out = []
for item in root.iter('{%s}item' % ns['q']):
    meta = {f.findtext('q:fieldlabel', namespaces=ns): f.findtext('q:fieldentry', namespaces=ns) for f in item.iter('{%s}qtimetadatafield' % ns['q'])}
    pres = item.find('q:presentation', ns)
    labels = [(l.get('ident'), l.findtext('q:material/q:mattext', namespaces=ns)) for l in pres.iter('{%s}response_label' % ns['q'])]
    correct = [v.text for v in item.iter('{%s}varequal' % ns['q'])]
    out.append({'type': meta.get('question_type'), 'question': text(pres.find('q:material/q:mattext', ns)),
                'labels': labels, 'correct': correct,
                'feedback': text(item.find('q:itemfeedback/q:flow_mat/q:material/q:mattext', ns))})
print(json.dumps(out))
`;

type Read = {
	type: string;
	question: string;
	labels: [string, string | null][];
	correct: string[];
	feedback: string;
};

describe.each(DECKS)('Canvas QTI 1.2 of the %s', (_name, load) => {
	const deck = load();

	it('validates against the QTI 1.2 DTD and IMS CP schema and reads back item for item', async () => {
		const { data, plan } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'qti12'
		});
		const files = unzipSync(data as Uint8Array);
		const names = Object.keys(files);
		expect(names).toContain('imsmanifest.xml');
		const assessmentName = names.find((n) => /^(\w+)\/\1\.xml$/.test(n))!;
		const metaName = names.find((n) => n.endsWith('/assessment_meta.xml'))!;
		expect(assessmentName).toBeDefined();
		expect(metaName).toBeDefined();
		expect(names).toHaveLength(3);

		const manifest = strFromU8(files['imsmanifest.xml']);
		const m = xmllint(
			['--nonet', '--noout', '--schema', `${SCHEMAS}/qti12/imscp_v1p1.xsd`, '-'],
			manifest,
			CATALOG
		);
		expect(m.output.trim()).toBe('- validates');
		expect(m.status).toBe(0);
		for (const href of manifest.matchAll(/href="([^"]+)"/g)) expect(names).toContain(href[1]);

		const assessment = strFromU8(files[assessmentName]);
		const withoutNs = assessment.replace(
			/ xmlns="http:\/\/www.imsglobal.org\/xsd\/ims_qtiasiv1p2"/,
			''
		);
		const a = xmllint(
			['--noout', '--dtdvalid', `${SCHEMAS}/qti12/ims_qtiasiv1p2p1.dtd`, '-'],
			withoutNs
		);
		expect(a.output).toBe('');
		expect(a.status).toBe(0);
		const meta = xmllint(['--noout', '-'], strFromU8(files[metaName]));
		expect(meta.status).toBe(0);

		const read = JSON.parse(python(READER, [], assessment)) as Read[];
		expect(plan.items).toHaveLength(deck.cards.length);
		expect(read).toHaveLength(plan.items.length);
		read.forEach((q, i) => {
			const item = plan.items[i];
			expect(squash(q.feedback)).toBe(squash(item.feedback));
			if (item.type === 'mcq') {
				expect(q.type).toBe('multiple_choice_question');
				expect(squash(q.question)).toBe(squash(item.question));
				expect(q.labels.map(([, t]) => t)).toEqual(item.choices);
				expect(q.correct).toEqual([q.labels[item.correct!][0]]);
			} else if (item.type === 'qa') {
				expect(q.type).toBe('short_answer_question');
				expect(squash(q.question)).toBe(squash(item.question));
				expect(q.correct).toEqual([item.answer, ...item.accept].map(squash));
			} else {
				const blanks = item.parts!.filter((p) => 'blank' in p).map((p) => p.blank);
				if (blanks.length === 1) {
					expect(q.type).toBe('short_answer_question');
					expect(q.correct[0]).toBe(squash(blanks[0]));
				} else {
					expect(q.type).toBe('fill_in_multiple_blanks_question');
					expect(q.labels.map(([, t]) => t)).toEqual(blanks.map(squash));
					expect(q.correct).toEqual(q.labels.map(([id]) => id));
					expect(q.question.match(/\[blank\d+\]/g)).toHaveLength(blanks.length);
				}
			}
		});
	});
});
