import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop.ts';
import { call } from '../../api/client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { workshopKeys } from './queries.ts';

/** Quiet time after the last key before the steps are saved. */
const SAVE_DELAY_MS = 800;

/**
 * The agreed next steps, typed by the facilitator at the end and saved on their own (after
 * a pause in typing, and when leaving the box) with workshops.upsert; printed as text.
 */
export function NextSteps({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(workshop.nextSteps);
  const [saved, setSaved] = useState(workshop.nextSteps);
  const save = useMutation({
    mutationFn: (nextSteps: string) => call('workshops.upsert', { ...workshop, nextSteps }),
    onSuccess: (result) => {
      setSaved(result.nextSteps);
      void queryClient.invalidateQueries({ queryKey: workshopKeys.all });
    },
  });
  const { mutate } = save;
  useEffect(() => {
    if (text === saved) return;
    const timer = window.setTimeout(() => mutate(text), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, saved, mutate]);

  return (
    <section className="workshop-summary__section" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{t('workshop.summary.nextSteps')}</h2>
      <label htmlFor="workshop-next-steps" className="screen-only muted">
        {t('workshop.summary.nextStepsHint')}
      </label>
      <textarea
        id="workshop-next-steps"
        className="workshop-summary__steps screen-only"
        data-testid="workshop-next-steps"
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => text !== saved && mutate(text)}
      />
      <p className="screen-only muted" role="status" data-testid="workshop-next-steps-state">
        {save.isPending ? t('common.saving') : text === saved ? t('workshop.summary.saved') : ''}
      </p>
      <div className="print-only workshop-summary__steps-text">
        {text || t('workshop.summary.noNextSteps')}
      </div>
      {save.error && <ErrorNotice error={save.error} />}
    </section>
  );
}
