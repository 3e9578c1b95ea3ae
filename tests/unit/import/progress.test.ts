import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../src/lib/import/progress';

describe("the Import page's progress", () => {
	it('names each stage and only ever moves forward, to 100 when every row is saved', () => {
		const steps = [
			describeImport({ stage: 'reading' }),
			describeImport({ stage: 'checking' }),
			describeImport({ stage: 'saving', done: 0, total: 100_002, cards: 50_000 }),
			describeImport({ stage: 'saving', done: 50_001, total: 100_002, cards: 50_000 }),
			describeImport({ stage: 'saving', done: 100_002, total: 100_002, cards: 50_000 })
		];
		expect(steps.map((s) => s.label)).toEqual([
			'Reading the file',
			'Checking every card',
			'Saving cards: 0 of 50,000',
			'Saving cards: 25,000 of 50,000',
			'Saving cards: 50,000 of 50,000'
		]);
		const percents = steps.map((s) => s.percent);
		expect(percents).toEqual([...percents].sort((a, b) => a - b));
		expect(percents[0]).toBe(0);
		expect(percents.at(-1)).toBe(100);
		for (const p of percents) expect(Number.isInteger(p)).toBe(true);
	});

	it('stays within 0 and 100 whatever it is told', () => {
		for (const [done, total] of [
			[-5, 10],
			[20, 10],
			[3, 0]
		])
			expect(describeImport({ stage: 'saving', done, total }).percent).toBeGreaterThanOrEqual(20);
		expect(describeImport({ stage: 'saving', done: 20, total: 10 }).percent).toBe(100);
		expect(describeImport({ stage: 'saving', done: 1, total: 2 }).label).toBe('Saving');
	});
});
