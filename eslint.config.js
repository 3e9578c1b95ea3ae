import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The rooms of docs/architecture.md as lint rules: an import across a wall fails `npm run lint`.
 * Plain `no-restricted-imports` with regex patterns (no plugin to resolve paths): the folders of
 * src/lib are siblings, so a room is reached as `$lib/<room>` or `../<room>` (`../../<room>` from a
 * subfolder) and the pattern matches exactly that.
 */
const ROOMS = [
	'deck',
	'generator',
	'srs',
	'export',
	'import',
	'reader',
	'db',
	'state',
	'components'
];
/** Which rooms each room of src/lib may import (besides itself). */
const MAY_USE = {
	deck: [],
	generator: ['deck'],
	srs: ['deck'],
	export: ['deck'],
	import: ['deck'],
	reader: ['deck', 'generator'],
	db: ['deck', 'srs'],
	state: ['deck', 'generator', 'srs', 'export', 'import', 'reader', 'db'],
	components: ['deck', 'srs', 'state']
};
const PURE = ['deck', 'generator', 'srs', 'export', 'import'];
const IDB = { name: 'idb', message: 'Only src/lib/db touches IndexedDB: go through CitecardsDb.' };
const ROUTES = {
	regex: '(^|/)routes(/|$)',
	message: 'Nothing in src/lib imports a route: move what is shared into src/lib.'
};
const UI = {
	regex: '^(svelte|\\$app|\\$env)(/|$)',
	message:
		'deck, generator, srs, export and import are plain TypeScript: no Svelte, $app, $env or DOM.'
};
const BROWSER_GLOBALS = [
	'window',
	'document',
	'navigator',
	'location',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'IDBKeyRange',
	'DOMParser',
	'HTMLElement'
];
/** The no-restricted-imports rule for one room of src/lib. */
function roomRule(room) {
	const walled = ROOMS.filter((r) => r !== room && !MAY_USE[room].includes(r));
	const patterns = [
		{
			regex: `^(\\$lib/|(\\.\\./)+)(${walled.join('|')})(/|\\.svelte|$)`,
			message: `src/lib/${room} may import only ${MAY_USE[room].join(', ') || 'nothing of ours'} (docs/architecture.md, rooms).`
		},
		ROUTES
	];
	if (PURE.includes(room)) patterns.push(UI);
	const rules = {
		'no-restricted-imports': ['error', { paths: room === 'db' ? [] : [IDB], patterns }]
	};
	// The plain rooms run in Node too (tests, the command line): no browser globals either.
	if (PURE.includes(room))
		rules['no-restricted-globals'] = [
			'error',
			...BROWSER_GLOBALS.map((name) => ({ name, message: UI.message }))
		];
	return { files: [`src/lib/${room}/**`], rules };
}

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// Routes, the service worker and anything else in src: IndexedDB only through src/lib/db.
	{ files: ['src/**'], rules: { 'no-restricted-imports': ['error', { paths: [IDB] }] } },
	{
		// A URL from the site root breaks a deploy under a base path (kit.paths.base).
		files: ['src/lib/**', 'src/routes/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"CallExpression[callee.name='fetch'] > Literal.arguments:first-child[value=/^\\//]",
					message: "Fetch static files through asset() from '$app/paths', so a base path is kept."
				}
			]
		}
	},
	...ROOMS.map(roomRule),
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/', 'test-results/', '.scratch/'] }
);
