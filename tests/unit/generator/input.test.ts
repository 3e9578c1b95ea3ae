import { describe, expect, it } from 'vitest';
import { stableId } from '../../../src/lib/deck/ids';
import {
	decodeArticle,
	decodeWindows1252,
	looksLikeHtml,
	stripMarkdown
} from '../../../src/lib/generator/input';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) =>
	Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const utf16 = (s: string, le: boolean) => {
	const out: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
	}
	return out;
};

const ok = (result: ReturnType<typeof decodeArticle>) => {
	if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
	return result;
};
const err = (result: ReturnType<typeof decodeArticle>) => {
	if (result.ok) throw new Error('expected an error');
	return result.error;
};

const STORY = 'Mayor Ana Ruiz opened the bridge in Porto Alto on Monday. It cost €4 million.';

describe('decodeArticle: encodings', () => {
	it('reads plain UTF-8 and gives a stable id from the file name', () => {
		const r = ok(decodeArticle({ bytes: utf8(STORY), name: 'news/bridge.txt' }));
		expect(r.article).toEqual({
			text: STORY,
			id: stableId('src', 'news/bridge.txt'),
			file: 'news/bridge.txt'
		});
		expect(r.warnings).toEqual([]);
		expect(r.format).toBe('text');
		const again = ok(decodeArticle({ bytes: utf8('other text'), name: 'news/bridge.txt' }));
		expect(again.article.id).toBe(r.article.id);
		const other = ok(decodeArticle({ bytes: utf8(STORY), name: 'news/other.txt' }));
		expect(other.article.id).not.toBe(r.article.id);
	});

	it('strips a UTF-8 byte order mark', () => {
		const r = ok(decodeArticle({ bytes: bytes([0xef, 0xbb, 0xbf], utf8(STORY)), name: 'a.txt' }));
		expect(r.article.text).toBe(STORY);
	});

	it.each([true, false])('reads UTF-16 with a BOM (little endian: %s)', (le) => {
		const bom = le ? [0xff, 0xfe] : [0xfe, 0xff];
		const r = ok(decodeArticle({ bytes: bytes(bom, utf16(STORY, le)), name: 'a.txt' }));
		expect(r.article.text).toBe(STORY);
		expect(r.warnings).toEqual([]);
	});

	it('reads UTF-16 little endian without a BOM instead of calling it binary', () => {
		const r = ok(decodeArticle({ bytes: bytes(utf16(STORY, true)), name: 'a.txt' }));
		expect(r.article.text).toBe(STORY);
	});

	it('reads invalid UTF-8 as Windows-1252 with a warning naming the file', () => {
		// "£5 – it’s" in Windows-1252: pound 0xA3, en dash 0x96, right quote 0x92.
		const legacy = bytes(
			utf8('Tickets cost '),
			[0xa3],
			utf8('5 '),
			[0x96],
			utf8(' it'),
			[0x92],
			utf8('s fine.')
		);
		const r = ok(decodeArticle({ bytes: legacy, name: 'old.txt' }));
		expect(r.article.text).toBe('Tickets cost £5 – it’s fine.');
		expect(r.warnings).toEqual(['old.txt is not valid UTF-8; read as Windows-1252']);
	});

	it('decodes every Windows-1252 byte to one character', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i);
		const text = decodeWindows1252(all);
		expect(text.length).toBe(256);
		expect(text[0x80]).toBe('€');
		expect(text[0x9f]).toBe('Ÿ');
		expect(text[0xe9]).toBe('é');
	});

	it('normalizes line endings and Unicode (NFC)', () => {
		const r = ok(decodeArticle({ bytes: utf8('Cafe\u0301 one.\r\nTwo.\rThree.'), name: 'a.txt' }));
		expect(r.article.text).toBe('Café one.\nTwo.\nThree.');
	});
});

describe('decodeArticle: bad input', () => {
	it('rejects an empty file', () => {
		expect(err(decodeArticle({ bytes: new Uint8Array(), name: 'empty.txt' }))).toBe(
			'empty.txt is empty'
		);
	});

	it('rejects whitespace only, in any encoding', () => {
		expect(err(decodeArticle({ bytes: utf8(' \n\t \r\n '), name: 'blank.txt' }))).toBe(
			'blank.txt contains only whitespace'
		);
		expect(
			err(decodeArticle({ bytes: bytes([0xff, 0xfe], utf16('  \n', true)), name: 'b.txt' }))
		).toBe('b.txt contains only whitespace');
	});

	it('rejects a file over the limit, saying both sizes', () => {
		const big = new Uint8Array(3 * 1024 * 1024).fill(0x61);
		expect(err(decodeArticle({ bytes: big, name: 'big.txt' }))).toBe(
			'big.txt is too large (3.0 MB; the limit is 2.0 MB)'
		);
		expect(
			err(decodeArticle({ bytes: utf8('x'.repeat(2000)), name: 's.txt', maxBytes: 1000 }))
		).toBe('s.txt is too large (2.0 KB; the limit is 1000 bytes)');
	});

	it.each([
		['PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
		['PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
		['ZIP archive or Office document', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
		['JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
		['gzip archive', bytes([0x1f, 0x8b, 0x08, 0])]
	])('names a %s by its magic number', (kind, data) => {
		expect(err(decodeArticle({ bytes: data, name: 'file.txt' }))).toBe(
			`file.txt looks like a binary file (${kind}), not text`
		);
	});

	it('rejects unknown binary: NUL bytes or many control characters', () => {
		const nul = bytes(utf8('Some text'), [0, 0, 1, 2], utf8('more text and more'));
		expect(err(decodeArticle({ bytes: nul, name: 'x.bin' }))).toBe(
			'x.bin looks like a binary file, not text'
		);
		const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x02 : 0x41));
		expect(err(decodeArticle({ bytes: controls, name: 'y' }))).toBe(
			'y looks like a binary file, not text'
		);
	});

	it('keeps text with a few stray control characters, replacing them with spaces', () => {
		const r = ok(decodeArticle({ bytes: utf8('One\x0ctwo.\x1aThree.'), name: 'a.txt' }));
		expect(r.article.text).toBe('One two. Three.');
	});
});

describe('decodeArticle: HTML', () => {
	const html = `<!doctype html><html><head><title>Bridge opens</title>
		<meta property="og:site_name" content="Example News">
		<meta property="article:published_time" content="2024-05-06T09:00:00+02:00">
		<link rel="canonical" href="https://example.test/bridge"></head>
		<body><nav>Menu</nav><article><h1>Bridge opens</h1><p>Mayor Ana Ruiz opened the bridge.</p>
		<p>It cost &euro;4 million.</p></article></body></html>`;

	it('converts HTML by content even in a .txt file, with its metadata', () => {
		const r = ok(decodeArticle({ bytes: utf8(html), name: 'saved.txt' }));
		expect(r.format).toBe('html');
		expect(r.article).toMatchObject({
			text: 'Bridge opens\n\nMayor Ana Ruiz opened the bridge.\n\nIt cost €4 million.',
			title: 'Bridge opens',
			date: '2024-05-06',
			publisher: 'Example News',
			url: 'https://example.test/bridge',
			file: 'saved.txt'
		});
	});

	it('converts a .html fragment by its extension', () => {
		const r = ok(decodeArticle({ bytes: utf8('Plain <b>bold</b> words.'), name: 'a.html' }));
		expect(r.format).toBe('html');
		expect(r.article.text).toBe('Plain bold words.');
	});

	it('rejects HTML with no readable text', () => {
		const empty = '<html><head><script>var a=1</script></head><body><nav>x</nav></body></html>';
		expect(err(decodeArticle({ bytes: utf8(empty), name: 'e.html' }))).toBe(
			'e.html is HTML with no readable text'
		);
	});

	it('detects HTML by doctype, <html>, <body> or paragraph tags, not by a stray "<"', () => {
		expect(looksLikeHtml('  <!DOCTYPE html><p>x')).toBe(true);
		expect(looksLikeHtml('<html lang="en">')).toBe(true);
		expect(looksLikeHtml('text <body>')).toBe(true);
		expect(looksLikeHtml('<p>One</p>')).toBe(true);
		expect(looksLikeHtml('Shares rose 5% as x < y and a <b> tag appeared once.')).toBe(false);
	});
});

describe('decodeArticle: Markdown', () => {
	it('strips headings, emphasis, links, images, quotes and list markers in .md files', () => {
		const md = [
			'# Bridge *opens* #',
			'',
			'![photo](https://x.test/a.png) Mayor **Ana Ruiz** opened the [bridge](https://x.test/b) on _Monday_.',
			'',
			'> It cost `€4` million, said [the council][1].',
			'',
			'- First item',
			'2. Second item',
			'',
			'---',
			'[1]: https://x.test/council',
			'Keep snake_case_names and 2*3*4 as written.'
		].join('\n');
		const r = ok(decodeArticle({ bytes: utf8(md), name: 'notes.md' }));
		expect(r.format).toBe('markdown');
		expect(r.article.text).toBe(
			[
				'Bridge opens',
				'',
				'Mayor Ana Ruiz opened the bridge on Monday.',
				'',
				'It cost €4 million, said the council.',
				'',
				'First item',
				'Second item',
				'',
				'Keep snake_case_names and 2*3*4 as written.'
			].join('\n')
		);
	});

	it('leaves a .txt file with Markdown-like characters alone', () => {
		const text = '# of votes: 5 *estimated*';
		expect(ok(decodeArticle({ bytes: utf8(text), name: 'a.txt' })).article.text).toBe(text);
	});

	it('is fast on hostile Markdown', () => {
		const nasty = [
			'['.repeat(300_000) + ']',
			'*'.repeat(300_000),
			'# ' + ' '.repeat(300_000) + 'x',
			'_a'.repeat(150_000),
			'![' + '('.repeat(300_000)
		];
		const t0 = performance.now();
		for (const text of nasty) stripMarkdown(text);
		// Linear work here takes well under a second; a quadratic scan of these sizes takes minutes.
		// The budget is generous so a busy machine does not fail the test.
		expect(performance.now() - t0).toBeLessThan(20_000);
	});
});
