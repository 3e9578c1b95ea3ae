import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src/lib/generator/index';
import { peopleOrParticiple, tagText } from '../../../src/lib/generator/tokens';
import {
	complementGiven,
	expansionIn,
	gapFirst,
	givesAway,
	namePartGiven,
	nearbyNumbers,
	personPartAlone,
	personAnswerOk,
	sharedSurname,
	trivialGap,
	weakForm,
	whoFits
} from '../../../src/lib/generator/cards';
import { findMentions, recoverOpeningNames } from '../../../src/lib/generator/mentions';
import { resolveEntities } from '../../../src/lib/generator/entities';
import {
	analyseClause,
	sentenceStandsAlone,
	writerSpeaks
} from '../../../src/lib/generator/claims/clause';
import { clauseClaims } from '../../../src/lib/generator/claims/wh-questions';
import { gapClaims, hasFiniteVerb } from '../../../src/lib/generator/claims/gaps';
import { questionFault, sourceSlip } from '../../../src/lib/generator/fluency';
import { headlineNamesAnswer } from '../../../src/lib/generator/story-context';
import { ReferenceTracker, rewrittenSentence } from '../../../src/lib/generator/coreference';
import { withoutStoryLabel } from '../../fixtures/story-label';
import { firstStandsAlone, tagged } from '../../fixtures/sentences';
import { factQuestionsOf, outcomesByAnswer } from '../../fixtures/fact-questions';
import { BBC_DIR, describeCorpus } from '../../fixtures/corpus';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cardsOf = (text: string) =>
	withoutStoryLabel(generateDeck({ sources: [{ id: 'a', text }] }).deck.cards, text);
const tagsOf = (text: string, word: string) => [
	...(tagText({ text, offset: 0 }).find((t) => t.text === word)?.tags ?? [])
];

describe('tagging slips the generator mends', () => {
	it('reads "Tory plans to … are" as a plural subject and "Tesco plans to …, which are" as a verb', () => {
		expect(
			tagsOf('Tory plans to cut immigration to the UK are not racist, Mr Howard said.', 'plans')
		).toContain('Plural');
		expect(
			tagsOf('Tesco plans to open 50 stores, which are expected to create jobs.', 'plans')
		).toContain('Verb');
	});

	it('starts no name at an opening adjective before a country ("Weak US fuel stocks")', () => {
		const names = (text: string) =>
			tagged(text).sentences.flatMap((s) => s.mentions.map((m) => m.text));
		expect(names('Weak US fuel stocks have pushed up oil prices.')).not.toContain('Weak US');
		expect(names('Weak US fuel stocks have pushed up oil prices.')).toContain('US');
		expect(names('New York police said the man was arrested.')).toContain('New York');
	});

	it('reads a name after a title as a person, though its first word is a city', () => {
		const { sentences, entities } = tagged(
			"Liverpool forward Milan Barosz is uncertain whether he remains part of the manager's plans. He visited Milan last year."
		);
		const kindOf = (name: string) => entities.all().find((e) => e.name === name)?.kind;
		expect(kindOf('Milan Barosz')).toBe('person');
		expect(kindOf('Milan')).toBe('place');
		expect(sentences.length).toBe(2);
	});

	it('reads a year after "by early", "in late" as a date, and a year alone after "early" as none', () => {
		const { sentences } = tagged(
			'By early 2005 the net could have two new domains. Sales rose in late 2004. Early 2003 results were weak.'
		);
		const dates = sentences.map((s) =>
			s.mentions.filter((m) => m.kind === 'date').map((m) => m.text)
		);
		expect(dates).toEqual([['2005'], ['2004'], []]);
	});

	it('reads "Jnr" as the end of a name, not a person holding the title before it', () => {
		const { sentences } = tagged(
			'He spoke at the funerals of both Arthur Bell King Jnr and Talbot Reyes in 1990.'
		);
		expect(sentences[0].roles.map((r) => r.person.text)).not.toContain('Jnr');
	});

	it('reads a weekday after a given name or a town as the end of a name, not a date', () => {
		const { sentences, entities } = tagged(
			'"We can win it," said England sevens coach Tom Friday. Sheffield Wednesday lost on Saturday.'
		);
		const kindOf = (name: string) => entities.all().find((e) => e.name === name)?.kind;
		expect(kindOf('Tom Friday')).toBe('person');
		const dates = sentences.flatMap((s) => s.mentions.filter((m) => m.kind === 'date'));
		expect(dates.map((m) => m.text)).toEqual(['Saturday']);
	});

	it('reads a sentence adverb ("Nevertheless", "Perhaps") as no part of the name after it', () => {
		const names = (text: string) => tagged(text).sentences[0].mentions.map((m) => m.text);
		expect(
			names('Nevertheless Kestrel Lane were the only band to win an award this year.')
		).toContain('Kestrel Lane');
		expect(names('Perhaps Gordon Brown will go to Leeds.')).toContain('Gordon Brown');
	});

	it('reads a title after a name up to a dash as an apposition ("X, chairman of Y - a group …")', () => {
		const { sentences } = tagged(
			'"They will struggle," said Maria Lopez, chairman of Keep Our Parks - a group fighting the plan.'
		);
		expect(sentences.flatMap((s) => s.roles.map((r) => r.role))).toEqual([
			'chairman of Keep Our Parks'
		]);
	});

	it('keeps a team and its plural before a title the tagger read as a verb ("England sevens coach")', () => {
		const { sentences } = tagged('"We can win it," said England sevens coach Tom Friday.');
		expect(sentences.flatMap((s) => s.roles.map((r) => r.role))).toEqual(['England sevens coach']);
	});

	it('reads a given name first as a person, whatever the tagger reads into the pair', () => {
		const { entities } = tagged(
			"Mike Lake, a spokesman for the firm's lawyers, said it stood by its case. The building on George Street is empty."
		);
		const kindOf = (name: string) => entities.all().find((e) => e.name === name)?.kind;
		expect(kindOf('Mike Lake')).toBe('person');
		expect(kindOf('George Street')).toBe('place');
	});

	it('reads a role word opening a sentence ("Substitute", "Rapper") as no part of the name', () => {
		const { entities } = tagged(
			'Substitute Joel Parfitt eased up on the chase. Rapper Dion Kane released his album.'
		);
		const names = entities.all().map((e) => e.name);
		expect(names).toContain('Joel Parfitt');
		expect(names).toContain('Dion Kane');
	});

	it('reads no name into a sentence adverb set in capitals ("Overall, …", "Elsewhere, …")', () => {
		const { sentences } = tagged(
			'"December was a good month," an analyst said. "Stores did well." Overall, December sales are forecast to rise by 4.5%. "Prices fell." Elsewhere, Costco said sales rose 8%.'
		);
		const named = sentences.flatMap((s) => s.mentions.map((m) => m.text));
		expect(named).not.toContain('Overall');
		expect(named).not.toContain('Elsewhere');
		expect(named).toContain('Costco');
	});

	it('reads a city followed by a surname as a person ("Dallas Howard")', () => {
		const { entities } = tagged(
			'Winger Dallas Howard said he would stay at the club. Lima Ferdinand was unsure.'
		);
		const kindOf = (name: string) => entities.all().find((e) => e.name === name)?.kind;
		expect(kindOf('Dallas Howard')).toBe('person');
		expect(kindOf('Lima Ferdinand')).toBe('person');
	});

	it('reads a name with letters after it ("QC", "Jr") as a person, though a word of it is a town', () => {
		const { entities } = tagged(
			'The head of the Law Society, Rhodri Bristol QC, warned that the courts were overloaded.'
		);
		expect(entities.all().find((e) => e.name === 'Rhodri Bristol QC')?.kind).toBe('person');
	});

	it('keeps a title-cased name whole, and a number word inside a name is no count', () => {
		const { sentences, entities } = tagged(
			'Jane Ridley chairs Keep Our Parks, a group that campaigns with the band Five Rivers against the plan.'
		);
		const names = entities.all().map((e) => e.name);
		expect(names).toContain('Keep Our Parks');
		expect(names).not.toContain('Our');
		expect(sentences[0].mentions.some((m) => m.kind === 'count')).toBe(false);
	});

	it('reads "have" after a plural name as the auxiliary it is', () => {
		expect(tagsOf('The Americans have made three changes to the side.', 'have')).toContain(
			'Auxiliary'
		);
	});

	it('reads a hyphenated noun as a noun and the word after it as the verb', () => {
		const text = 'The Irish line-up shows nine changes from the last game.';
		expect(tagsOf(text, 'line')).toContain('Noun');
		expect(tagsOf(text, 'shows')).toContain('Verb');
	});

	it('reads a past form after a name, taken for a noun, as the verb', () => {
		const text = 'In other nominations, Mara Lindqvist triumphed as the best supporting actress.';
		expect(tagsOf(text, 'triumphed')).toContain('Verb');
		// Before a plain noun it stays what the tagger said ("Detroit based automaker").
		expect(tagsOf('The Velmora based automaker grew.', 'based')).not.toContain('PastTense');
	});

	it('reads "rose" before a figure as the verb, and after an article as the flower', () => {
		expect(tagsOf('Shares rose 5% on Monday.', 'rose')).toContain('Verb');
		expect(tagsOf('Its shares rose by 3%.', 'rose')).toContain('Verb');
		expect(tagsOf('She was given a red rose by her fans.', 'rose')).not.toContain('Verb');
	});

	it('reads a word before a role noun and a name as part of the title, not a verb', () => {
		expect(tagsOf('Labour campaign chief Alan Milburn said so.', 'campaign')).toContain('Noun');
		expect(tagsOf('He agreed. Party spokesman John Smith said so.', 'Party')).toContain('Noun');
		// After a plural, or with its -s, it stays the verb.
		expect(tagsOf('The unions back chairman Bob Smith in the row.', 'back')).toContain('Verb');
	});

	it('reads "police" before a role noun as a noun', () => {
		expect(tagsOf('Miami Beach police spokesman Bob Hernand said so.', 'police')).toContain('Noun');
	});
});

describe('questions from what the text calls its people', () => {
	it('asks "how many" of a described subject with its article', () => {
		const questions = factQuestionsOf(
			'Rugby preview\n\nThe Americans have made three changes to the side that lost to France in July.'
		);
		expect(questions).toContain('How many changes have the Americans made?');
	});

	it('counts a noun with its "of" phrase ("How many charges of fraud …?")', () => {
		const questions = factQuestionsOf(
			'Singer in court\n\nPop singer Jon Vale denies 10 charges of child abuse at his trial in Santa Maria.'
		);
		expect(
			questions.some((q) => /^How many charges of child abuse does Jon Vale deny\b/.test(q))
		).toBe(true);
	});

	it('asks of a name set in commas after the description it names ("The bank, X, will …")', () => {
		const questions = factQuestionsOf(
			'Branch closures\n\nThe lender, Harmon Bank, will close 40 branches in Scotland by 2006.'
		);
		expect(questions).toContain('Which lender will close 40 branches in Scotland by 2006?');
	});

	it('asks who said a claim without the participle phrase that trails it into a quotation', () => {
		const questions = factQuestionsOf(
			'Parking row\n\nFormer councillor Alan Pike said he opposed the plans for parking meters calling them a "tax on shoppers" that would empty the high street.'
		);
		expect(questions).toContain(
			'Which former councillor said he opposed the plans for parking meters?'
		);
	});

	it('names a person by the description before the name ("Which former … boss")', () => {
		const cards = cardsOf(
			'Oil trial\n\nFormer Velmora Oil boss Ivan Petrovsky began testimony on Friday in his trial for fraud and tax evasion in Moscow.'
		);
		const card = cards.find((c) => c.answer === 'Ivan Petrovsky' && /testimony/.test(c.question));
		expect(card?.question).toMatch(/^Which former Velmora Oil boss began testimony/);
	});
});

describe('cards a reviewer would not keep', () => {
	it('asks no holder of a post many people hold at once', () => {
		const cards = cardsOf(
			'Budget row\n\nThe EPP spokesman Anton Grell criticised the Commission on Tuesday over its handling of the budget rules. Grell said the rules were being broken.'
		);
		expect(cards.filter((c) => /Who is the EPP spokesman/.test(c.question))).toEqual([]);
	});

	it('makes no card of a note on who wrote the piece', () => {
		const cards = cardsOf(
			'Election note\n\nVoters in the capital went to the polls on Sunday to choose a new parliament of 150 seats. Turnout was 64%, officials said. Mara Quill works for the IFES, a non-profit group that supports elections.'
		);
		expect(cards.filter((c) => /Mara Quill|IFES/.test(c.question + c.answer))).toEqual([]);
		const column = cardsOf(
			'Digital column\n\nBroadband use in Europe rose by 40% in 2004, the European Commission said. Tom Velmora is a regular commentator on the World Service programme Go Digital.'
		);
		expect(column.filter((c) => /Velmora|Go Digital/.test(c.question + c.answer))).toEqual([]);
	});

	it('asks no card of a runner-up, a programme plug or a correspondent note', () => {
		const text =
			"Ostrava indoor trials\n\nJason Velmore narrowly claimed the men's 60m title at the indoor trials in Sheffield on Sunday. Katrin Dowell battled hard to take second and dip under the European qualifying mark. Nathan Orley set a life-time best of 16.76m in second while Jonathan Mabry took third. Sudanese runner Rabah Yusi, who is seeking British citizenship, burst through in third. Listen to the full interview on Sport on Five from 1900 GMT. Clark Boyne is technology correspondent for The World, a radio programme.";
		const cards = cardsOf(text);
		expect(cards.some((c) => c.answer === 'Jason Velmore')).toBe(true);
		const said = cards.map((c) => `${c.question} ${c.answer}`).join('\n');
		for (const minor of ['Katrin Dowell', 'Nathan Orley', 'Jonathan Mabry', 'Rabah Yusi', '16.76m'])
			expect(cards.filter((c) => c.answer === minor)).toEqual([]);
		expect(said).not.toMatch(/Sport on Five|1900|Clark Boyne/);
	});

	it('hides a figure with the conversion that follows it in brackets, never without it', () => {
		const cards = cardsOf(
			'Piracy\n\nMovie piracy cost the film industry £3.7bn ($7bn) in 2003, according to analysts at a London consultancy.'
		);
		expect(cards.filter((c) => c.type === 'cloze' && /\[…\] \(\$7bn\)/.test(c.question))).toEqual(
			[]
		);
		const gap = cards.find((c) => c.answer === '£3.7bn' && c.cloze);
		expect(gap?.cloze?.text).toContain('cost the film industry £3.7bn ($7bn) in 2003');
		const [blank] = gap!.cloze!.blanks;
		expect(gap!.cloze!.text.slice(blank.start, blank.end)).toBe('£3.7bn ($7bn)');
		// "(about US$10.6 million)": an approximate conversion in another dollar is one too.
		const lab = cardsOf(
			'Lab closes\n\nAccording to its accounts, Velmora Lab said it spent 8.16 million euros (about US$10.6 million) in 2003 and raised just 2.56 million euros.'
		);
		expect(lab.filter((c) => /\[…\] \(about US/.test(c.question))).toEqual([]);
		expect(lab.some((c) => c.answer === '8.16 million euros')).toBe(true);
	});

	it('reads "She" as the subject of the sentence before, not the one person it names', () => {
		const cards = cardsOf(
			'Tennis return\n\nOlympic champion Jana Henning will return to action in January. The Belgian has not played since she was beaten in the fourth round by Nadia Pelova in September. She took time out to shake off a virus but will defend her titles in Sydney.'
		);
		expect(cards.filter((c) => /Nadia Pelova took time out/.test(c.question))).toEqual([]);
	});
});

describe('scores', () => {
	const cards = cardsOf(
		'Match report\n\nThe States lost 39-31 against France in July. Ireland kept their title hopes alive with an impressive 40-13 victory over Scotland at Murrayfield. England were beaten 11-9 by Wales in Cardiff. Joachim Johansson beat Thomas Enqvist 6-3 4-6 6-1 in Sydney.'
	);
	const asked = (question: string) => cards.find((c) => c.question === question)?.answer;

	it('asks the score of a result the sentence states, with both sides named', () => {
		expect(asked('What was the score when the States lost against France?')).toBe('39-31');
		expect(asked("What was the score in Ireland's victory over Scotland?")).toBe('40-13');
		expect(asked('What was the score when England were beaten by Wales?')).toBe('11-9');
		expect(asked('What was the score when Joachim Johansson beat Thomas Enqvist?')).toBe(
			'6-3 4-6 6-1'
		);
	});

	it('asks who won and whom they beat once, not both ways round', () => {
		const who = cards.filter((c) =>
			/Who beat Thomas Enqvist|Who did Joachim Johansson beat/.test(c.question)
		);
		expect(who.length).toBeLessThanOrEqual(1);
	});
});

describe('"who" of a thing', () => {
	it('refuses "who" answered by a model number or asked of what is won', () => {
		expect(whoFits('Who will be delivered to Velmora Air in April 2008?', '7E7s')).toBe(false);
		expect(whoFits('Who did Sandra Pell win?', 'Oscar')).toBe(false);
		expect(whoFits('Who did Sandra Pell beat in the final?', 'Mara Lind')).toBe(true);
		expect(whoFits('Which plane will be delivered in 2008?', '7E7')).toBe(true);
	});
});

describe('what a sentence only plans', () => {
	it('asks no "Who acquired …?" of a plan to buy', () => {
		const cards = cardsOf(
			'Exchange bid\n\nShareholders in Velmora Boerse criticised the German operator, which plans to buy the Tarsk Stock Exchange for £1.3bn.'
		);
		expect(cards.filter((c) => /acquired|bought/.test(c.question))).toEqual([]);
	});
});

describe('a person of a body', () => {
	it('asks no organisation of a title split at "of the"', () => {
		const cards = cardsOf(
			'Film prizes\n\nThe prize for best original screenplay went to Bright Winter of the Silent Moon, written by Carl Vesk. The film was made in Velmora last year.'
		);
		expect(cards.filter((c) => /Which organisation is/.test(c.question))).toEqual([]);
	});

	it('still asks it of an unknown name "of" a named body', () => {
		const questions = factQuestionsOf(
			'Trade talks\n\nAccording to Pramod Pal Varma of the Eurasia Group, the talks were delayed by a dispute over tariffs on steel.'
		);
		expect(questions).toContain('Which organisation is Pramod Pal Varma from?');
	});
});

describe('a name before the noun it names a kind of', () => {
	it('makes a gap of a body before "scandal", not of a place before "office"', () => {
		const cards = cardsOf(
			'Bank inquiry\n\nRegulators said rules written after the Veltrix scandal had made audits costlier for small lenders. Staff at the Lisbon office of Harmon Bank were told of the cuts on Monday.'
		);
		const gaps = cards.filter((c) => c.type === 'cloze').map((c) => c.answer);
		expect(gaps).toContain('Veltrix');
		expect(gaps).not.toContain('Lisbon');
	});
});

describe('gaps not worth a card', () => {
	it('makes no gap of a once-used phrase of the writer, nor of a nationality noun', () => {
		const sold = cardsOf(
			'Striker sold\n\nMarco Vell won praise from critics across Europe last season. The club surprised its fans by selling the Dutchman to Roma for £12m in August.'
		);
		expect(sold.map((c) => c.answer)).not.toContain('Dutchman');
		const young = cardsOf(
			'Cup final\n\nRafael Navas won the deciding match in Madrid on Sunday. Aged 18, the Mallorcan became the youngest player to win the Bell Cup.'
		);
		expect(young.map((c) => c.answer)).not.toContain('Mallorcan');
		const profile = cardsOf(
			"Producer profile\n\nDion Kane has released his first album. Kane's work gained mainstream recognition when he produced two singles on the album Blueprint in 2001."
		);
		expect(profile.map((c) => c.answer)).not.toContain('mainstream recognition');
	});

	it('makes no gap of a contraction, a capitalised adverb or the first word of a title', () => {
		const { entities } = tagged(
			'Mr Hale said the slogan would be "Jobs are back - Don\'t let them go." It may sell well, Ultimately the decision lies with buyers. The film Boys Don\'t Cry won praise.'
		);
		const names = entities.all().map((e) => e.name);
		expect(names).not.toContain("Don't");
		expect(names).not.toContain('Ultimately');
		expect(names).toContain("Boys Don't Cry");
		const cards = cardsOf(
			'Chart news\n\nThe band said the new single, Across the Water, became their first UK hit in March 2004.'
		);
		expect(cards.map((c) => c.answer)).not.toContain('Across');
	});

	it('makes no gap in a team sheet', () => {
		const cards = cardsOf(
			'Hartfield 2-0 Brook Town\n\nStriker Lee Varga scored twice as Hartfield beat Brook Town on Saturday.\n\nSubs: Marlow, Henning, Pauls, Lambeth, Malone, Wallis, McGinty.'
		);
		expect(cards.map((c) => c.answer)).not.toContain('McGinty');
	});

	it('makes no gap after a "both" that points back to a pair', () => {
		const outcomes = outcomesByAnswer(
			'Party pledges\n\nThe Greens promised free bus travel for pensioners on Monday. Both Labour and the Conservatives have promised to boost state pensions and to improve childcare support for working parents.'
		);
		expect([...outcomes.values()].flat()).toContain('a pair named before');
	});

	it('makes no gap of the city a named event is held in', () => {
		const outcomes = outcomesByAnswer(
			"Gadget fair\n\nThe Home Technology Show in Denver is a geek's paradise with more than 20,000 new gadgets on display during the four-day event."
		);
		expect(outcomes.get('Denver')).toContain('where a named event is held');
	});

	it('makes no gap in a line saying someone did not comment', () => {
		const outcomes = outcomesByAnswer(
			'Film piracy\n\nA new file-sharing network went live on Monday. No-one from the Film Distributors Guild was immediately available for comment on the network.'
		);
		expect(outcomes.get('Film Distributors Guild')).toContain(
			'a line that someone did not comment'
		);
	});

	it('makes no gap of a time of day in a schedule', () => {
		const outcomes = outcomesByAnswer(
			'New chat show\n\nDana Reeve will host a new chat show. Recording of the show will start on Fridays from 2230 GMT.'
		);
		expect(outcomes.get('2230')).toContain('a time of day');
	});

	it('makes no gap of the one an "also" sets beside someone named before', () => {
		const cards = cardsOf(
			'Gadget show\n\nSamsung unveiled a pocket projector at the Tech Expo in Berlin on Monday. Toshiba also showed a folding tablet that can be used as a phone.'
		);
		const gaps = cards.filter((c) => c.type === 'cloze').map((c) => c.answer);
		expect(gaps).not.toContain('Toshiba');
	});

	it('makes no gap of how long something lasted', () => {
		expect(
			outcomesByAnswer(
				'Market report\n\nThe decline in the dollar to a five-week low against the euro has also served to inflate prices.'
			).get('five-week')
		).toContain('a length of time');
	});

	it('hides the person a sentence adds before a country it names', () => {
		const cards = cardsOf(
			'Band history\n\nSinger Alec Kapra was studying English at university but had friends at art school, and the line-up was completed when guitarist Nico Marthy moved from Munich, Germany, to the city.\n\nThe band then signed a record deal.'
		);
		const gaps = cards.filter((c) => c.type === 'cloze').map((c) => c.answer);
		expect(gaps).toContain('Nico Marthy');
		expect(gaps).not.toContain('Germany');
	});

	it('makes no gap of the house a politician speaks in', () => {
		expect(
			outcomesByAnswer(
				'Detention ruling\n\nHome Secretary Carl Vesk said he would consider the ruling and would return to Parliament early in the new year with proposals.'
			).get('Parliament')
		).toContain('the house itself');
	});

	it('makes no gap of the region or country of a place named just before it', () => {
		expect(
			outcomesByAnswer(
				'Tennis\n\nThe Sheffield-born right-hander also reached another final in Plaisir, France, a week after making the semi-final in Mulhouse.'
			).get('France')
		).toContain('the region of a place named before it');
		expect(
			outcomesByAnswer(
				'Embassies\n\nThe ministry has opened new missions in Harare in Zimbabwe and Quito in Ecuador since 2001.'
			).get('Ecuador')
		).toContain('the region of a place named before it');
	});

	it('makes no gap of the ground or the workplace after "at"', () => {
		const outcomes = outcomesByAnswer(
			'Football\n\nLiverpool manager Rafael Bonitez refused to blame goalkeeper Jerzy Dudek after Portsmouth claimed a draw at Anfield.'
		);
		expect(outcomes.get('Anfield')).toContain('a venue or workplace');
	});

	it('keeps a gap on the length of a sentence or an agreement', () => {
		const cards = cardsOf(
			'Blogger jailed\n\nA Velmoran weblogger has been jailed for 14 years on charges of spying and of insulting officials.'
		);
		expect(cards.map((c) => c.answer)).toContain('14 years');
	});
});

describe('gaps on a name a comma closes', () => {
	it('reads a comma after the name as its end, not a longer name going on', () => {
		const outcomes = outcomesByAnswer(
			'Watchdog plans changes\n\nIn a speech at the Velmor School of Economics, regulator William Dorran promised "several initiatives" to ease the rules.'
		);
		expect(outcomes.get('Velmor School of Economics')).toBeDefined();
	});
	it('still makes no gap on part of a longer name', () => {
		const outcomes = outcomesByAnswer(
			'Watchdog plans changes\n\nThe Velmor School Trust said on Monday that it would sell the building to a developer.'
		);
		expect(outcomes.get('Velmor School')).toBeUndefined();
	});
});

describe("the story's first sentence", () => {
	it('reads a definite phrase in the first sentence as introducing, not pointing back', () => {
		const answers = cardsOf(
			'Wilkins stays on despite dispute\n\nMatt Wilkins insists he has no thoughts of quitting as national coach as a result of the power struggle currently gripping Scottish rugby. The chairman and three directors all departed in a row over the future of the game.'
		).map((c) => c.answer);
		expect(answers).toContain('Matt Wilkins');
	});
});

describe('two gaps in a sentence rich in facts', () => {
	it('blanks a second fact of a sentence, but not its venue', () => {
		const gapsOf = (text: string) =>
			cardsOf(text)
				.filter((c) => c.type === 'cloze')
				.map((c) => c.answer);
		expect(
			gapsOf(
				'Steel deal\n\nShares in Velmora Steel rose 12% on Monday after the firm sold its Dutch arm to Brantec for £1.2bn.'
			).sort()
		).toEqual(['12%', '£1.2bn']);
		const awards = gapsOf(
			'Theatre awards\n\nThe Producers, starring Nathan Lane and Lee Evans, is up for best musical at the ceremony at the National Theatre.'
		);
		expect(awards).toEqual(['Producers']);
		// "in […]" before a year is a date, not a venue.
		expect(
			gapsOf(
				'Fantasy book deal\n\nAuthor Michelle Pavel began writing the book in 1982 while studying biochemistry at Oxford University.'
			)
		).toContain('1982');
	});

	it('makes no gap of an item between others in a list, "the" or not, nor of an age', () => {
		const outcomes = outcomesByAnswer(
			'Producer dies\n\nRecord producer Terry Melwood, who was behind hits by the Byrds, Ry Cooder and the Beach Boys, has died aged 62.'
		);
		expect(outcomes.get('Ry Cooder')).toBeUndefined();
		expect(outcomes.get('Beach Boys')).toBeUndefined();
		expect(outcomes.get('62')).toContain('an age');
	});

	it('ends a name at a spaced dash ("referee Jonathan Kaplan - England were …")', () => {
		const answers = cardsOf(
			'Six Nations\n\nIreland beat England 19-13 in Dublin on Saturday. Despite one near miss - not checked on the TV replay by referee Jonathan Velmor - England were unable to win.'
		).map((c) => c.answer);
		expect(answers.filter((a) => /Velmor/.test(a) && a !== 'Jonathan Velmor')).toEqual([]);
	});

	it('reads a name after an opening phrase and its comma as no item of a list', () => {
		const answers = cardsOf(
			'Election call\n\nOn Monday, Angela Velmora called for new elections in the country.'
		).map((c) => c.answer);
		expect(answers).toContain('Angela Velmora');
	});

	it('makes no gap of a bare title ("critical of the […]" → President)', () => {
		const why = outcomesByAnswer(
			'Budget warning\n\nThe Washington-based Economic Policy Institute, which tends to be critical of the President, looks at possible fault lines in the 2006 budget.'
		);
		expect(why.get('President')).toContain('a title, not a name');
	});

	it('makes no gap of a name between common nouns in a list, but keeps an appositive name', () => {
		const answers = cardsOf(
			'Budget cuts loom\n\nLaw enforcement, space exploration, economic development, the Small Business Administration, housing, veterans’ benefits and aid to states would all face cuts of 10% by 2009. In a speech on trade, Velmora Motors, a carmaker based in Detroit, promised 500 new jobs.'
		).map((c) => c.answer);
		expect(answers).not.toContain('Small Business Administration');
		expect(answers).toContain('Velmora Motors');
	});
});

describe('gaps a word beside them gives away', () => {
	it('hides no figure the other two figures of a difference give, nor a body every reader guesses', () => {
		const answers = cardsOf(
			[
				'Brown shrugs off economy fears',
				'',
				'Chancellor Gordon Brown has said the economy is strong despite figures showing borrowing above forecasts.',
				"Borrowing figures for 2003/4 are £35bn - £2.5bn less than the £37.5bn predicted in March's budget, as already announced by the Office for National Statistics.",
				'On Monday, MPs voted 272-219 in favour of the Bill after key concessions from Mr Clarke.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('£37.5bn');
		expect(answers).not.toContain('£2.5bn');
		expect(answers).not.toContain('MPs');
		expect(answers).toContain('Gordon Brown');
	});

	it('hides no figure inside a name ("rapper […] Cent", "the Sound of […] poll")', () => {
		const answers = cardsOf(
			[
				'New York rockers top talent poll',
				'',
				"New York electro-rock group The Bravery have come top of the BBC News website's Sound of 2005 poll to find the music scene's most promising new act.",
				'Rock band Keane won Sound of 2004 while US rapper 50 Cent topped Sound of 2003.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('50');
		expect(answers).not.toContain('2005');
		expect(answers).not.toContain('2003');
		// A nationality before the counted noun is no name: "37 English council areas".
		const counted = cardsOf(
			"Lib Dems predict 'best ever poll'\n\nLocal government spokesman Ed Davey was speaking as the party launched its campaign for the local elections being held in 37 English council areas."
		).map((c) => c.answer);
		expect(counted).toContain('37');
	});

	it("finds the writer's slips a card would copy, and none in good English", () => {
		const slip = (text: string) => sourceSlip(tagged(text).sentences[0]);
		expect(slip('Next time a users visits the site they can search through it.')).toBeDefined();
		expect(slip('The average users spends about 43 minutes per month searching.')).toBeDefined();
		expect(slip("And Sarah Waters' gets her second adaptation on BBC One.")).toBeDefined();
		expect(slip('Mr Mueller, of a group in the European Union,dismissed the move.')).toBeDefined();
		expect(
			slip('It is the fourth most digitally-savvy nation, according a report by Jupiter.')
		).toBeDefined();
		expect(slip('The affordability of the handsets is a real barrier, he said.')).toBeUndefined();
		expect(slip("The Jones' house stands on the hill above the town.")).toBeUndefined();
		expect(slip('According to the report, sales rose 5% last year.')).toBeUndefined();
	});

	it('starts no name with an opening preposition ("Despite Kelly Holmes\' golden double")', () => {
		const { sentences } = tagged(
			"Despite Kelly Holmes' golden double, the GB team failed to live up to expectations in Athens."
		);
		expect(sentences[0].mentions.map((m) => m.text)).toContain('Kelly Holmes');
	});

	it('takes the last word of a name in the sentence as giving the name away', () => {
		expect(
			namePartGiven({
				question: 'Simon Hale said: "[…] has lost confidence in a way Old Labour never did."',
				answer: 'New Labour'
			})
		).toBe(true);
		expect(
			namePartGiven({
				question:
					'Samsung showed a phone for the TV service to be launched in Korea in May by […].',
				answer: 'TU Media of South Korea'
			})
		).toBe(false);
		expect(
			namePartGiven({
				question: 'Bank of China is one of two frontrunners; the other is […].',
				answer: 'China Construction Bank'
			})
		).toBe(false);
	});

	it('reads a one-word answer as given away by its other number ("Tory party" … "the […]")', () => {
		const gap =
			'Some in the Tory party urge action, and there is a divide between Labour and the […].';
		expect(givesAway(gap, 'Tories')).toBe(true);
		expect(givesAway('Shares in […] rose as Americans bought more cars.', 'American')).toBe(true);
		expect(givesAway('A divide opened between Labour and the […].', 'Tories')).toBe(false);
		expect(givesAway('Sales of the 9-3 rose 4% in […].', 'Sweden')).toBe(false);
	});

	it('reads a pair or list answer as given away when the question names one of them', () => {
		const question = 'Which countries are to sign a pact which could see Norway invest $2bn?';
		expect(givesAway(question, 'Norway and Chile')).toBe(true);
		expect(givesAway(question, 'Peru, Chile and Norway')).toBe(true);
		expect(givesAway(question, 'Peru and Chile')).toBe(false);
	});
});

describe('the verb of a clause in the progressive', () => {
	it('asks how many of an object after "has been …ing"', () => {
		const questions = factQuestionsOf(
			'Spyware fines\n\nIn Washington, Congress has been debating four anti-spyware bills, but California is a step ahead.'
		);
		expect(questions).toContain('How many anti-spyware bills has Congress been debating?');
	});
});

describe('counts that open a sentence', () => {
	it('asks how many of the counted thing, with the qualifier in the answer', () => {
		const cards = cardsOf(
			'Jobs report\n\nMore than 5.2 million Germans were out of work in February, new figures show. About 40 record labels turned up to one gig in Glasgow.'
		);
		const asked = (q: string) => cards.find((c) => c.question === q)?.answer;
		expect(asked('How many Germans were out of work in February?')).toBe('more than 5.2 million');
		expect(asked('How many record labels turned up to one gig in Glasgow?')).toBe('about 40');
	});
});

describe('where and when past other phrases of the clause', () => {
	const cards = cardsOf(
		'Actor dies\n\nUS actor Sam Johnson has died at the age of 87. Johnson, who was married to actress Ruth Dale, was found dead on Friday in his hotel room in Miami Beach, Florida. Johnson made his acting debut in 1950 in a film starring his brother. Johnson later worked for Velmora Studios.'
	);

	it('asks where, keeping the phrases between the verb and the place', () => {
		expect(
			factQuestionsOf(
				'Actor dies\n\nUS actor Sam Johnson has died at the age of 87. Johnson, who was married to actress Ruth Dale, was found dead on Friday in his hotel room in Miami Beach, Florida. Johnson made his acting debut in 1950 in a film starring his brother. Johnson later worked for Velmora Studios.'
			)
		).toContain('Where was Sam Johnson found dead on Friday in his hotel room?');
		// "Where …?" is a weak form: the place is asked as its sentence's gap.
		expect(cards.find((c) => c.answer === 'Miami Beach')?.type).toBe('cloze');
	});

	it('prefers it to asking who, when the answer is the story’s own subject', () => {
		expect(cards.filter((c) => /^Who was found dead/.test(c.question))).toEqual([]);
	});
});

describe('pronouns and capitals', () => {
	it('reads "She" as no man named before, and keeps a party’s capital', () => {
		const cards = cardsOf(
			'Party conference\n\nTory leader Michael Howard attended the conference in Blackpool on Tuesday. The Tory party met there. She made her debut speech at the Conservative Party Conference in Bournemouth last year.'
		);
		expect(
			cards.filter((c) => c.answer === 'Michael Howard' && /her debut/.test(c.question))
		).toEqual([]);
		expect(cards.map((c) => c.question)).toContain(
			'Which Tory leader attended the conference in Blackpool on Tuesday?'
		);
	});
});

describe('figures and lists asked whole', () => {
	it('writes wrong figures the way the answer is written, each once', () => {
		const wrong = nearbyNumbers('793,000');
		expect(wrong.every((w) => /^\d{1,3}(,\d{3})+$/.test(w))).toBe(true);
		expect(new Set(wrong).size).toBe(wrong.length);
		expect(nearbyNumbers('1,000').every((w) => w !== '1,000')).toBe(true);
	});

	it('keeps a rate’s unit and its qualifier, and asks the figure once', () => {
		const text =
			'Indian oil output\n\nIndia produces about 793,000 barrels a day of crude oil from its fields in the north.';
		expect(factQuestionsOf(text)).toContain('How many barrels a day does India produce?');
		const answers = cardsOf(text).map((c) => c.answer);
		expect(answers.filter((a) => /793,000/.test(a))).toEqual(['about 793,000']);
	});

	it('asks no one of several objects as the answer', () => {
		const cards = cardsOf(
			'Doubles\n\nThe Bryan brothers thrashed Juan Ferrero and Tommy Robredo in Seville on Sunday to win the title.'
		);
		expect(cards.filter((c) => c.answer === 'Juan Ferrero')).toEqual([]);
	});

	it('hides no time zone', () => {
		const cards = cardsOf(
			'Ban starts\n\nA nationwide ban on smoking in pubs comes into effect from 0001 GMT on Friday in Ireland, officials said.'
		);
		expect(cards.filter((c) => c.type === 'cloze' && c.answer === 'GMT')).toEqual([]);
	});
});

describe('what an appositive says a person is', () => {
	it('asks "Which Fed chairman …" of "X, the Fed chairman, spoke …"', () => {
		const cards = cardsOf(
			'Lecture\n\nAlan Greenspan, the Fed chairman, spoke in Kirkcaldy on Sunday about the pioneering economist Adam Smith.'
		);
		expect(cards.map((c) => c.question)).toContain(
			'Which Fed chairman spoke in Kirkcaldy on Sunday about the pioneering economist Adam Smith?'
		);
	});
});

describe('where a clause ends', () => {
	it('cuts the question at "but" before a new clause with a long subject', () => {
		const questions = factQuestionsOf(
			'Rugby\n\nJon Petrie scored a second try for Scotland in the second half but late scores from John Hayes and Gavin Duffy sealed victory for Ireland at Murrayfield.'
		);
		expect(questions).toContain('Who scored a second try for Scotland in the second half?');
	});
});

describe('posts many hold', () => {
	it('asks no holder of a playing position', () => {
		const cards = cardsOf(
			'Palace win\n\nCrystal Palace beat Arsenal 2-0 at Selhurst Park on Saturday. Crystal Palace striker Andy Johnson said the win was deserved.'
		);
		expect(cards.filter((c) => /Who is the Crystal Palace striker/.test(c.question))).toEqual([]);
	});
});

describe('what a sentence points back to', () => {
	it('reads "subsequent" and "were then" as pointing back to a time told before', () => {
		const alone = firstStandsAlone;
		expect(alone('Brentford have conceded six goals in their two subsequent League outings.')).toBe(
			false
		);
		expect(alone('Fulham were then in the Second Division, under manager Kevin Keegan.')).toBe(
			false
		);
		expect(alone('Fulham won the Second Division title in 1999 under manager Kevin Keegan.')).toBe(
			true
		);
	});

	it('reads "It" after "X said the gadget …" as no X, unless it goes on reporting ("It added …")', () => {
		const questions = factQuestionsOf(
			[
				'Gadget show opens',
				'',
				'The Consumer Electronics Show opened in Las Vegas on Thursday with record crowds.',
				"Another disappointment was the lack of exposure Velmora's new portable games device, the VX2, had at the show.",
				'Velmora said the much-anticipated gadget would most likely start shipping in March for the US and Europe.',
				'It went on sale in Japan before Christmas.',
				'Velmora said the device had sold 500,000 units in Japan. It added that a new model would follow in 2006.'
			].join('\n')
		);
		expect(questions.filter((q) => /on sale/.test(q))).toEqual([]);
		expect(questions).toContain('Which organisation added that a new model would follow in 2006?');
	});

	it('reads no person into "Old Labour", so "He" after the chief of the party is the chief', () => {
		const { sentences } = tagged(
			'Simon Hale said: "New Labour has lost people\'s confidence in a way Old Labour never did."'
		);
		const old = sentences[0].mentions.find((m) => m.text === 'Old Labour');
		expect(old?.kind).toBe('thing');
		const cards = cardsOf(
			"More reforms ahead says Marston\n\nLabour will continue to pursue reforms if it wins a third term, the party's election chief Alan Marston has said.\nHe pledged Labour would encourage more people to achieve their aspirations.\nMeanwhile, the Liberal Democrats' President Simon Hale said: \"New Labour has lost people's confidence in a way Old Labour never did.\"\nMr Marston said that Labour wanted policies which encouraged social mobility.\n"
		);
		expect(cards.find((c) => c.question.startsWith('Who pledged'))?.answer).toBe('Alan Marston');
	});

	it('reads no "He" as one of several people the sentence before listed', () => {
		const answers = cardsOf(
			'Rap feud\n\nRapper Curtis Vance said the newcomer was disloyal.\nHis label has been involved in rivalries with fellow artists including Fat Joe, Nas and Jadakiss.\nHe has claimed credit for the success of The Game, who has become the hottest new star on the rap scene.\n'
		).map((c) => c.answer);
		expect(answers).not.toContain('Fat Joe');
	});

	it('reads a name opening a sentence as the name met mid-sentence', () => {
		const text =
			'A judge has dismissed an attempt by oil giant Varkos to gain protection in the US. Varkos said it would consider its options.';
		const sentences = [0, text.indexOf('Varkos said')].map((start, index, all) =>
			findMentions({
				sourceId: 'a',
				index,
				start,
				text: text.slice(start, all[index + 1] ?? text.length).trim(),
				position: index,
				ref: {}
			})
		);
		expect(sentences[1].mentions.map((m) => m.text)).not.toContain('Varkos');
		recoverOpeningNames(sentences);
		expect(sentences[1].mentions.map((m) => m.text)).toContain('Varkos');
	});

	it('keeps a person as the topic through a quotation, for "He" after it', () => {
		const cards = cardsOf(
			'Lecture\n\nEconomist Alan Marwick gave a lecture in Leeds on Monday. "Markets reward patience and punish haste, always," the audience heard. He later opened an exhibition dedicated to trade in the atrium of Leeds City College.'
		);
		expect(cards.map((c) => c.question).join('\n')).toMatch(
			/Alan Marwick (later )?opened|did Alan Marwick open/
		);
	});

	it('reads "it" inside a sentence as its own subject, not a thing named sentences before', () => {
		const cards = cardsOf(
			'TV tools\n\nBritish Telecom is one of 13 partners involved in the project. The three-year project will work on seven productions as it develops a set of software tools for viewers.'
		);
		expect(cards.map((c) => c.question).join('\n')).not.toMatch(/as British Telecom develops/);
	});

	it('finds the verb after a clause set off by dashes, even after a year', () => {
		const cards = cardsOf(
			'Honours\n\nFollowing his lecture, Dr Alan Marwick - who received a knighthood from the Queen in 2002 - was awarded an honorary fellowship of the Royal Society of Edinburgh.'
		);
		expect(cards.map((c) => c.question).join('\n')).toMatch(
			/honorary fellowship of the Royal Society of Edinburgh/
		);
	});
});

describe('sport', () => {
	it('asks "Which team did … beat" in the past, of a country beaten', () => {
		const questions = factQuestionsOf(
			'Sevens\n\nEngland begin their defence in Hong Kong on Friday. However, England beat Samoa in the recent Los Angeles Sevens before losing to Argentina in the semi-finals.'
		).join('\n');
		expect(questions).not.toMatch(/Which place do England beat/);
		// One fact, asked one way round only.
		expect(questions).not.toMatch(
			/Who beat Samoa[^]*Who did England beat|Who did England beat[^]*Who beat Samoa/
		);
		expect(questions).toMatch(/Who beat Samoa|England beat in the recent Los Angeles Sevens/);
	});

	it('asks "Which team" of a club with a plural name in a league table', () => {
		const questions = factQuestionsOf(
			'Football\n\nGlen Hadley has been appointed manager of Wolves. Wolves are currently 17th in the Championship and have a home game against Millwall on Tuesday.'
		).join('\n');
		expect(questions).toMatch(/^Which team is currently 17th/m);
	});
});

describe('choices', () => {
	it('offers like for like: actors for an actor, none against a person of no known role', () => {
		const actors = ['Geoffrey Rusk', 'Mike Leland', 'Paul Bettan', 'Ian Holme'];
		const lines = [
			'British actress Imelda Stanton won the best actress award for the drama Vera Drake on Sunday.',
			...actors.map(
				(a, k) => `British actor ${a} won award number ${k + 2} for a comedy on Sunday.`
			),
			'British actress Kate Winslet won award number 10 for a drama on Sunday.',
			'Tom Smithers won award number 12 for a drama on Sunday.'
		];
		const cards = cardsOf(`Awards\n\n${lines.join(' ')}`);
		const rusk = cards.find((c) => c.answer === 'Geoffrey Rusk');
		expect([...(rusk?.choices ?? [])].sort()).toEqual([...actors].sort());
		for (const c of cards.filter((c) => c.choices))
			expect(c.choices).not.toContain('Imelda Stanton');
		const untitled = cards.find((c) => c.answer === 'Tom Smithers');
		expect(untitled).toBeDefined();
		expect(untitled?.choices).toBeUndefined();
	});

	it('reads the name after "the film" or "the play" as a work, not a person', () => {
		const text = 'She won the award for the drama Vera Drake and the play Medea Now on Sunday.';
		const s = findMentions({ sourceId: 'a', index: 0, start: 0, text, position: 0, ref: {} });
		const kinds = Object.fromEntries(s.mentions.map((m) => [m.text, m.kind]));
		expect(kinds['Vera Drake']).toBe('thing');
		expect(kinds['Medea Now']).toBe('thing');
	});

	it('offers no man as a wrong choice for an actress', () => {
		const men = [
			'Geoffrey Rusk',
			'Mike Leland',
			'Jamie Fox',
			'Tom Hardy',
			'Paul Bettany',
			'Ian Holm'
		];
		const women = ['Kate Winslet', 'Julie Walters', 'Fiona Shaw'];
		const lines = [
			'Actress Imelda Stanton won the best actress award for the drama Vera Drake on Sunday.',
			...men.map((m, k) => `Actor ${m} won award number ${k + 2} for a comedy on Sunday.`),
			...women.map((w, k) => `Actress ${w} won award number ${k + 10} for a drama on Sunday.`)
		];
		const deck = generateDeck({
			sources: [{ id: 'a', text: `Awards\n\n${lines.join(' ')}` }]
		}).deck;
		// Asked as questions or as gaps ("Actress […] won …"), with their choices either way.
		const actress = deck.cards.filter((c) => /actress/i.test(c.question) && c.choices);
		expect(actress.length).toBeGreaterThan(0);
		for (const c of actress) for (const man of men) expect(c.choices).not.toContain(man);
	});

	it('asks no "Who said …?" of a quotation (a test of memory, not of the news)', () => {
		const cards = cardsOf(
			'Visit\n\nPresident Tom Harlan pledged to increase sales to Velmora by billions of dollars. "We will join forces with Velmora to combat piracy from Somalia," Tom Harlan said on Monday.'
		);
		expect(cards.filter((c) => /^Who said/.test(c.question))).toEqual([]);
	});
});

describe('families reviewers rejected', () => {
	it('asks no event by its object alone ("When was Westbridge & Hythe won?")', () => {
		const cards = cardsOf(
			'Election\n\nTory candidate Tom Harlan won Westbridge & Hythe in 2001 with a majority of 6,000. The Labour candidate Jane Mollis lost Westbridge & Hythe by a narrow margin.'
		);
		const questions = cards.map((c) => c.question).join('\n');
		expect(questions).not.toMatch(/^(When was|Who won) Westbridge & Hythe( won)?\?$/m);
		expect(questions).toMatch(/won Westbridge & Hythe in 2001/);
	});

	it('asks "Which organisation is X from?" only of a body with a name of its own', () => {
		const cards = cardsOf(
			'Business\n\nDavid Frost of the British Chambers of Commerce said exports were weak. Ken Loach of Commerce said the figures were poor. Ken Loach added that exports would recover. Analyst Pramit Chaudhuri of the Eurasia Group said the deal was delayed. Pramit Chaudhuri said talks would resume in March.'
		);
		const asked = cards.filter((c) => /^Which organisation is .* from\?$/.test(c.question));
		expect(asked.map((c) => c.answer)).not.toContain('Commerce');
	});
});

describe('a common noun phrase as the answer', () => {
	it('asks "What did … want inserted …?" of a short specific object', () => {
		const text =
			'Terror bill\n\nThe Liberal Democrats wanted a sunset clause inserted in the Anti-Terrorism Bill that would have forced ministers to revisit it in November. Ministers rejected the sunset clause.';
		expect(factQuestionsOf(text)).toContain(
			'What did the Liberal Democrats want inserted in the Anti-Terrorism Bill?'
		);
		// "What …?" is a weak form: the object is asked as the sentence's gap, not the party.
		const answers = cardsOf(text).map((c) => c.answer);
		expect(answers[0]).toBe('a sunset clause');
		expect(answers).not.toContain('Liberal Democrats');
	});

	it('hides no lower-case phrase the article does not repeat ("PVR has been […] for Sky")', () => {
		const answers = cardsOf(
			[
				'Cable offers video-on-demand',
				'',
				'Cable firm Telewest has launched a video-on-demand service for its digital TV customers.',
				'PVR has been a big success for Sky because it gives customers control over programmes.',
				'The BBC is trialling a similar service, offering broadband users programmes already broadcast.',
				'Telewest said 40,000 customers had signed up in its first month.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('a big success');
		expect(answers).not.toContain('a similar service');
	});

	it('asks nothing of a vague or one-word object, or one defined "as" something', () => {
		const cards = cardsOf(
			'Jobs\n\nThe International Labour Organisation defines an unemployed person as someone who has looked for work. Alan Marwick has given a speech at a Scottish church.'
		);
		expect(cards.filter((c) => /^What (does|has)/.test(c.question))).toEqual([]);
	});
});

describe('titles and the bodies they belong to', () => {
	it('reads "PM" before a name as a title, not part of the name ("deputy PM John Prescott")', () => {
		const { sentences } = tagged(
			'The book alleges that Mr Blair told the chancellor at a dinner hosted by deputy PM John Prescott in November 2003 of his intention to stand down.'
		);
		expect(sentences[0].mentions.map((m) => m.text)).toContain('John Prescott');
	});

	it('asks whose chief executive from the one firm a story is about', () => {
		const questions = factQuestionsOf(
			'Oil firm ruling\n\nA judge has dismissed an attempt by oil firm Varkos to gain protection in the US. Varkos filed for protection in Houston last month. Varkos said it would consider its options. "We believe the merits of our case are strong," said chief executive Steven Thorne.'
		);
		expect(questions).toContain("Who is Varkos's chief executive?");
	});

	it('asks no firm’s chief executive where another firm is in view', () => {
		const cards = cardsOf(
			'Adverts\n\nRetailer Valmart took out adverts in newspapers. Valmart said the adverts set the record straight. Valmart is also fighting two lawsuits. The move follows claims about drugs group Orlin Pharma. In the adverts, signed by chief executive Sidney Tarrel, the company says the claims are false.'
		);
		expect(cards.filter((c) => /chief executive\?$/.test(c.question))).toEqual([]);
	});

	it('names a body by what the text calls it ("Which band …?")', () => {
		const cards = cardsOf(
			'Awards\n\nScottish rock band Franz Fenwick have won two awards at the ceremony in London. Franz Fenwick have risen to the head of the UK art rock ranks with an album of catchy songs.'
		);
		expect(cards.map((c) => c.question).join('\n')).toMatch(/^Which band has risen/m);
	});

	it('asks no holder of a post a board has many of, and keeps a joined title whole', () => {
		const questions = factQuestionsOf(
			'Board\n\nDisney director John Bryce said the firm would change its rules. Trade and Industry Secretary Patricia Hewlett said the plans would help rural areas. John Bryce left the board in March.'
		);
		expect(questions.join('\n')).not.toMatch(/Who is the Disney director/);
		expect(questions).toContain('What position does Patricia Hewlett hold?');
	});
});

describe('more slips reviewers found', () => {
	it('hides no place named by its direction ("eastern […]")', () => {
		const cards = cardsOf(
			'Hunting\n\nMany MPs with rural seats, particularly in eastern England, have been pressing the government to act on hare coursing.'
		);
		expect(cards.filter((c) => c.type === 'cloze' && c.answer === 'England')).toEqual([]);
	});

	it('asks nothing of the outlet that tells the story', () => {
		const cards = cardsOf(
			'Football\n\nLiverpool chief executive Rick Parry said the club was not for sale. BBC Sport understands Steve Morgan is still ready and willing to invest in Liverpool football club.'
		);
		expect(cards.filter((c) => c.answer === 'BBC Sport')).toEqual([]);
	});

	it('cuts a question at "and" before a new clause', () => {
		const cards = cardsOf(
			'Civil service\n\nAbout 4,300 civil servants will leave London by the end of March 2005 and there are plans to relocate another 3,500 staff by 2008.'
		);
		expect(cards.filter((c) => c.type === 'qa' && /and there are plans/.test(c.question))).toEqual(
			[]
		);
		expect(cards.map((c) => c.question)).toContain(
			'How many civil servants will leave London by the end of March 2005?'
		);
	});

	it('asks "What is X?" of a description in brackets, never of initials', () => {
		const cards = cardsOf(
			'Television\n\nSatellite firm BSkyB plans to ship new set-top boxes by Christmas. Like its earlier boxes, they will also be personal video recorders (PVRs). The firm will also sell anti-tank guided missiles (Javelin) to collectors, it joked.'
		);
		expect(cards.filter((c) => /^What is the PVRs\?/.test(c.question))).toEqual([]);
	});
});

describe('figures in gaps', () => {
	it('hides no figure of a sentence that names nothing', () => {
		const cards = cardsOf(
			'Results\n\nAdvertising group Parley Holdings said sales were strong. Parley Holdings bought the US agency Grey Global for $1.5bn in March. Martin Sorel founded Parley Holdings in London in 1985. Chief executive Tom Barrow joined Parley Holdings from rival Omnix in 2001. Pre-tax profits rose 15% from a year ago to reach £546m, ahead of average forecasts of £532m.'
		);
		expect(cards.filter((c) => c.type === 'cloze' && /^Pre-tax profits/.test(c.question))).toEqual(
			[]
		);
	});

	it('hides a small count, and a figure late in the article (reviewers kept 17 of 22, 34 of 59)', () => {
		const answers = cardsOf(
			'Phone survey\n\nVelmora Telecom sold 2.4 million handsets in Germany last year, up 12% on 2003. The firm now runs six factories in eastern Europe. Its shares rose 3% in Frankfurt on Monday. Analysts had expected a smaller rise. Velmora plans to hire 1,200 engineers in Poland by 2007.'
		).map((c) => c.answer);
		expect(answers).toContain('six');
		expect(answers).toContain('1,200');
	});

	it('ends what a figure measures before a preposition ("the $422bn deficit under control")', () => {
		const questions = cardsOf(
			"Markets cheer election result\n\nUS shares rose sharply on Wednesday after George Bush won a second term. As for future policies, both candidates pledged to bring America's $422bn federal budget deficit under control. The Dow Jones closed up 1.01% at 10,137 points."
		).map((c) => c.question);
		expect(questions.some((q) => q.includes('422bn') || q.includes('deficit'))).toBe(true);
		expect(questions.filter((q) => /under control\?/.test(q))).toEqual([]);
	});

	it('spells out no initials every reader knows, but a story’s own', () => {
		const questions = cardsOf(
			'Davos opens\n\nThe World Economic Forum (WEF) opened in Davos on Wednesday with a call for action on poverty. The International Monetary Fund (IMF) said growth in Africa would reach 5% this year.'
		).map((c) => c.question);
		expect(questions).toContain('What does WEF stand for?');
		expect(questions.filter((q) => /IMF stand for/.test(q))).toEqual([]);
	});
});

describe('endings', () => {
	it('reads "her" after a verb as its object, not a dangling word', () => {
		const questions = factQuestionsOf(
			'Run-off\n\nOpposition leader Sofia Castell won the presidential election on Sunday. President Rodrigo Almada conceded defeat in a televised address on Monday morning and called Castell to congratulate her.'
		);
		expect(questions).toContain(
			'Who conceded defeat in a televised address on Monday morning and called Castell to congratulate her?'
		);
	});
});

describe('phrases after the answer', () => {
	it('keeps the phrase after a figure that says when ("… total in December?")', () => {
		const questions = factQuestionsOf(
			"Trade\n\nAccording to the Ministry of Commerce, Velmora's exports totalled $63.8bn in December."
		);
		expect(questions).toContain("How much did Velmora's exports total in December?");
	});
});

describe('subjects', () => {
	it('reads "The French want the embargo lifted" as a people and its verb, not one long subject', () => {
		const cards = cardsOf(
			'Arms\n\nVelmora wants the ban lifted. The French want the embargo lifted because they want to sell arms to Velmora.'
		);
		expect(cards.filter((c) => /want the embargo lift\b/.test(c.question))).toEqual([]);
		expect(tagsOf('The French want the embargo lifted.', 'want')).toContain('Verb');
	});
});

describe('bodies described in apposition', () => {
	it('asks "Which Italian food group …?" of "Parmalat, the Italian food group at …, has …"', () => {
		const cards = cardsOf(
			"Profits\n\nParvalat, the Italian food group at the centre of one of Europe's most painful corporate scandals, has reported a doubling in profit."
		);
		expect(
			cards.find((c) => /^Which Italian food group has reported/.test(c.question))?.answer
		).toBe('Parvalat');
	});
});

describe('epithets', () => {
	it('reads "the Bank" (a body called by its kind) as needing the headline', () => {
		const { sentences, entities } = tagged(
			'Some economists feel the Bank may still think there is a need for a rise to 5% this year. The Bank of England held rates at 4.75% on Thursday.'
		);
		expect(sentenceStandsAlone({ s: sentences[0], entities, opensQuoted: false })).toBe(false);
		expect(sentences[0].definiteOnly).toBe(true);
		expect(sentenceStandsAlone({ s: sentences[1], entities, opensQuoted: false })).toBe(true);
	});

	it('reads a line opening with an epithet no name resolves as needing the line before', () => {
		const standsAlone = (text: string, k: number) => {
			const { sentences, entities } = tagged(text);
			return sentenceStandsAlone({ s: sentences[k], entities, opensQuoted: false });
		};
		const story =
			'Organisers praised the crowd at the Velmora Arena on Sunday. The 62-year-old sang Hey Jude and other songs in a 12-minute set. The American made 26 unforced errors in the final. The Trafford athlete, who has served a two-year ban, clinched the title with a record 4.25m.';
		expect(standsAlone(story, 1)).toBe(false);
		expect(standsAlone(story, 2)).toBe(false);
		expect(standsAlone(story, 3)).toBe(false);
		expect(
			standsAlone('The American company Velmora Systems made 26 new chips in Taiwan last year.', 0)
		).toBe(true);
	});

	it('reads "the veteran" as the person the text is about, naming them once', () => {
		const cards = cardsOf(
			'Rugby\n\nMatt Wilkins insists he has no thoughts of quitting as national coach. The veteran was appointed in 2003 and the 47-year-old signed a new contract with the Scottish Rugby Union last year.'
		);
		const gap = cards.find((c) => c.type === 'cloze' && c.answer === '2003');
		expect(gap?.question).toMatch(
			/^Matt Wilkins was appointed in \[…\] and the 47-year-old signed/
		);
		expect(cards.filter((c) => /^What was appointed/.test(c.question))).toEqual([]);
	});

	it('reads no "the best actress award" as a person', () => {
		const cards = cardsOf(
			'Awards\n\nActress Imelda Stanton was praised by critics in London. Imelda Stanton won the best actress award for the drama Vera Drake on Sunday.'
		);
		expect(cards.map((c) => c.question).join('\n')).not.toMatch(/won Imelda Stanton/);
	});

	it('asks no "Who launched Manchester United?" of a bid launched for a club', () => {
		const questions = factQuestionsOf(
			'Takeover\n\nMalcolm Glazer has launched a new offer for Manchester United. Microsoft launched the Xbox 360 in Tokyo on Friday.'
		).join('\n');
		expect(questions).not.toMatch(/Who launched Manchester United/);
		expect(questions).toMatch(/Who launched Xbox/);
	});
});

describe('nouns learnt before names', () => {
	it('learns no "the way" as a name for the person after it', () => {
		const cards = cardsOf(
			'Politics\n\nCritics attacked the way Tony Blair sold the war to the public in 2003. Labour said the way the war was sold to the public was a matter for historians in Oxford.'
		);
		expect(cards.map((c) => c.question).join('\n')).not.toMatch(/Tony Blair the war was sold/);
		expect(cards.filter((c) => /Tony Blair the war/.test(c.cloze?.text ?? c.question))).toEqual([]);
	});
});

describe('set G slips', () => {
	it('asks no holder of a post a film or team has many of ("the Ray actor")', () => {
		const cards = cardsOf(
			'Oscars\n\nRay actor Jamie Fox won the best actor award in Los Angeles on Sunday. Jamie Fox thanked the director Taylor Hackman.'
		);
		expect(cards.filter((c) => /^Who is the Ray actor\?/.test(c.question))).toEqual([]);
	});

	it('hides no outlet telling the story, and keeps a party word’s capital', () => {
		const cards = cardsOf(
			'Virus\n\nBBC News Online has received five warnings about the Bagle virus from readers in Britain. Tory frontbencher Alan Duncan attacked the plans in the Commons on Tuesday.'
		);
		expect(cards.filter((c) => c.type === 'cloze' && /^BBC/.test(c.answer))).toEqual([]);
		expect(cards.map((c) => c.question).join('\n')).not.toMatch(/Which tory/);
	});

	it('keeps the capital of a name the article writes capitalised as a pair ("All Blacks")', () => {
		const questions = cardsOf(
			[
				'Umaga warns Lions',
				'',
				'All Blacks captain Tama Umaga has warned the British and Irish Lions will be his most fearsome opponents yet.',
				'"It is not just us All Blacks who are excited, it is all of the country," he said.'
			].join('\n')
		)
			.map((c) => c.question)
			.join('\n');
		expect(questions).toMatch(/Which All Blacks captain/);
		expect(questions).not.toMatch(/Which all Blacks/);
	});

	it('reads "husband David Arkett for HBO" as a name and a body', () => {
		const cards = cardsOf(
			'TV\n\nCourteney Cox is making a reality show along with husband David Arkett for HBO in Los Angeles.'
		);
		expect(cards.filter((c) => /for HBO/.test(c.answer))).toEqual([]);
	});
});

describe('acronyms in the forms news writes them', () => {
	const expansions = (text: string) =>
		cardsOf(text)
			.filter((c) => /stand for\?$/.test(c.question))
			.map((c) => `${c.question} ${c.answer}`);

	it('reads a long form joined across "and" and set off by a comma', () => {
		expect(
			expansions(
				'Net names\n\nThe domains are being considered by the Internet Corporation for Assigned Names and Numbers, Icann.'
			)
		).toContain('What does Icann stand for? Internet Corporation for Assigned Names and Numbers');
	});

	it("reads a long form in brackets after its owner's name", () => {
		expect(
			expansions(
				"Rates\n\nHe said the MPC (the Bank of Velmora's Monetary Policy Committee) would judge whether a rise was justified."
			)
		).toContain('What does MPC stand for? Monetary Policy Committee');
	});

	it('spells out no initials every reader knows (LSE, GPS, LCD)', () => {
		expect(
			expansions(
				'Exchange bid\n\nThe London Stock Exchange (LSE) said on Monday that Tarsh Bourse had raised its offer. Phones with Global Positioning System (GPS) chips sold well.'
			)
		).toEqual([]);
	});

	it('takes no long form that is only the tail of a longer title ("… for a Safe Society (SS2)")', () => {
		expect(
			expansions(
				'Street plan\n\nSafe Streets for a Safe Society (SS2) will fund ten projects in Velmora this year.'
			)
		).toEqual([]);
	});

	it('takes no comma apposition whose letters do not spell the name', () => {
		expect(
			expansions('Talks\n\nThe talks were held by the Velmora Trade Council, Geneva.')
		).toEqual([]);
		// A title's own first word is no short form of it ("Nightfall II, Nightfall: Rebirth").
		expect(
			expansions(
				'Horror films\n\nCarver and Hill made several Nightfall sequels, including Nightfall II, Nightfall: Rebirth and Nightfall: The Curse.'
			)
		).toEqual([]);
	});
});

describe('a gap shown with the sentence it needs', () => {
	const text = `Theatre awards

Veteran star Ossian Marlowe, a well-known civil rights campaigner, died in Velmora at the age of 87 on Friday. The funeral was held at the Riverside Chapel of Kestrel Bay, where friends and family gathered on Saturday.

His last film, a comedy about a retired jockey, opens in Velmora next month.`;

	it('shows the sentence before a gap whose own sentence points back, and cites both', () => {
		const card = cardsOf(text).find((c) => c.type === 'cloze' && /Riverside Chapel/.test(c.answer));
		expect(card?.question).toMatch(
			/^Veteran star Ossian Marlowe, .* The funeral was held at the \[…\]/
		);
		expect(card?.citations.map((c) => c.quote.slice(0, 20))).toEqual([
			'Veteran star Ossian ',
			'The funeral was held'
		]);
		expect(card?.cloze?.text.slice(card.cloze.blanks[0].start, card.cloze.blanks[0].end)).toBe(
			card?.answer
		);
	});

	it('shows no sentence before that points back itself', () => {
		const cards = cardsOf(
			text.replace(
				'Veteran star Ossian Marlowe, a well-known civil rights campaigner, died',
				'Veteran star Ossian Marlowe has died aged 87. He was a well-known civil rights campaigner and died'
			)
		);
		expect(cards.filter((c) => /^He\b/.test(c.question)).map((c) => c.question)).toEqual([]);
	});
});

describe('a person named with the noun that says what they are', () => {
	it('asks "With which director …?" of a person after a preposition', () => {
		const questions = factQuestionsOf(
			'Stage legend dies\n\nUS actor Ossian Marlowe has been found dead at the age of 87.\n\nHe frequently collaborated with director Spike Lanning, starring in seven Lanning films including Jungle Heat.\n\nHe died on Friday.'
		);
		expect(questions).toContain('With which director did Ossian Marlowe collaborate?');
	});
});

describe('questions that read a clause wrongly', () => {
	it("asks nothing of a name that only looks like a person's", () => {
		const cards = cardsOf(
			'Piracy plan\n\nMicrosoft is clamping down on pirated copies of Windows. Windows Genuine Advantage was first introduced as a pilot scheme in September 2004 for English-language versions of Windows XP.\n\nThe scheme now covers 20 languages and will be compulsory from the middle of next year.'
		);
		expect(cards.filter((c) => /^Who\b/.test(c.question)).map((c) => c.question)).toEqual([]);
	});

	it('asks nothing of an object that is the subject of an infinitive', () => {
		// Traced, not only written: a question from the same sentence may take its place in the deck.
		const asked: string[] = [];
		generateDeck({
			sources: [
				{
					text: 'Debt plan\n\nChancellor Gordon Brown wants richer countries to write off the debts of the poorest nations by 2010.\n\nThe plan was set out in a speech in London on Monday evening.'
				}
			],
			trace: (fact) => asked.push(fact.question ?? '')
		});
		expect(asked.filter((q) => /want\?$/.test(q))).toEqual([]);
	});

	it('makes no gap of a figure that ends a name', () => {
		const cards = cardsOf(
			"Charts\n\nBillboard's Hot 100 chart now includes sales of music downloads, Billboard magazine said on Monday.\n\nSales of downloads rose tenfold in 2004 in the US and Europe, the industry body said."
		);
		expect(cards.filter((c) => /Hot \[…\]/.test(c.question)).map((c) => c.question)).toEqual([]);
	});

	it('reads no name in a sentence-opening "Now"', () => {
		const cards = cardsOf(
			'Mobile firsts\n\nVodafone made the first mobile call in the UK in 1985. Now Vodafone has 14m customers in the UK alone, the company said.\n\nThe call was made from St Katherine Dock to its office in Newbury.'
		);
		expect(cards.map((c) => `${c.question} ${c.answer}`).join('\n')).not.toMatch(/now Vodafone/i);
	});
});

describe('the question word for a body', () => {
	it('asks "Which party" of a party', () => {
		const cards = cardsOf(
			'Drinking laws\n\nThe new licensing laws come into force in England on 7 February. The Conservatives have called for 24-hour drinking to be shelved until the effects are known.\n\nPolice chiefs in London have also voiced concern about the plans.'
		);
		expect(cards.map((c) => c.question)).toContain(
			'Which party has called for 24-hour drinking to be shelved?'
		);
	});

	it('asks "Which organisation" of a thing that wants', () => {
		const questions = factQuestionsOf(
			'Debt plan\n\nThe speech will be hosted on Wednesday by the aid group Cafod in London. Cafod wants Britain to use its influence to pressure countries like the US to make firm commitments to tackle global poverty.\n\nThe plan was set out by officials in a speech in London on Monday evening.'
		);
		expect(questions.filter((q) => /^\S+ \S+ wants Britain/.test(q))).toEqual([
			'Which organisation wants Britain to use its influence to pressure countries like the US to make firm commitments to tackle global poverty?'
		]);
	});
});

describe('what a sentence points back to, and what it does not', () => {
	const alone = (text: string) => {
		const tokens = tagText({ text, offset: 0 });
		const s = findMentions({
			sourceId: 'a',
			index: 0,
			start: 0,
			text,
			position: 0,
			ref: {},
			tokens
		});
		const entities = resolveEntities({ sentences: [s] });
		return sentenceStandsAlone({ s, entities, opensQuoted: false });
	};

	it('reads "the company\'s …" as pointing back, whatever follows it', () => {
		expect(
			alone("T-Mobile USA, the company's American mobile business, made a strong contribution.")
		).toBe(false);
		expect(
			alone('Velmora Telekom said its American mobile business made a strong contribution.')
		).toBe(true);
	});

	it('reads "the first televised ceremony" as pointing back, "the first time" and "the highest level since" not', () => {
		expect(alone('The first televised ceremony was held in 1953 in Velmora.')).toBe(false);
		expect(alone('Anna Velk was the first president and oversaw the first awards.')).toBe(false);
		expect(alone('Velmora won in Milan for the first time in 1998.')).toBe(true);
		expect(alone('Oil prices in Velmora hit the highest level since 1983.')).toBe(true);
	});

	it('reads "something similar" and "done that" as pointing back', () => {
		expect(alone('Velmora Games had a stab at something similar with the Vortex console.')).toBe(
			false
		);
		expect(alone('Velmora Games built something similar to a home computer in 1999.')).toBe(true);
		expect(
			alone('Dunmore coach Aldo Berrin appears to have done that quite successfully this season.')
		).toBe(false);
		expect(alone('Dunmore coach Aldo Berrin has done that job for ten years.')).toBe(true);
	});

	it('reads "that day" as a day the text gave before', () => {
		expect(alone('Velmora United won 2-0 that day at Old Trafford.')).toBe(false);
		expect(alone('Velmora United won 2-0 on the day at Old Trafford.')).toBe(true);
	});

	it('reads "it" after a place as the place only when the place acts or owns', () => {
		expect(alone('Denver officials put it back by a week in 1938.')).toBe(false);
		expect(alone('Japan said it would cut its tariffs on rice by 2007.')).toBe(true);
		expect(alone("Japan's government wants its tariffs on rice cut by 2007.")).toBe(true);
	});

	it('asks no gap after an ordinal, and no "Which central …?" of a name that only modifies a noun', () => {
		const cards = cardsOf(
			'Velmora rail\n\nThe Velmora valley had a river running through it until the 19th Century, historian Anna Kriel said. Mystery firm Baikal Finance Group is officially registered in the central Russian region of Tver, but many analysts believe it may be linked to Gazprom.'
		);
		expect(cards.filter((c) => c.answer === 'Century' || c.answer === 'Russian')).toEqual([]);
		expect(cards.some((c) => c.answer === 'Gazprom')).toBe(true);
	});

	it("reads a firm's first word as the firm, and asks its name once", () => {
		const cards = cardsOf(
			'Oil unit sold at auction\n\nA little-known firm, Tarnow Finance Group, has bought the main production unit of oil giant Velkos at auction in Moscow. Only two companies turned up for the auction, Gazprom and the unknown Tarnow Finance Group. Tarnow paid 260bn roubles for the unit, nowhere near the $27bn that Russia says Velkos owes in taxes. Analysts said Tarnow may be linked to Gazprom, which did not make a bid.'
		);
		expect(cards.filter((c) => /^Tarnow$/.test(c.answer))).toEqual([]);
		const { sentences, entities } = tagged(
			'Tarnow Finance Group bought the unit. Analysts said Tarnow paid 260bn roubles. Velmora Bank lent Tarnow the money.'
		);
		const firm = sentences.flatMap((s) =>
			s.mentions.filter((m) => /^Tarnow/.test(m.text)).map((m) => entities.of(m))
		);
		expect(firm).toHaveLength(3);
		expect(new Set(firm).size).toBe(1);
		expect(firm[0]?.name).toBe('Tarnow Finance Group');
	});

	it("asks no gap a reader fills without the article, nor one the name's initials give away", () => {
		const cards = cardsOf(
			'Mobile games summit\n\nThe keynote was given by Jon Battery, general manager at EA Mobile. EA Mobile is a division of Electronic Arts, the biggest games publisher in the world. Players will visit planets made by other Spore players, swapped across the Internet. A niche attraction for a few dozen attendees when it began in 2000, the Velmora Summit drew several hundred people to Toronto. Lord Mackay faced a call in the House of Lords from Velmora campaigners to publish the advice. In January, 25 people were jailed in Leicester for taking part in a sham marriage network.'
		);
		expect(
			cards.filter((c) =>
				/^(Electronic Arts|Internet|dozen|hundred|House of Lords|January 25)$/.test(c.answer)
			)
		).toEqual([]);
	});

	it('reads "January 25 people" as a month and a count, and "On March 3 police" as a date', () => {
		const dates = (text: string) =>
			tagged(text).sentences.flatMap((s) =>
				s.mentions.filter((m) => m.kind === 'date').map((m) => m.text)
			);
		expect(dates('In January 25 people were jailed for a total of 35 years.')).toEqual(['January']);
		expect(dates('On March 3 police arrested 12 men in a raid.')).toEqual(['March 3']);
	});

	it('reads a line whose only verb is in a relative clause, or a list of parts, as having no verb', () => {
		const verb = (text: string) => hasFiniteVerb(tagged(text).sentences[0]);
		expect(
			verb('An extremely small computer that is designed to bring the Mac to the masses.')
		).toBe(false);
		expect(
			verb('A 2.6ghz Intel Celeron chip, 40 gigabyte hard drive, 256mb, combined CD burner.')
		).toBe(false);
		expect(verb('The man who shot Lennon was jailed.')).toBe(true);
		expect(verb('The computer that Apple launched in January sells for £339.')).toBe(true);
	});

	it('offers no choices for a bound, and hides no verb that opens the sentence', () => {
		const cards = cardsOf(
			'Velmora broadband\n\nVelmora Telecom offered broadband for less than £20 to all homes in Velmora City in January 2004. Orbis Cable charged £26 and Tarn Net charged £32 for the same service in 2004. Turning to the economy, the Velmora chancellor Anna Drell promised growth in a third term. '
		);
		const bound = cards.find((c) => c.answer === '£20');
		expect(bound && !bound.choices).toBe(true);
		expect(cards.filter((c) => c.answer === 'Turning')).toEqual([]);
	});

	it('reads a name that opens the sentence as naming what a figure is of', () => {
		const cards = cardsOf(
			'Viewers to shape TV\n\nA new project funded by the European Union will let viewers edit films. VTL is one of 13 partners involved in the project.'
		);
		expect(cards.some((c) => c.answer === '13')).toBe(true);
		const body =
			'A new project funded by the European Union will let viewers edit films. VTL is one of 13 partners involved in the project. Consumers can seek up to 40 refunds a year.';
		const why = outcomesByAnswer(body);
		expect(why.get('13')).not.toContain('a figure of nothing named');
		expect(why.get('40')).toContain('a figure of nothing named');
		// Under the story's headline, the card says whose figure it is.
		expect(cardsOf(body).some((c) => /40/.test(c.answer))).toBe(false);
		expect(cardsOf(`Velmora sets refund rules\n\n${body}`).some((c) => /40/.test(c.answer))).toBe(
			true
		);
	});

	it('asks no base of a ratio ("two out of […]")', () => {
		const why = outcomesByAnswer(
			'Asylum plans\n\nVelmora leader Anna Drell said that only two out of 10 asylum seekers in Velmora had their claims accepted in 2004.'
		);
		expect(why.get('10')).toContain('the base of a ratio');
	});

	it('joins "Fifty-five" into one count and asks no end of a range', () => {
		const cards = cardsOf(
			'Statues stolen\n\nFifty-five statues were stolen in 2000 on the way to the awards in Velmora City. Claude Errand spends three to fours hours a day on the Halo fan website, which attracts 600,000 page views a day.'
		);
		expect(cards.find((c) => /How many statues/.test(c.question))?.answer).toBe('fifty-five');
		expect(cards.filter((c) => /^(fifty|five|three|four)$/i.test(c.answer))).toEqual([]);
	});

	it('reads "such as" and a plural noun\'s own "they" as the sentence\'s own', () => {
		expect(alone('Users in Velmora have turned to free programs such as Norton Antivirus.')).toBe(
			true
		);
		expect(
			alone('Consumers in Velmora can seek $1,000 in damages if they think they were harmed.')
		).toBe(true);
		// Past a comma, "they" is someone else: the band, not the bands it is likened to.
		expect(
			alone('With a sound like bands such as Talking Heads, they hit upon a style from Velmora.')
		).toBe(false);
	});

	it('reads "their" after a team named by a plural noun as the team\'s', () => {
		expect(
			alone(
				'Rangers manager Alec Murdo accepts he will be criticised after their Uefa Cup exit at Ibrox.'
			)
		).toBe(true);
		// A surname is no plural antecedent.
		expect(
			alone('Manager Alec Jones accepts he will be criticised after their Uefa Cup exit.')
		).toBe(false);
	});

	it('reads "his" and "her" after the person the sentence names as theirs, when the sex fits', () => {
		expect(
			alone('The body of Simon Fuller was found by his grandson at the Shore Club hotel.')
		).toBe(true);
		expect(
			alone('Friends, including actress Ruby Dee his wife, gathered at the Riverside Church.')
		).toBe(false);
	});

	it('makes no gap of the end of a title whose capitals run on before "the"', () => {
		const cards = cardsOf(
			'Stage legend\n\nUS actor Ossian Marlowe has died at the age of 87. His best known roles included The Joe Louis Story and Gone Are the Days, a film he adapted from his own play.\n\nHe was married to the actress Ruby Dee for 56 years.'
		);
		expect(cards.map((c) => c.question).filter((q) => /Gone Are the \[…\]/.test(q))).toEqual([]);
	});

	it('asks nothing of a predicate cut where a quotation starts inside its object', () => {
		const cards = cardsOf(
			'ID cards row\n\nThe government plans to bring in identity cards by 2010, ministers said on Monday. Tory ex-minister Douglas Hogg said he opposed the plans for ID cards branding them a "regressive" step which would intrude into the lives of citizens.\n\nThe bill will be debated by MPs next month in the Commons.'
		);
		expect(cards.map((c) => c.question).filter((q) => /branding them\?$/.test(q))).toEqual([]);
	});
});

describe('figures asked of what the text says moved', () => {
	const asked = (text: string) => {
		const out: string[] = [];
		generateDeck({ sources: [{ text }], trace: (fact) => out.push(fact.question ?? '') });
		return out;
	};

	it('asks no figure of a subject cut from a longer phrase', () => {
		const questions = asked(
			"Box office\n\nThe weekend's top 12 films took $121.9m in North America, the studio Velmora Pictures said. Last year climbed 1.46% in Toronto on Tuesday, traders at Velmora Bank said.\n\nThe figures were published by the studios on Monday."
		);
		expect(questions.filter((q) => /^How much did weekend's|last year climb/i.test(q))).toEqual([]);
	});

	it('asks nothing of a person said to rise, nor of the name ending an aside', () => {
		const questions = asked(
			'Family feud\n\nShares in Velmora Industries fell 2.7%, while Velmora Energy, headed by Anil, jumped 7% on the Mumbai stock exchange.\n\nThe brothers took over the group in 2002 after the death of their father.'
		);
		expect(questions.filter((q) => /Anil jump/.test(q))).toEqual([]);
	});

	it('reads "up to" as a ceiling, not a level reached', () => {
		const questions = asked(
			'Sport plan\n\nThe Velmora Club policy would provide up to £250m a year for local sports clubs, the Tories said on Monday.\n\nThe money would come from the National Lottery in Velmora.'
		);
		expect(questions.filter((q) => /^To what level/.test(q))).toEqual([]);
	});
});

describe('titles worth a card', () => {
	it("asks no holder of a team's post, either way, but asks an office", () => {
		const cards = cardsOf(
			'Cup tie\n\nHarbour Town beat Velmora City 2-1 at Kestrel Park on Saturday in the first round of the cup. Fans cheered as Velmora City manager Tomas Brenner left the ground after the game. Velmoran Finance Minister Ada Okafor watched from the stands.\n\nCity have not won the cup since 1987, when they beat Harbour Town in the final.'
		);
		const asked = cards.map((c) => `${c.question} ${c.answer}`).join('\n');
		expect(asked).not.toMatch(/City manager\?|What position does Tomas Brenner hold/);
		// A title and its holder are weak forms: the office is phrased, the team's post is not.
		const phrased = factQuestionsOf(
			'Cup tie\n\nHarbour Town beat Velmora City 2-1 at Kestrel Park on Saturday in the first round of the cup. Fans cheered as Velmora City manager Tomas Brenner left the ground after the game. Velmoran Finance Minister Ada Okafor watched from the stands.\n\nCity have not won the cup since 1987, when they beat Harbour Town in the final.'
		).join('\n');
		expect(phrased).toMatch(
			/Who is the Velmoran Finance Minister\?|What position does Ada Okafor hold\?/
		);
	});
});

describe('weak question forms', () => {
	const fact = (question: string, kind = 'clause', key = 'clause|x') => ({ question, kind, key });

	it('asks "Where", "What", "How much", a title and any short question as the sentence’s gap', () => {
		expect(weakForm(fact('Where was Sam Johnson found dead on Friday in his hotel room?'))).toBe(
			true
		);
		expect(weakForm(fact('What did the Liberal Democrats want inserted in the Bill?'))).toBe(true);
		expect(weakForm(fact('By how much did shares in Velmora Telecom rise on Monday?'))).toBe(true);
		expect(weakForm(fact('Which place is due to host the final next May?'))).toBe(true);
		expect(weakForm(fact('What position does Ada Okafor hold?', 'role', 'role|ada okafor'))).toBe(
			true
		);
		expect(weakForm(fact('Who won the Continental Cup?'))).toBe(true);
	});

	it('asks a who-question of a present state or plan as its gap, not of a past event', () => {
		expect(
			weakForm(fact('Who is under investigation for steroid use by the US Anti-Doping Agency?'))
		).toBe(true);
		expect(
			weakForm(fact('Who will meet O’Driscoll in Saturday’s Rugby Aid match at Twickenham?'))
		).toBe(true);
		expect(weakForm(fact('Who was repeatedly stabbed in a break-in at his home in 1999?'))).toBe(
			false
		);
		expect(
			weakForm(
				fact('Who is the chairman of the Greek athletics federation disciplinary committee?')
			)
		).toBe(false);
	});

	it('still asks a weak question whose sentence makes no gap when the article has no other card', () => {
		// Two women named: "She" is not written out, so the sentence makes no gap of its own.
		const questions = cardsOf(
			'Office life\n\nAnna Berg runs a design studio. "I love working at home," says Marianne Petersen. She is planning to convert a barn in Sweden into a base for her freelance writing work.'
		).map((c) => `${c.question} => ${c.answer}`);
		expect(questions).toEqual([
			'Who is planning to convert a barn in Sweden into a base for her freelance writing work? => Marianne Petersen'
		]);
	});

	it('reads "She" after a quotation as the one woman it named, and asks the sentence as a gap', () => {
		// Before "She" was read as Marianne Petersen the sentence made no gap, and an article with no
		// other card asked "Who is planning to convert a barn in Sweden …?" instead.
		const questions = cardsOf(
			'Office life\n\n"I love working at home," says Marianne Petersen. She is planning to convert a barn in Sweden into a base for her freelance writing work.'
		).map((c) => `${c.question} => ${c.answer}`);
		expect(questions).toEqual([
			'Marianne Petersen is planning to convert a barn in […] into a base for her freelance writing work. => Sweden'
		]);
	});

	it('keeps a longer "Who", "Which" or "How many" question, a score and an acronym', () => {
		expect(weakForm(fact('Who conceded defeat in a televised address on Monday morning?'))).toBe(
			false
		);
		expect(
			weakForm(fact('Which Tory leader attended the conference in Blackpool on Tuesday?'))
		).toBe(false);
		expect(weakForm(fact('What was the score?', 'score', 'clause|score|x'))).toBe(false);
		expect(weakForm(fact('What does IAAF stand for?', 'acronym', 'acronym|iaaf'))).toBe(false);
	});

	it('asks a plain "Who" or "Which organisation" as its gap where the sentence makes one', () => {
		expect(gapFirst(fact('Who conceded defeat in a televised address on Monday morning?'))).toBe(
			true
		);
		expect(gapFirst(fact('Which organisation has left interest rates on hold at 4.75%?'))).toBe(
			true
		);
		expect(gapFirst(fact('Which Tory leader attended the conference in Blackpool?'))).toBe(false);
		const texts = (text: string) => cardsOf(text).map((c) => `${c.type}: ${c.question}`);
		// "He delivered …" makes no gap for the man: the question stays.
		expect(
			texts(
				'Lecture\n\nUS Federal Reserve chairman Alan Greenfield has given a speech at a Scottish church. He delivered the 14th Adam Smith Lecture in Kirkcaldy, Fife.'
			)
		).toContain('qa: Who delivered the 14th Adam Smith Lecture in Kirkcaldy, Fife?');
		expect(
			texts(
				'Fraud trial\n\nSpeaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said he lied to the board to cover up the hole in the finances of WorldCom.'
			)
		).toContain(
			'cloze: Speaking at the trial of his former boss Bernard Ebbers, […] said he lied to the board to cover up the hole in the finances of WorldCom.'
		);
	});

	it('asks no outlet telling the story, as a question or as a gap', () => {
		const outcomes = outcomesByAnswer(
			'Virus\n\nBBC News Online has received warnings about the Bagle virus from readers in Britain.'
		);
		expect(outcomes.get('BBC News Online')).toContain('the reporter is not part of the story');
		expect(outcomes.get('BBC News Online')).not.toContain('asked');
	});

	it('hides no year beside the figure that matters', () => {
		const yearFact = (text: string) =>
			({
				type: 'date',
				variants: [{ claims: [{ sentence: { text } }] }]
			}) as unknown as Parameters<typeof trivialGap>[0];
		const figure = 'Pre-tax profits were 77m euros, up from 38m in the same period of 2003.';
		expect(trivialGap(yearFact(figure), '2003')).toBe(true);
		expect(trivialGap(yearFact('Hailey emigrated to Canada in 1947.'), '1947')).toBe(false);
	});
});

describe('gaps that cut a name or hide a setting', () => {
	it('hides no part of a longer name, nor the unit of a figure', () => {
		const answers = [
			"Ratings\n\nThe rating agency Standard & Poor's has classed Russian bonds as investment grade, up from their former speculative rating.",
			'Sundance\n\nIn the main drama category, Forty Shades of Blue was named winner of the grand jury prize at the festival in Utah.',
			"Chips\n\nBy comparison, rival chip maker Intel's fastest processor runs at 3.8 GHz, the firm Velmora Semiconductor said."
		].flatMap((text) => cardsOf(text).map((c) => c.answer));
		expect(answers).not.toContain('Poor');
		expect(answers).not.toContain('Forty Shades');
		expect(answers).not.toContain('GHz');
	});

	it('hides no start of a title that runs on ("[…] of the Spotless Mind", "[…] des Arts")', () => {
		const answers = [
			'Awards\n\nThe films Lost in Translation, Eternal Sunshine of the Spotless Mind and 21 Grams are all vying in the best foreign film category.',
			'Prizes\n\nAlain Terzian, president of the Academie des Arts et Techniques du Cinema, said the changes in eligibility were made last year.'
		].flatMap((text) => cardsOf(text).map((c) => c.answer));
		expect(answers).not.toContain('Eternal Sunshine');
		expect(answers).not.toContain('Academie');
	});

	it('hides no figure whose conversion follows its currency ("[…] CFA francs ($2m)")', () => {
		expect(
			outcomesByAnswer(
				"Corruption\n\nCameroon's finance ministry says corruption has cost the government 1bn CFA francs ($2m; £1m) a month."
			).get('1bn')
		).toContain('its conversion follows');
	});

	it('hides no place owning what the sentence is about ("Two of […]\'s big unions")', () => {
		const cards = cardsOf(
			"Union merger\n\nTwo of Britain's big trade unions could merge to form a super union of two million members, Amicus leader Derek Simpson said."
		);
		expect(cards.map((c) => c.answer)).not.toContain('Britain');
	});
});

describeCorpus('choices of people, on a real article', () => {
	it('offers no people against an answer that is no person ("Who …?" → Marlin)', () => {
		const text = readFileSync(join(BBC_DIR, 'tech', '285.txt'), 'utf8');
		const card = cardsOf(text).find((c) => c.answer === 'Marlin');
		expect(card).toBeDefined();
		expect(card?.choices).toBeUndefined();
	});
});

describe('details of what a sentence is about', () => {
	it('asks neither how many others there were nor the year that dates a named event', () => {
		const answers = cardsOf(
			[
				'Freed detainee to sue government',
				'',
				'A British man held at Guantanamo Bay for three years plans to sue the government, his lawyers said on Sunday.',
				'Martin Kessel and the four other freed British detainees were released without charge in January.',
				'The actress was praised for her role in Hotel Kigali, a film about the 1994 Rwandan genocide.',
				'Kessel says he was beaten by guards at the camp on more than 20 occasions.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('four');
		expect(answers).not.toContain('1994');
		expect(answers).toContain('20');
	});

	it('hides no holiday ("in the run-up to […]" → Christmas)', () => {
		const answers = cardsOf(
			[
				'Retail sales disappoint',
				'',
				'UK retail sales fell by 0.6% in December, the Office for National Statistics said on Thursday.',
				'Shoppers held back from spending in the run-up to Christmas, according to the British Retail Consortium.',
				'Electrical goods were the worst performers, with sales down 3.1% on the month.',
				'Clothing retailer Next said its sales had fallen by 2.4% over the same period.',
				'The Bank of England is expected to keep interest rates at 4.75% next week.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('Christmas');
		expect(answers).toContain('0.6%');
	});

	it('hides no span a fact is counted over ("in the past […]", "of their last […] meetings")', () => {
		const answers = cardsOf(
			[
				'Factory output falls again',
				'',
				'British manufacturing output fell by 0.8% in November, the Office for National Statistics said.',
				'Ohio, which has suffered heavy job losses in the past four years, voted for the Republicans.',
				'Ireland have beaten Wales in four of their last five meetings.',
				'Boeing said it expected to sell about 500 of its new planes over the next 20 years.',
				'Analysts had expected output to rise by 0.3% over the month.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('four years');
		expect(answers).not.toContain('five');
		expect(answers).toContain('20 years');
	});

	it('hides no name in a trailing "with" phrase ("…, with […] as the host")', () => {
		const answers = cardsOf(
			[
				'Bafta nominations announced',
				'',
				'The Aviator leads the Bafta nominations with 14, ahead of Vera Drake and Finding Neverland.',
				'Finding Neverland garnered another nomination for British talent, with Gemma Jackson shortlisted for the art direction prize.',
				'The ceremony will be held in London on 12 February, with Stephen Fry as the host.',
				"Director Mike Leigh said the film's success had surprised him."
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('Gemma Jackson');
		expect(answers).not.toContain('Stephen Fry');
		expect(answers).toContain('12 February');
	});
});

describe('members of the public', () => {
	it('asks no name of a member of the public quoted as an example', () => {
		const answers = cardsOf(
			[
				'Fears raised over ballet future',
				'',
				'The Royal Academy of Dance found that the number of youngsters taking ballet exams drops by almost 70% after the age of 10.',
				'Hazel Gilbert, 23, an information manager from Newcastle, gave up ballet at the age of 10 and is typical of the problem.',
				'But local resident Francesca Detakats came specially to the stall and left happy with her purchase.',
				'Darcey Bussell is one of only two British principal dancers at the Royal Ballet.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('Hazel Gilbert');
		expect(answers).not.toContain('Francesca Detakats');
		expect(answers).toContain('70%');
	});
});

describe('voices named only to say who spoke', () => {
	it('asks no head of a firm the story names once, but keeps the head of a side it names again', () => {
		const answers = cardsOf(
			[
				'Oil prices reach three-month low',
				'',
				'Oil prices fell to a three-month low on Thursday after US data showed a rise in crude stocks.',
				'Brent crude closed at $40.15 a barrel in London, a drop of 5.1% on the day.',
				'John Persson, president of Norvale Futures Advisory Services, said the data had surprised traders.',
				"Tim Osborne, head of the shareholders' group Menatep, said the fall would hurt Russian producers.",
				'Menatep owns a large stake in several Russian oil firms.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).not.toContain('John Persson');
		expect(answers).toContain('Tim Osborne');
	});
});

describe('a results round-up', () => {
	it('asks who won each event, not who settled for second or did not finish', () => {
		const answers = cardsOf(
			[
				'Johnson wins long jump title',
				'',
				'Jade Johnson edged out Kelly Sotherton with her last effort to claim the long jump title at the indoor trials in Sheffield.',
				"In the men's 200m, British favourite Chris Lambert had to settle for second place behind Ireland's Paul Brizzel.",
				'Later, Sotherton finished fifth in the shot put after producing two throws of 13.77m.',
				'Allyn Condon won the 60m hurdles final in 7.72 seconds, while Damien Greaves did not finish the race.',
				"Jason Gardener won the men's 60m title in 6.56 seconds to book his place at the European Championships in Madrid."
			].join('\n')
		).map((c) => c.answer);
		expect(answers).toEqual(
			expect.arrayContaining(['Jade Johnson', 'Allyn Condon', 'Jason Gardener'])
		);
		expect(answers).not.toContain('Chris Lambert');
		expect(answers).not.toContain('Damien Greaves');
	});
});

describe("a poll's placings", () => {
	it('asks how many critics were polled, not who came sixth', () => {
		const answers = cardsOf(
			[
				'New York rockers top talent poll',
				'',
				"New York electro-rock group The Bravery have come top of the BBC News website's talent poll to find the music scene's most promising new act.",
				'Boy band McFly were sixth while Scissor Sisters, who had the best-selling album of the year, were seventh.',
				'The poll of 140 critics and broadcasters was organised by BBC Radio 1.'
			].join('\n')
		).map((c) => c.answer);
		expect(answers).toContain('140');
		expect(answers).not.toContain('McFly');
	});
});

describeCorpus('an age, on a real article', () => {
	it('hides no age that opens a sentence ("At […], Henson has the rugby world at his feet")', () => {
		const text = readFileSync(join(BBC_DIR, 'sport', '401.txt'), 'utf8');
		const cards = cardsOf(text);
		expect(cards.length).toBeGreaterThan(0);
		expect(cards.filter((c) => /\bAt \[…\],/.test(c.question))).toEqual([]);
	});
});

describeCorpus('a results round-up, on a real article', () => {
	it('asks neither who finished fifth nor her figure ("two throws of […]")', () => {
		const text = readFileSync(join(BBC_DIR, 'sport', '061.txt'), 'utf8');
		const cards = cardsOf(text);
		expect(cards.map((c) => c.answer)).toContain('Jade Johnson');
		expect(cards.filter((c) => /finished fifth/.test(c.question) || c.answer === '13.77m')).toEqual(
			[]
		);
	});
});

describe('people as answers', () => {
	it('takes a list of people only when each is named in full', () => {
		expect(personAnswerOk('people', 'Jamie Foxx and Hilary Swank')).toBe(true);
		expect(personAnswerOk('people', 'Andrew Fisher and Nebraska')).toBe(false);
		expect(personAnswerOk('people', 'Queen and Philip')).toBe(false);
		expect(personAnswerOk('person', 'Madonna')).toBe(true);
	});
});

describe('sentences that point back', () => {
	it('shows "Similar measures …", "in that period" only after the sentence they point to', () => {
		const cards = cardsOf(
			'Records law\n\nThe Freedom of Information Act will cover England, Wales and Northern Ireland from next year, the Home Office said. Similar measures are being brought in at the same time in Scotland. IBM has been granted more US patents than any other company for each of the past 12 years. IBM has received 25,772 US patents in that period, the firm said.'
		);
		const texts = cards.map((c) => c.cloze?.text ?? c.question);
		expect(texts.some((t) => /Similar measures/.test(t))).toBe(true);
		for (const t of texts.filter((t) => /Similar measures/.test(t)))
			expect(t).toMatch(/Freedom of Information Act will cover/);
		for (const t of texts.filter((t) => /in that period/.test(t)))
			expect(t).toMatch(/past 12 years/);
	});
});

describe('what the headline names', () => {
	it('asks the name a headline gives of the lead sentence, not of a later one', () => {
		const cards = cardsOf(
			'Bad weather hits Nestle sales\n\nA combination of bad weather and rising costs has hit sales at Swiss food and drink giant Nestle. Nestle is to raise its dividend by 11% after paying back some of its debt. Revenue dipped 1.4% to 86.7bn Swiss francs in 2004, Nestle said.'
		);
		const nestle = cards.filter((c) => c.answer === 'Nestle');
		expect(nestle.map((c) => c.citations[0].quote)).toEqual([
			'A combination of bad weather and rising costs has hit sales at Swiss food and drink giant Nestle.'
		]);
		expect(cards.map((c) => c.answer)).toContain('11%');
	});

	it('asks it of the first sentence that states it when the lead does not', () => {
		const cards = cardsOf(
			'Velmora plans $100m share sale\n\nThe owner of the Velmora stock index plans to sell shares to the public. According to a document filed with regulators, the Velmora Stock Market plans to raise $100m from the sale. The firm later confirmed the $100m target to investors in a letter.'
		);
		const quotes = cards
			.filter((c) => c.answer === '$100m')
			.map((c) => c.citations.map((x) => x.quote).join(' '));
		expect(quotes).toHaveLength(1);
		expect(quotes[0]).toContain('the Velmora Stock Market plans to raise $100m from the sale.');
		expect(quotes[0]).not.toContain('later confirmed');
	});
});

describe('pundits', () => {
	it('asks no name of an analyst or a firm’s spokesman, but keeps a party’s spokesman', () => {
		const answers = cardsOf(
			'Rates on hold\n\nThe Bank of England held interest rates at 4.75% on Thursday. Philip Shaw, chief economist at Investec Securities, said he believed rates would remain at 4.75% for the rest of the year. Analyst Jane Morrow of Velmora Research said the housing market was cooling. Liberal Democrat Treasury spokesman Vincent Cable criticised the decision to hold rates at 4.75%.'
		).map((c) => c.answer);
		expect(answers).not.toContain('Philip Shaw');
		expect(answers).not.toContain('Jane Morrow');
		expect(answers).toContain('Vincent Cable');
	});

	it('asks no name of a critic, a psychologist, a press writer or an analyst’s firm', () => {
		const answers = cardsOf(
			'Critics back Velmora for awards\n\nVelmora Pictures’ drama The Harbour will win best film at the awards, according to leading movie critics. But while Wendy Ide of The Times still thinks Imelda Staunton has a chance, the others disagree. Staunton is also the personal choice of Steven Gaydos, executive editor of industry magazine Variety. One dissenting opinion came from Brian Gammage, vice-president of research at analysts Gartner. Sports psychologist Hugh Richards says the 30-year-old must draw on her past achievements to conquer a crisis of confidence.'
		).map((c) => c.answer);
		for (const name of ['Wendy Ide', 'Steven Gaydos', 'Brian Gammage', 'Gartner', 'Hugh Richards'])
			expect(answers).not.toContain(name);
		expect(answers).toContain('Imelda Staunton');
	});
});

describe('who reported it', () => {
	it('hides no outlet or body that only reports the news', () => {
		const why = outcomesByAnswer(
			'Set-top boxes\n\nVelmora TV will activate a spare slot on its set-top boxes in January, marketing magazine New Media Age reported. Plans for a new tax on second homes will be published in the spring, the Treasury has announced.'
		);
		expect(why.get('Treasury')).toContain('who reported it');
	});
});

describe('titles and page furniture', () => {
	it('hides no rest of a title ("Blade: […]", "… of the […]", "[…] with the Kranks")', () => {
		const answers = [
			"Box office\n\nWesley Snipes' Blade: Trinity was in second place at the US box office, taking $16.1m.",
			'Nominees\n\nOther nominees include Bill Condon for Kinsey and Michel Gondry for Eternal Sunshine of the Spotless Mind.',
			'Chart\n\nRounding out the top five was the festive comedy Christmas with the Kranks, starring Tim Allen.'
		].flatMap((text) => cardsOf(text).map((c) => c.answer));
		expect(answers).not.toContain('Trinity');
		expect(answers).not.toContain('Spotless Mind');
		expect(answers).not.toContain('Christmas');
	});

	it('makes no card of a lead-in line or a web form', () => {
		const answers = cardsOf(
			'Housing plans criticised\n\nMPs have criticised government plans to build 200,000 new homes in south-east England. Points raised in the report included:\n\nVOTE   Was Germaine Greer right to leave the show?\n\nYes  No   Results are indicative and may not reflect public opinion'
		).map((c) => c.answer);
		expect(answers).not.toContain('Points');
		expect(answers.filter((a) => /\s{2,}/.test(a))).toEqual([]);
	});
});

describe('gaps with too little around them', () => {
	it('hides nothing in a very short sentence, nor one example of many', () => {
		const why = outcomesByAnswer(
			'Shares slide\n\nAsian airline shares fell sharply in Singapore on Monday after the earthquake. Velmora Airlines dropped 2.6%. The console will support industry specifications such as DirectX, the firm Velmora Games said on Monday.'
		);
		expect(why.get('2.6%')).toContain('too short to pin its gap');
		expect(why.get('DirectX')).toContain('one example of many');
	});
});

describe('damaged lines and describing words', () => {
	it('asks nothing of a line that lost its start or its end', () => {
		const answers = cardsOf(
			"Indoor trials\n\nJason Gardener narrowly claimed the men's 60m title at the indoor trials in Sheffield on Saturday.\n\ndelivered a powerful performance to take the women's 60m title in 7.27 seconds in Sheffield. The men's 800m went to form in Sheffield as"
		).map((c) => c.cloze?.text ?? c.question);
		expect(answers.some((t) => /Gardener/.test(t))).toBe(true);
		expect(answers.filter((t) => /powerful performance|went to form/.test(t))).toEqual([]);
	});

	it('asks nothing of a line that opens on a dash', () => {
		const answers = cardsOf(
			'Director honoured\n\nMira Velmora won the top prize at the Venice Film Festival on Sunday. - nominated for the Golden Lion and winner of Best First Feature at Cannes - Velmora has become one of India’s most respected directors.'
		).map((c) => c.cloze?.text ?? c.question);
		expect(answers.some((t) => /Venice/.test(t))).toBe(true);
		expect(answers.filter((t) => /nominated for/.test(t))).toEqual([]);
	});

	it('takes no describing word before a name as part of it ("Frenchman Ronald Pognon")', () => {
		expect(personAnswerOk('person', 'Frenchman Ronald Pognon')).toBe(false);
		expect(personAnswerOk('person', 'Olympian Tomlinson')).toBe(false);
		expect(personAnswerOk('person', 'Ronald Pognon')).toBe(true);
	});
});

describe('lists and common words', () => {
	it('hides no item of a list of examples, nor a common word written as a name', () => {
		const why = outcomesByAnswer(
			"Awards\n\nNominees for best foreign film include Spain's Pedro Almodovar for Bad Education and Hong Kong director Wong Kar-Wai for 2046. The chancellor will present his budget to MPs on Wednesday. There has been speculation about tax cuts for the poorest and a higher threshold on stamp duty in this week's Budget."
		);
		expect(why.get('Wong Kar-Wai')).toContain('one example of many');
		expect(why.get('Budget')).toContain('a common word');
	});
});

describeCorpus('words of grammar, on real articles', () => {
	it('hides no word of grammar that opens a sentence ("[…] commercially available …" → Unlike)', () => {
		const answers = ['089.txt', '064.txt'].flatMap((f) =>
			cardsOf(readFileSync(join(BBC_DIR, 'tech', f), 'utf8')).map((c) => c.answer)
		);
		expect(answers.length).toBeGreaterThan(0);
		expect(answers).not.toContain('Unlike');
		expect(answers).not.toContain('Nor');
	});
});

describe('prices of the moment', () => {
	it('hides no share price to the penny nor a move in points', () => {
		const why = outcomesByAnswer(
			"Drug deal\n\nSwiss drugmaker Velmora has bought Germany's Hexal for $5.6bn to become the world's biggest maker of generic drugs. After the announcement, shares in Velmora rose to 57.85 Swiss francs. Shares closed up 64 pence, or 6%, at 1130p in London on Thursday."
		);
		expect(why.get('57.85')).toContain('a price of the moment');
		for (const outcome of why.get('64') ?? [])
			expect(outcome).not.toMatch(/asked as|question card/);
	});
});

describeCorpus('courtesy titles, on real articles', () => {
	it('hides no bare surname after "Mr" or "Ms"', () => {
		const cards = [
			['politics', '043.txt'],
			['tech', '064.txt']
		].flatMap(([dir, f]) => cardsOf(readFileSync(join(BBC_DIR, dir, f), 'utf8')));
		expect(cards.length).toBeGreaterThan(0);
		const bare = cards.filter(
			(c) => c.type === 'cloze' && /\b(Mr|Mrs|Ms|Dr) \[…\]/.test(c.question)
		);
		expect(bare.map((c) => c.answer)).toEqual([]);
	});
});

describe('a surname alone', () => {
	it('hides no bare surname of someone the article named in full, and asks who they are instead', () => {
		const cards = cardsOf(
			[
				'Giggs handed Wales captaincy',
				'',
				'Ryan Giggs will captain Wales as he wins his 50th cap in the friendly against Hungary in Cardiff.',
				'"He is the obvious choice and the players respect him," said John Toshack, in his first game as coach.',
				'Giggs admits he had briefly considered retirement from the international game.',
				'However, Toshack refused to reveal whether he sees Giggs as a long-term option.',
				'Toshack plans to name his squad for the World Cup qualifiers in March.'
			].join('\n')
		);
		expect(cards.filter((c) => c.answer === 'Toshack').map((c) => c.question)).toEqual([]);
		expect(cards.map((c) => c.answer)).toContain('John Toshack');
	});
});

describe('a voice quoted once', () => {
	it('hides no commentator named once to say who spoke, but keeps the leader of a side', () => {
		const cards = cardsOf(
			[
				'Brown unveils spending plans',
				'',
				'Chancellor Gordon Brown has promised an extra £8bn for schools and hospitals in his pre-budget report.',
				'He said the economy would grow by 3% next year, faster than in any other major economy.',
				'Carl Emmerson, from the Institute for Fiscal Studies, said the forecast for tax receipts looked far too optimistic.',
				'John Cooper, chairman of the Taxpayers Alliance, said families would pay for the plans through higher council tax.',
				'The report will be debated by MPs next week.'
			].join('\n')
		);
		const answers = cards.map((c) => c.answer);
		expect(answers).not.toContain('Carl Emmerson');
		expect(answers).toContain('John Cooper');
	});
});

describe('where someone spoke', () => {
	it('hides no town where a speech was given or activists were told something', () => {
		const cards = cardsOf(
			[
				'Blair backs budget plans',
				'',
				"Tony Blair has backed the chancellor's spending plans for schools and hospitals.",
				'In a speech in Edinburgh, the prime minister said the report reinforced stability and opportunity.',
				'Mr Blair also told activists in Blackburn that trust would be the key issue at the next election.'
			].join('\n')
		);
		expect(cards.length).toBeGreaterThan(0);
		const answers = cards.map((c) => c.answer);
		expect(answers).not.toContain('Edinburgh');
		expect(answers).not.toContain('Blackburn');
	});
});

describe("the story's setting", () => {
	it('asks nothing whose answer is the place the story names most', () => {
		const cards = cardsOf(
			[
				'Howard attacks asylum costs',
				'',
				'Michael Howard has attacked the cost of the asylum system, saying it cost taxpayers £1.9bn a year.',
				'The Tory leader will set out his plans in a speech to the Policy Exchange think tank on Monday.',
				"Mr Howard said Britain should take its fair share of the world's genuine refugees.",
				'He wants an annual limit on the number of people allowed to settle in Britain.',
				'Home Secretary Charles Clarke said the plans would breach the UN convention on refugees.',
				'The Refugee Council said 40,000 people claimed asylum in Britain last year, down from 84,000 in 2002.',
				'Mr Howard first proposed the quota in a newspaper article in January.'
			].join('\n')
		);
		expect(cards.length).toBeGreaterThan(0);
		expect(cards.filter((c) => c.answer === 'Britain').map((c) => c.question)).toEqual([]);
	});
});

describe('a place the story names again', () => {
	it('hides no backdrop the article names twice, but keeps a place that acts', () => {
		const cards = cardsOf(
			[
				'Brewer sells stake in rival',
				'',
				'Danish brewer Carlsberg has sold its 20% stake in rival Heineken for 1.2bn euros, it said on Monday.',
				'Chief executive Nils Andersen said the sale would fund expansion in eastern Europe.',
				'Heineken shares, which are listed in Amsterdam, rose 4% after the sale was announced.',
				'The deal was signed by lawyers for both firms in Amsterdam late on Sunday night.',
				'Analysts said Russia had become the fastest-growing market for beer in the region.',
				'Russia accounts for a third of Carlsberg sales, up from a tenth in 2001.'
			].join('\n')
		);
		const answers = cards.map((c) => c.answer);
		expect(cards.length).toBeGreaterThan(0);
		expect(answers).not.toContain('Amsterdam');
		expect(answers).toContain('Russia');
	});
});

describe('the figure a change starts from', () => {
	it('asks the new figure of a change, not the old one it is measured from', () => {
		const cards = cardsOf(
			[
				'House prices dip in November',
				'',
				'UK house prices dipped slightly in November, the Office of the Deputy Prime Minister has said.',
				'The average house price fell to £180,226 in November, from £180,444 in October.',
				'In London, annual house price inflation rose to 7.1% from 6.2% the previous month.',
				'The Nationwide building society said it expected prices to rise by 5% in 2005.'
			].join('\n')
		);
		const answers = cards.map((c) => c.answer);
		expect(answers).toContain('£180,226');
		expect(answers).toContain('7.1%');
		expect(answers).not.toContain('£180,444');
		expect(answers).not.toContain('6.2%');
	});
});

describe('the year a forecast looks to', () => {
	it('hides no "next year" of a forecast, but keeps a year something happened', () => {
		const cards = cardsOf(
			[
				'Media gadgets get moving',
				'',
				'Portable media players sold 2.5 million units in the US in 2004, according to the research firm Jupiter.',
				'Pocket-sized devices that play video are set to have a big year in 2005, according to industry experts.',
				'Analysts expect prices of the devices to fall by 30% during 2005.',
				'Microsoft has been making software for media players since it launched its Portable Media Center in 1999.'
			].join('\n')
		);
		const answers = cards.map((c) => c.answer);
		expect(answers).not.toContain('2005');
		expect(answers).toContain('1999');
	});
});

describe('the year of the news', () => {
	it('hides no year the story is set in, but keeps an older one and a story that names one year', () => {
		const story = cardsOf(
			[
				'Consoles enjoy record sales',
				'',
				'The games console maker Nintara sold 12 million consoles in Europe last year.',
				'The Japanese firm also became the largest maker of handheld games in 2004, ahead of its rival Sonvex.',
				'Sonvex launched the Kestrel handheld console in Tokyo in late 2004.',
				'The firm was founded in Osaka in 1987 by the engineer Kenji Morota.'
			].join('\n')
		);
		const answers = story.map((c) => c.answer);
		expect(answers).not.toContain('2004');
		expect(answers).toContain('1987');
		// One year named: it is what the story looks back to, not the time of the news.
		const back = cardsOf(
			[
				'Ireland expect a real test',
				'',
				'The Ireland coach knows a repeat of the record 83-3 victory over Canada in 2000 is not on the agenda.'
			].join('\n')
		);
		expect(back.map((c) => c.answer)).toContain('2000');
	});
});

describe('names shared by a band and a person', () => {
	it('reads "band Vellmar" as the band, not the Anna Vellmar it was named after', () => {
		const { sentences, entities } = tagged(
			'Indie dance band Vellmar built up a cult following throughout 2004. The band took its name from Anna Vellmar, a painter from Leeds.'
		);
		const band = sentences[0].mentions.find((m) => m.text === 'Vellmar')!;
		const painter = sentences[1].mentions.find((m) => m.text === 'Anna Vellmar')!;
		expect(entities.of(band)?.name).toBe('Vellmar');
		expect(entities.of(painter)?.name).toBe('Anna Vellmar');
		// "The book, Brown's Britain": a noun before a comma says nothing of the name after it.
		const book = tagged(
			"Gordon Brown is the chancellor. The book, Brown's Britain, says Gordon Brown was angry."
		);
		const brown = book.sentences[1].mentions.find((m) => /^Brown/.test(m.text))!;
		expect(book.entities.of(brown)?.name).toBe('Gordon Brown');
	});
});

describe('a world city as the scene', () => {
	it("asks no London of a press conference, but the city the lead's news happened in", () => {
		const cards = cardsOf(
			[
				'Stars mourn actor Tal Brennan',
				'',
				'Film stars including Ada Quill and Bo Markey have paid tribute to actor Tal Brennan at a funeral in New York.',
				'Brennan was found dead last weekend at the age of 87.',
				'His death was announced by his family at a press conference in London.',
				'Brennan made his acting debut in 1950 in the film Last Road, starring Ada Quill.'
			].join('\n')
		);
		const answers = cards.map((c) => c.answer);
		expect(answers).toContain('New York');
		expect(answers).not.toContain('London');
	});
});

describe('figures any reader supplies', () => {
	it('asks no "big four" and no poll\'s sample size, but asks the poll\'s finding', () => {
		const cards = cardsOf(
			[
				'Voters lose faith in ministers',
				'',
				"The crisis at Bank of Tavia will do nothing to reassure investors that Tavia's big four banks are ready for listings.",
				'And 87% of the 1,000 adults quizzed by Pollstar for the Daily Mail said ministers did not deliver what they promised.'
			].join('\n')
		);
		const answers = cards.map((c) => c.answer);
		expect(answers).not.toContain('four');
		expect(answers).not.toContain('1,000');
		expect(answers).toContain('87%');
	});

	it('asks no count of those just named ("All […] band members")', () => {
		const cards = cardsOf(
			[
				'Singer quits Velvet Row',
				'',
				'Velvet Row singer Tom Hale quit the band on Monday. All three band members said the split was amicable, although Hale said he was sad to leave.'
			].join('\n')
		);
		expect(cards.map((c) => c.answer)).toContain('Tom Hale');
		expect(cards.map((c) => c.answer)).not.toContain('three');
	});

	it('asks no shirt number', () => {
		const cards = cardsOf(
			[
				'Whitley braced for Wales test',
				'',
				'Julian Whitley expects a resurgent Wales to give him a rough ride in Cardiff on Saturday. The Leicester tight-head is in the form of his life, making the England number three shirt his own.'
			].join('\n')
		);
		expect(cards.map((c) => c.answer)).toContain('Julian Whitley');
		expect(cards.map((c) => c.answer)).not.toContain('three');
	});
});

describe('stock phrases and the furniture of a story', () => {
	it('asks no programme someone spoke on, no "last eight", no "of GDP" and no word of a title', () => {
		const cards = cardsOf(
			[
				'Kennedy rules out coalition deal',
				'',
				'Liberal Democrat leader Charles Kennedy has ruled out any coalition with Labour after the election.',
				"Mr Kennedy told BBC Radio 4's Today programme there was no possibility of a deal with Tony Blair.",
				"He said the budget deficit would stay below 3% of GDP under his party's plans.",
				'Spanish teenager Rafael Nadal also reached the last eight, beating Italian Potito Starace 6-1 6-3.',
				'Call of Duty comes with a suitably bombastic score and overblown presentation.'
			].join('\n')
		);
		expect(cards.length).toBeGreaterThan(0);
		const answers = cards.map((c) => c.answer);
		for (const trivial of ['Today', 'GDP', 'eight', 'Duty']) expect(answers).not.toContain(trivial);
		// "programme" after a name is a noun: no question reads it as a verb.
		expect(cards.filter((c) => /\bprogrammes there\b/.test(c.question))).toEqual([]);
	});
});

describe('one link asked from both ends', () => {
	it('makes one gap, not two, of two names three words apart ("Rusedski fell to Courier")', () => {
		const cards = cardsOf(
			[
				'Henman quits Davis Cup',
				'',
				'Tim Henman has retired from Davis Cup tennis after eleven years in the British team.',
				'Henman won 36 of his 50 Davis Cup matches and helped Britain reach the World Group four times.',
				'In the deciding rubber of the 1999 tie, Greg Rusedski fell to Jim Courier in five sets at the Birmingham arena.'
			].join('\n')
		);
		const answers = cards.map((c) => c.answer);
		expect(answers.filter((a) => a === 'Greg Rusedski' || a === 'Jim Courier')).toHaveLength(1);
	});
});

describe('a surname that opens a sentence', () => {
	it('reads it as the person named in full before, when a verb follows', () => {
		const cards = cardsOf(
			[
				'Rusedski apologises',
				'',
				'Greg Rusedski has apologised for his outburst at the umpire in Miami on Monday.',
				'Rusedski said he was sorry and would pay the fine of $2,000 imposed by the ATP.',
				'Will Young sang at the opening ceremony.',
				'Young people were happy with the show.'
			].join('\n')
		);
		expect(cards.some((c) => c.answer === 'Greg Rusedski' && /sorry/.test(c.question))).toBe(true);
		expect(cards.map((c) => c.answer)).not.toContain('Young');
	});
});

describe('a pair the sentence does not name, and a name cut after "of"', () => {
	it('asks nothing of "Both schemes are run by …" and no "Bank of […]"', () => {
		const cards = cardsOf(
			[
				'Cold calls questioned',
				'',
				'The Telephone Preference Service lets people opt out of sales calls, and the Mailing Preference Service stops junk mail.',
				'Both schemes are run by the Direct Marketing Association and backed by EU directives on privacy.',
				'Bank of China and China Construction Bank are the two frontrunners in the race to list overseas.',
				'Ofcom said complaints about silent calls had risen to 1,400 a month.'
			].join('\n')
		);
		expect(cards.length).toBeGreaterThan(0);
		const answers = cards.map((c) => c.answer);
		expect(answers).not.toContain('Direct Marketing Association');
		expect(answers).not.toContain('China and China Construction Bank');
	});
});

describe('shares that sum to a whole', () => {
	it('hides no share whose complement the sentence gives', () => {
		expect(complementGiven('41%', 'Of owners, 59% are men compared to  of women.')).toBe(true);
		expect(complementGiven('41%', 'Of owners, 58% are men compared to  of women.')).toBe(false);
		expect(complementGiven('£41m', 'Of owners, 59% are men.')).toBe(false);
	});
});

describe('a pair told of as one', () => {
	it('shows "the two men" only after a sentence that names two people', () => {
		const after = (lead: string) =>
			cardsOf(
				`Brown profile\n\n${lead} After a run of negative headlines, Labour MPs made a direct appeal to the two men to stop bickering.`
			)
				.map((c) => c.cloze?.text ?? c.question)
				.filter((t) => /two men/.test(t));
		expect(after('Gordon Brown has been chancellor since 1997.')).toEqual([]);
		expect(after('Tony Blair and Gordon Brown met in Downing Street on Monday.')).not.toEqual([]);
	});
});

describe('figures and verbs the tagger misreads', () => {
	const gapOn = (text: string, answer: string) =>
		outcomesByAnswer(`Summit\n\n${text}`).get(answer) ?? [];
	it('reads "2,000" as no small count', () => {
		expect(
			gapOn('More than 2,000 delegates attended the annual summit this year.', '2,000')
		).toContain('asked as its gap');
	});

	it('reads "are arriving" as a finite verb', () => {
		expect(
			gapOn('More than 300 delegates are arriving in the mountain resort for the summit.', '300')
		).toContain('asked as its gap');
	});
});

describe('capitals in questions', () => {
	it('keeps a two-word name the tagger does not know capitalised when it opens the question’s subject', () => {
		const questions = cardsOf(
			'Phone survey\n\nVelmora Telecom sold 2.4 million handsets in Germany last year, up 12% on 2003.'
		).map((c) => c.question);
		expect(questions.filter((q) => /velmora Telecom/.test(q))).toEqual([]);
		expect(questions.some((q) => /Velmora Telecom sell/.test(q))).toBe(true);
	});
});

describe('sentences a card must not copy or lean on', () => {
	const outcomes = (text: string, answer: string) => outcomesByAnswer(text).get(answer) ?? [];

	it('asks nothing of a sentence with words written twice, but "back to back" is good English', () => {
		const slip = (text: string) => sourceSlip(tagged(text).sentences[0]);
		expect(
			slip('She has recently graduated from graduated from the University of Leeds.')
		).toBeDefined();
		expect(slip('He said the council had treated him since him since he arrived.')).toBeDefined();
		// A full stop gone missing before "And": two sentences run into one.
		expect(
			slip("She climbed to a season's best of 5.25m And Ireland's Scanlon set a national record.")
		).toBe('a missing full stop');
		expect(slip('He is a fan of Pride And Prejudice and of rock and roll.')).toBeUndefined();
		expect(slip('He guided the Tigers to back to back league titles as captain.')).toBeUndefined();
		const poet = (graduated: string) =>
			`Poet wins prize\n\nMaria Kendal has recently ${graduated} the University of Leeds writing course. Kendal, 24, won the prize for her first collection of poems.`;
		expect(outcomes(poet('graduated from graduated from'), 'Maria Kendal')).not.toContain(
			'asked as its gap'
		);
		expect(outcomes(poet('graduated from'), 'Maria Kendal')).toContain('asked as its gap');
	});

	it("asks nothing of the writer's own view in the first person, but asks a quoted one", () => {
		const column =
			'Lions place up for grabs\n\nSome English players did their cause no harm on Saturday. I thought Joe Worsley had a solid game in the back row at Twickenham.';
		expect(outcomes(column, 'Joe Worsley').join(' ')).toMatch(/own view/);
		const speaks = (text: string) => writerSpeaks(tagged(text).sentences[0], false);
		expect(speaks('My first car ran on four star petrol.')).toBe(true);
		expect(speaks('"I thought Worsley had a solid game," Robinson said.')).toBe(false);
		expect(speaks('Veterans of World War I marched past the Cenotaph.')).toBe(false);
	});

	it('asks no timing in minutes or seconds', () => {
		const match = (length: string) =>
			`Tennis\n\nThe first-round match lasted just ${length}, the shortest of the tournament so far.`;
		expect(outcomes(match('56 minutes'), '56')).toContain('a timing in minutes or seconds');
		expect(outcomes(match('56 minutes'), '56')).not.toContain('asked as its gap');
		expect(outcomes(match('56 days'), '56 days')).toContain('asked as its gap');
	});

	it('asks no figure that only sizes a ranking ("the […] biggest projects")', () => {
		const text =
			'Project costs rise\n\nA National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn in the past year.';
		expect(outcomes(text, '20')).toContain('the size of a ranking');
		expect(outcomes(text, '20')).not.toContain('asked as its gap');
		expect(outcomes(text, '£1.7bn')).toContain('asked as its gap');
	});

	it('reads no plain word opening a sentence as a name ("[…], thousands of users …" → Soon)', () => {
		// After a closing quotation mark the tagger reads the capitalised word as a name.
		const text =
			'Blogs aid tsunami recovery\n\nA blogger in Colombo wrote the first accounts of the tsunami on his weblog. "We did not have pictures on radio or on TV." Soon, thousands of web users around the world were logging on to read the accounts.';
		// "Soon" starts no name at all now; a gap on it would be the fault.
		expect(outcomes(text, 'Soon')).not.toContain('asked as its gap');
		expect(outcomes(text, 'Soon')).not.toContain('question card');
	});
});

describe('who-questions', () => {
	it('asks no one what they did not do ("Who did not win any medals in Athens?")', () => {
		const questions = factQuestionsOf(
			'Jones sues Conte\n\nMarion Jones, who did not win any medals in Athens in August, has filed a lawsuit against Victor Conte in San Francisco.'
		);
		expect(questions.filter((q) => /^Who did not/.test(q))).toEqual([]);
	});
});

describe('names after a title', () => {
	it('asks a person named after a capitalised title ("approved by Governor […]")', () => {
		const outcomes = outcomesByAnswer(
			'Spyware law\n\nCalifornia has passed a law to stop spyware. The legislation, which was approved by Governor Arnold Schwarzenegger, is designed to protect personal information.'
		);
		expect(outcomes.get('Arnold Schwarzenegger')).toContain('asked as its gap');
	});
});

describe('acronyms spelled out beside their gap', () => {
	it('finds the words an acronym stands for, in capitals or plain, but not in any two words', () => {
		expect(
			expansionIn('He resigned the UK Independence Party whip after criticising […].', 'UKIP')
		).toBe(true);
		expect(expansionIn('Gross domestic product fell 0.5%. It follows falls in […].', 'GDP')).toBe(
			true
		);
		expect(
			expansionIn('The Confederation of British Industry spoke first; the […] said so.', 'CBI')
		).toBe(true);
		expect(
			expansionIn('Rivals to […] can offer speeds unmatched by the broadband of today.', 'BT')
		).toBe(false);
		expect(expansionIn('Sales fell in the UK last year, the […] said.', 'BRC')).toBe(false);
	});

	it('asks no gap on an acronym its sentence spells out', () => {
		const outcomes = outcomesByAnswer(
			'MEP quits party\n\nRobert Kilroy-Silk, an MEP for the East Midlands, resigned the UK Independence Party whip in October, after criticising UKIP and stating his ambition to be leader.'
		);
		expect(outcomes.get('UKIP')).toContain('the sentence gives the answer away');
		expect(outcomes.get('UKIP')).not.toContain('asked as its gap');
	});
});

describe('gaps the words beside them give away', () => {
	it('asks no runner-up of a ranking, but asks its leader', () => {
		const outcomes = outcomesByAnswer(
			[
				'Rents climb fastest in the north',
				'',
				'Rents rose fastest in Calder Vale, at 26.2%, followed by Marlow Heath on 21.7%, and the Orton Valley on 21.1%, the survey by Homefind found.'
			].join('\n')
		);
		expect(outcomes.get('26.2%')).toContain('asked as its gap');
		expect(outcomes.get('Marlow Heath')).toContain('a runner-up');
		expect(outcomes.get('Marlow Heath')).not.toContain('asked as its gap');
		expect(outcomes.get('Homefind')).not.toContain('a runner-up');
	});

	it('asks no figure a small change from the one beside it gives away', () => {
		const outcomes = outcomesByAnswer(
			[
				'House prices dip',
				'',
				'The average house price in Tavia fell marginally to £180,226 in November, from £180,444 in October, the housing ministry said.',
				'New mortgage loans in Tavia fell to 77,000 in November, from 85,000 in October, the central bank said.',
				"Halden Bank's share of the Tavia mortgage market is about 30%, down from a peak of almost 46% in mid-2004."
			].join('\n')
		);
		expect(outcomes.get('46%')).toContain('the figure it changed from');
		expect(outcomes.get('46%')).not.toContain('asked as its gap');
		expect(outcomes.get('£180,226')).toContain('a small change from the figure beside it');
		expect(outcomes.get('£180,226')).not.toContain('asked as its gap');
		expect(outcomes.get('77,000')).toContain('asked as its gap');
	});

	it('asks no second figure of a pair shared out "respectively"', () => {
		const outcomes = outcomesByAnswer(
			[
				'Tavia house prices rebound',
				'',
				'House prices in Tavia rose 0.9% in December, the Halden Building Society said.',
				'At the other end of the scale, prices in Ardmore and Belcastle fell by 1.6% and 0.5% respectively.'
			].join('\n')
		);
		expect(outcomes.get('0.5%')).toContain('the second of a pair');
		expect(outcomes.get('0.5%')).not.toContain('asked as its gap');
	});

	it("asks no rest of a body's or a treaty's name after its head word", () => {
		const outcomes = outcomesByAnswer(
			[
				'Court backs detainee families',
				'',
				"The High Court ruled on Tuesday that Omar Haddad's death in custody fell within the Northern Convention on Civil Liberties.",
				'But William Corr of the Campaign for Clean Rivers urged the government to continue pressing its case.',
				'The ruling has also been called into question by the parliamentary Joint Committee on Human Rights.'
			].join('\n')
		);
		expect(outcomes.get('Joint Committee')).not.toContain('asked as its gap');
		expect(outcomes.get('Human Rights')).not.toContain('asked as its gap');
		expect(outcomes.get('Civil Liberties')).not.toContain('asked as its gap');
		expect(outcomes.get('Clean Rivers')).not.toContain('asked as its gap');
		expect(outcomes.get('High Court')).toContain('asked as its gap');
	});

	it('asks no tally of the moves in a contest, but asks its result', () => {
		const outcomes = outcomesByAnswer(
			[
				'Moreau edges past Lindqvist',
				'',
				'Anna Moreau beat Eva Lindqvist 7-6 6-4 to reach the semi-finals of the Harbour Open on Tuesday.',
				'The match lasted almost three hours and featured 13 service breaks, including three in the final set.',
				'Moreau will now play Lena Ostrova, who has won 14 titles on the tour.'
			].join('\n')
		);
		expect(outcomes.get('13')).toContain('a tally of the moves in a contest');
		expect(outcomes.get('13')).not.toContain('asked as its gap');
		expect(outcomes.get('14')).toContain('asked as its gap');
	});

	it('asks no second name from a sentence whose gap asked who, unless it tells a win', () => {
		const outcomes = outcomesByAnswer(
			[
				'Glazer bid team loses advisers',
				'',
				'Tycoon Malcolm Glazer has made a new £800m offer for Harbour City FC, the club confirmed on Monday.',
				'The board of the club rejected his previous offer in October.',
				'But the move led to bankers Morgan Stanley and public relations firm Brunswick Group withdrawing from the Glazer bid team.',
				'Shares in the club rose 5% to 310p on the news.'
			].join('\n')
		);
		expect(outcomes.get('Morgan Stanley')).toContain('asked as its gap');
		expect(outcomes.get('Brunswick Group')).toContain('a name beside the person its sentence asks');
		expect(outcomes.get('Brunswick Group')).not.toContain('asked as its gap');
		const awards = outcomesByAnswer(
			[
				'Foxx and Owen take Screen Awards',
				'',
				'Jamie Foxx won best actor at the Screen Awards for his role in Ray, while Clive Owen took best supporting actor for Closer.',
				'Hilary Swank was named best actress for her role in the boxing drama Million Dollar Baby, directed by Clint Eastwood.',
				'The ceremony was held at the Palace Theatre on Sunday.'
			].join('\n')
		);
		expect(awards.get('Clive Owen')).toContain('asked as its gap');
		expect(awards.get('Closer')).toContain('asked as its gap');
	});

	it('asks no item of a list that ends in a name with a small first letter ("and eBay")', () => {
		const outcomes = outcomesByAnswer(
			[
				'A decade of web design',
				'',
				'Web pioneer Jakob Nordahl has looked back at a decade of work on web design.',
				'Back in 1994, Zapline had only just launched, most websites were text-based and Brightmart, Vendora and eTrove had yet to appear.',
				'Nordahl said sites such as Vendora, Brightmart, eTrove and Zapline showed that design mattered.'
			].join('\n')
		);
		expect(outcomes.get('Zapline')).toContain('asked as its gap');
		expect(outcomes.has('Vendora')).toBe(false);
		expect(outcomes.has('Brightmart')).toBe(false);
	});

	it("asks no nation's leader named by the nation and the post, but a former one", () => {
		const outcomes = outcomesByAnswer(
			[
				'Blogger jailed for 14 years',
				'',
				'A Tavian weblogger has been jailed for 14 years on charges of spying.',
				'His family has called on Tavian President Omar Haddad to secure his immediate release.',
				'The trial in Valmont was attended by former Tavian president Karim Said and 200 supporters.'
			].join('\n')
		);
		expect(outcomes.get('Omar Haddad')).toContain("a nation's leader any reader knows");
		expect(outcomes.get('Omar Haddad')).not.toContain('asked as its gap');
		expect(outcomes.get('Karim Said')).not.toContain("a nation's leader any reader knows");
	});

	it('asks no capital the country beside it gives away', () => {
		const outcomes = outcomesByAnswer(
			[
				'Mothers meet in the square',
				'',
				'The idea of the weekly meeting was modelled on a square in the Argentine capital Buenos Aires, where mothers go to talk about the missing.',
				'The first meeting was held in Wambo by the Red Cross in 2003, and drew 4,000 people.'
			].join('\n')
		);
		expect(outcomes.get('Buenos Aires')).toContain('a capital the country gives away');
		expect(outcomes.get('Buenos Aires')).not.toContain('asked as its gap');
		expect(outcomes.get('Red Cross')).toContain('asked as its gap');
	});

	it("asks the person whose possession opens a sentence ('[…]'s try gave …'), not a name it starts", () => {
		const outcomes = outcomesByAnswer(
			[
				'Harbour Town edge past Vale',
				'',
				'Harbour Town beat Vale 21-15 in a tense league match at Kelby Park on Saturday.',
				"Tomas Varga's try gave the visitors an early lead before the hosts hit back in the second half.",
				"The crowd later gathered at St Aldric's Chapel to remember the club's founder."
			].join('\n')
		);
		expect(outcomes.get('Tomas Varga')).toContain('asked as its gap');
		expect(outcomes.has('St Aldric')).toBe(false);
	});

	it('asks no figure that ends a name opening its sentence (Andre […])', () => {
		const outcomes = outcomesByAnswer(
			[
				'Duo plan a break',
				'',
				'The rap duo Skyline have sold four million albums since their debut in 2001.',
				'Andre 3000 and his partner plan to take a year off after their world tour ends in Oslo.'
			].join('\n')
		);
		expect(outcomes.get('3000')).toContain('part of a name');
		expect(outcomes.get('3000')).not.toContain('asked as its gap');
	});

	it('asks a place named with its region, never the region ("in […], Fife")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Lecture honours economist',
				'',
				'A central banker has given a lecture in honour of the economist Adam Fergus.',
				'He delivered his lecture in Kelgarth, Fifeshire.',
				'The audience of 400 guests then toured an exhibition at the Fergus Library.'
			].join('\n')
		);
		expect(outcomes.get('Kelgarth')).toContain('asked as its gap');
		expect(outcomes.get('Fifeshire')).toContain('the region of a place named before it');
		expect(outcomes.get('Fifeshire')).not.toContain('asked as its gap');
	});

	it('takes no opening "One" or "Bar" into a name ("One DDoS attack", "Bar Keith Gleeson")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Hijacked computers for hire',
				'',
				'Criminals rent out networks of hijacked computers to attack websites, a study by the Vantor Project says.',
				'One DDoS attack was used by a betting firm to knock its rivals offline for a week.',
				'Bar Keith Malloy, who is just back from a broken leg, every player in the Dunmore squad is fit.'
			].join('\n')
		);
		expect([...outcomes.keys()]).not.toContain('One DDoS');
		expect([...outcomes.keys()]).not.toContain('Bar Keith Malloy');
	});

	it('reads an opening "they" as the side the sentence before was about, unless it named two', () => {
		const oneSide = cardsOf(
			[
				'Portugal given tough draw',
				'',
				'Portugal will face a tough draw at the world sevens in Canada next month.',
				'Portugal won the first event of the series in Dubai but have slipped to fourth in the table.',
				'However, they beat Chile in the recent Lima Sevens before losing to Kenya in the semi-finals.'
			].join('\n')
		);
		expect(oneSide.some((c) => /However, Portugal beat/.test(c.question))).toBe(true);
		const twoSides = cardsOf(
			[
				'Rivals in decline',
				'',
				'Portugal have lost their last four matches in the championship.',
				'The same year that Portugal ruled the roost, a woeful Chile lost all five matches in the championship.',
				'And they won only two games, against Kenya and Peru, in 2004.'
			].join('\n')
		);
		expect(twoSides.some((c) => /Portugal won/.test(c.question))).toBe(false);
	});

	it('asks nothing of a broadcast listing ("will be shown on BBC One at 2010 GMT")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Drama leads film awards',
				'',
				'The period drama Marsh Lane has won five prizes at the Velmora Film Awards in Dunmore.',
				'The ceremony will be shown on BBC One at 2010 GMT on Sunday 14 February.',
				'The ceremony was held at the Grand Hall in Dunmore on Saturday 13 February.'
			].join('\n')
		);
		expect(outcomes.get('14 February')).toContain('a broadcast listing');
		expect(outcomes.get('14 February')).not.toContain('asked as its gap');
		expect(outcomes.get('13 February')).not.toContain('a broadcast listing');
	});

	it('takes no gap on a person whose first or last name the sentence says elsewhere', () => {
		const outcomes = outcomesByAnswer(
			[
				'Stars arrive for film awards',
				'',
				'Hollywood stars arrived at the Velmora Film Awards in Dunmore on Saturday night.',
				'Actor Colin Farlow, who is starring in a play in the West End, was greeted by cries of "Colin, Colin" by the crowd.',
				'Singer Dana Pirelli joined the show to promote cameras which Ms Pirelli helped design.',
				'Director Marta Ruelle won the best film prize for her drama Marsh Lane.'
			].join('\n')
		);
		expect(outcomes.get('Colin Farlow')).toContain("the person's own name gives them away");
		expect(outcomes.get('Dana Pirelli')).toContain("the person's own name gives them away");
		expect(outcomes.get('Marta Ruelle')).not.toContain("the person's own name gives them away");
	});

	it('takes no gap on the paper someone spoke to ("Seaman told the […]: …")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Keeper backed by manager',
				'',
				'Arsenal manager Tom Garvey has pledged to keep faith with keeper Manuel Ordaz for the crunch week.',
				'But former keeper Dan Kerrow believes Ordaz has been harshly treated by the fans.',
				'Kerrow told the Daily Mail: "Ordaz is a fantastic keeper and he will come good."',
				'Ordaz joined Arsenal from Celta Vigo last summer.'
			].join('\n')
		);
		expect(outcomes.get('Daily Mail')).toContain('who reported it');
		expect(outcomes.get('Daily Mail')).not.toContain('asked as its gap');
	});

	it('asks "Grand Slam" once, however often and in whichever number the article says it', () => {
		const cards = cardsOf(
			[
				'Russian women rule tennis',
				'',
				'Anna Volkova became the first Russian woman to win a Grand Slam at the French Open in June.',
				'Volkova, Irina Petrova and Olga Sokolova all won Grand Slams in 2004, before taking the Fed Cup.',
				'Petrova beat Serena Williams in the final at Wimbledon in July.'
			].join('\n')
		);
		const slams = cards.filter((c) => /^Grand Slams?$/.test(c.answer));
		expect(slams.length).toBeLessThanOrEqual(1);
	});

	it('reads "the evening" and "the night" as the event the story is about, which the headline says', () => {
		const alone = firstStandsAlone;
		expect(alone('Glamour was also brought to the evening by actress Sienna Marlow.')).toBe(false);
		expect(alone('The biggest cheer of the night was reserved for actor Colin Farlow.')).toBe(
			false
		);
		expect(alone('Actress Sienna Marlow brought glamour to the Velmora Film Awards.')).toBe(true);
	});

	it('takes no gap on one of several ("[…] were just some of the actors who attended")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Stars arrive for film awards',
				'',
				'Hollywood stars arrived at the Velmora Film Awards in Dunmore on Saturday for the biggest night in the film calendar.',
				'Anna Varga, Colin Farlow and Marta Ruelle were just some of the actors who attended the Velmora Film Awards.',
				'Marsh Lane won the best film prize at the Velmora Film Awards.'
			].join('\n')
		);
		expect(outcomes.get('Anna Varga, Colin Farlow and Marta Ruelle')).toContain(
			'one example of many'
		);
	});

	it('reads an opening "Comedy" or "Drama" before a title as the kind of work, not part of it', () => {
		const answers = [
			...outcomesByAnswer(
				[
					'Comedy tops box office',
					'',
					'Comedy Meet The Larkins has held on to the number one spot at the North American box office for a second week.',
					'The film took $44.7m over the weekend, according to studio estimates.',
					'Drama Marsh Lane moved down the chart to fourth place after taking $10.7m.'
				].join('\n')
			).keys()
		];
		expect(answers.filter((a) => /^(Comedy|Drama) /.test(a))).toEqual([]);
		expect(answers).toContain('Marsh Lane');
	});

	it('takes no gap on the figure beside a small change ("marginally up on the […] rise")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Mortgage lending edges up',
				'',
				'Mortgage lending in the UK rose by £7.2bn in January, marginally up on the £7.1bn rise in December, the Bank of England said.',
				'The Bank of England held interest rates at 4.75% on Thursday.'
			].join('\n')
		);
		expect(outcomes.get('£7.1bn')).toContain('a small change from the figure beside it');
	});

	it('takes no gap on a common phrase many words fit ("is planning […]" → a long-term relationship)', () => {
		const outcomes = outcomesByAnswer(
			[
				'Connors to help find new stars',
				'',
				'Former world number one Jimmy Connors is planning a long-term relationship with the Lawn Tennis Association to find new players.',
				'Connors spent three days at the Lawn Tennis Association winter camp in La Manga.'
			].join('\n')
		);
		const phrase = [...outcomes.entries()].find(([answer]) =>
			/long-term relationship/.test(answer)
		);
		expect(phrase?.[1]).toContain('a common phrase many words fit');
	});

	it('reads an "including" aside as closed once a verb follows ("…, including X, gathered at the […]")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Actor remembered at funeral',
				'',
				'Veteran actor Carl Denton has died in Miami at the age of 87.',
				'Friends and family, including actress Ruby Mae his wife of 56 years, gathered at the Riverside Chapel on Saturday.',
				'Other mourners included Colin Farlow and Marta Ruelle.'
			].join('\n')
		);
		expect(outcomes.get('Riverside Chapel')).not.toContain('one example of many');
	});

	it('takes no gap on a body called by its kind ("The […] said monetary policy …" → Bank)', () => {
		const outcomes = outcomesByAnswer(
			[
				'Economy stronger than forecast',
				'',
				'UK interest rates were held at 4.75% for a sixth month in a row on Thursday.',
				'The Bank said successful monetary policy depends on having good information about the economy.',
				'Growth reached 3.1% in 2004, the Office for National Statistics said.'
			].join('\n')
		);
		expect(outcomes.get('Bank')).toContain('a body called by its kind');
	});

	it('takes no gap on a side or party called by a plural nickname ("the […] had looked destined")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Velmora out of the cup',
				'',
				'Velmora Rovers were knocked out of the cup by Dunmore on Tuesday.',
				'The Hoops had looked destined to progress after winning the first leg at Kelby Park 3-1.',
				'Striker Tom Arden scored twice in the second leg for Dunmore.'
			].join('\n')
		);
		expect(outcomes.get('Hoops')).toContain('a plural nickname');
	});

	it('finds words run together, a word too many and a sum that lost its scale', () => {
		const slip = (text: string) => sourceSlip(tagged(text).sentences[0]);
		expect(
			slip("The Tories won 163 seats, two less than they returned atLabour's 1997 landslide.")
		).toBe('a missing space');
		expect(slip('The firm said it had won approval for to build a factory in China.')).toBe(
			'a word too many'
		);
		expect(slip('The epic earned just $13.5 (£7m) over three days at the US box office.')).toBe(
			'a sum without its scale'
		);
		expect(
			slip('The iPod maker and eBay both joined McDonald’s in the index in 2004.')
		).toBeUndefined();
		expect(
			slip('The epic earned $13.5m (£7m) over three days at the US box office.')
		).toBeUndefined();
		expect(slip('George Harrison was repeatedly stabbed in a break-in in 1999.')).toBeUndefined();
		// Conjunctions or auxiliaries that never meet, and one word written twice.
		expect(
			slip('The carmaker faces competition from Volvo and but hopes to recover by 2006.')
		).toBe('a word too many');
		expect(slip('The firm claims that is has been punished for its founder’s politics.')).toBe(
			'a word too many'
		);
		expect(slip('The label offers its catalogue for use by both by computers and phones.')).toBe(
			'a word too many'
		);
		expect(
			slip('The ban was passed by a vote of 12 to the ten the unions wanted.')
		).toBeUndefined();
		expect(slip('The dispute is driven by the minister’s hostility hostility to the plan.')).toBe(
			'words written twice'
		);
		expect(slip('He said that that was the end, and he had had enough of it.')).toBeUndefined();
		expect(
			slip('Duran Duran scored six hits, including Girls Girls Girls in 1987.')
		).toBeUndefined();
	});

	it('takes no gap on a sentence shown after one with a slip', () => {
		const outcomes = outcomesByAnswer(
			[
				'Epic flops at box office',
				'',
				'Director Sam Hale said his epic Marsh Lane had won approval for to build its sets in Morocco in 2003.',
				'The film cost more than $150m to make, according to its studio Velmora Pictures.',
				'Marsh Lane opened at number six in the US charts on Friday.'
			].join('\n')
		);
		expect(outcomes.get('$150m')).toContain('a slip in the sentence before (a word too many)');
	});
});

describe('the thing a text is about', () => {
	it('stays the topic through a sentence that points back to it, whatever place it names', () => {
		const cards = cardsOf(
			'Art rock success\n\nScottish rock band Kestrel Lane have won two Brit Awards this year. The buzz about the band soon spread around the music industry and 40 record labels turned up to one gig in Glasgow. They signed with independent label Marrow, home of several noise acts, in June 2003.'
		);
		const marrow = cards.filter((c) => c.answer === 'Marrow');
		expect(marrow.map((c) => c.question)).toEqual([
			'Kestrel Lane signed with independent label […], home of several noise acts, in June 2003.'
		]);
	});
});

describe('the thing "its" means', () => {
	it('reads an opening "Its" as the firm the text is about, through a quotation naming it', () => {
		expect(tagsOf('Its adverts outlined the plans.', 'Its')).toContain('Pronoun');
		const cards = cardsOf(
			'Retailer answers critics\n\nThe retailer Valmarto took out full-page adverts in more than 100 US newspapers on Thursday. "There are lots of urban legends going around about Valmarto," chief executive Lee Scott said. Its adverts outlined the group\'s plans to create more than 10,000 US jobs in 2005.'
		);
		expect(cards.map((c) => c.question)).toContain(
			"Valmarto's adverts outlined the group's plans to create more than […] US jobs in 2005."
		);
	});

	it('reads "Fifty nine percent" as one figure', () => {
		const figures = tagged('Fifty nine percent of people said they were worried.').sentences[0]
			.mentions;
		expect(figures.map((m) => m.text)).toEqual(['Fifty nine percent']);
	});

	it('knows an opening plural for people or a participle by its ending ("Organisers", "Hounded")', () => {
		for (const word of ['Organisers', 'Viewers', 'Analysts', 'Hounded'])
			expect(peopleOrParticiple(word)).toBe(true);
		for (const word of ['Lions', 'Sony', 'Ted', 'Chelsea'])
			expect(peopleOrParticiple(word)).toBe(false);
	});

	it('asks no "Which speculation that President …?" of a name inside a clause', () => {
		const questions = cardsOf(
			'Blogs come of age\n\nSpeculation that President Tom Hale was getting help during debates via a listening device was first aired on web logs.'
		).map((c) => c.question);
		expect(questions.filter((q) => /^Which speculation/.test(q))).toEqual([]);
	});

	it('ends a question where "and" opens a clause with a titled name and its verb', () => {
		const questions = cardsOf(
			"Tories meet\n\nTory co-chairman Tom Hale had opened the forum in Brighton with an attack on Labour's record and party leader Michael Howard is due to speak later."
		).map((c) => c.question);
		expect(questions.filter((q) => /party leader/.test(q) && !/\[…\]/.test(q))).toEqual([]);
	});

	it('reads "I\'d" as no part of a name ("Like Kevin I\'d like to …")', () => {
		const names = tagged('He said: "Like Kevin I\'d like to see some players come in."')
			.sentences[0].mentions;
		expect(names.map((m) => m.text)).not.toContain("Kevin I'd");
	});
});

describe('the people a text is about', () => {
	it('reads "They" after a pair as the pair, so its sentence makes gaps', () => {
		const cards = cardsOf(
			'Sprinters face hearing\n\nVelmoran sprinters Tom Hale and Alicia Varga have appeared before an independent tribunal which will decide if their bans should stand. They were given provisional suspensions by the Velmora Athletics Board in December for missing three drugs tests.'
		);
		expect(cards.map((c) => c.question)).toContain(
			'Tom Hale and Alicia Varga were given provisional suspensions by the […] in December for missing three drugs tests.'
		);
	});
});

describe('a common plural read as a name', () => {
	it('asks no "Who shows …?" of an opening plural the tagger took for a name after a quote', () => {
		const text = [
			"Pact talks collapsed over minister's role",
			'',
			'Late on Friday, Sir Alan Brent summoned the Green leader back to his office for one last attempt at an agreement. "The premier said he had to tell Mr Tate that his ministers had refused to serve under anyone else. Mr Tate was free to check this with two of those ministers." Documents show that Sir Alan considered standing down and joining a coalition led by the opposition.'
		].join('\n');
		const questions = factQuestionsOf(text);
		expect(questions.some((q) => /considered standing down/.test(q))).toBe(true);
		expect(cardsOf(text).map((c) => c.answer)).not.toContain('Documents');
	});
});

describe('common words read as names', () => {
	it('makes no gap on a common word after a colon, or one the headline writes in lower case', () => {
		const text = [
			'Euro firms miss out on optimism',
			'',
			'Bosses around the world are more upbeat about 2005 than at any time since 2002, a survey by Halden Partners has found. There is one exception: Firms in Western Europe are lacking confidence after years of slow growth. One group stood out: Analysts in Eastern Asia expect growth of 8% this year.'
		].join('\n');
		const answers = cardsOf(text).map((c) => c.answer);
		expect(answers).toContain('Halden Partners');
		expect(answers).not.toContain('Firms');
		expect(answers).not.toContain('Analysts');
	});
});

describe('the sentence before, shown as a lead', () => {
	it('is never a question: "Now is that a birthday present or what?" asserts nothing', () => {
		const text = [
			'Box set review: The Classic Westerns',
			'',
			'The new box set from Carlton Studios holds all 40 westerns the studio released between 1950 and 1962. Now is that a birthday present or what? Give this to a film fan on 12 May and you will not see them again for weeks.'
		].join('\n');
		const questions = cardsOf(text).map((c) => c.question);
		expect(questions.some((q) => /40 westerns|\[…\] westerns/.test(q))).toBe(true);
		expect(questions.filter((q) => /or what\?/.test(q))).toEqual([]);
	});
});

describe('a name "X of Y" whose Y is a place', () => {
	it('reads a person\'s name of a place ("The Sinatra of Lagos") as a title, not a place', () => {
		const { entities } = tagged(
			'The Sinatra of Lagos follows a singer stranded in a hotel. The City of London backed the plan.'
		);
		const kindOf = (name: string) => entities.all().find((e) => e.name === name)?.kind;
		expect(kindOf('Sinatra of Lagos')).toBe('thing');
		expect(kindOf('City of London')).toBe('place');
	});
});

describe('figures written wrongly', () => {
	it('reads no figure in digits grouped wrongly ("£135,00"), and reads the rest', () => {
		const texts = tagged(
			'He was paid up to £135,00 for advice, £12,500 for speeches and £1,250,000 for a book.'
		).sentences.flatMap((s) => s.mentions.map((m) => m.text));
		expect(texts).not.toContain('£135,00');
		expect(texts).toEqual(expect.arrayContaining(['£12,500', '£1,250,000']));
	});
});

describe('figures that belong to a name', () => {
	it('makes no gap on "Number 10" or "chapter 11"', () => {
		const outcomes = outcomesByAnswer(
			[
				'Airline files for bankruptcy',
				'',
				'Velmora Airways has filed for bankruptcy protection for the second time in two years, with debts of $41bn. Velmora Airways said it would stay under chapter 11 protection until next year. Number 10 said ministers were interested in jobs, not a row over 3,000 posts.'
			].join('\n')
		);
		expect(outcomes.get('11')).toContain('part of a name');
		expect(outcomes.get('10')).toContain('part of a name');
		expect(outcomes.get('3,000')).not.toContain('part of a name');
	});
});

describe('a place the headline names by its nationality', () => {
	it('makes no gap on Portugal under "Portuguese papers …"', () => {
		const outcomes = outcomesByAnswer(
			[
				'Portuguese papers hail late win',
				'',
				'Newspapers in Lisbon praised the late goal by striker Nuno Gomes on Saturday. The win ended a run of four defeats for Portugal, the papers said.'
			].join('\n')
		);
		expect(outcomes.get('Portugal')).toContain('the headline names the answer by its nationality');
		expect(outcomes.get('Portugal')).not.toContain('asked as its gap');
		// "Iraqi" is Iraq's, which the sentence names: Iran is still asked.
		const iran = outcomesByAnswer(
			[
				'Irish firm hit by Iraqi report',
				'',
				'Iraq is still trying to raise its oil output to the levels last seen in the eighties, before the war with Iran.'
			].join('\n')
		).get('Iran');
		expect(iran).not.toContain('the headline names the answer by its nationality');
	});
});

describe('a person given away by a part of their name', () => {
	it('takes a given name or surname standing alone as giving the person away, not one inside another name', () => {
		expect(
			personPartAlone({
				question: "Foxx's portrayal of late soul-singer […] in Ray won him a Golden Globe.",
				answer: 'Ray Charles'
			})
		).toBe(true);
		expect(
			personPartAlone({
				question: '[…] - son of the late lawyer Mr Carman - was voted through.',
				answer: 'Dominic Carman'
			})
		).toBe(true);
		expect(
			personPartAlone({
				question: 'Robert Oatley and his son […] have both resigned from the board.',
				answer: 'Sandy Oatley'
			})
		).toBe(false);
	});
});

describe('one figure told two ways', () => {
	it('makes one card of "by 12.6%, or 440,700 megawatts", and one of a figure told twice', () => {
		const text = [
			'Mirvania halts dam projects',
			'',
			'Mirvania has halted work on 26 dam projects after an environmental review. In 2004, Mirvania increased its generating capacity by 12.6%, or 440,700 megawatts. About 90,000 families were moved from the Tarsh valley to make way for the Kell dam. Officials at the Kell dam would not say how many of the 90,000 families had been paid for their land.'
		].join('\n');
		const answers = cardsOf(text).map((c) => c.answer.replace(/^about /, ''));
		expect(answers.filter((a) => a === '12.6%' || a === '440,700')).toHaveLength(1);
		expect(answers.filter((a) => a === '90,000')).toHaveLength(1);
	});
});

describe('a name in capitals', () => {
	it('makes no gap on a name written in a preview heading style ("BLACKBURN ROVERS against …")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Rovers face Wanderers in cup',
				'',
				'Tarnford Rovers meet Brockley Wanderers in the fifth round on Saturday. TARNFORD ROVERS against Brockley is part two of a local derby that ended goalless last month. Rovers manager Alan Pike has four players injured.'
			].join('\n')
		);
		expect(outcomes.get('TARNFORD ROVERS')).toContain('a name in capitals');
		expect(outcomes.get('TARNFORD ROVERS')).not.toContain('asked as its gap');
	});
});

describe('peers, storms, shirts and bodies named in part', () => {
	it('reads "Lord Callaghan" as Jim Callaghan where the text names him so, else keeps the peer’s name', () => {
		const { entities } = tagged(
			'Ex-PM Lord Callaghan has died. Jim Callaghan entered Downing Street in 1976. Lord Penhale said he was sad. Penhale had served with him.'
		);
		const names = entities
			.all()
			.filter((e) => e.kind === 'person')
			.map((e) => e.name);
		expect(names).toContain('Jim Callaghan');
		expect(names).not.toContain('Lord Callaghan');
		expect(names).toContain('Lord Penhale');
		expect(names).not.toContain('Penhale');
	});

	it('asks "What", not "Who", of a hurricane', () => {
		const { entities } = tagged('Hurricane Mitch killed about 10,000 people in 1998.');
		expect(entities.all().find((e) => e.name === 'Hurricane Mitch')?.kind).toBe('thing');
	});

	it('makes no gap on a player’s shirt number, nor on a body whose name runs on past the gap', () => {
		const outcomes = outcomesByAnswer(
			[
				'Munster edge Ulster in cup',
				'',
				'Ronan Kell hailed his side’s 19-13 victory over Ulster as a special win. The Munster number 10 kicked a total of 14 points, including two drop goals. Exports will face serious challenges over the next two years, the British Chamber of Commerce (BCC) has said.'
			].join('\n')
		);
		expect(outcomes.get('10')).toContain('part of a name');
		expect(outcomes.get('10')).not.toContain('asked as its gap');
		const chamber = [...outcomes.entries()].find(([a]) => /Chamber$/.test(a));
		if (chamber) expect(chamber[1]).not.toContain('asked as its gap');
	});

	it('asks nothing of "the two Japanese carmakers" unless a headline names both', () => {
		const text = (headline: string) =>
			[
				headline,
				'',
				'Hybrid cars are selling fast in the US. The two Japanese carmakers sold 80,000 units in the US last year.'
			].join('\n');
		expect(outcomesByAnswer(text('US prepares for hybrid cars')).get('80,000')).toContain(
			'leaves a pair unnamed'
		);
		expect(outcomesByAnswer(text('Toyota and Honda lead hybrid sales')).get('80,000')).toContain(
			'question card'
		);
	});
});

describe('an adverb opening a sentence', () => {
	it('starts no name with "Again", "Soon" or "Often"', () => {
		const texts = tagged(
			'Again Roddick broke first and again Hewitt fought back. Soon Hewitt led by two sets. Often Pipex gets notice of an attack.'
		).sentences.flatMap((s) => s.mentions.map((m) => m.text));
		expect(texts).toContain('Roddick');
		expect(texts).toContain('Pipex');
		expect(texts.some((t) => /^(Again|Soon|Often)\b/.test(t))).toBe(false);
	});
});

describe('an abstract noun opening a sentence after a quotation', () => {
	it('makes no gap on "Unemployment" read as a name', () => {
		const outcomes = outcomesByAnswer(
			[
				'Consumers drive Velmoran economy',
				'',
				'Velmoran households have spent their savings. "Velmora cannot sustain a high growth rate without more jobs." Unemployment levels are currently stuck at about 10%, and are proving difficult to bring down.'
			].join('\n')
		);
		expect(outcomes.get('Unemployment') ?? []).not.toContain('asked as its gap');
		expect(outcomes.get('Unemployment') ?? []).not.toContain('question card');
	});
});

describe('what a descriptive noun points back to', () => {
	it('takes no name after a comma and before its verb for what "the system" means ("the legal system, MPs have said")', () => {
		const text = [
			'MPs criticise family courts',
			'',
			'Divorced parents are often disadvantaged by the legal system, MPs have said. Delays in the system hurt about 4,000 families in Tarsh last year, the Tarsh Affairs Select Committee found.'
		].join('\n');
		const shown = cardsOf(text).flatMap((c) => [c.question, c.cloze?.text ?? '']);
		expect(shown.some((t) => /delays in MPs/i.test(t))).toBe(false);
		expect(shown.some((t) => /Delays in the system/.test(t))).toBe(true);
	});
});

describe('more slips of the source, and gaps a set phrase fills', () => {
	it('copies no stray apostrophe, no "where" for "were" and no figure scaled twice', () => {
		const slip = (text: string) => sourceSlip(tagged(text).sentences[0]);
		expect(slip("The UK' opposition Conservatives have unveiled plans.")).toBeDefined();
		expect(
			slip('Figures showed burglars where claimed compensation from householders.')
		).toBeDefined();
		expect(slip('About 8,500 thousand vehicles had arrived by noon.')).toBeDefined();
		expect(slip("The Conservatives' plans were unveiled where claims were heard.")).toBeUndefined();
	});

	it('makes no gap on "across the […]" (Atlantic) or after "van den"', () => {
		const outcomes = outcomesByAnswer(
			[
				'British bands seek US success',
				'',
				'Tarsh Records said bands from Kellburgh are well known to music fans across the Atlantic, along with singer Mira Olt. Ana Weepu added a try before the final whistle, while van den Bergh gained some consolation for the Barbarians.'
			].join('\n')
		);
		expect(outcomes.get('Atlantic') ?? []).not.toContain('asked as its gap');
		expect(outcomes.get('Bergh') ?? []).not.toContain('asked as its gap');
	});
});

describe('answers the rest of the sentence counts, sums or shares', () => {
	it('asks no count that the list after it spells out ("took […] prizes - A, B and C")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Cartoon sweeps film awards',
				'',
				'Film sequel Kestrel Quest took three prizes - voted top animated movie, top film comedy and top sequel. The awards were handed out in Velmora on Sunday.'
			].join('\n')
		);
		expect(outcomes.get('3') ?? []).toContain('a count its list spells out');
		expect(outcomes.get('3') ?? []).not.toContain('asked as its gap');
	});

	it('asks no figure that the two beside it add up to ("[…], a $697m improvement from $153m")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Carmaker profits rise',
				'',
				"For the full year, Tarsh Motors' car division earned a pre-tax profit of $850m, a $697m improvement from $153m a year earlier. Its loans arm made $2.9bn."
			].join('\n')
		);
		for (const figure of ['$850m', '$697m']) {
			expect(outcomes.get(figure)).toContain('given by the other figures');
			expect(outcomes.get(figure)).not.toContain('asked as its gap');
		}
	});

	it('reads "$793m a year ago" as a sum and a time, not a sum a year', () => {
		const { sentences } = tagged(
			'Tarsh Motors reported a loss of $793m a year ago. It pays $5m a year.'
		);
		const sums = sentences.flatMap((s) => s.mentions.filter((m) => m.kind === 'money'));
		expect(sums.map((m) => m.text)).toEqual(['$793m', '$5m a year']);
	});

	it('takes no surname alone as an answer when two people in the article share it', () => {
		const article =
			'Felipe Arbelo kicked four penalties. Manuel Arbelo came on at centre. Arbelo then kicked a drop goal.';
		expect(sharedSurname(article, 'Arbelo', true)).toBe(true);
		expect(
			sharedSurname('Felipe Arbelo kicked four penalties. Arbelo then scored.', 'Arbelo', true)
		).toBe(false);
		// "Rival HD-DVD", "Toshiba's HD-DVD": words before a thing's name are no given names.
		expect(sharedSurname('Rival Nexa and Toshiba Nexa discs.', 'Nexa', false)).toBe(false);
	});

	it("makes no gap on a reporting period's year or a region's country", () => {
		expect(
			trivialGap(
				{
					type: 'date',
					variants: [
						{
							claims: [
								{ sentence: { text: 'Tarsh Motors gave no guidance for first quarter 2005.' } }
							]
						}
					]
				} as unknown as Parameters<typeof trivialGap>[0],
				'2005'
			)
		).toBe(true);
		const outcomes = outcomesByAnswer(
			[
				'Film jobs stay in the capital',
				'',
				'The film workforce is largely based around London, with 78% of jobs in the capital and the south east of England, a study by the Kellburgh Film Council found.'
			].join('\n')
		);
		expect(outcomes.get('England')).toContain('a region named by its country');
		expect(outcomes.get('England')).not.toContain('asked as its gap');
	});
});

describe('more from review round 66', () => {
	it('copies no sentence that dropped a "to" ("according revised data", "expected grow")', () => {
		const slip = (text: string) => sourceSlip(tagged(text).sentences[0]);
		expect(slip('The economy grew 2% in 2004, according revised data from Velmora.')).toBeDefined();
		expect(slip('Growth is expected grow by 3% next year.')).toBeDefined();
		expect(
			slip('Growth is expected to grow by 3% next year, according to Velmora.')
		).toBeUndefined();
	});

	it('makes no gap on a holiday or on where a reporting period ends', () => {
		const gap = (text: string, hidden: string) =>
			trivialGap(
				{
					type: 'date',
					variants: [{ claims: [{ sentence: { text } }] }]
				} as unknown as Parameters<typeof trivialGap>[0],
				hidden
			);
		expect(gap('She will have a well-earned rest over Christmas.', 'Christmas')).toBe(true);
		expect(gap('Output rose 0.7% in the three months to 31 December.', '31 December')).toBe(true);
		expect(
			gap('Tarsh expects to ship three million by its fiscal year ending 31 March.', '31 March')
		).toBe(true);
		expect(gap('The group monitored output from 20 March to 27 March 2004.', '27 March 2004')).toBe(
			true
		);
		expect(gap('The festival opened on 24 January 2005.', '24 January 2005')).toBe(false);
	});

	it('reads "Operation Firewall" as a thing, so "He" after it is no rewrite to it', () => {
		const { sentences } = tagged(
			'Operation Firewall, led by the Velmora police, involved seven nations.'
		);
		expect(sentences[0].mentions.find((m) => m.text === 'Operation Firewall')?.kind).toBe('thing');
	});
});

describe('more from review round 68', () => {
	it('reads a short participle opening a sentence as no name ("Asked about …")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Detainees return home',
				'',
				'Mr Kellan said: "I am very grateful to my lawyers." Asked about possible damages Mr Kellan and the other detainees could bring against Tarsh, Mr Godsen said: "People get released from prison when it is found that their prosecution was wrong and they are quite rightly awarded large sums of money.'
			].join('\n')
		);
		expect(outcomes.get('Asked')).toContain('a common word');
		expect(outcomes.get('Asked')).not.toContain('asked as its gap');
	});

	it('refuses "Which New Zealand born moved …?", a birthplace read as a noun', () => {
		const source = 'New Zealand born director Mark Kellan moved to the UK in 1966.';
		expect(
			questionFault({
				question: 'Which New Zealand born moved to the UK in 1966?',
				sources: [source]
			})
		).toMatch(/adjective/);
		expect(
			questionFault({ question: 'Which Leeds based firm launched the site?', sources: [source] })
		).not.toMatch(/adjective/);
	});

	it('refuses "Which when cricketer won …?", a clause\'s opener read as its subject', () => {
		const source = 'When cricketer Tom Hale won in May 2003, 12.3 million people tuned in.';
		expect(
			questionFault({
				question: 'Which when cricketer won in May 2003, 12.3 million people?',
				sources: [source]
			})
		).toMatch(/clause opener/);
		expect(
			questionFault({ question: 'Which cricketer won in May 2003?', sources: [source] }) ?? ''
		).not.toMatch(/clause opener/);
	});

	it('reads a party\'s short name in the answer as the headline does ("Tory" under "Tories …")', () => {
		expect(headlineNamesAnswer('Tories outlining policing plans', 'Tory')).toBe(true);
		expect(headlineNamesAnswer('Labour outlines policing plans', 'Tory')).toBe(false);
	});
});

describe('more from review round 70', () => {
	it('asks no count that stands for a group or the rest of one ("the other […] protesters")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Protesters charged over stadium invasion',
				'',
				'Eight protesters who ran onto the Velmora pitch have been charged with disorderly conduct. One of the men, Tom Hale, said he and the other seven protesters would plead not guilty. Three others had been stopped by stewards as they tried to join the five on the pitch. The club said more than 250 stewards were on duty that day.'
			].join('\n')
		);
		expect(outcomes.get('seven') ?? outcomes.get('7')).toContain('a count of the rest');
		expect(outcomes.get('five') ?? outcomes.get('5')).toContain('a count standing for a group');
		expect(outcomes.get('250')).not.toContain('a count standing for a group');
	});

	it('reads "the band" as no other band a member has ("his other band, Fightstar")', () => {
		const { sentences, entities } = tagged(
			'Pop band Velmora have confirmed that they plan to take a break. Their label said singer Tom Hale would work with his other band, Kestrel. The band have had eight top three hits since 2002.'
		);
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		tracker.resolve({ s: sentences[1] });
		expect(tracker.resolve({ s: sentences[2] }).map((r) => r.text)).not.toContain('Kestrel');
	});

	it('reads "First" opening a sentence before a first name as no part of the name', () => {
		const { sentences } = tagged(
			'England lost twice. First Mark Velmora was judged offside, and then the referee ignored a try.'
		);
		const names = sentences.flatMap((s) => s.mentions.map((m) => m.text));
		expect(names).toContain('Mark Velmora');
		expect(names).not.toContain('First Mark Velmora');
	});

	it('reads "Other" opening a sentence after a quotation as no name', () => {
		const { sentences } = tagged(
			'"It is a place for discovery." Other films showing this year include Hustle & Flow.'
		);
		const names = sentences.flatMap((s) => s.mentions.map((m) => m.text));
		expect(names).not.toContain('Other');
	});
});

describe('a sentence that leans on its story past its opening, shown under the headline', () => {
	it('asks a figure of "Velmora have shown their determination … by recalling […] of their players"', () => {
		const outcomes = outcomesByAnswer(
			[
				'Velmora confident before cup final',
				'',
				'Velmora have shown their determination to win this final by recalling nine of their foreign-based players. The team flew to Kestrel on Monday.'
			].join('\n')
		);
		expect(outcomes.get('nine') ?? outcomes.get('9')).toContain('asked as its gap');
	});

	it('asks no figure of "The proportion was at […]", nor one its other figures or fraction give', () => {
		const outcomes = outcomesByAnswer(
			[
				'School sport is back, says minister',
				'',
				'"Sport is back in our schools," the minister said. The proportion was currently at 62%, and the government was hoping this would rise to 85% by 2008. In the capital, sales of sports kit fell by 23% from 36,185 in 2003 to 28,041 in 2004. More than two-thirds of those questioned, 68%, said they liked it. Two weeks ago the ministry also said it would spend £48m a year on coaches.'
			].join('\n')
		);
		expect(outcomes.get('62%')).not.toContain('asked as its gap');
		expect(outcomes.get('23%')).toContain('given by the other figures');
		expect(outcomes.get('68%')).toContain('given by the fraction before it');
	});

	it('asks no length of time counted back from the day of the article ("Two weeks\' ago")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Airline may run out of cash',
				'',
				"Velmora Air warned it could run out of cash by March. Two weeks' ago the group also announced it would cut $48m a year from its costs."
			].join('\n')
		);
		expect(outcomes.get('Two weeks') ?? outcomes.get('two weeks')).toContain(
			'counts time from the day of the article'
		);
	});
});

describe('more from review round 72', () => {
	it('finds a speaker written twice across a colon ("Tom Hale said: Tom Hale said")', () => {
		const slip = (text: string) => sourceSlip(tagged(text).sentences[0]);
		expect(slip('Party chairman Tom Hale said: Tom Hale said the budget did not add up.')).toBe(
			'words written twice'
		);
		expect(slip('Party chairman Tom Hale said: the budget does not add up.')).toBeUndefined();
	});

	it('asks no position\'s number ("Number […] Tom Hale") nor a word of an acronym\'s long form', () => {
		const outcomes = outcomesByAnswer(
			[
				'Velmora drop Hale for Kestrel match',
				'',
				'Number eight Tom Hale has been dropped from the Velmora squad for the match with Kestrel on 12 March. The club has backed the growing sector of Voice over Internet Telephony (Voip) since 2003.'
			].join('\n')
		);
		expect(outcomes.get('eight') ?? outcomes.get('8')).toContain("a position's number");
		expect(outcomes.get('Voice') ?? []).not.toContain('asked as its gap');
	});

	it('reads "The firm returned to profit" as pointing back, though "firm" is tagged an adjective', () => {
		expect(
			firstStandsAlone(
				'The firm returned to profit in September 2004, but now needs a capital injection.'
			)
		).toBe(false);
	});

	it('reads "It is understood that …" as a report whose "it" stands for nothing', () => {
		const alone = firstStandsAlone;
		expect(
			alone('It is understood that Velmora accepted a £5m offer for Tom Hale at the weekend.')
		).toBe(true);
		expect(alone('It accepted a £5m offer for Tom Hale at the weekend.')).toBe(false);
		expect(alone('It is reported to be keen on buying a 15% stake in oil unit Velmora.')).toBe(
			false
		);
		expect(alone('It is understood that they accepted a £5m offer at the weekend.')).toBe(false);
	});

	it('reads "He" after a quotation as no one the quotation names', () => {
		const outcomes = outcomesByAnswer(
			[
				'Taxes must be trusted, says Hale',
				'',
				'Liberal leader Tom Hale set out his tax plans on Monday. Mr Hale said: "Trust in taxation depends on honesty.',
				'"With the stealth tax strategy of Jack Velmora, it is no wonder that trust is breaking down." He challenged the Treasury to open up its books so auditors can report on its performance.'
			].join('\n')
		);
		expect(outcomes.get('Jack Velmora') ?? []).not.toContain('question card');
	});
});

describe('more from review round 73', () => {
	it('reads a people\'s name in the headline as its country ("Irish finish …" names Ireland)', () => {
		expect(headlineNamesAnswer('Irish finish with home game', 'Ireland')).toBe(true);
		expect(headlineNamesAnswer('Irish finish with home game', 'Switzerland')).toBe(false);
	});

	it('asks "Which former … MP" in lower case when "Former" opens the sentence', () => {
		const questions = factQuestionsOf(
			'Former Liberal Democrat MP Tom Hale recalled a stream of remarks from a leading MP about women.'
		);
		expect(questions.some((q) => /^Which former Liberal Democrat MP recalled/.test(q))).toBe(true);
		expect(questions.some((q) => /Which Former/.test(q))).toBe(false);
	});

	it('finds a preposition written again one word on and a heading run into the sentence', () => {
		const slip = (text: string) => sourceSlip(tagged(text).sentences[0]);
		expect(slip('Spam networks grew, a study from security from Velmora showed last year.')).toBe(
			'a word too many'
		);
		expect(slip('The price went on and on rising through the year.')).toBeUndefined();
		expect(
			slip('KESTREL 2 (WORKING TITLE) Kestrel remains a benchmark for console gaming in Japan.')
		).toBe('a heading run into the sentence');
		expect(slip('NASA said the UK would join the mission in 2006.')).toBeUndefined();
	});
});

describe('more from review round 74', () => {
	it('asks no ranking of someone unnamed ("the world number […] was pleased")', () => {
		const outcomes = outcomesByAnswer(
			[
				'Velmora claims Dubai crown',
				'',
				'Tom Velmora beat Jack Kestrel 6-4 6-3 in the final on Sunday. But despite his defeat, the world number 14 was pleased with his overall performance.'
			].join('\n')
		);
		expect(outcomes.get('14')).toContain('a ranking of someone unnamed');
	});

	it('finds a quotation opened with no space and "is to due to" as slips', () => {
		const slip = (text: string) => sourceSlip(tagged(text).sentences[0]);
		expect(slip('Tom Hale accused the minister of"squabbling like schoolboys".')).toBe(
			'a missing space'
		);
		expect(slip('The stadium is to due to be completed in January.')).toBe('a word too many');
		expect(slip('Tom Hale accused the minister of "squabbling like schoolboys".')).toBeUndefined();
	});

	it('reads "He" after "X said … that Y had decided" as neither of them', () => {
		const { deck } = generateDeck({
			sources: [
				{
					id: 'a',
					text: [
						'Hale in appeal for party unity',
						'',
						'But Mr Kestrel said the pair disliked each other and that Mr Velmora had decided in November 2003 that he would quit the party. He then changed his mind in June 2004, following intervention from allies in the Cabinet.'
					].join('\n')
				}
			]
		});
		const asked = deck.cards.map((c) => c.question).join('\n');
		expect(asked).toMatch(/changed his mind/);
		expect(asked).not.toMatch(/(Kestrel|Velmora) then changed/);
	});

	it('reads "Britain was close behind" as leaning on what it is behind', () => {
		expect(firstStandsAlone('Velmora was close behind, with users doubling in a year.')).toBe(
			false
		);
	});
});

/** The deck the generator writes for one article given as its lines (headline, blank line, body). */
const deckOf = (lines: string[]) =>
	generateDeck({ sources: [{ id: 'a', text: lines.join('\n') }] });

describe('from review round 75', () => {
	it('reads "Tom Hale, asked about the remark by reporters, said" as an aside, not his act', () => {
		const text = [
			'Hale says mayor should apologise',
			'',
			"Tony Blair has urged Velmora mayor Tom Kestrel to apologise for his comment to a reporter. Tory leader Tom Hale, asked about Mr Kestrel's remark by reporters, said it was important for politicians to be mindful about the language they use."
		].join('\n');
		const asked = factQuestionsOf(text).join('\n');
		expect(asked).not.toMatch(/asked about Mr Kestrel's remark by reporters\?/);
		const { sentences, entities } = tagged(text.split('\n')[2]);
		const clause = analyseClause({ s: sentences[1], entities, opensQuoted: false });
		expect(clause && sentences[1].tokens[clause.verb].text).toBe('said');
	});

	it('reads "He" after a sentence whose "he" it could not name as that "he", not "the Slayer"', () => {
		const subjectAfter = (before: string) => {
			const { sentences, entities } = tagged(
				`${before} He also produced the spin-off Angel series.`
			);
			return clauseClaims({
				sentence: sentences[1],
				entities,
				opensQuoted: false,
				previous: sentences[0]
			}).subject?.name;
		};
		expect(
			subjectAfter(
				'But he did not give up on the Vampire Slayer and went on to write seven seasons of the series.'
			)
		).toBeUndefined();
		expect(subjectAfter('The series was a hit with Tom Hale.')).toBe('Tom Hale');
	});

	it('leaves the last items of a list inside a name unasked ("Centre for … of Children, […]")', () => {
		const { sentences, entities } = tagged(
			"Dr Tom Hale, associate director of the Velmora Institute's Centre for the Study of Children, Youth and Media moved to reassure anxious parents."
		);
		const answers = gapClaims({ sentence: sentences[0], entities }).map((c) => c.answer);
		expect(answers).not.toContain('Youth and Media');
	});

	it('offers no share past 100% against a share, and asks "How many tonnes of gold does X have?"', () => {
		const { deck } = deckOf([
			'Velmora storage grows',
			'',
			'The amount of data that can be stored has grown by 400% in the last three years, while the cost for every gigabyte has fallen by 80%, a Velmora study found. The Kestrel Fund has 3,217 tonnes of gold, the study said.'
		]);
		const fall = deck.cards.find((c) => c.answer === '80%');
		expect(fall?.choices?.length).toBeGreaterThan(0);
		for (const choice of fall?.choices ?? []) expect(parseFloat(choice)).toBeLessThanOrEqual(100);
		expect(
			questionFault({ question: 'How many tonnes of gold does the IMF have?', sources: [] })
		).toBeUndefined();
		expect(
			questionFault({ question: 'How many tonnes does the IMF have?', sources: [] })
		).toBeUndefined();
		expect(questionFault({ question: 'Who does the IMF have?', sources: [] })).toBe(
			'ends on a function word'
		);
	});

	it('asks no figure that tells the one before it again, nor a word for an unnamed person', () => {
		const outcomes = outcomesByAnswer(
			[
				'Velmora sells gold and players',
				'',
				'The Kestrel Fund has 3,217 tonnes of gold, or about 113.5m ounces. One in 10 Velmora adults - 22 million people - now owns a music player. Unemployment rose to 4.4 million people, or 10.8% of the workforce. Tom Hale is ready to stay at Velmora. But the 25-year-old Dubliner underlined his intention to stay at the club.'
			].join('\n')
		);
		expect(outcomes.get('113.5m')).toContain('the figure before it again');
		expect(outcomes.get('22 million')).toContain('the figure before it again');
		expect(outcomes.get('10.8%') ?? []).not.toContain('the figure before it again');
		expect(outcomes.get('Dubliner')).toContain('an epithet');
	});

	it('reads "Controversial DJ Tom Hale" as a DJ described, not a name starting "Controversial"', () => {
		const { sentences } = tagged(
			'Controversial DJ Howard Hale has been dropped from four radio stations in Velmora.'
		);
		const names = sentences[0].mentions.filter((m) => m.kind === 'person').map((m) => m.text);
		expect(names.join('|')).not.toMatch(/Controversial/);
		const { sentences: body } = tagged(
			'Electoral Commission chairman Sam Hale said the cap was not needed.'
		);
		expect(body[0].mentions.map((m) => m.text).join('|')).toMatch(/Electoral Commission/);
	});
});

describe('from review round 76', () => {
	it('takes no capitalised word inside the sentence for its verb ("and Channel 4\'s Kestrel")', () => {
		const { sentences, entities } = tagged(
			"The soap beat fellow ITV1 show Velmora Love and Channel 4's Kestrel to win the best TV drama prize on Thursday."
		);
		const clause = analyseClause({ s: sentences[0], entities, opensQuoted: false });
		expect(clause && sentences[0].tokens[clause.verb].text).not.toBe('Channel');
	});

	it('finds a question cut before "the day after …" and keeps "on the day"', () => {
		const fault = (question: string) => questionFault({ question, sources: [] });
		expect(fault('Which chief held talks with Velmora boss Tom Hale the day?')).toBe(
			'ends on a function word'
		);
		expect(fault('Which chief held talks with Velmora boss Tom Hale on the day?')).not.toBe(
			'ends on a function word'
		);
	});

	it('asks who said what only as a gap when what was said runs on into a quotation', () => {
		const { deck } = deckOf([
			'Council tax rise reasonable',
			'',
			'Conservative local government spokesman Tom Hale said that for the minister to claim that the majority of council tax payers in Velmora should see very little change "is taking spin to the very verge of deception".'
		]);
		const questions = deck.cards.map((c) => c.question);
		expect(questions.some((q) => /^Which .* change\?$/.test(q))).toBe(false);
		expect(deck.cards.find((c) => c.answer === 'Tom Hale')?.question).toMatch(
			/spokesman \[…\] said/
		);
	});

	it('asks no figure the next gives again, no number of a name ("No 10"), no body by its kind', () => {
		const outcomes = outcomesByAnswer(
			[
				'Kestrel plans tax pardon',
				'',
				'Half the population are living below the poverty line with many surviving on income of less than $4, or three euros, a day. Ex-No 10 media chief Tom Hale is at the centre of a new row over an e-mail. The Velmora Recycling Forum said 15 million phones were thrown away. But the Forum found that more needed to be done to collect old phones.'
			].join('\n')
		);
		expect(outcomes.get('$4')).toContain('the figure after it again');
		expect(outcomes.get('10')).toContain("a name's number");
		expect(outcomes.get('Forum')).toContain('a body called by its kind');
	});
});

describe('from review round 77', () => {
	it('reads "Rival X", "Comic Joe Hale" and "Three Degrees star" as words about a name', () => {
		const mentionsOf = (text: string) =>
			tagged(text).sentences[0].mentions.map((m) => `${m.kind}:${m.text}`);
		expect(
			mentionsOf('Rival Velmora has said it will launch its first handheld console in March.')
		).toContain('thing:Velmora');
		expect(
			mentionsOf('Comic Joe Hale remains odds on favourite to win the reality show.')
		).toContain('person:Joe Hale');
		expect(
			mentionsOf('Three Degrees star Sheila Hale is the favourite to be evicted from the show.')
		).not.toContain('count:Three');
		expect(mentionsOf('Three Labour MPs said the plan was wrong.')).toContain('count:Three');
	});

	it('asks no "Of which husband …?" of a name after a noun\'s "of"', () => {
		const asked = factQuestionsOf(
			[
				'Singer Hale facing eviction',
				'',
				"Bookmaker Tom Kestrel said that Ann Hale was the favourite to leave. Mr Kestrel added that Ann Hale's chances of an early departure had increased since the surprise arrival of husband Vic Velmora in the jungle camp last Wednesday."
			].join('\n')
		);
		expect(asked.join('\n')).not.toMatch(/of which husband/i);
	});

	it('leaves "his" alone after a subject that is a title ("The prime minister and his chancellor")', () => {
		const { sentences, entities } = tagged(
			'Tony Blair was criticised by Labour MPs on Monday. The prime minister and his chancellor arrived within seconds of each other for the meeting.'
		);
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		const blair = entities.all().find((e) => e.name === 'Tony Blair')!;
		const ante = { entity: blair, name: blair.name };
		sentences[1].rewrites = tracker.resolve({ s: sentences[1], subject: ante, person: ante });
		expect(rewrittenSentence({ s: sentences[1], hideStart: 0, hideEnd: 0 }).text).toMatch(
			/^The prime minister and his chancellor/
		);
	});
});

describe('from review round 78', () => {
	it('asks no part of a title, no idiom, and defines "(Asbos)" by the words that spell it', () => {
		const outcomes = outcomesByAnswer(
			[
				'Hale loses box office crown',
				'',
				"New comedy Diary of a Mad Black Woman has ended Tom Hale's reign at the top of the box office. Kestrel's album Encore is now a chart-topper on both sides of the Atlantic following its debut at number one in the UK. Details of how many anti-social behaviour orders (Asbos) were used in the last year are also being published."
			].join('\n')
		);
		expect(outcomes.get('Mad Black Woman')).toContain('part of a title');
		expect(outcomes.get('Diary')).toContain('part of a title');
		expect(outcomes.get('Atlantic')).toContain('a stock phrase');
		expect(outcomes.has('Anti-social behaviour orders')).toBe(true);
		expect(outcomes.has('Many anti-social behaviour orders')).toBe(false);
	});

	it('reads "he" after "X was axed by coach Y" as perhaps X, a name the story keeps using', () => {
		const { deck } = deckOf([
			'Velmo makes third apology',
			'',
			'Velmo has made a third apology to the national federation. In Cairo on Sunday, Velmo said he was sorry for his mistakes. Velmo was axed by former coach Marco Kestrel after failing to answer a national call-up, claiming he had a groin injury. But he then played in a friendly for his club AS Roma within 24 hours of a World Cup qualifying match at home to Cameroon last September.'
		]);
		const kestrel = deck.cards.filter((c) => c.answer === 'Marco Kestrel');
		expect(kestrel.some((c) => /played in a friendly/.test(c.question))).toBe(false);
		expect(deck.cards.some((c) => /Marco Kestrel then played/.test(c.question))).toBe(false);
	});

	it('keeps "Barclays" and its arm "Barclays Capital", named after it, apart', () => {
		const names = tagged(
			"Velmora, the UK's third-biggest bank, has seen profits climb. Earnings at Velmora Capital investment bank rose 25%. Velmora said growth would slow."
		)
			.entities.all()
			.map((e) => e.name);
		expect(names).toContain('Velmora');
		expect(names).toContain('Velmora Capital');
	});
});

describe('from review round 79', () => {
	it('starts a name at the given name after a nationality or a plural noun ("fellow American …")', () => {
		const people = (text: string) =>
			tagged(text)
				.sentences[0].mentions.filter((m) => m.kind === 'person')
				.map((m) => m.text);
		expect(
			people('Tom Hale had to settle for bronze behind fellow American Justin Kestrel and Ann Kay.')
		).toContain('Justin Kestrel');
		expect(people('Researchers Tom Hale and Ann Kay found the bug.')).toContain('Tom Hale');
		const { deck } = deckOf([
			'Hale wins in Velmora',
			'',
			'Tom Hale opened his 2005 campaign with a 6-1 7-5 victory over Argentine David Kestrel at the Velmora Classic on Wednesday.'
		]);
		expect(deck.cards.map((c) => c.question)).toContain(
			"What was the score in Tom Hale's victory over Argentine David Kestrel?"
		);
	});

	it('rewrites no "The virus" in a sentence that names it ("… is called Bofra")', () => {
		const { deck } = deckOf([
			'Toxic links help virus spread',
			'',
			'A virus called Velbot is spreading through links in e-mails. Velbot plunders the address book for e-mail addresses. The virus that uses this trick is called Velbot and the first member of the family of worms appeared on 10 November.'
		]);
		expect(deck.cards.some((c) => /Velbot that uses this trick/.test(c.question))).toBe(false);
	});

	it('asks no "what" of a counted group ("41 Britons are confirmed to have died")', () => {
		const asked = factQuestionsOf(
			[
				'Tsunami aid to soar',
				'',
				'The Foreign Office says 41 Britons are now confirmed to have died in the tsunami which struck south Asia on Boxing Day, with 158 others missing.'
			].join('\n')
		).join('\n');
		expect(asked).not.toMatch(/what is now confirmed to have died/i);
	});
});

describe('from review round 80', () => {
	it('asks no "GDP", no "the […] was passed" (Act), nor a pair one of whose names the sentence gives', () => {
		const outcomes = outcomesByAnswer(
			[
				'Velmora rates at four year high',
				'',
				"The figures, representing a decline from the 0.2% growth in GDP seen between July and September, were below market expectations. The Department of Work destroyed nearly 37,000 files last year - up 22,000 on four years ago when the Act was passed. Meanwhile, Tom Hale and Anna Kay reached the semi-finals of the 60m hurdles with Kay setting a season's best of 7.48."
			].join('\n')
		);
		expect(outcomes.get('GDP')).toContain('a stock phrase');
		expect(outcomes.get('Act')).toContain('a body called by its kind');
		expect(outcomes.get('Tom Hale and Anna Kay')).toContain(
			"the person's own name gives them away"
		);
	});
});

describe('from review round 81', () => {
	it('offers only lower figures for "has fallen from 9% to […]", higher ones for "rose to […] from"', () => {
		const { deck } = deckOf([
			'Markets signal Velmora recovery',
			'',
			'Although interest rates still stand at a punitive 17.25%, inflation in Velmora has fallen from 9% to 7% while exports are booming. Unemployment in Kestrel rose to 11% from 8% last year, while growth reached 4.5% and wages rose 2.5%.'
		]);
		const fall = deck.cards.find((c) => c.answer === '7%');
		for (const choice of fall?.choices ?? []) expect(parseFloat(choice)).toBeLessThan(9);
		const rise = deck.cards.find((c) => c.answer === '11%');
		for (const choice of rise?.choices ?? []) expect(parseFloat(choice)).toBeGreaterThan(8);
		expect((fall?.choices ?? []).length + (rise?.choices ?? []).length).toBeGreaterThan(0);
	});

	it('asks "How many points did the main X index close at on Friday?" whole', () => {
		const asked = factQuestionsOf(
			[
				'Markets signal Velmora recovery',
				'',
				'The main Kestrel index on the Velmora City Stock Exchange closed at 24,997 points on Friday, topping the previous record.'
			].join('\n')
		);
		expect(asked).toContain(
			'How many points did the main Kestrel index on the Velmora City Stock Exchange close at on Friday?'
		);
		const { deck } = deckOf([
			'Velmora rates rise',
			'',
			'The Kestrel index dropped almost 100 points on Tuesday, with tech stocks hit by downgrades.'
		]);
		expect(deck.cards.find((c) => /How many points/.test(c.question))?.answer).toBe('almost 100');
	});

	it('closes a tie-break in a score, and asks no "with a magnificent 1-6 7-6?"', () => {
		const text = [
			'Hale suffers shock loss',
			'',
			'In other matches, world junior champion Tom Hale made use of his wild card with a magnificent 1-6 6-3 6-4 7-6 (8-6) win over American Dan Kestrel.'
		].join('\n');
		const { deck } = deckOf(text.split('\n'));
		const asked = deck.cards.map((c) => c.question).join('\n');
		expect(asked).not.toMatch(/magnificent 1-6 6-3 6-4 7-6\?/);
		const score = deck.cards.find((c) => /score/.test(c.question));
		expect(score?.answer).toBe('1-6 6-3 6-4 7-6 (8-6)');
	});

	it('asks no "Who made his remarks during a speech …?" and no blank inside a title', () => {
		const text = [
			'Velmora hits number one',
			'',
			"Tom Hale has said the party must win back women voters. Mr Hale made his remarks during a speech in Velmora to the party's women's committee on ambitions and values. Kestrel's How to Dismantle a Bomb remains at number one for a third week in a row."
		].join('\n');
		const asked = deckOf(text.split('\n')).deck.cards.map((c) => c.question);
		expect(asked.join('\n')).not.toMatch(/Who made his remarks/);
		const outcomes = outcomesByAnswer(text);
		expect(outcomes.get('Bomb') ?? ['part of a title']).toContain('part of a title');
		expect(outcomes.get('Dismantle') ?? ['part of a title']).toContain('part of a title');
		expect(outcomes.has('Bomb') || outcomes.has('Dismantle')).toBe(true);
	});
});

describe('from review round 82', () => {
	it('reads "with two games left to play Walsh" as no play called Walsh, so "He" stays Walsh', () => {
		const { deck } = deckOf([
			'Walsh return unlikely',
			'',
			"Tom Walsh looks set to miss the whole of the Six Nations. But Dan Kestrel, coach of Walsh's club side Velmora, said that with only two games left to play Walsh was unlikely to be fit in time. Walsh is recovering from a knee injury which followed long-term neck injuries. He has not played for Velmora since the final in November 2003, since when the side have lost nine of their 14 matches. Walsh is aiming to make his third start to the season in the match against Harlequins on 13 March."
		]);
		const asked = deck.cards.map((c) => c.question).join('\n');
		expect(asked).not.toMatch(/Dan Kestrel has not played|Dan Kestrel's third start/);
		expect(asked).toMatch(/Walsh|third start/);
	});

	it('reads "the 39-year-old actor", "the former Velmora forward" and "the smaller player" as told before', () => {
		expect(
			firstStandsAlone(
				'Mr Adams said one punter had placed a bet of £870 on the 39-year-old actor at odds of 8-1.'
			)
		).toBe(false);
		expect(
			firstStandsAlone(
				'Tom Hale believes there is still more to come from the former Velmora forward.'
			)
		).toBe(false);
		expect(
			firstStandsAlone(
				'Tom Hale believes there is still more to come from former Velmora forward Dan Kestrel.'
			)
		).toBe(true);
		expect(firstStandsAlone('The smaller player will hold about 120 songs, said Mr Jobs.')).toBe(
			false
		);
	});

	it('asks no figure the other one beside it reckons ("a day, equating to […] a year")', () => {
		const text = [
			'Velmora output rises',
			'',
			'Velmora factory output rose 0.5% in March, the Kestrel Reserve said. But utility output dropped 1.4%. Meanwhile, the amount of factory capacity in use during the month rose to 77.6%. Research suggests that about 258 million images are saved and shared every day in Velmora, equating to 94 billion a year.'
		].join('\n');
		const outcomes = outcomesByAnswer(text);
		expect(outcomes.get('94 billion')).toContain('one figure reckoned from the other');
		expect(outcomes.get('about 258 million') ?? outcomes.get('258 million')).toContain(
			'one figure reckoned from the other'
		);
	});

	it('ends a clause before "and 2005 is likely", asks no subject of "where Labour was …", and lets "parent company" unsettle "the company"', () => {
		const asked = deckOf([
			'Velmora calls grow',
			'',
			"Telecommunications regulator Kestrel has declared 056 to be the area code for Voip calls and 2005 is likely to see a lot more Voip call services starting up. The constituencies where Labour was most at risk from a tactical vote were Velmora North, in east Kestrel, and Rochdale in Lancashire, he added. The state-owned oil company Rosland bought Velmora Oil last year. Velmora's parent company, the Gibraltar-based Kestrel Group, is suing Rosland in Europe for $28.3bn in damages. The company is also seeking $20bn in a separate lawsuit against Rosland and Gazprom for their role in the sale."
		]).deck.cards.map((c) => c.question);
		const all = asked.join('\n');
		expect(all).not.toMatch(/Which regulator[^?]*and 2005 is likely/);
		expect(all).not.toMatch(/Which party was most at risk/);
		expect(all).not.toMatch(/Rosland is also seeking/);
	});
});

describe('from review round 83', () => {
	it('reads "The movie, which cost …" and "The 15-year-old ban" as told before', () => {
		expect(
			firstStandsAlone(
				'The movie, which cost a reported $70m to make, has taken $138m in the US so far.'
			)
		).toBe(false);
		expect(
			firstStandsAlone(
				'The 15-year-old ban was imposed after the crackdown on protesters in Velmora.'
			)
		).toBe(false);
		expect(firstStandsAlone('The company, Velmora Oil, said profits rose 5% in March.')).toBe(true);
		expect(firstStandsAlone('Velmora said the 20 biggest projects cost £1.7bn.')).toBe(true);
	});

	it('asks no "By which maker has X been created by the Y which was started?", no "The Women\'s […]", no figure a rate gives', () => {
		const text = [
			'Velmora browser takes on rivals',
			'',
			"Kestrel has been created by the Velmora Foundation which was started by former browser maker Tom Hale Ltd back in 1998. The Women's Tennis Association cleared Anna Kay of any offence because the drug is not banned out of competition. Meanwhile, Velmora Air saw its fourth-quarter profits fall 15% to $56m, against $66m a year earlier."
		].join('\n');
		const asked = deckOf(text.split('\n')).deck.cards.map((c) => c.question);
		expect(asked.join('\n')).not.toMatch(/By which former browser maker/);
		const outcomes = outcomesByAnswer(text);
		expect(outcomes.get('Tennis Association') ?? ['part of a name']).toContain('part of a name');
		expect(outcomes.get('$56m')).toContain('given by the other figures');
		const byline = outcomesByAnswer(
			[
				'Velmora backs digital TV',
				'',
				'Viewers in Velmora will get 40 new channels next year, the Kestrel regulator said on Monday. Tom Hale is the editor of the Velmora Lifestyles website, which covers the impact of technology on media.'
			].join('\n')
		);
		expect(byline.get('Tom Hale')?.join() ?? '').not.toMatch(/\basked\b|question card/);
	});
});

describe('from review round 84', () => {
	it('keeps the comma after a score ("7-5 6-3, Canadian …") and ends the clause there', () => {
		const tokens = tagText({
			text: 'Kim beat Hernych 7-5 6-3, Canadian Tom Hale downed Dan Kestrel.',
			offset: 0
		});
		expect(tokens.find((t) => t.text === '6-3')?.post).toBe(', ');
		const asked = deckOf([
			'Hale through in Velmora',
			'',
			"American Dan Kestrel defeated Tom Varden of Velmora 7-5 6-3, Canadian qualifier Tom Hale downed American Jim Walsh 4-6 7-6 (7-3) 6-0, and Velmora's Ben Carr beat Ian Lord 6-2 6-3."
		]).deck.cards.map((c) => c.question);
		expect(asked.join('\n')).not.toMatch(/7-5 6-3, Canadian qualifier Tom Hale downed[^?]*\?/);
	});

	it('reads "X, like many of the UK\'s users, will be hoping" with "like" as no verb, and "Ten PEDs" as a count', () => {
		const { sentences, entities } = tagged(
			"Mr Hale, like many of the UK's 70,000 Velmora users, will be hoping that a cheap service can be found."
		);
		const clause = analyseClause({ s: sentences[0], entities, opensQuoted: false });
		expect(clause && sentences[0].tokens[clause.main].text).toBe('hoping');
		const count = tagged('Ten PEDs are the equivalent of one US dollar in the game.').sentences[0];
		expect(count.mentions.some((m) => m.text === 'Ten PEDs')).toBe(false);
		expect(count.mentions.some((m) => m.text === 'PEDs')).toBe(true);
	});
});

describe('from review round 85', () => {
	it('never reads "he" as "the Lib Dems", and asks neither of "£10bn or £11bn"', () => {
		const asked = deckOf([
			'Velmora clash on tax',
			'',
			'The Lib Dems accused Mr Kestrel of hiding a tax rise. Appearing together at a poster launch, the prime minister hailed his chancellor. And he claimed the Tories would cut £35bn from public services. Tom Hale predicted Mr Kestrel would have to raise taxes by £10bn or £11bn if re-elected.'
		]).deck.cards.map((c) => c.question);
		expect(asked.join('\n')).not.toMatch(/According to (the )?Lib Dems/);
		expect(asked.join('\n')).not.toMatch(/£10bn or \[…\]|\[…\] or £11bn/);
	});

	it('leaves "he" after "a young man who …" unrewritten, and blanks no part of "Ariadne auf Naxos" or "the Festival of X"', () => {
		const text = [
			'Public show for Velmora portrait',
			'',
			'Tom Hale painted the portrait in 1776. The portrait is of a young man who was dubbed "the noble savage" when he arrived in London from Velmora. Kestrel was acclaimed for Strauss\'s Ariadne auf Naxos in 2003. The film will be screened on 18 March at the International Festival of Fantastic Film in Brussels.'
		].join('\n');
		const asked = deckOf(text.split('\n')).deck.cards.map((c) => c.question);
		expect(asked.join('\n')).not.toMatch(/when (Tom Hale|Hale) arrived/);
		const outcomes = outcomesByAnswer(text);
		expect(outcomes.get('Naxos') ?? ['part of a title']).toContain('part of a title');
		expect(outcomes.get('International Festival') ?? ['part of a name']).toContain(
			'part of a name'
		);
	});
});
