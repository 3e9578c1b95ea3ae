/**
 * HTML to plain text for the generator: a small linear tokenizer (no DOM, no backtracking regexes),
 * so it runs the same in Node and the browser and stays fast on hostile input.
 */
import { toIsoDate } from './dates';

export interface HtmlText {
	text: string;
	title?: string;
	/** ISO date YYYY-MM-DD from the page's metadata. */
	date?: string;
	publisher?: string;
	url?: string;
}

/** Elements whose content is never article text (chrome, code, widgets, captions). */
const DROPPED = new Set([
	'script',
	'style',
	'noscript',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'svg',
	'math',
	'iframe',
	'template',
	'figcaption',
	'button',
	'select',
	'textarea',
	'object',
	'canvas',
	'audio',
	'video',
	'dialog'
]);

/** Elements whose content is raw text: a "</p>" inside a script is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr'
]);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'body',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'blockquote',
	'pre',
	'table',
	'thead',
	'tbody',
	'tfoot',
	'tr',
	'caption',
	'figure',
	'address',
	'hr',
	'center',
	'details',
	'summary',
	'fieldset',
	'legend'
]);

/** Containers the dropped-element skip must not run past when their end tag is missing. */
const CONTAINERS = new Set(['article', 'main', 'body', 'html']);

const LATIN1 =
	'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const ENTITIES: Record<string, number> = {
	amp: 38,
	lt: 60,
	gt: 62,
	quot: 34,
	apos: 39,
	OElig: 338,
	oelig: 339,
	Scaron: 352,
	scaron: 353,
	Yuml: 376,
	fnof: 402,
	circ: 710,
	tilde: 732,
	ensp: 8194,
	emsp: 8195,
	thinsp: 8201,
	zwnj: 8204,
	zwj: 8205,
	lrm: 8206,
	rlm: 8207,
	ndash: 8211,
	mdash: 8212,
	lsquo: 8216,
	rsquo: 8217,
	sbquo: 8218,
	ldquo: 8220,
	rdquo: 8221,
	bdquo: 8222,
	dagger: 8224,
	Dagger: 8225,
	bull: 8226,
	hellip: 8230,
	permil: 8240,
	prime: 8242,
	Prime: 8243,
	lsaquo: 8249,
	rsaquo: 8250,
	euro: 8364,
	trade: 8482,
	larr: 8592,
	rarr: 8594,
	minus: 8722
};
LATIN1.split(' ').forEach((name, i) => (ENTITIES[name] = 160 + i));

/** Named references browsers still decode without the closing semicolon. */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

/**
 * Windows-1252 characters for bytes 0x80-0x9F (the rest of the code page is Latin-1). Spelled out
 * because some runtimes' TextDecoder('windows-1252') decodes this range as C1 control characters.
 */
export const WINDOWS_1252_C1 = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

function codePointText(code: number): string {
	if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
	// HTML maps the C1 range to Windows-1252, as pages that say &#146; mean a right quote.
	if (code >= 0x80 && code <= 0x9f) return String.fromCharCode(WINDOWS_1252_C1[code - 0x80]);
	return String.fromCodePoint(code);
}

const isAlnum = (c: string) =>
	(c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
const isDigit = (c: string) => c >= '0' && c <= '9';
const isHex = (c: string) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

/** Decodes character references (&amp;, &eacute;, &#8217;, &#x2019;); unknown ones stay as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	let out = '';
	let i = 0;
	while (i < text.length) {
		const amp = text.indexOf('&', i);
		if (amp < 0) break;
		out += text.slice(i, amp);
		let j = amp + 1;
		if (text[j] === '#') {
			j++;
			const hex = text[j] === 'x' || text[j] === 'X';
			if (hex) j++;
			const digitsStart = j;
			while (j < text.length && j - digitsStart < 8 && (hex ? isHex(text[j]) : isDigit(text[j])))
				j++;
			if (j > digitsStart) {
				out += codePointText(parseInt(text.slice(digitsStart, j), hex ? 16 : 10));
				i = text[j] === ';' ? j + 1 : j;
				continue;
			}
		} else {
			while (j < text.length && j - amp < 12 && isAlnum(text[j])) j++;
			const name = text.slice(amp + 1, j);
			const code = ENTITIES[name];
			if (code !== undefined) {
				if (text[j] === ';') {
					out += String.fromCharCode(code);
					i = j + 1;
					continue;
				}
				const next = text[j] ?? '';
				if (LEGACY.has(name) && next !== '=' && !isAlnum(next)) {
					out += String.fromCharCode(code);
					i = j;
					continue;
				}
			}
		}
		out += '&';
		i = amp + 1;
	}
	return out + text.slice(i);
}

interface Tag {
	name: string;
	end: boolean;
	selfClosing: boolean;
	attrs: Map<string, string>;
	/** Index just past the tag's closing '>'. */
	next: number;
}

const isNameStart = (c: string | undefined) =>
	c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSpace = (c: string | undefined) =>
	c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** Reads one tag starting at `html[i] === '<'`; quoted attribute values may contain '>'. */
function readTag(html: string, i: number): Tag {
	let j = i + 1;
	const end = html[j] === '/';
	if (end) j++;
	const nameStart = j;
	while (j < html.length && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '/') j++;
	const name = html.slice(nameStart, j).toLowerCase();
	const attrs = new Map<string, string>();
	let selfClosing = false;
	while (j < html.length) {
		while (isSpace(html[j])) j++;
		const c = html[j];
		if (c === undefined) break;
		if (c === '>') {
			j++;
			return { name, end, selfClosing, attrs, next: j };
		}
		if (c === '/') {
			selfClosing = html[j + 1] === '>';
			j++;
			continue;
		}
		const attrStart = j;
		while (j < html.length && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '=') {
			if (html[j] === '/' && html[j + 1] === '>') break;
			j++;
		}
		// A stray quote or '=' with no name still has to advance, or the loop would stall.
		if (j === attrStart) j++;
		const attrName = html.slice(attrStart, j).toLowerCase();
		while (isSpace(html[j])) j++;
		let value = '';
		if (html[j] === '=') {
			j++;
			while (isSpace(html[j])) j++;
			const q = html[j];
			if (q === '"' || q === "'") {
				const close = html.indexOf(q, j + 1);
				const stop = close < 0 ? html.length : close;
				value = html.slice(j + 1, stop);
				j = close < 0 ? html.length : close + 1;
			} else {
				const vStart = j;
				while (j < html.length && !isSpace(html[j]) && html[j] !== '>') j++;
				value = html.slice(vStart, j);
			}
		}
		if (attrName && !attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
	}
	return { name, end, selfClosing, attrs, next: html.length };
}

/** Collapses whitespace (including no-break spaces) inside one paragraph. */
const collapse = (s: string) =>
	s.replace(/[ \t\f\r\n\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ');

/** Builds paragraphs from text runs and break markers. */
class TextSink {
	private paragraphs: string[] = [];
	private current = '';
	length = 0;
	text(s: string) {
		this.current += s;
		this.length += s.length;
	}
	lineBreak() {
		this.current += '\u2028';
	}
	paragraphBreak() {
		const p = collapse(this.current)
			.split('\u2028')
			.map((line) => line.trim())
			.join('\n')
			.trim();
		if (p) this.paragraphs.push(p);
		this.current = '';
	}
	done(): string {
		this.paragraphBreak();
		return this.paragraphs.join('\n\n');
	}
}

/** Searches JSON-LD for the first string value of `key` (e.g. datePublished), depth-limited. */
function findJsonLd(data: unknown, key: string, depth = 0): unknown {
	if (depth > 8 || data === null || typeof data !== 'object') return undefined;
	if (Array.isArray(data)) {
		for (const item of data) {
			const found = findJsonLd(item, key, depth + 1);
			if (found !== undefined) return found;
		}
		return undefined;
	}
	const record = data as Record<string, unknown>;
	if (record[key] !== undefined) return record[key];
	for (const value of Object.values(record)) {
		const found = findJsonLd(value, key, depth + 1);
		if (found !== undefined) return found;
	}
	return undefined;
}

/** Converts an HTML page to plain paragraphs, preferring its <article> or <main>, plus its metadata. */
export function htmlToText({ html }: { html: string }): HtmlText {
	const body = new TextSink();
	const meta = new Map<string, string>();
	let titleTag = '';
	let firstH1 = '';
	let h1Depth = 0;
	let h1Buffer = '';
	let canonical = '';
	let timeDate = '';
	let ldDate: string | undefined;
	let ldPublisher: string | undefined;
	let ldHeadline: string | undefined;

	// Outermost <article>/<main> regions get their own sinks; the longest one wins.
	const regions: { name: string; sink: TextSink }[] = [];
	let region: { name: string; sink: TextSink; depth: number } | undefined;

	let skip: { name: string; depth: number } | undefined;

	const sinks = () => (region ? [body, region.sink] : [body]);
	const emitText = (s: string) => {
		if (skip) return;
		for (const sink of sinks()) sink.text(s);
	};

	let i = 0;
	const n = html.length;
	while (i < n) {
		const lt = html.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (textEnd > i) {
			const chunk = decodeEntities(html.slice(i, textEnd));
			emitText(chunk);
			if (h1Depth > 0) h1Buffer += chunk;
		}
		if (lt < 0) break;
		i = lt;
		const next = html[i + 1];
		if (html.startsWith('<!--', i)) {
			const close = html.indexOf('-->', i + 4);
			i = close < 0 ? n : close + 3;
			continue;
		}
		if (next === '!' || next === '?') {
			// Doctype, CDATA and processing instructions are not text in an HTML document.
			const close = html.startsWith('<![CDATA[', i) ? html.indexOf(']]>', i) : -1;
			const gt = html.indexOf('>', close < 0 ? i : close);
			i = gt < 0 ? n : gt + 1;
			continue;
		}
		if (!(isNameStart(next) || (next === '/' && isNameStart(html[i + 2])))) {
			emitText('<');
			if (h1Depth > 0) h1Buffer += '<';
			i++;
			continue;
		}
		const tag = readTag(html, i);
		i = tag.next;
		const { name } = tag;

		if (!tag.end && RAW_TEXT.has(name) && !tag.selfClosing) {
			const closeAt = indexOfEndTag(html, name, i);
			const content = html.slice(i, closeAt < 0 ? n : closeAt);
			i = closeAt < 0 ? n : skipPastGt(html, closeAt);
			if (name === 'title' && !titleTag) titleTag = decodeEntities(content);
			else if (name === 'script' && /ld\+json/i.test(tag.attrs.get('type') ?? '')) {
				try {
					const data: unknown = JSON.parse(content);
					const d = findJsonLd(data, 'datePublished');
					if (typeof d === 'string') ldDate ??= d;
					const h = findJsonLd(data, 'headline');
					if (typeof h === 'string') ldHeadline ??= h;
					const p = findJsonLd(data, 'publisher');
					const pname = p && typeof p === 'object' ? findJsonLd(p, 'name') : undefined;
					if (typeof pname === 'string') ldPublisher ??= pname;
				} catch {
					// Broken JSON-LD is common; the page text is still usable.
				}
			}
			continue;
		}

		if (name === 'meta') {
			const key = (
				tag.attrs.get('property') ??
				tag.attrs.get('name') ??
				tag.attrs.get('itemprop') ??
				''
			).toLowerCase();
			const content = tag.attrs.get('content');
			if (key && content !== undefined && !meta.has(key)) meta.set(key, content.trim());
			continue;
		}
		if (name === 'link') {
			const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
			if (rel.includes('canonical') && !canonical) canonical = tag.attrs.get('href') ?? '';
			continue;
		}
		if (name === 'time' && !tag.end && !timeDate) timeDate = tag.attrs.get('datetime') ?? '';

		if (name === 'h1') {
			if (!tag.end) h1Depth++;
			else if (h1Depth > 0 && --h1Depth === 0 && !firstH1) firstH1 = collapse(h1Buffer).trim();
		}

		if (skip) {
			if (name === skip.name && !VOID.has(name)) {
				if (tag.end) skip.depth--;
				else if (!tag.selfClosing) skip.depth++;
				if (skip.depth === 0) skip = undefined;
				continue;
			}
			// A missing end tag must not swallow the rest of the article.
			if (!(tag.end && CONTAINERS.has(name))) continue;
			skip = undefined;
		}
		if (!tag.end && DROPPED.has(name)) {
			if (!tag.selfClosing) skip = { name, depth: 1 };
			continue;
		}

		if (name === 'article' || name === 'main') {
			if (!tag.end) {
				if (!region) {
					region = { name, sink: new TextSink(), depth: 1 };
					regions.push(region);
				} else if (region.name === name) region.depth++;
			} else if (region && region.name === name && --region.depth === 0) {
				region.sink.paragraphBreak();
				region = undefined;
			}
		}

		if (name === 'br') for (const sink of sinks()) sink.lineBreak();
		else if (BLOCK.has(name)) for (const sink of sinks()) sink.paragraphBreak();
		else if (name === 'td' || name === 'th') emitText(' ');
	}

	const bodyText = body.done();
	let text = bodyText;
	let best = '';
	for (const r of regions) {
		const t = r.sink.done();
		if (t.length > best.length) best = t;
	}
	// A teaser <article> in a sidebar should not replace the page; require a real share of the text.
	if (best && best.length >= bodyText.length * 0.25) text = best;

	const title =
		clean(meta.get('og:title')) ?? clean(ldHeadline) ?? clean(titleTag) ?? clean(firstH1);
	const date = [
		meta.get('article:published_time'),
		meta.get('datepublished'),
		ldDate,
		meta.get('og:published_time'),
		meta.get('pubdate'),
		meta.get('publishdate'),
		meta.get('dc.date'),
		meta.get('dc.date.issued'),
		meta.get('date'),
		timeDate
	]
		.filter((d): d is string => !!d)
		.map(toIsoDate)
		.find((d) => d !== undefined);
	const publisher = clean(meta.get('og:site_name')) ?? clean(ldPublisher);
	const url = clean(canonical) ?? clean(meta.get('og:url'));
	const result: HtmlText = { text };
	if (title) result.title = title;
	if (date) result.date = date;
	if (publisher) result.publisher = publisher;
	if (url) result.url = url;
	return result;
}

function clean(s: string | undefined): string | undefined {
	if (s === undefined) return undefined;
	const c = collapse(s).replace(/\n/g, ' ').trim();
	return c ? c.slice(0, 1000) : undefined;
}

/** Finds `</name` (case-insensitive) followed by a tag boundary, from `from`; -1 if absent. */
function indexOfEndTag(html: string, name: string, from: number): number {
	let i = from;
	for (;;) {
		const at = html.indexOf('</', i);
		if (at < 0) return -1;
		const after = html[at + 2 + name.length];
		if (
			html.slice(at + 2, at + 2 + name.length).toLowerCase() === name &&
			(after === undefined || after === '>' || after === '/' || isSpace(after))
		)
			return at;
		i = at + 2;
	}
}

function skipPastGt(html: string, at: number): number {
	const gt = html.indexOf('>', at);
	return gt < 0 ? html.length : gt + 1;
}
