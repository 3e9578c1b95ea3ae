/**
 * The backup parser (and a deck file's) fuzzed with fast-check, fixed seed: any value, a valid backup
 * with a part replaced by hostile data, hostile text in every field, deep and enormous input. Each
 * ends in a result or a list of problems within a time bound, never a throw or a polluted prototype;
 * what is accepted restores, and reads back exactly as it went in.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DbError, type Backup, type CitecardsDb } from '../../../src/lib/db';
import { parseBackup } from '../../../src/lib/db/backup';
import { parseDeck, parseDeckJson } from '../../../src/lib/deck';
import { backupOf, makeBigDeck, openFreshDb } from '../../fixtures/db';
import {
	deep,
	hostileJson,
	hostileKey,
	hostileText,
	params,
	withinTime,
	withinTimeAsync
} from '../../fixtures/fuzz';

const NOW = new Date(2026, 0, 5, 12).getTime();
const valid = (): Backup => backupOf(makeBigDeck({ cards: 6 }), NOW);

/** parseBackup's contract: a result or problems (strings), never a throw, within a bound. */
function parse(data: unknown) {
	// A hang or a quadratic blow-up takes far longer; the process's CPU time also counts the garbage
	// collector's threads, which a 5 MB string or a 100,000-deep value keeps busy (2.3 s seen in CI).
	const result = withinTime(5_000, 'parseBackup', () => parseBackup(data));
	if (!result.ok) {
		expect(result.errors.length).toBeGreaterThan(0);
		expect(result.errors.length).toBeLessThanOrEqual(20);
		for (const e of result.errors) expect(typeof e).toBe('string');
	}
	return result;
}

function expectUnpolluted() {
	expect(Object.keys(Object.prototype)).toEqual([]);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** Every path to a value inside `value`, as key lists. */
function paths(
	value: unknown,
	at: Array<string | number> = [],
	out: Array<Array<string | number>> = []
) {
	out.push(at);
	if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
	return out;
}

/** A copy of `value` with the value at `path` replaced (or, for the root, `replacement` itself). */
function replaceAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
	if (!path.length) return replacement;
	const copy = structuredClone(value) as Record<string | number, unknown>;
	let node = copy;
	for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
	node[path[path.length - 1]] = replacement;
	return copy;
}

const opened: CitecardsDb[] = [];
afterAll(() => opened.forEach((db) => db.close()));

describe('the backup parser, fuzzed', () => {
	it('answers any JSON value with problems, never a throw', () => {
		fc.assert(
			fc.property(hostileJson, (data) => {
				expect(parse(data).ok).toBe(false);
				expectUnpolluted();
			}),
			params(300)
		);
	});

	it('checks a valid backup with any one part replaced by hostile data', () => {
		const base = valid();
		const all = paths(base);
		fc.assert(
			fc.property(fc.nat(all.length - 1), hostileJson, (i, replacement) => {
				parse(replaceAt(base, all[i], replacement));
				expectUnpolluted();
			}),
			params(300)
		);
	});

	it('treats __proto__ and constructor keys anywhere as plain data', () => {
		const base = valid();
		const objects = paths(base).filter((p) => {
			let node: unknown = base;
			for (const k of p) node = (node as Record<string | number, unknown>)[k];
			return node !== null && typeof node === 'object' && !Array.isArray(node);
		});
		fc.assert(
			fc.property(fc.nat(objects.length - 1), hostileKey, hostileJson, (i, key, value) => {
				// As JSON.parse would give it: an own property named "__proto__", not a prototype.
				const text = JSON.stringify(base);
				const data = JSON.parse(text);
				let node = data;
				for (const k of objects[i]) node = node[k];
				Object.defineProperty(node, key, {
					value,
					enumerable: true,
					configurable: true,
					writable: true
				});
				const result = parse(JSON.parse(JSON.stringify(data)));
				expectUnpolluted();
				if (result.ok) expect(Object.getPrototypeOf(result.backup)).toBe(Object.prototype);
			}),
			params(200)
		);
	});

	it('restores what it accepts with hostile text in every field, and reads it back exactly', async () => {
		const db = await openFreshDb();
		opened.push(db);
		let restored = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					title: hostileText(40),
					question: hostileText(60),
					answer: hostileText(20, 1),
					tag: hostileText(12, 1),
					sourceTitle: hostileText(40),
					pre: hostileText(60),
					post: hostileText(60)
				}),
				async (t) => {
					const deck = makeBigDeck({ cards: 2 });
					const [source] = deck.sources;
					// Hostile text around the cited sentences: the citations move with it.
					source.text = `${t.pre} ${source.text} ${t.post}`;
					source.title = t.sourceTitle;
					for (const card of deck.cards)
						for (const c of card.citations) {
							c.start += t.pre.length + 1;
							c.end += t.pre.length + 1;
						}
					deck.title = t.title;
					deck.cards[0] = {
						...deck.cards[0],
						question: t.question,
						answer: t.answer,
						tags: [t.tag]
					};
					const data = JSON.parse(JSON.stringify(backupOf(deck, NOW)));
					const result = parse(data);
					if (!result.ok) return; // refused with reasons: fine
					await withinTimeAsync(5_000, 'restoreBackup', () => db.restoreBackup({ data, now: NOW }));
					restored++;
					const back = await db.exportBackup({ now: NOW });
					expect(back.cards.map((c) => c.card)).toEqual(result.backup.cards.map((c) => c.card));
					expect(back.sources).toEqual(result.backup.sources);
					expect(back.decks[0].title).toBe(t.title);
				}
			),
			params(40)
		);
		// Hostile text is data: most of these backups are valid and do restore.
		expect(restored).toBeGreaterThan(10);
	}, 60_000);

	it('refuses deep, enormous and odd input quickly, and a refused restore changes nothing', async () => {
		const base = valid();
		for (const data of [
			undefined,
			null,
			'',
			0,
			[],
			{},
			'x'.repeat(5_000_000),
			deep(100_000),
			deep(100_000, '__proto__'),
			{ ...base, cards: deep(50_000) },
			{ ...base, decks: [deep(50_000, 'id')] },
			{ ...base, cards: Array.from({ length: 20_000 }, () => base.cards[0]) },
			{ ...base, log: Array.from({ length: 50_000 }, (_, i) => ({ id: i + 1 })) },
			{ ...base, version: 99 },
			{ ...base, format: 'citecards-backup\u0000' }
		])
			expect(parse(data).ok).toBe(false);
		expectUnpolluted();

		const db = await openFreshDb();
		opened.push(db);
		await db.restoreBackup({ data: base, now: NOW });
		const before = await db.exportBackup({ now: NOW });
		const err = await db.restoreBackup({ data: { ...base, cards: deep(50_000) } }).catch((e) => e);
		expect(err).toBeInstanceOf(DbError);
		expect(err.message).toMatch(/cannot be restored/);
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
	}, 60_000);
});

describe('a deck file, fuzzed', () => {
	it('answers any JSON text or value with a deck or problems, never a throw', () => {
		fc.assert(
			fc.property(fc.oneof(hostileJson, hostileText(200)), (data) => {
				const result = withinTime(2_000, 'parseDeck', () =>
					typeof data === 'string' ? parseDeckJson(data) : parseDeck(data)
				);
				if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
				expectUnpolluted();
			}),
			params(300)
		);
		for (const text of ['[', '['.repeat(100_000), `{"a":${'['.repeat(10_000)}`, '\uD800', '\u0000'])
			expect(withinTime(2_000, 'parseDeckJson', () => parseDeckJson(text)).ok).toBe(false);
		expect(parseDeck(deep(100_000, 'cards')).ok).toBe(false);
	});
});
