import { describe, expect, it } from 'vitest';
import { nextStudyDayStart, studyDayStart } from '../../../src/lib/srs';

const HOUR = 3_600_000;

describe('studyDayStart in local time', () => {
	it('belongs to the previous day before 4:00 and to today from 4:00', () => {
		const before = new Date(2026, 0, 5, 3, 59).getTime();
		const at = new Date(2026, 0, 5, 4, 0).getTime();
		const after = new Date(2026, 0, 5, 23, 30).getTime();
		expect(studyDayStart({ now: before, dayStartHour: 4 })).toBe(new Date(2026, 0, 4, 4).getTime());
		expect(studyDayStart({ now: at, dayStartHour: 4 })).toBe(at);
		expect(studyDayStart({ now: after, dayStartHour: 4 })).toBe(at);
	});

	it('honours another start hour', () => {
		const t = new Date(2026, 5, 1, 0, 30).getTime();
		expect(studyDayStart({ now: t, dayStartHour: 0 })).toBe(new Date(2026, 5, 1, 0).getTime());
		expect(studyDayStart({ now: t, dayStartHour: 6 })).toBe(new Date(2026, 4, 31, 6).getTime());
	});
});

describe('studyDayStart in a given time zone', () => {
	it('uses the zone wall clock (Tokyo vs Los Angeles at the same instant)', () => {
		const now = Date.UTC(2026, 0, 5, 20, 0); // Tokyo 6 Jan 05:00, Los Angeles 5 Jan 12:00
		expect(studyDayStart({ now, dayStartHour: 4, timeZone: 'Asia/Tokyo' })).toBe(
			Date.UTC(2026, 0, 5, 19, 0) // 6 Jan 04:00 JST
		);
		expect(studyDayStart({ now, dayStartHour: 4, timeZone: 'America/Los_Angeles' })).toBe(
			Date.UTC(2026, 0, 5, 12, 0) // 5 Jan 04:00 PST
		);
		const earlier = Date.UTC(2026, 0, 5, 18, 30); // Tokyo 6 Jan 03:30: still 5 Jan's study day
		expect(studyDayStart({ now: earlier, dayStartHour: 4, timeZone: 'Asia/Tokyo' })).toBe(
			Date.UTC(2026, 0, 4, 19, 0)
		);
	});

	it('handles the spring DST change (Berlin, 29 March 2026: a 23-hour study day)', () => {
		const tz = 'Europe/Berlin';
		// 03:30 CEST on 29 March, before the 4:00 start: still the study day of 28 March (CET).
		const night = Date.UTC(2026, 2, 29, 1, 30);
		const start = studyDayStart({ now: night, dayStartHour: 4, timeZone: tz });
		expect(start).toBe(Date.UTC(2026, 2, 28, 3, 0)); // 28 Mar 04:00 CET = 03:00 UTC
		const next = nextStudyDayStart({ now: night, dayStartHour: 4, timeZone: tz });
		expect(next).toBe(Date.UTC(2026, 2, 29, 2, 0)); // 29 Mar 04:00 CEST = 02:00 UTC
		expect(next - start).toBe(23 * HOUR);
	});

	it('handles the autumn DST change (New York, 1 November 2026: a 25-hour study day)', () => {
		const tz = 'America/New_York';
		const now = Date.UTC(2026, 10, 1, 12, 0); // 07:00 EST on 1 Nov
		const start = studyDayStart({ now, dayStartHour: 4, timeZone: tz });
		expect(start).toBe(Date.UTC(2026, 10, 1, 9, 0)); // 04:00 EST
		const prevStart = studyDayStart({ now: start - 1, dayStartHour: 4, timeZone: tz });
		expect(prevStart).toBe(Date.UTC(2026, 9, 31, 8, 0)); // 31 Oct 04:00 EDT
		expect(start - prevStart).toBe(25 * HOUR);
	});

	it('agrees with local time when the zone is the local one', () => {
		const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
		for (let h = 0; h < 48; h += 5) {
			const now = Date.UTC(2026, 6, 1) + h * HOUR;
			expect(studyDayStart({ now, dayStartHour: 4, timeZone: local })).toBe(
				studyDayStart({ now, dayStartHour: 4 })
			);
		}
	});
});
