import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

const TABS = ['actors', 'ties'] as const;
export type DataTab = (typeof TABS)[number];

interface DataTabsProps {
  current: DataTab;
  onChange: (tab: DataTab) => void;
  counts: Record<DataTab, number>;
}

/** ARIA tabs: Tab moves into the panel, the arrow keys move between tabs. */
export function DataTabs({ current, onChange, counts }: DataTabsProps) {
  const { t } = useTranslation();
  const buttons = useRef<Partial<Record<DataTab, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = TABS[(TABS.indexOf(current) + step + TABS.length) % TABS.length]!;
    onChange(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="tabs" role="tablist" aria-label={t('data.tabs.label')} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            buttons.current[tab] = element;
          }}
          type="button"
          role="tab"
          id={`data-tab-${tab}`}
          data-testid={`data-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls={`data-panel-${tab}`}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {t(`data.tabs.${tab}`, { count: counts[tab] })}
        </button>
      ))}
    </div>
  );
}
