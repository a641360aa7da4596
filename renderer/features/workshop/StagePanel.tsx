import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector, TieType } from '../../../shared/domain/catalog.ts';
import { ColourDot } from '../../components/ColourDot.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { labelOf } from '../catalog/label-of.ts';
import { entryKeyAction, shortcutOf } from './entry-keys.ts';
import { RatingChoices } from './RatingChoices.tsx';
import type { EntryFlow, TieEnd } from './useEntryFlow.ts';

interface StagePanelProps {
  flow: EntryFlow;
  sectors: readonly Sector[];
  tieTypes: readonly TieType[];
  nameOf: (actorId: string) => string;
}

/**
 * The step after the entry box, with large buttons and their keys: a new actor's sector
 * (1–9, 0 = not known), a tie's type (1–9) and status (E / P), or an actor's rating
 * (0–5, + = - ?). It takes focus, so its keys work without the mouse; Escape goes back.
 */
export function StagePanel({ flow, sectors, tieTypes, nameOf }: StagePanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const panel = useRef<HTMLDivElement>(null);
  const { step } = flow;
  useEffect(() => {
    if (step.kind !== 'typing') panel.current?.focus();
  }, [step]);
  if (step.kind === 'typing') return null;

  const choices =
    step.kind === 'sector' ? sectors.length : step.kind === 'tie' ? tieTypes.length : 0;
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (step.kind === 'typing') return;
    const action = entryKeyAction(
      step.kind,
      event.key,
      { ctrl: event.ctrlKey || event.metaKey, alt: event.altKey },
      choices,
    );
    if (!action) return;
    // Enter on a focused button presses it: let the button decide.
    if (action.kind === 'confirm' && event.target !== panel.current) return;
    event.preventDefault();
    event.stopPropagation();
    flow.act(action);
  }

  const endName = (end: TieEnd) =>
    end.id ? nameOf(end.id) : t('workshop.tie.newActor', { name: end.name });
  return (
    <div
      ref={panel}
      tabIndex={-1}
      className="workshop-stage-panel"
      data-testid={`workshop-step-${step.kind}`}
      onKeyDown={onKeyDown}
    >
      {step.kind === 'sector' && (
        <>
          <h2 className="workshop-stage-panel__title">
            {t('workshop.sector.title', { name: step.name })}
          </h2>
          {step.tie && (
            <p className="workshop-stage-panel__hint" data-testid="workshop-sector-for-tie">
              {t('workshop.sector.forTie', {
                source: step.tie.source.name,
                target: step.tie.target.name,
              })}
            </p>
          )}
          <div
            className="workshop-choices workshop-choices--grid"
            role="group"
            aria-label={t('workshop.sector.title', { name: step.name })}
          >
            {sectors.map((sector, index) => (
              <button
                key={sector.key}
                type="button"
                className="workshop-choice"
                data-testid={`workshop-sector-${sector.key}`}
                onClick={() => flow.act({ kind: 'sector', index })}
              >
                <kbd>{shortcutOf(index)}</kbd>
                <ColourDot colour={sector.colour} />
                {labelOf(sector, language)}
              </button>
            ))}
            <button
              type="button"
              className="workshop-choice"
              onClick={() => flow.act({ kind: 'sector', index: null })}
            >
              <kbd>0</kbd>
              {t('workshop.sector.none')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'tie' && (
        <>
          <h2 className="workshop-stage-panel__title" data-testid="workshop-tie-ends">
            {endName(step.source)} → {endName(step.target)}
          </h2>
          <div className="workshop-choices" role="radiogroup" aria-label={t('workshop.tie.status')}>
            {(['existing', 'potential'] as const).map((status) => (
              <button
                key={status}
                type="button"
                role="radio"
                aria-checked={flow.status === status}
                className="workshop-choice workshop-choice--toggle"
                data-testid={`workshop-status-${status}`}
                onClick={() => flow.act({ kind: 'status', status })}
              >
                <kbd>{status === 'existing' ? 'E' : 'P'}</kbd>
                {t(`workshop.tie.statuses.${status}`)}
              </button>
            ))}
          </div>
          <p className="workshop-stage-panel__hint">{t('workshop.tie.typeHint')}</p>
          <div className="workshop-choices" role="group" aria-label={t('workshop.tie.type')}>
            {tieTypes.map((type, index) => (
              <button
                key={type.key}
                type="button"
                className={`workshop-choice${index === flow.tieType ? ' workshop-choice--last' : ''}`}
                data-testid={`workshop-tie-type-${type.key}`}
                onClick={() => flow.act({ kind: 'tieType', index })}
              >
                <kbd>{shortcutOf(index)}</kbd>
                <ColourDot colour={type.colour} />
                {labelOf(type, language)}
              </button>
            ))}
          </div>
        </>
      )}
      {step.kind === 'rating' && (
        <>
          <h2 className="workshop-stage-panel__title" data-testid="workshop-rating-actor">
            {nameOf(step.actorId)}
          </h2>
          <RatingChoices rating={flow.ratingFor(step.actorId)} onAct={flow.act} />
        </>
      )}
      <p className="workshop-stage-panel__hint">{t('workshop.entry.back')}</p>
    </div>
  );
}
