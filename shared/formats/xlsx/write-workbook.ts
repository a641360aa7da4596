import writeExcelFile from 'write-excel-file/universal';
import type { Cell, Row, Sheet } from 'write-excel-file/universal';
import type { Attributes } from '../../domain/text.ts';
import type { ParsedActor, ParsedNetwork, ParsedTie } from '../parsed-network.ts';

/** The part of a Blob the writer needs; `shared/` has no DOM types. */
interface BinaryBlob {
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Writes a Kumu-style workbook (https://docs.kumu.io/guides/import): an `Elements` sheet
 * (Label, Type, Description, then Tejido's ID, Sector, Region and the attributes) and a
 * `Connections` sheet (From, To by label, as Kumu matches them; Type, Direction, one row per
 * spell as in the CSV export, ID repeated). Every text is a string cell and numbers are
 * number cells: no cell is ever a formula, so no neutralising quote is needed here.
 * `readWorkbook` reads the file back to the same actors and ties.
 */
export async function writeKumuWorkbook(
  network: Pick<ParsedNetwork, 'actors' | 'ties'>,
): Promise<Uint8Array> {
  const names = new Map(network.actors.map((actor) => [actor.id, actor.name]));
  const sheets: Sheet<BinaryBlob>[] = [
    { sheet: 'Elements', data: elementRows(network.actors) },
    { sheet: 'Connections', data: connectionRows(network.ties, names) },
  ];
  const blob: BinaryBlob = await writeExcelFile(
    sheets as Parameters<typeof writeExcelFile>[0],
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function elementRows(actors: readonly ParsedActor[]): Row[] {
  const attributeNames = namesOf(actors);
  const header = ['Label', 'Type', 'Description', 'ID', 'Sector', 'Region', ...attributeNames];
  return [
    header.map(text),
    ...actors.map((actor) => [
      text(actor.name),
      text(actor.kind),
      text(actor.notes ?? ''),
      text(actor.id),
      text(actor.sector),
      text(actor.region),
      ...attributeNames.map((name) => value(actor.attributes[name])),
    ]),
  ];
}

function connectionRows(ties: readonly ParsedTie[], names: ReadonlyMap<string, string>): Row[] {
  const attributeNames = namesOf(ties);
  const header = [
    'From',
    'To',
    'Type',
    'Direction',
    'Weight',
    'Status',
    'Evidence',
    'Start',
    'End',
    'Description',
    'ID',
    ...attributeNames,
  ];
  const rows: Row[] = [header.map(text)];
  for (const [index, tie] of ties.entries()) {
    const spells = tie.spells.length === 0 ? [{ start: null, end: null }] : tie.spells;
    for (const spell of spells) {
      rows.push([
        text(names.get(tie.source) ?? tie.source),
        text(names.get(tie.target) ?? tie.target),
        text(tie.type),
        text(tie.directed === null ? null : tie.directed ? 'directed' : 'undirected'),
        value(tie.weight),
        text(tie.status),
        text(tie.evidence),
        text(spell.start),
        text(spell.end),
        text(tie.note),
        text(tie.id ?? `T${index + 1}`),
        ...attributeNames.map((name) => value(tie.attributes[name])),
      ]);
    }
  }
  return rows;
}

/** A string cell; typed as String so that "=1+1" or "0012" is shown, never evaluated or converted. */
function text(content: string | null): Cell {
  return content === null || content === '' ? null : { value: content, type: String };
}

function value(content: Attributes[string] | undefined): Cell {
  if (content === null || content === undefined) return null;
  if (typeof content === 'number') return { value: content, type: Number };
  if (typeof content === 'boolean') return { value: content, type: Boolean };
  return text(content);
}

function namesOf(items: readonly { attributes: Attributes }[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const name of Object.keys(item.attributes)) names.add(name);
  return [...names];
}
