import { strToU8, zipSync, type Zippable } from 'fflate';

// A fixed timestamp keeps exports byte-for-byte reproducible (zip dates start in 1980).
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Zips named files (text or bytes) into one archive with stable timestamps. */
export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
	const entries: Zippable = {};
	for (const [name, content] of Object.entries(files))
		entries[name] = [
			typeof content === 'string' ? strToU8(content) : content,
			{ mtime: FIXED_DATE }
		];
	return zipSync(entries, { level: 6 });
}
