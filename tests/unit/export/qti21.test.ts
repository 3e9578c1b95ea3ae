import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportCards } from '../../../src/lib/export/formats';
import { DECKS, python, squash, xmllint } from './helpers';

const SCHEMAS = '../shared/schemas/qti';
const CATALOG = { XML_CATALOG_FILES: `${SCHEMAS}/qti21/catalog.xml` };
const QTI_XSD = `${SCHEMAS}/qti21/www.imsglobal.org/xsd/imsqti_v2p1.xsd`;

// Reads one assessmentItem: interactions, correct responses, mapped answers, text and feedback.
const READER = `
import json, sys, xml.etree.ElementTree as ET
Q = '{http://www.imsglobal.org/xsd/imsqti_v2p1}'
def text(el):
    parts = []
    def walk(e):
        if e.text: parts.append(e.text)
        for c in e:
            if c.tag == Q + 'br': parts.append('\\n')
            elif c.tag == Q + 'textEntryInteraction': parts.append('_____')
            elif c.tag == Q + 'choiceInteraction': pass
            elif c.tag == Q + 'div':
                walk(c)
                parts.append('\\n')
            else: walk(c)
            if c.tail: parts.append(c.tail)
    walk(el)
    return ''.join(parts)
out = []
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    decls = {d.get('identifier'): {'correct': [v.text for v in d.iter(Q + 'value')],
             'mapped': [m.get('mapKey') for m in d.iter(Q + 'mapEntry')]} for d in root.iter(Q + 'responseDeclaration')}
    body = root.find(Q + 'itemBody')
    choice = body.find(Q + 'choiceInteraction')
    out.append({
        'decls': decls,
        'text': text(body),
        'choices': [[c.get('identifier'), text(c)] for c in choice.iter(Q + 'simpleChoice')] if choice is not None else None,
        'entries': [e.get('responseIdentifier') for e in body.iter(Q + 'textEntryInteraction')],
        'feedback': text(root.find(Q + 'modalFeedback')),
    })
print(json.dumps(out))
`;

type Read = {
	decls: Record<string, { correct: string[]; mapped: string[] }>;
	text: string;
	choices: [string, string][] | null;
	entries: string[];
	feedback: string;
};

describe.each(DECKS)('QTI 2.1 package of the %s', (name, load) => {
	const deck = load();

	it('validates against the official XSDs offline and reads back item for item', async () => {
		const { data, plan } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'qti21'
		});
		const files = unzipSync(data as Uint8Array);
		const manifest = strFromU8(files['imsmanifest.xml']);
		const m = xmllint(
			['--nonet', '--noout', '--schema', `${SCHEMAS}/qti12/imscp_v1p1.xsd`, '-'],
			manifest,
			CATALOG
		);
		expect(m.output.trim()).toBe('- validates');
		const hrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((x) => x[1]);
		expect(hrefs.sort()).toEqual(
			Object.keys(files)
				.filter((f) => f !== 'imsmanifest.xml')
				.sort()
		);

		const dir = mkdtempSync(join(tmpdir(), `qti21-${name.replace(/\W/g, '')}-`));
		try {
			mkdirSync(join(dir, 'items'));
			for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dir, file), bytes);
			const qtiFiles = Object.keys(files)
				.filter((f) => f !== 'imsmanifest.xml')
				.map((f) => join(dir, f));
			const v = xmllint(
				['--nonet', '--noout', '--schema', QTI_XSD, ...qtiFiles],
				undefined,
				CATALOG
			);
			expect(v.output.split('\n').filter((l) => l && !l.endsWith(' validates'))).toEqual([]);
			expect(v.status).toBe(0);

			const itemPaths = [...strFromU8(files['assessment.xml']).matchAll(/href="([^"]+)"/g)].map(
				(x) => join(dir, x[1])
			);
			const read = JSON.parse(python(READER, itemPaths)) as Read[];
			expect(plan.items).toHaveLength(deck.cards.length);
			expect(read).toHaveLength(plan.items.length);
			read.forEach((q, i) => {
				const item = plan.items[i];
				expect(squash(q.feedback)).toBe(squash(item.feedback));
				if (item.type === 'mcq') {
					expect(squash(q.text)).toBe(squash(item.question));
					expect(q.choices!.map(([, t]) => t)).toEqual(item.choices);
					expect(q.decls.RESPONSE.correct).toEqual([q.choices![item.correct!][0]]);
				} else if (item.type === 'qa') {
					expect(squash(q.text)).toBe(`${squash(item.question)} _____`);
					expect(q.decls.RESPONSE.mapped).toEqual([item.answer, ...item.accept].map(squash));
				} else {
					const blanks = item.parts!.filter((p) => 'blank' in p).map((p) => squash(p.blank));
					expect(q.entries).toHaveLength(blanks.length);
					expect(q.entries.map((id) => q.decls[id].correct[0])).toEqual(blanks);
					expect(squash(q.text)).toBe(
						squash(item.parts!.map((p) => ('blank' in p ? '_____' : p.text)).join(''))
					);
				}
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
