import { describe, expect, it } from 'vitest';
import { analyseClause, sentenceStandsAlone } from '../../../src/lib/generator/claims/clause';
import { firstStandsAlone, tagged } from '../../fixtures/sentences';

const clauseOf = (text: string) => {
	const { sentences, entities } = tagged(text);
	const s = sentences[0];
	const c = analyseClause({ s, entities, opensQuoted: false });
	return { c, s, words: (from: number, to: number) => s.tokens.slice(from, to).map((t) => t.text) };
};

describe('analyseClause', () => {
	it('finds a named subject, its verb group and the predicate', () => {
		const { c, s } = clauseOf("Thanou's coach Christos Tzekos was also suspended by the IAAF.");
		expect(c?.names.map((n) => n.name)).toEqual(['Christos Tzekos']);
		expect(s.tokens[c!.verb].text).toBe('was');
		expect(s.tokens[c!.main].text).toBe('suspended');
	});

	it('reads no name as the subject when it follows the subject\'s own noun ("The threat to TV was …")', () => {
		expect(
			clauseOf('The threat to TV was greatest in countries where broadband grew fastest.').c
				?.names ?? []
		).toEqual([]);
		expect(
			clauseOf('The appeal for Velmora was rejected by the court in March.').c?.names ?? []
		).toEqual([]);
		expect(
			clauseOf('Chip maker Velmora was fined by the court in March.').c?.names.map((n) => n.name)
		).toEqual(['Velmora']);
	});

	it('steps over an appositive set off by commas', () => {
		const { c, s } = clauseOf(
			'Veteran star Ossie Davis, a well-known civil rights activist, died in Miami at the age of 87.'
		);
		expect(c?.names.map((n) => n.name)).toEqual(['Ossie Davis']);
		expect(s.tokens[c!.main].text).toBe('died');
	});

	it('reads the name after an opening "And" as the subject ("And Mr X said …")', () => {
		const { c } = clauseOf('And Mr Vellacott said the best film award was between two pictures.');
		expect(c?.names.map((n) => n.name)).toEqual(['Vellacott']);
	});

	it('starts the subject after an opening "Besides …," the tagger read as a name', () => {
		const { sentences, entities } = tagged(
			[
				'Talbot Reyes, a friend of the civil rights leader Malcolm X, died on Friday.',
				'He spoke at the funerals of both Arthur Penn and Malcolm X. Besides Dee, Reyes is survived by three children.'
			].join(' ')
		);
		const s = sentences.find((x) => x.text.startsWith('Besides'))!;
		const c = analyseClause({ s, entities, opensQuoted: false });
		expect(c?.names.map((n) => n.name)).toEqual(['Talbot Reyes']);
	});

	it("reads the writer's \"your\" as any reader's, a quoted one as someone's", () => {
		const alone = firstStandsAlone;
		expect(
			alone(
				'Editing your favourite films is the aim of a new 7m euro project funded by the European Union.'
			)
		).toBe(true);
		expect(
			alone('The European Union said "your favourite films" would be edited in a new project.')
		).toBe(false);
	});

	it('keeps every name of a listed subject', () => {
		const { c } = clauseOf('Ireland and Scotland met at Murrayfield on Saturday.');
		expect(c?.names.map((n) => n.name).sort()).toEqual(['Ireland', 'Scotland']);
	});

	it('reads a self-contained description as the subject, not the US as "us"', () => {
		const { c } = clauseOf(
			"The US stock market watchdog's chairman has said he is willing to soften the rules."
		);
		expect(c?.names).toEqual([]);
		expect(c?.described?.text).toMatch(/US stock market watchdog's chairman/);
	});

	it('ends the clause before a new one joined by "but"', () => {
		const { c, words } = clauseOf(
			'Jon Petrie scored a second try for Scotland but late scores from John Hayes sealed victory.'
		);
		expect(words(c!.verb, c!.end).join(' ')).toBe('scored a second try for Scotland');
	});
});

describe('sentenceStandsAlone', () => {
	const alone = firstStandsAlone;
	it('accepts a sentence that names what it is about', () => {
		expect(alone('Wal-Mart took out more than 100 full page adverts in national newspapers.')).toBe(
			true
		);
	});
	it('refuses one that points back into the article', () => {
		expect(alone('The show will make its debut in Toronto in March 2006.')).toBe(false);
		expect(alone('It was bought for $9.4bn by a previously unknown group.')).toBe(false);
		expect(alone('"We presented new evidence to the committee."')).toBe(false);
	});
	it('reads "his" after a "He" resolved to a name as that name\'s', () => {
		const { sentences, entities } = tagged(
			'Record label boss Clive Calder topped the list. He made his fortune by selling his label Zomba to BMG.'
		);
		const calder = entities.all().find((e) => e.name === 'Clive Calder')!;
		const s = sentences[1];
		const he = s.tokens[0];
		s.rewrites = [
			{ from: 0, to: 1, start: he.start, end: he.end, text: 'Clive Calder', entity: calder }
		];
		expect(sentenceStandsAlone({ s, entities, opensQuoted: false })).toBe(true);
		// Resolved to a firm, "his" still points back.
		const firm = { ...calder, kind: 'org' as const };
		s.rewrites = [{ from: 0, to: 1, start: he.start, end: he.end, text: 'Zomba', entity: firm }];
		expect(sentenceStandsAlone({ s, entities, opensQuoted: false })).toBe(false);
	});
	it('refuses "there", a pair and a time counted from one told before', () => {
		expect(alone('Paula Radcliffe has never raced there before the New York marathon.')).toBe(
			false
		);
		expect(alone('There were 20 candidates in the Velmora leadership race.')).toBe(true);
		expect(
			alone('Labour MPs made a direct appeal to the two men to stop bickering in public.')
		).toBe(false);
		expect(alone('A year later, in October 2003, Sarah Velmora had a son.')).toBe(false);
		expect(alone('Within four years, Gordon Brown had gained his first frontbench post.')).toBe(
			false
		);
	});
	it('refuses the second half of a comparison ("By contrast, …", "Likewise, …")', () => {
		expect(
			alone('By contrast, moderators on Velmora Net made sure files were of high quality.')
		).toBe(false);
		expect(
			alone('Likewise, consoles rely on single discs that can hold six times more data.')
		).toBe(false);
		expect(alone('Moderators on Velmora Net made sure files were of high quality.')).toBe(true);
	});
	it('does not take the new season or the euro for back-references', () => {
		expect(
			alone('Mark Lewis-Francis has stepped up his preparations for the new season in Sheffield.')
		).toBe(true);
	});
});
