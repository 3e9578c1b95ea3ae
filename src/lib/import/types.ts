/** What an importer hands on: a deck to merge, or a backup to restore, or a sentence saying what is wrong. */
import type { Deck } from '../deck/schema';

/** One rating from the file's own review history (Anki's revlog). */
export interface ImportedReview {
	/** When it was given (epoch ms). */
	at: number;
	rating: 1 | 2 | 3 | 4;
	durationMs: number;
}

/** What the file holds beyond the cards: review history and suspended cards, by card id. */
export interface ImportedProgress {
	reviews: Record<string, ImportedReview[]>;
	suspended: string[];
}

/** A file read and checked, ready to be written. */
export type ImportedFile =
	| {
			kind: 'deck' | 'csv' | 'apkg';
			deck: Deck;
			progress?: ImportedProgress;
			/** Things worth telling the user that did not stop the import (rows skipped, ...). */
			notes: string[];
	  }
	| { kind: 'backup'; backup: unknown; notes: string[] };

/** The outcome of reading a file: never throws, a refusal is one sentence a student understands. */
export type ImportOutcome = ({ ok: true } & ImportedFile) | { ok: false; message: string };

/** Stops an importer with a message for the user. */
export class ImportRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportRefused';
	}
}
