/** The deck file's identity, apart from the schema so code that only writes decks needs no zod. */
export const DECK_FORMAT = 'citecards-deck';
/** Version 2: one card per fact, carrying every way to ask it (version 1 decks are read and converted). */
export const DECK_VERSION = 2;
