/** The study day: like Anki, a day starts at a chosen hour (default 4:00) in local time. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** Wall-clock fields of `t` in `timeZone`, as if they were UTC (so Date.UTC arithmetic works). */
export function wallClock(t: number, timeZone: string): number {
	const parts: Record<string, number> = {};
	for (const p of formatterFor(timeZone).formatToParts(new Date(t)))
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The epoch ms of a wall-clock time (given as UTC fields) in `timeZone`. */
function fromWallClock(wall: number, timeZone: string): number {
	// Two rounds of "subtract the offset" settle on the right side of a DST change.
	let t = wall - (wallClock(wall, timeZone) - wall);
	t = wall - (wallClock(t, timeZone) - t);
	return t;
}

/** Start (epoch ms) of the study day containing `now`: the last `dayStartHour`:00 at or before it. */
export function studyDayStart(o: { now: number; dayStartHour: number; timeZone?: string }): number {
	const hour = o.dayStartHour;
	if (!o.timeZone) {
		const d = new Date(o.now);
		const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour);
		if (start.getTime() > o.now) start.setDate(start.getDate() - 1);
		return new Date(start.getFullYear(), start.getMonth(), start.getDate(), hour).getTime();
	}
	const wall = wallClock(o.now, o.timeZone);
	const w = new Date(wall);
	let startWall = Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), hour);
	if (startWall > wall) startWall -= 24 * 3_600_000;
	return fromWallClock(startWall, o.timeZone);
}

/** Start of the next study day (23, 24 or 25 hours after this one's start, across DST). */
export function nextStudyDayStart(o: {
	now: number;
	dayStartHour: number;
	timeZone?: string;
}): number {
	const start = studyDayStart(o);
	// 30 h after a day's start always falls inside the following day, whatever DST does.
	return studyDayStart({ ...o, now: start + 30 * 3_600_000 });
}
