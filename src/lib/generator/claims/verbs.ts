/** Verb forms for moving a WH-word: base form for do-support, simple past for passive-to-active. */
import nlp from 'compromise';

const IRREGULAR_BASE: Record<string, string> = {
	was: 'be',
	were: 'be',
	is: 'be',
	are: 'be',
	had: 'have',
	has: 'have',
	did: 'do',
	does: 'do',
	said: 'say',
	says: 'say',
	lost: 'lose',
	won: 'win',
	beat: 'beat',
	cut: 'cut',
	put: 'put',
	set: 'set',
	hit: 'hit',
	quit: 'quit',
	let: 'let',
	cost: 'cost',
	spread: 'spread',
	led: 'lead',
	left: 'leave',
	met: 'meet',
	sent: 'send',
	spent: 'spend',
	built: 'build',
	felt: 'feel',
	kept: 'keep',
	held: 'hold',
	told: 'tell',
	sold: 'sell',
	made: 'make',
	paid: 'pay',
	found: 'find',
	bought: 'buy',
	brought: 'bring',
	thought: 'think',
	taught: 'teach',
	caught: 'catch',
	fought: 'fight',
	sought: 'seek',
	took: 'take',
	gave: 'give',
	came: 'come',
	became: 'become',
	went: 'go',
	saw: 'see',
	got: 'get',
	ran: 'run',
	began: 'begin',
	wrote: 'write',
	rose: 'rise',
	fell: 'fall',
	shrank: 'shrink',
	grew: 'grow',
	drew: 'draw',
	knew: 'know',
	threw: 'throw',
	chose: 'choose',
	spoke: 'speak',
	broke: 'break',
	stole: 'steal',
	drove: 'drive',
	ate: 'eat',
	flew: 'fly',
	struck: 'strike',
	stood: 'stand',
	understood: 'understand',
	heard: 'hear',
	meant: 'mean',
	shot: 'shoot'
};

/** Past participle → simple past, where they differ. */
const PARTICIPLE_PAST: Record<string, string> = {
	taken: 'took',
	given: 'gave',
	beaten: 'beat',
	seen: 'saw',
	written: 'wrote',
	chosen: 'chose',
	known: 'knew',
	drawn: 'drew',
	driven: 'drove',
	spoken: 'spoke',
	stolen: 'stole',
	broken: 'broke',
	forgotten: 'forgot',
	ridden: 'rode',
	thrown: 'threw',
	begun: 'began',
	sung: 'sang',
	done: 'did',
	gone: 'went',
	eaten: 'ate',
	fallen: 'fell',
	risen: 'rose',
	grown: 'grew',
	blown: 'blew',
	flown: 'flew',
	shown: 'showed',
	sworn: 'swore',
	worn: 'wore',
	torn: 'tore',
	hidden: 'hid',
	bitten: 'bit',
	shaken: 'shook',
	overtaken: 'overtook',
	undertaken: 'undertook',
	overseen: 'oversaw',
	rewritten: 'rewrote',
	withdrawn: 'withdrew',
	forbidden: 'forbade',
	frozen: 'froze',
	woken: 'woke'
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/** Base form of an inflected verb ("signed" → "sign", "took" → "take"). */
export function baseForm(word: string): string {
	const w = word.toLowerCase();
	const known = IRREGULAR_BASE[w] ?? cache.get(w);
	if (known) return known;
	// In a clause, so compromise reads it as a verb ("released" alone is taken for an adjective).
	const doc = nlp(`they ${w} it`) as unknown as { verbs(): { toInfinitive(): { text(): string } } };
	// One word in, one word out: "they go it" reads as the phrasal "go it".
	let found = doc.verbs().toInfinitive().text().toLowerCase().split(/\s+/)[0] || w;
	// British doubling: "totalled" is "total", "cancelled" is "cancel".
	if (/lled$/.test(w) && /ll$/.test(found) && found.length >= 6) found = found.slice(0, -1);
	if (cache.size < CACHE_LIMIT) cache.set(w, found);
	return found;
}

/** Simple past of a past participle ("taken" → "took", "suspended" → "suspended"). */
export function pastOfParticiple(word: string): string {
	const w = word.toLowerCase();
	return PARTICIPLE_PAST[w] ?? w;
}
