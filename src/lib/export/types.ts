import type { Card, CardType, Deck, Source } from '../deck/schema';
import type { ExportItem, FormatShape } from './items';

/** How to load sql.js: the browser passes `locateFile` for its wasm; Node finds it in node_modules. */
export interface SqlJsOptions {
	locateFile?: (file: string) => string;
	wasmBinary?: ArrayBuffer | Uint8Array;
}

/** What every exporter is given. */
export interface ExportInput {
	cards: Card[];
	/** Sources the cards cite (for feedback and the native deck). */
	sources: Source[];
	title: string;
	/** The deck the cards came from, when there is exactly one (keeps its id and conflicts). */
	deck?: Deck;
	/** Cards whose answers may serve as wrong choices (default: the exported cards). */
	pool?: Card[];
	/** Seconds per question for the game formats (Kahoot, Blooket); 20 when absent. */
	timeLimit?: number;
	/** Options for sql.js (apkg only). */
	sqlJs?: SqlJsOptions;
}

/** What a format writer receives: the input plus the planned items. */
export interface WriterInput extends ExportInput {
	items: ExportItem[];
}

export type FormatId =
	| 'csv'
	| 'json'
	| 'quizlet'
	| 'gift'
	| 'moodle-xml'
	| 'apkg'
	| 'qti12'
	| 'qti21'
	| 'kahoot'
	| 'blackboard'
	| 'blooket'
	| 'gimkit'
	| 'print';

/** One export format: what it holds, how it is named, and how to write it. */
export interface ExportFormat extends FormatShape {
	id: FormatId;
	extension: string;
	mime: string;
	/** Whether the source of each answer can go into the file as feedback. */
	holdsSource: boolean;
	supports: CardType[];
	/** Extra, format-specific warnings about one item (text too long, etc.). */
	check?: (item: ExportItem) => string[];
	/** Writes already-planned items (see planExport). */
	write(input: WriterInput): Promise<Uint8Array | string> | Uint8Array | string;
	/** Plans and writes the cards in one step: the file's content. */
	export(input: ExportInput): Promise<Uint8Array | string>;
}
