import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutraliseCell, toCsv } from '../../../src/lib/export/cells';
import { cdata, escapeXml, stripControlChars } from '../../../src/lib/export/xml';

describe('neutraliseCell', () => {
	it('prefixes formula starters with an apostrophe', () => {
		for (const v of ['=1+1', '+CMD', '-cmd|calc', '@SUM(A1)', '\tx', '\rx', '=', '-'])
			expect(neutraliseCell(v)).toBe(`'${v}`);
	});
	it('leaves plain numbers and ordinary text alone', () => {
		for (const v of ['-12', '-12.5', '+3', '-1,000.50', '-1e5', 'Hello', 'a=b', '', "'quoted"])
			expect(neutraliseCell(v)).toBe(v);
	});
	it('round-trips through a real CSV parser', () => {
		const rows = [['a,b', 'say "hi"', 'line\nbreak', '=HYPERLINK("x")', '-7']];
		const parsed = Papa.parse<string[]>(toCsv(rows), { skipEmptyLines: true }).data;
		expect(parsed).toEqual([['a,b', 'say "hi"', 'line\nbreak', `'=HYPERLINK("x")`, '-7']]);
	});
});

describe('xml helpers', () => {
	it('escapes markup and removes characters XML cannot hold', () => {
		expect(escapeXml('<a href="x">&\'</a>\u0001\u0008\uFFFF')).toBe(
			'&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;'
		);
		expect(stripControlChars('ok\ttab\nline\u000B')).toBe('ok\ttab\nline');
		expect(stripControlChars('emoji 🦉 stays')).toBe('emoji 🦉 stays');
		expect(stripControlChars('lone \uD800 surrogate')).toBe('lone  surrogate');
	});
	it('splits CDATA so "]]>" cannot end it early', () => {
		const wrapped = cdata('a]]>b]]>');
		expect(wrapped).toBe('<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>');
		const inner = wrapped.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
		expect(inner).toBe('a]]>b]]>');
	});
});
