/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

// The global scope is a ServiceWorkerGlobalScope; TypeScript's lib set cannot know that by itself.
const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `citecards-${version}`;
/**
 * Everything the app needs offline: Vite's output, the static folder (icons, bundled decks), every page.
 * `files` leaves out dotfiles and temporary files (kit.serviceWorker.files in svelte.config.js).
 */
const ASSETS = [...build, ...files, ...prerendered];
const ASSET_SET = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until the user clicks "Update" (message below).
	// Every file comes from the server, never from the HTTP cache: an unversioned file the server lets
	// browsers keep for a while (manifest.webmanifest, the bundled decks, the pages) would otherwise be
	// stored stale in the new version's cache, and served from there until the next version.
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' }))))
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// Take over pages opened before the first install, so the first visit already works offline.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
});

/** The cached answer for a request: pages are keyed by path alone (ids live in the query string). */
async function fromCache(request: Request, url: URL): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	if (request.mode === 'navigate') {
		const path = url.pathname.replace(/\/$/, '') || '/';
		return (await cache.match(path)) ?? (await cache.match(`${path}.html`));
	}
	return cache.match(request, { ignoreSearch: ASSET_SET.has(url.pathname) });
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cached = await fromCache(request, url);
			// Precached files are versioned with the worker, so the cache is always right for them.
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch {
				return new Response('Offline, and this page is not stored on this device.', {
					status: 503,
					headers: { 'content-type': 'text/plain; charset=utf-8' }
				});
			}
		})()
	);
});
