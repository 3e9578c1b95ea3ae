/** How big a file may be: each limit ends in a clear message, never a hang or a crashed tab. */

/** Deck and backup JSON (a 50,000-card deck with its articles is about 30 MB). */
export const MAX_JSON_BYTES = 40 * 1024 * 1024;
/** CSV and TSV files (100,000 rows of question and answer fit in a few MB). */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;
/** An Anki package as a file. */
export const MAX_APKG_BYTES = 100 * 1024 * 1024;
/** An Anki collection once unzipped: more than this is refused (a zip bomb ends here). */
export const MAX_COLLECTION_BYTES = 200 * 1024 * 1024;
/** JSON nested deeper than this is not a deck (a deck is about 6 levels deep). */
export const MAX_JSON_DEPTH = 40;
/** Cards in one imported file. */
export const MAX_CARDS = 100_000;

/** "12.3 MB" */
export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
