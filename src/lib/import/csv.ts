/**
 * CSV and TSV with question and answer columns, as Quizlet, Google Sheets and Excel write them:
 * comma, semicolon or tab separated, quoted fields (with "" for a quote and line breaks inside),
 * an optional header row naming the columns.
 */
import { DECK_FORMAT, DECK_VERSION, type Card, type Deck } from '../deck/schema';
import { stableId } from '../deck/ids';
import { MAX_CARDS } from './limits';
import { ImportRefused, type ImportedFile } from './types';

const SEPARATORS = ['\t', ';', ','] as const;
const QUESTION =
	/^(question|questions|term|terms|front|prompt|word|q|frage|pregunta|question \/ term)$/i;
const ANSWER =
	/^(answer|answers|definition|definitions|back|meaning|a|antwort|respuesta|réponse)$/i;
const TAGS = /^(tags?|labels?)$/i;

/** Splits delimited text into rows of cells (RFC 4180 quoting); blank lines are dropped. */
export function parseDelimited(o: { text: string; separator: string }): string[][] {
	const { text, separator } = o;
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	const endRow = () => {
		row.push(cell);
		if (row.some((c) => c.trim())) rows.push(row);
		row = [];
		cell = '';
	};
	while (i < text.length) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else cell += c;
			i++;
			continue;
		}
		if (c === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
		} else if (c === separator) {
			row.push(cell);
			cell = '';
		} else if (c === '\n' || c === '\r') {
			endRow();
			if (c === '\r' && text[i + 1] === '\n') i++;
		} else cell += c;
		i++;
	}
	if (quoted) throw new ImportRefused('a quoted field is never closed');
	if (cell || row.length) endRow();
	return rows;
}

/** The separator that splits the first lines into the same number (two or more) of columns. */
export function detectSeparator(text: string): string {
	const sample = text.slice(0, 20_000);
	let best: { separator: string; score: number } = { separator: ',', score: 0 };
	for (const separator of SEPARATORS) {
		let rows: string[][];
		try {
			rows = parseDelimited({ text: sample, separator }).slice(0, 20);
		} catch {
			continue;
		}
		// The last sampled row may be cut short.
		if (rows.length > 1 && sample.length < text.length) rows.pop();
		const wide = rows.filter((r) => r.length >= 2).length;
		const score = rows.length ? wide / rows.length : 0;
		if (score > best.score) best = { separator, score };
	}
	return best.separator;
}

/** Which columns hold question, answer and tags; whether the first row is a header. */
function columnsOf(first: string[]): { q: number; a: number; tags: number; header: boolean } {
	const cells = first.map((c) => c.trim());
	const q = cells.findIndex((c) => QUESTION.test(c));
	const a = cells.findIndex((c) => ANSWER.test(c));
	if (q >= 0 && a >= 0 && q !== a)
		return { q, a, tags: cells.findIndex((c) => TAGS.test(c)), header: true };
	return { q: 0, a: 1, tags: -1, header: false };
}

/** A deck title from a file name: "my_spanish-words.csv" → "my spanish-words". */
export function titleFromName(name: string): string {
	const base = name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,6}$/i, '');
	return base.replace(/_+/g, ' ').trim().slice(0, 200) || 'Imported deck';
}

/** Reads a CSV/TSV text as a deck of question/answer cards without a source. */
export function readTableFile(o: { text: string; name: string }): ImportedFile {
	const { name } = o;
	const separator = detectSeparator(o.text);
	let rows: string[][];
	try {
		rows = parseDelimited({ text: o.text, separator });
	} catch {
		throw new ImportRefused(
			`"${name}" cannot be read as a table: a quoted field is never closed (the file may be cut short).`
		);
	}
	if (!rows.length) throw new ImportRefused(`"${name}" is empty: there are no cards in it.`);
	const cols = columnsOf(rows[0]);
	const body = cols.header ? rows.slice(1) : rows;
	if (!body.length) throw new ImportRefused(`"${name}" has a header row but no cards below it.`);
	if (!body.some((r) => r.length > Math.max(cols.q, cols.a)))
		throw new ImportRefused(
			`"${name}" has only one column: a card needs a question and an answer side by side, separated by a comma, semicolon or tab.`
		);
	const cards: Card[] = [];
	const seen = new Set<string>();
	let skipped = 0;
	let repeated = 0;
	for (const row of body) {
		const question = (row[cols.q] ?? '').trim();
		const answer = (row[cols.a] ?? '').trim();
		if (!question || !answer) {
			skipped++;
			continue;
		}
		const id = stableId('csv', question, answer);
		if (seen.has(id)) {
			repeated++;
			continue;
		}
		seen.add(id);
		const tags =
			cols.tags >= 0
				? (row[cols.tags] ?? '')
						.split(/[\s,]+/)
						.map((t) => t.trim())
						.filter(Boolean)
				: [];
		cards.push({ id, type: 'qa', question, answer, citations: [], unsourced: true, tags });
		if (cards.length > MAX_CARDS)
			throw new ImportRefused(
				`"${name}" has more than ${MAX_CARDS.toLocaleString('en')} cards; split it into smaller files.`
			);
	}
	if (!cards.length)
		throw new ImportRefused(`"${name}" has no row with both a question and an answer.`);
	const notes: string[] = [];
	if (skipped)
		notes.push(
			`${skipped} ${skipped === 1 ? 'row was' : 'rows were'} left out: no question or no answer.`
		);
	if (repeated)
		notes.push(`${repeated} repeated ${repeated === 1 ? 'card was' : 'cards were'} left out.`);
	const title = titleFromName(name);
	const deck: Deck = {
		format: DECK_FORMAT,
		version: DECK_VERSION,
		id: stableId('table', title),
		title,
		sources: [],
		cards,
		conflicts: []
	};
	return { kind: 'csv', deck, notes };
}
