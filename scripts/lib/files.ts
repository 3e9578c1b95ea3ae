/**
 * File helpers shared by the command-line scripts: finding article files, reading them within a size
 * limit, and writing output atomically so a failed run never leaves a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync, type Stats } from 'node:fs';
import {
	lstat,
	mkdir,
	open,
	readdir,
	readlink,
	realpath,
	rename,
	stat,
	unlink
} from 'node:fs/promises';
import path from 'node:path';

/** Extensions read from folders; extensionless files are read too. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface InputFile {
	/** Absolute path. */
	path: string;
	/** Path as shown to the user and stored in the deck: relative to cwd, forward slashes. */
	name: string;
}

export interface CollectResult {
	files: InputFile[];
	/** Problems with the given paths (missing, unreadable); each names the path. */
	errors: string[];
}

const displayName = (cwd: string, abs: string) => {
	const rel = path.relative(cwd, abs);
	const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
	return shown.split(path.sep).join('/');
};

const isArticleFile = (name: string) => {
	if (name.startsWith('.')) return false;
	const ext = path.extname(name).toLowerCase();
	return ext === '' || ARTICLE_EXTENSIONS.has(ext);
};

/** Expands files and folders (walked recursively, sorted, hidden entries skipped) into article files. */
export async function collectInputs({
	paths,
	cwd,
	accept = isArticleFile
}: {
	paths: string[];
	cwd: string;
	accept?: (name: string) => boolean;
}): Promise<CollectResult> {
	const files: InputFile[] = [];
	const errors: string[] = [];
	const seen = new Set<string>();
	const add = (abs: string) => {
		if (seen.has(abs)) return;
		seen.add(abs);
		files.push({ path: abs, name: displayName(cwd, abs) });
	};
	const walk = async (dir: string, depth: number) => {
		if (depth > 32) return;
		const entries = await readdir(dir, { withFileTypes: true });
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const abs = path.join(dir, entry.name);
			if (entry.isDirectory()) await walk(abs, depth + 1);
			else if (entry.isFile() && accept(entry.name)) add(abs);
		}
	};
	for (const given of paths) {
		const abs = path.resolve(cwd, given);
		let info;
		try {
			info = await stat(abs);
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			errors.push(
				code === 'ENOENT'
					? `${given}: no such file or folder`
					: `${given}: cannot read (${(e as Error).message})`
			);
			continue;
		}
		try {
			if (info.isDirectory()) await walk(abs, 0);
			else add(abs);
		} catch (e) {
			errors.push(`${given}: cannot read (${(e as Error).message})`);
		}
	}
	return { files, errors };
}

/** Reads a whole file, or only its size when it is over `maxBytes` (so a huge file is never loaded). */
export async function readLimited({
	path: file,
	maxBytes
}: {
	path: string;
	maxBytes: number;
}): Promise<{ bytes: Uint8Array; size: number } | { bytes: undefined; size: number }> {
	const handle = await open(file, constants.O_RDONLY);
	try {
		const { size } = await handle.stat();
		if (size > maxBytes) return { bytes: undefined, size };
		const bytes = await handle.readFile();
		return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), size };
	} finally {
		await handle.close();
	}
}

/** Temporary files being written right now, removed if the process is interrupted. */
const liveTemps = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeLiveTemps(): void {
	for (const temp of liveTemps) {
		try {
			unlinkSync(temp);
		} catch {
			// Already gone.
		}
	}
	liveTemps.clear();
}

/** Removes the temporary files, then lets the signal end the process as it would have (exit 128 + n). */
function onSignal(signal: NodeJS.Signals): void {
	removeLiveTemps();
	untrackAll();
	process.kill(process.pid, signal);
}

function untrackAll(): void {
	for (const signal of SIGNALS) process.removeListener(signal, onSignal);
	process.removeListener('exit', removeLiveTemps);
}

function track(temp: string): void {
	if (liveTemps.size === 0) {
		for (const signal of SIGNALS) process.on(signal, onSignal);
		process.on('exit', removeLiveTemps);
	}
	liveTemps.add(temp);
}

function untrack(temp: string): void {
	liveTemps.delete(temp);
	if (liveTemps.size === 0) untrackAll();
}

/**
 * The file a write to `target` replaces: a symbolic link (or a chain of them) is followed to the file it
 * names, so the link stays a link and its target gets the new content, as a shell's `>` would do.
 */
export async function writeTarget(target: string): Promise<string> {
	let current = path.resolve(target);
	for (let hops = 0; hops < 40; hops++) {
		let info;
		try {
			info = await lstat(current);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code === 'ENOENT') return current;
			throw e;
		}
		if (!info.isSymbolicLink()) return current;
		current = path.resolve(path.dirname(current), await readlink(current));
	}
	throw new Error(`${target}: too many levels of symbolic links`);
}

/**
 * The input a write to `out` would overwrite, if any: compared by real path (through symbolic links)
 * and by device and inode (hard links). A path that does not exist yet is no input.
 */
export async function inputAt({
	out,
	inputs
}: {
	out: string;
	inputs: string[];
}): Promise<string | undefined> {
	let outReal: string;
	let outInfo: Stats;
	try {
		outReal = await realpath(out);
		outInfo = await stat(outReal);
	} catch {
		return undefined;
	}
	for (const input of inputs) {
		try {
			const real = await realpath(input);
			const info = await stat(real);
			if (real === outReal || (info.dev === outInfo.dev && info.ino === outInfo.ino)) return input;
		} catch {
			// An input that cannot be resolved cannot be the output either.
		}
	}
	return undefined;
}

/**
 * Writes a file atomically: a temporary file `.NAME.PID.RAND.tmp` in the same folder, flushed to disk,
 * then renamed over the target. Readers see the old file or the new one, never a mix; on failure the old
 * one stays, and on SIGINT, SIGTERM or SIGHUP the temporary file is removed before the process ends.
 * A symbolic link is written through (its target is replaced; the link stays). An existing file keeps
 * its permissions (a mode-600 file stays private: the temporary file is created with that mode).
 */
export async function atomicWrite({
	path: given,
	data
}: {
	path: string;
	data: string | Uint8Array;
}): Promise<void> {
	const target = await writeTarget(given);
	const dir = path.dirname(target);
	await mkdir(dir, { recursive: true });
	let existing: Stats | undefined;
	try {
		existing = await stat(target);
	} catch {
		existing = undefined;
	}
	const mode = existing?.isFile() ? existing.mode & 0o777 : undefined;
	const temp = path.join(
		dir,
		`.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
	);
	let handle;
	track(temp);
	try {
		handle = await open(temp, 'wx', mode ?? 0o666);
		if (existing && mode !== undefined) {
			// The umask may have narrowed the mode; the file keeps exactly what it had.
			await handle.chmod(mode);
			// Run as root, keep the owner too (others cannot give a file away).
			if (process.getuid?.() === 0)
				await handle.chown(existing.uid, existing.gid).catch(() => undefined);
		}
		await handle.writeFile(data);
		await handle.sync();
		await handle.close();
		handle = undefined;
		await rename(temp, target);
	} catch (e) {
		await handle?.close().catch(() => undefined);
		await unlink(temp).catch(() => undefined);
		throw e;
	} finally {
		untrack(temp);
	}
	// Flush the folder entry too, so the rename survives a crash; not every platform allows it.
	try {
		const dirHandle = await open(dir, constants.O_RDONLY);
		await dirHandle.sync().finally(() => dirHandle.close());
	} catch {
		// Best effort only.
	}
}
