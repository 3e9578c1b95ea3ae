/**
 * Spaced repetition, pure TypeScript (no IndexedDB, no DOM); dates are epoch ms.
 *
 * - Types: `Rating` (1-4) and `RATING_LABELS`, `Settings` + `DEFAULT_SETTINGS` + `normalizeSettings`,
 *   `CardSchedule` (one card's FSRS state and flags), `ReviewLogEntry`, `DoneToday`.
 * - Scheduling (ts-fsrs): `newSchedule`, `rateCard` (schedule after a rating), `previewRatings`
 *   (each button's due time and label), `formatInterval` ("10m", "3d", "1.2mo", "2y").
 * - Asking: `askMode` (multiple choice while learning, then recall; cloze; typed or revealed).
 * - Days: `studyDayStart` / `nextStudyDayStart` (day starts at `dayStartHour`, local or a given zone).
 * - Queue: `buildQueue` (learning due → reviews with new cards spread in → learn-ahead; limits,
 *   sibling burying, suspended/retired skipped) and `deckCounts` (home screen numbers).
 */
export * from './types';
export { newSchedule, rateCard, previewRatings, formatInterval } from './scheduler';
export { askMode, type AskMode } from './ask';
export { studyDayStart, nextStudyDayStart } from './day';
export { buildQueue, deckCounts, queueParts, interleave, LEARN_AHEAD_MS } from './queue';
export type { QueueOptions, QueueParts } from './queue';
export {
	extraNewCards,
	reviewAheadCards,
	failedTodayIds,
	practiceEntry,
	isPractice,
	type MoreKind
} from './more';
