import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ClozeText from '../../src/lib/components/ClozeText.svelte';

const cloze = {
	text: 'The bridge opened in Porto Alto on Monday.',
	blanks: [{ start: 21, end: 31 }]
};

describe('ClozeText', () => {
	it('hides the blank behind a gap before the answer is shown', () => {
		const { container } = render(ClozeText, { cloze, revealed: false });
		expect(container.textContent).not.toContain('Porto Alto');
		expect(container.querySelector('.gap')?.getAttribute('aria-label')).toBe('blank');
		expect(container.textContent).toContain('The bridge opened in ');
	});

	it('shows the hidden words marked once revealed', () => {
		const { container } = render(ClozeText, { cloze, revealed: true });
		expect(container.querySelector('mark')?.textContent).toBe('Porto Alto');
		expect(container.textContent?.replace(/\s+/g, ' ').trim()).toBe(cloze.text);
	});
});
