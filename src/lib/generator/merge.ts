/**
 * Merging across sources: claims that ask the same question become one fact; values that agree are one
 * variant with every supporting claim; values that differ are kept as variants of a disagreement.
 */
import type { AnswerType, Claim } from './facts';
import { datesAgree } from './dates';
import { claimStates } from './evidence';
import { ROLE_HEADS } from './lexicon';

export interface Variant {
	answer: string;
	norm: string;
	claims: Claim[];
	sources: Set<string>;
}

export interface Fact {
	key: string;
	factKey: string;
	kind: string;
	type: AnswerType;
	question: string;
	subject: string;
	/** The best-supported variant first. */
	variants: Variant[];
	weight: number;
	/** Earliest relative position of any claim in its article. */
	position: number;
	clozeOnly: boolean;
	/** True when variants from different sources disagree. */
	disputed: boolean;
}

/** The least value of a list, without spreading it (a hostile text can give huge lists). */
function minOf<T>(items: T[], value: (item: T) => number): number {
	let least = Infinity;
	for (const item of items) least = Math.min(least, value(item));
	return least;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Do two claims give the same answer, allowing for less and more precise statements of it? */
export function claimsAgree(a: Claim, b: Claim): boolean {
	if (a.norm === b.norm) return true;
	switch (a.type) {
		case 'date':
			return !!a.date && !!b.date && datesAgree(a.date, b.date);
		case 'people':
		case 'places': {
			const x = a.norm.split('+');
			const y = b.norm.split('+');
			return x.every((k) => y.includes(k)) || y.every((k) => x.includes(k));
		}
		case 'role':
		case 'name':
		case 'definition': {
			const x = words(a.norm);
			const y = words(b.norm);
			const shared = [...x].filter((w) => y.has(w)).length;
			return shared === Math.min(x.size, y.size) || shared / Math.max(x.size, y.size) >= 0.6;
		}
		default:
			return false;
	}
}

/** The wording of the answer that the most sentences state; the most precise one breaks ties. */
function bestAnswer(claims: Claim[]): { answer: string; norm: string } {
	let best = claims[0];
	let bestScore = -Infinity;
	const seen = new Set<string>();
	const candidates = claims.flatMap((c) => [
		{ c, answer: c.answer },
		...(c.alternatives ?? []).map((answer) => ({ c, answer }))
	]);
	let bestText = claims[0].answer;
	for (const { c, answer } of candidates) {
		if (seen.has(answer)) continue;
		seen.add(answer);
		let score = claims.filter((o) => claimStates(o, answer)).length * 100;
		if (c.type === 'date') score += (c.date?.iso?.length ?? 0) + (c.date?.text.length ?? 0) / 100;
		if (c.type === 'people' || c.type === 'places') score += c.norm.split('+').length * 1000;
		score += answer.length / 1000;
		if (score > bestScore) [best, bestScore, bestText] = [c, score, answer];
	}
	return { answer: bestText, norm: best.norm };
}

/**
 * Keys that name a thing the whole world shares (an acronym, a person's title, a city's country) merge
 * across every article; the rest ("Who is the prime minister?", "By how much did prices rise?") mean
 * something only within one story, so they merge only among articles on the same story.
 */
const GLOBAL_KEYS = /^(acronym|role|affiliation|located|define)\|/;

function splitByStory(
	byKey: Map<string, Claim[]>,
	related: (a: string, b: string) => boolean
): Array<[string, Claim[]]> {
	const out: Array<[string, Claim[]]> = [];
	for (const [key, claims] of byKey) {
		const sources = [...new Set(claims.map((c) => c.sentence.sourceId))].sort();
		if (GLOBAL_KEYS.test(key) || sources.length === 1) {
			out.push([key, claims]);
			continue;
		}
		// Stories: sources joined by relatedness; each is named by its first source id (stable).
		const root = new Map(sources.map((s) => [s, s]));
		const find = (s: string): string => (root.get(s) === s ? s : find(root.get(s)!));
		for (let i = 0; i < sources.length; i++)
			for (let j = i + 1; j < sources.length; j++)
				if (find(sources[i]) !== find(sources[j]) && related(sources[i], sources[j])) {
					const [a, b] = [find(sources[i]), find(sources[j])].sort();
					root.set(b, a);
				}
		const stories = new Map<string, Claim[]>();
		for (const c of claims) {
			const story = find(c.sentence.sourceId);
			const list = stories.get(story);
			if (list) list.push(c);
			else stories.set(story, [c]);
		}
		if (stories.size === 1) out.push([key, claims]);
		else for (const [story, list] of stories) out.push([`${key}@${story}`, list]);
	}
	return out;
}

/** The head word of a title: "Secretary" in "US Secretary of War", "minister" in "foreign minister". */
function titleHead(norm: string): string {
	return norm.split(' ').find((w) => ROLE_HEADS.has(w)) ?? norm;
}

/** Groups claims by question and splits each group into agreeing variants. */
export function mergeClaims(options: {
	claims: Claim[];
	/** Whether two sources report on the same story; only those can disagree. */
	related?: (a: string, b: string) => boolean;
}): Fact[] {
	const related = options.related ?? (() => true);
	const byKey = new Map<string, Claim[]>();
	// A canonical order, so the deck does not depend on the order the articles were given in.
	const canonical = [...options.claims].sort(
		(a, b) =>
			(a.sentence.sourceId < b.sentence.sourceId
				? -1
				: a.sentence.sourceId > b.sentence.sourceId
					? 1
					: 0) ||
			a.sentence.start - b.sentence.start ||
			a.highlight.start - b.highlight.start
	);
	for (const c of canonical) {
		const list = byKey.get(c.key);
		if (list) list.push(c);
		else byKey.set(c.key, [c]);
	}
	const facts: Fact[] = [];
	for (const [key, claims] of splitByStory(byKey, related)) {
		const clusters: Claim[][] = [];
		for (const c of claims) {
			const home = clusters.find((cl) => cl.some((o) => claimsAgree(o, c)));
			if (home) home.push(c);
			else clusters.push([c]);
		}
		const variants: Variant[] = clusters.map((cl) => ({
			...bestAnswer(cl),
			claims: cl,
			sources: new Set(cl.map((c) => c.sentence.sourceId))
		}));
		variants.sort(
			(a, b) =>
				b.sources.size - a.sources.size ||
				b.claims.length - a.claims.length ||
				minOf(a.claims, (c) => c.sentence.position) - minOf(b.claims, (c) => c.sentence.position)
		);
		const main = variants[0].sources;
		const first = variants[0].claims[0];
		// A different value from a source on the same story (not the same source again) is a disagreement.
		// Two titles disagree only when they name the same kind of post ("Foreign Minister" against
		// "Minister of External Affairs"); "Chancellor" and "party leader" can both be true.
		const differ = (v: Variant) =>
			(first.type !== 'role' || titleHead(v.norm) === titleHead(variants[0].norm)) &&
			[...v.sources].some((x) => [...main].some((y) => x !== y && related(x, y)));
		const questions = new Map<string, number>();
		for (const c of claims) questions.set(c.question, (questions.get(c.question) ?? 0) + 1);
		// The question as most sources phrase it; the longest wording breaks ties (most specific). A title
		// is asked in its most specific form ("Who is the Kenyan finance minister?").
		const specific = key.startsWith('holder|');
		const question = [...questions.entries()].sort(
			(a, b) => (specific ? 0 : b[1] - a[1]) || b[0].length - a[0].length
		)[0][0];
		facts.push({
			key,
			factKey: first.factKey,
			kind: first.kind,
			type: first.type,
			question,
			subject: first.subject,
			variants,
			weight: -minOf(claims, (c) => -c.weight),
			position: minOf(claims, (c) => c.sentence.position),
			clozeOnly: claims.every((c) => c.clozeOnly),
			disputed: variants.slice(1).some(differ)
		});
	}
	return facts;
}
