/**
 * Anki packages (.apkg, .colpkg): Basic, Basic-and-reversed (any template asking one field for
 * another) and Cloze notes, fields reduced to plain text, review history and suspended cards kept.
 * The zip is read with fflate (the collection only, its size capped), the collection with sql.js.
 * Two generations of collection: schema 11 (collection.anki21 or .anki2, note types as JSON in
 * `col`) and, from Anki 2.1.50, schema 18 (collection.anki21b, Zstandard-compressed, note types,
 * fields, templates and decks in their own tables, their settings as protobuf). A package of the
 * newer kind also carries a stand-in collection.anki2 whose one note asks the user to update
 * Anki: the anki21b is always read instead, and the stand-in never.
 */
import { unzipSync } from 'fflate';
import type { Database, SqlJsStatic } from 'sql.js';
import { DECK_FORMAT, DECK_VERSION, type Card, type Deck } from '../deck/schema';
import { stableId } from '../deck/ids';
import { titleFromName } from './csv';
import { htmlToText } from './html-text';
import { MAX_CARDS, MAX_COLLECTION_BYTES, megabytes } from './limits';
import { numberField, readMessage, stringField } from './protobuf';
import {
	ImportRefused,
	type ImportedFile,
	type ImportedProgress,
	type ImportedReview
} from './types';
import { unzstd } from './zstd';

/** How to load sql.js: the browser passes `locateFile` for its wasm; Node finds it in node_modules. */
export interface SqlJsOptions {
	locateFile?: (file: string) => string;
}

interface Model {
	type: number;
	fields: string[];
	/** Per template: the field asked and the field answered (by index). */
	templates: Array<{ front: number; back: number }>;
}

const FIELD_SEP = '\x1f';
const CLOZE = /\{\{c(\d+)::([^]*?)(?:::([^]*?))?\}\}/g;

/** Whether the bytes are a zip archive (an .apkg is one). */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** The package's version in its `meta` file (Anki 2.1.50+): 3 is collection.anki21b. */
const LATEST_PACKAGE = 3;
/** A `meta` file is a few bytes; a bigger one is not Anki's and is not read. */
const MAX_META_BYTES = 1024;

/** The package version its `meta` file names, or null without one (or one that cannot be read). */
function packageVersion(meta: Uint8Array | undefined): number | null {
	if (!meta) return null;
	try {
		return numberField(readMessage(meta), 1);
	} catch {
		return null;
	}
}

/**
 * The collection file inside the package, unzipped (and collection.anki21b unpacked from
 * Zstandard) with its size capped.
 */
export function unzipCollection(o: { bytes: Uint8Array; name: string }): Uint8Array {
	const { name } = o;
	const wanted = ['collection.anki21b', 'collection.anki21', 'collection.anki2'];
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(o.bytes, {
			filter: (file) => {
				if (file.name === 'meta') return file.originalSize <= MAX_META_BYTES;
				if (!wanted.includes(file.name)) return false;
				if (file.originalSize > MAX_COLLECTION_BYTES)
					throw new ImportRefused(
						`"${name}" would unpack to ${megabytes(file.originalSize)}, more than the ${megabytes(MAX_COLLECTION_BYTES)} the app can import.`
					);
				return true;
			}
		});
	} catch (e) {
		if (e instanceof ImportRefused) throw e;
		throw new ImportRefused(
			`"${name}" is damaged or incomplete: the package cannot be unpacked (was the download cut short?).`
		);
	}
	const version = packageVersion(files['meta']);
	if (version !== null && version > LATEST_PACKAGE)
		throw new ImportRefused(
			`"${name}" was made by a newer Anki than this app can read. In Anki, export it again with "Support older Anki versions" ticked.`
		);
	const modern = files['collection.anki21b'];
	if (modern) return unzstd({ bytes: modern, name, limit: MAX_COLLECTION_BYTES });
	// A package that says it is of the newest kind holds its cards in collection.anki21b; its
	// collection.anki2 is only the note asking to update Anki.
	if (version === LATEST_PACKAGE)
		throw new ImportRefused(
			`"${name}" is damaged: its Anki collection is missing (was the download cut short?).`
		);
	const bytes = files['collection.anki21'] ?? files['collection.anki2'];
	if (!bytes)
		throw new ImportRefused(
			`"${name}" is a zip file but not an Anki package: it has no collection.`
		);
	return bytes;
}

async function loadSqlJs(options?: SqlJsOptions): Promise<SqlJsStatic> {
	const mod = await import('sql.js');
	const init = (mod.default ?? mod) as unknown as (o?: SqlJsOptions) => Promise<SqlJsStatic>;
	return init(options);
}

function rows(db: Database, sql: string): unknown[][] {
	const result = db.exec(sql);
	return result.length ? result[0].values : [];
}

function tableExists(db: Database, table: string): boolean {
	return (
		rows(db, `SELECT name FROM sqlite_master WHERE type='table' AND name='${table}'`).length > 0
	);
}

/** The field names a template refers to, in order ({{Field}}, {{type:Field}}, {{hint:Field}}). */
function fieldRefs(template: string, fields: string[]): number[] {
	const out: number[] = [];
	for (const m of template.matchAll(/\{\{([^}]+)\}\}/g)) {
		const ref = m[1].trim().replace(/^[#/^]/, '');
		const field = ref.includes(':') ? ref.slice(ref.lastIndexOf(':') + 1) : ref;
		const i = fields.indexOf(field.trim());
		if (i >= 0 && !out.includes(i)) out.push(i);
	}
	return out;
}

/** A note type from its kind (1 is Cloze), field names and templates' front and back formats. */
function modelOf(
	type: number,
	fields: string[],
	formats: Array<{ qfmt: string; afmt: string }>
): Model {
	const templates = formats.map((t, ord) => {
		const front = fieldRefs(t.qfmt, fields);
		const back = fieldRefs(t.afmt, fields).filter((i) => !front.includes(i));
		return {
			front: front[0] ?? (ord === 1 ? 1 : 0),
			back: back[0] ?? (ord === 1 ? 0 : 1)
		};
	});
	return { type: type === 1 ? 1 : 0, fields, templates };
}

/** Note types of a schema 11 collection (col.models). */
function readLegacyModels(db: Database): Map<number, Model> {
	const out = new Map<number, Model>();
	let models: Record<string, unknown>;
	try {
		models = JSON.parse(String(rows(db, 'SELECT models FROM col')[0]?.[0] ?? '{}')) ?? {};
	} catch {
		return out;
	}
	for (const value of Object.values(models)) {
		const m = value as {
			id?: unknown;
			type?: unknown;
			flds?: Array<{ name?: unknown }>;
			tmpls?: Array<{ qfmt?: unknown; afmt?: unknown }>;
		};
		if (!m || !Array.isArray(m.flds) || !Array.isArray(m.tmpls)) continue;
		const fields = m.flds.map((f) => String(f?.name ?? ''));
		const formats = m.tmpls.map((t) => ({
			qfmt: String(t?.qfmt ?? ''),
			afmt: String(t?.afmt ?? '')
		}));
		out.set(Number(m.id), modelOf(Number(m.type), fields, formats));
	}
	return out;
}

/** A field's or template's place in its note type (a damaged one could make a sparse array huge). */
const isOrd = (ord: unknown) => Number.isInteger(ord) && Number(ord) >= 0 && Number(ord) < 1000;

/** A protobuf blob's message, or null when it cannot be read (that setting is then left out). */
function message(blob: unknown) {
	if (!(blob instanceof Uint8Array)) return null;
	try {
		return readMessage(blob);
	} catch {
		return null;
	}
}

/**
 * Note types of a schema 18 collection: `notetypes` (its `config` is the protobuf
 * Notetype.Config, field 1 the kind: 0 normal, 1 cloze), `fields` (names by ord) and `templates`
 * (its `config` is Notetype.Template.Config: field 1 the front format, field 2 the back).
 */
function readNotetypes(db: Database): Map<number, Model> {
	const fields = new Map<number, string[]>();
	for (const [ntid, ord, name] of rows(db, 'SELECT ntid, ord, name FROM fields')) {
		if (!isOrd(ord)) continue;
		const list = fields.get(Number(ntid)) ?? [];
		list[Number(ord)] = String(name ?? '');
		fields.set(Number(ntid), list);
	}
	const formats = new Map<number, Array<{ qfmt: string; afmt: string }>>();
	for (const [ntid, ord, config] of rows(db, 'SELECT ntid, ord, config FROM templates')) {
		if (!isOrd(ord)) continue;
		const m = message(config);
		const list = formats.get(Number(ntid)) ?? [];
		list[Number(ord)] = { qfmt: m ? stringField(m, 1) : '', afmt: m ? stringField(m, 2) : '' };
		formats.set(Number(ntid), list);
	}
	const out = new Map<number, Model>();
	for (const [id, config] of rows(db, 'SELECT id, config FROM notetypes')) {
		const m = message(config);
		if (!m) continue;
		// Array.from fills the gaps a missing ord would leave.
		const names = Array.from(fields.get(Number(id)) ?? [], (n) => n ?? '');
		const templates = Array.from(formats.get(Number(id)) ?? [], (t) => t ?? { qfmt: '', afmt: '' });
		out.set(Number(id), modelOf(numberField(m, 1), names, templates));
	}
	return out;
}

/** Note types of either schema. */
function readModels(db: Database): Map<number, Model> {
	return tableExists(db, 'notetypes') ? readNotetypes(db) : readLegacyModels(db);
}

/**
 * Anki declares text columns of its schema 18 tables with a collation of its own, `unicase`,
 * which sql.js lacks, and SQLite then refuses to read those tables at all. The collection in
 * memory is a copy of ours to change: its schema is told `nocase` instead. Nothing here searches
 * or sorts by those columns, so the indexes Anki ordered by `unicase` are never consulted.
 */
function forgetAnkiCollation(db: Database): void {
	const entries = rows(db, "SELECT type, name, sql FROM sqlite_master WHERE sql LIKE '%unicase%'");
	if (!entries.length) return;
	db.run('PRAGMA writable_schema=ON');
	for (const [type, name, sql] of entries)
		db.run('UPDATE sqlite_master SET sql = ? WHERE type = ? AND name = ?', [
			String(sql).replace(/\bcollate\s+(["'`]?)unicase\1/gi, 'COLLATE nocase'),
			String(type),
			String(name)
		]);
	db.run('PRAGMA writable_schema=RESET');
}

/** A cloze card (cloze number n) of a note's text: the sentence, its gaps, the question shown. */
function clozeCard(html: string, n: number): Pick<Card, 'question' | 'answer' | 'cloze'> | null {
	// The {{c1::…}} marks are plain text: they survive the HTML pass.
	const plain = htmlToText(html);
	let text = '';
	let question = '';
	const blanks: Array<{ start: number; end: number }> = [];
	const answers: string[] = [];
	let last = 0;
	for (const m of plain.matchAll(CLOZE)) {
		const before = plain.slice(last, m.index);
		text += before;
		question += before;
		const inner = m[2];
		if (Number(m[1]) === n) {
			blanks.push({ start: text.length, end: text.length + inner.length });
			answers.push(inner);
			question += m[3] ? `[${m[3]}]` : '[…]';
		} else question += inner;
		text += inner;
		last = m.index + m[0].length;
	}
	text += plain.slice(last);
	question += plain.slice(last);
	if (!blanks.length || !text.trim() || blanks.some((b) => b.end <= b.start)) return null;
	return { question, answer: answers.join(', '), cloze: { text, blanks } };
}

/** Reads an Anki package into a deck of cards without a source, with its review history. */
export async function readApkgFile(o: {
	bytes: Uint8Array;
	name: string;
	sqlJs?: SqlJsOptions;
}): Promise<ImportedFile> {
	const { name } = o;
	const collection = unzipCollection(o);
	const SQL = await loadSqlJs(o.sqlJs);
	let db: Database;
	try {
		db = new SQL.Database(collection);
		rows(db, 'SELECT count(*) FROM sqlite_master');
		forgetAnkiCollation(db);
	} catch {
		throw new ImportRefused(`"${name}" is damaged: its Anki collection cannot be opened.`);
	}
	try {
		if (!tableExists(db, 'notes') || !tableExists(db, 'cards'))
			throw new ImportRefused(`"${name}" is not an Anki package this app can read.`);
		return readCollection(db, name);
	} catch (e) {
		if (e instanceof ImportRefused) throw e;
		throw new ImportRefused(`"${name}" is damaged: its Anki collection cannot be read.`);
	} finally {
		db.close();
	}
}

function readCollection(db: Database, name: string): ImportedFile {
	const models = readModels(db);
	const notes = new Map<number, { mid: number; fields: string[]; tags: string[] }>();
	for (const [id, mid, flds, tags] of rows(db, 'SELECT id, mid, flds, tags FROM notes'))
		notes.set(Number(id), {
			mid: Number(mid),
			fields: String(flds).split(FIELD_SEP),
			tags: String(tags ?? '')
				.split(/\s+/)
				.filter(Boolean)
				.slice(0, 50)
		});
	const cardRows = rows(db, 'SELECT id, nid, ord, queue FROM cards ORDER BY nid, ord');
	if (cardRows.length > MAX_CARDS)
		throw new ImportRefused(
			`"${name}" has more than ${MAX_CARDS.toLocaleString('en')} cards, more than the app can import at once.`
		);
	const cards: Card[] = [];
	const idOf = new Map<number, string>();
	const suspended: string[] = [];
	let empty = 0;
	for (const [cid, nid, ordValue, queue] of cardRows) {
		const note = notes.get(Number(nid));
		if (!note) continue;
		const ord = Number(ordValue);
		const model = models.get(note.mid);
		const isCloze = model ? model.type === 1 : /\{\{c\d+::/.test(note.fields[0] ?? '');
		const id = stableId('anki', String(nid), String(ord));
		const tags = note.tags;
		let card: Card | null = null;
		if (isCloze) {
			const parts = clozeCard(note.fields[0] ?? '', ord + 1);
			if (parts) card = { id, type: 'cloze', ...parts, citations: [], unsourced: true, tags };
		} else {
			const t = model?.templates[ord] ?? { front: ord === 1 ? 1 : 0, back: ord === 1 ? 0 : 1 };
			const question = htmlToText(note.fields[t.front] ?? '');
			const answer = htmlToText(note.fields[t.back] ?? '');
			if (question && answer)
				card = { id, type: 'qa', question, answer, citations: [], unsourced: true, tags };
		}
		if (!card) {
			empty++;
			continue;
		}
		cards.push(card);
		idOf.set(Number(cid), id);
		if (Number(queue) === -1) suspended.push(id);
	}
	if (!cards.length)
		throw new ImportRefused(
			`"${name}" has no card with text on both sides (pictures and sounds are not imported).`
		);
	const reviews: Record<string, ImportedReview[]> = {};
	if (tableExists(db, 'revlog'))
		for (const [at, cid, ease, time, type] of rows(
			db,
			'SELECT id, cid, ease, time, type FROM revlog ORDER BY id'
		)) {
			const id = idOf.get(Number(cid));
			const rating = Number(ease);
			// Type 4 is a manual reschedule, ease 0 a card reset or moved: no rating was given.
			if (!id || Number(type) > 3 || rating < 1 || rating > 4 || !Number.isFinite(Number(at)))
				continue;
			(reviews[id] ??= []).push({
				at: Number(at),
				rating: rating as ImportedReview['rating'],
				durationMs: Math.max(0, Math.min(Number(time) || 0, 3_600_000))
			});
		}
	const progress: ImportedProgress = { reviews, suspended };
	const notesOut: string[] = [];
	if (empty)
		notesOut.push(
			`${empty} ${empty === 1 ? 'card was' : 'cards were'} left out: only pictures or sound, or an empty side.`
		);
	const title = deckName(db) ?? titleFromName(name);
	const deck: Deck = {
		format: DECK_FORMAT,
		version: DECK_VERSION,
		id: stableId('apkg', title),
		title,
		sources: [],
		cards,
		conflicts: []
	};
	return { kind: 'apkg', deck, progress, notes: notesOut };
}

/** The name of the deck most cards are in ("Default" and parents' "::" paths kept short). */
function deckName(db: Database): string | null {
	try {
		const top = rows(
			db,
			'SELECT did, count(*) AS n FROM cards GROUP BY did ORDER BY n DESC LIMIT 1'
		);
		const did = Number(top[0]?.[0]);
		let name: string;
		if (tableExists(db, 'decks')) {
			// Schema 18: a deck's row, its path separated by \x1f rather than "::".
			const row = db.exec('SELECT name FROM decks WHERE id = ?', [did])[0]?.values[0];
			name = String(row?.[0] ?? '').replaceAll('\x1f', '::');
		} else {
			const decks = JSON.parse(String(rows(db, 'SELECT decks FROM col')[0]?.[0] ?? '{}'));
			name = String(decks?.[String(did)]?.name ?? '');
		}
		const short = name.split('::').pop()?.trim() ?? '';
		return short && short !== 'Default' ? short.slice(0, 200) : null;
	} catch {
		return null;
	}
}
