import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCards } from '../../../src/lib/export/formats';
import { stripHtml } from '../../../src/lib/export/anki-text';
import { DECKS, python, squash } from './helpers';

// Debian's mnemosyne package, unpacked (not installed): its Anki importer runs without a GUI.
const MNEMOSYNE_ROOT = process.env.MNEMOSYNE_DIR ?? '/opt/mnemosyne';
const MNEMOSYNE_PY = join(MNEMOSYNE_ROOT, 'usr/lib/python3/dist-packages');

const IMPORTER = `
import contextlib, io, json, sys, tempfile
sys.path.insert(0, sys.argv[1])
from mnemosyne.script import Mnemosyne
data_dir = tempfile.mkdtemp()
with contextlib.redirect_stdout(io.StringIO()):
    mn = Mnemosyne(data_dir)
    anki = [f for f in mn.component_manager.all('file_format') if f.__class__.__name__ == 'Anki2'][0]
    anki.do_import(sys.argv[2])
db = mn.database()
cards = []
for (_id,) in db.con.execute('select _id from cards order by _id'):
    card = db.card(_id, is_id_internal=True)
    cards.append({'type': card.card_type.name, 'first': card.fact.data.get('0', '')})
print(json.dumps({'cards': db.card_count(), 'facts': db.fact_count(), 'list': cards}))
with contextlib.redirect_stdout(io.StringIO()):
    mn.finalise()
`;

const dir = mkdtempSync(join(tmpdir(), 'mnemosyne-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(DECKS)('Mnemosyne imports the Anki .apkg of the %s', (name, load) => {
	it('with every card, note type and first field intact', async () => {
		if (!existsSync(join(MNEMOSYNE_PY, 'mnemosyne')))
			throw new Error(
				`Mnemosyne is not unpacked at ${MNEMOSYNE_ROOT}: run "apt-get download mnemosyne && dpkg -x mnemosyne_*.deb ${MNEMOSYNE_ROOT}" (or set MNEMOSYNE_DIR)`
			);
		const deck = load();
		const { data, plan } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: deck.title,
			format: 'apkg'
		});
		const file = join(dir, `${name.replace(/\W/g, '-')}.apkg`);
		writeFileSync(file, data as Uint8Array);
		const read = JSON.parse(python(IMPORTER, [MNEMOSYNE_PY, file]).trim().split('\n').pop()!) as {
			cards: number;
			facts: number;
			list: { type: string; first: string }[];
		};
		expect(read.cards).toBe(deck.cards.length);
		expect(read.facts).toBe(deck.cards.length);
		const expectedTypes = plan.items
			.map((i) =>
				i.type === 'cloze'
					? 'citecards Cloze'
					: i.type === 'mcq'
						? 'citecards Multiple choice'
						: 'citecards Basic'
			)
			.sort();
		expect(read.list.map((c) => c.type).sort()).toEqual(expectedTypes);
		const questions = read.list
			.filter((c) => c.type !== 'citecards Cloze')
			.map((c) => squash(stripHtml(c.first.replace(/<br>/g, ' '))))
			.sort();
		expect(questions).toEqual(
			plan.items
				.filter((i) => i.type !== 'cloze')
				.map((i) => squash(i.question))
				.sort()
		);
	});
});
