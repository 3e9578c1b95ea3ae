/**
 * Readers' comments that a news page appends below its story ("The Psion series 3c! …", "I too would
 * back …"), scraped with it and no heading between: opinions of strangers, not facts of the story.
 */
import type { TaggedSentence } from './mentions';

/** Paragraphs a story must have before its comments may start, and comments at least. */
const MIN_STORY = 3;
const MIN_COMMENTS = 4;

/** Does the paragraph speak in a reader's voice: "I", "my", or an exclamation not in quotation marks? */
function speaks(paragraph: TaggedSentence[]): boolean {
	return paragraph.some((s) => s.ownVoice || /!\s*$/.test(s.text.trim()));
}

/**
 * Marks every sentence of a source's trailing comments as said in its writer's own voice (no card
 * comes from such a sentence). The comments start at a paragraph in a reader's voice after a story
 * told almost wholly in the third person, and half the paragraphs from there on speak so.
 */
export function markReaderComments(sentences: TaggedSentence[]): void {
	const bySource = new Map<string, TaggedSentence[][]>();
	for (const s of sentences) {
		const paragraphs = bySource.get(s.sourceId) ?? [];
		bySource.set(s.sourceId, paragraphs);
		const last = paragraphs.at(-1);
		if (last && last[0].paragraph === s.paragraph) last.push(s);
		else paragraphs.push([s]);
	}
	for (const paragraphs of bySource.values()) {
		const voiced = paragraphs.map(speaks);
		const total = voiced.filter(Boolean).length;
		let before = 0;
		for (let p = 0; p < paragraphs.length; p++) {
			const after = total - before;
			const tail = paragraphs.length - p;
			if (
				p >= MIN_STORY &&
				tail >= MIN_COMMENTS &&
				voiced[p] &&
				before <= p * 0.15 &&
				after >= tail * 0.5
			) {
				for (const paragraph of paragraphs.slice(p)) for (const s of paragraph) s.ownVoice = true;
				break;
			}
			if (voiced[p]) before++;
		}
	}
}
