import type { ExportItem } from './items';
import type { WriterInput } from './types';
import { writeXlsx, type XlsxCell } from './xlsx';

/** Kahoot's template limits. */
export const KAHOOT_LIMITS = { question: 120, answer: 75, choices: 4 };
/** The time limits Kahoot accepts, in seconds. */
export const KAHOOT_TIMES = [5, 10, 20, 30, 60, 90, 120, 240];

/** The header row of Kahoot's quiz template (row 8, columns B to H). */
export const KAHOOT_HEADER = [
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
];
/** Data starts on this (1-based) row, as in Kahoot's template. */
export const KAHOOT_FIRST_ROW = 9;

/** Shortens text to a limit, ending with an ellipsis, on one line. */
export function fit(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Warnings for one item: what Kahoot's limits cut. */
export function checkKahoot(item: ExportItem): string[] {
	const out: string[] = [];
	if (item.question.replace(/\s+/g, ' ').trim().length > KAHOOT_LIMITS.question)
		out.push(`the question is shortened to Kahoot's ${KAHOOT_LIMITS.question} characters`);
	const long = (item.choices ?? []).filter((c) => c.trim().length > KAHOOT_LIMITS.answer).length;
	if (long) out.push(`${long} answer(s) shortened to Kahoot's ${KAHOOT_LIMITS.answer} characters`);
	return out;
}

/** Cuts answers to Kahoot's limit; answers that become equal get a number so they stay distinct. */
export function distinctAnswers(answers: string[]): string[] {
	const seen = new Set<string>();
	return answers.map((a, j) => {
		let out = fit(a, KAHOOT_LIMITS.answer);
		if (seen.has(out.toLowerCase())) out = `${fit(a, KAHOOT_LIMITS.answer - 4)} (${j + 1})`;
		seen.add(out.toLowerCase());
		return out;
	});
}

/** The nearest time limit Kahoot accepts. */
export function kahootTime(seconds = 20): number {
	return KAHOOT_TIMES.reduce((a, b) => (Math.abs(b - seconds) < Math.abs(a - seconds) ? b : a));
}

/**
 * Writes Kahoot's quiz spreadsheet (.xlsx): its template's columns, answers cut to 75 characters. Text
 * goes in as it is, "=SUM(A1)" and "-5" included: writeXlsx stores text as inline strings, which no
 * spreadsheet evaluates, so an apostrophe in front would only show up in the quiz.
 */
export function writeKahoot({ items, title, timeLimit }: WriterInput): Uint8Array {
	const rows: XlsxCell[][] = [
		[null, title.replace(/\s+/g, ' ').trim() || 'Quiz'],
		[],
		[],
		[],
		[],
		[],
		[],
		[null, ...KAHOOT_HEADER]
	];
	const time = kahootTime(timeLimit);
	items.forEach((item, i) => {
		const answers = (item.choices ?? []).slice(0, KAHOOT_LIMITS.choices);
		const fitted = distinctAnswers(answers);
		const cells = Array.from({ length: KAHOOT_LIMITS.choices }, (_, j) => fitted[j] ?? null);
		rows.push([
			i + 1,
			fit(item.question, KAHOOT_LIMITS.question),
			...cells,
			time,
			(item.correct ?? 0) + 1
		]);
	});
	return writeXlsx({
		sheetName: 'Sheet1',
		rows,
		boldRows: [0, KAHOOT_FIRST_ROW - 2],
		widths: [6, 60, 30, 30, 30, 30, 14, 14]
	});
}
