/** The gzipped JavaScript a first visit to the built /study page loads. */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes of the study page's initial JavaScript. */
export interface RouteSize {
	files: number;
	rawBytes: number;
	gzipBytes: number;
	/** Stylesheets the page links, gzipped (not part of the JS target; shown for context). */
	cssGzipBytes: number;
	builtAt: Date;
}

/** Relative module specifiers a chunk imports statically (not `import(...)`, which loads later). */
function staticImports(code: string): string[] {
	const found: string[] = [];
	for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
		found.push(m[1]);
	return found;
}

/**
 * Reads build/study.html: the scripts it preloads (`modulepreload`), loads (`<script src>`) and
 * imports from its inline boot script, plus anything those import statically; sums their gzip
 * sizes. Null when there is no build.
 */
export async function studyRouteSize(o: { buildDir: string }): Promise<RouteSize | null> {
	const htmlPath = path.join(o.buildDir, 'study.html');
	if (!existsSync(htmlPath)) return null;
	const html = await readFile(htmlPath, 'utf8');
	const resolve = (from: string, href: string) => path.resolve(path.dirname(from), href);
	const queue: string[] = [];
	const css: string[] = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (!href || /^[a-z]+:|^\/\//i.test(href)) continue;
		if (/\brel="modulepreload"/.test(tag)) queue.push(resolve(htmlPath, href));
		if (/\brel="stylesheet"/.test(tag)) css.push(resolve(htmlPath, href));
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
		queue.push(resolve(htmlPath, m[1]));
	for (const m of html.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g))
		queue.push(resolve(htmlPath, m[1]));
	const seen = new Set<string>();
	let rawBytes = 0;
	let gzipBytes = 0;
	while (queue.length) {
		const file = queue.shift() as string;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const bytes = await readFile(file);
		rawBytes += bytes.length;
		gzipBytes += gzipSync(bytes).length;
		for (const spec of staticImports(bytes.toString('utf8'))) queue.push(resolve(file, spec));
	}
	let cssGzipBytes = 0;
	for (const file of new Set(css))
		if (existsSync(file)) cssGzipBytes += gzipSync(await readFile(file)).length;
	return {
		files: seen.size,
		rawBytes,
		gzipBytes,
		cssGzipBytes,
		builtAt: (await stat(htmlPath)).mtime
	};
}
