/**
 * An answer reduced to the form two equivalent answers share: case, punctuation, diacritics, British and
 * American spelling, number and unit spellings ("50 per cent" = "50%", "$20bn" = "20 billion dollars"),
 * dotted abbreviations and common short forms ("PM" = "Prime Minister"). The typed-answer matcher
 * (`answer.ts`) stands on it, and so does `conflicts.ts`, which the study page needs at once: this
 * module alone is on that page, the matcher loads with the first typed answer.
 */
const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
const SCALES: Record<string, number> = {
	hundred: 2,
	thousand: 3,
	k: 3,
	million: 6,
	mn: 6,
	m: 6,
	billion: 9,
	bn: 9,
	b: 9,
	trillion: 12,
	tn: 12
};
/** One spelling for each word with several: currencies, units, British/American, months. */
const WORDS: Record<string, string> = {
	dollar: 'usd',
	dollars: 'usd',
	pound: 'gbp',
	pounds: 'gbp',
	sterling: 'gbp',
	euro: 'eur',
	euros: 'eur',
	rupee: 'inr',
	rupees: 'inr',
	rs: 'inr',
	yen: 'jpy',
	years: 'year',
	yrs: 'year',
	yr: 'year',
	months: 'month',
	weeks: 'week',
	days: 'day',
	hours: 'hour',
	hrs: 'hour',
	minutes: 'minute',
	mins: 'minute',
	kilometres: 'km',
	kilometre: 'km',
	kilometers: 'km',
	kilometer: 'km',
	kms: 'km',
	miles: 'mile',
	kilograms: 'kg',
	kilogram: 'kg',
	kilos: 'kg',
	tonnes: 'tonne',
	tons: 'tonne',
	ton: 'tonne',
	metres: 'metre',
	meters: 'metre',
	meter: 'metre',
	defence: 'defense',
	offence: 'offense',
	licence: 'license',
	centre: 'center',
	centres: 'centers',
	theatre: 'theater',
	programme: 'program',
	labour: 'labor',
	honour: 'honor',
	colour: 'color',
	favour: 'favor',
	jan: 'january',
	feb: 'february',
	mar: 'march',
	apr: 'april',
	jun: 'june',
	jul: 'july',
	aug: 'august',
	sep: 'september',
	sept: 'september',
	oct: 'october',
	nov: 'november',
	dec: 'december'
};
/** Short forms read as their long form (not on acronym cards, whose answer is the long form). */
const SHORT_FORMS: Record<string, string> = {
	pm: 'prime minister',
	us: 'united states',
	usa: 'united states',
	uk: 'united kingdom',
	un: 'united nations',
	eu: 'european union',
	mp: 'member of parliament',
	govt: 'government',
	gov: 'government',
	dept: 'department',
	sec: 'secretary',
	gen: 'general',
	pres: 'president'
};
/** The entry of a word table, never an inherited property ("constructor"). */
const own = <T>(table: Record<string, T>, key: string | undefined): T | undefined =>
	key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
const ARTICLES = new Set(['the', 'a', 'an']);
const CURRENCIES = new Set(['usd', 'gbp', 'eur', 'inr', 'jpy']);

/** Text before words: marks, case, quotes, separators, symbols spelled as words. */
function clean(text: string): string {
	let s = text.normalize('NFKD').replace(/\p{M}+/gu, '');
	s = s.toLowerCase().replace(/[\u2018\u2019\u201c\u201d]/g, "'");
	s = s.replace(/(\d),(?=\d{3}\b)/g, '$1');
	// Dotted abbreviations: "u.s." and "u. s." -> "us".
	s = s.replace(/\b([a-z])\.\s?(?=[a-z]\.)/g, '$1').replace(/\b([a-z])\.(?=\s|$|[^a-z0-9])/g, '$1');
	s = s.replace(/\b(per\s*cent|percent|pct)\b/g, ' % ').replace(/%/g, ' % ');
	s = s
		.replace(/(?:\bus)?\$/g, ' usd ')
		.replace(/£/g, ' gbp ')
		.replace(/€/g, ' eur ');
	s = s.replace(/₹/g, ' inr ').replace(/¥/g, ' jpy ');
	s = s.replace(/\b(\d+)(st|nd|rd|th)\b/g, '$1');
	s = s.replace(/(\d)([a-z])/g, '$1 $2');
	return s.replace(/[^\p{L}\p{N}%.\s]/gu, ' ').replace(/\.(?!\d)/g, ' ');
}

/** Words to tokens: number words and scales become one number, then one spelling per word. */
function tokens(text: string, { expand }: { expand: boolean }): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const out: string[] = [];
	for (let i = 0; i < words.length; i++) {
		let w = words[i];
		let value: number | null = null;
		if (/^\d+(\.\d+)?$/.test(w)) value = Number(w);
		else if (own(UNITS, w) !== undefined) {
			value = own(UNITS, w) as number;
			// "twenty five"
			const next = own(UNITS, words[i + 1]);
			if (value >= 20 && next !== undefined && next < 10) {
				value += next;
				i++;
			}
		}
		if (value !== null) {
			// "1.3 billion", "five hundred", "20 bn": one number.
			let scale = own(SCALES, words[i + 1]);
			while (scale !== undefined && (words[i + 1] !== 'm' || /\d/.test(w))) {
				value = Number(`${value}e${scale}`);
				i++;
				scale = own(SCALES, words[i + 1]);
			}
			out.push(String(value));
			continue;
		}
		w = own(WORDS, w) ?? w;
		if (ARTICLES.has(w)) continue;
		const long = expand ? own(SHORT_FORMS, w) : undefined;
		if (long) out.push(...long.split(' '));
		else out.push(w);
	}
	// A currency goes before its amount, a percent sign onto it: "20 usd" = "usd 20", "50 %" = "50%".
	for (let i = 1; i < out.length; i++)
		if (CURRENCIES.has(out[i]) && /^\d/.test(out[i - 1]) && !CURRENCIES.has(out[i - 2] ?? ''))
			[out[i - 1], out[i]] = [out[i], out[i - 1]];
	return out.join(' ').replace(/ %/g, '%').split(' ').filter(Boolean);
}

/** Reduces an answer to the form two equivalent answers share (short forms spelled out). */
export function normalizeAnswer(
	text: string,
	{ expand = true }: { expand?: boolean } = {}
): string {
	const words = tokens(clean(text), { expand });
	// An answer of a lone article ("A") keeps it.
	return words.length ? words.join(' ') : clean(text).trim();
}
