import { describe, expect, it } from 'vitest';
import { cardFeatures, FEATURE_NAMES } from '../../../src/lib/generator/rank/features';
import { acceptability } from '../../../src/lib/generator/rank/model';
import { WEIGHTS } from '../../../src/lib/generator/rank/weights';

const article = [
	'Harbour City win the Continental Cup',
	'',
	'Harbour City won the Continental Cup on Saturday, beating Redmont Rovers 3-1 in Lisbon.',
	'The BBC correspondent John Smith said the crowd sang for an hour.',
	'He said it was the best night of his life.'
].join('\n');

const card = (over: Partial<Parameters<typeof cardFeatures>[0]>) => ({
	type: 'qa',
	question: 'Who won the Continental Cup?',
	answer: 'Harbour City',
	sentence:
		'Harbour City won the Continental Cup on Saturday, beating Redmont Rovers 3-1 in Lisbon.',
	article,
	position: 0.1,
	...over
});

describe('the ranker', () => {
	it('has a weight for every feature it reads, and reads no feature without one', () => {
		expect(Object.keys(WEIGHTS).sort()).toEqual([...FEATURE_NAMES].sort());
		expect(Object.keys(cardFeatures(card({}))).sort()).toEqual([...FEATURE_NAMES].sort());
	});

	it('reads the question word, the answer and the sentence off a card', () => {
		const f = cardFeatures(card({}));
		expect(f.wh_who).toBe(1);
		expect(f.wh_when).toBe(0);
		expect(f.ans_name).toBe(1);
		expect(f.ans_number).toBe(0);
		expect(f.ans_in_lead).toBe(1);
		expect(f.s_lead).toBe(1);
		expect(f.cloze).toBe(0);
		const gap = cardFeatures(
			card({
				type: 'cloze',
				question:
					'Harbour City won the Continental Cup on Saturday, beating Redmont Rovers 3-1 in […].',
				answer: 'Lisbon'
			})
		);
		expect(gap.cloze).toBe(1);
		expect(gap.cloze_place_preposition).toBe(1);
		expect(gap.wh_who).toBe(0);
		const told = cardFeatures(
			card({
				question: 'Who said the crowd sang for an hour?',
				answer: 'John Smith',
				sentence: 'The BBC correspondent John Smith said the crowd sang for an hour.',
				position: 0.6
			})
		);
		expect(told.reporter).toBe(1);
		expect(told.s_said).toBe(1);
		expect(
			cardFeatures(card({ sentence: 'He said it was the best night of his life.' })).s_pronoun_start
		).toBe(1);
	});

	it("scores between 0 and 1, a reporter's words and a leaning sentence below the lead story", () => {
		const lead = acceptability(card({}));
		const reporter = acceptability(
			card({
				question: 'Who said the crowd sang for an hour?',
				answer: 'John Smith',
				sentence: 'The BBC correspondent John Smith said the crowd sang for an hour.',
				position: 0.6
			})
		);
		const leaning = acceptability(
			card({
				type: 'cloze',
				question: 'He said it was the best night of his […].',
				answer: 'life',
				sentence: 'He said it was the best night of his life.',
				position: 0.9
			})
		);
		for (const p of [lead, reporter, leaning]) {
			expect(p).toBeGreaterThan(0);
			expect(p).toBeLessThan(1);
		}
		expect(reporter).toBeLessThan(lead);
		expect(leaning).toBeLessThan(lead);
	});
});
