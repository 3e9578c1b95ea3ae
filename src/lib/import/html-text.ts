/**
 * HTML fields (Anki notes) to plain text, without a DOM: tags dropped, line breaks kept, entities
 * decoded last, so markup in a field can only ever become visible text, never be run or rendered.
 */

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	eacute: 'é',
	egrave: 'è',
	aacute: 'á',
	agrave: 'à',
	ouml: 'ö',
	uuml: 'ü',
	auml: 'ä',
	szlig: 'ß',
	ccedil: 'ç',
	ntilde: 'ñ',
	times: '×',
	deg: '°',
	euro: '€',
	pound: '£',
	copy: '©'
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code =
				body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : +body.slice(1);
			if (!code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
			return String.fromCodePoint(code);
		}
		return Object.hasOwn(NAMED, body.toLowerCase()) ? NAMED[body.toLowerCase()] : whole;
	});
}

/** The visible text of an HTML fragment, one line per block; Anki's [sound:…] tags dropped. */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<(script|style)\b[^]*?(<\/\1\s*>|$)/gi, '')
		.replace(/<!--[^]*?(-->|$)/g, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/?(div|p|li|ul|ol|tr|h[1-6]|blockquote)\b[^>]*>/gi, '\n')
		.replace(/<[^>]*>?/g, '')
		.replace(/\[sound:[^\]]*\]/g, '');
	return decodeEntities(text)
		.replace(/[\t\f\v \u00a0]+/g, ' ')
		.replace(/ *\n[\n ]*/g, '\n')
		.trim();
}
