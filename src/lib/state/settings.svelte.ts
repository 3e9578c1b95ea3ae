/** The user's settings: loaded from the database, saved back, and the theme applied to the page. */
import { DEFAULT_SETTINGS, type Settings } from '$lib/srs';
import { dbState } from './db-state.svelte';

const THEME_KEY = 'citecards-theme';

/** Sets the theme on <html> and remembers it for the pre-paint script in app.html. */
export function applyTheme(theme: Settings['theme']): void {
	document.documentElement.dataset.theme = theme;
	try {
		localStorage.setItem(THEME_KEY, theme);
	} catch {
		// The theme still applies for this page; it just may flash on the next load.
	}
}

class SettingsState {
	#value = $state<Settings>({ ...DEFAULT_SETTINGS });
	#loaded = $state(false);

	/** The current settings (reactive). */
	get value(): Settings {
		return this.#value;
	}
	/** True once the stored settings have been read. */
	get loaded(): boolean {
		return this.#loaded;
	}

	/** Reads the stored settings and applies the theme. */
	async load(): Promise<Settings> {
		const db = await dbState.ready();
		this.#value = { ...DEFAULT_SETTINGS, ...(await db.getSettings()) };
		this.#loaded = true;
		applyTheme(this.#value.theme);
		return this.#value;
	}

	/** Saves new settings; returns an error message or null. */
	async save(next: Settings): Promise<string | null> {
		try {
			const db = await dbState.ready();
			const settings = $state.snapshot(next) as Settings;
			await db.saveSettings({ settings });
			this.#value = settings;
			applyTheme(settings.theme);
			return null;
		} catch (error) {
			return (error as Error).message || dbState.report(error);
		}
	}
}

/** The app's settings. */
export const settings = new SettingsState();
