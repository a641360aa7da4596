import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop.ts';
import { call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { SessionForm } from './SessionForm.tsx';
import { workshopKeys, workshopsQuery } from './queries.ts';
import { workshopHash } from './workshop-route.ts';

/** The project's workshop sessions, newest first: open one on the projector, edit, delete. */
export function SessionList() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const workshops = useQuery(workshopsQuery());
  const [editing, setEditing] = useState<Workshop | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Workshop | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => call('workshops.delete', { id }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workshopKeys.all }),
  });
  const dateText = (date: string) =>
    new Date(`${date}T12:00:00`).toLocaleDateString(language, { dateStyle: 'long' });

  return (
    <section
      className="screen workshop-list"
      aria-labelledby="screen-title"
      data-testid="workshop-list"
    >
      <h1 id="screen-title">{t('app.screens.workshop.title')}</h1>
      <p className="lead">{t('workshop.sessions.intro')}</p>
      <button
        type="button"
        className="button button--primary"
        data-testid="workshop-new"
        onClick={() => setEditing('new')}
      >
        {t('workshop.sessions.create')}
      </button>
      {workshops.error && (
        <ErrorNotice error={workshops.error} onRetry={() => void workshops.refetch()} />
      )}
      {workshops.data?.length === 0 && <p className="muted">{t('workshop.sessions.none')}</p>}
      <ul className="workshop-sessions">
        {workshops.data?.map((workshop) => (
          <li key={workshop.id} className="workshop-session" data-testid="workshop-session">
            <div>
              <a
                className="workshop-session__name"
                href={workshopHash({ view: 'session', id: workshop.id })}
              >
                {workshop.name}
              </a>
              <p className="muted">
                {[dateText(workshop.date), workshop.place, workshop.facilitator]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {workshop.question && <p>{workshop.question}</p>}
            </div>
            <div className="workshop-session__actions">
              <a
                className="button button--primary"
                href={workshopHash({ view: 'session', id: workshop.id })}
              >
                {t('workshop.sessions.open')}
              </a>
              <a className="button" href={workshopHash({ view: 'summary', id: workshop.id })}>
                {t('workshop.summary.open')}
              </a>
              <button type="button" className="button" onClick={() => setEditing(workshop)}>
                {t('workshop.sessions.edit')}
              </button>
              <button type="button" className="button" onClick={() => setDeleting(workshop)}>
                {t('workshop.sessions.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing && (
        <SessionForm
          workshop={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            const created = editing === 'new';
            setEditing(null);
            if (created) window.location.hash = workshopHash({ view: 'session', id: saved.id });
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('workshop.sessions.deleteTitle', { name: deleting.name })}
          message={t('workshop.sessions.deleteMessage')}
          confirmLabel={t('workshop.sessions.delete')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
