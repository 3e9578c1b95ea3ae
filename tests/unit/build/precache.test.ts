import { describe, expect, it } from 'vitest';
import config from '../../../svelte.config.js';

describe("the service worker's list of static files", () => {
	// SvelteKit calls this filter for every file of static/ when it builds the worker's `files` list;
	// without one it applies its default, which leaves out .DS_Store only.
	const filter =
		config.kit?.serviceWorker?.files ?? ((file: string) => !/\.DS_Store/.test(file));
	const precached = (file: string) => filter(file);

	it('keeps the bundled decks, icons and manifest', () => {
		for (const file of [
			'decks/seed-deck.json',
			'icons/icon-192.png',
			'manifest.webmanifest',
			'favicon.svg'
		])
			expect(precached(file), file).toBe(true);
	});

	it('leaves out temporary files a script was writing, and hidden files', () => {
		for (const file of [
			'decks/.seed-deck.json.4242.a1b2c3d4.tmp',
			'decks/seed-deck.json.tmp',
			'.DS_Store',
			'decks/.DS_Store',
			'.well-hidden/notes.json',
			'icons/.gitkeep'
		])
			expect(precached(file), file).toBe(false);
	});
});
