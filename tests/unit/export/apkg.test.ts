import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import initSqlJs from 'sql.js';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCards } from '../../../src/lib/export/formats';
import { noteGuid, stripHtml } from '../../../src/lib/export/anki-text';
import { buildCollection } from '../../../src/lib/export/apkg';
import { planExport } from '../../../src/lib/export/formats';
import { makeCard, makeDeck, makeSource } from '../../fixtures/deck';
import { DECKS, python, squash } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'apkg-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Reads collection.anki2 with Python's sqlite3 and recomputes Anki's checksum independently.
const READER = `
import hashlib, html, json, re, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
integrity = db.execute('PRAGMA integrity_check').fetchone()[0]
ver, models, decks = db.execute('select ver, models, decks from col').fetchone()
def strip(s):
    s = re.sub(r'(?s)<!--.*?-->', '', s)
    s = re.sub(r'(?si)<style.*?>.*?</style>', '', s)
    s = re.sub(r'(?si)<script.*?>.*?</script>', '', s)
    s = re.sub(r'(?s)<.*?>', '', s)
    return html.unescape(s)
notes = []
for nid, guid, mid, flds, sfld, csum, tags in db.execute('select id, guid, mid, flds, sfld, csum, tags from notes order by id'):
    f = flds.split('\\x1f')
    notes.append({'id': nid, 'guid': guid, 'mid': str(mid), 'fields': f, 'sfld': sfld, 'csum': csum,
                  'expected_csum': int(hashlib.sha1(strip(f[0]).encode('utf-8')).hexdigest()[:8], 16),
                  'tags': tags})
cards = [dict(zip(['nid', 'did', 'ord', 'type', 'queue', 'due'], r)) for r in db.execute('select nid, did, ord, type, queue, due from cards order by nid')]
print(json.dumps({'integrity': integrity, 'ver': ver, 'models': json.loads(models), 'decks': json.loads(decks), 'notes': notes, 'cards': cards}))
`;

type Read = {
	integrity: string;
	ver: number;
	models: Record<
		string,
		{ name: string; type: number; flds: { name: string }[]; tmpls: { qfmt: string }[] }
	>;
	decks: Record<string, { name: string }>;
	notes: {
		guid: string;
		mid: string;
		fields: string[];
		sfld: string;
		csum: number;
		expected_csum: number;
		tags: string;
	}[];
	cards: { nid: number; did: number; ord: number; type: number; queue: number; due: number }[];
};

/** What a field shows once Anki renders it: tags out, entities decoded, <br> as a line break. */
const shown = (html: string) =>
	squash(stripHtml(html.replace(/<br>/g, '\n').replace(/<\/li>/g, '\n')));

describe.each(DECKS)('Anki .apkg of the %s', (name, load) => {
	const deck = load();
	const file = join(dir, `${name.replace(/\W/g, '-')}.apkg`);

	it('is a zip with collection.anki2 and media that sqlite3 reads back note for note', async () => {
		const { data, plan } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'apkg'
		});
		expect(data).toBeInstanceOf(Uint8Array);
		const files = unzipSync(data as Uint8Array);
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(JSON.parse(strFromU8(files.media))).toEqual({});
		writeFileSync(file, files['collection.anki2']);
		const read = JSON.parse(python(READER, [file])) as Read;
		expect(read.integrity).toBe('ok');
		expect(read.ver).toBe(11);
		expect(Object.values(read.decks).map((d) => d.name)).toContain(deck.title.replace(/::/g, ':'));
		expect(read.notes).toHaveLength(plan.items.length);
		expect(read.cards).toHaveLength(plan.items.length);
		expect(plan.items).toHaveLength(deck.cards.length);
		for (const [i, note] of read.notes.entries()) {
			const item = plan.items[i];
			const model = read.models[note.mid];
			expect(note.csum).toBe(note.expected_csum);
			expect(note.guid).toBe(await noteGuid(item.card.id));
			expect(note.fields).toHaveLength(model.flds.length);
			expect(shown(note.fields[note.fields.length - 1])).toBe(squash(item.feedback));
			if (item.type === 'cloze') {
				expect(model.type).toBe(1);
				expect(model.tmpls[0].qfmt).toBe('{{cloze:Text}}');
				// Anki finds cloze deletions in the raw field HTML, before entities are decoded.
				const blanks = [...note.fields[0].matchAll(/\{\{c1::([\s\S]*?)\}\}/g)].map((m) => m[1]);
				expect(blanks.map(shown)).toEqual(
					item.parts!.filter((p) => 'blank' in p).map((p) => squash(p.blank))
				);
			} else if (item.type === 'mcq') {
				expect(model.flds.map((f) => f.name)).toEqual(['Question', 'Choices', 'Answer', 'Source']);
				expect(shown(note.fields[0])).toBe(squash(item.question));
				const choices = [...note.fields[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
					shown(m[1])
				);
				expect(choices).toEqual(item.choices!.map(squash));
				expect(shown(note.fields[2])).toBe(squash(`${'ABCDEFGH'[item.correct!]}. ${item.answer}`));
			} else {
				expect(model.flds.map((f) => f.name)).toEqual(['Front', 'Back', 'Source']);
				expect(shown(note.fields[0])).toBe(squash(item.question));
				expect(shown(note.fields[1]).startsWith(squash(item.answer))).toBe(true);
			}
			// Fields are escaped: no raw markup from the cards survives as a tag.
			for (const f of note.fields) expect(f).not.toMatch(/<(script|img|b)\b/);
		}
		for (const card of read.cards) {
			expect(card.ord).toBe(0);
			expect([card.type, card.queue]).toEqual([0, 0]);
		}
	});

	it('opens in sql.js too, with one card per note', async () => {
		const { data } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'apkg'
		});
		const SQL = await initSqlJs();
		const db = new SQL.Database(unzipSync(data as Uint8Array)['collection.anki2']);
		const [[notes]] = db.exec('select count(*) from notes')[0].values;
		const [[orphans]] = db.exec(
			'select count(*) from cards c left join notes n on n.id = c.nid where n.id is null'
		)[0].values;
		db.close();
		expect(notes).toBe(deck.cards.length);
		expect(orphans).toBe(0);
	});
});

describe('Anki collection', () => {
	it('loads sql.js through the locateFile option the browser passes', async () => {
		const deck = DECKS[0][1]();
		const { data } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'apkg',
			sqlJs: { locateFile: (file) => join(process.cwd(), 'node_modules/sql.js/dist', file) }
		});
		expect(Object.keys(unzipSync(data as Uint8Array))).toContain('collection.anki2');
	});

	it('keeps guids and note types across exports made at different times, so Anki updates notes', async () => {
		const deck = DECKS[1][1]();
		const { items } = planExport({ cards: deck.cards, sources: deck.sources, format: 'apkg' });
		const input = { cards: deck.cards, sources: deck.sources, title: deck.title, items };
		const SQL = await initSqlJs();
		const read = async (now: number) => {
			const db = new SQL.Database(await buildCollection(input, now));
			const rows = db.exec('select guid, mid, mod from notes order by id')[0].values;
			db.close();
			return rows;
		};
		const first = await read(1_700_000_000_000);
		const later = await read(1_800_000_000_000);
		expect(later.map((r) => r.slice(0, 2))).toEqual(first.map((r) => r.slice(0, 2)));
		expect(Number(later[0][2])).toBeGreaterThan(Number(first[0][2]));
	});
});

describe('Anki note guids', () => {
	it('are derived from card ids: stable across exports and distinct per card', async () => {
		const deck = DECKS[1][1]();
		const guids = await Promise.all(deck.cards.map((c) => noteGuid(c.id)));
		expect(new Set(guids).size).toBe(guids.length);
		expect(await noteGuid(deck.cards[0].id)).toBe(guids[0]);
		expect(guids.every((g) => /^[\x21-\x7e]{1,11}$/.test(g))).toBe(true);
	});
});

// Reads every text column of the collection as raw bytes and decodes them strictly, as Anki's importers
// (Rust's String, Python's sqlite3) do; JSON columns must also hold no lone surrogate escape.
const STRICT_UTF8 = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.text_factory = bytes
bad = []
def walk(where, v):
    if isinstance(v, str):
        try: v.encode('utf-8')
        except UnicodeEncodeError: bad.append(where)
    elif isinstance(v, dict):
        for k, x in v.items(): walk(where, k); walk(where, x)
    elif isinstance(v, list):
        for x in v: walk(where, x)
for table, columns, json_columns in [('notes', ['guid', 'tags', 'flds', 'sfld', 'data'], []),
                                     ('col', ['tags'], ['conf', 'models', 'decks', 'dconf'])]:
    for row in db.execute('select %s from %s' % (', '.join(columns + json_columns), table)):
        for name, value in zip(columns + json_columns, row):
            try: text = value.decode('utf-8') if isinstance(value, bytes) else str(value)
            except UnicodeDecodeError: bad.append(table + '.' + name); continue
            if name in json_columns: walk(table + '.' + name, json.loads(text))
tags = [r[0].decode('utf-8', 'replace') for r in db.execute('select tags from notes')]
print(json.dumps({'bad': bad, 'tags': tags}))
`;

describe('Anki collection with lone surrogates in the deck', () => {
	it('holds only valid UTF-8: tags, fields and the deck name cleaned alike', async () => {
		const source = makeSource();
		const deck = makeDeck({
			title: 'Deck \ud83d name',
			cards: [
				makeCard(source, {
					question: 'Who cut \udc00 the ribbon?',
					answer: 'Ana \ud800Ruiz',
					tags: ['bad\ud800tag', 'ok', '\udfff']
				})
			]
		});
		const { data } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'apkg'
		});
		const file = join(dir, 'surrogates.anki2');
		writeFileSync(file, unzipSync(data as Uint8Array)['collection.anki2']);
		const read = JSON.parse(python(STRICT_UTF8, [file])) as { bad: string[]; tags: string[] };
		expect(read.bad).toEqual([]);
		expect(read.tags).toEqual([' badtag ok ']);
	});
});
