import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Whether a file of static/ goes into the service worker's precache list.
 * @param {string} file path inside static/, with forward slashes
 */
export function precachedFile(file) {
	return !file.split('/').some((part) => part.startsWith('.') || part.endsWith('.tmp'));
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Every route is prerendered; the service worker is registered by our own code so we control updates.
		// Static files it precaches: none hidden (.DS_Store, .gitkeep) and no temporary file a script was
		// writing (.seed-deck.json.PID.RAND.tmp), which would be copied into the build and cached.
		serviceWorker: { register: false, files: precachedFile }
	}
};

export default config;
