import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * CSP sources for the inline scripts of src/app.html (the theme script). SvelteKit hashes the scripts
 * it writes itself, not the template's, so they are hashed here from the template as it is.
 */
function templateScriptHashes() {
	const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) =>
			/** @type {const} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`)
	);
}

/**
 * Whether a file of static/ goes into the service worker's precache list.
 * @param {string} file path inside static/, with forward slashes
 */
export function precachedFile(file) {
	return !file.split('/').some((part) => part.startsWith('.') || part.endsWith('.tmp'));
}

/**
 * Where the built site and SvelteKit's own files go: build/ and .svelte-kit/, unless the schema-update
 * test builds the app's next version beside them (tests/e2e/next-version.ts).
 */
const buildDir = process.env.CITECARDS_BUILD_DIR || 'build';
const kitDir = process.env.CITECARDS_KIT_DIR || '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// precompress: a .br and a .gz beside every text file (and the sql.js WebAssembly), for hosts that
		// serve them as they are (README, "Deploying"); the first visit downloads a third of the bytes.
		adapter: adapter({
			pages: buildDir,
			assets: buildDir,
			fallback: undefined,
			strict: true,
			precompress: true
		}),
		outDir: kitDir,
		// Every page's styles go inline in its <head> (with their hash in the CSP below), so the first paint
		// waits for no stylesheet: the app's styles are some 10 KB, a few KB compressed.
		inlineStyleThreshold: 32 * 1024,
		// Every route is prerendered; the service worker is registered by our own code so we control updates.
		// Static files it precaches: none hidden (.DS_Store, .gitkeep) and no temporary file a script was
		// writing (.seed-deck.json.PID.RAND.tmp), which would be copied into the build and cached.
		serviceWorker: { register: false, files: precachedFile },
		// A strict Content-Security-Policy in every page (a <meta> tag, since every page is prerendered):
		// scripts only from our origin or with a listed hash (SvelteKit adds its own), no eval (WebAssembly
		// compilation is allowed for sql.js, which builds Anki decks), no plugins, no <base>, requests only
		// to our origin. Style attributes stay allowed for components that set them; <style> elements not.
		// frame-ancestors cannot be set by a <meta> tag: the host sends it (README, "Deploying").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', ...templateScriptHashes()],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'connect-src': ['self'],
				// The generator runs in a Web Worker built into the app (src/lib/reader/generate.worker.ts).
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
