import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const OVER_TIME_TABS = [
  'series',
  'changes',
  'beforeAfter',
  'indicators',
  'meeting',
] as const;
export type OverTimeTab = (typeof OVER_TIME_TABS)[number];

interface OverTimeTabsProps {
  current: OverTimeTab;
  onChange: (tab: OverTimeTab) => void;
}

/** ARIA tabs, as on the Data screen: Tab moves into the panel, the arrow keys between tabs. */
export function OverTimeTabs({ current, onChange }: OverTimeTabsProps) {
  const { t } = useTranslation();
  const buttons = useRef<Partial<Record<OverTimeTab, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const count = OVER_TIME_TABS.length;
    const next = OVER_TIME_TABS[(OVER_TIME_TABS.indexOf(current) + step + count) % count]!;
    onChange(next);
    buttons.current[next]?.focus();
  }

  return (
    <div
      className="tabs over-time-tabs"
      role="tablist"
      aria-label={t('overTime.tabs.label')}
      onKeyDown={onKeyDown}
    >
      {OVER_TIME_TABS.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            buttons.current[tab] = element;
          }}
          type="button"
          role="tab"
          id={`over-time-tab-${tab}`}
          data-testid={`over-time-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls="over-time-panel"
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {t(`overTime.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
