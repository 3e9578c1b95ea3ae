/** Bytes to text for imported files: UTF-8 or UTF-16 (by byte-order mark), binary refused. */
import { ImportRefused } from './types';

/** Decodes a text file; refuses one that holds NUL bytes or is not valid text. */
export function decodeText(o: { bytes: Uint8Array; name: string }): string {
	const { bytes, name } = o;
	let text: string;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
	else {
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			// Excel on Windows writes CSV in Windows-1252.
			text = new TextDecoder('windows-1252').decode(bytes);
		}
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.includes('\u0000'))
		throw new ImportRefused(`"${name}" is not a text file, a deck file or an Anki package.`);
	return text;
}
