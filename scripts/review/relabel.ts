/**
 * Re-judges the generator against the reviewers' past verdicts: which judged cards today's code still
 * makes, how many of those were acceptable, and how many it no longer makes (by round).
 *
 *   npx tsx scripts/review/relabel.ts [--list] [--bad]
 *
 * docs/review-labels.jsonl keeps each verdict by round, generator commit, article and card id, without
 * the card's text (it would quote the corpus). The text comes back by generating each article at that
 * commit, in a git worktree under the system's temporary folder, with the source id the review sheets
 * used (docs/review-rounds.md); a card today is the same card when its question (without a headline in
 * front) and answer are. Articles are read from ../shared/corpus/bbc. `--list` prints the dropped and
 * new cards too, `--bad` the cards still made that reviewers rejected.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateDeck } from '../../src/lib/generator';

interface Verdict {
	round: number;
	generator: string;
	article: string;
	id: string;
	acceptable: boolean;
	deficiencies: string[];
}
interface Judged extends Verdict {
	question: string;
	answer: string;
}
interface Generate {
	generateDeck: typeof generateDeck;
	stableId: (...parts: string[]) => string;
}

const root = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(root, '../shared/corpus/bbc');
const list = process.argv.includes('--list');
const keptBad = process.argv.includes('--bad');

const verdicts: Verdict[] = readFileSync(path.join(root, 'docs/review-labels.jsonl'), 'utf8')
	.split('\n')
	.filter((line) => line.trim())
	.map((line) => JSON.parse(line));

const articleText = (article: string) => {
	const [category, number] = article.split('-');
	return readFileSync(path.join(corpus, category, `${number}.txt`), 'utf8');
};
const headlineOf = (article: string) => articleText(article).split('\n')[0].trim();
/** A question as judged: without the headline some cards carry in front. */
const bare = (article: string, question: string) => {
	const headline = headlineOf(article);
	return question.startsWith(`${headline}: `) ? question.slice(headline.length + 2) : question;
};
const key = (article: string, question: string, answer: string) =>
	`${article}\u0000${bare(article, question)}\u0000${answer}`;

/** The generator as it was at a commit, from a worktree that shares this checkout's node_modules. */
async function generatorAt(commit: string): Promise<Generate> {
	const tree = path.join(tmpdir(), 'citecards-review', `wt-${commit}`);
	if (!existsSync(tree)) {
		mkdirSync(path.dirname(tree), { recursive: true });
		// A worktree whose folder was wiped (a reboot clears the temporary folder) stays registered
		// until pruned, and git would refuse to add it again.
		execFileSync('git', ['worktree', 'prune'], { cwd: root, stdio: 'ignore' });
		execFileSync('git', ['worktree', 'add', '--detach', tree, commit], {
			cwd: root,
			stdio: 'ignore'
		});
		symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
	}
	const generator = await import(path.join(tree, 'src/lib/generator/index.ts'));
	const ids = await import(path.join(tree, 'src/lib/deck/ids.ts'));
	return { generateDeck: generator.generateDeck, stableId: ids.stableId };
}

// The judged cards' text, regenerated at the commit each round was judged with.
const judged: Judged[] = [];
let lost = 0;
for (const commit of [...new Set(verdicts.map((v) => v.generator))]) {
	const { generateDeck: generateThen, stableId } = await generatorAt(commit);
	const ofCommit = verdicts.filter((v) => v.generator === commit);
	for (const article of [...new Set(ofCommit.map((v) => v.article))]) {
		const round = ofCommit.find((v) => v.article === article)!.round;
		const file = `/work/scratch/r${round}/in-${article}/${article}.txt`;
		const { deck } = generateThen({
			sources: [{ text: articleText(article), id: stableId('src', file), file }]
		});
		const cards = new Map(deck.cards.map((c) => [c.id, c]));
		for (const v of ofCommit.filter((x) => x.article === article)) {
			const card = cards.get(v.id);
			if (card) judged.push({ ...v, question: card.question, answer: card.answer });
			else lost++;
		}
	}
}

// Today's cards for the same articles.
const today = new Map<string, { article: string; question: string; answer: string }>();
for (const article of [...new Set(verdicts.map((v) => v.article))]) {
	const { deck } = generateDeck({
		sources: [{ text: articleText(article), id: 'a', file: 'a.txt' }]
	});
	for (const c of deck.cards)
		today.set(key(article, c.question, c.answer), {
			article,
			question: c.question,
			answer: c.answer
		});
}

const judgedKeys = new Set(judged.map((j) => key(j.article, j.question, j.answer)));
const pct = (a: number, b: number) => `${((a / (b || 1)) * 100).toFixed(1)}%`;
const rounds = [...new Set(judged.map((j) => j.round))].sort((a, b) => a - b);
let [keptAll, goodAll, droppedAll, droppedGoodAll] = [0, 0, 0, 0];
for (const round of rounds) {
	const ofRound = judged.filter((j) => j.round === round);
	const kept = ofRound.filter((j) => today.has(key(j.article, j.question, j.answer)));
	const dropped = ofRound.filter((j) => !today.has(key(j.article, j.question, j.answer)));
	const good = kept.filter((j) => j.acceptable).length;
	const droppedGood = dropped.filter((j) => j.acceptable).length;
	const judgedGood = ofRound.filter((j) => j.acceptable).length;
	console.log(
		`round ${round}: judged ${judgedGood}/${ofRound.length} = ${pct(judgedGood, ofRound.length)}; still made ${good}/${kept.length} = ${pct(good, kept.length)}; dropped ${dropped.length} (${droppedGood} acceptable)`
	);
	[keptAll, goodAll, droppedAll, droppedGoodAll] = [
		keptAll + kept.length,
		goodAll + good,
		droppedAll + dropped.length,
		droppedGoodAll + droppedGood
	];
	if (keptBad)
		for (const j of kept.filter((k) => !k.acceptable))
			console.log(
				`  ! ${j.article} [${j.deficiencies.join(',')}] ${j.question.slice(0, 140)} => ${j.answer}`
			);
	if (list)
		for (const j of dropped)
			console.log(`  - ${j.acceptable ? 'ok ' : 'bad'} ${j.question.slice(0, 140)} => ${j.answer}`);
}
const fresh = [...today.entries()].filter(([k]) => !judgedKeys.has(k));
console.log(
	`all: still made ${goodAll}/${keptAll} = ${pct(goodAll, keptAll)} acceptable; dropped ${droppedAll} (${droppedGoodAll} acceptable); ${fresh.length} cards never judged${lost ? `; ${lost} verdicts whose card did not come back` : ''}`
);
if (list) for (const [, c] of fresh) console.log(`  + ${c.question.slice(0, 140)} => ${c.answer}`);
