import { stripControlChars } from './xml';
import { literalShortAnswer } from './moodle-xml';
import type { ExportItem } from './items';
import type { WriterInput } from './types';

/** Escapes text for GIFT: backslash and ~ = # { } : get a backslash, newlines become \n. */
export function escapeGift(text: string): string {
	return stripControlChars(text)
		.replace(/\r\n?/g, '\n')
		.replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n');
}

/**
 * An answer or choice for GIFT: escaped, and kept literal when it starts like a format tag ("[html]",
 * "[plain]", …), which GIFT and Moodle would otherwise take as the answer's format and drop.
 */
function answerText(text: string): string {
	const escaped = escapeGift(text);
	return /^\s*\[(html|plain|markdown|moodle)\]/i.test(escaped) ? `[plain]${escaped}` : escaped;
}

function title(item: ExportItem, index: number): string {
	const words = item.question.replace(/\s+/g, ' ').trim();
	const short = words.length > 60 ? `${words.slice(0, 57)}...` : words;
	return `::${escapeGift(`${index + 1}. ${short}`)}::`;
}

function generalFeedback(item: ExportItem): string {
	return item.feedback ? `####${escapeGift(item.feedback)}` : '';
}

function answerBlock(item: ExportItem): string {
	if (item.type === 'mcq' && item.choices) {
		const options = item.choices.map(
			(c, i) => `\t${i === item.correct ? '=' : '~'}${answerText(c)}`
		);
		return `{\n${options.join('\n')}\n\t${generalFeedback(item)}\n}`;
	}
	const accepted = [item.answer, ...item.accept]
		.map((a) => `=${answerText(literalShortAnswer(a))}`)
		.join(' ');
	return `{${accepted} ${generalFeedback(item)}}`;
}

function question(item: ExportItem, index: number): string {
	const head = `// ${stripControlChars(item.card.id).replace(/[\r\n]/g, ' ')}\n${title(item, index)}[plain]`;
	if (item.type === 'cloze' && item.parts && 'blank' in item.parts[0]) {
		// GIFT cannot open with the answer block: show a gap and ask for it at the end instead.
		const text = item.parts.map((p) => ('blank' in p ? '_____' : p.text)).join('');
		return `${head}${escapeGift(text)} ${answerBlock(item)}`;
	}
	if (item.type === 'cloze' && item.parts) {
		// Moodle's "missing word" form: the answer block stands where the blank is.
		const text = item.parts
			.map((p) => ('blank' in p ? answerBlock(item) : escapeGift(p.text)))
			.join('');
		return head + text;
	}
	return `${head}${escapeGift(item.question)} ${answerBlock(item)}`;
}

/** Writes Moodle GIFT: multiple choice, short answer with variants, single-blank cloze, source as general feedback. */
export function writeGift({ items, title: quizTitle }: WriterInput): string {
	const category = `$CATEGORY: $course$/top/${stripControlChars(quizTitle)
		.replace(/[\r\n]+/g, ' ')
		.replace(/\//g, '//')}`;
	return [category, ...items.map(question)].join('\n\n') + '\n';
}
