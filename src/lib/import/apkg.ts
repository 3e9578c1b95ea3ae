/**
 * Anki packages (.apkg, .colpkg): Basic, Basic-and-reversed (any template asking one field for
 * another) and Cloze notes, fields reduced to plain text, review history and suspended cards kept.
 * The zip is read with fflate (the collection only, its size capped), the collection with sql.js.
 */
import { unzipSync } from 'fflate';
import type { Database, SqlJsStatic } from 'sql.js';
import { DECK_FORMAT, DECK_VERSION, type Card, type Deck } from '../deck/schema';
import { stableId } from '../deck/ids';
import { titleFromName } from './csv';
import { htmlToText } from './html-text';
import { MAX_CARDS, MAX_COLLECTION_BYTES, megabytes } from './limits';
import {
	ImportRefused,
	type ImportedFile,
	type ImportedProgress,
	type ImportedReview
} from './types';

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

/** The collection file inside the package, unzipped with its size capped. */
export function unzipCollection(o: { bytes: Uint8Array; name: string }): Uint8Array {
	const { name } = o;
	const wanted = ['collection.anki21', 'collection.anki2'];
	let names: string[] = [];
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(o.bytes, {
			filter: (file) => {
				names.push(file.name);
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
	names = names.filter(Boolean);
	const bytes = files['collection.anki21'] ?? files['collection.anki2'];
	if (!bytes) {
		if (names.includes('collection.anki21b'))
			throw new ImportRefused(
				`"${name}" uses the newest Anki package format. In Anki, export again with "Support older Anki versions" ticked.`
			);
		throw new ImportRefused(
			`"${name}" is a zip file but not an Anki package: it has no collection.`
		);
	}
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

/** Note types of a schema 11 collection (col.models). */
function readModels(db: Database): Map<number, Model> {
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
		const templates = m.tmpls.map((t, ord) => {
			const front = fieldRefs(String(t?.qfmt ?? ''), fields);
			const back = fieldRefs(String(t?.afmt ?? ''), fields).filter((i) => !front.includes(i));
			return {
				front: front[0] ?? (ord === 1 ? 1 : 0),
				back: back[0] ?? (ord === 1 ? 0 : 1)
			};
		});
		out.set(Number(m.id), { type: Number(m.type) === 1 ? 1 : 0, fields, templates });
	}
	return out;
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
		const decks = JSON.parse(String(rows(db, 'SELECT decks FROM col')[0]?.[0] ?? '{}'));
		const name = String(decks?.[String(top[0]?.[0])]?.name ?? '');
		const short = name.split('::').pop()?.trim() ?? '';
		return short && short !== 'Default' ? short.slice(0, 200) : null;
	} catch {
		return null;
	}
}
