import { describe, expect, it } from 'vitest';
import { clauseClaims } from '../../../src/lib/generator/claims/wh-questions';
import { tagged } from '../../fixtures/sentences';
import { factQuestionsOf } from '../../fixtures/fact-questions';

/** The questions (with answers) a one-sentence text gives. */
function asked(text: string): string[] {
	const { sentences, entities } = tagged(text);
	return clauseClaims({ sentence: sentences[0], entities, opensQuoted: false }).claims.map(
		(c) => `${c.question} => ${c.answer}`
	);
}

describe('clauseClaims: the WH-word moved to the phrase asked about', () => {
	it('asks for the subject', () => {
		expect(
			asked('Katerina Thanou is confident she will not be punished for missing drugs tests.')
		).toContain(
			'Who is confident she will not be punished for missing drugs tests? => Katerina Thanou'
		);
	});

	it("asks for a passive's agent in the active voice, and for the reason", () => {
		const qs = asked(
			'Thanou and Kenteris were suspended by the IAAF for missing three drugs tests.'
		);
		expect(qs.some((q) => /^Which organisation suspended .*Thanou.* => IAAF$/.test(q))).toBe(true);
		expect(
			qs.some((q) =>
				/^Why were .*Thanou.* suspended by the IAAF\? => for missing three drugs tests$/.test(q)
			)
		).toBe(true);
	});

	it('asks no reason cut off before a quotation, and keeps the "was" after an age in commas', () => {
		const qs = asked(
			'Tom Hale, 21, was arrested in 1943 for distributing leaflets condemning the "abhorrent tyranny" of the regime.'
		);
		expect(qs.filter((q) => q.startsWith('Why'))).toEqual([]);
		expect(asked('Tom Hale, 21, was arrested in 1943 for distributing leaflets.')).toContain(
			'Why was Tom Hale arrested in 1943? => for distributing leaflets'
		);
	});

	it("asks for a titled agent by the title, and takes a club's manager for the manager", () => {
		expect(asked('Clarke was appointed by Prime Minister Tony Blair in 2004.')).toContain(
			'Which prime minister appointed Clarke in 2004? => Tony Blair'
		);
		const qs = asked('Mutu was sacked by Chelsea manager Jose Mourinho in October.');
		expect(qs).toContain('Which Chelsea manager sacked Mutu in October? => Jose Mourinho');
		expect(qs.filter((q) => q.endsWith('=> Chelsea'))).toEqual([]);
	});

	it('asks in the past of an irregular past the tagger read as present ("went up")', () => {
		expect(asked('UK interest rates went up five times from November 2003.')).toContain(
			'How many times did UK interest rates go up from November 2003? => five'
		);
	});

	it('asks when and where with do-support', () => {
		const qs = asked('Ossie Davis made his acting debut in 1950 in New York.');
		expect(qs).toContain('When did Ossie Davis make his acting debut? => 1950');
	});

	it('asks how many of the counted thing', () => {
		expect(
			asked('Wal-Mart took out more than 100 full page adverts in national newspapers.')
		).toContain(
			'How many full page adverts did Wal-Mart take out in national newspapers? => more than 100'
		);
	});

	it('asks which described thing ("which independent label")', () => {
		const qs = asked('Franz Ferdinand signed with independent label Domino in June 2003.');
		expect(
			qs.some((q) =>
				/^With which independent label did Franz Ferdinand sign\b.* => Domino$/.test(q)
			)
		).toBe(true);
	});

	it('asks which kind of place "the city of X" is, not "Which of"', () => {
		const qs = asked(
			'The Brazilian city of Porto Alegre will host the rival World Social Forum in January.'
		);
		expect(qs).toContain(
			'Which city will host the rival World Social Forum in January? => Porto Alegre'
		);
		expect(qs.filter((q) => /Which of\b/.test(q))).toEqual([]);
	});

	it('asks nothing of a bare remark or a clause cut off by a quotation', () => {
		expect(asked('Federer was not about to lose his cool.')).toEqual([]);
		expect(asked('Tzekos said: "We did not leave any gaps."')).toEqual([]);
	});

	it('keeps who said it when asking about a reported clause', () => {
		const qs = asked(
			'William Donaldson said the SEC would delay Section 404 for foreign firms until July 2006.'
		);
		expect(qs.some((q) => q.startsWith('According to William Donaldson, '))).toBe(true);
	});
	it('asks who holds a title given before the name', () => {
		expect(
			asked(
				"The BBC's home affairs correspondent, Daniel Sandford, said Charles Clarke was putting more emphasis on deportation."
			)
		).toContain("Who is the BBC's home affairs correspondent? => Daniel Sandford");
	});

	it('keeps the article of a reported speaker ("According to the EU, …")', () => {
		const qs = asked(
			'In a separate statement, the EU said that the US should back the entry of Velmora into the World Trade Organisation.'
		);
		expect(qs.some((q) => q.startsWith('According to the EU, '))).toBe(true);
		expect(qs.some((q) => q.startsWith('According to EU, '))).toBe(false);
	});

	it('asks no described name that opens a list ("include nominees A, B and C"), but one before "and" a verb', () => {
		expect(
			asked(
				'British actors in attendance include nominees Colin Rowe, Imogen Stanley, Kay Winter and director Mick Leary.'
			).filter((q) => q.startsWith('Which nominees'))
		).toEqual([]);
		expect(
			asked(
				'The All New Top of the Pops was fronted by newcomer Tom Kasky and was put together by producer Andy Peel.'
			)
		).toContain('By which newcomer was the All New Top of the Pops fronted? => Tom Kasky');
	});

	it("asks nothing of a clause inside the subject ('the claim that X had lied … was denied')", () => {
		const qs = asked(
			"Smith's claim that Jones had lied about the background to the bust-up was strongly denied by Brown."
		);
		expect(qs.filter((q) => / had lied /.test(q))).toEqual([]);
	});

	it('counts no pronoun with the thing counted ("won four awards herself")', () => {
		expect(
			asked('Singer Anna Varga won four awards herself at the ceremony in Dunmore.').filter((q) =>
				/herself did/.test(q)
			)
		).toEqual([]);
	});

	it('asks no described name that is owned and counted ("England\'s first autumn Test is …")', () => {
		const qs = asked(
			"England's first autumn Test is against Canada on 13 November at Twickenham in London."
		);
		expect(qs.filter((q) => /^Which autumn/.test(q))).toEqual([]);
	});

	it('reads the "in" of "stand-in" as part of a word, not a preposition', () => {
		const qs = asked(
			'Tom Garvey has pledged to keep faith with stand-in keeper Manuel Ordaz for the crunch week.'
		);
		expect(qs.filter((q) => /^In which keeper/.test(q))).toEqual([]);
	});
});

describe('clauseClaims: what a party and a knight are called', () => {
	it('asks "Which party" of the Liberals', () => {
		expect(
			asked("The Liberals could help draw up the government's programme in return for seats.")
		).toContain(
			"Which party could help draw up the government's programme in return for seats? => Liberals"
		);
	});

	it('reads an opening "Yet" after a quotation as a conjunction, not a description', () => {
		const { sentences, entities } = tagged(
			'Tom Brannigan was booked in the first half. "Brannigan seemed intent to kick any player who came near him." Yet Brannigan is seen only as the worst example of many England miscreants.'
		);
		const questions = clauseClaims({ sentence: sentences[2], entities, opensQuoted: false }).claims;
		expect(questions.map((c) => `${c.question} => ${c.answer}`)).toContain(
			'Who is seen only as the worst example of many England miscreants? => Tom Brannigan'
		);
	});

	it('asks no "Who said …?" whose reported words lost their verb where the clause was cut', () => {
		expect(
			asked(
				'Tom Hale said holding polls for the Senate on the same day as those for MEPs might lift turnout.'
			).filter((q) => q.startsWith('Who said'))
		).toEqual([]);
		expect(asked('Tom Hale said the new Senate would cost about £40m a year.')).toContain(
			'Who said the new Senate would cost about £40m a year? => Tom Hale'
		);
	});

	it('reads "Sir Edward" as the Sir Edward Heald the text named in full', () => {
		const { sentences, entities } = tagged(
			'The Liberals demanded that Sir Edward Heald quit. Sir Edward said the party had let him down.'
		);
		const edward = sentences[1].mentions.find((m) => m.text === 'Edward');
		expect(edward && entities.of(edward)?.name).toBe('Edward Heald');
	});
});

describe('clauseClaims: who an opening "He" is', () => {
	const story = (next: string) =>
		[
			'Veteran leader dies',
			'',
			'Former Labour prime minister Lord Harwell has died on the eve of his 93rd birthday.',
			'He entered Downing Street in 1976 after the resignation of Harold Wilmot.',
			'Prime Minister Tom Brackley called him a "giant" of the Labour movement.',
			next
		].join('\n');

	it('is not the subject of a sentence that pointed at another man ("X called him …")', () => {
		const qs = factQuestionsOf(
			story(
				'He held each of the major offices of state during his career and became a peer in 1987.'
			)
		);
		expect(qs.filter((q) => /held each of the major offices/.test(q))).toEqual([]);
	});
});

describe('clauseClaims: peers, owners and the people told', () => {
	it('asks whose thing acted, past a phrase of its own, and names a peer by the title', () => {
		expect(
			asked(
				"Lord Penhale's inquiry into the collapse of the Tarsh bridge sparked a debate about who should run inquiries."
			)
		).toContain(
			'Whose inquiry into the collapse of the Tarsh bridge sparked a debate about who should run inquiries? => Lord Penhale'
		);
	});

	it('takes who was told out of what was said, and asks no post "according to" a speaker', () => {
		const questions = factQuestionsOf(
			[
				'Top judge clashes with ministers',
				'',
				'Lord Penhale said he was determined his veto on whether a judge should chair an inquiry should continue. But he told MPs the Lord Chancellor, Lord Kellaway, was insisting he should have the final say in such cases.'
			].join('\n')
		);
		expect(questions.filter((q) => /^According to/.test(q))).toEqual([]);
	});

	it('asks nothing of "it" of nothing ("It has been a strange week for …"), but of a firm\'s "it"', () => {
		const questions = factQuestionsOf(
			[
				'Bank sued over loan',
				'',
				'Goldman Sachs published research on prices at Marks and Spencer on Monday. It has been a strange week for Marks and Spencer, which received a statement from Philip Green. Deutsche Bank is being sued by the Tarsh Group in Texas. It had agreed to lend the money to Gazprom in 2003.'
			].join('\n')
		);
		expect(questions.filter((q) => /strange week/.test(q) && /^Which/.test(q))).toEqual([]);
		expect(questions).toContain(
			'Which organisation had agreed to lend the money to Gazprom in 2003?'
		);
	});

	it('asks no object cut from where it was put ("what is the EU putting?")', () => {
		expect(
			asked(
				'Human Rights Watch said the European Union was putting commerce above abuse concerns.'
			).filter((q) => /putting\?/.test(q))
		).toEqual([]);
	});
});

describe('clauseClaims: what someone was called', () => {
	it('asks no "Who has called …?" whose quoted word was cut off', () => {
		expect(
			asked(
				'French president Jacques Lemaire has called the UK\'s £3bn rebate from the European Union "unjustified".'
			).filter((q) => q.includes('has called'))
		).toEqual([]);
	});
});
