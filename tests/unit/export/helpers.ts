import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseDeck, parseDeckJson, type Deck } from '../../../src/lib/deck';
import { makeAdversarialDeck } from '../../fixtures/adversarial-deck';
import { makeCard, makeDeck, makeSource } from '../../fixtures/deck';

const SEED_DECK = 'static/decks/seed-deck.json';

/** The seed deck when it exists, else a seed-like deck from the fixtures; validated either way. */
export function seedDeck(): Deck {
	if (existsSync(SEED_DECK)) {
		const result = parseDeckJson(readFileSync(SEED_DECK, 'utf8'));
		if (!result.ok)
			throw new Error(`${SEED_DECK} is not a valid deck: ${result.errors.join('; ')}`);
		return result.deck;
	}
	const source = makeSource();
	return makeDeck({
		cards: [
			makeCard(source),
			makeCard(source, {
				id: 'card-2',
				type: 'mcq',
				question: 'Where was the ribbon cut?',
				answer: 'Porto Alto',
				choices: ['Lisbon', 'Porto Alto', 'Faro']
			})
		]
	});
}

/** The adversarial deck, checked valid so the exporters get only what the app could hold. */
export function adversarialDeck(): Deck {
	const result = parseDeck(makeAdversarialDeck());
	if (!result.ok) throw new Error(`adversarial fixture is invalid: ${result.errors.join('; ')}`);
	return result.deck;
}

/**
 * The seed deck as one card per fact (deck format 2): its version 1 siblings folded, so question cards
 * carry choices and clozes whatever shape the generator writes today.
 */
export function foldedSeedDeck(): Deck {
	const result = parseDeck({ ...seedDeck(), version: 1 });
	if (!result.ok) throw new Error(`folded seed deck is invalid: ${result.errors.join('; ')}`);
	return result.deck;
}

/** The decks every exporter is proved against. */
export const DECKS: [string, () => Deck][] = [
	['seed deck', seedDeck],
	['adversarial deck', adversarialDeck],
	['seed deck, one card per fact', foldedSeedDeck]
];

/** Fails with a clear message when a command-line tool the test needs is missing (CI installs it). */
export function requireTool(command: string, debianPackage: string): void {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' });
	} catch {
		throw new Error(
			`${command} is not installed: install the Debian package ${debianPackage} (apt-get install -y ${debianPackage})`
		);
	}
}

/** Removes the characters XML cannot hold, as the exporters do, for comparing read-back text. */
export function withoutControls(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '');
}

/** Collapses whitespace, for formats that fold line breaks or trim. */
export function squash(text: string): string {
	return withoutControls(text).replace(/\s+/g, ' ').trim();
}

/** Runs a Python 3 script (standard library only) with arguments, returning its stdout. */
export function python(script: string, args: string[] = [], input?: string): string {
	requireTool('python3', 'python3');
	return execFileSync('python3', ['-c', script, ...args], {
		input,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
}

/** Runs xmllint; returns its exit status and messages (stdout and stderr) instead of throwing. */
export function xmllint(args: string[], input?: string, env: Record<string, string> = {}) {
	requireTool('xmllint', 'libxml2-utils');
	const run = spawnSync('xmllint', args, {
		input,
		encoding: 'utf8',
		env: { ...process.env, ...env },
		maxBuffer: 64 * 1024 * 1024
	});
	return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
