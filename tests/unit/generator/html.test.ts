import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../src/lib/generator/dates';
import { decodeEntities, htmlToText } from '../../../src/lib/generator/html';

const page = (body: string, head = '') =>
	`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('htmlToText', () => {
	it('turns blocks into paragraphs and <br> into a newline', () => {
		const { text } = htmlToText({
			html: page(
				'<h2>Heading</h2><p>First  para\n with   spaces.</p><div>Line one<br>line two</div>'
			)
		});
		expect(text).toBe('Heading\n\nFirst para with spaces.\n\nLine one\nline two');
	});

	it('drops scripts, styles, navigation, headers, footers, asides, forms, svg and captions', () => {
		const html = page(`
			<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
			<header>Site banner</header>
			<style>p { color: red }</style>
			<p>The council approved the budget.</p>
			<script>document.write("<p>injected</p>")</script>
			<noscript>Enable JavaScript</noscript>
			<figure><img src="a.png" alt="A photo"><figcaption>Photo: agency</figcaption></figure>
			<aside>Related stories</aside>
			<form><label>Email</label><input name="e"><button>Sign up</button></form>
			<svg viewBox="0 0 10 10"><text>logo</text></svg>
			<template><p>hidden</p></template>
			<iframe src="x">frame text</iframe>
			<footer>Copyright</footer>`);
		expect(htmlToText({ html }).text).toBe('The council approved the budget.');
	});

	it('does not end a script at a "</p>" or "</scr" inside it', () => {
		const html = page(
			'<p>Before.</p><script>var a = "</p><p>not text</p>"; if (a < b && c > d) {} // </scr</script><p>After.</p>'
		);
		expect(htmlToText({ html }).text).toBe('Before.\n\nAfter.');
	});

	it('ends a script at an upper-case end tag', () => {
		expect(htmlToText({ html: '<p>A.</p><SCRIPT>x()</SCRIPT ><p>B.</p>' }).text).toBe('A.\n\nB.');
	});

	it('skips comments (also with tags and dashes inside) and CDATA', () => {
		const html = page(
			'<p>One <!-- <p>commented</p> -- --> two</p><![CDATA[ raw <p> ]]><p>Three</p>'
		);
		expect(htmlToText({ html }).text).toBe('One two\n\nThree');
	});

	it('drops everything after an unclosed comment instead of failing', () => {
		expect(htmlToText({ html: '<p>Kept.</p><!-- never closed <p>lost</p>' }).text).toBe('Kept.');
	});

	it('reads attributes with ">" inside quotes without leaking them as text', () => {
		const html = page(
			`<p title="a > b" data-x='c > d'>Visible</p><a href="/x?a=1&b=2" onclick="if(a>b)go()">link</a>`
		);
		expect(htmlToText({ html }).text).toBe('Visible\n\nlink');
	});

	it('keeps text of unclosed paragraphs and inline tags', () => {
		const html = '<p>First <b>bold <i>both</p><p>Second<p>Third';
		expect(htmlToText({ html }).text).toBe('First bold both\n\nSecond\n\nThird');
	});

	it('treats a lone "<" as text', () => {
		expect(htmlToText({ html: '<p>3 < 5 and a <- b, x<1</p>' }).text).toBe('3 < 5 and a <- b, x<1');
	});

	it('decodes entity soup: named, numeric, hex, legacy, unknown and broken', () => {
		const html =
			'<p>Caf&eacute; &amp; bar &mdash; &#8220;hi&#x201D; &copy;2024 &nbsp;x &amp co &bogus; &#; &# &#x; 5&lt;6 &#146;s &#0; &#xD800;</p>';
		expect(htmlToText({ html }).text).toBe(
			'Café & bar — “hi” ©2024 x & co &bogus; &#; &# &#x; 5<6 ’s \ufffd \ufffd'
		);
	});

	it('prefers the <article> when it holds the page text', () => {
		const html = page(
			`<div class="promo">Subscribe today for a year of news</div>
			 <article><h1>Port reopens</h1><p>The port reopened on Tuesday after repairs that took three months to complete.</p></article>
			 <div>More from us</div>`
		);
		expect(htmlToText({ html }).text).toBe(
			'Port reopens\n\nThe port reopened on Tuesday after repairs that took three months to complete.'
		);
	});

	it('uses <main> when there is no <article>', () => {
		const html = page(
			'<div>Top links</div><main><p>The main story is here and it is long enough to count.</p></main><div>Bottom links</div>'
		);
		expect(htmlToText({ html }).text).toBe(
			'The main story is here and it is long enough to count.'
		);
	});

	it('ignores a small teaser <article> and keeps the whole page', () => {
		const story = 'The long story text. '.repeat(30).trim();
		const html = page(`<div><p>${story}</p></div><article><p>Teaser</p></article>`);
		expect(htmlToText({ html }).text).toBe(`${story}\n\nTeaser`);
	});

	it('does not let an unclosed <aside> swallow the next article', () => {
		const second = 'The second story is longer than the first one, so it wins.';
		const html = page(
			`<article><p>Start.</p><aside>Related<p>More</article><article><p>${second}</p></article>`
		);
		expect(htmlToText({ html }).text).toBe(second);
	});

	it('reads title, date, publisher and url from metadata', () => {
		const head = `
			<title>Ignored &amp; title | Site</title>
			<meta property="og:title" content="Port &amp; harbour reopen">
			<meta property="og:site_name" content="The Daily Example">
			<meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
			<meta property="og:url" content="https://example.test/og">
			<link rel="canonical" href="https://example.test/story?a=1&amp;b=2">`;
		const result = htmlToText({ html: page('<p>Body.</p>', head) });
		expect(result).toEqual({
			text: 'Body.',
			title: 'Port & harbour reopen',
			date: '2024-03-05',
			publisher: 'The Daily Example',
			url: 'https://example.test/story?a=1&b=2'
		});
	});

	it('falls back to <title>, then the first <h1>, for the title', () => {
		expect(htmlToText({ html: page('<h1>H</h1>', '<title> The  title </title>') }).title).toBe(
			'The title'
		);
		expect(
			htmlToText({ html: page('<header><h1>Head <em>line</em></h1></header><p>x</p>') }).title
		).toBe('Head line');
	});

	it('finds the date in JSON-LD, itemprop or a <time> element', () => {
		const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z","publisher":{"@type":"Organization","name":"Example Wire"}}</script>`;
		expect(htmlToText({ html: page('<p>x</p>', ld) })).toMatchObject({
			date: '2023-11-02',
			publisher: 'Example Wire'
		});
		expect(
			htmlToText({ html: page('<meta itemprop="datePublished" content="2022-01-31"><p>x</p>') })
				.date
		).toBe('2022-01-31');
		expect(
			htmlToText({ html: page('<p><time datetime="2021-07-04">July 4</time> x</p>') }).date
		).toBe('2021-07-04');
	});

	it('survives broken JSON-LD', () => {
		const ld = '<script type="application/ld+json">{"datePublished": </script>';
		expect(htmlToText({ html: page('<p>Fine.</p>', ld) })).toEqual({ text: 'Fine.' });
	});

	it('returns empty text for a page with no text', () => {
		expect(htmlToText({ html: page('<script>x</script><nav>menu</nav>') }).text).toBe('');
	});

	it('is linear on hostile input', () => {
		const nasty = [
			'<'.repeat(200_000),
			'<a '.repeat(100_000),
			'<p title="'.repeat(50_000),
			'&'.repeat(200_000) + '&#'.repeat(100_000),
			'<!--'.repeat(100_000),
			'</'.repeat(100_000),
			'<script>' + '</scrip'.repeat(50_000)
		];
		const t0 = performance.now();
		for (const html of nasty) htmlToText({ html });
		// Linear work here takes well under a second; a quadratic scan of these sizes takes minutes.
		// The budget is generous so a busy machine does not fail the test.
		expect(performance.now() - t0).toBeLessThan(20_000);
	});
});

describe('decodeEntities', () => {
	it('leaves text without entities alone and keeps "&" before "=" in query strings', () => {
		expect(decodeEntities('a & b')).toBe('a & b');
		expect(decodeEntities('?x=1&amp=2&lt=3')).toBe('?x=1&amp=2&lt=3');
	});
});

describe('toIsoDate', () => {
	it.each([
		['2024-03-05T10:00:00Z', '2024-03-05'],
		['2024/3/5', '2024-03-05'],
		['20240305', '2024-03-05'],
		['5 March 2024', '2024-03-05'],
		['Tue, 5 Mar 2024 10:00:00 GMT', '2024-03-05'],
		['March 5th, 2024', '2024-03-05'],
		['Sept. 30, 2023', '2023-09-30'],
		['2024-02-30', undefined],
		['2024-13-01', undefined],
		['yesterday', undefined],
		['', undefined]
	])('%s -> %s', (input, expected) => {
		expect(toIsoDate(input)).toBe(expected);
	});
});
