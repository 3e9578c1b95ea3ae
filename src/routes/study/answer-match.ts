/**
 * Forgiving comparison of a typed answer with a card's answer: case, punctuation, diacritics,
 * "per cent"/"percent"/"%", dotted abbreviations (U.S. = US), leading articles, small number words,
 * and one typo in a longer answer.
 */

/** How a typed answer compares: right, nearly right (a typo), or wrong; with the rating to propose. */
export interface AnswerMatch {
	verdict: 'correct' | 'close' | 'wrong';
	/** 1 Again, 3 Good, 2 Hard for a near miss. */
	suggestedRating: 1 | 2 | 3;
	/** The accepted answer the typed text matched most closely. */
	matched: string;
}

const NUMBER_WORDS: Record<string, string> = {
	zero: '0',
	one: '1',
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
	ten: '10',
	eleven: '11',
	twelve: '12',
	fifteen: '15',
	twenty: '20',
	thirty: '30',
	forty: '40',
	fifty: '50',
	hundred: '100'
};

/** Reduces an answer to the form two equivalent answers share. */
export function normalizeAnswer(text: string): string {
	let s = text.normalize('NFKD').replace(/\p{M}+/gu, '');
	s = s.toLowerCase().replace(/[\u2018\u2019\u201c\u201d]/g, "'");
	// Words for percent become the sign, before punctuation goes.
	s = s.replace(/\s*\b(per\s*cent|percent|pct)\b/g, '%');
	// Dotted abbreviations: "u.s." and "u. s." -> "us".
	s = s.replace(/\b([a-z])\.\s?(?=[a-z]\.)/g, '$1').replace(/\b([a-z])\.(?=\s|$)/g, '$1');
	// Thousands separators: 1,000 -> 1000; decimals keep their point.
	s = s.replace(/(\d),(?=\d{3}\b)/g, '$1');
	s = s.replace(/[^\p{L}\p{N}%.\s]/gu, ' ').replace(/\.(?!\d)/g, ' ');
	const words = s.split(/\s+/).filter(Boolean);
	while (words.length > 1 && ['the', 'a', 'an'].includes(words[0])) words.shift();
	return words
		.map((w) => NUMBER_WORDS[w] ?? w)
		.join(' ')
		.replace(/ %/g, '%');
}

/** Edit distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			best = Math.min(best, row[j]);
		}
		if (best > limit) return limit + 1;
		prev = row;
	}
	return prev[b.length];
}

/** Compares what the user typed with the answer and its accepted variants. */
export function matchAnswer({
	typed,
	answer,
	accept = []
}: {
	typed: string;
	answer: string;
	accept?: string[];
}): AnswerMatch {
	const given = normalizeAnswer(typed);
	const candidates = [answer, ...accept].filter((c) => c.trim());
	if (!given) return { verdict: 'wrong', suggestedRating: 1, matched: answer };
	for (const candidate of candidates)
		if (normalizeAnswer(candidate) === given)
			return { verdict: 'correct', suggestedRating: 3, matched: candidate };
	for (const candidate of candidates) {
		const target = normalizeAnswer(candidate);
		// Numbers must be exact: "25%" is not a typo of "26%".
		if (/\d/.test(target) || target.length < 5) continue;
		const limit = target.length >= 12 ? 2 : 1;
		if (distance(given, target, limit) <= limit)
			return { verdict: 'close', suggestedRating: 2, matched: candidate };
	}
	return { verdict: 'wrong', suggestedRating: 1, matched: answer };
}
