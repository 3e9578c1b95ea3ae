/** `npm run generate -- [files or folders...] [--out FILE] [--format json|md] [--title T]` */
import { runGenerate } from './lib/generate-cli';

process.exitCode = await runGenerate({
	argv: process.argv.slice(2),
	cwd: process.cwd(),
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env
});
