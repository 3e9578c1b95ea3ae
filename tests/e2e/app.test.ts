import { describe, expect, it } from 'vitest';
import {
	context,
	foreignRequests,
	homeCounts,
	newPage,
	openHome,
	page,
	revealCurrent,
	seedDeck,
	seriousA11yViolations,
	useBrowser,
	waitForServiceWorker
} from './helpers';

const deck = seedDeck();

useBrowser();

describe('the app shell', () => {
	it('loads the bundled deck on the first visit and shows its counts', async () => {
		await openHome(page);
		await expect(page.locator(`[data-deck="${deck.id}"] h2`).textContent()).resolves.toBe(
			deck.title
		);
		const counts = await homeCounts(page, deck.id);
		expect(counts.new).toBe(Math.min(20, deck.cards.length));
		expect(counts.learning).toBe(0);
		expect(counts.due).toBe(0);
	});

	it('has a valid manifest and a registered service worker', async () => {
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const response = await page.request.get(href as string);
		expect(response.headers()['content-type']).toContain('application/manifest+json');
		const manifest = await response.json();
		expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
		expect(manifest.name).toBeTruthy();
		expect(manifest.theme_color).toMatch(/^#/);
		expect(manifest.background_color).toMatch(/^#/);
		const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => i.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
		for (const icon of manifest.icons) {
			const png = await page.request.get(icon.src);
			expect(png.status()).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
			const bytes = await png.body();
			const [w, h] = icon.sizes.split('x').map(Number);
			expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([w, h]);
		}
		await waitForServiceWorker(page);
		const scope = await page.evaluate(
			async () => (await navigator.serviceWorker.getRegistration())?.scope
		);
		expect(scope).toBe(new URL('/', page.url()).href);
		// Chromium's own verdict on installability (manifest, icons, worker with a fetch handler).
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		// Playwright's contexts are incognito profiles, where nothing installs; everything else must pass.
		const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
		expect(errors).toEqual([]);
		await cdp.detach();
	});

	it('passes axe (no serious or critical violations) on every page', async () => {
		const card = deck.cards[0];
		const source = deck.sources[0];
		const pages = [
			'/',
			`/study?deck=${deck.id}`,
			`/browse?deck=${deck.id}`,
			`/card?id=${card.id}`,
			`/sources?deck=${deck.id}&source=${source.id}`,
			'/settings'
		];
		const problems: string[] = [];
		for (const path of pages) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await page.locator('main h1').waitFor();
			problems.push(...(await seriousA11yViolations(page)).map((v) => `${path}: ${v}`));
		}
		// The study page with its answer and evidence shown, in the dark theme too.
		await page.goto(`/study?deck=${deck.id}`);
		await revealCurrent(page);
		problems.push(...(await seriousA11yViolations(page)).map((v) => `revealed: ${v}`));
		await page.emulateMedia({ colorScheme: 'dark' });
		problems.push(...(await seriousA11yViolations(page)).map((v) => `dark: ${v}`));
		await page.emulateMedia({ colorScheme: 'light' });
		expect(problems).toEqual([]);
	});

	it('fits a 360x640 phone screen without horizontal overflow', async () => {
		const phone = await newPage(context);
		await phone.setViewportSize({ width: 360, height: 640 });
		const overflowing: string[] = [];
		const check = async (label: string) => {
			const width = await phone.evaluate(() => document.documentElement.scrollWidth);
			if (width > 360) overflowing.push(`${label}: ${width}px`);
		};
		for (const path of [
			'/',
			`/study?deck=${deck.id}`,
			`/browse?deck=${deck.id}`,
			`/card?id=${deck.cards[0].id}`,
			`/sources?deck=${deck.id}&source=${deck.sources[0].id}`,
			'/settings'
		]) {
			await phone.goto(path);
			await phone.waitForLoadState('networkidle');
			await check(path);
		}
		await phone.goto(`/study?deck=${deck.id}`);
		await revealCurrent(phone);
		await check('study revealed');
		// Touch targets: every rating button is at least 44px in both directions.
		for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
			const box = await phone.getByRole('button', { name: new RegExp(`^${name}`) }).boundingBox();
			expect(box!.height).toBeGreaterThanOrEqual(44);
			expect(box!.width).toBeGreaterThanOrEqual(44);
		}
		expect(overflowing).toEqual([]);
		await phone.close();
	});

	it('never requests anything outside its own origin', () => {
		expect(foreignRequests).toEqual([]);
	});
});
