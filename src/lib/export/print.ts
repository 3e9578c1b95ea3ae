import { stripControlChars } from './xml';
import type { ExportItem } from './items';
import type { WriterInput } from './types';

/** Escapes text for HTML content (cards are never trusted as markup). */
function esc(text: string): string {
	return stripControlChars(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Escaped text with line breaks kept. */
function lines(text: string): string {
	return esc(text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>');
}

const CSS = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #000; background: #fff; margin: 0 auto; max-width: 48em; padding: 1em; }
h1 { font-size: 17pt; margin: 0 0 0.2em; }
.meta { color: #444; margin: 0 0 1.2em; font-size: 9.5pt; }
.name { margin: 0 0 1.5em; }
ol.questions, ol.key { padding-left: 1.8em; margin: 0; }
ol.questions > li { margin: 0 0 1.2em; break-inside: avoid; page-break-inside: avoid; overflow-wrap: anywhere; }
ol.choices { list-style: upper-alpha; margin: 0.4em 0 0; padding-left: 1.6em; }
.blank-line { border-bottom: 1px solid #000; height: 1.9em; }
.gap { white-space: nowrap; letter-spacing: 0.05em; }
.answer-key { break-before: page; page-break-before: always; }
ol.key > li { margin: 0 0 0.8em; break-inside: avoid; page-break-inside: avoid; overflow-wrap: anywhere; }
.source { color: #333; font-size: 9.5pt; }
@media screen { body { padding: 2em; } .answer-key { border-top: 2px dashed #999; margin-top: 3em; padding-top: 2em; } }
`;

function question(item: ExportItem): string {
	if (item.type === 'mcq' && item.choices) {
		const choices = item.choices.map((c) => `<li dir="auto">${lines(c)}</li>`).join('');
		return `<li><div dir="auto">${lines(item.question)}</div><ol class="choices">${choices}</ol></li>`;
	}
	if (item.type === 'cloze' && item.parts) {
		const text = item.parts
			.map((p) =>
				'blank' in p ? '<span class="gap" aria-label="blank">______________</span>' : lines(p.text)
			)
			.join('');
		return `<li><div dir="auto">${text}</div></li>`;
	}
	return `<li><div dir="auto">${lines(item.question)}</div><div class="blank-line"></div><div class="blank-line"></div></li>`;
}

function answer(item: ExportItem): string {
	let shown: string;
	if (item.type === 'mcq' && item.choices)
		shown = `${String.fromCharCode(65 + (item.correct ?? 0))}. ${lines(item.answer)}`;
	else if (item.type === 'cloze' && item.parts)
		shown = item.parts
			.filter((p): p is { blank: string } => 'blank' in p)
			.map((p) => lines(p.blank))
			.join('; ');
	else shown = lines(item.answer);
	const also =
		item.type !== 'mcq' && item.accept.length
			? ` <span class="source">(also: ${esc(item.accept.join(', '))})</span>`
			: '';
	return `<li><div dir="auto"><strong>${shown}</strong>${also}</div><div class="source" dir="auto">${lines(item.feedback)}</div></li>`;
}

/** Writes the printable worksheet: numbered questions, then the answer key with sources on a new page. */
export function writePrint({ items, title }: WriterInput): string {
	const heading = esc(title.replace(/\s+/g, ' ').trim() || 'Worksheet');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1 dir="auto">${heading}</h1>
<p class="meta">${items.length} question${items.length === 1 ? '' : 's'}</p>
<p class="name">Name: ____________________________ &nbsp; Date: ______________</p>
<ol class="questions">
${items.map(question).join('\n')}
</ol>
<section class="answer-key">
<h2>Answer key</h2>
<ol class="key">
${items.map(answer).join('\n')}
</ol>
</section>
</main>
</body>
</html>
`;
}
