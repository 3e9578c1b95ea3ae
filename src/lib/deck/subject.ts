/**
 * What a deck is about, from its own cards: the longest name its cards keep coming back to ("Framework for
 * the US-India Major Defence Partnership"), for a deck whose title says only where its files were.
 */
import type { Deck } from './schema';

/** Capitalised runs of words, with the small words names keep inside ("of", "for the"). */
const NAME =
	/\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|for|the|and|on|de|du|la)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)+/gu;
/** Words that open a question or sentence, not a name. */
const OPENERS = /^(?:What|Which|Who|Whom|Whose|Where|When|How|Why|The|A|An|In|At|On|By)\s+/;

/** The names a text mentions (two words or more). */
function names(text: string): string[] {
	const out: string[] = [];
	for (const match of text.matchAll(NAME)) {
		let name = match[0];
		while (OPENERS.test(name)) name = name.replace(OPENERS, '');
		if (/\s/.test(name)) out.push(name);
	}
	return out;
}

/** The deck's subject: the name most of its cards mention (in two cards at least), or null. */
export function deckSubject({ deck }: { deck: Deck }): string | null {
	const cardsWith = new Map<string, number>();
	for (const card of deck.cards) {
		const text = [card.question, card.answer, card.cloze?.text ?? ''].join(' \n ');
		for (const name of new Set(names(text))) cardsWith.set(name, (cardsWith.get(name) ?? 0) + 1);
	}
	let best: [string, number] | null = null;
	for (const [name, count] of cardsWith)
		if (
			count >= 2 &&
			(!best || count > best[1] || (count === best[1] && name.length > best[0].length))
		)
			best = [name, count];
	return best?.[0] ?? null;
}
