/** How far an import has come, in words and as a share of the whole, for the Import page's bar. */

/** An import's stages in order: the file read, its cards checked, then the rows saved. */
export type ImportStage = 'reading' | 'checking' | 'saving';

/** Where an import is: saving counts rows written (`done` of `total`) for a deck of `cards` cards. */
export interface ImportStep {
	stage: ImportStage;
	done?: number;
	total?: number;
	cards?: number;
}

/** Reading and checking take about this share of an import of a large deck; saving the rest. */
const READ_SHARE = 5;
const CHECK_SHARE = 15;

const count = (n: number) => n.toLocaleString('en');

/** The bar's value (0 to 100, whole numbers) and the stage named as a person would say it. */
export function describeImport(step: ImportStep): { percent: number; label: string } {
	if (step.stage === 'reading') return { percent: 0, label: 'Reading the file' };
	if (step.stage === 'checking') return { percent: READ_SHARE, label: 'Checking every card' };
	const total = Math.max(step.total ?? 0, 1);
	const share = Math.min(Math.max((step.done ?? 0) / total, 0), 1);
	const percent = Math.floor(READ_SHARE + CHECK_SHARE + share * (100 - READ_SHARE - CHECK_SHARE));
	const cards = step.cards ?? 0;
	const label =
		cards > 0 ? `Saving cards: ${count(Math.floor(share * cards))} of ${count(cards)}` : 'Saving';
	return { percent, label };
}
