import { allies } from './en/allies.ts';
import { app } from './en/app.ts';
import { cli } from './en/cli.ts';
import { common } from './en/common.ts';
import { data } from './en/data.ts';
import { errors } from './en/errors.ts';
import { history } from './en/history.ts';
import { importProblems } from './en/import-problems.ts';
import { importScreen } from './en/import.ts';
import { map } from './en/map.ts';
import { mapDrawing } from './en/map-drawing.ts';
import { measures } from './en/measures.ts';
import { overTime } from './en/over-time.ts';
import { participant } from './en/participant.ts';
import { report } from './en/report.ts';
import { time } from './en/time.ts';
import { validation } from './en/validation.ts';
import { workshop } from './en/workshop.ts';

/** The English catalog: the reference every other language must match key for key. */
export const en = {
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
} as const;
