import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareStatus } from '../../../shared/domain/workshop.ts';
import { call } from '../../api/client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { QrCode } from './QrCode.tsx';
import { workshopKeys } from './queries.ts';

/** "http://192.168.1.20:5173/join#K7P2" → "192.168.1.20:5173/join": what people type. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/#.*$/, '');
}

/**
 * Share on the local network: starts the LAN listener with a join code and shows the code
 * in huge type, a QR code of the first URL and the short address; Stop closes it again (the
 * code dies with it and the server goes back to this computer only).
 */
export function SharePanel({
  workshopId,
  status,
}: {
  workshopId: string;
  status: ShareStatus | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [big, setBig] = useState(true);
  const onSettled = (next: ShareStatus | undefined) => {
    if (next) queryClient.setQueryData(workshopKeys.share, next);
    void queryClient.invalidateQueries({ queryKey: workshopKeys.share });
  };
  const start = useMutation({
    mutationFn: () => call('workshops.shareStart', { workshopId }),
    onSettled: (next) => {
      setBig(true);
      onSettled(next);
    },
  });
  const stop = useMutation({
    mutationFn: () => call('workshops.shareStop', {}),
    onSettled,
  });
  const failure = start.error ?? stop.error;
  const ours = status?.active && status.workshopId === workshopId;
  const url = status?.urls[0] ?? null;

  if (!ours)
    return (
      <div className="workshop-share" data-testid="workshop-share">
        {status?.active && <p className="muted">{t('workshop.share.otherSession')}</p>}
        <button
          type="button"
          className="button button--primary"
          data-testid="workshop-share-start"
          disabled={start.isPending}
          onClick={() => start.mutate()}
        >
          {t('workshop.share.start')}
        </button>
        <p className="workshop-side__note">{t('workshop.share.explain')}</p>
        {failure && <ErrorNotice error={failure} />}
      </div>
    );
  return (
    <div
      className={`workshop-share${big ? ' workshop-share--big' : ''}`}
      data-testid="workshop-share"
    >
      <p className="workshop-share__lead">{t('workshop.share.join')}</p>
      <p
        className="workshop-share__code"
        data-testid="workshop-join-code"
        aria-label={t('workshop.share.codeLabel')}
      >
        {status.joinCode}
      </p>
      {url && big && <QrCode text={url} label={t('workshop.share.qrLabel')} />}
      {url && (
        <p className="workshop-share__url" data-testid="workshop-join-url" data-url={url}>
          {shortUrl(url)}
        </p>
      )}
      {status.urls.length > 1 && big && (
        <details className="workshop-share__more">
          <summary>{t('workshop.share.otherAddresses')}</summary>
          <ul>
            {status.urls.slice(1).map((other) => (
              <li key={other}>{shortUrl(other)}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="workshop-side__note" data-testid="workshop-participants">
        {t('workshop.share.participants', { count: status.participants })}
      </p>
      <div className="workshop-share__actions">
        <button
          type="button"
          className="button"
          onClick={() => setBig(!big)}
          data-testid="workshop-share-toggle"
        >
          {big ? t('workshop.share.smaller') : t('workshop.share.bigger')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="workshop-share-stop"
          disabled={stop.isPending}
          onClick={() => stop.mutate()}
        >
          {t('workshop.share.stop')}
        </button>
      </div>
      {failure && <ErrorNotice error={failure} />}
    </div>
  );
}
