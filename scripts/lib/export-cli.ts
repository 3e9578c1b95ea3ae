import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDeckJson, type CardType, type Deck } from '../../src/lib/deck';
import {
	EXPORT_FORMATS,
	exportCards,
	getFormat,
	type ExportWarning
} from '../../src/lib/export/formats';
import { selectCards, type ExportOrder } from '../../src/lib/export/select';
import { EXIT, type CliIo } from './cli';
import { atomicWrite, inputAt } from './files';
import { CHROMIUM_ARGS } from './chromium';

export { EXIT };

export interface RunExportOptions extends CliIo {
	/** Chromium binary used for PDF; defaults to $CHROMIUM or /usr/bin/chromium. */
	chromium?: string;
}

const TYPES: CardType[] = ['qa', 'cloze', 'mcq'];
const ORDERS: ExportOrder[] = ['deck', 'random', 'rank'];

function usage(): string {
	const ids = EXPORT_FORMATS.map((f) => f.id).join(' ');
	return `Usage: npm run export -- DECK.json [DECK2.json ...] --format FORMAT --out FILE [options]

Formats: ${ids}
Options:
  --format FORMAT   one of the formats above (required)
  --out FILE        where to write (default: the deck's name with the format's extension); never
                    one of the decks. A symbolic link is written through (the file it points to is
                    replaced, the link stays); an existing file keeps its permissions
  --title TEXT      title of the quiz (default: the deck's title)
  --count N         how many questions, picked at random with the seed (default: all)
  --seed N          seed for the random pick and order; printed so a set can be made again
  --tag TAG         keep cards with this tag (repeatable)
  --type TYPE       keep cards that can be asked this way: qa, cloze or mcq (has choices) (repeatable)
  --source ID       keep cards citing this source id (repeatable)
  --order ORDER     deck, random or rank (default: deck)
  --time SECONDS    time limit per question for Kahoot and Blooket (default: 20)
  --pdf             print format: also render a PDF with Chromium (implied by --out *.pdf)
`;
}

function listFormats(): string {
	return EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(11)} ${f.label} (.${f.extension})`).join('\n');
}

function run(command: string, args: string[], timeout: number): Promise<void> {
	return new Promise((done, fail) => {
		execFile(command, args, { timeout }, (error, _stdout, stderr) => {
			if (error) fail(new Error(`${command} failed: ${error.message}\n${stderr}`.trim()));
			else done();
		});
	});
}

/** Prints an HTML page to PDF with headless Chromium (offline, throwaway profile). */
export async function printToPdf({
	html,
	chromium = process.env.CHROMIUM ?? '/usr/bin/chromium'
}: {
	html: string;
	chromium?: string;
}): Promise<Uint8Array> {
	if (!existsSync(chromium))
		throw new Error(
			`Chromium not found at ${chromium}: install the Debian package chromium to print PDFs`
		);
	const dir = await mkdtemp(join(tmpdir(), 'citecards-print-'));
	try {
		const page = join(dir, 'worksheet.html');
		const pdf = join(dir, 'worksheet.pdf');
		await writeFile(page, html);
		await run(
			chromium,
			[
				'--headless',
				...CHROMIUM_ARGS,
				`--user-data-dir=${join(dir, 'profile')}`,
				'--no-pdf-header-footer',
				`--print-to-pdf=${pdf}`,
				pathToFileURL(page).href
			],
			90_000
		);
		if (!existsSync(pdf)) throw new Error('Chromium did not write the PDF');
		return new Uint8Array(await readFile(pdf));
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

function positiveInt(name: string, value: string | undefined): number | undefined | string {
	if (value === undefined) return undefined;
	if (!/^\d+$/.test(value)) return `--${name} must be a whole number, not "${value}"`;
	return Number(value);
}

/** One export warning as the command line words it: the card by its id (`Card <id> left out: …`). */
export function warningLine(w: ExportWarning): string {
	if (w.cardId === undefined) return `${w.text}.`;
	const how = w.kind === 'left-out' ? ' left out' : w.kind === 'converted' ? ' converted' : '';
	return `Card ${w.cardId}${how}: ${w.text}.`;
}

/** The export command: reads decks, selects cards, writes one format. Returns the exit code. */
export async function runExport({
	argv,
	cwd,
	stdout,
	stderr,
	chromium
}: RunExportOptions): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				format: { type: 'string', short: 'f' },
				out: { type: 'string', short: 'o' },
				title: { type: 'string' },
				count: { type: 'string' },
				seed: { type: 'string' },
				tag: { type: 'string', multiple: true },
				type: { type: 'string', multiple: true },
				source: { type: 'string', multiple: true },
				order: { type: 'string' },
				time: { type: 'string' },
				pdf: { type: 'boolean' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		stderr.write(`${(e as Error).message}\n\n${usage()}`);
		return EXIT.usage;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		stdout.write(usage());
		return EXIT.ok;
	}
	if (!values.format) {
		stderr.write(`Missing --format. Formats:\n${listFormats()}\n`);
		return EXIT.usage;
	}
	const format = getFormat(values.format);
	if (!format) {
		stderr.write(`Unknown format "${values.format}". Formats:\n${listFormats()}\n`);
		return EXIT.usage;
	}
	if (positionals.length === 0) {
		stderr.write(`Missing the deck file.\n\n${usage()}`);
		return EXIT.usage;
	}
	const types = values.type ?? [];
	const badType = types.find((t) => !TYPES.includes(t as CardType));
	if (badType) {
		stderr.write(`Unknown card type "${badType}": use ${TYPES.join(', ')}\n`);
		return EXIT.usage;
	}
	const order = (values.order ?? 'deck') as ExportOrder;
	if (!ORDERS.includes(order)) {
		stderr.write(`Unknown order "${values.order}": use ${ORDERS.join(', ')}\n`);
		return EXIT.usage;
	}
	const numbers: Record<string, number | undefined> = {};
	for (const name of ['count', 'seed', 'time'] as const) {
		const n = positiveInt(name, values[name]);
		if (typeof n === 'string') {
			stderr.write(`${n}\n`);
			return EXIT.usage;
		}
		numbers[name] = n;
	}

	const decks: Deck[] = [];
	for (const file of positionals) {
		const path = resolve(cwd, file);
		let text: string;
		try {
			text = await readFile(path, 'utf8');
		} catch (e) {
			stderr.write(
				`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`
			);
			return EXIT.failure;
		}
		const result = parseDeckJson(text);
		if (!result.ok) {
			stderr.write(
				`${file} is not a valid deck:\n${result.errors.map((m) => `  - ${m}`).join('\n')}\n`
			);
			return EXIT.failure;
		}
		decks.push(result.deck);
	}

	const selection = selectCards({
		decks,
		filter: { tags: values.tag, types: types as CardType[], sourceIds: values.source },
		count: numbers.count,
		seed: numbers.seed,
		order
	});
	if (selection.cards.length === 0) {
		stderr.write('No cards match the filters; nothing written.\n');
		return EXIT.failure;
	}
	const title = values.title ?? (decks.length === 1 ? decks[0].title : 'Quiz');
	const wantPdf =
		format.id === 'print' && (values.pdf || values.out?.toLowerCase().endsWith('.pdf'));
	const defaultName = `${basename(positionals[0]).replace(/\.json$/i, '')}.${wantPdf ? 'pdf' : format.extension}`;
	const out = resolve(cwd, values.out ?? defaultName);
	const htmlOut =
		wantPdf && out.toLowerCase().endsWith('.pdf') ? out.replace(/\.pdf$/i, '.html') : out;
	const pdfOut = htmlOut.replace(/\.html?$/i, '') + '.pdf';
	const inputs = positionals.map((file) => resolve(cwd, file));
	for (const written of wantPdf ? [htmlOut, pdfOut] : [out]) {
		const overwritten = await inputAt({ out: written, inputs });
		if (overwritten) {
			stderr.write(
				`Writing ${written} would overwrite the deck ${positionals[inputs.indexOf(overwritten)]}, which is read from there; nothing written. Choose another file with --out.\n`
			);
			return EXIT.usage;
		}
	}

	const { data, plan } = await exportCards({
		cards: selection.cards,
		sources: selection.sources,
		title,
		deck: decks.length === 1 ? decks[0] : undefined,
		timeLimit: numbers.time,
		format
	});
	for (const w of plan.warnings) stderr.write(`warning: ${warningLine(w)}\n`);
	if (plan.items.length === 0) {
		stderr.write(`None of the chosen cards fit ${format.label}; nothing written.\n`);
		return EXIT.failure;
	}
	try {
		if (wantPdf) {
			await atomicWrite({ path: htmlOut, data });
			try {
				await atomicWrite({
					path: pdfOut,
					data: await printToPdf({ html: data as string, chromium })
				});
			} catch (e) {
				stderr.write(`Wrote ${htmlOut}, but no PDF: ${(e as Error).message}\n`);
				return EXIT.failure;
			}
			stdout.write(`Wrote ${plan.items.length} questions to ${htmlOut} and ${pdfOut}\n`);
		} else {
			await atomicWrite({ path: out, data });
			stdout.write(`Wrote ${plan.items.length} questions to ${out} (${format.label})\n`);
		}
	} catch (e) {
		stderr.write(`Cannot write ${out}: ${(e as Error).message}\n`);
		return EXIT.failure;
	}
	const left = plan.omitted.length ? `, ${plan.omitted.length} left out` : '';
	stdout.write(
		`Seed ${selection.seed} (${selection.cards.length} of ${selection.matched} matching cards${left})\n`
	);
	return EXIT.ok;
}
