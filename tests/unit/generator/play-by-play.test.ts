import { describe, expect, it } from 'vitest';
import { deciderPlace, matchReport, playByPlay } from '../../../src/lib/generator/play-by-play';
import { generateDeck } from '../../../src/lib/generator/index';

describe('play-by-play', () => {
	it('reads a moment of play that decided nothing as such', () => {
		expect(playByPlay('Dudek made a fantastic double save on 54 minutes.')).toBe(true);
		expect(
			playByPlay('From the resulting free kick, Sheridan curled the ball round the wall.')
		).toBe(true);
		expect(playByPlay('Rooney met Neville’s cross to the near post with a low shot.')).toBe(true);
		expect(playByPlay('Nadal saves a break point with a superb stop volley.')).toBe(true);
		// Rugby's moments: a conversion, an off-load, a dummy, a kick that hits the upright.
		expect(playByPlay('Jones was unable to convert and De Marigny then hit the upright.')).toBe(
			true
		);
		expect(
			playByPlay('Great off-loads from Martyn Williams saw Shane Williams scamper over.')
		).toBe(true);
		expect(playByPlay('Stephen Jones slotted an excellent conversion from wide out.')).toBe(true);
		expect(playByPlay('Corry raced 25 yards before he was dragged down.')).toBe(true);
		// Cards, the sin bin, substitutes, possession and penalty kicks that decided nothing.
		expect(playByPlay('Hale was yellow carded for killing the ball on the ground.')).toBe(true);
		expect(playByPlay('The second penalty also led to Dunn being sin-binned.')).toBe(true);
		expect(playByPlay('Ross - who had come on for the injured Marsh - eased up.')).toBe(true);
		expect(playByPlay('Lyle surrendered possession near his own line.')).toBe(true);
		expect(playByPlay('The hosts edged ahead with a sixth-minute penalty by Carr.')).toBe(true);
		expect(playByPlay('Lowe burst into the right of the area and delivered a ball.')).toBe(true);
		expect(playByPlay('Fenn chased a loose ball and collided with the keeper.')).toBe(true);
		expect(playByPlay('Nothing troubled them in the first 30 minutes.')).toBe(true);
		expect(playByPlay('Dowd headed wide when a breakthrough seemed certain.')).toBe(true);
		// A keeper who beats a shot away, a sight of goal, a time after the break: still no result.
		expect(playByPlay('Hale did well to beat away a low drive from 16 yards.')).toBe(true);
		expect(playByPlay('Rix spun to get a sight of goal and struck a fierce shot.')).toBe(true);
		expect(playByPlay('Lowe was not threatened until 10 minutes after the break.')).toBe(true);
	});

	it('keeps goals, tries and results, and reads no play into other news', () => {
		expect(playByPlay('Gerrard scored a 79th-minute own goal.')).toBe(false);
		// A draw, an equaliser and a lead are results too.
		expect(playByPlay('A late header by Danny Graham earned Boro a battling draw.')).toBe(false);
		expect(playByPlay('Henry put Arsenal ahead with a header but Terry levelled.')).toBe(false);
		expect(playByPlay('Chelsea equalised with a low shot from Lampard.')).toBe(false);
		expect(playByPlay('Vignal broke the deadlock with a dipping drive from 25 yards.')).toBe(false);
		expect(playByPlay('Novo secured victory, lobbing Douglas with eight minutes remaining.')).toBe(
			false
		);
		expect(playByPlay('She failed to turn up for a cross country training camp in Embu.')).toBe(
			false
		);
		expect(playByPlay('The government hopes to tackle waiting lists and save £4bn.')).toBe(false);
		expect(playByPlay('Qantas posted a record first-half profit.')).toBe(false);
		expect(playByPlay('The conversion of the debt into shares was approved.')).toBe(false);
		expect(playByPlay('The firm faces a penalty from the regulator.')).toBe(false);
	});

	it('makes no card of a save or a tackle in a match report', () => {
		const { deck } = generateDeck({
			sources: [
				{
					text: 'Cup final\n\nRovers won the Cup on Sunday, beating City 3-2 at Hampden Park. Earlier, City keeper Tom Alder made a fine save from Jim Rourke on 54 minutes. Rourke was then denied by a late tackle from Sam Pike.'
				}
			]
		});
		const answers = deck.cards.map((c) => c.answer);
		expect(answers.length).toBeGreaterThan(0);
		expect(answers).not.toContain('Jim Rourke');
		expect(answers).not.toContain('Sam Pike');
		expect(answers).not.toContain('Tom Alder');
	});

	it('tells a match report from an article that discusses a match', () => {
		const report = [
			'Rovers beat City 2-1 to reach the semi-final.',
			'Tom Alder made a fine save from Jim Rourke on 54 minutes.',
			'Sam Pike fired wide from the edge of the area.',
			'The crowd were in good voice throughout.',
			'Rourke curled a free-kick over the bar.',
			'Pike was yellow carded for a late challenge.',
			'Dan Wells scored the winner in stoppage time.'
		];
		expect(matchReport(report)).toBe(true);
		// The same moments, but most lines quote people about them: a row about a match, not a report.
		const row = report.map((line, k) => (k % 3 ? `The manager said: "${line}"` : line));
		expect(matchReport(row)).toBe(false);
		expect(
			matchReport(['The bank raised rates.', 'Shares fell 2%.', 'Analysts were surprised.'])
		).toBe(false);
	});

	it("finds the place of a goal's scorer, not of those around it", () => {
		expect(deciderPlace('Striker ')).toBe(true);
		expect(deciderPlace('')).toBe(true);
		expect(deciderPlace('A third try from wing ')).toBe(true);
		expect(deciderPlace('An injury-time dropped goal by ')).toBe(true);
		expect(deciderPlace('The opening goal came after ')).toBe(false);
		expect(deciderPlace('Vignal, collecting a knock back from ')).toBe(false);
		expect(deciderPlace('Ronaldo scored when ')).toBe(false);
	});

	it("asks a match report's result and scorers, not its colour or its bystanders", () => {
		const text = [
			'Rovers 2-1 City',
			'',
			'Rovers reached the Cup semi-final with a 2-1 win over City at Hampden Park on Saturday.',
			'Their manager Alan Crane had made three changes to the side that lost to Athletic.',
			'Tom Alder made a fine save from Jim Rourke on 54 minutes.',
			'The Hampden crowd were in good voice as Colin Baird pressed for Rovers.',
			'Sam Pike fired wide from the edge of the area.',
			'Dan Wells scored the opening goal after Gus Lane had fouled Peter Moss.',
			'Rourke curled a free-kick over the bar.',
			'Pike was yellow carded for a late challenge.',
			'Striker Lewis Grant headed the winner with eight minutes remaining.',
			'City keeper Rob Hale was booked for time-wasting.'
		].join('\n');
		const { deck } = generateDeck({ sources: [{ text }] });
		const answers = deck.cards.map((c) => c.answer);
		expect(answers).toContain('Lewis Grant');
		// Colour (no goal, try or result in the line), bystanders of a goal, and the minute of it.
		expect(answers).not.toContain('Colin Baird');
		expect(answers).not.toContain('Gus Lane');
		expect(answers).not.toContain('Peter Moss');
		expect(answers).not.toContain('eight');
	});
});
