/** Reading files and pasted text into articles: HTML through Readability (linkedom here), bad files named. */
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
	readArticle,
	unsupportedTypeError,
	type ParseHtml
} from '../../../src/lib/reader/read-article';
import { HARBOUR_HTML, ORCHARD_MD, PNG_BYTES } from '../../fixtures/article-files';

const parseHtml: ParseHtml = (html) =>
	new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const bytes = (text: string | Buffer) =>
	new Uint8Array(Buffer.isBuffer(text) ? text : Buffer.from(text));

describe('readArticle on an HTML page', () => {
	const result = readArticle({ bytes: bytes(HARBOUR_HTML), name: 'harbour.html', parseHtml });
	if (!result.ok) throw new Error(result.error);
	const { article } = result;

	it('keeps the article and drops navigation, adverts, scripts and related links', () => {
		expect(article.text).toContain('Mayor Ana Ruiz cut the ribbon at the northern entrance.');
		expect(article.text).toContain('The old ferry service across the harbour will close');
		for (const chrome of ['Sport', 'Buy a boat', 'executed', 'Bridge repairs', 'Copyright'])
			expect(article.text).not.toContain(chrome);
	});
	it('keeps paragraphs apart', () => {
		expect(article.text).toMatch(/the city council said\.\n+Mayor Ana Ruiz/);
	});
	it('fills title, publisher, date and link from the page metadata', () => {
		expect(article).toMatchObject({
			title: 'Harbour tunnel opens in Porto Alto',
			publisher: 'The Coast Gazette',
			date: '2026-03-04',
			url: 'https://gazette.example/news/harbour-tunnel',
			file: 'harbour.html'
		});
	});
	it('gives the same id to the same file read again, another to other text', () => {
		const again = readArticle({ bytes: bytes(HARBOUR_HTML), name: 'harbour.html', parseHtml });
		const other = readArticle({ bytes: bytes(ORCHARD_MD), name: 'harbour.html', parseHtml });
		expect(again.ok && again.article.id).toBe(article.id);
		expect(other.ok && other.article.id).not.toBe(article.id);
	});
	it('falls back to the plain HTML reader without a DOM', () => {
		const plain = readArticle({ bytes: bytes(HARBOUR_HTML), name: 'harbour.html' });
		expect(plain.ok && plain.article.text).toContain('Mayor Ana Ruiz cut the ribbon');
	});
});

describe('readArticle on text', () => {
	it('reads Markdown without its marks', () => {
		const result = readArticle({ bytes: bytes(ORCHARD_MD), name: 'orchard.md' });
		if (!result.ok) throw new Error(result.error);
		expect(result.format).toBe('markdown');
		expect(result.article.text).toContain('run by Lucia Ferreira, who planted');
		expect(result.article.text).not.toMatch(/[#*]/);
	});
	it('reads pasted text (no file name, HTML in it read as a page)', () => {
		const text = readFileSync('tests/fixtures/articles/cup-final.txt', 'utf8');
		const pasted = readArticle({ bytes: bytes(text), name: 'Pasted text', pasted: true });
		expect(pasted.ok && pasted.article.file).toBeUndefined();
		const page = readArticle({
			bytes: bytes(HARBOUR_HTML),
			name: 'Pasted text',
			pasted: true,
			parseHtml
		});
		expect(page.ok && page.article.text).not.toContain('Buy a boat');
	});
});

describe('readArticle refuses bad input, naming the file and the reason', () => {
	it.each([
		['empty.txt', '', 'empty.txt is empty'],
		['blank.md', '  \n\n\t ', 'blank.md contains only whitespace'],
		['photo.txt', PNG_BYTES, 'photo.txt looks like a binary file (PNG image), not text'],
		[
			'slides.pdf',
			'%PDF-1.4',
			'slides.pdf is a .pdf file: citecards reads articles as .txt, .md or .html files'
		],
		['table.csv', 'a,b\n1,2', 'table.csv is a .csv file'],
		[
			'page.html',
			'<html><body><script>x()</script></body></html>',
			'page.html is HTML with no readable text'
		]
	])('%s', (name, content, reason) => {
		const result = readArticle({ bytes: bytes(content), name, parseHtml });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain(reason);
	});
	it('a file over the size limit', () => {
		const result = readArticle({
			bytes: bytes('word '.repeat(300)),
			name: 'long.txt',
			maxBytes: 1000
		});
		expect(result).toEqual({
			ok: false,
			error: 'long.txt is too large (1.5 KB; the limit is 1000 bytes)'
		});
	});
	it('accepts text files by type when the extension is unknown', () => {
		expect(unsupportedTypeError({ name: 'notes', type: '' })).toBeUndefined();
		expect(unsupportedTypeError({ name: 'notes.log', type: 'text/plain' })).toBeUndefined();
		expect(unsupportedTypeError({ name: 'sheet.xlsx', type: 'application/vnd.ms-excel' })).toMatch(
			/sheet.xlsx is a .xlsx file/
		);
	});
});
