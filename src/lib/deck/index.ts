export * from './schema';
export { stableId } from './ids';
export { foldSiblings, upgradeDeck, type Folded } from './upgrade';
export { cardForms, hasForm, FORM_WORDS, type CardForm } from './forms';
