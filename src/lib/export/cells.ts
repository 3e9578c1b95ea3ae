/** Spreadsheet-safe cells and RFC 4180 CSV / tab-separated serialisation. */

const PLAIN_NUMBER = /^[-+]?(\d+([.,]\d+)*|\d*[.,]\d+)([eE][-+]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a cell a spreadsheet would run as a formula (OWASP CSV injection advice): a value that
 * starts with = + - @ tab or CR gets a leading apostrophe, but plain numbers such as -12.5 stay as they are.
 */
export function neutraliseCell(value: string): string {
	if (!FORMULA_START.test(value)) return value;
	if (PLAIN_NUMBER.test(value)) return value;
	return `'${value}`;
}

/** Quotes one CSV field when it holds the delimiter, a quote or a line break (RFC 4180). */
export function csvField(value: string, delimiter = ','): string {
	if (value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value))
		return `"${value.replace(/"/g, '""')}"`;
	return value;
}

/** Serialises rows as CSV with CRLF line ends; every cell is neutralised first. */
export function toCsv(rows: string[][], delimiter = ','): string {
	return rows
		.map((row) => row.map((cell) => csvField(neutraliseCell(cell), delimiter)).join(delimiter))
		.join('\r\n')
		.concat('\r\n');
}

/**
 * Flattens a value for a tab-separated line format that has no quoting (Quizlet, Blackboard):
 * tabs and line breaks become spaces so they cannot split the record.
 */
export function flattenForTsv(value: string): string {
	return value
		.replace(/\r\n?|\n|\t/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}
