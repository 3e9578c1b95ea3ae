/**
 * Registers the service worker and offers a new version when one is waiting. The new worker only takes
 * over when the user clicks "Update" (SKIP_WAITING), then the page reloads once under it.
 */
/** How often an open tab looks for a new version, and how soon again at the earliest (ms). */
const CHECK_EVERY = 60 * 60 * 1000;
const CHECK_AT_MOST_EVERY = 60 * 1000;

class AppUpdate {
	#waiting = $state.raw<ServiceWorker | null>(null);
	#registered = $state(false);
	#reloading = false;

	/** True when a new version is installed and waiting for the user's go-ahead. */
	get available(): boolean {
		return this.#waiting !== null;
	}
	/** True once the worker is registered. */
	get registered(): boolean {
		return this.#registered;
	}

	/** Registers /service-worker.js (module type in development, classic in the build). */
	async register({ dev }: { dev: boolean }): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		try {
			const registration = await navigator.serviceWorker.register('/service-worker.js', {
				type: dev ? 'module' : 'classic'
			});
			this.#registered = true;
			// A worker already waiting from an earlier visit: offer it straight away.
			if (registration.waiting && navigator.serviceWorker.controller)
				this.#waiting = registration.waiting;
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					// "installed" with a controller present means an update, not the first install.
					if (worker.state === 'installed' && navigator.serviceWorker.controller)
						this.#waiting = worker;
				});
			});
			this.#watch(registration);
			navigator.serviceWorker.addEventListener('controllerchange', () => {
				if (!this.#reloading && this.#waiting) {
					this.#reloading = true;
					location.reload();
				}
			});
		} catch {
			// Without a worker the app still runs online; offline use simply is not available.
		}
	}

	/**
	 * A tab left open for days must still learn of a new version: the browser only checks on navigation,
	 * so check when the tab comes back (focus, visible again) and every hour, at most once a minute.
	 */
	#watch(registration: ServiceWorkerRegistration): void {
		let last = Date.now();
		const check = () => {
			if (Date.now() - last < CHECK_AT_MOST_EVERY) return;
			last = Date.now();
			// Offline or a server error: try again next time.
			registration.update().catch(() => {});
		};
		window.addEventListener('focus', check);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') check();
		});
		setInterval(check, CHECK_EVERY);
	}

	/** Applies the waiting version: it activates, takes control, and the page reloads. */
	apply(): void {
		this.#waiting?.postMessage({ type: 'SKIP_WAITING' });
	}
}

/** The app's update status. */
export const appUpdate = new AppUpdate();
