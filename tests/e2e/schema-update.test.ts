/**
 * Issue 10, faults: the app updated to a new version with a new database schema while a tab of the old
 * version is open. The new version (the app with one more migration, next-version.config.ts) is served
 * in place of the old at the same origin; the old tab must let its upgrade run, say plainly that it has
 * to be reloaded (not hang, not blame a rollback), and after the reload every review is there, migrated.
 * Service workers are blocked, so each tab runs what the server serves: the worker's own update path
 * (offered, applied on click) is update.test.ts's.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launch, newPage, openHome, recordRequests, revealCurrent, seedDeck } from './helpers';
import { buildNextVersion } from './next-version';
import { currentId, expectConsistent, rateGood, readStored } from './reviews';
import { serveStatic } from './server';

const deck = seedDeck();
let browser: Browser;
let site: { server: Server; url: string; serve: (dir: string) => void };
let nextDir: string;

beforeAll(async () => {
	nextDir = buildNextVersion();
	// Its own server: switching it to the next version leaves the other test files' server alone.
	site = await serveStatic({ dir: inject('buildDir') });
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	await new Promise((done) => site?.server.close(done));
});

describe('a new version with a new database schema, while an old tab is open', () => {
	it('upgrades, the old tab says to reload, and every review is kept', async () => {
		const context = await browser.newContext({ baseURL: site.url, serviceWorkers: 'block' });
		const requests = recordRequests(context, site.url);
		const old = await newPage(context);
		await openHome(old);
		const version = () => old.evaluate(async () => (await indexedDB.databases())[0]?.version);
		const before = await version();
		await old.goto(`/study?deck=${deck.id}`);
		const rated = [await rateGood(old), await rateGood(old), await rateGood(old)];

		site.serve(nextDir);
		const next = await newPage(context);
		await openHome(next);
		expect(await version()).toBe((before as number) + 1);
		// Not blocked by the old tab: the new one studies at once.
		await next.goto(`/study?deck=${deck.id}`);
		await next.locator('article[data-card]').waitFor();
		expect(await next.getByRole('alert').count()).toBe(0);
		const answered = await rateGood(next);
		rated.push(answered);

		// The old tab says what happened and what to do, and lets go of the card answered in the new one.
		const alert = old.getByRole('alert');
		await alert.getByText('updated in another tab').waitFor();
		await old.waitForFunction(
			(id) => document.querySelector('article[data-card]')?.getAttribute('data-card') !== id,
			answered
		);
		// A rating there now cannot be stored: it says so again, as it was (reloading does help).
		await alert.getByRole('button', { name: 'Dismiss' }).click();
		const shown = await currentId(old);
		await revealCurrent(old);
		await old.keyboard.press('3');
		await alert.first().waitFor();
		const said = (await alert.allTextContents()).join(' ');
		expect(said).toMatch(/updated in another tab.*Reload/);
		// Not the message for data newer than the app after a rollback, where reloading would not help.
		expect(said).not.toMatch(/newer version|will not fix/);
		// Nothing of it was stored: that card is still new.
		const meanwhile = await readStored(next);
		expect(meanwhile.log.map((e) => e.cardId)).toEqual(rated);
		expect(meanwhile.schedules.find((s) => s.cardId === shown)).toMatchObject({ reps: 0 });

		await old.reload();
		await old.locator('article[data-card]').waitFor();
		expect(await old.getByRole('alert').count()).toBe(0);
		rated.push(await rateGood(old));

		const stored = await readStored(old);
		expect(stored.log.map((e) => e.cardId)).toEqual(rated);
		// The new version's migration ran over every review stored before it; later ones are stored as is.
		expect(stored.log.map((e) => (e as { migrated?: boolean }).migrated ?? false)).toEqual([
			true,
			true,
			true,
			false,
			false
		]);
		expectConsistent(stored);
		requests.assertSameOrigin();
		await context.close();
	});
});
