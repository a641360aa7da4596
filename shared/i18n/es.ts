import type { CatalogShape } from './catalog-shape.ts';
import type { en } from './en.ts';
import { allies } from './es/allies.ts';
import { app } from './es/app.ts';
import { cli } from './es/cli.ts';
import { common } from './es/common.ts';
import { data } from './es/data.ts';
import { errors } from './es/errors.ts';
import { history } from './es/history.ts';
import { importProblems } from './es/import-problems.ts';
import { importScreen } from './es/import.ts';
import { map } from './es/map.ts';
import { mapDrawing } from './es/map-drawing.ts';
import { measures } from './es/measures.ts';
import { overTime } from './es/over-time.ts';
import { participant } from './es/participant.ts';
import { report } from './es/report.ts';
import { time } from './es/time.ts';
import { validation } from './es/validation.ts';
import { workshop } from './es/workshop.ts';

/** The Spanish catalog: the same keys as English, checked at compile time. */
export const es = {
  app,
  allies,
  cli,
  common,
  data,
  validation,
  errors,
  history,
  importProblems,
  import: importScreen,
  map,
  mapDrawing,
  measures,
  overTime,
  participant,
  report,
  time,
  workshop,
} as const satisfies CatalogShape<typeof en>;
