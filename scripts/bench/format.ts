/** Plain-text tables and numbers for the benchmark printouts. */

/** Prints a table: first column left-aligned, the rest right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): void {
	const cells = [headers, ...rows.map((r) => r.map(String))];
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
	const line = (r: string[]) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(line(cells[0]));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	cells.slice(1).forEach((r) => console.log(line(r)));
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
