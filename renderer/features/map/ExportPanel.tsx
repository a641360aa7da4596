import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SvgMap } from '../../../shared/map/svg-export.ts';
import { copyPng, PNG_SCALES, svgToPdf, svgToPng } from './export-map.ts';
import { fileNameOf, saveFile } from './save-file.ts';

interface ExportPanelProps {
  title: string;
  date: string | null;
  /** Writes the SVG of the map as it is now, with the chosen background. */
  render: (background: 'white' | 'transparent') => SvgMap | null;
}

type Format = 'png' | 'svg' | 'pdf' | 'copy';

/** PNG (3× or more, white or transparent), SVG, PDF and copy to clipboard, all with legend. */
export function ExportPanel({ title, date, render }: ExportPanelProps) {
  const { t } = useTranslation();
  const [scale, setScale] = useState<number>(PNG_SCALES[0]);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [message, setMessage] = useState<string | null>(null);
  const run = async (format: Format) => {
    const map = render(format === 'pdf' ? 'white' : background);
    if (!map) return;
    setMessage(null);
    try {
      if (format === 'svg')
        saveFile(new Blob([map.svg], { type: 'image/svg+xml' }), fileNameOf(title, date, 'svg'));
      if (format === 'png') saveFile(await svgToPng(map, scale), fileNameOf(title, date, 'png'));
      if (format === 'pdf') saveFile(await svgToPdf(map, title), fileNameOf(title, date, 'pdf'));
      if (format === 'copy') {
        await copyPng(map, scale);
        setMessage(t('map.export.copied'));
      }
    } catch (error) {
      console.error('Map export failed', error);
      setMessage(
        t('map.export.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  return (
    <details className="map-panel" data-testid="map-export">
      <summary>{t('map.export.title')}</summary>
      <label className="map-control">
        <span>{t('map.export.scale')}</span>
        <select
          value={scale}
          data-testid="map-export-scale"
          onChange={(event) => setScale(Number(event.target.value))}
        >
          {PNG_SCALES.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
      <label className="map-control">
        <span>{t('map.export.background')}</span>
        <select
          value={background}
          data-testid="map-export-background"
          onChange={(event) =>
            setBackground(event.target.value === 'transparent' ? 'transparent' : 'white')
          }
        >
          <option value="white">{t('map.export.white')}</option>
          <option value="transparent">{t('map.export.transparent')}</option>
        </select>
      </label>
      <div className="map-export__buttons">
        {(['png', 'svg', 'pdf', 'copy'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            data-testid={`map-export-${format}`}
            onClick={() => void run(format)}
          >
            {t(`map.export.${format}`)}
          </button>
        ))}
      </div>
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
    </details>
  );
}
