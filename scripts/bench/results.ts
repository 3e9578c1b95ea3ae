/**
 * Every figure the bench prints, kept as data and written to `bench/results.json` at the end of a run
 * (git-ignored: it describes one run on one machine). The shape (version 1):
 *
 * ```
 * {
 *   "version": 1,
 *   "timestamp": "2026-11-30T14:05:00.000Z",   // when the run ended
 *   "command": "npm run bench -- --quick",     // the options it was given
 *   "git": { "commit": "…", "dirty": false },
 *   "machine": { "platform", "release", "arch", "cpu", "cores", "memoryGb", "node", "chromium",
 *                "loadAvg": { "start": [1, 5, 15 min], "end": [...] } },
 *   "figures": [
 *     { "section": "Lighthouse (mobile)", "name": "home, first visit · performance",
 *       "value": 99, "unit": "score", "target": { "op": ">=", "value": 100 }, "pass": false }
 *   ]
 * }
 * ```
 * `target` and `pass` are null for a figure without a target; `pass` says whether the value meets it.
 * A run with `--…-only` writes only what that run measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../lib/chromium';

export interface Target {
	op: '<' | '<=' | '>' | '>=';
	value: number;
}

export interface Figure {
	section: string;
	name: string;
	value: number;
	unit: string;
	target: Target | null;
	pass: boolean | null;
}

const figures: Figure[] = [];
const loadStart = os.loadavg();

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
	switch (target.op) {
		case '<':
			return value < target.value;
		case '<=':
			return value <= target.value;
		case '>':
			return value > target.value;
		case '>=':
			return value >= target.value;
	}
}

/** Keeps one figure for bench/results.json. */
export function record(f: {
	section: string;
	name: string;
	value: number;
	unit: string;
	target?: Target | null;
}): void {
	if (!Number.isFinite(f.value)) return;
	const target = f.target ?? null;
	const value = Math.round(f.value * 1000) / 1000;
	figures.push({ ...f, value, target, pass: target ? meets(value, target) : null });
}

/** The figures kept so far (for tests of the bench's own code and for summaries). */
export const recorded = (): readonly Figure[] => figures;

/** A printed number ("1,234.5") back as a number, or null for any other cell. */
export function parseNumber(cell: string | number): number | null {
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
	const text = cell.trim().replace(/,/g, '');
	return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** A target as printed ("< 200", "≥ 100"), or null. */
export function parseTarget(cell: string | number): Target | null {
	const m = String(cell)
		.trim()
		.match(/^(<=|>=|<|>|≤|≥)\s*([\d,.]+)/);
	if (!m) return null;
	const op = ({ '≤': '<=', '≥': '>=' } as Record<string, Target['op']>)[m[1]] ?? m[1];
	const value = parseNumber(m[2]);
	return value === null ? null : { op: op as Target['op'], value };
}

function run(cmd: string, args: string[]): string | null {
	try {
		return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
			.trim()
			.split('\n')[0];
	} catch {
		return null;
	}
}

/** Writes bench/results.json under `root`; returns its path. */
export function writeResults(o: { root: string; args: string[] }): string {
	const file = path.join(o.root, 'bench', 'results.json');
	const status = run('git', ['-C', o.root, 'status', '--porcelain']);
	const cpus = os.cpus();
	const doc = {
		version: 1,
		timestamp: new Date().toISOString(),
		command: ['npm run bench', ...(o.args.length ? ['--', ...o.args] : [])].join(' '),
		git: {
			commit: run('git', ['-C', o.root, 'rev-parse', 'HEAD']),
			dirty: status === null ? null : status.length > 0
		},
		machine: {
			platform: os.platform(),
			release: os.release(),
			arch: os.arch(),
			cpu: cpus[0]?.model ?? null,
			cores: cpus.length,
			memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
			node: process.version,
			chromium: run(CHROMIUM_PATH, ['--version']),
			loadAvg: { start: loadStart, end: os.loadavg() }
		},
		figures
	};
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(doc, null, '\t')}\n`);
	return file;
}
