import { toCsv } from './cells';
import type { WriterInput } from './types';
import { kahootTime } from './kahoot';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The two title rows of Blooket's CSV import template. */
export const BLOOKET_HEADER = [
	['Blooket\nImport Template', '', '', '', '', '', '', ''],
	[
		'Question #',
		'Question Text',
		'Answer 1',
		'Answer 2',
		'Answer 3\n(Optional)',
		'Answer 4\n(Optional)',
		'Time Limit (sec)\n(Max: 300 seconds)',
		'Correct Answer(s)\n(Only include Answer #)'
	]
];

/** Writes Blooket's CSV import template: up to four answers, a time limit and the right answer's number. */
export function writeBlooket({ items, timeLimit }: WriterInput): string {
	const time = String(Math.min(300, Math.max(5, Math.round(timeLimit ?? kahootTime()))));
	const rows = items.map((item, i) => {
		const answers = Array.from({ length: 4 }, (_, j) => flat(item.choices?.[j] ?? ''));
		return [String(i + 1), flat(item.question), ...answers, time, String((item.correct ?? 0) + 1)];
	});
	return toCsv([...BLOOKET_HEADER, ...rows]);
}
