/** Builds the app's next version (next-version.config.ts: one more migration) beside build/. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** In node_modules/.cache: ignored by git, the linters and prettier, kept between runs. */
const NEXT = resolve(root, 'node_modules/.cache/citecards-next');

/**
 * Builds the next version (about as long as the app's own build) and returns its folder; with
 * E2E_SKIP_BUILD=1, as for the app's own build, one built before is used as it is.
 */
export function buildNextVersion(): string {
	const dir = resolve(NEXT, 'build');
	if (process.env.E2E_SKIP_BUILD === '1' && existsSync(resolve(dir, 'index.html'))) return dir;
	execFileSync(
		process.execPath,
		[
			resolve(root, 'node_modules/vite/bin/vite.js'),
			'build',
			'--config',
			'tests/e2e/next-version.config.ts',
			'--logLevel',
			'error'
		],
		{
			cwd: root,
			// Its own .svelte-kit as well: the build under test, and tests running beside, keep theirs.
			env: {
				...process.env,
				// As the app's own build (global-setup.ts): what the site serves, not a test build.
				NODE_ENV: 'production',
				CITECARDS_BUILD_DIR: dir,
				CITECARDS_KIT_DIR: resolve(NEXT, 'kit')
			},
			// Quiet unless it fails (it would ask for tsconfig.json to extend its own .svelte-kit).
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	return dir;
}
