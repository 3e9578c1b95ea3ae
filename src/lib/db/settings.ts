/** Settings: one row in the meta store, read over the defaults and checked before saving. */
import { normalizeSettings, pickSettings, settingsProblems, type Settings } from '../srs/types';
import { SettingsInvalidError } from './errors';

/** The meta store's key for the settings. */
export const META_SETTINGS = 'settings';

/** The stored settings over the defaults. */
export async function readSettings(tx: {
	objectStore(name: 'meta'): { get(key: string): Promise<Settings | undefined> };
}): Promise<Settings> {
	return normalizeSettings({ settings: await tx.objectStore('meta').get(META_SETTINGS) });
}

/** Checks settings before any transaction: SettingsInvalidError lists the problems. */
export function checkSettings(settings: Settings): void {
	const problems = settingsProblems(settings);
	if (problems.length) throw new SettingsInvalidError(problems);
}

/** Saves checked settings. */
export async function writeSettings(
	tx: { objectStore(name: 'meta'): { put(value: Settings, key: string): Promise<unknown> } },
	settings: Settings
): Promise<void> {
	await tx.objectStore('meta').put(pickSettings(settings), META_SETTINGS);
}
