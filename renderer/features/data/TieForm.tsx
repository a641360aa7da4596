import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieType } from '../../../shared/domain/catalog.ts';
import { Evidence, TieStatus, type Tie } from '../../../shared/domain/tie.ts';
import { FormFooter } from '../../components/FormFooter.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField, type SelectOption } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { fieldErrors, type Issue } from '../../forms/issue-message.ts';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { labelOf } from '../catalog/label-of.ts';
import { formatSpells } from './format-spells.ts';
import {
  keptSpells,
  tieFieldOf,
  tieFormValues,
  tieIssueMessage,
  validateTieForm,
  type TieField,
} from './tie-form-values.ts';
import { useSaveTie } from './useSaveTie.ts';

interface TieFormProps {
  tie: Tie | null;
  /** Every actor, sorted by name. */
  actorOptions: readonly SelectOption[];
  tieTypes: readonly TieType[];
  onSaved: (saved: Tie) => void;
  onCancel: () => void;
}

type Errors = Partial<Record<TieField | 'form', string>>;

export function TieForm({ tie, actorOptions, tieTypes, onSaved, onCancel }: TieFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const save = useSaveTie();
  const [values, setValues] = useState(() => tieFormValues(tie, tieTypes[0]?.key ?? ''));
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useFocusFirstInvalid(errors);
  const kept = keptSpells(tie);
  const set = (field: TieField) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const typeOptions = useMemo(
    () => tieTypes.map((type) => ({ value: type.key, label: labelOf(type, language) })),
    [tieTypes, language],
  );
  const statusOptions = TieStatus.options.map((status) => ({
    value: status,
    label: t(`data.ties.status.${status}`),
  }));
  const evidenceOptions = Evidence.options.map((evidence) => ({
    value: evidence,
    label: t(`data.ties.evidence.${evidence}`),
  }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const result = validateTieForm(values, tie);
    if (!result.ok) {
      const fieldOf = (issue: Issue) => tieFieldOf(issue, kept.length);
      setErrors(fieldErrors(result.issues, fieldOf, (issue) => tieIssueMessage(issue, values, t)));
      return;
    }
    setErrors({});
    save.mutate(result.draft, { onSuccess: onSaved });
  }

  const common = (field: TieField) => ({
    id: `tie-${field}`,
    label: t(`data.ties.form.${field}`),
    value: values[field],
    onChange: set(field),
    error: errors[field],
  });

  return (
    <form
      className="form form--grid"
      ref={formRef}
      data-testid="tie-form"
      noValidate
      onSubmit={submit}
    >
      <SelectField
        {...common('source')}
        options={actorOptions}
        emptyOption={t('data.ties.form.chooseActor')}
      />
      <SelectField
        {...common('target')}
        options={actorOptions}
        emptyOption={t('data.ties.form.chooseActor')}
      />
      <SelectField {...common('type')} options={typeOptions} />
      <SelectField
        {...common('status')}
        options={statusOptions}
        hint={t('data.ties.form.statusHint')}
      />
      <InputField
        {...common('weight')}
        type="number"
        step="any"
        inputMode="decimal"
        hint={t('data.ties.form.weightHint')}
      />
      <SelectField
        {...common('evidence')}
        options={evidenceOptions}
        emptyOption={t('data.ties.evidence.none')}
        optional
      />
      <InputField {...common('start')} type="date" optional />
      <InputField {...common('end')} type="date" optional hint={t('data.ties.form.endHint')} />
      {kept.length > 0 && (
        <p className="form__wide notice" data-testid="tie-other-spells">
          {t('data.ties.form.otherSpells', { dates: formatSpells(kept, t) })}
        </p>
      )}
      <TextAreaField {...common('note')} rows={2} wide />
      <FormFooter
        errors={errors}
        serverError={save.error}
        saving={save.isPending}
        saveTestId="tie-save"
        onCancel={onCancel}
      />
    </form>
  );
}
