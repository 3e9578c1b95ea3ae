/** Dates in news text, resolved against the article's own date when it has one. */
import type { Token } from './tokens';
import { MONTHS as MONTH_WORDS } from './abbreviations';
import { MONTHS, monthNumber, WEEKDAYS } from './lexicon';

export interface ReferenceDate {
	year?: number;
	month?: number;
	day?: number;
}

export interface DateValue {
	/** How to show it: "31 October 2025", "August 2024", "2015", "Friday". */
	text: string;
	/** As precise as known: YYYY-MM-DD, YYYY-MM or YYYY. */
	iso?: string;
	/** 0 (Sunday) to 6, when the text named a weekday. */
	weekday?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthName = (m: number) => MONTHS[m - 1].replace(/^./, (c) => c.toUpperCase());

/** Formats a date as "31 October 2025" (or less when less is known). */
export function formatDate({ year, month, day }: ReferenceDate): string {
	if (year && month && day) return `${day} ${monthName(month)} ${year}`;
	if (month && day) return `${day} ${monthName(month)}`;
	if (year && month) return `${monthName(month)} ${year}`;
	if (month) return monthName(month);
	return year ? String(year) : '';
}

function isoOf({ year, month, day }: ReferenceDate): string | undefined {
	if (!year) return undefined;
	if (month && day) return `${year}-${pad(month)}-${pad(day)}`;
	if (month) return `${year}-${pad(month)}`;
	return String(year);
}

function validDay(year: number | undefined, month: number, day: number): boolean {
	if (day < 1 || day > 31) return false;
	const y = year ?? 2000;
	return new Date(Date.UTC(y, month - 1, day)).getUTCMonth() === month - 1;
}

/** The latest given weekday on or before the reference date. */
function weekdayBefore(ref: Required<ReferenceDate>, weekday: number): ReferenceDate {
	const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
	const back = (d.getUTCDay() - weekday + 7) % 7;
	d.setUTCDate(d.getUTCDate() - back);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const word = (t: Token | undefined) => t?.lower.replace(/\.$/, '') ?? '';
const isYear = (t: Token | undefined) =>
	!!t && /^(1[89]|20)\d\d$/.test(t.text.replace(/[,.]$/, ''));
const isDay = (t: Token | undefined) =>
	!!t && /^\d{1,2}(st|nd|rd|th)?$/.test(t.text.replace(/[,.]$/, ''));
const dayOf = (t: Token) => parseInt(t.text, 10);

function isMonthToken(t: Token | undefined): boolean {
	if (!t || !monthNumber(t.lower)) return false;
	if (word(t) === 'may' || word(t) === 'march') return t.cap && !t.tags.has('Verb');
	return t.cap || t.tags.has('Month');
}

function value(parts: ReferenceDate, extra: Partial<DateValue> = {}): DateValue {
	return { text: formatDate(parts), iso: isoOf(parts), ...extra };
}

/** Parses a date starting at token `at`; returns it and the index after it. */
export function parseDateAt(options: {
	tokens: Token[];
	at: number;
	ref: ReferenceDate;
}): { value: DateValue; next: number } | null {
	const { tokens, at, ref } = options;
	const t = tokens[at];
	const w = word(t);
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.text);
	if (iso) {
		const parts = { year: +iso[1], month: +iso[2], day: +iso[3] };
		return validDay(parts.year, parts.month, parts.day)
			? { value: value(parts), next: at + 1 }
			: null;
	}
	const weekday = WEEKDAYS.indexOf(w);
	if (weekday >= 0 && t.cap) {
		if (ref.year && ref.month && ref.day) {
			const resolved = weekdayBefore(ref as Required<ReferenceDate>, weekday);
			const v = value(resolved, { weekday });
			v.text = `${t.text.replace(/[,.]$/, '')} ${v.text}`;
			return { value: v, next: at + 1 };
		}
		return { value: { text: t.text.replace(/[,.]$/, ''), weekday }, next: at + 1 };
	}
	if (isMonthToken(t)) {
		const month = monthNumber(t.lower);
		let next = at + 1;
		let day: number | undefined;
		let year: number | undefined;
		// "In January, 25 people were jailed": past a comma the number is no day.
		// "In January 25 people were jailed": a number a plural noun follows counts something ("On
		// March 3 police said" still dates).
		const counted = word(tokens[at - 1]) !== 'on' ? tokens[next + 1] : undefined;
		if (
			!/,/.test(t.post) &&
			isDay(tokens[next]) &&
			validDay(undefined, month, dayOf(tokens[next])) &&
			!(counted && !counted.cap && !/[,.;:]/.test(tokens[next].post) && counted.tags.has('Plural'))
		) {
			day = dayOf(tokens[next]);
			next++;
		}
		if (isYear(tokens[next])) {
			year = parseInt(tokens[next].text, 10);
			next++;
		}
		if (!year && ref.year) {
			const before = word(tokens[at - 1]);
			const future = before === 'by' || before === 'until' || before === 'next';
			year = future || !ref.month || month <= ref.month ? ref.year : ref.year - 1;
		}
		return { value: value({ year, month, day }), next };
	}
	if (isDay(t) && isMonthToken(tokens[at + 1])) {
		const month = monthNumber(tokens[at + 1].lower);
		const day = dayOf(t);
		if (!validDay(undefined, month, day)) return null;
		let next = at + 2;
		let year: number | undefined;
		if (isYear(tokens[next])) {
			year = parseInt(tokens[next].text, 10);
			next++;
		} else if (ref.year) year = ref.year;
		return { value: value({ year, month, day }), next };
	}
	if (
		isYear(t) &&
		(t.tags.has('Year') ||
			/^(in|since|by|until|from|of|to|before|after)$/.test(word(tokens[at - 1])) ||
			// "By early 2005", "until late 2004": a part of a year after a preposition.
			(/^(early|late|mid)$/.test(word(tokens[at - 1])) &&
				/^(in|since|by|until|from|of|to|before|after)$/i.test(word(tokens[at - 2]))))
	) {
		return { value: value({ year: parseInt(t.text, 10) }), next: at + 1 };
	}
	if (
		(w === 'last' || w === 'this' || w === 'next') &&
		word(tokens[at + 1]) === 'year' &&
		ref.year
	) {
		const year = ref.year + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
		return { value: value({ year }), next: at + 2 };
	}
	return null;
}

/** Are two dates the same, as far as each is known? ("Friday" fits "31 October 2025".) */
export function datesAgree(a: DateValue, b: DateValue): boolean {
	if (a.iso && b.iso) return a.iso.startsWith(b.iso) || b.iso.startsWith(a.iso);
	const weekdayOf = (d: DateValue) => {
		if (d.weekday !== undefined) return d.weekday;
		if (d.iso && d.iso.length === 10) return new Date(d.iso + 'T00:00:00Z').getUTCDay();
		return undefined;
	};
	const wa = weekdayOf(a);
	const wb = weekdayOf(b);
	if (wa !== undefined && wb !== undefined) return wa === wb;
	return a.text.toLowerCase() === b.text.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Dates written as text: metadata lines, datelines (text.ts) and HTML meta tags (html.ts). The
// token-based parseDateAt above reads dates inside sentences.

function monthPattern(): string {
	const names = [...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length);
	return names.map((n) => [...n].map((ch) => `[${ch}${ch.toUpperCase()}]`).join('')).join('|');
}
/** Any month name or abbreviation, any case, as a regular expression fragment. */
export const MONTH = `(?:${monthPattern()})`;

/** A date on a text line: a real calendar day of a year a news story may carry. */
function isoDate(year: number, month: number, day: number): string | undefined {
	return year > 2999 ? undefined : isoFromParts(year, month, day);
}

const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,? )?';
const DATE_RES: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
	[
		/^(\d{4})-(\d{2})-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?/,
		(m) => isoDate(+m[1], +m[2], +m[3])
	],
	[/^(\d{4})\/(\d{1,2})\/(\d{1,2})/, (m) => isoDate(+m[1], +m[2], +m[3])],
	[
		new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)? (${MONTH})\\.?,? (\\d{4})`, 'i'),
		(m) => isoDate(+m[3], MONTH_WORDS.get(m[2].toLowerCase()) ?? 0, +m[1])
	],
	[
		new RegExp(`^${WEEKDAY}(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'i'),
		(m) => isoDate(+m[3], MONTH_WORDS.get(m[1].toLowerCase()) ?? 0, +m[2])
	]
];
const TIME_RE =
	/^(?:,|\s+at|\s*\||\s*-)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5}\b)?/i;

/** Reads a date written at the start of a text line (metadata, datelines); returns the ISO date and how many chars it used. */
export function dateAtStart(s: string): { iso: string; length: number } | null {
	for (const [re, toIso] of DATE_RES) {
		const m = re.exec(s);
		if (!m) continue;
		const iso = toIso(m);
		if (!iso) return null;
		let length = m[0].length;
		const t = TIME_RE.exec(s.slice(length));
		if (t) length += t[0].length;
		return { iso, length };
	}
	return null;
}

const MONTH_ABBREVIATIONS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
];

function isoFromParts(y: number, m: number, d: number): string | undefined {
	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	if (d > days) return undefined;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Reads a publication date as written (2024-03-05T10:00:00Z, 2024/03/05, 5 March 2024, March 5, 2024). */
export function toIsoDate(value: string): string | undefined {
	const v = value.trim().slice(0, 100);
	let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(v);
	// The date part as written is the publisher's local date; shifting it to UTC would change the day.
	if (m) return isoFromParts(+m[1], +m[2], +m[3]);
	m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v);
	if (m) return isoFromParts(+m[1], +m[2], +m[3]);
	m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(v);
	if (m) {
		const month = MONTH_ABBREVIATIONS.indexOf(m[2].slice(0, 3).toLowerCase());
		if (month >= 0) return isoFromParts(+m[3], month + 1, +m[1]);
	}
	m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(
		v
	);
	if (m) {
		const month = MONTH_ABBREVIATIONS.indexOf(m[1].slice(0, 3).toLowerCase());
		if (month >= 0) return isoFromParts(+m[3], month + 1, +m[2]);
	}
	return undefined;
}
