/**
 * File helpers shared by the command-line scripts: finding article files, reading them within a size
 * limit, and writing output atomically so a failed run never leaves a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
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

/**
 * Writes a file atomically: a temporary file in the same folder, flushed to disk, then renamed over
 * the target. Readers see the old file or the new one, never a mix; on failure the old one stays.
 */
export async function atomicWrite({
	path: target,
	data
}: {
	path: string;
	data: string | Uint8Array;
}): Promise<void> {
	const dir = path.dirname(target);
	await mkdir(dir, { recursive: true });
	const temp = path.join(
		dir,
		`.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
	);
	let handle;
	try {
		handle = await open(temp, 'wx');
		await handle.writeFile(data);
		await handle.sync();
		await handle.close();
		handle = undefined;
		await rename(temp, target);
	} catch (e) {
		await handle?.close().catch(() => undefined);
		await unlink(temp).catch(() => undefined);
		throw e;
	}
	// Flush the folder entry too, so the rename survives a crash; not every platform allows it.
	try {
		const dirHandle = await open(dir, constants.O_RDONLY);
		await dirHandle.sync().finally(() => dirHandle.close());
	} catch {
		// Best effort only.
	}
}
