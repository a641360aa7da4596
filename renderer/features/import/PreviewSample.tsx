import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/api/imports.ts';
import { PlainTable } from './PlainTable.tsx';
import { useSampleLabels } from './useSampleLabels.ts';

const SHOWN = 8;

/** The first actors and ties the import would add, as read from the files. */
export function PreviewSample({ sample }: { sample: ImportPreview['sample'] }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const labels = useSampleLabels(sample);
  return (
    <div className="preview-sample">
      {sample.actors.length > 0 && (
        <PlainTable
          caption={t('import.preview.sampleActors')}
          testId="import-sample-actors"
          rowTestId="import-sample-actor"
          headers={[
            t('import.preview.columns.id'),
            t('import.preview.columns.name'),
            t('import.preview.columns.sector'),
          ]}
          rows={sample.actors
            .slice(0, SHOWN)
            .map((actor) => [
              actor.id,
              actor.name,
              actor.sector ? labels.sector(actor.sector) : none,
            ])}
        />
      )}
      {sample.ties.length > 0 && (
        <PlainTable
          caption={t('import.preview.sampleTies')}
          testId="import-sample-ties"
          rowTestId="import-sample-tie"
          headers={[
            t('import.preview.columns.source'),
            t('import.preview.columns.target'),
            t('import.preview.columns.type'),
            t('import.preview.columns.weight'),
            t('import.preview.columns.start'),
            t('import.preview.columns.end'),
          ]}
          rows={sample.ties
            .slice(0, SHOWN)
            .map((tie) => [
              labels.actor(tie.source),
              labels.actor(tie.target),
              labels.tieType(tie.type),
              tie.weight,
              tie.start ?? none,
              tie.end ?? none,
            ])}
        />
      )}
    </div>
  );
}
