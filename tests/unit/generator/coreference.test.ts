import { describe, expect, it } from 'vitest';
import { ReferenceTracker, rewrittenSentence } from '../../../src/lib/generator/coreference';
import { tagged } from '../../fixtures/sentences';

describe('ReferenceTracker', () => {
	it('reads an opening "She" after a line about a man as the one woman named lately', () => {
		const { sentences, entities } = tagged(
			'Alicia Varga is to lead the national ballet company. Director Tom Hale praised the choice. She was born in Leeds in 1960.'
		);
		const hale = entities.all().find((e) => e.name === 'Tom Hale')!;
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		tracker.resolve({ s: sentences[1] });
		const subject = { entity: hale, name: hale.name };
		const rewrites = tracker.resolve({ s: sentences[2], subject, person: subject });
		expect(rewrites.map((r) => r.text)).toEqual(['Alicia Varga']);
	});

	it('reads an opening "They" after a pair of people as both of them', () => {
		const { sentences, entities } = tagged(
			'Sprinters Tom Hale and Alicia Varga have appeared before a tribunal. They were given provisional bans in December.'
		);
		const people = ['Tom Hale', 'Alicia Varga'].map((name) => ({
			entity: entities.all().find((e) => e.name === name)!,
			name
		}));
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		const rewrites = tracker.resolve({ s: sentences[1], people });
		expect(rewrites.map((r) => r.text)).toEqual(['Tom Hale and Alicia Varga']);
	});

	it('leaves "He" alone when a lone name of no known kind may be the one meant', () => {
		const { sentences, entities } = tagged(
			'Tom Hale joined the club in 2003. But Parry admits Hale will decide. He told BBC Radio the talks go on.'
		);
		const tracker = new ReferenceTracker(entities);
		for (const s of sentences.slice(0, 2)) tracker.resolve({ s });
		expect(tracker.resolve({ s: sentences[2] })).toEqual([]);
	});

	it('reads "the band" as the band the article named before', () => {
		const { sentences, entities } = tagged(
			'Scottish rock band Franz Ferdinand have won two Brit Awards. The band signed with Domino in June 2003.'
		);
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		const rewrites = tracker.resolve({ s: sentences[1] });
		sentences[1].rewrites = rewrites;
		expect(rewrites.map((r) => r.text)).toEqual(['Franz Ferdinand']);
		const shown = rewrittenSentence({ s: sentences[1], hideStart: 0, hideEnd: 0 });
		expect(shown.text).toBe('Franz Ferdinand signed with Domino in June 2003.');
	});

	it('reads "the past" as no name that followed "past" ("must get past Scotland")', () => {
		const { sentences, entities } = tagged(
			'Wales must get past Scotland at Murrayfield on Sunday. Ireland have shed the tag that dogged them for the past few years.'
		);
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		expect(tracker.resolve({ s: sentences[1] }).map((r) => r.text)).not.toContain('Scotland');
	});

	it('leaves an "it" of nothing alone ("It took Marr four minutes to …")', () => {
		const { sentences, entities } = tagged(
			'Harlow Rovers beat Brook Town on Saturday. It took Marr just four minutes to threaten.'
		);
		const club = entities.all().find((e) => e.name === 'Harlow Rovers')!;
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		const rewrites = tracker.resolve({
			s: sentences[1],
			subject: { entity: club, name: club.name },
			thing: { entity: club, name: club.name }
		});
		expect(rewrites).toEqual([]);
	});

	it('reads "the actor" as no name that only looks like a person\'s', () => {
		const { sentences, entities } = tagged(
			'Oxford-based Velmor Motion launched Endorphin, which directs a virtual actor. Endorphin simulates how the actor falls down stairs.'
		);
		const maker = entities.all().find((e) => e.name === 'Velmor Motion')!;
		expect(maker.unsure).toBe(true);
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		const rewrites = tracker.resolve({
			s: sentences[1],
			person: { entity: maker, name: maker.name }
		});
		expect(rewrites.map((r) => r.text)).not.toContain('Velmor Motion');
	});

	it('reads "He" as the person the sentence before was about, and leaves unknown things alone', () => {
		const { sentences, entities } = tagged(
			'Clive Calder sold Zomba last year. He made his fortune in music. The deal was large.'
		);
		const tracker = new ReferenceTracker(entities);
		const person = entities.all().find((e) => e.name === 'Clive Calder')!;
		tracker.resolve({ s: sentences[0] });
		const second = tracker.resolve({
			s: sentences[1],
			subject: { entity: person, name: person.name }
		});
		// "He" is the name; "his" after it then reads fine as it is.
		expect(second.map((r) => r.text)).toEqual(['Clive Calder']);
		sentences[1].rewrites = second;
		expect(rewrittenSentence({ s: sentences[1], hideStart: 0, hideEnd: 0 }).text).toBe(
			'Clive Calder made his fortune in music.'
		);
		expect(tracker.resolve({ s: sentences[2] })).toEqual([]);
	});

	it('reads "his" as that person when the sentence names no one', () => {
		const { sentences, entities } = tagged(
			'Clive Calder sold Zomba last year. The deal made his fortune.'
		);
		const tracker = new ReferenceTracker(entities);
		const person = entities.all().find((e) => e.name === 'Clive Calder')!;
		tracker.resolve({ s: sentences[0] });
		const rewrites = tracker.resolve({
			s: sentences[1],
			subject: { entity: person, name: person.name }
		});
		expect(rewrites.map((r) => r.text)).toEqual(["Clive Calder's"]);
	});

	it('writes the name once: the pronouns after it stay as written', () => {
		const { sentences, entities } = tagged(
			'Marion Jones has filed a lawsuit against Victor Conte. Her lawsuit, filed in San Francisco, said the sprinter had passed a lie detector test. His time out of office lost him his salary.'
		);
		const tracker = new ReferenceTracker(entities);
		const jones = entities.all().find((e) => e.name === 'Marion Jones')!;
		tracker.resolve({ s: sentences[0] });
		const second = tracker.resolve({
			s: sentences[1],
			subject: { entity: jones, name: jones.name }
		});
		expect(second.map((r) => r.text)).toEqual(["Marion Jones's"]);
		const conte = entities.all().find((e) => e.name === 'Victor Conte')!;
		const third = tracker.resolve({
			s: sentences[2],
			subject: { entity: conte, name: conte.name }
		});
		expect(third.map((r) => r.text)).toEqual(["Victor Conte's"]);
	});

	it('reads "the 32-year-old Spaniard" whole as the person the text is about', () => {
		const { sentences, entities } = tagged(
			'Conchita Martinez won the Sunfeast Open on Sunday. The 32-year-old Spaniard came through in three sets.'
		);
		const tracker = new ReferenceTracker(entities);
		const person = entities.all().find((e) => e.name === 'Conchita Martinez')!;
		tracker.resolve({ s: sentences[0] });
		sentences[1].rewrites = tracker.resolve({
			s: sentences[1],
			subject: { entity: person, name: person.name }
		});
		expect(rewrittenSentence({ s: sentences[1], hideStart: 0, hideEnd: 0 }).text).toBe(
			'Conchita Martinez came through in three sets.'
		);
	});

	it('reads "the 24-year-old Reds skipper" whole, team and title with the age', () => {
		const { sentences, entities } = tagged(
			'Steven Hale has admitted that Velmora have little chance of winning the cup. The 24-year-old Reds skipper spoke out ahead of the first leg.'
		);
		const tracker = new ReferenceTracker(entities);
		const person = entities.all().find((e) => e.name === 'Steven Hale')!;
		tracker.resolve({ s: sentences[0] });
		sentences[1].rewrites = tracker.resolve({
			s: sentences[1],
			subject: { entity: person, name: person.name }
		});
		expect(rewrittenSentence({ s: sentences[1], hideStart: 0, hideEnd: 0 }).text).toBe(
			'Steven Hale spoke out ahead of the first leg.'
		);
	});

	it('reads an epithet as no one the article names less than someone else', () => {
		const { sentences, entities } = tagged(
			[
				'The agent of Brazilian midfielder Juninho says the player wants talks with manager Martin Ogden.',
				'Celtic signed Juninho from Middlesbrough in the summer.',
				'His agent says Juninho would like to stay at Celtic.',
				'Martin Ogden has not yet replied.',
				"The 30-year-old's father was in Scotland this week."
			].join(' ')
		);
		const tracker = new ReferenceTracker(entities);
		const manager = entities.all().find((e) => e.name === 'Martin Ogden')!;
		for (const s of sentences.slice(0, 4)) tracker.resolve({ s });
		expect(
			tracker.resolve({ s: sentences[4], subject: { entity: manager, name: manager.name } })
		).toEqual([]);
	});

	it('leaves an epithet and the pronouns after it alone after a sentence naming two people', () => {
		const { sentences, entities } = tagged(
			'City boss Kevin Kagan has praised striker Robbie Fallow for his return to form. The 29-year-old, out of favour earlier this season, took his goal tally past 150.'
		);
		const tracker = new ReferenceTracker(entities);
		const boss = entities.all().find((e) => e.name === 'Kevin Kagan')!;
		tracker.resolve({ s: sentences[0] });
		expect(
			tracker.resolve({ s: sentences[1], subject: { entity: boss, name: boss.name } })
		).toEqual([]);
	});

	it('reads "their" inside a sentence as its own plural, not the body named before', () => {
		const { sentences, entities } = tagged(
			'The Cabinet Office has set out new pension plans. For each year served, staff get one eightieth of their highest salary.'
		);
		const tracker = new ReferenceTracker(entities);
		const office = entities.all().find((e) => /Cabinet Office/.test(e.name))!;
		tracker.resolve({ s: sentences[0] });
		expect(
			tracker.resolve({ s: sentences[1], subject: { entity: office, name: office.name } })
		).toEqual([]);
	});

	it('reads an opening "He" after "X called him …" as no one, unless he goes on speaking', () => {
		const text = (next: string) =>
			`Prime Minister Tom Brackley called him a "giant" of the Labour movement. ${next}`;
		const resolved = (next: string) => {
			const { sentences, entities } = tagged(text(next));
			const tracker = new ReferenceTracker(entities);
			const pm = entities.all().find((e) => e.name === 'Tom Brackley')!;
			tracker.resolve({ s: sentences[0] });
			return tracker
				.resolve({ s: sentences[1], subject: { entity: pm, name: pm.name } })
				.map((r) => r.text);
		};
		expect(resolved('He held each of the major offices of state during his career.')).toEqual([]);
		expect(resolved('He said the former leader had served his country with honour.')).toEqual([
			'Tom Brackley'
		]);
	});
	it('leaves an opening "He" alone when the sentence before gave another man the floor', () => {
		const resolved = (text: string) => {
			const { sentences, entities } = tagged(text);
			const tracker = new ReferenceTracker(entities);
			const subject = entities.all().find((e) => e.name === 'Tom Hale')!;
			tracker.resolve({ s: sentences[0] });
			return tracker
				.resolve({ s: sentences[1], subject: { entity: subject, name: subject.name } })
				.map((r) => r.text);
		};
		// "said Mr Dunn would …": the next "He would …" may go on with Mr Dunn.
		expect(
			resolved('Reporter Tom Hale said Mr Peter Dunn would draw new lines. He would cut taxes.')
		).toEqual([]);
		// ", he said": a speaker the sentence left unnamed.
		expect(
			resolved('Tom Hale has the same passion as in 1997, he said. He confirmed the date.')
		).toEqual([]);
		// Never a man the sentence itself names.
		expect(resolved('Tom Hale spoke at length. And he confirmed Tom Hale would stay.')).toEqual([]);
		expect(resolved('Reporter Tom Hale spoke at length. He confirmed the date.')).toEqual([
			'Tom Hale'
		]);
	});
	it('reads "the chancellor" as no one after "shadow chancellor Tom Hale"', () => {
		const rewrites = (title: string) => {
			const { sentences, entities } = tagged(
				`The party attacked the plan, with ${title} Tom Hale branding it a stealth tax. Whatever the chancellor gives away will be taken back in taxes.`
			);
			const tracker = new ReferenceTracker(entities);
			tracker.resolve({ s: sentences[0] });
			return tracker.resolve({ s: sentences[1] }).map((r) => r.text);
		};
		expect(rewrites('shadow chancellor')).toEqual([]);
		expect(rewrites('former chancellor')).toEqual([]);
		expect(rewrites('chancellor')).toEqual(['Tom Hale']);
	});
	it('leaves "his" alone when the sentence\'s subject describes a person ("The 2001 champion …")', () => {
		const { sentences, entities } = tagged(
			'Former world number one Tom Hale insists he can get back to his best. The 2001 Open champion has slipped to 64 in the world, but is confident that his form will return.'
		);
		const hale = entities.all().find((e) => e.name === 'Tom Hale')!;
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		const subject = { entity: hale, name: hale.name };
		expect(tracker.resolve({ s: sentences[1], subject, person: subject })).toEqual([]);
	});
	it('reads "the software" as no name that only followed it in a clause ("the software Velmora owns")', () => {
		const { sentences, entities } = tagged(
			'The program could be based on the software Velmora owns as a result of its purchase of Lookout. The software will also find messages sent by phone.'
		);
		const tracker = new ReferenceTracker(entities);
		tracker.resolve({ s: sentences[0] });
		expect(tracker.resolve({ s: sentences[1] })).toEqual([]);
	});
});
