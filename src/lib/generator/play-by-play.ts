/**
 * A match report's play-by-play: the minute of a save, who crossed for whom, a tackle on 75 minutes.
 * Reviewers kept 6 of 40 cards from such sentences, against the goals, tries and results around them.
 */

/** When in a match it happened: "in the 33rd minute", "on 54 minutes", "eight minutes remaining". */
const MATCH_TIME =
	/\b(\d+(st|nd|rd|th)[- ]minute|(on|after|in|within)\s+(the\s+)?\d+\s+(minutes|seconds)|minutes?\s+(left|remaining|to go)|(in|within) the (first|last|final|opening|closing) \d+ minutes|\d+ minutes (after|before|into) (the )?(break|interval|half-time|restart|second half)|stoppage time|injury time|extra[- ]time)\b/i;

/** What happens in play, named unambiguously: a free-kick, the crossbar, a break point. */
const PLAY_TERMS =
	/\b(free[- ]kicks?|corner[- ]kicks?|drop[- ]goals?|line-?outs?|touchline|crossbar|woodwork|(far|near) post|penalty spot|(set|break|match) points?|double faults?|sent off|(yellow|red)[- ]card(ed)?|sin[- ]bin(ned)?|c[ao]me on (as a substitute )?for|(lost|surrendered|conceded) possession|kicked (\p{L}+ )*penalt(y|ies)|-minute penalty|penalty (by|from) \p{Lu}|fouled|loose ball|danger zone|(headed|shot|fired|curled|drove|blazed|volleyed|lobbed) (just )?(wide|over|clear)|(right|left) of the area|(penalty|six-yard) (area|box)|off-?loads?|dummy|rucks?|scrums?|cut-out pass|run-in|(hit|hits|struck|strikes) the (upright|post|bar)|penalty attempts?|unable to convert|(the|an?) (\p{L}+ )?conversion(?!\s+(of|to|into|rates?|costs?|fees?)\b)|\d+ yards|\d+-yard|yards (out|from))\b/iu;

/** An action of play as a noun after a determiner or an adjective: "a low shot", "Gerrard's cross". */
const PLAY_NOUNS =
	/\b(a|an|the|his|her|their|its|good|fine|superb|low|late|powerful|weak|double|great|fierce|curling|stunning|brilliant|[\p{L}]+['’]s|[\p{L}]+s['’])\s+([\p{L}-]+\s+)?(header|volley|cross|shot|save|tackle)\b(?![- ]country)/iu;

/** What a match turned on, worth a card even in play-by-play: a goal, a try, a result. */
const RESULT_TERMS =
	/\b(scored|scores|(?<!\b(of|on|at|towards|for) )goals?(?!keeper|mouth|line|-?kick)|try|tries|winner|equaliser|equalizer|won|defeat(s|ed)?|drew|(a|the|goalless|scoreless|battling|\d+-\d+) draw|(lost|loss) to|equali[sz](ed|ing)|levell?ed|(put|puts|putting) \p{Lu}\p{L}* (ahead|in front)|beat(?!\s+(away|out|off|back|down))|victory|hat-trick|deadlock|opener|\d+-\d+)\b/iu;

/** Is the sentence a moment of play that decided nothing (no goal, try or result in it)? */
export function playByPlay(sentence: string): boolean {
	if (RESULT_TERMS.test(sentence)) return false;
	return MATCH_TIME.test(sentence) || PLAY_TERMS.test(sentence) || PLAY_NOUNS.test(sentence);
}

/** Does the sentence tell a goal, a try or a result? */
export function decisive(sentence: string): boolean {
	return RESULT_TERMS.test(sentence);
}

/**
 * Where a match report's line names who decided it: its opening words ("Striker […] secured victory",
 * "Fly-half […] kicked …") or after a score's "from" or "by" ("a third try from wing […]").
 */
const DECIDER_PLACE =
	/(^[^\p{L}]*|\b(try|tries|goals?|penalt(y|ies)|drop(ped)?[- ]goals?|conversions?|strikes?|headers?|finish|scores|points|winner|equali[sz]er|opener) (from|by) )((the )?[\p{Ll}-]+ |[\p{Lu}][\p{Ll}-]+ )?$/u;

/**
 * Is a gap after `before` in a match report's line the one who decided it? Anyone else in the line
 * made the pass, the foul or the save around it: colour, not a fact to learn.
 */
export function deciderPlace(before: string): boolean {
	return DECIDER_PLACE.test(before);
}

/** Reported speech: an article that quotes people about a match discusses it, it does not narrate it. */
const SPEECH = /\b(said|says|told|added|admitted|insisted)\b|["“]/;

/**
 * Is the article a match report: four or more of its sentences, and at least a seventh of them,
 * moments of play, and under a third of them quoting anyone? In one, a line that tells no goal, try
 * or result is colour: who was in good voice, who a header fell to (reviewers kept 2 of 14 such cards).
 */
export function matchReport(sentences: readonly string[]): boolean {
	const plays = sentences.filter(playByPlay).length;
	const speech = sentences.filter((s) => SPEECH.test(s)).length;
	return plays >= 4 && plays * 7 >= sentences.length && speech * 3 < sentences.length;
}
