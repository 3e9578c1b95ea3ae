/** Builds the app once (unless E2E_SKIP_BUILD=1) and serves build/ for every end-to-end test file. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

export default async function setup(project: TestProject) {
	const run = (args: string[]) =>
		execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	if (!existsSync(resolve(root, 'static/decks/seed-deck.json')))
		run([resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/generate.ts']);
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
