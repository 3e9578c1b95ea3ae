import { toCsv } from './cells';
import type { WriterInput } from './types';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The two title rows of Gimkit's spreadsheet import template. */
export const GIMKIT_HEADER = [
	['Gimkit Spreadsheet Import Template', '', '', '', ''],
	[
		'Question',
		'Correct Answer',
		'Incorrect Answer 1',
		'Incorrect Answer 2 (Optional)',
		'Incorrect Answer 3 (Optional)'
	]
];

/** Writes Gimkit's CSV import template: the question, the right answer, up to three wrong ones. */
export function writeGimkit({ items }: WriterInput): string {
	const rows = items.map((item) => {
		const wrong = (item.choices ?? []).filter((_, j) => j !== item.correct);
		return [
			flat(item.question),
			flat(item.answer),
			...Array.from({ length: 3 }, (_, j) => flat(wrong[j] ?? ''))
		];
	});
	return toCsv([...GIMKIT_HEADER, ...rows]);
}
