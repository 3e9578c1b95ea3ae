import { flattenForTsv } from './cells';
import type { WriterInput } from './types';

/** Writes Quizlet's import text: term, tab, definition, one card per line. */
export function writeQuizlet({ items }: WriterInput): string {
	return items
		.map((item) => `${flattenForTsv(item.question)}\t${flattenForTsv(item.answer)}`)
		.join('\n')
		.concat('\n');
}
