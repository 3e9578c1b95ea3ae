import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCards } from '../../../src/lib/export/formats';
import { printToPdf } from '../../../scripts/lib/export-cli';
import { DECKS, requireTool } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Latin letters and digits only: what survives any font fallback in the PDF text layer. */
const skeleton = (text: string) => text.replace(/[^\p{Script=Latin}\p{Nd}]/gu, '').toLowerCase();

describe.each(DECKS)('printable worksheet of the %s', (name, load) => {
	const deck = load();
	const input = { cards: deck.cards, sources: deck.sources, title: deck.title };

	it('is HTML with numbered questions, no live markup from the cards, and a key on its own page', async () => {
		const { data, plan } = await exportCards({ ...input, format: 'print' });
		const window = new Window();
		window.document.write(data as string);
		const doc = window.document;
		expect(doc.querySelectorAll('script, img, iframe')).toHaveLength(0);
		const questions = doc.querySelectorAll('ol.questions > li');
		expect(questions).toHaveLength(plan.items.length);
		expect(doc.querySelectorAll('ol.key > li')).toHaveLength(plan.items.length);
		plan.items.forEach((item, i) => {
			const li = questions[i];
			if (item.type === 'mcq')
				expect(li.querySelectorAll('ol.choices > li')).toHaveLength(item.choices!.length);
			else if (item.type === 'qa')
				expect(li.querySelectorAll('.blank-line').length).toBeGreaterThan(0);
			else expect(li.querySelectorAll('.gap').length).toBeGreaterThan(0);
		});
		expect(data as string).toMatch(
			/\.answer-key \{ break-before: page; page-break-before: always; \}/
		);
		await window.happyDOM.close();
	});

	it('prints to PDF with headless Chromium and reads back with pdftotext, question for question', async () => {
		requireTool('pdftotext', 'poppler-utils');
		const { data, plan } = await exportCards({ ...input, format: 'print' });
		const pdf = await printToPdf({ html: data as string });
		const file = join(dir, `${name.replace(/\W/g, '-')}.pdf`);
		writeFileSync(file, pdf);
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		const pages = text.split('\f').filter((p) => p.trim());
		const keyStart = pages.findIndex((p) => p.trimStart().startsWith('Answer key'));
		expect(keyStart).toBeGreaterThan(0);
		expect(pages.slice(0, keyStart).join('\n')).not.toContain('Answer key');
		const questionText = skeleton(pages.slice(0, keyStart).join('\n'));
		const keyText = skeleton(pages.slice(keyStart).join('\n'));
		let at = 0;
		for (const item of plan.items) {
			const expected =
				item.type === 'cloze'
					? skeleton(item.parts!.map((p) => ('blank' in p ? '' : p.text)).join(''))
					: skeleton(item.question);
			const found = questionText.indexOf(expected, at);
			expect(found, `question of ${item.card.id} in order`).toBeGreaterThanOrEqual(at);
			at = found + expected.length;
			expect(keyText).toContain(skeleton(item.answer).slice(0, 200));
			for (const line of item.feedback.split('\n')) expect(keyText).toContain(skeleton(line));
		}
	});
});
