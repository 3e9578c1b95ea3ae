import { blankedText } from './items';
import { toCsv } from './cells';
import type { WriterInput } from './types';

const MAX_CHOICES = 8;

/** Column names of the CSV export, in order. */
export const CSV_COLUMNS = [
	'id',
	'type',
	'question',
	'answer',
	...Array.from({ length: MAX_CHOICES }, (_, i) => `choice ${i + 1}`),
	'accepted answers',
	'cloze',
	'tags',
	'source'
];

/** Writes every card as one CSV row (UTF-8 with BOM so spreadsheets read non-Latin text right). */
export function writeCsv({ items }: WriterInput): string {
	const rows = items.map((item) => {
		const choices = Array.from({ length: MAX_CHOICES }, (_, i) => item.choices?.[i] ?? '');
		return [
			item.card.id,
			item.type,
			item.question,
			item.answer,
			...choices,
			item.accept.join('\n'),
			item.parts ? blankedText(item.parts) : '',
			item.tags.join('\n'),
			item.feedback
		];
	});
	return '\uFEFF' + toCsv([CSV_COLUMNS, ...rows]);
}
