/** Builds the app once (unless E2E_SKIP_BUILD=1) and serves build/ for every end-to-end test file. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		buildDir: string;
	}
}

const root = resolve(import.meta.dirname, '../..');
const seedDeck = resolve(root, 'static/decks/seed-deck.json');

/** Newest modification time of the files under these folders. */
function newest(dirs: string[]): number {
	let latest = 0;
	for (const dir of dirs)
		for (const entry of readdirSync(resolve(root, dir), { recursive: true, withFileTypes: true }))
			if (entry.isFile())
				latest = Math.max(latest, statSync(resolve(entry.parentPath, entry.name)).mtimeMs);
	return latest;
}

/** The bundled deck is missing, or older than the generator or the articles it is made from. */
function seedIsStale(): boolean {
	if (!existsSync(seedDeck)) return true;
	return statSync(seedDeck).mtimeMs < newest(['seeds', 'src/lib/generator', 'src/lib/deck']);
}

export default async function setup(project: TestProject) {
	// Built as `npm run build` builds it: vitest sets NODE_ENV=test, with which Svelte's runtime keeps
	// its development checks (the study page carried some 10 KB more than the site serves).
	const run = (args: string[]) =>
		execFileSync(process.execPath, args, {
			cwd: root,
			env: { ...process.env, NODE_ENV: 'production' },
			stdio: ['ignore', 'ignore', 'inherit']
		});
	if (seedIsStale()) run([resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/generate.ts']);
	if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(resolve(root, 'build/index.html')))
		run([resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error']);
	const buildDir = resolve(root, 'build');
	const { server, url } = await serveStatic({ dir: buildDir });
	project.provide('baseUrl', url);
	project.provide('buildDir', buildDir);
	return async () => {
		await new Promise((done) => server.close(done));
	};
}
