/**
 * What the card ranker looks at: features read off a written card and the article it came from.
 * They are plain text measures, so the same function scores a card while the deck is generated and a
 * reviewed card from a label file when the model is fitted (scripts/train-ranker.ts).
 */

/** A written card as the ranker sees it. */
export interface RankedCard {
	type: 'qa' | 'cloze' | string;
	question: string;
	answer: string;
	choices?: readonly string[];
	/** The cited sentence(s). */
	sentence: string;
	/** The whole article the sentence is from. */
	article: string;
	/** Where the sentence starts in the article (0 … 1). */
	position: number;
}

export type Features = Record<string, number>;

const MONTH =
	/\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const NUMBER_WORD =
	/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|half|quarter)\b/i;
const PRONOUN_START = /^\s*["“‘']?(he|she|it|they|this|these|those|his|her|its|their|we|i|you)\b/i;
const CONNECTOR_START =
	/^\s*["“‘']?(but|however|and|so|also|meanwhile|yet|still|instead|then|now|or)\b/i;
const GENERIC_START = /^\s*["“‘']?the\s+[a-z]/;
const GENERIC_REFERENCE =
	/\b(the|this|that|its) (firm|company|group|club|team|country|side|deal|move|figure|report|plan|bill|scheme|body|minister|star|band|singer|player|film|show|game|race|event|award|project|firm's|company's|club's)\b/i;
const PRONOUN = /\b(he|she|they|him|her|them|his|their|its|it)\b/i;
const FIRST_PERSON = /\b(I|we|my|our|us|you|your)\b/;
const REPORTER = /\b(correspondent|reporter|editor|BBC's|BBC News|told the BBC|told BBC)\b/;
const PLACE_PREPOSITION = /\b(in|at|on|from|to|near)\s*$/i;
const BLANK = '[…]';

const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%£$€-]*/gu) ?? [];
const fold = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const log1p = (n: number): number => Math.log(1 + n);

/** A gap right beside a capitalised word or a figure hides part of a longer name ("[…] 4 soap"). */
function partOfName(before: string, after: string): boolean {
	const last = before.trimEnd().split(/\s+/).at(-1) ?? '';
	const next = after.trimStart().split(/\s+/)[0] ?? '';
	const capital = (w: string) => /^[\p{Lu}\d]/u.test(w) && !/^(The|A|An)$/.test(w);
	return (before.trim() !== '' && capital(last)) || (capital(next) && !/^[.,;:!?]/.test(next));
}

/** Capitalised words after the first: a rough count of the names that anchor a text. */
function namesIn(text: string): number {
	return words(text)
		.slice(1)
		.filter((w) => /^\p{Lu}/u.test(w)).length;
}

function whFamily(question: string): string {
	const q = question.trim();
	if (/^Who said\b/i.test(q)) return 'who_said';
	if (/^What (position|job|title|role)\b/i.test(q)) return 'position';
	if (/^What does .* stand for\?$/i.test(q)) return 'stand_for';
	if (/^(By )?how (much|large|big|far|long|high|low)\b/i.test(q)) return 'how_much';
	if (/^How many\b/i.test(q)) return 'how_many';
	if (/^(When|In what year|On what (day|date)|In which (year|month))\b/i.test(q)) return 'when';
	if (/^(Where|In which (city|country|town|place))\b/i.test(q)) return 'where';
	if (/^Which\b/i.test(q)) return 'which';
	if (/^(Who|Whom|Whose)\b/i.test(q)) return 'who';
	if (/^(What|For what|To what|From what|In what|At what)\b/i.test(q)) return 'what';
	if (/^(Why|How)\b/i.test(q)) return 'why_how';
	return 'other';
}

const FAMILIES = [
	'who',
	'who_said',
	'position',
	'stand_for',
	'how_much',
	'how_many',
	'when',
	'where',
	'which',
	'what',
	'why_how'
];

/** Every feature the ranker knows, in the order of the model's weight table. */
export const FEATURE_NAMES = [
	'cloze',
	'choices',
	...FAMILIES.map((f) => `wh_${f}`),
	'ans_number',
	'ans_percent',
	'ans_money',
	'ans_date',
	'ans_small_number',
	'ans_name',
	'ans_words',
	'ans_salience',
	'ans_in_lead',
	'ans_in_question',
	'q_words',
	'q_names',
	'q_generic',
	'q_pronoun',
	'q_number',
	'q_topic',
	'q_central',
	's_position',
	's_lead',
	's_words',
	's_pronoun_start',
	's_generic_start',
	's_connector_start',
	's_quote',
	's_said',
	's_list_line',
	's_names',
	's_first_person',
	'reporter',
	'cloze_place_preposition',
	'cloze_part_of_name'
] as const;

/** Reads the ranker's features off a card. */
/** The last article's word counts: every card of an article is ranked against the same text. */
let counted: { article: string; counts: Map<string, number> } | undefined;

/** How often each folded word occurs in the article (computed once per article, not per card). */
function articleCounts(article: string): Map<string, number> {
	if (counted?.article === article) return counted.counts;
	const counts = new Map<string, number>();
	for (const w of words(article)) {
		const f = fold(w);
		counts.set(f, (counts.get(f) ?? 0) + 1);
	}
	counted = { article, counts };
	return counts;
}

export function cardFeatures(card: RankedCard): Features {
	const { question, answer, sentence, article } = card;
	const cloze = card.type === 'cloze';
	const answerWords = words(answer);
	const questionWords = new Set(words(question).map(fold));
	const sentenceWords = words(sentence);
	const family = whFamily(question);
	const counts = articleCounts(article);
	// The answer's most telling word: a name's last word, a figure's number.
	const telling =
		fold(
			[...answerWords].reverse().find((w) => /^\p{Lu}/u.test(w) || /\d/.test(w) || w.length > 3) ??
				answerWords.at(-1) ??
				''
		) || fold(answer);
	const occurrences = telling ? (counts.get(telling) ?? 0) : 0;
	const lead = article.slice(0, Math.min(article.length, 400)).toLowerCase();
	const leadWords = new Set(words(lead).map(fold));
	const questionWordsList = words(question.replace(BLANK, ' ')).map(fold);
	const isNumber = /\d/.test(answer) || NUMBER_WORD.test(answer);
	const blankAt = question.indexOf(BLANK);
	const before = blankAt >= 0 ? question.slice(0, blankAt) : '';
	const after = blankAt >= 0 ? question.slice(blankAt + BLANK.length) : '';
	const features: Features = {
		cloze: cloze ? 1 : 0,
		choices: card.choices?.length ? 1 : 0,
		ans_number: isNumber ? 1 : 0,
		ans_percent: /%|per ?cent/i.test(answer) ? 1 : 0,
		ans_money: /[£$€¥]|\b(dollars?|pounds?|euros?)\b/i.test(answer) ? 1 : 0,
		ans_date:
			MONTH.test(answer) || WEEKDAY.test(answer) || /^\s*(1[5-9]|20)\d\d\s*$/.test(answer) ? 1 : 0,
		ans_small_number: /^\s*(\d|1[0-2])\s*$/.test(answer) ? 1 : 0,
		ans_name:
			!isNumber && answerWords.length > 0 && answerWords.every((w) => /^[\p{Lu}&]/u.test(w))
				? 1
				: 0,
		ans_words: log1p(answerWords.length),
		ans_salience: log1p(occurrences),
		ans_in_lead: telling && lead.includes(telling) ? 1 : 0,
		ans_in_question: cloze
			? 0
			: answerWords.length
				? answerWords.filter((w) => questionWords.has(fold(w))).length / answerWords.length
				: 0,
		q_words: log1p(words(question).length),
		q_names: log1p(namesIn(cloze ? question.replace(BLANK, 'blank') : question)),
		q_generic: GENERIC_REFERENCE.test(question) ? 1 : 0,
		q_pronoun: PRONOUN.test(question.replace(/^\S+\s/, '')) ? 1 : 0,
		q_number: /\d/.test(question.replace(BLANK, '')) ? 1 : 0,
		q_topic: log1p(questionWordsList.filter((w) => w.length > 3 && leadWords.has(w)).length),
		q_central: log1p(
			Math.max(
				0,
				...words(question)
					.slice(1)
					.filter((w) => /^\p{Lu}/u.test(w))
					.map((w) => counts.get(fold(w)) ?? 0)
			)
		),
		s_position: Math.max(0, Math.min(1, card.position)),
		s_lead: card.position < 0.12 ? 1 : 0,
		s_words: log1p(sentenceWords.length),
		s_pronoun_start: PRONOUN_START.test(sentence) ? 1 : 0,
		s_generic_start: GENERIC_START.test(sentence) ? 1 : 0,
		s_connector_start: CONNECTOR_START.test(sentence) ? 1 : 0,
		s_quote: /["“”]/.test(sentence) ? 1 : 0,
		s_said: /\b(said|says|told|added|according to)\b/i.test(sentence) ? 1 : 0,
		s_list_line: /\s[-–]\s|^\s*[-–•*]/.test(sentence) ? 1 : 0,
		s_names: log1p(namesIn(sentence)),
		s_first_person: FIRST_PERSON.test(sentence) ? 1 : 0,
		reporter: REPORTER.test(question) || REPORTER.test(sentence) ? 1 : 0,
		cloze_place_preposition: cloze && PLACE_PREPOSITION.test(before) ? 1 : 0,
		cloze_part_of_name: cloze && partOfName(before, after) ? 1 : 0
	};
	for (const f of FAMILIES) features[`wh_${f}`] = !cloze && family === f ? 1 : 0;
	return features;
}
