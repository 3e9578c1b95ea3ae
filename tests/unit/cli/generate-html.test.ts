/** The command line reads HTML with the app's reader (Readability on linkedom): the same text and metadata. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runGenerate } from '../../../scripts/lib/generate-cli';
import { stableId } from '../../../src/lib/deck/ids';
import type { Deck } from '../../../src/lib/deck';
import { readArticle } from '../../../src/lib/reader/read-article';
import { HARBOUR_HTML } from '../../fixtures/article-files';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'citecards-generate-html-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

it('gives a page the text and metadata the app gives it, under the id the file name gives', async () => {
	const input = path.join(dir, 'harbour.html');
	const out = path.join(dir, 'deck.json');
	await writeFile(input, HARBOUR_HTML);
	const sink = { write: () => true };
	const code = await runGenerate({
		argv: [input, '--out', out],
		cwd: dir,
		stdout: sink,
		stderr: sink,
		env: { SOURCE_DATE_EPOCH: '1700000000' }
	});
	expect(code).toBe(0);
	const deck = JSON.parse(await readFile(out, 'utf8')) as Deck;
	const app = readArticle({
		bytes: new Uint8Array(Buffer.from(HARBOUR_HTML)),
		name: 'harbour.html',
		parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document
	});
	if (!app.ok) throw new Error(app.error);
	const [source] = deck.sources;
	expect(source.id).toBe(stableId('src', 'harbour.html'));
	expect(source).toMatchObject({
		title: app.article.title,
		publisher: 'The Coast Gazette',
		date: '2026-03-04',
		url: 'https://gazette.example/news/harbour-tunnel'
	});
	expect(source.text).toBe(app.article.text);
	expect(source.text).not.toContain('Buy a boat');
});
