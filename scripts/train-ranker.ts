/**
 * Fits the card ranker: a logistic regression from card features (src/lib/generator/rank/features.ts)
 * to a reviewer's verdict (acceptable under ../shared/eval/RUBRIC.md), and writes its weight table to
 * src/lib/generator/rank/weights.ts.
 *
 *   npm run train-ranker -- [LABELS.jsonl ...] [--corpus DIR] [--dry]
 *
 * Labels are JSON lines with article ("business-025"), type, question, answer, sentence, acceptable and
 * deficiencies (the format of ../shared/eval/labels). The article text is read from the corpus. It prints
 * how well the model ranks cards of articles it was not fitted on (cross-validation by article).
 */
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cardFeatures, FEATURE_NAMES } from '../src/lib/generator/rank/features';

interface Label {
	article: string;
	type: string;
	question: string;
	answer: string;
	sentence?: string;
	choices?: string[] | null;
	acceptable: boolean;
	deficiencies: string[];
}

const args = process.argv.slice(2);
const flag = (name: string) => {
	const i = args.indexOf(name);
	if (i < 0) return undefined;
	const value = args[i + 1];
	args.splice(i, 2);
	return value;
};
const dry = args.includes('--dry');
if (dry) args.splice(args.indexOf('--dry'), 1);
const l2 = Number(flag('--l2') ?? 40);
const corpus = resolve(flag('--corpus') ?? '../shared/corpus/bbc');
const labelDir = resolve('../shared/eval/labels');
const files = args.length
	? args
	: readdirSync(labelDir)
			.filter((f) => /^cards-.*\.jsonl$/.test(f))
			.map((f) => join(labelDir, f));

function articleText(id: string): string | undefined {
	const m = /^([a-z]+)-(\d+)$/.exec(id);
	const path = m ? join(corpus, m[1], `${m[2]}.txt`) : '';
	return path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

interface Row {
	article: string;
	x: number[];
	y: number;
}
const rows: Row[] = [];
let skipped = 0;
for (const file of files)
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		const label = JSON.parse(line) as Label;
		const article = articleText(label.article);
		if (!article || !label.sentence) {
			skipped++;
			continue;
		}
		const at = article.indexOf(label.sentence.slice(0, 60));
		const features = cardFeatures({
			type: label.type,
			question: label.question,
			answer: label.answer,
			choices: label.choices ?? undefined,
			sentence: label.sentence,
			article,
			position: at >= 0 ? at / article.length : 0.5
		});
		// A card judged only a duplicate is a good card asked twice; the generator dedupes on its own.
		const faults = label.deficiencies.filter((d) => d !== 'duplicate');
		rows.push({
			article: label.article,
			x: FEATURE_NAMES.map((n) => features[n]),
			y: label.acceptable || faults.length === 0 ? 1 : 0
		});
	}

interface Model {
	means: number[];
	scales: number[];
	weights: number[];
	bias: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function fit(train: Row[], l2 = 1): Model {
	const n = FEATURE_NAMES.length;
	const means = Array.from(
		{ length: n },
		(_, j) => train.reduce((s, r) => s + r.x[j], 0) / train.length
	);
	const scales = Array.from({ length: n }, (_, j) => {
		const v = train.reduce((s, r) => s + (r.x[j] - means[j]) ** 2, 0) / train.length;
		return Math.sqrt(v) || 1;
	});
	const xs = train.map((r) => r.x.map((v, j) => (v - means[j]) / scales[j]));
	const weights = new Array(n).fill(0);
	let bias = 0;
	// Plain gradient descent: a few hundred rows and forty features converge in a blink.
	const rate = 0.1;
	for (let step = 0; step < 3000; step++) {
		const grad = new Array(n).fill(0);
		let gradBias = 0;
		for (let i = 0; i < xs.length; i++) {
			const p = sigmoid(bias + xs[i].reduce((s, v, j) => s + v * weights[j], 0));
			const e = p - train[i].y;
			gradBias += e;
			for (let j = 0; j < n; j++) grad[j] += e * xs[i][j];
		}
		for (let j = 0; j < n; j++)
			weights[j] -= rate * (grad[j] / xs.length + (l2 * weights[j]) / xs.length);
		bias -= (rate * gradBias) / xs.length;
	}
	return { means, scales, weights, bias };
}

const predict = (m: Model, x: number[]) =>
	sigmoid(m.bias + x.reduce((s, v, j) => s + ((v - m.means[j]) / m.scales[j]) * m.weights[j], 0));

function auc(scored: Array<{ p: number; y: number }>): number {
	const pos = scored.filter((s) => s.y === 1);
	const neg = scored.filter((s) => s.y === 0);
	let wins = 0;
	for (const a of pos) for (const b of neg) wins += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
	return wins / (pos.length * neg.length || 1);
}

// Cross-validation by article: a model is judged on articles it never saw.
const articles = [...new Set(rows.map((r) => r.article))].sort();
const FOLDS = 5;
const heldOut: Array<{ p: number; y: number }> = [];
for (let k = 0; k < FOLDS; k++) {
	const test = new Set(articles.filter((_, i) => i % FOLDS === k));
	const model = fit(
		rows.filter((r) => !test.has(r.article)),
		l2
	);
	for (const r of rows.filter((r) => test.has(r.article)))
		heldOut.push({ p: predict(model, r.x), y: r.y });
}
const base = rows.reduce((s, r) => s + r.y, 0) / rows.length;
console.log(
	`${rows.length} labelled cards from ${articles.length} articles (${skipped} skipped), ${(base * 100).toFixed(0)}% acceptable`
);
console.log(`held-out AUC ${auc(heldOut).toFixed(3)}`);
const byScore = [...heldOut].sort((a, b) => b.p - a.p);
for (const share of [0.2, 0.4, 0.6, 0.8]) {
	const top = byScore.slice(0, Math.round(byScore.length * share));
	const good = top.reduce((s, t) => s + t.y, 0);
	console.log(
		`  top ${share * 100}%: ${good}/${top.length} = ${((good / top.length) * 100).toFixed(0)}% acceptable, cut-off ${top.at(-1)?.p.toFixed(3)}`
	);
}
for (const cut of [0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
	const kept = heldOut.filter((h) => h.p >= cut);
	const good = kept.reduce((s, t) => s + t.y, 0);
	console.log(
		`  p >= ${cut}: keeps ${kept.length}/${heldOut.length}, ${((good / (kept.length || 1)) * 100).toFixed(0)}% acceptable, ${good} of ${heldOut.reduce((s, h) => s + h.y, 0)} good cards kept`
	);
}

const model = fit(rows, l2);
const table = FEATURE_NAMES.map((name, j) => ({ name, w: model.weights[j] / model.scales[j] }));
console.log(
	'weights (per unit of feature): ' +
		[...table]
			.sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
			.map((t) => `${t.name} ${t.w.toFixed(2)}`)
			.join(', ')
);
if (!dry) {
	// Weights folded back to raw feature units, so scoring needs no means or scales.
	const intercept = model.bias - table.reduce((s, t, j) => s + t.w * model.means[j], 0);
	// Numbers as prettier writes them (no trailing zeros), so the file passes the format check as written.
	const num = (x: number) => String(Number(x.toFixed(4)));
	const body = table.map((t) => `\t${t.name}: ${num(t.w)}`).join(',\n');
	writeFileSync(
		'src/lib/generator/rank/weights.ts',
		`// Written by scripts/train-ranker.ts (npm run train-ranker): do not edit by hand.\n` +
			`// Fitted on ${rows.length} reviewed cards of ${articles.length} articles; held-out AUC ${auc(heldOut).toFixed(3)}.\n\n` +
			`/** The ranker's intercept. */\nexport const INTERCEPT = ${num(intercept)};\n\n` +
			`/** The ranker's weight per unit of each feature. */\nexport const WEIGHTS: Record<string, number> = {\n${body}\n};\n`
	);
	console.log('wrote src/lib/generator/rank/weights.ts');
}
