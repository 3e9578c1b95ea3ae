/**
 * Builds small Anki packages for the importer tests with sql.js: schema 11 collections (as
 * collection.anki2 and .anki21) and schema 18 ones (as collection.anki21b, Anki 2.1.50+).
 */
import { zipSync, strToU8 } from 'fflate';
import initSqlJs from 'sql.js';
import { zstdFrame } from '../../fixtures/zstd';

export interface TestNote {
	id: number;
	mid: number;
	fields: string[];
	tags?: string;
	/** One card per ord; queue -1 is suspended. */
	cards: Array<{ id: number; ord: number; queue?: number }>;
}

const BASIC = {
	id: 1,
	type: 0,
	flds: [{ name: 'Front' }, { name: 'Back' }],
	tmpls: [{ qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }]
};
const REVERSED = {
	id: 2,
	type: 0,
	flds: [{ name: 'Front' }, { name: 'Back' }],
	tmpls: [
		{ qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' },
		{ qfmt: '{{Back}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' }
	]
};
const CLOZE = {
	id: 3,
	type: 1,
	flds: [{ name: 'Text' }, { name: 'Back Extra' }],
	tmpls: [{ qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>{{Back Extra}}' }]
};
/** A note type of one's own: three fields, one card asking the third and answering the first. */
const MEANING = {
	id: 4,
	type: 0,
	flds: [{ name: 'Word' }, { name: 'Notes' }, { name: 'Meaning' }],
	tmpls: [{ qfmt: '<div>{{Meaning}}</div>', afmt: '{{FrontSide}}<hr id=answer>{{Word}}' }]
};

/** Basic (HTML in its fields), Basic-and-reversed (one card suspended) and Cloze notes. */
export const SAMPLE_NOTES: TestNote[] = [
	{
		id: 10,
		mid: 1,
		fields: ['Capital of <b>France</b>?', 'Paris&nbsp;<br>(on the Seine)'],
		tags: ' geo eu ',
		cards: [{ id: 100, ord: 0 }]
	},
	{
		id: 11,
		mid: 2,
		fields: ['Hund', 'dog'],
		cards: [
			{ id: 110, ord: 0 },
			{ id: 111, ord: 1, queue: -1 }
		]
	},
	{
		id: 12,
		mid: 3,
		fields: ['{{c1::Canberra}} is the capital of {{c2::Australia::country}}.', ''],
		cards: [
			{ id: 120, ord: 0 },
			{ id: 121, ord: 1 }
		]
	}
];

/** The bytes of collection.anki2 holding these notes and review log rows [time ms, cardId, ease]. */
export async function buildCollection(o: {
	notes: TestNote[];
	revlog?: Array<[number, number, number]>;
	deckName?: string;
}): Promise<Uint8Array> {
	const SQL = await initSqlJs();
	const db = new SQL.Database();
	db.run(`CREATE TABLE col (id integer primary key, models text, decks text);
		CREATE TABLE notes (id integer primary key, mid integer, flds text, tags text);
		CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, queue integer);
		CREATE TABLE revlog (id integer primary key, cid integer, ease integer, time integer, type integer);`);
	db.run('INSERT INTO col VALUES (1, ?, ?)', [
		JSON.stringify({ 1: BASIC, 2: REVERSED, 3: CLOZE, 4: MEANING }),
		JSON.stringify({ 7: { name: o.deckName ?? 'Default' } })
	]);
	for (const n of o.notes) {
		db.run('INSERT INTO notes VALUES (?, ?, ?, ?)', [
			n.id,
			n.mid,
			n.fields.join('\x1f'),
			n.tags ?? ''
		]);
		for (const c of n.cards)
			db.run('INSERT INTO cards VALUES (?, ?, 7, ?, ?)', [c.id, n.id, c.ord, c.queue ?? 0]);
	}
	for (const [at, cid, ease] of o.revlog ?? [])
		db.run('INSERT INTO revlog VALUES (?, ?, ?, 5000, 1)', [at, cid, ease]);
	const bytes = db.export();
	db.close();
	return bytes;
}

/** An .apkg (zip) of a collection. */
export function apkgOf(collection: Uint8Array, name = 'collection.anki2'): Uint8Array {
	return zipSync({ [name]: collection, media: strToU8('{}') });
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Protobuf, written: each field as [number, value] (numbers as varints, text and bytes as such). */
export function protobuf(fields: Array<[number, number | string | Uint8Array]>): Uint8Array {
	const out: number[] = [];
	const varint = (n: number) => {
		for (; n >= 128; n = Math.floor(n / 128)) out.push((n % 128) | 128);
		out.push(n);
	};
	for (const [field, value] of fields) {
		if (typeof value === 'number') {
			varint(field * 8);
			varint(value);
			continue;
		}
		const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
		varint(field * 8 + 2);
		varint(bytes.length);
		out.push(...bytes);
	}
	return new Uint8Array(out);
}

/** Schema 18 note types: Notetype.Config, field names and Template.Config, as Anki stores them. */
const NOTETYPES = [BASIC, REVERSED, CLOZE, MEANING].map((m) => ({
	id: m.id,
	name: ['Basic', 'Basic (and reversed card)', 'Cloze', 'Meaning first'][m.id - 1],
	// kind, sort field, css, a card requirement (nested), original stock kind, unknown bytes (255).
	config: protobuf([
		[1, m.type],
		[2, 0],
		[3, '.card { font-family: arial; }'],
		[
			8,
			protobuf([
				[1, 0],
				[2, 1],
				[3, protobuf([[1, 0]])]
			])
		],
		[9, m.id === 3 ? 5 : m.id],
		[255, new Uint8Array([1, 2, 3])]
	]),
	fields: m.flds.map((f) => f.name),
	// front format, back format, browser formats (empty), target deck, browser font size.
	templates: m.tmpls.map((t, ord) => ({
		name: `Card ${ord + 1}`,
		config: protobuf([
			[1, t.qfmt],
			[2, t.afmt],
			[3, ''],
			[5, 0],
			[7, 12]
		])
	}))
}));

/**
 * The bytes of a schema 18 collection (Anki 2.1.50+, as in collection.anki21b, before its zstd):
 * note types, fields, templates and decks in their own tables (with Anki's own `unicase`
 * collation, which sql.js lacks), `col.models` and `col.decks` empty, and the file in WAL mode.
 */
export async function buildModernCollection(o: {
	notes: TestNote[];
	revlog?: Array<[number, number, number]>;
	/** A deck path, "::" between its parts. */
	deckName?: string;
}): Promise<Uint8Array> {
	const SQL = await initSqlJs();
	const db = new SQL.Database();
	db.run(`CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
			scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
			ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
			dconf text NOT NULL, tags text NOT NULL);
		CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
			mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
			sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
		CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
			ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
			queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
			reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
			odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
		CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
			ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL,
			factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
		CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL,
			name text NOT NULL COLLATE nocase, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
		CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
		CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL,
			name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL, usn integer NOT NULL,
			config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
		CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
		CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE nocase,
			mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
		CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
		CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE nocase,
			mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
		CREATE UNIQUE INDEX idx_decks_name ON decks (name);
		CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE nocase, usn integer NOT NULL,
			collapsed boolean NOT NULL, config blob NULL) without rowid;`);
	db.run(`INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '{}', '', '', '', '')`);
	for (const nt of NOTETYPES) {
		db.run('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)', [nt.id, nt.name, nt.config]);
		nt.fields.forEach((name, ord) =>
			db.run('INSERT INTO fields VALUES (?, ?, ?, ?)', [nt.id, ord, name, protobuf([[4, 20]])])
		);
		nt.templates.forEach((t, ord) =>
			db.run('INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)', [nt.id, ord, t.name, t.config])
		);
	}
	const deckRow = 'INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)';
	db.run(deckRow, [1, 'Default', protobuf([[3, 0]]), protobuf([[1, protobuf([[1, 1]])]])]);
	db.run(deckRow, [
		7,
		(o.deckName ?? 'Imported').split('::').join('\x1f'),
		protobuf([[3, 0]]),
		protobuf([[1, protobuf([[1, 1]])]])
	]);
	for (const n of o.notes) {
		db.run(`INSERT INTO notes VALUES (?, 'guid' || ?, ?, 0, 0, ?, ?, '', 0, 0, '')`, [
			n.id,
			n.id,
			n.mid,
			n.tags ?? '',
			n.fields.join('\x1f')
		]);
		for (const c of n.cards)
			db.run('INSERT INTO cards VALUES (?, ?, 7, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)', [
				c.id,
				n.id,
				c.ord,
				c.queue ?? 0,
				'{}'
			]);
	}
	for (const [at, cid, ease] of o.revlog ?? [])
		db.run('INSERT INTO revlog VALUES (?, ?, 0, ?, 1, 0, 2500, 5000, 1)', [at, cid, ease]);
	// Anki's tables collate by `unicase`; sql.js cannot create them so, but an Anki file has it.
	db.run(`PRAGMA writable_schema=ON;
		UPDATE sqlite_master SET sql = replace(sql, 'COLLATE nocase', 'COLLATE unicase');
		PRAGMA writable_schema=RESET;`);
	const bytes = db.export();
	db.close();
	// Anki leaves a schema 18 collection in WAL mode (file format bytes 18 and 19 are 2).
	bytes[18] = 2;
	bytes[19] = 2;
	return bytes;
}

/** The stand-in collection.anki2 Anki puts beside collection.anki21b: one note asking to update. */
export function dummyCollection(): Promise<Uint8Array> {
	return buildCollection({
		notes: [
			{
				id: 1,
				mid: 1,
				fields: [
					'Please update to the latest Anki version, then import the .colpkg/.apkg file again.',
					''
				],
				cards: [{ id: 1, ord: 0 }]
			}
		]
	});
}

/**
 * An .apkg as Anki 2.1.50+ writes it with "Support older Anki versions" unticked: `meta`
 * (version 3), collection.anki21b (`anki21b`, already compressed), the stand-in collection.anki2,
 * and the media list and one media file, zstd-compressed protobuf and picture, all stored.
 */
export function modernApkgOf(
	anki21b: Uint8Array,
	o: { dummy: Uint8Array; meta?: Uint8Array | null }
): Uint8Array {
	const stored = (data: Uint8Array): [Uint8Array, { level: 0 }] => [data, { level: 0 }];
	const files: Record<string, [Uint8Array, { level: 0 }]> = {
		'collection.anki21b': stored(anki21b),
		'collection.anki2': stored(o.dummy),
		media: stored(
			zstdFrame(
				protobuf([
					[
						1,
						protobuf([
							[1, 'map.png'],
							[2, 4],
							[3, new Uint8Array(20)]
						])
					]
				])
			)
		),
		'0': stored(zstdFrame(new Uint8Array([0x89, 0x50, 0x4e, 0x47])))
	};
	if (o.meta !== null) files.meta = stored(o.meta ?? protobuf([[1, 3]]));
	return zipSync(files);
}
