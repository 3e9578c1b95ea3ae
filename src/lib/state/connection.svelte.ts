/** Whether the browser is online: the app keeps working offline, and says so. */
class Connection {
	#online = $state(true);
	#watching = false;

	/** False while the browser reports no network. */
	get online(): boolean {
		return this.#online;
	}

	/** Starts following the browser's online and offline events (once). */
	watch(): void {
		if (this.#watching || typeof window === 'undefined') return;
		this.#watching = true;
		this.#online = navigator.onLine;
		window.addEventListener('online', () => (this.#online = true));
		window.addEventListener('offline', () => (this.#online = false));
	}
}

/** The browser's network state. */
export const connection = new Connection();
