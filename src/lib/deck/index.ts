export * from './schema';
export { stableId } from './ids';
export { foldSiblings, upgradeDeck, type Folded } from './upgrade';
export { cardForms, hasForm, FORM_WORDS, type CardForm } from './forms';
export {
	answerTarget,
	matchAnswer,
	normalizeAnswer,
	personNames,
	type AnswerMatch,
	type AnswerTarget
} from './answer';
export { concernsCard, conflictsOfCard } from './conflicts';
export { bodyStart, describeSource, formatDate, type SourceLabel } from './source-label';
export { deckSubject } from './subject';
