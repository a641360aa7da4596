import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop.ts';
import type { OperationInput } from '../../../shared/api/operations.ts';
import { call } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { FormFooter } from '../../components/FormFooter.tsx';
import { InputField } from '../../components/InputField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { fieldErrors, issueMessage } from '../../forms/issue-message.ts';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid.ts';
import { workshopKeys } from './queries.ts';
import {
  sessionFieldOf,
  sessionFormValues,
  validateSessionForm,
  type SessionField,
  type SessionFormValues,
} from './session-form-values.ts';

type Errors = Partial<Record<SessionField | 'form', string>>;

/** Create or edit a session: name, date, place, facilitator, purpose, the question mapped. */
export function SessionForm({
  workshop,
  onSaved,
  onCancel,
}: {
  workshop: Workshop | null;
  onSaved: (saved: Workshop) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<SessionFormValues>(() => sessionFormValues(workshop));
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useFocusFirstInvalid(errors);
  const save = useMutation({
    mutationFn: (draft: OperationInput<'workshops.upsert'>) => call('workshops.upsert', draft),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workshopKeys.all }),
  });
  const set = (field: SessionField) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const result = validateSessionForm(values, workshop);
    if (!result.ok) {
      setErrors(fieldErrors(result.issues, sessionFieldOf, (issue) => issueMessage(issue, t)));
      return;
    }
    setErrors({});
    save.mutate(result.draft, { onSuccess: onSaved });
  }

  const field = (name: SessionField, type: 'text' | 'date' = 'text', optional = true) => (
    <InputField
      id={`workshop-${name}`}
      label={t(`workshop.sessions.fields.${name}`)}
      type={type}
      value={values[name]}
      onChange={set(name)}
      optional={optional}
      error={errors[name]}
    />
  );
  return (
    <Dialog
      title={workshop ? t('workshop.sessions.edit') : t('workshop.sessions.create')}
      onClose={onCancel}
      testId="workshop-form"
      size="wide"
    >
      <form ref={formRef} noValidate onSubmit={submit} className="form form--grid">
        {field('name', 'text', false)}
        {field('date', 'date', false)}
        {field('place')}
        {field('facilitator')}
        <TextAreaField
          id="workshop-question"
          label={t('workshop.sessions.fields.question')}
          hint={t('workshop.sessions.questionHint')}
          value={values.question}
          onChange={set('question')}
          rows={2}
          wide
          error={errors.question}
        />
        <TextAreaField
          id="workshop-purpose"
          label={t('workshop.sessions.fields.purpose')}
          value={values.purpose}
          onChange={set('purpose')}
          rows={3}
          wide
          error={errors.purpose}
        />
        <FormFooter
          errors={errors}
          serverError={save.error}
          saving={save.isPending}
          saveTestId="workshop-save"
          onCancel={onCancel}
        />
      </form>
    </Dialog>
  );
}
