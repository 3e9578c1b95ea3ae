/** The deck studied last on this device, so the Study tab goes straight back to it. */
const KEY = 'citecards-last-deck';

class LastDeck {
	#id = $state<string | null>(null);

	/** The id of the deck studied last, if any. */
	get id(): string | null {
		return this.#id;
	}

	/** Reads the remembered deck (in the browser). */
	load(): void {
		try {
			this.#id = localStorage.getItem(KEY);
		} catch {
			this.#id = null;
		}
	}

	/** Remembers the deck being studied. */
	remember({ deckId }: { deckId: string }): void {
		this.#id = deckId;
		try {
			localStorage.setItem(KEY, deckId);
		} catch {
			// Remembered for this visit only.
		}
	}

	/** Forgets the deck (it was deleted). */
	forget(): void {
		this.#id = null;
		try {
			localStorage.removeItem(KEY);
		} catch {
			// Nothing was kept.
		}
	}
}

/** The deck studied last. */
export const lastDeck = new LastDeck();
