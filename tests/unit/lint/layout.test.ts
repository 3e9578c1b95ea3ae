/** docs/architecture.md says how the tests are laid out; this keeps it true. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folders = (dir: string) =>
	readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.map((e) => e.name)
		.sort();

describe('docs/architecture.md', () => {
	const docs = readFileSync('docs/architecture.md', 'utf8');
	const tests = docs.slice(docs.indexOf('## Tests'));

	it('names every folder of tests/unit, and says which room each tests', () => {
		const rooms = folders('src/lib');
		for (const folder of folders('tests/unit')) {
			expect(tests, folder).toContain(`\`${folder}\``);
			if (!['routes', 'cli', 'lint', 'build'].includes(folder))
				expect(rooms, folder).toContain(folder);
		}
	});

	it('names every room of src/lib in its rooms', () => {
		const section = docs.slice(docs.indexOf('## Rooms'), docs.indexOf('## The card'));
		for (const room of folders('src/lib')) expect(section, room).toContain(`\`${room}\``);
	});
});
