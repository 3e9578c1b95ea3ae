import { describe, expect, it } from 'vitest';
import { ImportRefused } from '../../../src/lib/import/types';
import { isZstd, scanZstd, unzstd } from '../../../src/lib/import/zstd';
import { zstdFrame, zstdPattern, zstdRepeat } from '../../fixtures/zstd';

const MB = 1024 * 1024;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const pattern = (size: number) => 'citecards '.repeat(Math.ceil(size / 10)).slice(0, size);

/** The refusal for these bytes, or null when they unpack (to at most `limit`). */
function refusal(bytes: Uint8Array, limit = 4 * MB): string | null {
	try {
		const out = unzstd({ bytes, name: 'x.apkg', limit });
		expect(out.length).toBeLessThanOrEqual(limit);
		return null;
	} catch (e) {
		if (!(e instanceof ImportRefused)) throw e;
		return e.message;
	}
}

describe('zstd', () => {
	it('unpacks stored, RLE and real compressed blocks, and several frames in a row', () => {
		const data = new TextEncoder().encode(pattern(300_000));
		expect(isZstd(zstdFrame(data))).toBe(true);
		expect(text(unzstd({ bytes: zstdFrame(data), name: 'x', limit: MB }))).toBe(pattern(300_000));
		expect(unzstd({ bytes: zstdFrame(new Uint8Array(0)), name: 'x', limit: MB })).toHaveLength(0);
		const rle = unzstd({ bytes: zstdRepeat(7, 200_000), name: 'x', limit: MB });
		expect(rle.length === 200_000 && rle.every((b) => b === 7)).toBe(true);
		// Eight blocks of the reference encoder's output: 1 MiB from 104 bytes.
		const compressed = zstdPattern(8);
		expect(compressed.length).toBe(104);
		expect(text(unzstd({ bytes: compressed, name: 'x', limit: 2 * MB }))).toBe(pattern(MB));
		// A skippable frame, then two frames.
		const skippable = new Uint8Array([0x5a, 0x2a, 0x4d, 0x18, 2, 0, 0, 0, 9, 9]);
		const two = new Uint8Array([...skippable, ...zstdFrame(data), ...zstdRepeat(65, 3)]);
		expect(text(unzstd({ bytes: two, name: 'x', limit: MB }))).toBe(pattern(300_000) + 'AAA');
	});

	it('knows a declared size before unpacking, and stops an undeclared one at the limit', () => {
		expect(scanZstd(zstdFrame(new Uint8Array(10)), MB)).toEqual({ ok: true, declared: 10 });
		expect(scanZstd(zstdPattern(8), MB)).toEqual({ ok: true, declared: null });
		expect(scanZstd(zstdFrame(new Uint8Array(10), { declaredSize: 2 * MB }), MB)).toEqual({
			ok: false,
			why: 'declared',
			declared: 2 * MB
		});
		// Two frames whose declared sizes together pass the limit.
		const half = zstdFrame(new Uint8Array(10), { declaredSize: 0.6 * MB });
		expect(scanZstd(new Uint8Array([...half, ...half]), MB)).toMatchObject({ why: 'declared' });
		// A frame over the limit after one that declares nothing.
		const unsized = zstdFrame(new Uint8Array(10), { declaredSize: null });
		const over = zstdFrame(new Uint8Array(10), { declaredSize: 2 * MB });
		expect(scanZstd(new Uint8Array([...unsized, ...over]), MB)).toEqual({
			ok: false,
			why: 'declared',
			declared: 2 * MB
		});
		// Only decoding tells: 2 MiB of compressed blocks (a 1 MB window) against a 1.5 MB limit.
		expect(refusal(zstdPattern(16), 1.5 * MB)).toBe(
			'"x.apkg" would unpack to more than the 1.5 MB the app can import.'
		);
	});

	it('refuses a frame whose content is not the size it declares', () => {
		const frame = zstdFrame(new Uint8Array(20), { declaredSize: 10 });
		expect(refusal(frame)).toBe('"x.apkg" is damaged: its Anki collection cannot be unpacked.');
	});

	it('refuses every cut of a frame as incomplete', () => {
		for (const whole of [zstdFrame(new TextEncoder().encode(pattern(5000))), zstdPattern(4)])
			for (let end = 0; end < whole.length; end++)
				expect(refusal(whole.subarray(0, end)), `cut at ${end}`).toBe(
					'"x.apkg" is damaged or incomplete: its Anki collection ends too soon (was the download cut short?).'
				);
	});

	it('meets any one damaged byte with a sentence or a bounded result, never a crash or a hang', () => {
		const whole = zstdPattern(6);
		const started = Date.now();
		let refused = 0;
		for (let at = 0; at < whole.length; at++)
			for (const flip of [0x01, 0x10, 0xff]) {
				const bad = whole.slice();
				bad[at] ^= flip;
				if (refusal(bad, 2 * MB) !== null) refused++;
			}
		expect(refused).toBeGreaterThan(whole.length);
		expect(Date.now() - started).toBeLessThan(10_000);
	});
});
