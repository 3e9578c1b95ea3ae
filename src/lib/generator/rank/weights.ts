// Written by scripts/train-ranker.ts (npm run train-ranker): do not edit by hand.
// Fitted on 721 reviewed cards of 100 articles; held-out AUC 0.687.

/** The ranker's intercept. */
export const INTERCEPT = -2.6628;

/** The ranker's weight per unit of each feature. */
export const WEIGHTS: Record<string, number> = {
	cloze: 0.2579,
	choices: -0.4998,
	wh_who: -0.3909,
	wh_who_said: -0.031,
	wh_position: 0.2003,
	wh_stand_for: 1.3976,
	wh_how_much: -0.2579,
	wh_how_many: -0.6112,
	wh_when: -0.3873,
	wh_where: -1.3323,
	wh_which: 0.1865,
	wh_what: -0.4782,
	wh_why_how: 0,
	ans_number: 0.0198,
	ans_percent: 0.5206,
	ans_money: 0.6971,
	ans_date: -0.169,
	ans_small_number: -0.0823,
	ans_name: 0.2348,
	ans_words: 0.5644,
	ans_salience: 0.0981,
	ans_in_lead: 0.1805,
	ans_in_question: 0.5766,
	q_words: 0.4272,
	q_names: 0.2363,
	q_generic: 0.198,
	q_pronoun: -0.065,
	q_number: -0.2116,
	q_topic: 0.2676,
	q_central: 0.1555,
	s_position: -0.2183,
	s_lead: 0.1794,
	s_words: -0.2165,
	s_pronoun_start: -0.7404,
	s_generic_start: 0,
	s_connector_start: 0.062,
	s_quote: 0.116,
	s_said: 0.1997,
	s_list_line: -0.559,
	s_names: 0.1284,
	s_first_person: -0.9592,
	reporter: -1.1492,
	cloze_place_preposition: -0.1916,
	cloze_part_of_name: 0.2791
};
