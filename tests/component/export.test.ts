import 'fake-indexeddb/auto';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../src/lib/deck';
import { exportCards } from '../../src/lib/export';
import { dbState } from '../../src/lib/state/db-state.svelte';
import {
	exportFileName,
	exportState,
	plainWarnings,
	rememberedOptions
} from '../../src/lib/state/export.svelte';
import CardChoice from '../../src/routes/export/CardChoice.svelte';
import DeckChoice from '../../src/routes/export/DeckChoice.svelte';
import DownloadBar from '../../src/routes/export/DownloadBar.svelte';
import FormatChoice from '../../src/routes/export/FormatChoice.svelte';
import Preview from '../../src/routes/export/Preview.svelte';
import { makeCard, makeDeck, makeSource } from '../fixtures/deck';

const source = makeSource();
const qa = Array.from({ length: 8 }, (_, i) =>
	makeCard(source, { id: `qa-${i}`, question: `Question ${i} <b>bold</b>?`, answer: `A${i}` })
);
const sentence = source.text;
const start = sentence.indexOf('Ana Ruiz');
const cloze: Card = makeCard(source, {
	id: 'cloze-1',
	type: 'cloze',
	question: sentence.replace('Ana Ruiz', '____'),
	cloze: { text: sentence, blanks: [{ start, end: start + 'Ana Ruiz'.length }] },
	tags: ['name']
});
const deck = makeDeck({ id: 'deck-export', title: 'Bridge week', cards: [...qa, cloze] });

/** The ids the preview lists, in order. */
const listed = () =>
	[...document.querySelectorAll('[data-question]')].map((e) => e.getAttribute('data-question'));

/**
 * Sets a select's choice through the state: happy-dom does not match `option:checked`, which
 * Svelte's select binding reads (the real binding is covered by the end-to-end test in Chromium).
 */
function choose(name: 'type' | 'formatId', value: string) {
	flushSync(() => Object.assign(exportState.options, { [name]: value }));
	if (!document.getElementById(name === 'type' ? 'x-type' : 'x-format')) return;
	expect(
		(screen.getByLabelText(name === 'type' ? 'Card type' : 'Export as') as HTMLSelectElement).value
	).toBe(value);
}

async function settle() {
	for (let i = 0; i < 5; i++) await tick();
	await vi.waitFor(() => expect(exportState.ready).toBe(true));
	flushSync();
}

beforeAll(async () => {
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(JSON.stringify(deck), { status: 200 }))
	);
	await exportState.load();
	vi.unstubAllGlobals();
});
afterEach(() => {
	vi.restoreAllMocks();
});

describe('export page parts', () => {
	it('preselects the only deck and lists its cards as text, never as HTML', async () => {
		render(DeckChoice);
		render(Preview);
		await settle();
		expect(screen.getByRole('checkbox', { name: /Bridge week/ })).toBeChecked();
		expect(exportState.options.title).toBe('Bridge week');
		expect(listed()).toHaveLength(9);
		expect(document.querySelector('[data-question] b')).toBeNull();
		expect(screen.getByText('Question 0 <b>bold</b>?')).toBeInTheDocument();
	});

	it('picks the same cards for the same seed and others for another', async () => {
		render(CardChoice);
		render(Preview);
		await settle();
		await fireEvent.input(screen.getByLabelText('How many questions'), { target: { value: '4' } });
		await fireEvent.input(screen.getByLabelText('Random seed'), { target: { value: '7' } });
		const first = listed();
		expect(first).toHaveLength(4);
		await fireEvent.input(screen.getByLabelText('Random seed'), { target: { value: '8' } });
		const other = listed();
		await fireEvent.input(screen.getByLabelText('Random seed'), { target: { value: '7' } });
		expect(listed()).toEqual(first);
		expect(other).not.toEqual(first);
		await fireEvent.input(screen.getByLabelText('Random seed'), { target: { value: '-1' } });
		expect(screen.getByRole('alert').textContent).toMatch(/seed must be a whole number/);
		await fireEvent.input(screen.getByLabelText('Random seed'), { target: { value: '7' } });
		await fireEvent.input(screen.getByLabelText('How many questions'), { target: { value: '' } });
	});

	it('says in plain words what Kahoot does with a cloze card', async () => {
		render(CardChoice);
		render(FormatChoice);
		render(Preview);
		await settle();
		choose('type', 'cloze');
		choose('formatId', 'kahoot');
		const warnings = document.querySelector<HTMLElement>('[data-warnings]')!;
		expect(warnings).not.toBeNull();
		const items = within(warnings)
			.getAllByRole('listitem')
			.map((li) => li.textContent ?? '');
		expect(items.some((t) => /^(Converted|Left out): “The new bridge/.test(t))).toBe(true);
		expect(items.join('\n')).not.toContain('cloze-1');
		choose('type', '');
		choose('formatId', 'csv');
	});

	it('downloads the file under the title with the format extension', async () => {
		const blobs: Blob[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
			blobs.push(b as Blob);
			return 'blob:test';
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
		const names: string[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
			this: HTMLAnchorElement
		) {
			names.push(this.download);
		});
		render(CardChoice);
		render(FormatChoice);
		render(DownloadBar);
		await settle();
		await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 3: bridges' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Download' }));
		await vi.waitFor(() => expect(names).toEqual(['week-3-bridges.csv']));
		expect(blobs[0].type).toBe('text/csv;charset=utf-8');
		const text = await blobs[0].text();
		expect(text.trim().split('\n')).toHaveLength(1 + deck.cards.length);
		expect(screen.getByRole('status').textContent).toMatch(/Downloaded week-3-bridges\.csv/);
	});
});

describe('editing the preview', () => {
	it('drops a question and puts it back, and rewords one for this export only', async () => {
		render(Preview);
		await settle();
		const first = listed()[0]!;
		await fireEvent.click(screen.getByRole('button', { name: 'Drop question 1' }));
		expect(listed()).not.toContain(first);
		expect(document.querySelector('[data-summary]')!.textContent).toMatch(/1 dropped/);
		await fireEvent.click(screen.getByRole('button', { name: 'Put back' }));
		expect(listed()).toContain(first);
		await fireEvent.click(screen.getByRole('button', { name: 'Edit question 1' }));
		await fireEvent.input(screen.getByLabelText('Question'), {
			target: { value: 'Which word is bold?' }
		});
		await fireEvent.input(screen.getByLabelText('Answer'), { target: { value: 'bold' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Save for this export' }));
		expect(screen.getByText('Which word is bold?')).toBeInTheDocument();
		expect(screen.getByText(/edited for this export/)).toBeInTheDocument();
		expect(deck.cards[0].question).toBe('Question 0 <b>bold</b>?');
		await fireEvent.click(screen.getByRole('button', { name: 'Undo edit' }));
		expect(screen.getByText('Question 0 <b>bold</b>?')).toBeInTheDocument();
	});

	it('shows every choice of a multiple-choice question and the cloze form', async () => {
		render(Preview);
		await settle();
		choose('formatId', 'kahoot');
		const choices = document.querySelectorAll('[data-question] [aria-label="Choices"] li');
		expect(choices.length).toBeGreaterThanOrEqual(4);
		expect([...choices].filter((li) => /\(correct\)/.test(li.textContent ?? ''))).not.toHaveLength(
			0
		);
		choose('formatId', 'csv');
		expect(document.querySelector('[data-cloze]')?.textContent).toMatch(/_____/);
	});
});

describe('two decks', () => {
	it('lists the cards of both and each shared source once', async () => {
		const db = await dbState.ready();
		const second = makeDeck({
			id: 'deck-second',
			title: 'Second week',
			cards: [makeCard(source, { id: 'second-1', question: 'Which day did it open?' })]
		});
		await db.importDeck({ deck: second, now: Date.now() });
		await exportState.load();
		render(DeckChoice);
		render(CardChoice);
		render(Preview);
		await settle();
		await fireEvent.click(screen.getByRole('checkbox', { name: /Second week/ }));
		await vi.waitFor(() => expect(listed()).toContain('second-1'));
		expect(listed()).toHaveLength(deck.cards.length + 1);
		const sources = screen.getByLabelText('Source') as HTMLSelectElement;
		expect([...sources.options].map((o) => o.value)).toEqual(['', source.id]);
		await fireEvent.click(screen.getByRole('checkbox', { name: /Bridge week/ }));
		await vi.waitFor(() => expect(listed()).toEqual(['second-1']));
	});
});

describe('export helpers', () => {
	it('makes safe file names', () => {
		expect(exportFileName({ title: '  Día 1 / Übung: "A"  ', extension: 'gift.txt' })).toBe(
			'día-1-übung-a.gift.txt'
		);
		expect(exportFileName({ title: '***', extension: 'csv' })).toBe('citecards-export.csv');
	});

	it('keeps only valid remembered options', () => {
		expect(
			rememberedOptions({
				value: { seed: 42, formatId: 'blooket', order: 'rank', count: -3, title: 7, type: 'x' },
				formats: ['csv', 'blooket']
			})
		).toEqual({ seed: 42, formatId: 'blooket', order: 'rank' });
		expect(rememberedOptions({ value: 'junk', formats: [] })).toEqual({});
	});

	it('names each format its own file where extensions are shared', () => {
		const name = (formatId: string, extension: string) =>
			exportFileName({ title: 'Deck', extension, formatId, shared: extension !== 'gift.txt' });
		expect(name('csv', 'csv')).toBe('deck.csv');
		expect(name('blooket', 'csv')).toBe('deck-blooket.csv');
		expect(name('gimkit', 'csv')).toBe('deck-gimkit.csv');
		expect(name('gift', 'gift.txt')).toBe('deck.gift.txt');
		expect(name('quizlet', 'txt')).toBe('deck-quizlet.txt');
		expect(exportFileName({ title: 'Deck', extension: 'xml', formatId: 'moodle-xml' })).toBe(
			'deck.xml'
		);
	});

	it('names a card by its question, groups one warning about many cards, keeps format-wide ones', async () => {
		const { plan } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: 't',
			format: 'kahoot'
		});
		const words = plainWarnings({ plan, cards: deck.cards });
		const texts = words.map((w) => w.text);
		expect(texts.some((w) => w.startsWith('Kahoot has no place for feedback'))).toBe(true);
		expect(texts.join('\n')).not.toMatch(/Card (qa|cloze)-/);
		const grouped = words.find((w) => /^8 questions converted: /.test(w.text));
		expect(grouped?.questions).toHaveLength(8);
		expect(grouped?.questions[0]).toBe('Question 0 <b>bold</b>?');
		expect(words.length).toBeLessThan(plan.warnings.length);
	});
});
