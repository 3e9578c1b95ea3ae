/**
 * The browser's offer to install the app (`beforeinstallprompt`, Chromium only): kept until the user
 * asks to install or dismisses the hint. Browsers without it get no hint.
 */

/** The part of Chromium's BeforeInstallPromptEvent the hint uses. */
interface InstallPromptEvent extends Event {
	prompt(): Promise<unknown>;
	userChoice?: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const DISMISSED_KEY = 'citecards-install-dismissed';

class Install {
	#offer = $state.raw<InstallPromptEvent | null>(null);
	#dismissed = $state(false);
	#watching = false;

	/** True while the browser offers to install and the user has not said no. */
	get available(): boolean {
		return this.#offer !== null && !this.#dismissed;
	}

	/** Starts listening for the browser's offer (once). */
	watch(): void {
		if (this.#watching || typeof window === 'undefined') return;
		this.#watching = true;
		try {
			this.#dismissed = localStorage.getItem(DISMISSED_KEY) === '1';
		} catch {
			this.#dismissed = false;
		}
		window.addEventListener('beforeinstallprompt', (event) => {
			// Keep the offer for our own button instead of the browser's mini bar.
			event.preventDefault();
			this.#offer = event as InstallPromptEvent;
		});
		window.addEventListener('appinstalled', () => (this.#offer = null));
	}

	/** Shows the browser's install dialog; the offer can be used once. */
	async prompt(): Promise<void> {
		const offer = this.#offer;
		if (!offer) return;
		this.#offer = null;
		await offer.prompt();
	}

	/** Hides the hint on this device. */
	dismiss(): void {
		this.#dismissed = true;
		try {
			localStorage.setItem(DISMISSED_KEY, '1');
		} catch {
			// Hidden for this visit only.
		}
	}
}

/** The install offer. */
export const install = new Install();
