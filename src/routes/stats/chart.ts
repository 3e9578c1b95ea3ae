/** Small helpers shared by the Stats page's hand-written SVG charts. */

/** A study day (epoch ms of its start) as "Mon 15 Jun". */
export function dayLabel(day: number): string {
	return new Date(day).toLocaleDateString('en-GB', {
		weekday: 'short',
		day: 'numeric',
		month: 'short'
	});
}

/** A share as a whole percentage, "–" for none. */
export function percent(share: number | null): string {
	return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** A nice top for a bar chart's scale: at least 1, rounded up to 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
	if (value <= 1) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
	return 10 * power;
}
