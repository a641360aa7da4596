import { useTranslation } from 'react-i18next';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import {
  acceptsTwoFiles,
  detectFormat,
  IMPORT_FORMATS,
  needsWave,
  type ChosenFormat,
} from './detect-format.ts';
import type { ImportChoices } from './useImportWizard.ts';

interface ImportChoicesFormProps {
  fileNames: readonly string[];
  choices: ImportChoices;
  /** Relations the preview found; a choice appears when there are several. */
  relations: readonly string[];
  waveMissing: boolean;
  onChange: (change: Partial<ImportChoices>) => void;
}

/** How to read the chosen files: format, wave date, relation and co-attendance. */
export function ImportChoicesForm(props: ImportChoicesFormProps) {
  const { t } = useTranslation();
  const { choices, onChange } = props;
  const detected = detectFormat(props.fileNames);
  const pairRefused = props.fileNames.length === 2 && !acceptsTwoFiles(choices.format);
  const roster = needsWave(choices.format);
  return (
    <div className="import-choices" data-testid="import-choices">
      <SelectField
        id="import-format"
        label={t('import.wizard.format')}
        value={choices.format ?? ''}
        emptyOption={t('import.wizard.chooseFormat')}
        options={IMPORT_FORMATS.map((format) => ({
          value: format,
          label: t(`import.wizard.formats.${format}`),
        }))}
        onChange={(value) => onChange({ format: asFormat(value), relation: '' })}
        hint={
          detected
            ? t('import.wizard.detected', { format: t(`import.wizard.formats.${detected}`) })
            : t('import.wizard.notDetected')
        }
        error={pairRefused ? t('import.wizard.twoFilesNeedTable') : undefined}
      />
      <InputField
        id="import-wave"
        type="date"
        label={t('import.wizard.wave')}
        value={choices.wave}
        optional={!roster}
        hint={t(roster ? 'import.wizard.waveHintRoster' : 'import.wizard.waveHintOther')}
        error={props.waveMissing ? t('import.wizard.waveRequired') : undefined}
        onChange={(wave) => onChange({ wave })}
      />
      {props.relations.length > 1 && (
        <SelectField
          id="import-relation"
          label={t('import.wizard.relation')}
          value={choices.relation}
          emptyOption={t('import.wizard.chooseRelation')}
          options={props.relations.map((relation) => ({ value: relation, label: relation }))}
          hint={t('import.wizard.relationHint')}
          onChange={(relation) => onChange({ relation })}
        />
      )}
      {choices.format === 'events' && (
        <div className="field field--check">
          <label>
            <input
              type="checkbox"
              data-testid="import-co-attendance"
              checked={choices.coAttendanceTies}
              onChange={(event) => onChange({ coAttendanceTies: event.target.checked })}
            />{' '}
            {t('import.wizard.coAttendance')}
          </label>
          <p className="field__hint">{t('import.wizard.coAttendanceHint')}</p>
        </div>
      )}
    </div>
  );
}

function asFormat(value: string): ChosenFormat | null {
  return IMPORT_FORMATS.find((format) => format === value) ?? null;
}
