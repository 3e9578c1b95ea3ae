/**
 * Files in, articles out: decodes the bytes of one file (any common text encoding, HTML or Markdown)
 * into an ArticleInput for the generator, or says clearly why it cannot. Pure TypeScript (Node and browser).
 */
import { stableId } from '../deck/ids';
import { htmlToText, WINDOWS_1252_C1 } from './html';
import type { ArticleInput } from './index';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export type ArticleFormat = 'text' | 'markdown' | 'html';

export type DecodeResult =
	| { ok: true; article: ArticleInput; warnings: string[]; format: ArticleFormat }
	| { ok: false; error: string };

/** Human-readable size: 512 bytes, 3.4 KB, 20.0 MB. */
export function formatBytes(size: number): string {
	if (size < 1024) return `${size} bytes`;
	if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
	return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** The error for a file over the size limit, or undefined; callers can check before reading the bytes. */
export function articleSizeError({
	name,
	size,
	maxBytes = DEFAULT_MAX_BYTES
}: {
	name: string;
	size: number;
	maxBytes?: number;
}): string | undefined {
	if (size <= maxBytes) return undefined;
	return `${name} is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`;
}

const MAGIC: { kind: string; at?: number; bytes: number[] }[] = [
	{ kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
	{ kind: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
	{ kind: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
	{ kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
	{ kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
	{ kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
	{ kind: 'WebP image', at: 8, bytes: [0x57, 0x45, 0x42, 0x50] },
	{ kind: 'gzip archive', bytes: [0x1f, 0x8b] },
	{ kind: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
	{ kind: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
	{ kind: 'old Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
	{ kind: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
	{ kind: 'executable', bytes: [0x4d, 0x5a, 0x90, 0x00] },
	{ kind: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
	{ kind: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
	{ kind: 'MP3 audio', bytes: [0x49, 0x44, 0x33] },
	{ kind: 'video', at: 4, bytes: [0x66, 0x74, 0x79, 0x70] }
];

function startsWith(bytes: Uint8Array, at: number, magic: number[]): boolean {
	if (bytes.length < at + magic.length) return false;
	return magic.every((b, i) => bytes[at + i] === b);
}

/** Names a known binary format from its magic number, or undefined. */
function magicKind(bytes: Uint8Array): string | undefined {
	return MAGIC.find((m) => startsWith(bytes, m.at ?? 0, m.bytes))?.kind;
}

/** Guesses UTF-16 without a BOM: ASCII text in UTF-16 has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return undefined;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
	return undefined;
}

/** True when a sample has NUL bytes or too many control characters to be text. */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 8192);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return true;
		// Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
		if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) control++;
	}
	return control > Math.max(4, n * 0.02);
}

/** Detects HTML by content: a doctype, <html>, <body>, or several paragraph tags. */
export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 65536);
	if (/^\s*(?:<\?xml[^>]{0,200}>\s*)?<!doctype\s+html/i.test(head)) return true;
	if (/<html[\s>]/i.test(head) || /<body[\s>]/i.test(head)) return true;
	const paragraphs = head.match(/<\/?p[\s>]/gi);
	return paragraphs !== null && paragraphs.length >= 2;
}

const extension = (name: string) => {
	const base = name.slice(name.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

/** Light Markdown stripping: heading marks, emphasis, code marks, links to their text, images out. */
export function stripMarkdown(text: string): string {
	const lines: string[] = [];
	let fenced = false;
	for (const raw of text.split('\n')) {
		let line = raw;
		if (/^\s{0,3}(?:```|~~~)/.test(line)) {
			fenced = !fenced;
			continue;
		}
		if (fenced) {
			lines.push(line);
			continue;
		}
		// Reference definitions, setext underlines and rules carry no prose.
		if (/^\s{0,3}\[[^\]\n]{1,200}\]:\s/.test(line)) continue;
		if (/^\s{0,3}(?:=+|-{2,}|(?:[-*_]\s*){3,})\s*$/.test(line)) {
			lines.push('');
			continue;
		}
		const heading = /^\s{0,3}#{1,6}(?:[ \t]|$)/.exec(line);
		if (heading) line = stripClosingHashes(line.slice(heading[0].length).trim());
		line = line.replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '');
		// Each pattern excludes its own opening delimiter, so every scan stops early: linear time.
		line = line
			.replace(/!\[[^[\]\n]*\]\([^()\n]*\)/g, '')
			.replace(/!\[[^[\]\n]*\]\[[^[\]\n]*\]/g, '')
			.replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
			.replace(/\[([^[\]\n]+)\]\[[^[\]\n]*\]/g, '$1')
			.replace(/<(https?:\/\/[^<>\s]+)>/g, '$1')
			.replace(/`([^`\n]+)`/g, '$1')
			.replace(/\*\*([^*\n]+)\*\*/g, '$1')
			.replace(/__([^_\n]+)__/g, '$1')
			.replace(/~~([^~\n]+)~~/g, '$1')
			.replace(/(^|[^\w*\\])\*([^*\n]+)\*(?![\w*])/g, '$1$2')
			.replace(/(^|[^\w_\\])_([^_\n]+)_(?![\w_])/g, '$1$2')
			.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
		lines.push(line.trim());
	}
	return lines.join('\n');
}

/** "Title ##" -> "Title", by hand: a regex for trailing runs backtracks badly on long space runs. */
function stripClosingHashes(line: string): string {
	let end = line.length;
	while (end > 0 && line[end - 1] === '#') end--;
	if (end === line.length || (end > 0 && line[end - 1] !== ' ' && line[end - 1] !== '\t'))
		return line;
	return line.slice(0, end).trimEnd();
}

/** Replaces control characters other than tab and newline with spaces. */
function dropControls(text: string): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 9 && c !== 10) || c === 0x7f) {
			out += text.slice(from, i) + ' ';
			from = i + 1;
		}
	}
	return from === 0 ? text : out + text.slice(from);
}

/** Windows-1252 by table: every byte maps to one character, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const chunk = 8192;
	for (let at = 0; at < bytes.length; at += chunk) {
		const codes = Array.from(bytes.subarray(at, at + chunk), (b) =>
			b >= 0x80 && b <= 0x9f ? WINDOWS_1252_C1[b - 0x80] : b
		);
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}

const utf8 = (fatal: boolean) => new TextDecoder('utf-8', { fatal, ignoreBOM: false });

/** Decodes one file's bytes into an article, or explains why it is not usable. */
export function decodeArticle({
	bytes,
	name,
	maxBytes = DEFAULT_MAX_BYTES
}: {
	bytes: Uint8Array;
	name: string;
	maxBytes?: number;
}): DecodeResult {
	const warnings: string[] = [];
	const tooLarge = articleSizeError({ name, size: bytes.length, maxBytes });
	if (tooLarge) return { ok: false, error: tooLarge };
	if (bytes.length === 0) return { ok: false, error: `${name} is empty` };

	let text: string;
	if (startsWith(bytes, 0, [0xef, 0xbb, 0xbf])) {
		text = utf8(false).decode(bytes);
	} else if (startsWith(bytes, 0, [0xff, 0xfe]) || startsWith(bytes, 0, [0xfe, 0xff])) {
		const le = bytes[0] === 0xff;
		text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
	} else {
		const kind = magicKind(bytes);
		if (kind) return { ok: false, error: `${name} looks like a binary file (${kind}), not text` };
		const utf16 = utf16WithoutBom(bytes);
		if (utf16) text = new TextDecoder(utf16).decode(bytes);
		else if (looksBinary(bytes))
			return { ok: false, error: `${name} looks like a binary file, not text` };
		else {
			try {
				text = utf8(true).decode(bytes);
			} catch {
				// Legacy single-byte files are common (a pound sign saved by an old editor); read them anyway.
				text = decodeWindows1252(bytes);
				warnings.push(`${name} is not valid UTF-8; read as Windows-1252`);
			}
		}
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.slice(0, 8192).includes('\0'))
		return { ok: false, error: `${name} looks like a binary file, not text` };

	text = text.replace(/\r\n?/g, '\n');
	if (!text.trim()) return { ok: false, error: `${name} contains only whitespace` };

	const ext = extension(name);
	let format: ArticleFormat = 'text';
	const article: ArticleInput = { text: '', id: stableId('src', name), file: name };
	if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || looksLikeHtml(text)) {
		format = 'html';
		const page = htmlToText({ html: text });
		text = page.text;
		if (page.title) article.title = page.title;
		if (page.date) article.date = page.date;
		if (page.publisher) article.publisher = page.publisher;
		if (page.url) article.url = page.url;
		if (!text.trim()) return { ok: false, error: `${name} is HTML with no readable text` };
	} else if (ext === 'md' || ext === 'markdown') {
		format = 'markdown';
		text = stripMarkdown(text);
	}

	// Stray control characters confuse sentence splitting; NFC makes equal words compare equal.
	text = dropControls(text)
		.normalize('NFC')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	if (!text) return { ok: false, error: `${name} has no readable text` };
	article.text = text;
	return { ok: true, article, warnings, format };
}
