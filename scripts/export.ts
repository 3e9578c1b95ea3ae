/** Command line: export a deck to Anki, Moodle, Canvas, Kahoot, print and more. See --help. */
import { runExport } from './lib/export-cli';

process.exitCode = await runExport({
	argv: process.argv.slice(2),
	cwd: process.cwd(),
	stdout: process.stdout,
	stderr: process.stderr
});
