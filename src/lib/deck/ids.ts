/** Stable, short, non-cryptographic ids (FNV-1a, 64-bit as two 32-bit halves) for cards, facts and sources. */
export function stableId(prefix: string, ...parts: string[]): string {
	const input = parts.join('\u241f');
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ input.length;
	for (let i = 0; i < input.length; i++) {
		const c = input.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
		h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
		h2 ^= h2 >>> 15;
	}
	return `${prefix}-${h1.toString(36)}${h2.toString(36)}`;
}
