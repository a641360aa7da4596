import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/** Date ranges that wrap between ranges, never inside one. */
export function SpellList({ dates }: { dates: readonly string[] }) {
  const { t } = useTranslation();
  return dates.map((text, index) => (
    <Fragment key={index}>
      {index > 0 && t('data.ties.dates.separator')}
      <span className="spell">{text}</span>
    </Fragment>
  ));
}
