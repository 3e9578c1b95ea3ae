/**
 * A tiny static file server for the built app: exact files, prerendered pages, 404 for the rest; a
 * file's precompressed copy (`.br`, `.gz`, written by the build) when the browser accepts it, as hosts
 * serve a SvelteKit build.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm'
};

/** The build's precompressed copies, best first (adapter-static `precompress`). */
const ENCODINGS = [
	['br', '.br'],
	['gzip', '.gz']
] as const;

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The file a URL path maps to inside `root`, or null: /x -> x, x.html, x/index.html. */
async function resolveFile(root: string, pathname: string): Promise<string | null> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const path = normalize(join(root, decoded));
	if (!path.startsWith(root)) return null;
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')])
		if (await isFile(candidate)) return candidate;
	return null;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves with the server, its base URL and `serve`, which
 * switches to another folder.
 * GET /__e2e__/release?v=NAME makes the worker script differ (an update) and the web app manifest
 * carry `"release": NAME`; v= empty undoes it. The manifest is served as many hosts serve unversioned
 * files, cacheable for an hour, so a worker that precaches through the HTTP cache would store it stale.
 */
export async function serveStatic({
	dir,
	port = 0
}: {
	dir: string;
	/** 0 picks a free port; a fixed one keeps the origin (and its stored data) between runs. */
	port?: number;
}): Promise<{ server: Server; url: string; serve: (dir: string) => void }> {
	let root = resolve(dir);
	let workerSuffix = '';
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		// Test hook: a changed worker script is how a browser learns that a new version was deployed.
		if (url.pathname === '/__e2e__/release') {
			workerSuffix = url.searchParams.get('v') ?? '';
			res.writeHead(204);
			res.end();
			return;
		}
		const file =
			req.method === 'GET' || req.method === 'HEAD' ? await resolveFile(root, url.pathname) : null;
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Not found');
			return;
		}
		const manifest = file === join(root, 'manifest.webmanifest');
		const headers: Record<string, string> = {
			'content-type': MIME[extname(file)] ?? 'application/octet-stream',
			// The worker script must be re-checked on every visit so updates are found.
			'cache-control': file.includes('/_app/immutable/')
				? 'public, max-age=31536000'
				: manifest
					? 'public, max-age=3600'
					: 'no-cache'
		};
		// Those two are changed as they are served (below), so they go out as they are.
		const changed = manifest || (workerSuffix !== '' && file === join(root, 'service-worker.js'));
		const accepted = String(req.headers['accept-encoding'] ?? '');
		let body = file;
		if (!changed)
			for (const [encoding, suffix] of ENCODINGS)
				if (new RegExp(`\\b${encoding}\\b`).test(accepted) && (await isFile(file + suffix))) {
					headers['content-encoding'] = encoding;
					body = file + suffix;
					break;
				}
		headers.vary = 'accept-encoding';
		res.writeHead(200, headers);
		if (req.method === 'HEAD') return void res.end();
		if (manifest) {
			const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
			res.end(JSON.stringify(workerSuffix ? { ...json, release: workerSuffix } : json));
			return;
		}
		if (workerSuffix && file === join(root, 'service-worker.js')) {
			res.end(`${await readFile(file, 'utf8')}\n// release ${workerSuffix}\n`);
			return;
		}
		createReadStream(body).pipe(res);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const bound = (server.address() as AddressInfo).port;
	return {
		server,
		url: `http://127.0.0.1:${bound}`,
		// Another build served from now on at the same origin: a new version deployed.
		serve: (next) => void (root = resolve(next))
	};
}
