/** The Content-Security-Policy of every built page: read from the HTML, then lived with in Chromium. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	foreignRequests,
	launch,
	newContext,
	newPage,
	openHome,
	seedDeck,
	waitForServiceWorker
} from './helpers';

const buildDir = inject('buildDir');
const pages = readdirSync(buildDir).filter((name) => name.endsWith('.html'));

/** The policy of a page's <meta http-equiv> tag, directive by directive, and where the tag stands. */
function policyOf(html: string): { directives: Map<string, string[]>; at: number; count: number } {
	const tags = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
	const content = (tags[0]?.[1] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
	const directives = new Map<string, string[]>();
	for (const part of content.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), values);
	}
	return { directives, at: tags[0]?.index ?? -1, count: tags.length };
}

/** Every <script> element: its attributes, its inline text, and where it stands. */
function scriptsOf(html: string) {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
		attributes: m[1],
		body: m[2],
		at: m.index
	}));
}

const sha256 = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the Content-Security-Policy in the built HTML', () => {
	it('is in every page, once, before any script', () => {
		expect(pages).toEqual(expect.arrayContaining(['index.html', 'study.html', 'settings.html']));
		for (const name of pages) {
			const html = readFileSync(join(buildDir, name), 'utf8');
			const { at, count } = policyOf(html);
			expect(count, name).toBe(1);
			for (const script of scriptsOf(html)) expect(script.at, name).toBeGreaterThan(at);
		}
	});

	it('is strict: own origin only, no inline script without its hash, no eval, no plugins, no <base>', () => {
		for (const name of pages) {
			const { directives } = policyOf(readFileSync(join(buildDir, name), 'utf8'));
			expect(directives.get('default-src'), name).toEqual(["'self'"]);
			expect(directives.get('connect-src'), name).toEqual(["'self'"]);
			expect(directives.get('object-src'), name).toEqual(["'none'"]);
			expect(directives.get('base-uri'), name).toEqual(["'none'"]);
			const scriptSrc = directives.get('script-src') ?? [];
			// Our origin, WebAssembly for sql.js (not eval), and hashes; nothing else.
			for (const source of scriptSrc)
				expect(source, name).toMatch(/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/]+=*)'$/);
			expect(scriptSrc, name).toContain("'self'");
			for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
				for (const [directive, values] of directives)
					if (directive !== 'style-src-attr')
						expect(values, `${name}: ${directive}`).not.toContain(loose);
			// Styles from our files, or inline with their hash (the page's own, inlined at build time); a
			// component may still set a style attribute (no script runs).
			const styleSrc = directives.get('style-src') ?? [];
			expect(styleSrc[0], name).toBe("'self'");
			for (const source of styleSrc.slice(1))
				expect(source, name).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
			expect(directives.get('style-src-attr'), name).toEqual(["'unsafe-inline'"]);
			// A <meta> policy cannot hold frame-ancestors (browsers ignore it there): the host sends it.
			expect(directives.has('frame-ancestors'), name).toBe(false);
		}
	});

	it('lists the hash of every inline script (the theme script and SvelteKit start-up)', () => {
		for (const name of pages) {
			const html = readFileSync(join(buildDir, name), 'utf8');
			const scriptSrc = policyOf(html).directives.get('script-src') ?? [];
			const inline = scriptsOf(html).filter((s) => !/\bsrc=/.test(s.attributes));
			expect(inline.length, name).toBeGreaterThanOrEqual(2);
			expect(
				inline.some((s) => s.body.includes('citecards-theme')),
				name
			).toBe(true);
			for (const script of inline) expect(scriptSrc, name).toContain(sha256(script.body));
			// Nothing else can run inline: no event handler attributes, no javascript: links.
			const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
			expect(withoutScripts, name).not.toMatch(/\son[a-z]+\s*=/i);
			expect(withoutScripts, name).not.toMatch(/javascript:/i);
		}
	});

	it("inlines the page's styles with their hash, and links no stylesheet the first paint waits for", () => {
		for (const name of pages) {
			const html = readFileSync(join(buildDir, name), 'utf8');
			const styleSrc = policyOf(html).directives.get('style-src') ?? [];
			const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
			expect(styles.length, name).toBe(1);
			for (const body of styles) expect(styleSrc, name).toContain(sha256(body));
			// SvelteKit keeps an inlined stylesheet's <link>, disabled, so it is not loaded again.
			for (const [tag] of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi))
				expect(tag, name).toMatch(/\bdisabled\b/);
		}
	});
});

describe('the app under its Content-Security-Policy, in Chromium', () => {
	const deck = seedDeck();
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	const blocked: string[] = [];

	beforeAll(async () => {
		browser = await launch();
		context = await newContext(browser);
		// Installed through DevTools, so it runs whatever the policy says, before the page's scripts.
		await context.addInitScript(() => {
			const w = window as unknown as { cspBlocked?: string[]; themes?: string[] };
			document.addEventListener('securitypolicyviolation', (event) => {
				(w.cspBlocked ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
			});
			// Every theme set on <html>, in order: the inline script's comes first, before the app's.
			new MutationObserver(() => {
				(w.themes ??= []).push(document.documentElement.dataset.theme ?? '');
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
		});
		page = await newPage(context);
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
		});
	});
	afterAll(async () => {
		await browser?.close();
	});

	const violations = () =>
		page.evaluate(() => (window as unknown as { cspBlocked?: string[] }).cspBlocked ?? []);

	it('runs the theme script, loads the bundled deck and installs the service worker, blocking nothing', async () => {
		await openHome(page);
		await waitForServiceWorker(page);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeTruthy();
		expect(await violations()).toEqual([]);
		expect(blocked).toEqual([]);
	});

	it('opens every page, the study page with a card, with nothing blocked', async () => {
		for (const path of ['/browse', '/sources', '/export', '/settings', `/study?deck=${deck.id}`]) {
			await page.goto(path);
			await page.locator('main h1').first().waitFor();
			await page.waitForLoadState('networkidle');
			expect(await violations(), path).toEqual([]);
		}
		await page.locator('article[data-card]').waitFor();
		// A saved dark theme is applied by the inline script before the app starts (the app then applies
		// the theme stored in its settings).
		await page.evaluate(() => localStorage.setItem('citecards-theme', 'dark'));
		await page.reload();
		await page.locator('article[data-card]').waitFor();
		const themes = await page.evaluate(() => (window as unknown as { themes?: string[] }).themes);
		expect(themes?.[0]).toBe('dark');
		expect(await violations()).toEqual([]);
		expect(blocked).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});
});
