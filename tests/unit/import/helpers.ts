/** Builds small Anki packages for the importer tests: schema 11 collections written with sql.js. */
import { zipSync, strToU8 } from 'fflate';
import initSqlJs from 'sql.js';

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
		JSON.stringify({ 1: BASIC, 2: REVERSED, 3: CLOZE }),
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
