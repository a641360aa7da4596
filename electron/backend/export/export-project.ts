import type { z } from 'zod';
import type { ExportFiles, ExportFormat } from '../../../shared/api/imports.ts';
import { snapshotToNetwork } from '../../../shared/export/snapshot-to-network.ts';
import {
  actorsCsvChunks,
  joinCsvChunks,
  tiesCsvChunks,
} from '../../../shared/formats/csv/write-csv.ts';
import { writeDl } from '../../../shared/formats/dl/write-dl.ts';
import { writeGexf } from '../../../shared/formats/gexf/write-gexf.ts';
import { writeGraphml } from '../../../shared/formats/graphml/write-graphml.ts';
import { writePajek } from '../../../shared/formats/pajek/write-pajek.ts';
import { pseudonymise } from '../../../shared/formats/pseudonymise.ts';
import { writeKumuWorkbook } from '../../../shared/formats/xlsx/write-workbook.ts';
import type { NetworkSnapshot } from '../../../shared/api/network.ts';

type ExportFile = z.infer<typeof ExportFiles>['files'][number];

const TEXT = 'text/plain; charset=utf-8';

/**
 * The project (or its network at a date) in one of the exchange formats. Pseudonymised
 * exports replace names with stable codes and drop notes and free text (DOMAIN.md).
 */
export async function exportNetwork(
  snapshot: NetworkSnapshot,
  format: ExportFormat,
  options: { pseudonymise: boolean; baseName: string; creator: string },
): Promise<ExportFile[]> {
  const full = snapshotToNetwork(snapshot);
  const network = options.pseudonymise ? pseudonymise(full) : full;
  const base = options.pseudonymise ? `${options.baseName}-seudonimizado` : options.baseName;
  const text = (name: string, mimeType: string, content: string): ExportFile => ({
    name,
    mimeType,
    base64: Buffer.from(content, 'utf8').toString('base64'),
  });
  switch (format) {
    case 'csv':
      return [
        text(`${base}-actores.csv`, 'text/csv', joinCsvChunks(actorsCsvChunks(network.actors))),
        text(`${base}-vinculos.csv`, 'text/csv', joinCsvChunks(tiesCsvChunks(network.ties))),
      ];
    case 'xlsx':
      return [
        {
          name: `${base}.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          base64: Buffer.from(await writeKumuWorkbook(network)).toString('base64'),
        },
      ];
    case 'gexf':
      return [
        text(`${base}.gexf`, 'application/xml', writeGexf(network, { creator: options.creator })),
      ];
    case 'graphml':
      return [text(`${base}.graphml`, 'application/xml', writeGraphml(network))];
    case 'dl':
      return [text(`${base}.dl`, TEXT, writeDl(network))];
    case 'net':
      return [text(`${base}.net`, TEXT, writePajek(network))];
  }
}
