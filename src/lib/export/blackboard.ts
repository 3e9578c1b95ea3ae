import { flattenForTsv } from './cells';
import { blanksOf, type ExportItem } from './items';
import type { WriterInput } from './types';

/** Blackboard renders question and choice text as HTML, so markup in the cards is escaped. */
function html(text: string): string {
	return flattenForTsv(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function line(item: ExportItem): string[] {
	if (item.type === 'mcq' && item.choices)
		return [
			'MC',
			html(item.question),
			...item.choices.flatMap((c, i) => [html(c), i === item.correct ? 'correct' : 'incorrect'])
		];
	if (item.type === 'cloze' && item.parts) {
		const blanks = blanksOf(item.parts);
		if (blanks.length === 1)
			return [
				'FIB',
				html(item.parts.map((p) => ('blank' in p ? '_____' : p.text)).join('')),
				...[item.answer, ...item.accept].map(flattenForTsv)
			];
		// Several blanks: FIB_PLUS names each blank [xN] in the text, then lists its answers, an empty field between blanks.
		let n = 0;
		const text = item.parts.map((p) => ('blank' in p ? `[x${++n}]` : html(p.text))).join('');
		return [
			'FIB_PLUS',
			text,
			...blanks.flatMap((b, i) => [`x${i + 1}`, flattenForTsv(b), ''])
		].slice(0, -1);
	}
	return ['FIB', html(item.question), ...[item.answer, ...item.accept].map(flattenForTsv)];
}

/** Writes Blackboard's "Upload Questions" tab-separated file: MC, FIB and FIB_PLUS, one question per line. */
export function writeBlackboard({ items }: WriterInput): string {
	return items.map((item) => line(item).join('\t')).join('\n') + '\n';
}
