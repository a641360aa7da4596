import type { Handlers } from '../../../shared/api/operations.ts';
import { ActorId } from '../../../shared/domain/ids.ts';
import { proposeDuplicates } from '../../../shared/formats/names/match-name.ts';
import { exportNetwork } from '../export/export-project.ts';
import { importService } from '../import/import-service.ts';
import type { UploadArea } from '../import/uploads.ts';
import type { ProjectSession } from '../project/project-session.ts';
import { listActors } from '../store/actors-store.ts';
import { listSectors, listTieTypes } from '../store/catalog-store.ts';
import { mergeActors } from '../store/merge-actors.ts';
import { listTies } from '../store/ties-store.ts';
import { selectNetwork } from '../../../shared/network/select-network.ts';
import { listGroups } from '../store/groups-store.ts';
import { listImports } from '../store/imports-store.ts';

export type ImportOperation =
  | 'uploads.begin'
  | 'uploads.append'
  | 'uploads.discard'
  | 'imports.preview'
  | 'imports.commit'
  | 'imports.list'
  | 'exports.create'
  | 'actors.duplicates'
  | 'actors.merge';

/** Getting data in and out: uploads, import preview and commit, exports, duplicate merging. */
export function importHandlers(session: ProjectSession, uploads: UploadArea) {
  const imports = importService(session);
  const sourcesOf = (files: { uploadId: string; name: string }[]) =>
    files.map((file) => ({ name: file.name, path: uploads.complete(file.uploadId).path }));

  return {
    'uploads.begin': ({ name, size }) => ({ uploadId: uploads.begin(name, size) }),
    'uploads.append': ({ uploadId, offset, base64 }) => ({
      received: uploads.append(uploadId, offset, Buffer.from(base64, 'base64')),
    }),
    'uploads.discard': ({ uploadId }) => {
      uploads.discard(uploadId);
      return { ok: true } as const;
    },
    'imports.preview': (request) => imports.preview(sourcesOf(request.files), request),
    'imports.commit': async (request) => {
      const { importId, counts } = await imports.commit(sourcesOf(request.files), request);
      for (const file of request.files) uploads.discard(file.uploadId);
      return { importId, counts };
    },
    'imports.list': () => session.read(listImports),
    'exports.create': async ({ format, pseudonymise, at }) => {
      const snapshot = session.read((db) =>
        selectNetwork(
          {
            actors: listActors(db),
            ties: listTies(db),
            sectors: listSectors(db),
            tieTypes: listTieTypes(db),
            members: listGroups(db).members,
          },
          at ? { at } : {},
        ),
      );
      const baseName =
        session
          .info()
          .name.replace(/[\\/:*?"<>|]+/g, ' ')
          .trim() || 'tejido';
      const files = await exportNetwork(snapshot, format, {
        pseudonymise,
        baseName,
        creator: 'Tejido',
      });
      return { files };
    },
    'actors.duplicates': ({ threshold }) =>
      session.read((db) =>
        proposeDuplicates(listActors(db), threshold).map((proposal) => ({
          ...proposal,
          first: ActorId.parse(proposal.first),
          second: ActorId.parse(proposal.second),
        })),
      ),
    'actors.merge': ({ keepId, mergeId }) =>
      session.edit('actors.merge', (ctx) => mergeActors(ctx, keepId, mergeId)),
  } satisfies Pick<Handlers, ImportOperation>;
}
