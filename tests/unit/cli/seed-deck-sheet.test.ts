import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../../../scripts/lib/generate-cli';

const root = path.resolve(import.meta.dirname, '../../..');
const sink = () => ({
	text: '',
	write(s: string) {
		this.text += s;
		return true;
	}
});

describe('docs/seed-deck.md', () => {
	it('is the review sheet the generator writes for seeds/ today', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'citecards-sheet-'));
		try {
			const out = path.join(dir, 'seed-deck.md');
			const stdout = sink();
			const stderr = sink();
			const code = await runGenerate({
				argv: ['seeds', '--format', 'md', '--out', out],
				cwd: root,
				stdout,
				stderr
			});
			expect(code, stderr.text).toBe(0);
			const fresh = await readFile(out, 'utf8');
			const committed = await readFile(path.join(root, 'docs/seed-deck.md'), 'utf8');
			// When this fails, run: npm run generate -- seeds --format md --out docs/seed-deck.md
			expect(committed === fresh, 'docs/seed-deck.md is out of date').toBe(true);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
