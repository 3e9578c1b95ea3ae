/** JSON files: the deck the app exports (and `npm run generate` writes) or a backup, read defensively. */
import { DECK_FORMAT, parseDeck } from '../deck/schema';
import { MAX_JSON_DEPTH } from './limits';
import { ImportRefused, type ImportedFile } from './types';

const BACKUP_FORMAT = 'citecards-backup';
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** How deeply the text's arrays and objects nest (strings skipped); stops counting past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92) i++;
			else if (c === 34) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91) {
			if (++depth > max && (max = depth) > limit) return max;
		} else if (c === 125 || c === 93) depth--;
	}
	return max;
}

/**
 * The first `__proto__`, `constructor` or `prototype` key anywhere in parsed JSON, or null. A walk
 * over the parsed value (JSON.parse keeps such keys as own properties): several times cheaper than a
 * reviver on a 50,000-card deck. Iterative, so any depth is safe.
 */
export function forbiddenKey(data: unknown): string | null {
	const stack: unknown[] = [data];
	while (stack.length) {
		const value = stack.pop();
		if (typeof value !== 'object' || value === null) continue;
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) {
				const item = value[i];
				if (typeof item === 'object' && item !== null) stack.push(item);
			}
			continue;
		}
		for (const key in value) {
			if (FORBIDDEN.has(key)) return key;
			const item = (value as Record<string, unknown>)[key];
			if (typeof item === 'object' && item !== null) stack.push(item);
		}
	}
	return null;
}

/**
 * Parses JSON text; refuses text nested deeper than a deck could be and any `__proto__`,
 * `constructor` or `prototype` key (never part of a deck, a classic way to tamper with objects).
 */
export function parseJsonSafely(o: { text: string; name: string }): unknown {
	if (jsonDepth(o.text) > MAX_JSON_DEPTH)
		throw new ImportRefused(`"${o.name}" is nested far deeper than any deck, so it was not read.`);
	let data: unknown;
	try {
		data = JSON.parse(o.text);
	} catch {
		throw new ImportRefused(
			`"${o.name}" is not a complete JSON file: it may have been cut short or edited by hand.`
		);
	}
	const bad = forbiddenKey(data);
	if (bad !== null)
		throw new ImportRefused(
			`"${o.name}" contains a field named "${bad}", which no deck has, so it was not imported.`
		);
	return data;
}

/** The first problem of a deck, in words: which card, and what about it. */
function deckProblem(errors: string[]): string {
	const first = errors[0] ?? '';
	// Shape problems name a path ("cards.0.type: Invalid option…"); integrity problems a card.
	if (/^[\w.]+: (Invalid|Too|Expected)|expected/i.test(first)) {
		if (/^sources\./.test(first)) return 'an article in it is incomplete or damaged';
		return 'some cards are incomplete or damaged';
	}
	if (/citation|quote|source/.test(first))
		return 'a quoted sentence does not match its article (the file was changed after it was made)';
	if (/choices/.test(first)) return 'a multiple-choice card has a wrong set of choices';
	if (/cloze/.test(first)) return 'a fill-in-the-gap card is broken';
	if (/duplicate|twice|unique/.test(first)) return 'a card or article is listed twice';
	return 'some cards are incomplete or damaged';
}

/** A deck file or a backup, recognised by its `format` field and checked; refuses anything else. */
export function readJsonFile(o: { text: string; name: string }): ImportedFile {
	const data = parseJsonSafely(o);
	const format =
		data && typeof data === 'object' && !Array.isArray(data)
			? (data as { format?: unknown }).format
			: undefined;
	if (format === BACKUP_FORMAT) return { kind: 'backup', backup: data, notes: [] };
	if (format !== DECK_FORMAT)
		throw new ImportRefused(
			`"${o.name}" is a JSON file but not a citecards deck or backup, so there is nothing to import.`
		);
	const version = (data as { version?: unknown }).version;
	if (version !== 1 && version !== 2)
		throw new ImportRefused(
			`"${o.name}" was made by a newer version of citecards: update the app, then import it again.`
		);
	const parsed = parseDeck(data);
	if (!parsed.ok)
		throw new ImportRefused(
			`"${o.name}" cannot be imported: ${deckProblem(parsed.errors)}. Nothing was changed.`
		);
	return { kind: 'deck', deck: parsed.deck, notes: [] };
}
