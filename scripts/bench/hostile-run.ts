/**
 * One generator run on one hostile or repeated text, in its own process so its peak memory is its own and
 * a hang can be killed: `tsx scripts/bench/hostile-run.ts NAME SIZE`, where NAME is one of
 * tests/fixtures/hostile.ts (SIZE characters), `article` (one BBC article SIZE times in one text) or
 * `corpus` (the first 40 BBC business articles, SIZE times in one text).
 * Prints one JSON line: { ms, baseMb, peakMb, cards, sentences, chars }.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateDeck } from '../../src/lib/generator';
import { HOSTILE_INPUTS } from '../../tests/fixtures/hostile';

const BUSINESS = path.resolve(import.meta.dirname, '../../../shared/corpus/bbc/business');
const bbc = (n: number) =>
	readdirSync(BUSINESS)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.slice(0, n)
		.map((f) => readFileSync(path.join(BUSINESS, f), 'utf8').trim())
		.join('\n\n');

const [name, arg] = process.argv.slice(2);
const size = Number(arg);
let text: string;
if (name === 'article' || name === 'corpus') {
	const unit = bbc(name === 'article' ? 1 : 40);
	text = Array.from({ length: size }, () => unit).join('\n\n');
} else {
	const input = HOSTILE_INPUTS.find((h) => h.name === name);
	if (!input) throw new Error(`no hostile input named ${name}`);
	text = input.make(size);
}
// Warm-up on a small text (compromise's lexicon, the JIT), then measure.
generateDeck({ sources: [{ text: bbc(1) }] });
const baseMb = process.resourceUsage().maxRSS / 1024;
const t0 = performance.now();
const result = generateDeck({ sources: [{ text, file: name }], now: new Date(0) });
const ms = performance.now() - t0;
console.log(
	JSON.stringify({
		ms,
		baseMb,
		peakMb: process.resourceUsage().maxRSS / 1024,
		cards: result.deck.cards.length,
		sentences: result.stats.sentences,
		chars: text.length
	})
);
