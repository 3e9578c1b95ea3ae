export {
	EXPORT_FORMATS,
	getFormat,
	planExport,
	exportCards,
	type ExportPlan,
	type ExportWarning
} from './formats';
export {
	selectCards,
	newSeed,
	type SelectOptions,
	type Selection,
	type ExportOrder
} from './select';
export { sourceFeedback, type ExportItem, type OmittedCard } from './items';
export type { ExportFormat, ExportInput, FormatId, SqlJsOptions } from './types';
export { applyEdits, type CardEdit } from './edits';
export { blankedText } from './items';
