/**
 * Zstandard, as newer Anki packages compress their collection (collection.anki21b), unpacked with
 * a size cap. fzstd decodes; this module first walks the frames and blocks (RFC 8878) without
 * decoding them, so that a file which is cut short, asks for a dictionary, wants a window larger
 * than the cap (fzstd would allocate it) or declares a content size over the cap is refused
 * before anything is allocated, and then decodes block by block, counting, so that a file which
 * declares no size stops as soon as its output passes the cap. Never a hang: each block is
 * bounded (at most 128 KB out) and visited once.
 */
import { Decompress } from 'fzstd';
import { megabytes } from './limits';
import { ImportRefused } from './types';

const ZSTD_MAGIC = 0xfd2fb528;
/** Skippable frames have magic 0x184D2A50 to 0x184D2A5F. */
const SKIPPABLE_MAGIC = 0x184d2a50;
const BLOCK_MAX = 128 * 1024;

/** Whether the bytes start as a Zstandard frame. */
export function isZstd(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && u32(bytes, 0) === ZSTD_MAGIC;
}

function u32(bytes: Uint8Array, at: number): number {
	return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** A little-endian unsigned integer of `size` bytes (up to 8: exact below 2^53). */
function uint(bytes: Uint8Array, at: number, size: number): number {
	let value = 0;
	for (let i = size - 1; i >= 0; i--) value = value * 256 + bytes[at + i];
	return value;
}

/** What the frames say about themselves, or why they cannot be unpacked. */
type Scan =
	| { ok: true; declared: number | null }
	| { ok: false; why: 'truncated' | 'damaged' | 'window'; window?: number }
	| { ok: false; why: 'declared'; declared: number };

/** Walks the frames and their block headers without decoding anything. */
export function scanZstd(bytes: Uint8Array, limit: number): Scan {
	let pos = 0;
	let declared: number | null = 0;
	let frames = 0;
	while (pos < bytes.length) {
		if (pos + 4 > bytes.length) return { ok: false, why: frames ? 'damaged' : 'truncated' };
		const magic = u32(bytes, pos);
		if ((magic & 0xfffffff0) === SKIPPABLE_MAGIC) {
			if (pos + 8 > bytes.length) return { ok: false, why: 'truncated' };
			pos += 8 + u32(bytes, pos + 4);
			if (pos > bytes.length) return { ok: false, why: 'truncated' };
			continue;
		}
		if (magic !== ZSTD_MAGIC) return { ok: false, why: 'damaged' };
		frames++;
		pos += 4;
		if (pos >= bytes.length) return { ok: false, why: 'truncated' };
		const descriptor = bytes[pos++];
		const sizeFlag = descriptor >> 6;
		const singleSegment = (descriptor >> 5) & 1;
		const checksum = (descriptor >> 2) & 1;
		const dictionaryFlag = descriptor & 3;
		// Bit 3 is reserved and must be zero; Anki never uses a dictionary.
		if (descriptor & 8 || dictionaryFlag) return { ok: false, why: 'damaged' };
		const sizeBytes = sizeFlag ? 1 << sizeFlag : singleSegment;
		if (pos + (singleSegment ? 0 : 1) + sizeBytes > bytes.length)
			return { ok: false, why: 'truncated' };
		let window = 0;
		if (!singleSegment) {
			const w = bytes[pos++];
			const base = 2 ** (10 + (w >> 3));
			window = base + (base / 8) * (w & 7);
		}
		let size: number | null = null;
		if (sizeBytes) size = uint(bytes, pos, sizeBytes) + (sizeBytes === 2 ? 256 : 0);
		pos += sizeBytes;
		if (size !== null && size > limit) return { ok: false, why: 'declared', declared: size };
		if (singleSegment) window = size ?? 0;
		if (window > limit) return { ok: false, why: 'window', window };
		declared = declared === null || size === null ? null : declared + size;
		if (declared !== null && declared > limit) return { ok: false, why: 'declared', declared };
		const blockMax = Math.min(window, BLOCK_MAX);
		for (let last = 0; !last;) {
			if (pos + 3 > bytes.length) return { ok: false, why: 'truncated' };
			const header = bytes[pos] | (bytes[pos + 1] << 8) | (bytes[pos + 2] << 16);
			pos += 3;
			last = header & 1;
			const type = (header >> 1) & 3;
			const blockSize = header >>> 3;
			if (type === 3 || blockSize > blockMax) return { ok: false, why: 'damaged' };
			// Past the end is caught by the next block header or the check after the frame.
			pos += type === 1 ? 1 : blockSize;
		}
		pos += checksum * 4;
		if (pos > bytes.length) return { ok: false, why: 'truncated' };
	}
	if (!frames) return { ok: false, why: bytes.length ? 'damaged' : 'truncated' };
	return { ok: true, declared };
}

/**
 * Unpacks a Zstandard stream of at most `limit` bytes, or refuses it in a sentence naming the
 * file: cut short, damaged, or larger than the limit (what it declares, or what it turns out to
 * be).
 */
export function unzstd(o: { bytes: Uint8Array; name: string; limit: number }): Uint8Array {
	const { bytes, name, limit } = o;
	const tooBig = (size?: number) =>
		new ImportRefused(
			size === undefined
				? `"${name}" would unpack to more than the ${megabytes(limit)} the app can import.`
				: `"${name}" would unpack to ${megabytes(size)}, more than the ${megabytes(limit)} the app can import.`
		);
	const damaged = new ImportRefused(
		`"${name}" is damaged: its Anki collection cannot be unpacked.`
	);
	const scan = scanZstd(bytes, limit);
	if (!scan.ok) {
		if (scan.why === 'truncated')
			throw new ImportRefused(
				`"${name}" is damaged or incomplete: its Anki collection ends too soon (was the download cut short?).`
			);
		if (scan.why === 'declared') throw tooBig(scan.declared);
		if (scan.why === 'window')
			throw new ImportRefused(
				`"${name}" cannot be imported: unpacking it would take more than the ${megabytes(limit)} of memory the app may use.`
			);
		throw damaged;
	}
	const chunks: Uint8Array[] = [];
	let total = 0;
	const stream = new Decompress((chunk) => {
		if (!chunk.length) return;
		total += chunk.length;
		if (total > limit) throw tooBig();
		chunks.push(chunk);
	});
	try {
		stream.push(bytes, true);
	} catch (e) {
		if (e instanceof ImportRefused) throw e;
		throw damaged;
	}
	if (scan.declared !== null && total !== scan.declared) throw damaged;
	if (chunks.length === 1) return chunks[0];
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
