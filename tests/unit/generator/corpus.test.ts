/** The corpus tests skip on a machine without ../shared/corpus/bbc, but never silently in CI. */
import { describe, expect, it } from 'vitest';
import { BBC_DIR, corpusMode, isCi } from '../../fixtures/corpus';

describe('corpusMode', () => {
	const missing = '/nonexistent/corpus/bbc';

	it('fails in CI when the corpus is missing, and skips elsewhere', () => {
		expect(corpusMode({ dir: missing, env: { CI: 'true' } })).toBe('fail');
		expect(corpusMode({ dir: missing, env: { CI: '1' } })).toBe('fail');
		expect(corpusMode({ dir: missing, env: {} })).toBe('skip');
		expect(corpusMode({ dir: missing, env: { CI: 'false' } })).toBe('skip');
	});

	it('runs wherever the corpus is', () => {
		expect(corpusMode({ dir: process.cwd(), env: { CI: 'true' } })).toBe('run');
		expect(corpusMode({ dir: process.cwd(), env: {} })).toBe('run');
	});

	it('reads CI as the CI systems set it', () => {
		expect([isCi({ CI: 'true' }), isCi({ CI: 'TRUE' }), isCi({ CI: '0' }), isCi({})]).toEqual([
			true,
			true,
			false,
			false
		]);
		expect(BBC_DIR).toMatch(/shared\/corpus\/bbc$/);
	});
});
