/**
 * Files and pasted text in, articles out, in the browser (DOMParser) and on the command line (a DOM
 * such as linkedom): HTML is reduced to its article text by Mozilla's Readability on a parsed,
 * inert document (never rendered, scripts never run), then to paragraphs by the generator's own HTML
 * reader, so both give the same text. Text and Markdown go through the generator's `decodeArticle`.
 */
import { Readability } from '@mozilla/readability';
import { stableId } from '../deck/ids';
import type { ArticleInput } from '../generator';
import { htmlToText } from '../generator/html';
import { decodeArticle, decodeWindows1252, DEFAULT_MAX_BYTES } from '../generator/input';

/** Parses HTML into a document that is never rendered: `new DOMParser()` in a browser, linkedom in Node. */
export type ParseHtml = (html: string) => Document;

export type ReadResult =
	| { ok: true; article: ArticleInput; format: 'text' | 'markdown' | 'html'; warnings: string[] }
	| { ok: false; error: string };

/** The file kinds the app reads, by extension. */
export const ARTICLE_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml'];
/** For a file input's `accept`. */
export const ARTICLE_ACCEPT = [
	...ARTICLE_EXTENSIONS.map((e) => `.${e}`),
	'text/plain',
	'text/markdown',
	'text/html'
].join(',');

const extensionOf = (name: string) => {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** Why a file is not one we read (by its name and type), or undefined when it is. */
export function unsupportedTypeError({ name, type = '' }: { name: string; type?: string }) {
	const ext = extensionOf(name);
	if (
		ARTICLE_EXTENSIONS.includes(ext) ||
		['text/plain', 'text/markdown', 'text/html'].includes(type)
	)
		return undefined;
	if (!ext && (type === '' || type.startsWith('text/'))) return undefined;
	const kind = ext ? `a .${ext} file` : `a ${type} file`;
	return `${name} is ${kind}: citecards reads articles as .txt, .md or .html files`;
}

/** The text of bytes as a browser would decode an HTML file: a byte order mark, UTF-8, else Windows-1252. */
function decodeHtmlBytes(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return decodeWindows1252(bytes);
	}
}

/** Text as the generator wants it: one newline style, no stray control characters, few blank lines. */
function tidy(text: string): string {
	return (
		text
			.replace(/\r\n?/g, '\n')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
			.normalize('NFC')
			.split('\n')
			.map((line) => line.trimEnd())
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim()
	);
}

/** An ISO day (YYYY-MM-DD) from a date-time string, if it starts with one. */
const isoDay = (value: string | null | undefined) => /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0];

/** The article in a page: Readability's pick, with the page's metadata; null when it finds none. */
export function readHtml({ html, parseHtml }: { html: string; parseHtml: ParseHtml }): {
	text: string;
	title?: string;
	publisher?: string;
	date?: string;
	url?: string;
} | null {
	const page = htmlToText({ html });
	let parsed: ReturnType<Readability['parse']>;
	try {
		parsed = new Readability(parseHtml(html), { charThreshold: 200 }).parse();
	} catch {
		parsed = null;
	}
	const article = parsed?.content ? tidy(htmlToText({ html: parsed.content }).text) : '';
	// Readability may keep too little of a short page; the whole page's text is then the better guess.
	const text = article.length >= Math.min(200, tidy(page.text).length) ? article : tidy(page.text);
	if (!text) return null;
	const title = parsed?.title?.trim() || page.title;
	const publisher = parsed?.siteName?.trim() || page.publisher;
	const date = isoDay(parsed?.publishedTime) ?? page.date;
	return {
		text,
		...(title ? { title } : {}),
		...(publisher ? { publisher } : {}),
		...(date ? { date } : {}),
		...(page.url ? { url: page.url } : {})
	};
}

/**
 * Reads one file (or pasted text, as its bytes) into an article for the generator, or says, naming
 * it, why not: an unsupported type, too large, empty, binary, not text, or HTML with no article.
 * The article's id comes from its name and text, so the same article added twice is recognised.
 */
export function readArticle({
	bytes,
	name,
	type,
	parseHtml,
	maxBytes = DEFAULT_MAX_BYTES,
	pasted = false,
	checkType = !pasted
}: {
	bytes: Uint8Array;
	name: string;
	type?: string;
	parseHtml?: ParseHtml;
	maxBytes?: number;
	/** Pasted text has no file name or type to check. */
	pasted?: boolean;
	/** Refuse files of other types than .txt, .md and .html (the command line reads what it is given). */
	checkType?: boolean;
}): ReadResult {
	if (checkType) {
		const unsupported = unsupportedTypeError({ name, type });
		if (unsupported) return { ok: false, error: unsupported };
	}
	const decoded = decodeArticle({ bytes, name, maxBytes });
	if (!decoded.ok) return decoded;
	let { article } = decoded;
	if (decoded.format === 'html' && parseHtml) {
		const page = readHtml({ html: decodeHtmlBytes(bytes), parseHtml });
		if (page) article = { ...page, file: name };
	}
	if (pasted) delete article.file;
	article.id = stableId('src', pasted ? '' : name, article.text);
	return { ok: true, article, format: decoded.format, warnings: decoded.warnings };
}
