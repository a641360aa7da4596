import { Fragment } from 'react';

/**
 * Date ranges that wrap between ranges, never inside one. The separator is passed in:
 * a table cell must not subscribe to i18n (thousands of them would).
 */
export function SpellList({ dates, separator }: { dates: readonly string[]; separator: string }) {
  return dates.map((text, index) => (
    <Fragment key={index}>
      {index > 0 && separator}
      <span className="spell">{text}</span>
    </Fragment>
  ));
}
