import { hashSeed } from './random';
import type { ExportItem } from './items';

/** An XML ID (NCName) made from text: a letter prefix and hex hashes, stable per input. */
export function xmlId(prefix: string, ...parts: string[]): string {
	const text = parts.join('\u241f');
	return `${prefix}${hashSeed(text).toString(16).padStart(8, '0')}${hashSeed(`${text}#`).toString(16).padStart(8, '0')}`;
}

/** A short, readable item title from its question. */
export function itemTitle(item: ExportItem, index: number): string {
	const words = item.question.replace(/\s+/g, ' ').trim();
	return `${index + 1}. ${words.length > 60 ? `${words.slice(0, 57)}...` : words}`;
}
