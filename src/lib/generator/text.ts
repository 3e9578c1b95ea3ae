/**
 * Generator stage 1: clean and segment an article.
 * Normalises the raw text once, then walks it line by line (a newline always ends a sentence),
 * setting aside the headline, dateline, metadata, headings and boilerplate, and splits the rest
 * into sentences with exact character offsets into the normalised text.
 */
import { dateAtStart, MONTH } from './dates';
import {
	ABBREVIATIONS,
	COMPANY_SUFFIXES,
	CREDIT_SOURCES,
	MONTHS,
	SENTENCE_OPENERS,
	TITLE_SMALL_WORDS
} from './abbreviations';

export interface Sentence {
	/** Position in `sentences`. */
	index: number;
	start: number;
	end: number;
	text: string;
	/** 0-based body paragraph (a line of the text that yields sentences; a newline always ends one). */
	paragraph: number;
}

export interface Segmented {
	/** The normalised text all offsets refer to (=== normaliseText(input)). */
	text: string;
	/** Body sentences in order; text === segmented.text.slice(start, end), trimmed. */
	sentences: Sentence[];
	/** Section headings that are not sentences. */
	headings: Array<{ start: number; end: number; text: string }>;
	/** Boilerplate removed, with a reason. */
	dropped: Array<{ start: number; end: number; reason: string }>;
	/** The article title when the text starts with one. */
	headline?: { start: number; end: number; text: string };
	/** A dateline at the start of the body ("LONDON (Reuters) -"), separator included. */
	dateline?: {
		start: number;
		end: number;
		place?: string;
		month?: number;
		day?: number;
		year?: number;
	};
	/** Facts from explicit metadata lines; date is ISO YYYY-MM-DD. */
	metadata: { date?: string };
}

// ---------------------------------------------------------------------------------------------
// Normalising and folding

/** Line ends to \n, tabs to spaces, other control chars (C0, DEL, C1) and stray BOMs removed. */
function cleanChars(s: string): string {
	let out = '';
	let last = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		let rep: string | null = null;
		if (c === 13) {
			rep = '\n';
			if (s.charCodeAt(i + 1) === 10) {
				out += s.slice(last, i) + rep;
				last = i + 2;
				i++;
				continue;
			}
		} else if (c === 9) rep = ' ';
		else if (c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029) rep = '\n';
		else if ((c < 32 && c !== 10) || (c >= 0x7f && c <= 0x9f) || c === 0xfeff) rep = '';
		if (rep !== null) {
			out += s.slice(last, i) + rep;
			last = i + 1;
		}
	}
	return out + s.slice(last);
}

/** Whether normaliseText has anything to do beyond the BOM (a single cheap scan). */
function needsNormalising(s: string): { clean: boolean; nfc: boolean } {
	let clean = false;
	let nfc = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 32) {
			if (c !== 10) clean = true;
		} else if (c >= 0x7f) {
			if (c <= 0x9f || c === 0xfeff || c === 0x2028 || c === 0x2029) clean = true;
			// Everything below U+0300 is already in NFC and composes with nothing before it.
			else if (c >= 0x300) nfc = true;
		}
		if (clean && nfc) break;
	}
	return { clean, nfc };
}

/** "fianc&#233;e" in text copied from a page's source: a numeric character reference. */
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|(\d{1,7}));/g;

/** The character a numeric reference stands for; kept as written when that is "&" (so decoding
 * once is enough), a control character or no character at all. */
function numericCharacter(ref: string, hex?: string, dec?: string): string {
	const code = hex ? parseInt(hex, 16) : Number(dec);
	if (code === 38 || code < 32 || (code >= 0x7f && code <= 0x9f) || code > 0x10ffff) return ref;
	if (code >= 0xd800 && code <= 0xdfff) return ref;
	return String.fromCodePoint(code);
}

/**
 * Canonical text form every offset refers to: no BOM, \n line ends (also for \v, \f, U+0085,
 * U+2028/9), NFC, no other control chars, tabs as single spaces, numeric character references
 * ("&#233;") decoded. Idempotent.
 */
export function normaliseText(raw: string): string {
	let s = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	if (s.includes('&#')) s = s.replace(NUMERIC_REFERENCE, numericCharacter);
	const { clean, nfc } = needsNormalising(s);
	if (clean) s = cleanChars(s);
	return nfc ? s.normalize('NFC') : s;
}

/** Code unit → folded code unit; 0 means unchanged. */
const FOLD_TABLE = new Uint16Array(0x10000);
function addFold(chars: string, to: string): void {
	for (const ch of chars) FOLD_TABLE[ch.charCodeAt(0)] = to.charCodeAt(0);
}
addFold('\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u2039\u203a\uff07\u00b4\u0060', "'");
addFold('\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02', '"');
addFold('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d', '-');
addFold(
	'\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000',
	' '
);
addFold('\u2026\u2024', '.');
// Full-width ASCII forms map onto ASCII one for one.
for (let c = 0xff01; c <= 0xff5e; c++) FOLD_TABLE[c] ||= c - 0xfee0;

/** Same-length, char-for-char folding of typographic variants to ASCII (quotes, dashes, spaces) for matching. */
export function foldText(text: string): string {
	let out = '';
	let last = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// Backtick is the only ASCII char that folds; everything else below U+00A0 is unchanged.
		if (c < 0xa0 && c !== 0x60) continue;
		const f = FOLD_TABLE[c];
		if (f === 0) continue;
		out += text.slice(last, i) + String.fromCharCode(f);
		last = i + 1;
	}
	return last === 0 ? text : out + text.slice(last);
}

// ---------------------------------------------------------------------------------------------
// Character classes (char codes; no regex in the hot loop)

function isSpace(c: number): boolean {
	return (
		c === 32 ||
		c === 9 ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200b) ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000
	);
}

function isUpper(ch: string): boolean {
	return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
	return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/** . ! ? and the ellipsis character */
function isTerminator(c: number): boolean {
	return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203d;
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloser(c: number): boolean {
	return (
		c === 34 ||
		c === 39 ||
		c === 41 ||
		c === 93 ||
		c === 125 ||
		c === 0x2019 ||
		c === 0x201d ||
		c === 0x00bb ||
		c === 0x203a
	);
}

/** Opening quotes and brackets that may precede a sentence's first word. */
function isOpener(c: number): boolean {
	return (
		c === 34 ||
		c === 39 ||
		c === 40 ||
		c === 91 ||
		c === 123 ||
		c === 0x2018 ||
		c === 0x201c ||
		c === 0x00ab ||
		c === 0x2039 ||
		c === 0x201e
	);
}

// ---------------------------------------------------------------------------------------------
// Sentence boundaries

const MAX_TOKEN = 24;

/**
 * The longest sentence handed on (characters). A longer unit, such as a run of text with no full stop, is
 * cut into pieces at spaces (or, with no space, anywhere but inside a surrogate pair), so every later stage
 * only sees bounded sentences. The longest sentence in 2,191 BBC articles is 1,063 characters (a team list).
 */
export const MAX_SENTENCE_CHARS = 1500;

/**
 * Cuts [start, end) into pieces of at most MAX_SENTENCE_CHARS, trimmed. Each cut backs up at most half a
 * piece to find a space, so the work is linear in the unit's length.
 */
function capUnit(text: string, start: number, end: number, out: Array<[number, number]>): void {
	let s = start;
	while (end - s > MAX_SENTENCE_CHARS) {
		let cut = s + MAX_SENTENCE_CHARS;
		let k = cut;
		while (k > s + MAX_SENTENCE_CHARS / 2 && !isSpace(text.charCodeAt(k))) k--;
		if (isSpace(text.charCodeAt(k))) cut = k;
		else if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
		let e = cut;
		while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
		if (e > s) out.push([s, e]);
		s = cut;
		while (s < end && isSpace(text.charCodeAt(s))) s++;
	}
	if (end > s) out.push([s, end]);
}

/** Abbreviations written in lower case that still count as abbreviations. */
const LOWERCASE_OK = new Set([
	'vs',
	'v',
	'cf',
	'viz',
	'ca',
	'approx',
	'incl',
	'esp',
	'etc',
	'no',
	'nos',
	'nr',
	'p',
	'pp',
	'fig',
	'figs',
	'vol',
	'vols',
	'ch',
	'chap',
	'para',
	'op',
	'sec',
	'sect',
	'art',
	'tel',
	'ext',
	'dept'
]);

/** The word starting at i (letters, digits, apostrophes, periods, hyphens), at most MAX_TOKEN chars. */
function wordAt(text: string, i: number, end: number): string {
	let j = i;
	while (j < end && j - i < MAX_TOKEN) {
		const c = text.charCodeAt(j);
		if (isSpace(c) || c === 44 || c === 59 || c === 58 || c === 41 || isCloser(c)) break;
		j++;
	}
	let w = text.slice(i, j);
	while (w.length > 1 && w.endsWith('.')) w = w.slice(0, -1);
	return w;
}

/** Prepositions after which a lone capital letter is a thing, not a person's initial. */
const PLACE_PREPOSITIONS = new Set([
	'on',
	'in',
	'at',
	'into',
	'onto',
	'via',
	'than',
	'over',
	'under',
	'about',
	'within',
	'across',
	'through'
]);

/** The whitespace-separated word ending just before `pos` (skipping spaces), bounded. */
function wordBefore(text: string, lineStart: number, pos: number): string {
	let e = pos;
	while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
	let b = e;
	while (b > lineStart && e - b < MAX_TOKEN && !isSpace(text.charCodeAt(b - 1))) b--;
	return text.slice(b, e).replace(/[,;:]+$/, '');
}

/**
 * Decides whether the period at `dot` (followed by whitespace, next word at `next`) ends a sentence.
 * Only looks at the token before the period and the word after it: constant work per period.
 */
function periodEndsSentence(
	text: string,
	lineStart: number,
	dot: number,
	next: number,
	lineEnd: number,
	namedLetters: Set<string>
): boolean {
	// Token before the period: back to whitespace or an opener, bounded so huge tokens stay cheap.
	let b = dot;
	while (b > lineStart && dot - b < MAX_TOKEN) {
		const c = text.charCodeAt(b - 1);
		if (isSpace(c) || isOpener(c) || c === 47) break;
		b--;
	}
	if (dot - b >= MAX_TOKEN) return true;
	const token = text.slice(b, dot);
	if (token.length === 0) return true;

	// What follows: skip openers; a quote or bracket opening the next part counts as a new start.
	let n = next;
	while (n < lineEnd && isOpener(text.charCodeAt(n))) n++;
	const opened = n > next;
	const nextWord = wordAt(text, n, lineEnd);
	const first = nextWord.charAt(0);
	const nextIsNumber = isDigit(text.charCodeAt(n));
	const nextLower = nextWord.toLowerCase();
	// Lower case runs on ("the U.S. in February"), except "eBay"/"iPhone"-style names.
	if (isLower(first) && !(nextWord.length > 1 && isUpper(nextWord.charAt(1)))) return false;
	const opener = SENTENCE_OPENERS.has(nextLower);

	// Single capital letter: an initial ("J. K. Rowling", "George W. Bush").
	if (token.length === 1 && isUpper(token)) {
		if (opened || nextIsNumber || opener) return true;
		// "posted on X. Talks resumed": after a place preposition a lone capital is a name or
		// symbol ending the sentence; elsewhere ("frontman J. Allard") it is an initial, unless the
		// text writes it as the end of a name elsewhere ("Malcolm X, who …").
		const word = wordBefore(text, lineStart, b);
		return PLACE_PREPOSITIONS.has(word) || namedLetters.has(`${word} ${token}`);
	}
	const key = token.toLowerCase();
	const dotted = key.includes('.');
	// An all-capitals word ("MS", "NO") is an acronym or shouting, not a known abbreviation.
	const acronym = !dotted && token === token.toUpperCase();
	const kind = acronym ? undefined : ABBREVIATIONS.get(key);
	if (kind && (dotted || !isLower(token.charAt(0)) || LOWERCASE_OK.has(key))) {
		switch (kind) {
			case 'title':
				return false;
			case 'number':
				return !nextIsNumber;
			case 'suffix':
				return !COMPANY_SUFFIXES.has(nextLower.replace(/\.$/, ''));
			case 'ambiguous':
				return opened || opener;
		}
	}
	// Dotted initialisms ("U.S.", "U.K.", "Ph.D."): a new sentence only before a typical opener.
	if (dotted && /^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$/.test(token)) {
		return opened || opener;
	}
	return true;
}

/**
 * Finds the next terminator at or after `from`. The last hit is cached, so a run of lines
 * without any terminator costs one scan in total, not one scan to the end of the text per line.
 */
function terminatorFinder(text: string): (from: number) => number {
	const re = /[.!?\u2026\u203d]/g;
	let lastFrom = -1;
	let hit = -1;
	return (from) => {
		if (from >= lastFrom && (hit >= from || (hit < 0 && lastFrom >= 0))) {
			lastFrom = from;
			return hit;
		}
		lastFrom = from;
		re.lastIndex = from;
		const m = re.exec(text);
		hit = m ? m.index : -1;
		return hit;
	};
}

/**
 * Splits one line's content [start, end) into sentence ranges (trimmed). Linear: every char is
 * visited once by the main loop; lookups around a terminator are bounded.
 */
/**
 * "Malcolm X", "Plan B": a word and a lone capital the text writes as a name with no full stop after
 * the letter ("Malcolm X, who …"), so that "Malcolm X. Attallah Shabazz …" ends a sentence after it.
 */
function lettersOfNames(text: string): Set<string> {
	const names = new Set<string>();
	for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+) (\p{Lu})(?=[,;:)'"’”]|\s+\p{Ll}|\s*$)/gmu))
		names.add(`${m[1]} ${m[2]}`);
	return names;
}

function splitLine(
	text: string,
	start: number,
	end: number,
	nextTerminator: (from: number) => number,
	namedLetters: Set<string> = new Set()
): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let s = start;
	let i = start;
	while (i < end) {
		const hit = nextTerminator(i);
		if (hit < 0 || hit >= end) break;
		i = hit;
		const termStart = i;
		let dots = 0;
		let strong = false;
		while (i < end && isTerminator(text.charCodeAt(i))) {
			const t = text.charCodeAt(i);
			if (t === 46) dots++;
			else if (t === 0x2026) dots += 3;
			else strong = true;
			i++;
		}
		while (i < end && isCloser(text.charCodeAt(i))) i++;
		const closeEnd = i;
		if (i >= end) break;
		if (!isSpace(text.charCodeAt(i))) continue; // "3.5", "U.S.-Mexico", "example.com"
		let n = i;
		while (n < end && isSpace(text.charCodeAt(n))) n++;
		if (n >= end) break;
		let breaks: boolean;
		if (strong || dots > 1) {
			// ? ! and ellipses end a sentence unless the text runs on in lower case.
			let k = n;
			while (k < end && isOpener(text.charCodeAt(k))) k++;
			const ch = text.charAt(k);
			// "Salaam Bombay! - nominated for …": a dash after "!" runs the sentence on (a title's "!").
			breaks = !(isLower(ch) && !isUpper(text.charAt(k + 1))) && !/[-–—]/.test(ch);
		} else {
			breaks = periodEndsSentence(text, start, termStart, n, end, namedLetters);
		}
		if (breaks) {
			out.push([s, closeEnd]);
			s = n;
		}
		i = n;
	}
	let e = end;
	while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
	if (e > s) out.push([s, e]);
	if (!out.some(([a, b]) => b - a > MAX_SENTENCE_CHARS)) return out;
	const capped: Array<[number, number]> = [];
	for (const [a, b] of out) capUnit(text, a, b, capped);
	return capped;
}

// ---------------------------------------------------------------------------------------------
// Boilerplate rules (tested on folded, lower-cased, short strings only)

const HEAD_LIMIT = 300;
const CONTAINS_LIMIT = 1000;

const PREFIX_RULES: Array<[RegExp, string]> = [
	[/^(?:©|\(c\) ?(?:19|20)\d\d|copyright\b)/, 'copyright'],
	[/^(?:disclaimer|disclosure|legal notice|our standards)\s*[:-]/, 'disclaimer'],
	[
		/^(?:read (?:more|next|also)|also read|see also|also see|more on this(?: story)?|must read|don'?t miss|you (?:may|might) also like|related(?: articles?| stories| news| coverage| content| reading| links?)?|recommended(?: reading| stories| articles| for you)?|trending(?: now)?|top stories|most read)(?:\s*[:|>»-]|$)/,
		'read-more'
	],
	[/^(?:read more|read also|also read|read next) /, 'read-more'],
	[
		/^(?:to (?:read|view|access|see|get) (?:the|this) (?:full|complete|entire|rest)|(?:to )?continue reading|subscribe\b|subscribers? only|sign up (?:for|to|now|here|today)|already (?:a subscriber|have an account)|(?:log ?in|sign in|register) to (?:read|continue|view)|click here to (?:subscribe|read|sign|register)|this (?:article|story|content) is (?:only )?(?:available|reserved) (?:only )?(?:to|for) (?:subscribers|members)|unlock (?:this|the full|unlimited)|support (?:our|independent|quality) journalism|become a (?:member|subscriber)|download (?:our|the) app|get (?:our|the) (?:daily |free |weekly )?newsletter|contact us[.!]?$)/,
		'subscription'
	],
	[
		/^(?:images? (?:via|by|courtesy|credits?|source)\b|(?:images?|photos?|photographs?|pictures?|pics?|illustration|graphic)(?: credits?)?\s*:|(?:photo|photograph|picture|image)s? (?:by|via|courtesy|credits?)\b|(?:file|representational|representative) (?:photo|image|picture)\b|credits?\s*:|\((?:photo|image|picture|pic|file photo)\b)/,
		'image-credit'
	],
	[
		/^(?:share (?:this|on|via)\b|follow (?:us|me|him|her|them)\b|follow @|like us on|join (?:us|our) (?:on|whatsapp|telegram)|click (?:to|here to) share|tweet this|(?:share|tweet|email|print|comments?)\s*$)/,
		'social'
	],
	// "Listen to the full interview on Sport on Five from 1900 GMT": where else to hear or see it.
	[
		/^(?:listen (?:to|again)|watch|hear) (?:the |our |this )?(?:full|whole|complete|entire|latest) (?:interview|programme|program|report|show|match|debate|coverage|commentary|highlights)\b/,
		'read-more'
	],
	[
		/^\(?(?:with (?:agency )?inputs? from|inputs? from|with agency inputs|additional reporting (?:by|from)|reporting by|editing by|writing by)\b/,
		'credit'
	]
];

/** [pattern, reason, literals one of which must occur in the document for the pattern to be tried] */
const CONTAINS_RULES: Array<[RegExp, string, string[]]> = [
	[
		/©|\ball rights reserved\b|\(c\) ?(?:19|20)\d\d\b|\bcopyright (?:\(c\) |(?:19|20)\d\d\b)/,
		'copyright',
		['©', 'reserved', '(c)', 'copyright']
	],
	[
		/\b(?:does not|do not|doesn't|don't) (?:provide|offer|constitute|give) (?:any )?(?:investment|financial|legal|tax) advice|\b(?:is|are) not (?:intended as |meant as |to be construed as )?(?:investment|financial) advice|\bfor (?:general )?informational purposes only|\bthe views (?:and opinions )?expressed (?:in|here)/,
		'disclaimer',
		['advice', 'informational', 'expressed']
	]
];

const AGENCY_GUARD = [
	'getty',
	'shutterstock',
	'istock',
	'ap photo',
	'alamy',
	'unsplash',
	'/reuters',
	'/afp',
	'/ap'
];
const AGENCY_WORDS =
	/\b(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp via getty|alamy|unsplash)\b|\/(?:reuters|afp|ap|getty)\b/;

/** Prefix rules compiled into one anchored alternation, one named group per reason. */
const PREFIX_RE = new RegExp(
	PREFIX_RULES.map(([re, reason], i) => `(?<${reason.replace('-', '_')}${i}>${re.source.slice(1)})`)
		.join('|')
		.replace(/^/, '^(?:') + ')'
);

/** Which document-wide literal guards fired (so per-sentence contains-tests run only when needed). */
interface Guards {
	contains: boolean[];
	agency: boolean;
	newsletter: boolean;
}

/** Which guard literals occur anywhere in the document (a few fast substring scans). */
function documentGuards(lower: string): Guards {
	return {
		contains: CONTAINS_RULES.map(([, , guard]) => guard.some((w) => lower.includes(w))),
		agency: AGENCY_GUARD.some((w) => lower.includes(w)),
		newsletter: lower.includes('newsletter')
	};
}

/** The boilerplate reason for a unit (folded, lower-cased) and whether a prefix rule fired. */
function classifyUnit(
	folded: string,
	short: boolean,
	guards: Guards
): { reason: string; prefix: boolean } | null {
	const head = folded.length > HEAD_LIMIT ? folded.slice(0, HEAD_LIMIT) : folded;
	const m = PREFIX_RE.exec(head);
	if (m?.groups) {
		for (const [name, value] of Object.entries(m.groups)) {
			if (value !== undefined)
				return { reason: name.replace(/\d+$/, '').replace('_', '-'), prefix: true };
		}
	}
	if (folded.length <= (short ? HEAD_LIMIT : CONTAINS_LIMIT)) {
		for (let r = 0; r < CONTAINS_RULES.length; r++) {
			const [re, reason] = CONTAINS_RULES[r];
			if (guards.contains[r] && re.test(folded)) return { reason, prefix: false };
		}
	}
	if (
		guards.newsletter &&
		folded.length <= 150 &&
		/\bnewsletters?\b/.test(folded) &&
		/\b(?:sign up|subscribe|get|receive|join|our|free|weekly|daily|inbox)\b/.test(folded)
	) {
		return { reason: 'subscription', prefix: false };
	}
	if (guards.agency && folded.length <= 120 && AGENCY_WORDS.test(folded)) {
		const words = folded.split(' ').length;
		if (words <= 10 && !/[.!?]["')]*$/.test(folded))
			return { reason: 'image-credit', prefix: false };
	}
	return null;
}

/** Whether a parenthesised group's content is a photo or agency credit ("X", "AP", "Photo: ..."). */
function isCreditContent(inner: string): boolean {
	const s = inner.trim().toLowerCase();
	if (s.length === 0 || s.length > 40 || s.split(/\s+/).length > 5) return false;
	if (CREDIT_SOURCES.has(s)) return true;
	return /^(?:photo|image|picture|pic|credit|courtesy|file|representational)\b|\b(?:photo|photograph|image|images|pic|picture|credit)s?\b/.test(
		s
	);
}

/** If [start,end) ends with a credit group "(...)", returns where the group starts; else -1. */
function trailingCredit(text: string, start: number, end: number): number {
	if (text.charCodeAt(end - 1) !== 41) return -1;
	// Bounded backward search: credits are short, and long units must stay linear.
	const from = Math.max(start, end - 45);
	let open = end - 2;
	while (open >= from && text.charCodeAt(open) !== 40) open--;
	if (open < from) return -1;
	return isCreditContent(text.slice(open + 1, end - 1)) ? open : -1;
}

/** If [start,end) starts with a credit group "(...)", returns the index after ")"; else -1. */
function leadingCredit(text: string, start: number, end: number): number {
	if (text.charCodeAt(start) !== 40) return -1;
	const to = Math.min(end, start + 44);
	let close = start + 1;
	while (close < to && text.charCodeAt(close) !== 41) close++;
	if (close >= to) return -1;
	return isCreditContent(text.slice(start + 1, close)) ? close + 1 : -1;
}

// ---------------------------------------------------------------------------------------------
// Dates, metadata and datelines

/** What may follow a date on a metadata line: punctuation, or a short "Updated ..." note. */
const METADATA_TAIL = /^[\s|,;.·•-]*(?:(?:last )?updated\b[^.!?]{0,40})?$/i;

const META_KEY =
	/^(?:(first |last )?(published|posted|updated|modified|date|dated)(?: on| at)?)(?:\s*:\s*|\s+)/i;

interface MetaMatch {
	/** Chars of the line consumed by the key and date (from the line start). */
	length: number;
	date?: string;
	updated: boolean;
	/** Nothing but the metadata on the line. */
	whole: boolean;
}

/** Recognises "date 2025-10-31", "Published: 3 March 2024 10:00 GMT", "Updated: 2 hours ago". */
function matchMetadata(line: string): MetaMatch | null {
	const k = META_KEY.exec(line);
	if (!k) {
		// A line holding nothing but a full date ("March 3, 2024 10:15 AM EST Updated 2 hours ago").
		const d = dateAtStart(line);
		if (!d || !METADATA_TAIL.test(line.slice(d.length))) return null;
		return { length: line.length, date: d.iso, updated: false, whole: true };
	}
	const updated = /updated|modified/i.test(k[2]);
	const rest = line.slice(k[0].length);
	const d = dateAtStart(rest);
	if (d) {
		const length = k[0].length + d.length;
		const tail = line.slice(length);
		return { length, date: d.iso, updated, whole: METADATA_TAIL.test(tail) };
	}
	// A bare "Updated: 2 hours ago" style line: key with a colon, short, no sentence.
	if (k[0].includes(':') && line.length <= 60 && !/[.!?]$/.test(line)) {
		return { length: line.length, updated, whole: true };
	}
	return null;
}

const PLACE_WORD = "[A-Z][A-Za-z'.-]*";
const PLACE = `${PLACE_WORD}(?: (?:${PLACE_WORD}|de|del|la|le|el|al|of|upon|am|on|sur|du|des)){0,4}`;
const DATELINE_RE = new RegExp(
	`^(${PLACE}(?:, ${PLACE_WORD}(?: ${PLACE_WORD}){0,2})?)?` +
		`(?:(?:^|,? )(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?)?` +
		`(?: ?\\(([A-Za-z][A-Za-z .&'/-]{0,30})\\))?` +
		`(?: +(--?)|(:)) *`
);

interface DatelineMatch {
	end: number;
	next: number;
	place?: string;
	month?: number;
	day?: number;
	year?: number;
}

/** A dateline at the start of the (folded) first body line. */
function matchDateline(folded: string): DatelineMatch | null {
	const m = DATELINE_RE.exec(folded.slice(0, 160));
	if (!m || m[0].length === 0) return null;
	const place = m[1]?.replace(/,$/, '');
	const month = m[2] ? MONTHS.get(m[2].toLowerCase()) : undefined;
	const agency = m[5];
	const sep = m[6] ?? m[7];
	const allCaps = !!place && /[A-Z]{2}/.test(place) && place === place.toUpperCase();
	if (!place && !month && !agency) return null;
	if (!month && !agency && !allCaps) return null;
	if (sep === ':' && !allCaps) return null;
	const next = m[0].length;
	const after = folded.charAt(next);
	if (!after || isLower(after)) return null;
	let end = next;
	while (end > 0 && folded.charAt(end - 1) === ' ') end--;
	const day = m[3] ? +m[3] : undefined;
	if (day !== undefined && (day < 1 || day > 31)) return null;
	return {
		end,
		next,
		place: place || undefined,
		month,
		day,
		year: m[4] ? +m[4] : undefined
	};
}

// ---------------------------------------------------------------------------------------------
// Line shapes

interface Line {
	start: number;
	end: number;
	blankBefore: boolean;
}

function contentLines(text: string): Line[] {
	const lines: Line[] = [];
	let pos = 0;
	let blank = true;
	const len = text.length;
	while (pos <= len) {
		let nl = text.indexOf('\n', pos);
		if (nl < 0) nl = len;
		let s = pos;
		let e = nl;
		while (s < e && isSpace(text.charCodeAt(s))) s++;
		while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
		if (e > s) {
			lines.push({ start: s, end: e, blankBefore: blank });
			blank = false;
		} else {
			blank = true;
		}
		pos = nl + 1;
	}
	return lines;
}

/** Strips trailing closing quotes/brackets and returns the last meaningful char. */
function lastMeaningful(s: string): string {
	let e = s.length;
	while (e > 0 && isCloser(s.charCodeAt(e - 1))) e--;
	return s.charAt(e - 1);
}

function wordsOf(s: string): string[] {
	return s.split(/\s+/).filter((w) => w.length > 0);
}

function isHeadlineLine(s: string, blankAfter: boolean): boolean {
	if (s.length > 250) return false;
	const words = wordsOf(s);
	if (words.length > 30) return false;
	const last = lastMeaningful(s);
	if (last === '.' && s.replace(/["')\]’”]+$/, '').endsWith('...')) return blankAfter;
	if (last === '\u2026') return blankAfter;
	if (last === '?' || last === '!') return blankAfter && words.length <= 20;
	return !'.,;:'.includes(last);
}

function isHeadingLine(s: string): boolean {
	if (s.length > 100 || !/^[\p{L}\p{N}"'‘“]/u.test(s)) return false;
	const last = lastMeaningful(s);
	if ('.,;:!?\u2026'.includes(last)) return false;
	const words = wordsOf(s);
	if (words.length === 0 || words.length > 14) return false;
	let sawWord = false;
	for (const raw of words) {
		const w = raw.replace(/^["'([‘“]+/, '');
		const ch = w.charAt(0);
		if (isLower(ch)) {
			if (!sawWord) return false;
			if (!TITLE_SMALL_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, ''))) return false;
		}
		if (ch) sawWord = true;
	}
	return /\p{L}/u.test(s);
}

function isBylineLine(s: string): boolean {
	if (s.length > 120 || !/^by [A-Z]/i.test(s) || !/^[Bb]y /.test(s)) return false;
	if (/[.!?]$/.test(s)) return false;
	const words = wordsOf(s.slice(3).replace(/[,|]/g, ' '));
	if (words.length === 0 || words.length > 10) return false;
	return words.every(
		(w) => isUpper(w.charAt(0)) || ['and', '&', 'in', 'for', 'of', 'the', 'at', '-'].includes(w)
	);
}

/** Length of a bullet marker ("- ", "• ", "1. ", "a) ") at the start of a line, or 0. */
function bulletLength(s: string): number {
	const m = /^(?:[-*•·▪►‣–—]|\(?\d{1,3}[.)]|\(?[a-z][)])\s+/.exec(s.slice(0, 8));
	return m ? m[0].length : 0;
}

/**
 * Where a section heading run into its paragraph ends: "WHEN AND WHERE The tradition …" (scraped
 * pages lose the heading's line break). Two or more words in capitals, two of them three letters or
 * more, then a capitalised word in lower case; -1 when the unit does not open so.
 */
function inlineHeadingEnd(text: string, start: number, end: number): number {
	const re = /\S+/gy;
	re.lastIndex = start;
	let caps = 0;
	let long = 0;
	for (let words = 0; words < 12; words++) {
		const m = re.exec(text);
		if (!m || m.index >= end) return -1;
		const w = m[0];
		if (/^[A-Z][A-Z'’&-]*[?!:]?$/.test(w)) {
			caps++;
			if (w.replace(/[^A-Z]/g, '').length >= 3) long++;
		} else return caps >= 2 && long >= 2 && /^["“‘']?[A-Z][a-z]/.test(w) ? m.index : -1;
		while (re.lastIndex < end && isSpace(text.charCodeAt(re.lastIndex))) re.lastIndex++;
	}
	return -1;
}

/** Whether [start,end) holds any letter or digit (bounded: a real sentence has one early). */
function hasWordChar(text: string, start: number, end: number): boolean {
	const to = Math.min(end, start + 200);
	for (let i = start; i < to; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0)
			return true;
	}
	return to < end;
}

// ---------------------------------------------------------------------------------------------
// The segmenter

/** Cleans and segments an article into headline, dateline, metadata, headings, dropped boilerplate and sentences. */
export function segmentText({ text: input }: { text: string }): Segmented {
	const text = normaliseText(input);
	const out: Segmented = { text, sentences: [], headings: [], dropped: [], metadata: {} };
	const lines = contentLines(text);
	let updatedDate: string | undefined;

	const drop = (start: number, end: number, reason: string) => {
		if (end > start) out.dropped.push({ start, end, reason });
	};
	const noteDate = (meta: MetaMatch) => {
		if (!meta.date) return;
		if (meta.updated) updatedDate ??= meta.date;
		else out.metadata.date ??= meta.date;
	};
	const slice = (s: number, e: number) => text.slice(s, e);
	const foldedText = foldText(text);
	const fold = (s: number, e: number) => foldedText.slice(s, e);
	// Lower-casing once is only offset-safe when it keeps the length (it almost always does).
	const lowerText = foldedText.toLowerCase();
	const lowerSafe = lowerText.length === foldedText.length;
	const lower_ = (s: number, e: number) =>
		lowerSafe ? lowerText.slice(s, e) : foldedText.slice(s, e).toLowerCase();
	const guards = documentGuards(lowerText);
	const nextTerminator = terminatorFinder(text);
	const namedLetters = lettersOfNames(text);

	// --- Preamble: leading metadata lines, headline, bylines/metadata after it, then the dateline.
	let li = 0;
	let bodyStart = -1; // content start override for the first body line
	while (li < lines.length) {
		const line = lines[li];
		const meta = matchMetadata(fold(line.start, Math.min(line.end, line.start + 120)));
		if (!meta) {
			if (!isBylineLine(slice(line.start, line.end)) || !lines[li + 1]) break;
			drop(line.start, line.end, 'byline');
			li++;
			continue;
		}
		noteDate(meta);
		if (meta.whole) {
			drop(line.start, line.end, 'metadata');
			li++;
			continue;
		}
		drop(line.start, line.start + meta.length, 'metadata');
		bodyStart = line.start + meta.length;
		break;
	}
	if (li < lines.length && bodyStart < 0) {
		const line = lines[li];
		const next = lines[li + 1];
		const s = slice(line.start, line.end);
		if (
			next &&
			isHeadlineLine(s, next.blankBefore) &&
			!matchDateline(foldText(s)) &&
			!classifyUnit(foldText(s).toLowerCase(), true, guards)
		) {
			out.headline = { start: line.start, end: line.end, text: s };
			li++;
			while (li < lines.length) {
				const l = lines[li];
				const ls = slice(l.start, l.end);
				const meta = matchMetadata(foldText(ls.slice(0, 120)));
				if (meta?.whole) {
					noteDate(meta);
					drop(l.start, l.end, 'metadata');
				} else if (isBylineLine(ls)) {
					drop(l.start, l.end, 'byline');
				} else break;
				li++;
			}
		}
	}
	if (li < lines.length) {
		const line = lines[li];
		let s = bodyStart >= 0 ? bodyStart : line.start;
		while (s < line.end && isSpace(text.charCodeAt(s))) s++;
		const dl = matchDateline(fold(s, Math.min(line.end, s + 160)));
		if (dl && s + dl.next < line.end) {
			out.dateline = { start: s, end: s + dl.end };
			if (dl.place) out.dateline.place = dl.place;
			if (dl.month) out.dateline.month = dl.month;
			if (dl.day) out.dateline.day = dl.day;
			if (dl.year) out.dateline.year = dl.year;
			s += dl.next;
		}
		if (s !== line.start) lines[li] = { ...line, start: s };
	}

	// --- Body lines.
	let paragraph = 0;
	let readMoreTail = 0;
	for (let k = li; k < lines.length; k++) {
		const line = lines[k];
		const raw = slice(line.start, line.end);
		const folded = fold(line.start, line.end);
		const lower = lower_(line.start, line.end);
		const short = raw.length <= HEAD_LIMIT;

		if (k > li || bodyStart < 0) {
			const meta = short ? matchMetadata(folded) : null;
			if (meta?.whole) {
				noteDate(meta);
				drop(line.start, line.end, 'metadata');
				continue;
			}
		}
		const lineClass = classifyUnit(lower, short, guards);
		// Whole lines go only on a prefix rule; "contains" rules judge single sentences below.
		if (lineClass?.prefix) {
			const lineReason = lineClass.reason;
			drop(line.start, line.end, lineReason);
			readMoreTail = lineReason === 'read-more' && /^[^:]*:?\s*$/.test(lower) ? 3 : 0;
			continue;
		}
		const titleLike = short && !/[.!?]["')’”]*$/.test(raw) && wordsOf(raw).length <= 20;
		if (readMoreTail > 0 && titleLike) {
			drop(line.start, line.end, 'read-more');
			readMoreTail--;
			continue;
		}
		readMoreTail = 0;
		if (isBylineLine(raw)) {
			drop(line.start, line.end, 'byline');
			continue;
		}
		const bullet = bulletLength(raw);
		const between = k > 0 && k + 1 < lines.length;
		if (between && k !== li && !bullet && isHeadingLine(raw)) {
			out.headings.push({ start: line.start, end: line.end, text: raw });
			continue;
		}

		const from = line.start + bullet;
		const units = splitLine(text, from, line.end, nextTerminator, namedLetters);
		const before = out.sentences.length;
		for (let u = 0; u < units.length; u++) {
			const ue = units[u][1];
			let us = units[u][0];
			// "(X)" after a caption sentence: caption and credit go together.
			const lead = leadingCredit(text, us, ue);
			if (lead > 0) {
				// A dash or colon right after the credit ("(Reuters) - ...") goes with it.
				let cut = lead;
				let p = lead;
				while (p < ue && isSpace(text.charCodeAt(p))) p++;
				let q = p;
				while (q < ue && q - p < 2 && foldedText.charCodeAt(q) === 45) q++;
				if (q === p && foldedText.charCodeAt(p) === 58) q = p + 1;
				if (q > p && (q >= ue || isSpace(text.charCodeAt(q)))) cut = q;
				const prev = u > 0 ? units[u - 1] : null;
				const prevKept =
					prev &&
					out.sentences.length > 0 &&
					out.sentences[out.sentences.length - 1].start === prev[0];
				if (prevKept && prev) {
					out.sentences.pop();
					drop(prev[0], cut, 'caption');
				} else {
					drop(us, cut, 'image-credit');
				}
				us = cut;
				while (us < ue && isSpace(text.charCodeAt(us))) us++;
				if (us >= ue) continue;
			}
			const heading = inlineHeadingEnd(text, us, ue);
			if (heading > 0) {
				const title = text.slice(us, heading).trimEnd();
				out.headings.push({ start: us, end: us + title.length, text: title });
				us = heading;
			}
			if (!hasWordChar(text, us, ue)) {
				drop(us, ue, 'noise');
				continue;
			}
			const unitClass = classifyUnit(lower_(us, ue), false, guards);
			if (unitClass) {
				drop(us, ue, unitClass.reason);
				continue;
			}
			if (trailingCredit(text, us, ue) >= 0) {
				drop(us, ue, 'caption');
				continue;
			}
			out.sentences.push({
				index: out.sentences.length,
				start: us,
				end: ue,
				text: text.slice(us, ue),
				paragraph
			});
		}
		if (out.sentences.length > before) paragraph++;
	}
	if (!out.metadata.date && updatedDate) out.metadata.date = updatedDate;
	out.dropped.sort((a, b) => a.start - b.start);
	return out;
}
