import { describe, expect, it } from 'vitest';
import { ReferenceTracker, rewrittenSentence } from '../../../src/lib/generator/coreference';
import { tagged } from '../../fixtures/sentences';

describe('ReferenceTracker', () => {
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
});
