import { describe, expect, it } from 'vitest';
import { agreeInNumber, questionFault } from '../../../src/lib/generator/fluency';

const fault = (question: string, source: string) => questionFault({ question, sources: [source] });

describe('questionFault', () => {
	it('passes a well-formed question', () => {
		expect(
			fault('What does SOSA stand for?', 'They signed the SOSA (Security of Supply Arrangement).')
		).toBeUndefined();
	});
	it('refuses a figure question cut after its preposition, a verb-less subject question and a figure read as what changed', () => {
		const source =
			'France Telecom spent 578m euros on Equant. Ferguson, who was being allowed out, fled. Sales rose 5.5% to 18.3bn euros.';
		expect(fault('How much did France Telecom spend on?', source)).toMatch(/function word/);
		expect(fault('How much did France Telecom spend on Equant?', source)).toBeUndefined();
		expect(fault('Who being allowed out of the unit fled?', source)).toMatch(/finite verb/);
		expect(fault('Which players have been dropped by Velmora Rovers?', source)).toBeUndefined();
		expect(fault('To what level did a 5.5% rise?', source)).toMatch(/figure read/);
		expect(fault('To what level did Equant sales rise?', source)).toBeUndefined();
		expect(fault('Who backed the takeover of Tarsk Mining on Friday, a year?', source)).toMatch(
			/aside cut short/
		);
	});
	it('refuses a question cut after "including" or "such as"', () => {
		const source =
			'Ray Mallon is a late recruit to the Yes campaign after rejecting overtures from No campaigners including John Prescott.';
		expect(
			fault(
				'Who is a late recruit to the Yes campaign after rejecting overtures from No campaigners including?',
				source
			)
		).toMatch(/function word/);
		expect(fault('Who is a late recruit to the Yes campaign?', source)).toBeUndefined();
	});
	it('refuses a question cut before the quotation that ends its clause ("… were not?")', () => {
		const source =
			'Mr Kennedy said the public felt let down by Labour and the Conservatives were not "asking the critical questions".';
		expect(
			fault('Who said the public felt let down by Labour and the Conservatives were not?', source)
		).toMatch(/function word/);
		expect(fault('Who said the public felt let down by Labour?', source)).toBeUndefined();
		const offer = 'Planning Minister Hal Vido has offered state help but not for "free".';
		expect(fault('Which minister has offered state help but not?', offer)).toMatch(/function word/);
	});
	it('refuses "to" before a finite verb ("How many nominations to did she have go?")', () => {
		const source =
			'Singer Ama Reyes had three award nominations to go with her two wins last year.';
		expect(fault('How many award nominations to did Ama Reyes have go?', source)).toMatch(
			/moved apart/
		);
		expect(
			fault('How many award nominations did Ama Reyes earn last year?', source)
		).toBeUndefined();
	});
	it('refuses "him" in a question about a person when no one before it says who', () => {
		const source = 'Graeme Souness took him to Ibrox as his assistant in 1986.';
		const ask = (question: string) => questionFault({ question, sources: [source], person: true });
		expect(ask('Who took him to Ibrox as his assistant in 1986?')).toMatch(/unnamed/);
		expect(ask('Who took Walter Smith to Ibrox as his assistant in 1986?')).toBeUndefined();
	});
	it('refuses a question cut between "to" and its verb ("not to simply?")', () => {
		const source = 'Christian Aid has called on British firms not to simply cut and run.';
		expect(fault('Who has called on British firms not to simply?', source)).toMatch(
			/function word/
		);
		expect(
			fault('Who has called on British firms not to simply cut and run?', source)
		).toBeUndefined();
	});
	it("refuses a speaker's past verb joined to a question's modal verb", () => {
		const source =
			'Mr Blane said Velmora Labour would set out workable plans in the next few weeks and attacked the Tory plans. Velmora Telecom will cut prices and expand the Velmora network.';
		expect(
			fault(
				'Which party would set out workable plans in the next few weeks and attacked the Tory plans?',
				source
			)
		).toMatch(/speaker/);
		expect(
			fault('Which firm will cut prices and expand the Velmora network?', source)
		).toBeUndefined();
	});
	it('refuses a reported clause without its subject and a question cut inside a phrase', () => {
		const source =
			'Veteran actress Jane Rusk said she was impressed. Tony Blane said that whether the public chose Howard or Kennedy, taxes would rise. The Pentagon has investigated 400 contracts dating back to 1999. The IMF put the damage at $1.3bn.';
		expect(fault('Which veteran actress said was impressed by the film?', source)).toMatch(
			/without its subject/
		);
		expect(fault('Who said that whether the public chose Howard or Kennedy?', source)).toMatch(
			/without its subject/
		);
		expect(
			fault('Which veteran actress said Velmora Studios was a triumph?', source)
		).toBeUndefined();
		expect(fault('How many contracts has the Pentagon investigated dating back?', source)).toMatch(
			/inside a phrase/
		);
		expect(fault('What has the IMF put at $1.3?', source)).toMatch(/inside a phrase/);
	});
	it('refuses a clause cut after its first name ("… until 1993 when One2One?")', () => {
		const source = 'Cellnet and Vodafone were the only operators until 1993 when One2One launched.';
		expect(fault('Who were the only operators until 1993 when One2One?', source)).toMatch(
			/cut short/
		);
		expect(fault('Who were the only operators until 1993?', source)).toBeUndefined();
	});
	it('refuses a relative clause cut after its subject ("…, in which Mr Blair?")', () => {
		const source =
			'She had just emerged from a Q&A session, in which Mr Blair answered questions posed via the website.';
		expect(fault('Who had just emerged from a Q&A session, in which Mr Blair?', source)).toMatch(
			/cut short/
		);
		expect(fault('Who had just emerged from a Q&A session?', source)).toBeUndefined();
	});
	it('refuses an opening phrase left inside a question, and a charge without what it was', () => {
		const source =
			'Last year, MG Rover produced just 110,000 cars. Michael Howard accused the prime minister and Mr Brown of squabbling like schoolboys.';
		expect(fault('How many cars did last year, MG Rover produce?', source)).toMatch(
			/opening phrase/
		);
		expect(fault('How many cars did MG Rover produce last year?', source)).toBeUndefined();
		expect(fault('Which Tory leader accused the prime minister and Mr Brown?', source)).toMatch(
			/charge/
		);
		expect(
			fault('Which Tory leader accused the prime minister of squabbling like schoolboys?', source)
		).toBeUndefined();
	});
	it("refuses a sentence's opening capital carried into the middle", () => {
		const source = 'Other US carriers have sought protection. Delta and other airlines cut fares.';
		expect(fault('What have Other US carriers sought?', source)).toMatch(/capitalised "Other"/);
		expect(fault('What have other US carriers sought?', source)).toBeUndefined();
	});
	it('keeps the capital of a title the source writes so, even opening a sentence', () => {
		const source =
			'Home Secretary Clara Venn told MPs that 12 prisons would close. She met Foreign Secretary Tom Rusk. The home affairs team agreed. Former Defence Secretary Ian Holt disagreed, and former colleagues too.';
		expect(
			fault('Which Home Secretary told MPs that 12 prisons would close?', source)
		).toBeUndefined();
		// "Former" is a plain word, not part of the title.
		expect(fault('Which Former Defence Secretary disagreed?', source)).toMatch(
			/capitalised "Former"/
		);
	});
	it('refuses an aside cut into a question, and one cut before its noun', () => {
		const source = 'The market was worth £3.3 trillion in 2004 - triple its value 10 years ago.';
		expect(fault('How large was the market in 2004 - triple the value 10 years?', source)).toMatch(
			/aside/
		);
		expect(fault('By how much has TB in England increased over the last?', source)).toMatch(
			/before its noun/
		);
	});
	it('refuses a question cut off on a function word', () => {
		expect(fault('By how much did the economy shrink in the?', 'The economy shrank.')).toMatch(
			/function word/
		);
	});
	it('refuses a source capital lost ("december", "frankfurt-based")', () => {
		expect(
			fault(
				'How much has frankfurt-based Deutsche Boerse offered?',
				'Frankfurt-based Deutsche Boerse has offered £1.3bn.'
			)
		).toBeUndefined();
		expect(
			fault(
				'How much has frankfurt-based Deutsche Boerse offered?',
				'The offer by Frankfurt-based Deutsche Boerse was £1.3bn.'
			)
		).toMatch(/lower-cased "frankfurt-based"/);
		expect(fault('What was december?', 'Profit in December was 120.7m euros.')).toMatch(/december/);
	});
	it('refuses a question that leans on the article ("also")', () => {
		expect(fault('Who will also present prizes?', 'Hoffman will also present prizes.')).toMatch(
			/leans/
		);
	});
});

describe('questionFault: nothing left unnamed', () => {
	it('refuses an unresolved "its" or "the firm", but not a quotation\'s own words', () => {
		expect(fault('By how much did its sales rise?', 'Its sales rose 3.5%.')).toMatch(/its/);
		expect(fault('Who bought the firm?', 'Halvorsen bought the firm.')).toMatch(/the firm/);
		expect(
			fault('Who said: “At 16 light-years, this is one of the closest worlds”?', 'x')
		).toBeUndefined();
	});
	it("lets a person's question keep his or her", () => {
		expect(
			questionFault({
				question: 'Who made his acting debut in 1950?',
				sources: ['Davis made his acting debut in 1950.'],
				person: true
			})
		).toBeUndefined();
		expect(
			fault('When did Ossie Davis make his acting debut?', 'Davis made his acting debut in 1950.')
		).toBeUndefined();
		expect(
			fault('When did he make his acting debut?', 'He made his acting debut in 1950.')
		).toMatch(/person/);
	});
});

describe('questionFault: a question must name something', () => {
	it('refuses a question that could be asked of any story', () => {
		expect(fault('Who won the opening?', 'Federer won the opening match.')).toMatch(
			/names nothing/
		);
		expect(fault('Who will be awarded on Friday?', 'They will be awarded on Friday.')).toMatch(
			/names nothing/
		);
	});
	it('passes one with a name or a figure in it', () => {
		expect(
			fault('Who beat Tim Henman in Dubai?', 'Ljubicic beat Tim Henman in Dubai.')
		).toBeUndefined();
		expect(
			fault('How many points did 3 players score?', '3 players scored 40 points.')
		).toBeUndefined();
	});
});

describe('questionFault: run-on and cut-off questions', () => {
	it('refuses a second clause with its own subject after "and"', () => {
		expect(
			fault(
				'Who is ranked 264th in the world and the LTA have high hopes for him?',
				'Sherwood is ranked 264th in the world and the LTA have high hopes for him.'
			)
		).toMatch(/second clause/);
		expect(
			fault(
				'Who has already spent a day with Five and Michael Howard is booked for a session?',
				'Mr Blair has already spent a day with Five and Michael Howard is booked for a session.'
			)
		).toMatch(/second clause/);
		expect(
			fault(
				'Who will voice a goose, John Cleese will voice a sheep and Steve Buscemi a rat in the 2006 film?',
				'Oprah Winfrey will voice a goose, John Cleese will voice a sheep and Steve Buscemi a rat in the 2006 film.'
			)
		).toMatch(/second clause/);
		expect(
			fault(
				'Who sustained a knee injury in the FA Cup defeat at Newcastle and manager Jose Mourinho said?',
				'Duff sustained a knee injury in the FA Cup defeat at Newcastle and manager Jose Mourinho said: "He cannot run."'
			)
		).toMatch(/second clause/);
	});
	it('keeps names joined as one subject, and a reported clause', () => {
		expect(
			fault(
				'Who said Tony Blair and Gordon Brown were squabbling?',
				'Howard said Tony Blair and Gordon Brown were squabbling.'
			)
		).toBeUndefined();
		expect(
			fault(
				'Who beat Roger Federer and Lleyton Hewitt in Dubai?',
				'Ljubicic beat Roger Federer and Lleyton Hewitt in Dubai.'
			)
		).toBeUndefined();
	});
	it('refuses a title that lost its name, and an end after a possessive or "saying"', () => {
		expect(
			fault(
				'Which Science Minister Lord went along to outline the UK position?',
				'Science Minister Lord Sainsbury went along to outline the UK position.'
			)
		).toMatch(/title without its name/);
		expect(
			fault(
				'Which former NatWest chief executive Mr delivered two major reports on the NHS?',
				'Former NatWest chief executive Mr Wanless, 57, has delivered two major reports on the NHS.'
			)
		).toMatch(/title without its name/);
		expect(
			fault(
				"Of which rugby was Johnny O'Connor touted by Wasps director?",
				"O'Connor was touted by Wasps director of rugby Warren Gatland as a possible Lions openside."
			)
		).toMatch(/inside out/);
		expect(
			fault(
				'Which word evokes excited memories not only of the James Bond revival flick of 1995?',
				'GoldenEye evokes excited memories not only of the James Bond revival flick of 1995 but also of the game.'
			)
		).toMatch(/not only/);
		expect(
			fault(
				'How many or less will one in four Turks be aged?',
				'By 2014 one in four Turks will be aged 14 or less.'
			)
		).toMatch(/bound/);
		expect(
			fault(
				'Which organisation programmes, such as the recent Athens Olympics, are produced in high-definition?',
				'Many high-end European TV programmes, such as the recent Athens Olympics, are produced in high-definition.'
			)
		).toMatch(/noun read as the verb/);
		expect(
			fault(
				"Who has said Britain should take its fair share of the world's?",
				"Mr Howard has said Britain should take its fair share of the world's refugees."
			)
		).toMatch(/cut off/);
		expect(
			fault(
				'Which Lib Dem chairman has now written to the watchdog saying?',
				'Lib Dem chairman Matthew Taylor has now written to the watchdog saying so.'
			)
		).toMatch(/cut off/);
	});
});

describe('questionFault: questions reviewers found garbled or open', () => {
	it('refuses a count run into a clause, one of many, and "which" before a figure', () => {
		expect(
			fault(
				'How many people and did Hurricane Mitch kill caused damage of about $10bn in 1998?',
				'Hurricane Mitch killed about 10,000 people and caused damage of about $10bn in 1998.'
			)
		).toMatch(/clause cut/);
		expect(
			fault(
				'Who are among the nominees for the top prize at the Directors Guild awards?',
				'Martin Scorsese and Clint Eastwood are among the nominees for the top prize at the Directors Guild awards.'
			)
		).toMatch(/one answer of many/);
		expect(
			fault(
				"By which 6,000-strong were nominees for the People's Choice Awards picked?",
				"Nominees for the People's Choice Awards were picked by a 6,000-strong Entertainment Weekly panel."
			)
		).toMatch(/which/);
	});
	it('keeps "one of the first" and a plain count', () => {
		expect(
			fault(
				'Who was one of the first employees at Apple?',
				'Jef Raskin was one of the first employees at Apple.'
			)
		).toBeUndefined();
		expect(
			fault(
				'How many people did Hurricane Mitch kill in 1998?',
				'Hurricane Mitch killed about 10,000 people in 1998.'
			)
		).toBeUndefined();
	});
});

describe('questionFault: typos of the source', () => {
	it('refuses a comma with no space after it', () => {
		expect(
			fault(
				"Which campaigner in the European Union,dismissed IBM's move as insubstantial?",
				"Florian Mueller, a campaigner in the European Union,dismissed IBM's move as insubstantial."
			)
		).toMatch(/punctuation/);
		expect(
			fault(
				'How many people live in Paris, France?',
				'About two million people live in Paris, France.'
			)
		).toBeUndefined();
	});
});

describe('questionFault: a person known by an epithet alone', () => {
	it('refuses "the 27-year-old Spaniard" or "the Briton" when the question names no one they could be', () => {
		expect(
			fault(
				'Who insists he has complete faith in the 27-year-old Spaniard?',
				'Wenger insists he has complete faith in the 27-year-old Spaniard.'
			)
		).toMatch(/unnamed/);
		expect(
			fault(
				'Who beat the Briton at Wimbledon in July?',
				'Mario Ancic beat the Briton at Wimbledon in July.'
			)
		).toMatch(/unnamed/);
		expect(
			fault(
				'Who criticised Craig Bellamy, claiming the Welshman had feigned injury?',
				'Graeme Souness criticised Craig Bellamy, claiming the Welshman had feigned injury.'
			)
		).toBeUndefined();
		expect(
			fault(
				'Who won the American market for phones in 2004?',
				'Nokia won the American market for phones in 2004.'
			)
		).toBeUndefined();
	});
});

describe('questionFault: a relative clause the source left open', () => {
	it('refuses "Who presents The Weakest Link tells Cockerell …?", not "Who says Tony Blair told MPs …?"', () => {
		expect(
			fault(
				'Who presents The Weakest Link tells Cockerell that she despaired at his image?',
				'Ms Robinson, who presents The Weakest Link tells Cockerell that she despaired at his image.'
			)
		).toMatch(/second clause/);
		expect(
			fault(
				'Who says Tony Blair told MPs about the ID card scheme in March?',
				'Michael Howard says Tony Blair told MPs about the ID card scheme in March.'
			)
		).toBeUndefined();
	});
});

describe('questionFault: a second clause cut before its verb', () => {
	it('refuses "… in 1941 and in the 1950s and 60s?" when the source goes on ", they …"', () => {
		expect(
			fault(
				'Who married actress Betty Astell in 1941 and in the 1950s and 60s?',
				'He married actress Betty Astell in 1941 and in the 1950s and 60s, they produced pantos.'
			)
		).toMatch(/cut short/);
		expect(
			fault(
				'Who won the Whitbread Prize in 1987 with Angels and in 1994 with Gold Dust?',
				'Jane Doe won the Whitbread Prize in 1987 with Angels and in 1994 with Gold Dust.'
			)
		).toBeUndefined();
	});
});

describe('agreeInNumber', () => {
	it('makes the verb of a plural "Which" or "How many" subject plural', () => {
		expect(agreeInNumber('Which countries has been invited to the talks?')).toBe(
			'Which countries have been invited to the talks?'
		);
	});
	it('leaves a verb that agrees with the subject after it ("How many goals has Owen grabbed?")', () => {
		expect(agreeInNumber('How many goals has Michael Owen grabbed for Real?')).toBe(
			'How many goals has Michael Owen grabbed for Real?'
		);
		expect(agreeInNumber('How many shares has the bank sold?')).toBe(
			'How many shares has the bank sold?'
		);
	});
	it('refuses a passive that lost its "was", a place cut out of "X-based" and a "between" with one side', () => {
		const source =
			"Burger, crowned player of the year by the Rugby Board, scored twice. Edinburgh-based firm CEC launched the site. Mr Olt attended a meeting between Ruhi Kell, Tarsh Bank's chief, and Kellway officials.";
		expect(fault('Who crowned player of the year by the Rugby Board?', source)).toMatch(
			/without its "was"/
		);
		expect(fault('Who was crowned player of the year by the Rugby Board?', source)).toBeUndefined();
		expect(fault('Which city based firm CEC launched the site?', source)).toMatch(/cut out/);
		expect(fault("Who attended a meeting between Ruhi Kell, Tarsh Bank's chief?", source)).toMatch(
			/between/
		);
		expect(
			fault(
				"Who attended a meeting between Ruhi Kell, Tarsh Bank's chief, and Kellway officials?",
				source
			)
		).toBeUndefined();
	});

	it("refuses a quotation's speaker and a verb of naming left without its word", () => {
		const source =
			'"This is the latest case of failed cronies being appointed to posts," he said. Coach Ruhi Kell has branded the complaint as "pathetic".';
		expect(
			fault(
				'Whose appointment is the latest case of failed cronies being appointed to posts," he said?',
				source
			)
		).toMatch(/speaker/);
		expect(fault('Who has branded the complaint to Uefa?', source)).toMatch(/naming/);
		expect(fault('Who has branded the complaint to Uefa as pathetic?', source)).toBeUndefined();
	});
});
