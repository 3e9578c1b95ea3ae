/** Typed errors from the database layer; `message` is written to be shown to the user. */

/** Base class: `code` lets the UI branch without string matching. */
export class DbError extends Error {
	readonly code: string;
	constructor(code: string, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'DbError';
		this.code = code;
	}
}

/** The deck failed validation; `problems` lists what is wrong. Nothing was written. */
export class DeckInvalidError extends DbError {
	readonly problems: string[];
	constructor(problems: string[]) {
		super('deck-invalid', `The deck is not valid: ${problems.slice(0, 5).join('; ')}`);
		this.name = 'DeckInvalidError';
		this.problems = problems;
	}
}

/** The backup file failed validation; `problems` lists what is wrong. Nothing was changed. */
export class BackupInvalidError extends DbError {
	readonly problems: string[];
	constructor(problems: string[]) {
		super('backup-invalid', `The backup cannot be restored: ${problems.slice(0, 5).join('; ')}`);
		this.name = 'BackupInvalidError';
		this.problems = problems;
	}
}

/** Settings failed validation; `problems` lists what is wrong. Nothing was saved. */
export class SettingsInvalidError extends DbError {
	readonly problems: string[];
	constructor(problems: string[]) {
		super('settings-invalid', `The settings are not valid: ${problems.join('; ')}`);
		this.name = 'SettingsInvalidError';
		this.problems = problems;
	}
}

/** The browser's storage quota is full. The failed change was rolled back; nothing stored was lost. */
export class StorageFullError extends DbError {
	constructor(cause?: unknown) {
		super(
			'storage-full',
			'Storage is full: the last change was not saved (everything saved before is intact). ' +
				'Free some space, or export a backup and remove old data, then try again.',
			{ cause }
		);
		this.name = 'StorageFullError';
	}
}

/** Another tab upgraded the database (or wants to): this page must reload to continue. */
export class DbVersionChangedError extends DbError {
	constructor(cause?: unknown) {
		super(
			'version-changed',
			'citecards was updated in another tab. Reload this tab to keep studying with the new version.',
			{ cause }
		);
		this.name = 'DbVersionChangedError';
	}
}

/**
 * The stored data was written by a newer version of the app than this one (the site was rolled back,
 * or an old copy of the app is still cached). Reloading cannot help: this code cannot read it.
 */
export class DbNewerThanAppError extends DbError {
	/** The stored schema version, when the browser says it. */
	readonly storedVersion?: number;
	/** The newest schema version this code knows. */
	readonly appVersion?: number;
	constructor(o: { storedVersion?: number; appVersion?: number; cause?: unknown } = {}) {
		const versions =
			o.storedVersion && o.appVersion
				? ` (stored data: version ${o.storedVersion}; this app reads up to version ${o.appVersion})`
				: '';
		super(
			'db-newer',
			`Your saved data was written by a newer version of citecards than the one loaded here${versions}, ` +
				'so this version cannot open it. Nothing was changed or lost: your data stays on this device. ' +
				'Reloading will not fix this. citecards will open it again once its newer version is back: ' +
				'try again later, or tell whoever runs this site that it went back to an older version.',
			{ cause: o.cause }
		);
		this.name = 'DbNewerThanAppError';
		this.storedVersion = o.storedVersion;
		this.appVersion = o.appVersion;
	}
}

/** IndexedDB is missing or refused to open (e.g. some private browsing modes). */
export class DbUnavailableError extends DbError {
	constructor(cause?: unknown) {
		super(
			'unavailable',
			'This browser does not allow saving data here (IndexedDB is unavailable), so progress cannot be kept.',
			{ cause }
		);
		this.name = 'DbUnavailableError';
	}
}

/**
 * A rating of a card whose schedule changed since the caller read it: another tab answered it first.
 * Nothing was written, so the review is not counted twice.
 */
export class ReviewConflictError extends DbError {
	readonly cardId: string;
	constructor(cardId: string) {
		super(
			'review-conflict',
			'This card was just answered in another tab; it was not counted twice.'
		);
		this.name = 'ReviewConflictError';
		this.cardId = cardId;
	}
}

/** A card id that is not in the database. */
export class CardNotFoundError extends DbError {
	constructor(cardId: string) {
		super('card-not-found', `No card with id "${cardId}" is stored.`);
		this.name = 'CardNotFoundError';
	}
}

function errorName(e: unknown): string | undefined {
	return e && typeof e === 'object' && 'name' in e
		? String((e as { name: unknown }).name)
		: undefined;
}

/** Turns raw IndexedDB failures into the typed errors above; anything else passes through. */
export function mapDbError(e: unknown): unknown {
	if (e instanceof DbError) return e;
	const name = errorName(e);
	if (name === 'QuotaExceededError') return new StorageFullError(e);
	// Opening asks for our version; a VersionError means the stored one is higher: newer data.
	if (name === 'VersionError') return new DbNewerThanAppError({ cause: e });
	const inner = e && typeof e === 'object' && 'error' in e ? (e as { error: unknown }).error : null;
	if (errorName(inner) === 'QuotaExceededError') return new StorageFullError(inner);
	return e;
}
