import type { CatalogShape } from '../catalog-shape.ts';
import type { report as english } from '../en/report.ts';

/** La pantalla Informe: un resumen imprimible de una página con los resultados sistémicos. */
export const report: CatalogShape<typeof english> = {
  title: 'Informe de resultados sistémicos',
  lead: 'Una página sobre cómo cambió el sistema local entre dos fechas, para financiadores y aliados. Elige las fechas y la organización convocante, y luego imprímelo o guárdalo como PDF.',
  loading: 'Leyendo el proyecto…',
  computing: 'Calculando el informe…',
  print: 'Imprimir / guardar como PDF',
  downloadCsv: 'Descargar CSV',
  fileName: 'medidas-clave',
  project: 'Proyecto: {{name}}',
  period: 'Del {{before}} al {{after}}',
  generated: 'Hecho con Tejido el {{date}}',
  sourceTitle: 'Fuente de los datos',
  source:
    '{{actors}} actores y {{ties}} vínculos registrados, {{waves}} olas de encuesta, {{events}} eventos. Vínculos según su evidencia: {{survey}} encuesta, {{workshop}} taller, {{event}} evento, {{document}} documento, {{other}} otra, {{none}} sin registrar.',
  outcomesTitle: 'Resultados principales',
  alliances: {
    title: 'Nuevas alianzas',
    total: 'Nuevas alianzas: {{count}}',
    total_one: '{{count}} nueva alianza',
    total_other: '{{count}} nuevas alianzas',
    top: 'Pares de sectores con más alianzas:',
    pair: '{{first}} – {{second}}: {{count}}',
    none: 'No hubo nuevas alianzas en este periodo.',
  },
  crossSector: {
    title: 'Vínculos entre sectores distintos',
    ties: '{{cross}} de {{total}} vínculos',
  },
  reach: {
    title: 'Alcance de las OSC a cada otro sector',
    sector: 'Sector',
    csos: 'OSC: {{before}} → {{after}}',
    noCsos: 'No hay actores del sector OSC en estas fechas.',
  },
  convener: {
    title: 'Dependencia de la organización convocante',
    actor: 'Organización convocante',
    hint: 'Primera suposición: el actor que asistió a más eventos. Elige otro si hace falta.',
    measure: 'Al quitar a la convocante',
    changeOn: 'Cambio el {{date}}',
    absent: 'No está presente',
    choose: 'Elige la organización convocante para ver este resultado.',
  },
  members: {
    title: 'Miembros de la comunidad de aprendizaje frente a no miembros',
    group: 'Grupo',
    members: 'Miembros',
    nonMembers: 'No miembros',
    actors: 'Actores',
    gained: 'Vínculos ganados',
    perActor: 'Por actor',
  },
  meeting: {
    title: 'Encontrarse y trabajar juntos',
    window: 'Vínculo formado en {{months}} meses',
    attended: 'Se encontraron en un evento',
    baseline: 'Nunca se encontraron',
    share: '{{share}} ({{formed}} de {{pairs}} pares)',
    noEvents: 'No hubo eventos entre estas fechas.',
  },
  measures: {
    title: 'Medidas clave',
    measure: 'Medida',
    before: 'Antes ({{date}})',
    after: 'Después ({{date}})',
    change: 'Cambio',
    direction: 'Dirección',
  },
};
