import type { Card, Source } from '../deck/schema';
import { leftOutWords, toItem, type ExportItem, type OmittedCard } from './items';
import type { ExportFormat, ExportInput, FormatId } from './types';
import { writeCsv } from './csv';
import { writeJson } from './json';
import { writeQuizlet } from './quizlet';
import { writeGift } from './gift';
import { writeMoodleXml } from './moodle-xml';
import { writeApkg } from './apkg';
import { writeQti12 } from './qti12';
import { writeQti21 } from './qti21';
import { checkKahoot, writeKahoot } from './kahoot';
import { writeBlackboard } from './blackboard';
import { writeBlooket } from './blooket';
import { writeGimkit } from './gimkit';
import { writePrint } from './print';
import { stripControlChars } from './xml';

const ALL = ['qa', 'cloze', 'mcq'] as const;

type FormatSpec = Omit<ExportFormat, 'export'>;

const SPECS: FormatSpec[] = [
	{
		id: 'csv',
		label: 'CSV spreadsheet',
		extension: 'csv',
		mime: 'text/csv;charset=utf-8',
		supports: [...ALL],
		convert: null,
		holdsSource: true,
		ask: 'all',
		write: writeCsv
	},
	{
		id: 'json',
		label: 'citecards deck (JSON)',
		extension: 'json',
		mime: 'application/json',
		supports: [...ALL],
		convert: null,
		holdsSource: true,
		ask: 'all',
		write: writeJson
	},
	{
		id: 'quizlet',
		label: 'Quizlet',
		extension: 'txt',
		mime: 'text/plain;charset=utf-8',
		supports: ['qa'],
		convert: 'qa',
		holdsSource: false,
		write: writeQuizlet
	},
	{
		id: 'gift',
		label: 'Moodle GIFT',
		extension: 'gift.txt',
		mime: 'text/plain;charset=utf-8',
		supports: [...ALL],
		convert: 'qa',
		maxBlanks: 1,
		holdsSource: true,
		ask: 'choices',
		write: writeGift
	},
	{
		id: 'moodle-xml',
		label: 'Moodle XML',
		extension: 'xml',
		mime: 'application/xml',
		supports: [...ALL],
		convert: null,
		holdsSource: true,
		ask: 'choices',
		write: writeMoodleXml
	},
	{
		id: 'apkg',
		label: 'Anki deck',
		extension: 'apkg',
		mime: 'application/octet-stream',
		supports: [...ALL],
		convert: null,
		holdsSource: true,
		write: writeApkg
	},
	{
		id: 'qti12',
		label: 'Canvas QTI 1.2',
		extension: 'qti12.zip',
		mime: 'application/zip',
		supports: [...ALL],
		convert: null,
		holdsSource: true,
		ask: 'choices',
		write: writeQti12
	},
	{
		id: 'qti21',
		label: 'QTI 2.1 package',
		extension: 'qti21.zip',
		mime: 'application/zip',
		supports: [...ALL],
		convert: null,
		holdsSource: true,
		ask: 'choices',
		write: writeQti21
	},
	{
		id: 'kahoot',
		label: 'Kahoot',
		extension: 'xlsx',
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		supports: ['mcq'],
		convert: 'mcq',
		maxChoices: 4,
		holdsSource: false,
		check: checkKahoot,
		ask: 'choices',
		write: writeKahoot
	},
	{
		id: 'blackboard',
		label: 'Blackboard',
		extension: 'txt',
		mime: 'text/tab-separated-values;charset=utf-8',
		supports: [...ALL],
		convert: null,
		holdsSource: false,
		ask: 'choices',
		write: writeBlackboard
	},
	{
		id: 'blooket',
		label: 'Blooket',
		extension: 'csv',
		mime: 'text/csv;charset=utf-8',
		supports: ['mcq'],
		convert: 'mcq',
		maxChoices: 4,
		holdsSource: false,
		ask: 'choices',
		write: writeBlooket
	},
	{
		id: 'gimkit',
		label: 'Gimkit',
		extension: 'csv',
		mime: 'text/csv;charset=utf-8',
		supports: ['mcq'],
		convert: 'mcq',
		maxChoices: 4,
		holdsSource: false,
		ask: 'choices',
		write: writeGimkit
	},
	{
		id: 'print',
		label: 'Printable worksheet',
		extension: 'html',
		mime: 'text/html;charset=utf-8',
		supports: [...ALL],
		convert: null,
		holdsSource: true,
		write: writePrint
	}
];

/** Every export format, in the order a teacher is most likely to want them. */
export const EXPORT_FORMATS: ExportFormat[] = SPECS.map((spec) => {
	const format: ExportFormat = {
		...spec,
		export: async (input) => (await exportCards({ ...input, format })).data
	};
	return format;
});

/** Finds a format by id. */
export function getFormat(id: string): ExportFormat | undefined {
	return EXPORT_FORMATS.find((f) => f.id === id);
}

/**
 * What a format does not keep, as data: the command line and the export page each word it.
 * - `left-out`: the card is not exported (`text` says why);
 * - `converted`: the card is written in another form (`text` says how);
 * - `note`: the card is written, with a format-specific loss (text shortened, …);
 * - `forms-left-out`: the format asks each card one way (`text` names the forms left out);
 * - `no-source`: the format has no place for the cited source.
 * `text` is a phrase with no final full stop; card warnings carry `cardId`, format-wide ones none.
 */
export interface ExportWarning {
	cardId?: string;
	kind: 'left-out' | 'converted' | 'note' | 'forms-left-out' | 'no-source';
	text: string;
}

export interface ExportPlan {
	items: ExportItem[];
	omitted: OmittedCard[];
	/** Conversions, omissions and what the format cannot hold, in card order, format-wide last. */
	warnings: ExportWarning[];
}

/** Tells what a format does with each card: kept, converted (and how) or left out (and why). */
export function planExport({
	cards,
	sources = [],
	format,
	pool = cards
}: {
	cards: Card[];
	sources?: Source[];
	format: ExportFormat | FormatId;
	/** Cards whose answers may serve as wrong choices (default: the exported cards). */
	pool?: Card[];
}): ExportPlan {
	const fmt = typeof format === 'string' ? getFormat(format) : format;
	if (!fmt) throw new Error(`unknown export format "${String(format)}"`);
	const context = { sources: new Map(sources.map((s) => [s.id, s])), pool };
	const items: ExportItem[] = [];
	const omitted: OmittedCard[] = [];
	const warnings: ExportWarning[] = [];
	for (const card of cards) {
		const result = toItem(card, fmt, context);
		if ('reason' in result) {
			omitted.push(result);
			warnings.push({ cardId: card.id, kind: 'left-out', text: result.reason });
			continue;
		}
		items.push(result);
		if (result.note) warnings.push({ cardId: card.id, kind: 'converted', text: result.note });
		for (const text of fmt.check?.(result) ?? [])
			warnings.push({ cardId: card.id, kind: 'note', text });
	}
	const leftOut = leftOutWords(items);
	if (leftOut)
		warnings.push({
			kind: 'forms-left-out',
			text: `${fmt.label} asks each card one way; left out: ${leftOut}`
		});
	if (!fmt.holdsSource && items.length)
		warnings.push({
			kind: 'no-source',
			text: `${fmt.label} has no place for feedback: answers go out without their source`
		});
	return { items, omitted, warnings };
}

/** Plans and writes one export; returns the file content and the plan's warnings. */
export async function exportCards(
	input: ExportInput & { format: ExportFormat | FormatId }
): Promise<{ data: Uint8Array | string; plan: ExportPlan; format: ExportFormat }> {
	const format = typeof input.format === 'string' ? getFormat(input.format) : input.format;
	if (!format) throw new Error(`unknown export format "${String(input.format)}"`);
	const plan = planExport({
		cards: input.cards,
		sources: input.sources,
		format,
		pool: input.pool
	});
	// The title is cleaned like every card field (items.ts): it names the Anki deck, the Moodle category…
	const data = await format.write({
		...input,
		title: stripControlChars(input.title),
		items: plan.items
	});
	return { data, plan, format };
}
