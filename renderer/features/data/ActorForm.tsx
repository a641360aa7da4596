import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { Sector } from '../../../shared/domain/catalog.ts';
import { FormFooter } from '../../components/FormFooter.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { fieldErrors, issueMessage } from '../../forms/issue-message.ts';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { labelOf } from '../catalog/label-of.ts';
import {
  actorFieldOf,
  actorFormValues,
  validateActorForm,
  type ActorField,
  type ActorFormValues,
} from './actor-form-values.ts';
import { useSaveActor } from './useSaveActor.ts';

interface ActorFormProps {
  actor: Actor | null;
  sectors: readonly Sector[];
  regions: readonly string[];
  onSaved: (saved: Actor) => void;
  onCancel: () => void;
}

type Errors = Partial<Record<ActorField | 'form', string>>;

export function ActorForm({ actor, sectors, regions, onSaved, onCancel }: ActorFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const save = useSaveActor();
  const [values, setValues] = useState<ActorFormValues>(() => actorFormValues(actor));
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useFocusFirstInvalid(errors);
  const set = (field: ActorField) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));
  const sectorOptions = useMemo(
    () => sectors.map((sector) => ({ value: sector.key, label: labelOf(sector, language) })),
    [sectors, language],
  );
  const kindOptions = [
    { value: 'organisation', label: t('data.actors.kind.organisation') },
    { value: 'person', label: t('data.actors.kind.person') },
  ];

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const result = validateActorForm(values, actor);
    if (!result.ok) {
      setErrors(fieldErrors(result.issues, actorFieldOf, (issue) => issueMessage(issue, t)));
      return;
    }
    setErrors({});
    save.mutate(result.draft, { onSuccess: onSaved });
  }

  return (
    <form
      className="form form--grid"
      ref={formRef}
      data-testid="actor-form"
      noValidate
      onSubmit={submit}
    >
      <InputField
        wide
        id="actor-name"
        label={t('data.actors.form.name')}
        type="text"
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        autoComplete="off"
        autoFocus
      />
      <SelectField
        id="actor-sector"
        label={t('data.actors.form.sector')}
        value={values.sector}
        options={sectorOptions}
        emptyOption={t('data.actors.noSector')}
        onChange={set('sector')}
        error={errors.sector}
      />
      <SelectField
        id="actor-kind"
        label={t('data.actors.form.kind')}
        value={values.kind}
        options={kindOptions}
        onChange={set('kind')}
        error={errors.kind}
      />
      <InputField
        id="actor-region"
        label={t('data.actors.form.region')}
        hint={t('data.actors.form.regionHint')}
        optional
        type="text"
        list="actor-region-options"
        autoComplete="off"
        value={values.region}
        onChange={set('region')}
        error={errors.region}
      />
      <datalist id="actor-region-options">
        {regions.map((region) => (
          <option key={region} value={region} />
        ))}
      </datalist>
      <TextAreaField
        wide
        id="actor-notes"
        label={t('data.actors.form.notes')}
        hint={t('data.actors.form.notesHint')}
        rows={3}
        value={values.notes}
        onChange={set('notes')}
        error={errors.notes}
      />
      <FormFooter
        errors={errors}
        serverError={save.error}
        saving={save.isPending}
        saveTestId="actor-save"
        onCancel={onCancel}
      />
    </form>
  );
}
