/** What the two command lines (generate, export) share: exit codes and the streams they write. */

/**
 * Exit codes, as in sysexits.h where one fits: 0 done; 1 nothing usable or a failed write (bad input,
 * no cards, cannot write); 2 the deck made is invalid (a generator bug); 64 bad usage.
 */
export const EXIT = { ok: 0, failure: 1, invalidDeck: 2, usage: 64 } as const;

/** Where a command writes: `stdout` for what it made, `stderr` for problems and warnings. */
export interface Writable {
	write(text: string): unknown;
}

/** What every command is run with (scripts/*.ts pass the process's; tests pass their own). */
export interface CliIo {
	argv: string[];
	cwd: string;
	stdout: Writable;
	stderr: Writable;
}
