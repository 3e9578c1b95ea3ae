import { describe, expect, it } from 'vitest';
import { questionFault } from '../../../src/lib/generator/fluency';

const fault = (question: string, source: string) => questionFault({ question, sources: [source] });

describe('questionFault', () => {
	it('passes a well-formed question', () => {
		expect(
			fault('What does SOSA stand for?', 'They signed the SOSA (Security of Supply Arrangement).')
		).toBeUndefined();
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
