/** Small helpers shared by the Stats page's hand-written SVG charts. */
import { MONTH_NAMES } from '$lib/deck/source-label';

// Spelt out by hand, as en-GB writes them: Intl's formatting costs about 40 µs a label in Chromium,
// and the heatmap's 730 labels made it a third of the page's drawing time.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = MONTH_NAMES.map((m) => (m === 'September' ? 'Sept' : m.slice(0, 3)));

/** A study day (epoch ms of its start) as "Mon 15 Jun". */
export function dayLabel(day: number): string {
	const d = new Date(day);
	return `${WEEKDAYS[d.getDay()]} ${d.getDate()} ${SHORT_MONTHS[d.getMonth()]}`;
}

/** The month of a study day (epoch ms of its start) as "June 2026". */
export function monthLabel(day: number): string {
	const d = new Date(day);
	return `${MONTH_NAMES[d.getMonth()]} ${d.getFullYear()}`;
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
