/** Plain-text tables and numbers for the benchmark printouts. */
import { parseNumber, parseTarget, record, type Target } from './results';

/** What a printed table is, for bench/results.json (scripts/bench/results.ts). */
export interface TableMeta {
	/** The heading it is printed under. */
	section: string;
	/** The unit of every number in it; by default "(unit)" in the first header, else each column's
	 * own ("gen ms", "JS gzip KB"), else none. */
	unit?: string;
	/** The columns a target applies to: the row's "target…" column, or `target` (given the row's
	 * label) where the table has none. */
	judge?: string[];
	target?: (label: string) => Target | null;
}

const UNIT_AT_END = /(?:^|\s)(ms\/1k words|µs\/char|µs\/word|words\/s|ms|s|KB|MB)$/;

function columnUnit(header: string, meta: TableMeta, first: string): string {
	if (meta.unit !== undefined) return meta.unit;
	const whole = first.match(/\(([^)]+)\)/)?.[1];
	if (whole) return whole;
	return header.match(UNIT_AT_END)?.[1] ?? '';
}

/** Keeps every number of a table (a range "a–b" as its min and max) as figures. */
function recordTable(headers: string[], rows: (string | number)[][], meta: TableMeta): void {
	const targetCol = headers.findIndex((h) => /^target\b/i.test(h));
	for (const row of rows) {
		const label = String(row[0]).trim();
		const target =
			targetCol >= 0 ? parseTarget(row[targetCol] ?? '') : (meta.target?.(label) ?? null);
		headers.forEach((header, i) => {
			if (i === 0 || i === targetCol) return;
			const unit = columnUnit(header, meta, headers[0]);
			const judged = target && meta.judge?.includes(header) ? target : null;
			const cell = row[i] ?? '';
			const value = parseNumber(cell);
			if (value !== null) {
				record({
					section: meta.section,
					name: `${label} · ${header}`,
					value,
					unit,
					target: judged
				});
				return;
			}
			const range = String(cell).split('–');
			if (range.length !== 2) return;
			const [min, max] = range.map(parseNumber);
			if (min === null || max === null) return;
			record({ section: meta.section, name: `${label} · ${header} (min)`, value: min, unit });
			record({ section: meta.section, name: `${label} · ${header} (max)`, value: max, unit });
		});
	}
}

/**
 * Prints a table: first column left-aligned, the rest right-aligned. With `meta`, its numbers are also
 * kept for bench/results.json.
 */
export function table(headers: string[], rows: (string | number)[][], meta?: TableMeta): void {
	const cells = [headers, ...rows.map((r) => r.map(String))];
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
	const line = (r: string[]) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(line(cells[0]));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	cells.slice(1).forEach((r) => console.log(line(r)));
	if (meta) recordTable(headers, rows, meta);
}

/** A number with thousands separators and a fixed number of decimals. */
export const fmt = (n: number, digits = 0): string =>
	n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The median of a non-empty list. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
