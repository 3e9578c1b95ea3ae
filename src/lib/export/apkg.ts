import type { SqlJsStatic } from 'sql.js';
import { ankiClozeText, ankiField, fieldChecksum, noteGuid, stripHtml } from './anki-text';
import type { ExportItem } from './items';
import { hashSeed } from './random';
import type { SqlJsOptions, WriterInput } from './types';
import { zipFiles } from './zip';

// Fixed model ids: the same note types on every export, so Anki matches them on re-import.
const MODEL_BASIC = 1_700_000_000_101;
const MODEL_CLOZE = 1_700_000_000_102;
const MODEL_MCQ = 1_700_000_000_103;
const FIELD_SEP = '\x1f';

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS = `.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.source { margin-top: 1em; font-size: 0.8em; color: #555; }
.cloze { font-weight: bold; color: #1a5fb4; }
ol.choices { padding-left: 1.5em; }`;

const SOURCE_BLOCK = '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}';

function field(name: string, ord: number) {
	return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
}

function template(name: string, ord: number, qfmt: string, afmt: string) {
	return { name, ord, qfmt, afmt, did: null, bqfmt: '', bafmt: '' };
}

function model(id: number, name: string, type: 0 | 1, did: number, mod: number) {
	const common = {
		id,
		name,
		type,
		mod,
		usn: -1,
		sortf: 0,
		did,
		css: CSS,
		latexPre:
			'\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		tags: [],
		vers: []
	};
	if (id === MODEL_BASIC)
		return {
			...common,
			flds: [field('Front', 0), field('Back', 1), field('Source', 2)],
			tmpls: [
				template('Card 1', 0, '{{Front}}', `{{FrontSide}}<hr id="answer">{{Back}}${SOURCE_BLOCK}`)
			],
			req: [[0, 'any', [0]]]
		};
	if (id === MODEL_CLOZE)
		return {
			...common,
			flds: [field('Text', 0), field('Back Extra', 1), field('Source', 2)],
			tmpls: [
				template('Cloze', 0, '{{cloze:Text}}', `{{cloze:Text}}<br>{{Back Extra}}${SOURCE_BLOCK}`)
			]
		};
	return {
		...common,
		flds: [field('Question', 0), field('Choices', 1), field('Answer', 2), field('Source', 3)],
		tmpls: [
			template(
				'Card 1',
				0,
				'{{Question}}<ol class="choices" type="A">{{Choices}}</ol>',
				`{{FrontSide}}<hr id="answer">{{Answer}}${SOURCE_BLOCK}`
			)
		],
		req: [[0, 'any', [0]]]
	};
}

const NEW_CONF = {
	delays: [1, 10],
	ints: [1, 4, 7],
	initialFactor: 2500,
	separate: true,
	order: 1,
	perDay: 20,
	bury: true
};

function deckConf(mod: number) {
	return {
		id: 1,
		name: 'Default',
		mod,
		usn: 0,
		maxTaken: 60,
		autoplay: true,
		timer: 0,
		replayq: true,
		dyn: false,
		new: NEW_CONF,
		lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 0 },
		rev: { perDay: 200, ease4: 1.3, fuzz: 0.05, minSpace: 1, ivlFct: 1, maxIvl: 36500, bury: true }
	};
}

function deck(id: number, name: string, mod: number) {
	return {
		id,
		name,
		desc: '',
		mod,
		usn: -1,
		collapsed: false,
		browserCollapsed: false,
		newToday: [0, 0],
		revToday: [0, 0],
		lrnToday: [0, 0],
		timeToday: [0, 0],
		dyn: 0,
		conf: 1,
		extendNew: 10,
		extendRev: 50
	};
}

/** The fields of one note and its note type. */
function noteFields(item: ExportItem): { mid: number; fields: string[] } {
	const source = ankiField(item.feedback);
	if (item.type === 'cloze' && item.parts) {
		const text = item.parts
			.map((p) => ('blank' in p ? `{{c1::${ankiClozeText(p.blank)}}}` : ankiClozeText(p.text)))
			.join('');
		const extra = item.accept.length ? ankiField(`Also accepted: ${item.accept.join(', ')}`) : '';
		return { mid: MODEL_CLOZE, fields: [text, extra, source] };
	}
	if (item.type === 'mcq' && item.choices) {
		const choices = item.choices.map((c) => `<li>${ankiField(c)}</li>`).join('');
		const letter = String.fromCharCode(65 + (item.correct ?? 0));
		return {
			mid: MODEL_MCQ,
			fields: [ankiField(item.question), choices, `${letter}. ${ankiField(item.answer)}`, source]
		};
	}
	const back = [item.answer, ...item.accept.map((a) => `(also: ${a})`)].join('\n');
	return { mid: MODEL_BASIC, fields: [ankiField(item.question), ankiField(back), source] };
}

/** Anki tags cannot hold spaces; join words with underscores. */
function ankiTags(tags: string[]): string {
	const clean = tags.map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean);
	return clean.length ? ` ${clean.join(' ')} ` : '';
}

async function loadSqlJs(options?: SqlJsOptions): Promise<SqlJsStatic> {
	const mod = await import('sql.js');
	const init = (mod.default ?? mod) as unknown as (o?: SqlJsOptions) => Promise<SqlJsStatic>;
	return init(options);
}

/** Builds collection.anki2 (schema 11) for the items: bytes of an SQLite database. */
export async function buildCollection(
	{ items, title, sqlJs }: WriterInput,
	now = Date.now()
): Promise<Uint8Array> {
	const SQL = await loadSqlJs(sqlJs);
	const db = new SQL.Database();
	try {
		db.run(SCHEMA);
		const secs = Math.floor(now / 1000);
		const deckName =
			title
				.replace(/[\r\n\t]+/g, ' ')
				.replace(/::/g, ':')
				.trim() || 'citecards';
		const did = 1_500_000_000_000 + (hashSeed(`deck:${deckName}`) % 100_000_000_000);
		const models = Object.fromEntries(
			[
				[MODEL_BASIC, 'citecards Basic'],
				[MODEL_CLOZE, 'citecards Cloze'],
				[MODEL_MCQ, 'citecards Multiple choice']
			].map(([id, name]) => [
				String(id),
				model(id as number, name as string, id === MODEL_CLOZE ? 1 : 0, did, secs)
			])
		);
		const decks = { '1': deck(1, 'Default', secs), [String(did)]: deck(did, deckName, secs) };
		const conf = {
			nextPos: items.length + 1,
			estTimes: true,
			activeDecks: [did],
			sortType: 'noteFld',
			timeLim: 0,
			sortBackwards: false,
			addToCur: true,
			curDeck: did,
			newBury: true,
			newSpread: 0,
			dueCounts: true,
			curModel: String(MODEL_BASIC),
			collapseTime: 1200
		};
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			secs - (secs % 86400),
			now,
			now,
			JSON.stringify(conf),
			JSON.stringify(models),
			JSON.stringify(decks),
			JSON.stringify({ '1': deckConf(secs) }),
			'{}'
		]);
		const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
		const insertCard = db.prepare(
			'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)'
		);
		for (const [i, item] of items.entries()) {
			const { mid, fields } = noteFields(item);
			const id = now + i;
			insertNote.run([
				id,
				await noteGuid(item.card.id),
				mid,
				secs,
				ankiTags(item.tags),
				fields.join(FIELD_SEP),
				stripHtml(fields[0]),
				await fieldChecksum(fields[0]),
				''
			]);
			insertCard.run([id, id, did, secs, i + 1, '']);
		}
		insertNote.free();
		insertCard.free();
		return db.export();
	} finally {
		db.close();
	}
}

/** Writes an Anki .apkg: a zip of collection.anki2 (schema 11, imported by Anki 2.0 to today) and an empty media map. */
export async function writeApkg(input: WriterInput): Promise<Uint8Array> {
	const collection = await buildCollection(input);
	return zipFiles({ 'collection.anki2': collection, media: '{}' });
}
