/**
 * The rooms of docs/architecture.md hold by themselves: ESLint refuses an import across a wall (and a
 * fetch from the site root, which a deploy under a base path breaks).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The layer and base-path messages ESLint gives `code` as if it were the file at `filePath`. */
async function walls(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages
		.filter((m) => /^no-restricted-(imports|syntax|globals)$/.test(m.ruleId ?? ''))
		.map((m) => m.message);
}

describe('layer rules', () => {
	it.each([
		[
			'src/lib/deck/x.ts',
			"import { rateCard } from '../srs/scheduler';",
			/deck may import only nothing/
		],
		['src/lib/generator/x.ts', "import { openDb } from '../db';", /generator may import only deck/],
		[
			'src/lib/generator/claims/x.ts',
			"import { exportCards } from '../../export';",
			/generator may import only deck/
		],
		['src/lib/srs/x.ts', "import { exportState } from '$lib/state/export.svelte';", /srs may/],
		['src/lib/export/x.ts', "import { tick } from 'svelte';", /plain TypeScript/],
		['src/lib/export/x.ts', "import { base } from '$app/paths';", /plain TypeScript/],
		[
			'src/lib/db/x.ts',
			"import { exportCards } from '../export/formats';",
			/db may import only deck, srs/
		],
		['src/lib/import/x.ts', "import { openDb } from '../db';", /import may import only deck/],
		['src/lib/import/x.ts', "import { tick } from 'svelte';", /plain TypeScript/],
		['src/lib/generator/x.ts', "import { openDB } from 'idb';", /Only src\/lib\/db/],
		['src/lib/state/x.ts', "import { openDB } from 'idb';", /Only src\/lib\/db/],
		['src/lib/components/X.ts', "import { openDB } from 'idb';", /Only src\/lib\/db/],
		['src/routes/x/helper.ts', "import { openDB } from 'idb';", /Only src\/lib\/db/],
		['src/lib/components/X.ts', "import { openDb } from '$lib/db';", /components may import only/],
		['src/lib/state/x.ts', "import Page from '../../routes/+page.svelte';", /imports a route/],
		[
			'src/lib/state/x.ts',
			"await fetch('/decks/seed-deck.json');",
			/asset\(\) from '\$app\/paths'/
		],
		['src/lib/generator/x.ts', 'document.title = "x";', /plain TypeScript/],
		['src/lib/srs/x.ts', 'localStorage.setItem("a", "b");', /plain TypeScript/]
	])('%s: %s is refused', async (file, code, message) => {
		const found = await walls(file, `${code}\nexport const used = 1;\n`);
		expect(found.length, found.join('\n')).toBeGreaterThan(0);
		expect(found.join('\n')).toMatch(message);
	});

	it.each([
		['src/lib/generator/x.ts', "import { stableId } from '../deck/ids';"],
		['src/lib/generator/claims/x.ts', "import { stableId } from '../../deck';"],
		['src/lib/generator/claims/x.ts', "import { cardsOf } from '../cards';"],
		[
			'src/lib/db/x.ts',
			"import { openDB } from 'idb';\nimport { rateCard } from '../srs/scheduler';"
		],
		['src/lib/state/x.ts', "import { openDb } from '$lib/db';\nimport { base } from '$app/paths';"],
		['src/routes/x/helper.ts', "import { exportState } from '$lib/state/export.svelte';"],
		['src/lib/state/x.ts', 'localStorage.setItem("a", "b");']
	])('%s: %s is allowed', async (file, code) => {
		expect(await walls(file, `${code}\nexport const used = 1;\n`)).toEqual([]);
	});
});
