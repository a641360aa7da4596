import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import type { TwoDates } from './screen-defaults.ts';

interface TwoDatesChooserProps {
  dates: TwoDates;
  onChange: (dates: TwoDates) => void;
}

/** The "before" and "after" days that Before/after and the outcome indicators compare. */
export function TwoDatesChooser({ dates, onChange }: TwoDatesChooserProps) {
  const { t } = useTranslation();
  const field = (which: keyof TwoDates) => (
    <div className="field">
      <label htmlFor={`dates-${which}`}>{t(`overTime.dates.${which}`)}</label>
      <input
        id={`dates-${which}`}
        type="date"
        data-testid={`dates-${which}`}
        value={dates[which]}
        onChange={(event) => {
          // A half-typed date is not a date yet: keep the last whole one.
          if (isIsoDate(event.target.value)) onChange({ ...dates, [which]: event.target.value });
        }}
      />
    </div>
  );
  return (
    <fieldset className="measures-options two-dates" data-testid="two-dates">
      <legend>{t('overTime.dates.legend')}</legend>
      {field('before')}
      {field('after')}
      <p className="field__hint">{t('overTime.dates.hint')}</p>
      {dates.before >= dates.after && (
        <p className="notice notice--error" role="alert" data-testid="dates-order">
          {t('overTime.dates.order')}
        </p>
      )}
    </fieldset>
  );
}
