/** Every stored review read back, and checked against the schedules; a card rated as a person would. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CardSchedule, ReviewLogEntry } from '../../src/lib/srs';
import { revealCurrent } from './helpers';

/** What a profile's database holds of reviews: the log and every card's schedule. */
export interface Stored {
	log: Array<ReviewLogEntry & { id: number }>;
	schedules: CardSchedule[];
}

/** Every stored review and schedule, read with IndexedDB itself (not through the app). */
export async function readStored(page: Page): Promise<Stored> {
	return page.evaluate(
		() =>
			new Promise<Stored>((resolve, reject) => {
				const open = indexedDB.open('citecards');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['log', 'schedules'], 'readonly');
					const log = tx.objectStore('log').getAll();
					const schedules = tx.objectStore('schedules').getAll();
					tx.oncomplete = () => {
						db.close();
						resolve({ log: log.result, schedules: schedules.result });
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

/**
 * The log and the schedules agree: each card's schedule is what its last review left (reps and
 * lapses included), every review follows from the one before, none is stored twice.
 */
export function expectConsistent({ log, schedules }: Stored) {
	const byCard = new Map<string, Stored['log']>();
	for (const e of [...log].sort((a, b) => a.id - b.id)) {
		const list = byCard.get(e.cardId) ?? [];
		list.push(e);
		byCard.set(e.cardId, list);
	}
	expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
	for (const [cardId, entries] of byCard) {
		const schedule = schedules.find((s) => s.cardId === cardId);
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { q, ...stored } = schedule as CardSchedule & { q: number };
		expect(stored, cardId).toEqual(entries[entries.length - 1].after);
		expect(stored.reps, cardId).toBe(entries[0].before.reps + entries.length);
		for (let i = 1; i < entries.length; i++)
			expect(entries[i].before, cardId).toEqual(entries[i - 1].after);
	}
	for (const s of schedules)
		if (!byCard.has(s.cardId)) expect(s, s.cardId).toMatchObject({ state: 'new', reps: 0 });
}

/** The id of the card on screen. */
export const currentId = (p: Page) => p.locator('article[data-card]').getAttribute('data-card');

/** Reveals and rates the current card Good; returns its id once the next card (or the end) shows. */
export async function rateGood(p: Page, o: { wait?: boolean } = {}): Promise<string> {
	const id = (await currentId(p)) as string;
	await revealCurrent(p);
	await p.keyboard.press('3');
	if (o.wait !== false)
		await p.waitForFunction(
			(prev) =>
				document.querySelector('article[data-card]')?.getAttribute('data-card') !== prev ||
				!!document.querySelector('#summary-title'),
			id
		);
	return id;
}
