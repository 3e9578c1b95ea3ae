/**
 * How a source is named to a reader: its headline (or the title the user gave), publisher, date and a
 * safe link; and where its text begins once a leading metadata line ("date 2025-10-31") is left out.
 */
import type { Source } from './schema';

/** A source as the source list and page show it. */
export interface SourceLabel {
	headline: string;
	/** The publisher given, else the web site's name from its URL. */
	publisher?: string;
	/** The publication date in words, e.g. "31 October 2025". */
	date?: string;
	/** The article's address, only when it is a web (http or https) address. */
	url?: string;
	/** Where the article's own text starts (after leading metadata lines). */
	bodyStart: number;
}

/** English month names, January first. */
export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Leading "key value" metadata an article file may start with: date, published, source, url, by. */
const METADATA =
	/^\s*(?:(?:date|published|updated)\s*:?\s*\d{4}-\d{2}-\d{2}|(?:url|link|source)\s*:?\s*https?:\/\/\S+)[ \t]*(?:\r?\n|\s+(?=\S))/i;

/** Offset where the article's own text starts, after any leading metadata. */
export function bodyStart(text: string): number {
	let at = 0;
	for (let m = METADATA.exec(text); m && m[0].length; m = METADATA.exec(text.slice(at))) {
		at += m[0].length;
		if (at >= text.length) break;
	}
	return at;
}

/** "2025-10-31" → "31 October 2025" (no locale, so the same everywhere). */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return MONTH_NAMES[m - 1] ? `${d} ${MONTH_NAMES[m - 1]} ${y}` : iso;
}

/** A web address only: anything else (javascript:, data:) is never made a link. */
function webUrl(url: string | undefined): URL | null {
	if (!url || !/^https?:\/\//i.test(url.trim())) return null;
	try {
		return new URL(url.trim());
	} catch {
		return null;
	}
}

/** Everything that names a source for a reader. */
export function describeSource({ source }: { source: Source }): SourceLabel {
	const start = bodyStart(source.text);
	const firstLine = source.text.slice(start).split('\n', 1)[0].trim();
	const url = webUrl(source.url);
	const publisher = source.publisher?.trim() || url?.hostname.replace(/^www\./, '') || undefined;
	return {
		headline: source.title.trim() || firstLine.slice(0, 90) || source.id,
		publisher,
		date: source.date ? formatDate(source.date) : undefined,
		url: url?.href,
		bodyStart: start
	};
}
