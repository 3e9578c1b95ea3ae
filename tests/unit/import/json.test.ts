import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/lib/import';
import { isCheckedDeck } from '../../../src/lib/deck/schema';
import { forbiddenKey, jsonDepth } from '../../../src/lib/import/json';
import { makeDeck } from '../../fixtures/deck';
import { bytesOf } from './helpers';

const read = (data: unknown, name = 'deck.json') =>
	readImportFile({ name, bytes: bytesOf(typeof data === 'string' ? data : JSON.stringify(data)) });

describe('deck and backup JSON import', () => {
	it('reads the deck the app exports', async () => {
		const out = await read(makeDeck());
		expect(out).toMatchObject({ ok: true, kind: 'deck', deck: { id: 'deck-test' } });
	});

	it('hands on only decks checked against the schema, so saving need not check them again', async () => {
		const json = await read(makeDeck());
		const csv = await readImportFile({ name: 't.csv', bytes: bytesOf('Question,Answer\nA?,B\n') });
		for (const out of [json, csv]) {
			expect(out).toMatchObject({ ok: true });
			if (out.ok && out.kind !== 'backup') expect(isCheckedDeck(out.deck)).toBe(true);
		}
	});

	it('recognises a backup and hands it on for the backup checks', async () => {
		const out = await read({ format: 'citecards-backup', version: 2 });
		expect(out).toMatchObject({ ok: true, kind: 'backup' });
	});

	it('says in a sentence what is wrong, never a schema dump', async () => {
		const deck = makeDeck();
		deck.cards[0].citations[0].quote = 'changed by hand';
		const cases: Array<[unknown, RegExp]> = [
			[deck, /quoted sentence does not match its article/],
			[{ ...makeDeck(), cards: [{ id: 'x' }] }, /incomplete or damaged/],
			[{ format: 'something-else' }, /not a citecards deck or backup/],
			[[1, 2, 3], /not a citecards deck or backup/],
			[{ ...makeDeck(), version: 9 }, /newer version of citecards/],
			['{"format": "citecards-deck", "cards": [', /not a complete JSON file/]
		];
		for (const [data, pattern] of cases) {
			const out = await read(data);
			expect(out.ok).toBe(false);
			if (!out.ok) {
				expect(out.message).toMatch(pattern);
				expect(out.message).not.toMatch(/cards\.0|Invalid input|expected/);
			}
		}
	});

	it('refuses __proto__ and constructor keys anywhere', async () => {
		for (const key of ['__proto__', 'constructor']) {
			const text = JSON.stringify(makeDeck()).replace(
				'"title":',
				`"${key}": {"polluted": true}, "title":`
			);
			const out = await read(text);
			expect(out).toEqual({ ok: false, message: expect.stringContaining(`"${key}"`) });
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('finds a forbidden key at any depth, in arrays too, and never mistakes a value for a key', () => {
		expect(forbiddenKey(JSON.parse('{"a":[{"b":[[{"prototype":1}]]}]}'))).toBe('prototype');
		expect(forbiddenKey(JSON.parse('[1,{"x":{"__proto__":null}}]'))).toBe('__proto__');
		// An escaped key is the same key once parsed.
		expect(forbiddenKey(JSON.parse('{"\\u0063onstructor":{}}'))).toBe('constructor');
		expect(forbiddenKey(JSON.parse('{"a":"__proto__","b":["constructor"]}'))).toBeNull();
		expect(forbiddenKey(makeDeck())).toBeNull();
		// Deep nesting is walked without recursion.
		let deep: unknown = { constructor: 1 };
		for (let i = 0; i < 100_000; i++) deep = [deep];
		expect(forbiddenKey(deep)).toBe('constructor');
	});

	it('refuses very deep JSON quickly, without overflowing the stack', async () => {
		const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
		expect(jsonDepth(deep)).toBeGreaterThan(40);
		const out = await read(`{"format":"citecards-deck","x":${deep}}`);
		expect(out).toEqual({ ok: false, message: expect.stringMatching(/nested far deeper/) });
		// Brackets inside strings do not count.
		expect(jsonDepth('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')).toBe(1);
	});

	it('refuses a 50 MB JSON file by its size before reading it', async () => {
		const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x20);
		bytes[0] = 0x7b;
		const out = await readImportFile({ name: 'big.json', bytes });
		expect(out).toEqual({ ok: false, message: expect.stringMatching(/is 50 MB.*at most 40 MB/) });
	});
});
