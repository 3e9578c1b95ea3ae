import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BBC_DIR as BBC, describeCorpus } from '../../fixtures/corpus';
import {
	foldText,
	normaliseText,
	segmentText,
	type Segmented
} from '../../../src/lib/generator/text';

const SEEDS = resolve(process.cwd(), 'seeds');

/** Reads a file as UTF-8, falling back to Windows-1252 for legacy bytes (as the corpus needs). */
function readText(path: string): string {
	const bytes = readFileSync(path);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

function seed(prefix: string): string {
	const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
	if (!file) throw new Error(`no seed ${prefix}`);
	return readText(resolve(SEEDS, file));
}

function sentencesOf(text: string): string[] {
	return segmentText({ text }).sentences.map((s) => s.text);
}

function droppedOf(seg: Segmented): Array<[string, string]> {
	return seg.dropped.map((d) => [d.reason, seg.text.slice(d.start, d.end)]);
}

const isWhitespace = (ch: string) => /\s/u.test(ch);

/** Every recorded range is exact, trimmed, non-empty and disjoint; sentences are in order. */
function checkInvariants(seg: Segmented): string[] {
	const errors: string[] = [];
	const ranges: Array<{ start: number; end: number; what: string }> = [];
	const exact = (what: string, r: { start: number; end: number; text?: string }) => {
		const slice = seg.text.slice(r.start, r.end);
		if (r.end <= r.start) errors.push(`${what} is empty at ${r.start}`);
		if (r.start < 0 || r.end > seg.text.length) errors.push(`${what} out of bounds`);
		if (r.text !== undefined && r.text !== slice) errors.push(`${what} text differs from slice`);
		if (isWhitespace(slice.charAt(0)) || isWhitespace(slice.charAt(slice.length - 1)))
			errors.push(`${what} not trimmed: ${JSON.stringify(slice.slice(0, 40))}`);
		ranges.push({ start: r.start, end: r.end, what });
	};
	seg.sentences.forEach((s, i) => {
		exact(`sentence ${i}`, s);
		if (s.index !== i) errors.push(`sentence ${i} has index ${s.index}`);
		if (i > 0) {
			const prev = seg.sentences[i - 1];
			if (s.start < prev.end) errors.push(`sentence ${i} out of order`);
			if (s.paragraph < prev.paragraph) errors.push(`sentence ${i} paragraph goes back`);
		}
	});
	seg.headings.forEach((h, i) => exact(`heading ${i}`, h));
	seg.dropped.forEach((d, i) => exact(`dropped ${i} (${d.reason})`, d));
	if (seg.headline) exact('headline', seg.headline);
	if (seg.dateline) exact('dateline', seg.dateline);
	ranges.sort((a, b) => a.start - b.start);
	for (let i = 1; i < ranges.length; i++) {
		if (ranges[i].start < ranges[i - 1].end)
			errors.push(`${ranges[i - 1].what} overlaps ${ranges[i].what}`);
	}
	return errors;
}

describe('normaliseText', () => {
	it('strips the BOM, unifies line ends, removes control chars and expands tabs', () => {
		const raw = '\ufeffOne\r\nTwo\rThree\u0007\u0000\tFour\u2028Five\u000cSix';
		expect(normaliseText(raw)).toBe('One\nTwo\nThree Four\nFive\nSix');
	});

	it('composes to NFC and is idempotent', () => {
		const raw = 'Cafe\u0301 cre\u0300me';
		const once = normaliseText(raw);
		expect(once).toBe('Café crème');
		expect(once.length).toBe(10);
		expect(normaliseText(once)).toBe(once);
	});

	it('decodes numeric character references once, never into "&" or a control character', () => {
		expect(normaliseText('his fianc&#233;e and &#x201C;friends&#x201D;')).toBe(
			'his fiancée and “friends”'
		);
		const kept = 'AT&T, &#38;#233; and &#0;';
		expect(normaliseText(kept)).toBe(kept);
		expect(normaliseText(normaliseText('&#38;#233;'))).toBe('&#38;#233;');
	});

	it('leaves clean text untouched', () => {
		const clean = 'Plain text.\n\nWith “quotes” and £ signs.';
		expect(normaliseText(clean)).toBe(clean);
	});
});

describe('foldText', () => {
	it('folds typographic variants char for char', () => {
		const src = '“Hi,” she said — it’s 5\u00a0km… –3 ＡＢ';
		const folded = foldText(src);
		expect(folded).toBe('"Hi," she said - it\'s 5 km. -3 AB');
		expect(folded.length).toBe(src.length);
	});

	it('returns ASCII input unchanged', () => {
		expect(foldText('plain "ascii" - text...')).toBe('plain "ascii" - text...');
	});
});

describe('sentence splitting', () => {
	it.each([
		[
			'He met Dr. Smith at 9 a.m. on Monday. They talked.',
			['He met Dr. Smith at 9 a.m. on Monday.', 'They talked.']
		],
		['Mr. and Mrs. Jones visited St. Paul with Gen. Lee.', null],
		['The U.S. Senate voted. The bill passed.', ['The U.S. Senate voted.', 'The bill passed.']],
		['Growth slowed in the U.S. The euro fell.', ['Growth slowed in the U.S.', 'The euro fell.']],
		['Modi discussed it during a visit to the U.S. in February.', null],
		['Trade with the U.K. and the U.N. grew.', null],
		[
			'Apple Inc. reported profits. Samsung Electronics Co. Ltd. said otherwise.',
			['Apple Inc. reported profits.', 'Samsung Electronics Co. Ltd. said otherwise.']
		],
		['Lt. Gen. John Smith spoke.', null],
		['Prices rose 3.5% in Nov. 2024 compared with Oct. 2023 levels.', null],
		[
			'It was listed as No. 1 on the chart. Sales rose.',
			['It was listed as No. 1 on the chart.', 'Sales rose.']
		],
		[
			'J. K. Rowling wrote it. George W. Bush read it.',
			['J. K. Rowling wrote it.', 'George W. Bush read it.']
		],
		[
			'Fruit, e.g. apples, i.e. pears, sold well. Done.',
			['Fruit, e.g. apples, i.e. pears, sold well.', 'Done.']
		],
		['Warriors vs. Celtics ended 100-98.', null],
		['He said: "We won." Then he left.', ['He said: "We won."', 'Then he left.']],
		['"We won," he said. "It was hard."', ['"We won," he said.', '"It was hard."']],
		[
			'“It is a new decade of partnership,” Singh said on X. Talks continue.',
			['“It is a new decade of partnership,” Singh said on X.', 'Talks continue.']
		],
		['"Is it over?" she asked. Yes!', ['"Is it over?" she asked.', 'Yes!']],
		['Really? Yes! Wow... Fine.', ['Really?', 'Yes!', 'Wow...', 'Fine.']],
		['He paused... and then spoke.', null],
		['It was delayed (again.) Then it came.', ['It was delayed (again.)', 'Then it came.']],
		[
			"It cost $1.5bn. The firm's shares fell 2.5%.",
			['It cost $1.5bn.', "The firm's shares fell 2.5%."]
		],
		['Visit example.com today. Then call.', ['Visit example.com today.', 'Then call.']],
		['Shares rose. eBay fell.', ['Shares rose.', 'eBay fell.']],
		['He moved to the U.S.', null],
		['The 10-year U.S.-India framework was signed.', null],
		['The deal is imminent.... Talks resume.', ['The deal is imminent....', 'Talks resume.']],
		['He posted on X. Talks resumed.', ['He posted on X.', 'Talks resumed.']],
		['Xbox frontman J. Allard said so.', null],
		[
			'Plan Z, the rescue, failed. It followed Plan Z. Officials met again.',
			['Plan Z, the rescue, failed.', 'It followed Plan Z.', 'Officials met again.']
		],
		['Plan Z failed. George W. Bush read it.', ['Plan Z failed.', 'George W. Bush read it.']],
		[
			'It helps patients with MS. Final approval came.',
			['It helps patients with MS.', 'Final approval came.']
		],
		['It ended at 9 a.m. ET on Friday.', null],
		['Her debut Salaam Bombay! - nominated for an Oscar - made her name.', null]
	])('%s', (input, expected) => {
		expect(sentencesOf(input)).toEqual(expected ?? [input]);
	});

	it('ends a sentence at every newline and skips whitespace-only lines', () => {
		const seg = segmentText({ text: 'Intro line.\nNo final stop here\n   \n\t\nLast one.' });
		expect(seg.sentences.map((s) => s.text)).toEqual([
			'Intro line.',
			'No final stop here',
			'Last one.'
		]);
		expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
	});

	it('strips bullet markers from list lines', () => {
		const seg = segmentText({
			text: 'Intro sentence.\n- first item\n * second item.\n• third item\n1. fourth item'
		});
		expect(seg.sentences.map((s) => s.text)).toEqual([
			'Intro sentence.',
			'first item',
			'second item.',
			'third item',
			'fourth item'
		]);
		expect(checkInvariants(seg)).toEqual([]);
	});

	it('keeps offsets exact after normalisation (CRLF, BOM, tabs)', () => {
		const seg = segmentText({ text: '\ufeffTitle Line\r\n\r\nOne.\tTwo.\r\nThree.' });
		expect(seg.text).toBe('Title Line\n\nOne. Two.\nThree.');
		expect(seg.headline?.text).toBe('Title Line');
		expect(seg.sentences.map((s) => s.text)).toEqual(['One.', 'Two.', 'Three.']);
		expect(checkInvariants(seg)).toEqual([]);
	});
});

describe('headline, dateline and metadata', () => {
	it('takes a first line without final punctuation as the headline', () => {
		const seg = segmentText({ text: 'Markets rally on rate hopes\n\nStocks rose. Bonds fell.' });
		expect(seg.headline?.text).toBe('Markets rally on rate hopes');
		expect(seg.sentences.map((s) => s.text)).toEqual(['Stocks rose.', 'Bonds fell.']);
	});

	it('accepts a question headline only when a blank line follows', () => {
		expect(segmentText({ text: 'Could rates fall?\n\nThey might.' }).headline?.text).toBe(
			'Could rates fall?'
		);
		expect(segmentText({ text: 'Could rates fall?\nThey might.' }).headline).toBeUndefined();
		expect(segmentText({ text: 'Rates fell today.\n\nThey might.' }).headline).toBeUndefined();
	});

	it.each([
		[
			'WASHINGTON, March 3, 2024 — The Senate voted.',
			{ place: 'WASHINGTON', month: 3, day: 3, year: 2024 },
			'WASHINGTON, March 3, 2024 —'
		],
		['LONDON (Reuters) - Stocks rose.', { place: 'LONDON' }, 'LONDON (Reuters) -'],
		[
			'New Delhi, Nov. 1 -- India signed.',
			{ place: 'New Delhi', month: 11, day: 1 },
			'New Delhi, Nov. 1 --'
		],
		['PARIS: France won the match.', { place: 'PARIS' }, 'PARIS:']
	])('parses the dateline in %s', (text, parts, raw) => {
		const seg = segmentText({ text: `Some headline\n\n${text}` });
		expect(seg.dateline).toMatchObject(parts);
		expect(seg.text.slice(seg.dateline!.start, seg.dateline!.end)).toBe(raw);
		expect(seg.sentences[0].text).toBe(text.slice(raw.length + 1));
		expect(checkInvariants(seg)).toEqual([]);
	});

	it.each([
		'Apple - the firm - rose.',
		'EU-US talks resumed today.',
		'London is big - very big.',
		'BMW - the carmaker - grew.'
	])('finds no dateline in %s', (text) => {
		expect(segmentText({ text: `Some headline\n\n${text}` }).dateline).toBeUndefined();
	});

	it('reads inline and whole-line metadata dates', () => {
		const inline = segmentText({ text: ' date 2025-10-31 India signed a pact.\n\nMore follows.' });
		expect(inline.metadata.date).toBe('2025-10-31');
		expect(droppedOf(inline)).toEqual([['metadata', 'date 2025-10-31']]);
		expect(inline.sentences[0].text).toBe('India signed a pact.');

		const lines = segmentText({
			text: 'A headline\nUpdated: March 5, 2024 at 10:30 a.m. ET\nPublished 4 March 2024\n\nBody text.'
		});
		expect(lines.metadata.date).toBe('2024-03-04');
		expect(lines.dropped.map((d) => d.reason)).toEqual(['metadata', 'metadata']);
		expect(lines.sentences.map((s) => s.text)).toEqual(['Body text.']);

		const vague = segmentText({ text: 'Body one.\nUpdated: 2 hours ago\nBody two.' });
		expect(vague.metadata.date).toBeUndefined();
		expect(droppedOf(vague)).toEqual([['metadata', 'Updated: 2 hours ago']]);
	});

	it('reads a key-less date line and an agency dateline after a byline', () => {
		const seg = segmentText({
			text: [
				'Fed signals rate cuts as inflation cools',
				'By Ann Saphir and Howard Schneider',
				'March 3, 2024 10:15 AM EST Updated 2 hours ago',
				'',
				'WASHINGTON, March 3 (Reuters) - The U.S. Federal Reserve held rates steady. Fed Chair Jerome H. Powell spoke.',
				'Get our weekly newsletter. Sign up here.',
				'Reporting by Ann Saphir; Editing by Paul Simao'
			].join('\n')
		});
		expect(seg.metadata.date).toBe('2024-03-03');
		expect(seg.dateline).toMatchObject({ place: 'WASHINGTON', month: 3, day: 3 });
		expect(seg.sentences.map((s) => s.text)).toEqual([
			'The U.S. Federal Reserve held rates steady.',
			'Fed Chair Jerome H. Powell spoke.'
		]);
		expect(seg.dropped.map((d) => d.reason)).toEqual([
			'byline',
			'metadata',
			'subscription',
			'credit'
		]);
		expect(checkInvariants(seg)).toEqual([]);
	});

	it('does not mistake sentences about dates for metadata', () => {
		const seg = segmentText({
			text: 'Date palms grow fast.\nUpdated figures came on 3 March 2024.'
		});
		expect(seg.metadata.date).toBeUndefined();
		expect(seg.sentences).toHaveLength(2);
	});
});

describe('boilerplate and headings', () => {
	it('cuts a heading in capitals off the sentence it was run into', () => {
		const seg = segmentText({
			text: 'Prizes were first given in 1929. WHEN AND WHERE The dinner lasted until 1942. US AND EU officials met.'
		});
		expect(seg.sentences.map((s) => s.text)).toEqual([
			'Prizes were first given in 1929.',
			'The dinner lasted until 1942.',
			'US AND EU officials met.'
		]);
		expect(seg.headings.map((h) => h.text)).toEqual(['WHEN AND WHERE']);
		expect(checkInvariants(seg)).toEqual([]);
	});

	const article = [
		'Markets Rally On Rate Hopes',
		'By Jane Doe',
		'Published: 3 March 2024 10:30 GMT',
		'',
		'LONDON (Reuters) - Stocks rose on Tuesday. Investors cheered.',
		'Photo: John Smith/Getty Images',
		'Read more: Why rates matter',
		'Sign up for our newsletter to get the latest news.',
		'Share this article',
		'The governor arrives at the bank in London. (AFP)',
		'Analysts Weigh In',
		'"We expect cuts," said one analyst. Bond yields fell.',
		'The bank does not provide investment advice.',
		'(With inputs from agencies)',
		'Copyright 2024 Example Media. All rights reserved.'
	].join('\n');
	const seg = segmentText({ text: article });

	it('keeps only the body sentences', () => {
		expect(seg.sentences.map((s) => s.text)).toEqual([
			'Stocks rose on Tuesday.',
			'Investors cheered.',
			'"We expect cuts," said one analyst.',
			'Bond yields fell.'
		]);
		expect(seg.headline?.text).toBe('Markets Rally On Rate Hopes');
		expect(seg.metadata.date).toBe('2024-03-03');
		expect(seg.headings.map((h) => h.text)).toEqual(['Analysts Weigh In']);
		expect(checkInvariants(seg)).toEqual([]);
	});

	it('records each removal with its reason', () => {
		expect(droppedOf(seg)).toEqual([
			['byline', 'By Jane Doe'],
			['metadata', 'Published: 3 March 2024 10:30 GMT'],
			['image-credit', 'Photo: John Smith/Getty Images'],
			['read-more', 'Read more: Why rates matter'],
			['subscription', 'Sign up for our newsletter to get the latest news.'],
			['social', 'Share this article'],
			['caption', 'The governor arrives at the bank in London. (AFP)'],
			['disclaimer', 'The bank does not provide investment advice.'],
			['credit', '(With inputs from agencies)'],
			['copyright', 'Copyright 2024 Example Media. All rights reserved.']
		]);
	});

	it('drops link titles under a bare read-more header and captions ending in a credit', () => {
		const s = segmentText({
			text: 'Body one.\nREAD NEXT:\nRival Plans Big Merger\nBody two.\nLeaders meet in Delhi (Photo: PTI)\nBody three.'
		});
		expect(s.sentences.map((x) => x.text)).toEqual(['Body one.', 'Body two.', 'Body three.']);
		expect(s.dropped.map((d) => d.reason)).toEqual(['read-more', 'read-more', 'caption']);
	});

	it('drops a caption whose credit sits mid-line, and a leading credit with its dash', () => {
		const s = segmentText({
			text: 'Intro.\nLeaders met on Friday. Ministers at the talks. (AP) The deal was signed later.\n(Reuters) - Oil rose on Monday.'
		});
		expect(s.sentences.map((x) => x.text)).toEqual([
			'Intro.',
			'Leaders met on Friday.',
			'The deal was signed later.',
			'Oil rose on Monday.'
		]);
		expect(droppedOf(s)).toEqual([
			['caption', 'Ministers at the talks. (AP)'],
			['image-credit', '(Reuters) -']
		]);
		expect(checkInvariants(s)).toEqual([]);
	});

	it('keeps ordinary lines that only look a little like boilerplate', () => {
		const text = [
			'Subscribers rose by 10% last year.',
			'Getty Images, the photo agency, was sold for $3bn.',
			'Winners meet in final match',
			'The champions will defend their title.'
		].join('\n');
		expect(sentencesOf(text)).toEqual([
			'Subscribers rose by 10% last year.',
			'Getty Images, the photo agency, was sold for $3bn.',
			'Winners meet in final match',
			'The champions will defend their title.'
		]);
	});

	it('sets aside lines of bare punctuation as noise', () => {
		const s = segmentText({
			text: 'Intro.\nHe thanked the crowd\n.\nThen he left.\n* * *\nThe end.'
		});
		expect(s.sentences.map((x) => x.text)).toEqual([
			'Intro.',
			'He thanked the crowd',
			'Then he left.',
			'The end.'
		]);
		expect(s.dropped.map((d) => d.reason)).toEqual(['noise', 'noise']);
	});

	it('judges a multi-sentence line sentence by sentence', () => {
		const s = segmentText({
			text: 'Intro.\nThe firm launched a newsletter for clients. Sign up for our newsletter today.'
		});
		expect(s.sentences.map((x) => x.text)).toEqual([
			'Intro.',
			'The firm launched a newsletter for clients.'
		]);
	});

	it('does not take a last line or a lower-case line as a heading', () => {
		const s = segmentText({
			text: 'Body one.\nfinal thoughts here\nBody two.\nClosing Title Line'
		});
		expect(s.headings).toEqual([]);
		expect(s.sentences).toHaveLength(4);
	});
});

describe('seed articles', () => {
	it('seed 000: the trailing "With inputs from" credit is dropped, no headline', () => {
		const s = segmentText({ text: seed('000') });
		expect(s.headline).toBeUndefined();
		expect(s.dropped.map((d) => d.reason)).toEqual(['credit']);
		expect(s.sentences.some((x) => x.text.startsWith('With inputs'))).toBe(false);
		expect(s.sentences.map((x) => x.text)).toContain(
			'Defense will remain a major pillar of our bilateral relations.'
		);
		expect(checkInvariants(s)).toEqual([]);
	});

	it('seed 001: headline, dateline and the paywall prompt', () => {
		const s = segmentText({ text: seed('001') });
		expect(s.headline?.text).toBe('India and US ink 10-year defence framework pact');
		expect(s.dateline).toMatchObject({ place: 'New Delhi', month: 11, day: 1 });
		expect(s.sentences[0].text.startsWith('India and the US on Friday signed')).toBe(true);
		expect(droppedOf(s).map(([r]) => r)).toEqual(['subscription', 'subscription']);
		expect(s.sentences.at(-1)?.text).toMatch(/imminent\.\.\.\.$/);
		expect(s.sentences.map((x) => x.text)).toContain(
			'"I just met with @rajnathsingh to sign a 10-year U.S.-India Defense Framework.'
		);
		expect(checkInvariants(s)).toEqual([]);
	});

	it('seed 002: inline "date" metadata', () => {
		const s = segmentText({ text: seed('002') });
		expect(s.metadata.date).toBe('2025-10-31');
		expect(droppedOf(s)).toEqual([['metadata', 'date 2025-10-31']]);
		expect(s.sentences[0].text.startsWith('India and the United States (US) have signed')).toBe(
			true
		);
		expect(s.sentences.map((x) => x.text)).toContain(
			'“It is a signal of our growing strategic convergence and will herald a new decade of partnership,” Singh said on X after he met Hegseth.'
		);
		expect(checkInvariants(s)).toEqual([]);
	});

	it('seed 003: headings, READ NEXT, image credit, disclaimer and copyright', () => {
		const s = segmentText({ text: seed('003') });
		expect(s.headline).toBeUndefined();
		expect(s.headings.map((h) => h.text)).toEqual([
			'Focus On Regional Stability',
			'Trump-Modi’s Defense Co-operation Plans',
			'India Reportedly Plans To Cut Russian Oil Purchases'
		]);
		expect(s.dropped.map((d) => d.reason)).toEqual([
			'read-more',
			'image-credit',
			'disclaimer',
			'copyright'
		]);
		const texts = s.sentences.map((x) => x.text);
		expect(texts).toContain(
			'The defense agreement was a key topic during Indian Prime Minister Narendra Modi‘s visit to the U.S. in February.'
		);
		expect(texts.join('\n')).not.toMatch(/©|Disclaimer|READ NEXT|Image via|All rights/);
		expect(checkInvariants(s)).toEqual([]);
	});

	it('seed 004: the photo caption with "(X)" is dropped', () => {
		const s = segmentText({ text: seed('004') });
		expect(droppedOf(s)).toEqual([
			[
				'caption',
				'Defence minister Rajnath Singh and his US counterpart, Pete Hegseth, in Malaysia’s Kuala Lumpur. (X)'
			]
		]);
		expect(s.sentences[1].text).toBe(
			'The 10-year Framework for the US-India Major Defence Partnership was signed on the sidelines of the ASEAN Defence Ministers Meeting Plus.'
		);
		expect(checkInvariants(s)).toEqual([]);
	});
});

describe('robustness and speed', () => {
	// A bound against a hang, not a speed figure (that is `npm run bench`'s): the quadratic segmenter
	// this guards against took 17 s on 128 KB, hours on 5 MB; a busy machine takes 1-11 s per input.
	it('stays linear on pathological 5 MB inputs', { timeout: 420_000 }, () => {
		const inputs = [
			'a.'.repeat(2_500_000),
			'.'.repeat(5_000_000),
			'U.S. '.repeat(1_000_000),
			'word '.repeat(1_000_000),
			'('.repeat(5_000_000),
			'Mr. X. '.repeat(700_000),
			'\n'.repeat(5_000_000)
		];
		for (const text of inputs) {
			const t0 = performance.now();
			const seg = segmentText({ text });
			const ms = performance.now() - t0;
			expect(ms).toBeLessThan(60_000);
			expect(checkInvariants(seg)).toEqual([]);
		}
	});

	it('never throws on odd input', () => {
		for (const text of ['', ' ', '\n\n', '.', '?!', '(', '"', '- ', '©', 'date', 'A\n\nB']) {
			const seg = segmentText({ text });
			expect(checkInvariants(seg)).toEqual([]);
		}
	});
});

describeCorpus('BBC corpus (2,191 real articles)', () => {
	it('segments every file with exact offsets, a headline and sane sentences', () => {
		const files = readdirSync(BBC, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.flatMap((d) =>
				readdirSync(resolve(BBC, d.name))
					.filter((f) => f.endsWith('.txt'))
					.map((f) => resolve(BBC, d.name, f))
			);
		expect(files.length).toBe(2191);
		const texts = files.map(readText);
		let chars = 0;
		let sentences = 0;
		const problems: string[] = [];
		const results = texts.map((text) => segmentText({ text }));
		// Timed on a second, warmed-up pass so the figure reflects steady-state throughput.
		const t0 = performance.now();
		for (const text of texts) segmentText({ text });
		const ms = performance.now() - t0;
		results.forEach((seg, i) => {
			chars += seg.text.length;
			sentences += seg.sentences.length;
			const where = files[i].slice(BBC.length + 1);
			for (const e of checkInvariants(seg)) problems.push(`${where}: ${e}`);
			if (!seg.headline) problems.push(`${where}: no headline`);
			for (const s of seg.sentences) {
				if (s.text.trim().length === 0) problems.push(`${where}: empty sentence`);
				if (s.text.length > 2000 && /[.!?]/.test(s.text))
					problems.push(`${where}: ${s.text.length}-char sentence`);
			}
		});
		expect(problems).toEqual([]);
		expect(sentences).toBeGreaterThan(35_000);
		const mbPerSecond = chars / 1e6 / (ms / 1000);
		console.log(
			`BBC: ${files.length} files, ${(chars / 1e6).toFixed(2)}M chars, ${sentences} sentences, ${ms.toFixed(0)} ms, ${mbPerSecond.toFixed(1)} MB/s`
		);
		// A loose floor that still catches accidental quadratic behaviour.
		expect(mbPerSecond).toBeGreaterThan(1);
	});
});
