import { describe, expect, it } from 'vitest';
import { gapClaims } from '../../../src/lib/generator/claims/gaps';
import { tagged } from '../../fixtures/sentences';

/** The answers of the gaps a one-sentence text offers. */
const gapsOf = (text: string) => {
	const { sentences, entities } = tagged(text);
	return gapClaims({ sentence: sentences[0], entities }).map((c) => c.answer);
};

describe('gapClaims', () => {
	it('takes whole names that stand alone', () => {
		expect(gapsOf('Tony Blair flew to Basra on Thursday to meet the troops.')).toContain('Basra');
	});

	it('leaves out a nationality before its noun, which only describes it ("[…] forces")', () => {
		const answers = gapsOf(
			'Tony Blair also flew to Basra in southern Iraq where British forces are stationed.'
		);
		expect(answers).not.toContain('British');
		expect(answers).toContain('Basra');
		expect(
			gapsOf(
				'Tony Blair insisted closer co-operation did not mean losing control of British borders.'
			)
		).not.toContain('British');
	});
});
