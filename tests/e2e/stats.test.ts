import { describe, expect, it } from 'vitest';
import type { Backup } from '../../src/lib/db';
import { computeStats } from '../../src/lib/srs/stats';
import {
	downloadBackup,
	foreignRequests,
	openHome,
	page,
	restoreBackup,
	seedDeck,
	seriousA11yViolations,
	useBrowser
} from './helpers';

const deck = seedDeck();
// The clock the tests control: the page sees this time (fixed), the profile is a year before it.
const NOW = new Date(2026, 5, 15, 12).getTime();
const DAY = 86_400_000;

useBrowser({ contextOptions: { viewport: { width: 390, height: 844 } } });

/** A year of simulated reviews on the bundled deck: most cards in review, one review a day or so each. */
function simulate(backup: Backup): Backup {
	let id = 0;
	const log: Backup['log'] = [];
	const schedules = backup.schedules.map((s, i) => {
		if (i % 5 === 0) return s; // every fifth card never studied
		const learning = i % 7 === 0;
		const scheduledDays = (i % 40) + 1;
		const schedule = {
			...s,
			state: learning ? ('learning' as const) : ('review' as const),
			stability: scheduledDays,
			difficulty: 5,
			scheduledDays,
			reps: 10,
			lastReview: NOW - ((i % 9) + 1) * DAY,
			due: NOW + ((i % 30) - 3) * DAY + 3_600_000
		};
		// Reviews on a spread of days over the past year (the last three days every card).
		for (let d = 0; d < 365; d += 11 + (i % 13)) {
			const at = NOW - d * DAY - 3_600_000;
			log.push({
				id: ++id,
				cardId: s.cardId,
				deckId: s.deckId,
				rating: (d + i) % 6 === 0 ? 1 : 3,
				reviewedAt: at,
				durationMs: 4000,
				before: { ...schedule, state: d % 2 ? 'review' : 'learning' },
				after: schedule
			});
		}
		for (const d of [0, 1, 2])
			log.push({
				id: ++id,
				cardId: s.cardId,
				deckId: s.deckId,
				rating: 3,
				reviewedAt: NOW - d * DAY - 2 * 3_600_000,
				durationMs: 3000,
				before: schedule,
				after: schedule
			});
		return schedule;
	});
	return { ...backup, schedules, log };
}

describe('the Stats page', () => {
	it('draws a year of simulated reviews as the pure computation counts them, accessible light and dark', async () => {
		await openHome(page);
		const profile = simulate(await downloadBackup(page));
		await restoreBackup(page, profile, 'year.json');
		await page.clock.setFixedTime(NOW);
		const started = Date.now();
		await page.goto('/stats');
		await page.locator('[data-stats-ready]').waitFor();
		const drawn = Date.now() - started;

		const expected = computeStats({
			schedules: profile.schedules,
			log: profile.log,
			now: NOW,
			settings: profile.settings
		});
		// The streak: the last three days had reviews.
		expect(Number(await page.locator('[data-streak]').textContent())).toBe(expected.streak);
		expect(expected.streak).toBeGreaterThanOrEqual(3);
		// Cards by state in the deck's row.
		const row = page.locator(`[data-deck-states="${deck.id}"] td`);
		const states = expected.states.find((s) => s.deckId === deck.id)!;
		expect(await row.allInnerTexts()).toEqual(
			[states.new, states.learning, states.review, states.mastered].map(String)
		);
		// The forecast's table for screen readers holds the same numbers.
		const forecast = await page
			.locator('[data-chart="forecast"] tbody td:nth-child(2)')
			.allTextContents();
		expect(forecast.map(Number)).toEqual(expected.forecast.map((d) => d.count));
		const weeks = await page
			.locator('[data-chart="retention"] tbody td:nth-child(2)')
			.allTextContents();
		expect(weeks.map(Number)).toEqual(expected.retention.map((w) => w.reviews));
		// 365 days in the calendar, a source per row of the knowledge table (filled in after the charts).
		expect(await page.locator('[data-chart="heatmap"] rect').count()).toBe(365);
		await page.locator('[data-sources-ready]').waitFor();
		expect(await page.locator('[data-source-known]').count()).toBe(deck.sources.length);
		expect(drawn).toBeLessThan(5_000);

		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			expect(await seriousA11yViolations(page)).toEqual([]);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		// Drawn in the theme's colours (SVG presentation attributes resolve the CSS variables).
		const fill = await page
			.locator('[data-chart="forecast"] rect')
			.first()
			.evaluate((el) => getComputedStyle(el).fill);
		expect(fill).toMatch(/^rgb/);
		expect(foreignRequests).toEqual([]);
	});
});
