import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportCards } from '../../../src/lib/export';
import { deckToMarkdown } from '../../../src/lib/export/markdown';
import { readImportFile } from '../../../src/lib/import';
import { bytesOf } from './helpers';

describe('a deck imported without sources', () => {
	it('exports in every format, and the review sheet says it has no source', async () => {
		const read = await readImportFile({
			name: 'words.csv',
			bytes: bytesOf('Question,Answer\nCapital of Peru?,Lima\nCapital of Chile?,Santiago\n')
		});
		if (!read.ok || read.kind === 'backup') throw new Error('refused');
		const { deck } = read;
		for (const format of EXPORT_FORMATS) {
			const { data } = await exportCards({
				cards: deck.cards,
				sources: deck.sources,
				title: deck.title,
				format: format.id
			});
			expect(data.length, format.id).toBeGreaterThan(0);
		}
		expect(deckToMarkdown({ deck })).toContain('no source');
	});
});
