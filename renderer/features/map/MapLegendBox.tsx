import type { LegendItem, MapLegend } from '../../../shared/map/legend.ts';
import { outlineFor } from '../../../shared/map/palette.ts';

function Swatch({ item }: { item: LegendItem }) {
  if (item.kind === 'note') return null;
  if (item.kind === 'node')
    return (
      <svg className="map-legend__swatch" viewBox="0 0 20 20" aria-hidden="true">
        {item.shape === 'ellipse' ? (
          <circle cx="10" cy="10" r="8" fill={item.colour} stroke={outlineFor(item.colour)} />
        ) : (
          <rect
            x="2"
            y="2"
            width="16"
            height="16"
            rx="3"
            fill={item.colour}
            stroke={outlineFor(item.colour)}
          />
        )}
      </svg>
    );
  return (
    <svg
      className="map-legend__swatch map-legend__swatch--line"
      viewBox="0 0 32 20"
      aria-hidden="true"
    >
      <line
        x1="1"
        y1="10"
        x2={item.directed ? 24 : 31}
        y2="10"
        stroke={item.colour}
        strokeWidth="3"
        strokeDasharray={item.dashed ? '6 4' : undefined}
        strokeOpacity={item.faded ? 0.3 : 1}
      />
      {item.directed && <polygon points="31,10 23,5 23,15" fill={item.colour} />}
    </svg>
  );
}

/** The legend beside the map: the same model the exports draw. */
export function MapLegendBox({ legend, title }: { legend: MapLegend; title: string }) {
  return (
    <section className="map-legend" aria-label={title} data-testid="map-legend">
      {legend.sections
        .filter((section) => section.items.length > 0)
        .map((section) => (
          <div key={section.heading} className="map-legend__section">
            <h3>{section.heading}</h3>
            <ul>
              {section.items.map((item) => (
                <li key={item.label} className={item.kind === 'note' ? 'muted' : undefined}>
                  <Swatch item={item} />
                  <span>{item.label}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
