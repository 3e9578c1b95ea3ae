/**
 * One entry for every file the Import picker is given: recognises what it is (an Anki package, a
 * citecards deck or backup, a CSV/TSV table) by its content, reads and checks it, and answers with
 * what to write or one sentence saying what is wrong. Pure: nothing is written here.
 */
import { isZip, readApkgFile, type SqlJsOptions } from './apkg';
import { readJsonFile } from './json';
import { MAX_APKG_BYTES, MAX_JSON_BYTES, MAX_TABLE_BYTES, megabytes } from './limits';
import { decodeText } from './text';
import { readTableFile } from './csv';
import { parseDeck } from '../deck/schema';
import { ImportRefused, type ImportedFile, type ImportOutcome } from './types';

export type { ImportedFile, ImportedProgress, ImportedReview, ImportOutcome } from './types';
export type { SqlJsOptions } from './apkg';

const tooBig = (name: string, size: number, limit: number, what: string) =>
	new ImportRefused(
		`"${name}" is ${megabytes(size)}; ${what} can be at most ${megabytes(limit)}. Split it into smaller files.`
	);

/**
 * A deck built from a table or an Anki package, checked against the schema like any deck file, so
 * every card is checked once, here, before anything is written.
 */
function checked(name: string, file: ImportedFile): ImportedFile {
	if (file.kind === 'backup') return file;
	const parsed = parseDeck(file.deck);
	if (!parsed.ok)
		throw new ImportRefused(
			`"${name}" cannot be imported: some cards are damaged. Nothing was changed.`
		);
	return { ...file, deck: parsed.deck };
}

/** Reads one file of any supported kind. Never throws. */
export async function readImportFile(o: {
	name: string;
	bytes: Uint8Array;
	sqlJs?: SqlJsOptions;
}): Promise<ImportOutcome> {
	const { name, bytes } = o;
	try {
		if (!bytes.length) throw new ImportRefused(`"${name}" is empty.`);
		if (isZip(bytes)) {
			if (bytes.length > MAX_APKG_BYTES)
				throw tooBig(name, bytes.length, MAX_APKG_BYTES, 'an Anki package');
			return { ok: true, ...checked(name, await readApkgFile(o)) };
		}
		if (/\.(apkg|colpkg)$/i.test(name))
			throw new ImportRefused(`"${name}" is not a complete Anki package (it is not a zip file).`);
		const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '');
		const looksJson = /^\s*[[{]/.test(head) || /\.json$/i.test(name);
		if (looksJson && bytes.length > MAX_JSON_BYTES)
			throw tooBig(name, bytes.length, MAX_JSON_BYTES, 'a deck or backup file');
		if (!looksJson && bytes.length > MAX_TABLE_BYTES)
			throw tooBig(name, bytes.length, MAX_TABLE_BYTES, 'a CSV or TSV file');
		const text = decodeText({ bytes, name });
		if (!text.trim()) throw new ImportRefused(`"${name}" is empty.`);
		if (looksJson) return { ok: true, ...readJsonFile({ text, name }) };
		return { ok: true, ...checked(name, readTableFile({ text, name })) };
	} catch (e) {
		if (e instanceof ImportRefused) return { ok: false, message: e.message };
		return { ok: false, message: `"${name}" could not be read: ${(e as Error)?.message ?? e}.` };
	}
}
