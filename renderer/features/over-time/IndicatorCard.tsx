import type { ReactNode } from 'react';

interface IndicatorCardProps {
  title: string;
  /** The one-sentence definition, always shown with the numbers. */
  definition: string;
  testId: string;
  children: ReactNode;
}

/** One systemic outcome indicator: its name, what it counts, then its numbers. */
export function IndicatorCard({ title, definition, testId, children }: IndicatorCardProps) {
  return (
    <section className="measures-panel indicator" data-testid={testId} aria-label={title}>
      <h3>{title}</h3>
      <p className="indicator__definition">{definition}</p>
      {children}
    </section>
  );
}
