import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import StorageAlert from '../../src/lib/components/StorageAlert.svelte';
import { DbNewerThanAppError, StorageFullError } from '../../src/lib/db';
import { dbState, storageErrorMessage } from '../../src/lib/state/db-state.svelte';

describe('storage errors', () => {
	it('shows a full disk as an alert that says nothing stored was lost', () => {
		render(StorageAlert);
		expect(screen.queryByRole('alert')).toBeNull();
		flushSync(() => dbState.report(new StorageFullError()));
		expect(screen.getByRole('alert').textContent).toMatch(/Storage is full.*intact/s);
		flushSync(() => dbState.dismiss());
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('words raw browser errors for people', () => {
		const quota = Object.assign(new Error('x'), { name: 'QuotaExceededError' });
		expect(storageErrorMessage(quota)).toMatch(/out of storage space/);
		const version = Object.assign(new Error('x'), { name: 'VersionError' });
		expect(storageErrorMessage(version)).toMatch(/newer version.*Reloading will not fix this/s);
	});

	it('shows data from a newer version (after a rollback) as that, not as "reload"', () => {
		render(StorageAlert);
		flushSync(() => dbState.report(new DbNewerThanAppError({ storedVersion: 6, appVersion: 4 })));
		const text = screen.getByRole('alert').textContent ?? '';
		expect(text).toMatch(/newer version of citecards/);
		expect(text).toMatch(/version 6.*up to version 4/);
		expect(text).toMatch(/Nothing was changed or lost/);
		expect(text).not.toMatch(/another tab/);
		flushSync(() => dbState.dismiss());
	});
});
