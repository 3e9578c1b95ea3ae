/** Text helpers for Anki fields: HTML escaping, Anki's own HTML stripping, checksum and guid. */

/** Escapes text for an Anki field (fields hold HTML); newlines become <br>. */
export function ankiField(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\r\n?/g, '\n')
		.replace(/\n/g, '<br>');
}

/** Escapes text inside a cloze field, where braces and colons would be read as cloze syntax. */
export function ankiClozeText(text: string): string {
	return ankiField(text).replace(/[{}:]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/** Strips HTML the way Anki does before checksumming: comments, style/script, tags, then entities. */
export function stripHtml(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<style\b[\s\S]*?<\/style>/gi, '')
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<[\s\S]*?>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code =
					name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
				return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES[name.toLowerCase()] ?? whole;
		});
}

/** SHA-1 hex digest of UTF-8 text (Web Crypto, present in browsers and Node 20). */
export async function sha1Hex(text: string): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Anki's field checksum: the first 8 hex digits of sha1 of the stripped field, as an integer. */
export async function fieldChecksum(fieldHtml: string): Promise<number> {
	return parseInt((await sha1Hex(stripHtml(fieldHtml))).slice(0, 8), 16);
}

const BASE91 =
	'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** A note guid derived from our card id (base91 of 64 bits of its sha1), so re-imports update notes. */
export async function noteGuid(cardId: string): Promise<string> {
	let n = BigInt(`0x${(await sha1Hex(`citecards:${cardId}`)).slice(0, 16)}`);
	let out = '';
	while (n > 0n) {
		out = BASE91[Number(n % 91n)] + out;
		n /= 91n;
	}
	return out || 'a';
}
