/**
 * Run when the page is prerendered (at build time): the title of the deck bundled with the app, so the
 * prerendered welcome already names it. Named only once the decks had loaded, the words after the name
 * moved on every first visit (a layout shift).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Written by `npm run generate` before the build (static/ is copied into the site). */
const BUNDLED_DECK = resolve('static/decks/seed-deck.json');

export async function load(): Promise<{ bundledDeckTitle: string | null }> {
	try {
		const { title } = JSON.parse(await readFile(BUNDLED_DECK, 'utf8')) as { title?: unknown };
		return { bundledDeckTitle: typeof title === 'string' ? title : null };
	} catch {
		return { bundledDeckTitle: null };
	}
}
