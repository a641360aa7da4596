/**
 * The sample's calendar: learning-community meetings, open workshops, the study tour, and the
 * survey waves. Real Mexican cities as places; every event name is invented.
 */

export interface EventRow {
  id: string;
  name: string;
  start: string;
  end: string | null;
  place: string;
  groupId: string | null;
  description: string;
}

export interface WaveRow {
  id: string;
  name: string;
  date: string;
  description: string;
}

type EventSpec = [
  id: string,
  name: string,
  start: string,
  end: string | null,
  place: string,
  groupId: string | null,
  description: string,
];

const EVENT_SPECS: readonly EventSpec[] = [
  [
    'e01',
    'CA1 · Encuentro de arranque',
    '2018-03-14',
    '2018-03-15',
    'Tijuana',
    'g1',
    'Presentación de la comunidad y acuerdos de participación.',
  ],
  [
    'e02',
    'CA1 · Capacidades internas y sistema local',
    '2018-09-19',
    '2018-09-20',
    'Ciudad de México',
    'g1',
    'Del fortalecimiento interno a las relaciones con el sistema local.',
  ],
  [
    'e03',
    'Foro nacional de sociedad civil',
    '2018-11-07',
    '2018-11-08',
    'Ciudad de México',
    null,
    'Foro abierto; la comunidad 1 se reunió al margen del foro.',
  ],
  [
    'e04',
    'CA1 · Visita de campo a mediación comunitaria',
    '2019-03-27',
    '2019-03-28',
    'Hermosillo',
    'g1',
    'Una OSC anfitriona mostró su trabajo con autoridades locales.',
  ],
  [
    'e05',
    'Taller de mapeo de actores del sistema local',
    '2019-05-15',
    '2019-05-16',
    'Ciudad de México',
    null,
    'Mapeo participativo de aliados potenciales por sector.',
  ],
  [
    'e06',
    'CA2 · Encuentro de arranque',
    '2019-06-19',
    '2019-06-20',
    'Ciudad de México',
    'g2',
    'Retos comunes en la defensa de derechos humanos.',
  ],
  [
    'e07',
    'CA1 · Tecnología para el cambio social',
    '2019-09-11',
    '2019-09-12',
    'Tijuana',
    'g1',
    'Aplicaciones y sitios web para prevenir la violencia.',
  ],
  [
    'e08',
    'Gira de estudio sobre construcción de paz',
    '2019-10-06',
    '2019-10-13',
    'Bogotá, Colombia',
    'g3',
    'Ocho liderazgos locales conocen experiencias de construcción de paz.',
  ],
  [
    'e09',
    'CA2 · Seguridad y trabajo con autoridades',
    '2019-10-23',
    '2019-10-24',
    'Tijuana',
    'g2',
    'Intercambio sobre seguridad en zonas de alta violencia.',
  ],
  [
    'e10',
    'Encuentro con donantes y especialistas en procuración de fondos',
    '2019-11-13',
    '2019-11-13',
    'Ciudad de México',
    null,
    'Diálogo directo entre OSC, donantes y especialistas.',
  ],
  [
    'e11',
    'CA3 · Diseño de proyectos',
    '2019-11-20',
    '2019-11-20',
    'Hermosillo',
    'g3',
    'Primer trazo de los dos proyectos de prevención.',
  ],
  [
    'e12',
    'CA3 · Proyecto Coahuila',
    '2019-12-11',
    '2019-12-11',
    'Saltillo',
    'g3',
    'Alianzas entre instituciones públicas y sociedad civil.',
  ],
  [
    'e13',
    'CA2 · Narrativas de la sociedad civil',
    '2020-01-22',
    '2020-01-23',
    'Ciudad de México',
    'g2',
    'Materiales de comunicación y una plataforma digital compartida.',
  ],
  [
    'e14',
    'CA3 · Proyecto Sonora',
    '2020-02-12',
    '2020-02-12',
    'Hermosillo',
    'g3',
    'Prevención de la violencia contra las mujeres con sectores público y privado.',
  ],
  [
    'e15',
    'CA1 · Cierre y autogestión',
    '2020-03-04',
    '2020-03-05',
    'Ciudad de México',
    'g1',
    'La comunidad define su gobernanza sin la organización convocante.',
  ],
  [
    'e16',
    'CA3 · Sesión de seguimiento',
    '2020-04-22',
    null,
    'En línea',
    'g3',
    'Reunión remota de seguimiento de ambos proyectos.',
  ],
  [
    'e17',
    'CA3 · Cierre',
    '2020-06-17',
    null,
    'En línea',
    'g3',
    'Balance de resultados y próximos pasos.',
  ],
];

export const EVENTS: readonly EventRow[] = EVENT_SPECS.map(
  ([id, name, start, end, place, groupId, description]) => ({
    id,
    name,
    start,
    end,
    place,
    groupId,
    description,
  }),
);

/** The start day of an event, by id. */
export function eventDate(id: string): string {
  const event = EVENTS.find((e) => e.id === id);
  if (!event) throw new Error(`Unknown event ${id}`);
  return event.start;
}

export const WAVES: readonly WaveRow[] = [
  {
    id: 'w1',
    name: 'Ola 1 · Línea de base',
    date: '2018-01-15',
    description: 'Encuesta de relaciones antes de la primera comunidad de aprendizaje.',
  },
  {
    id: 'w2',
    name: 'Ola 2',
    date: '2019-01-15',
    description: 'Tras el primer año de la comunidad 1.',
  },
  {
    id: 'w3',
    name: 'Ola 3',
    date: '2020-01-15',
    description: 'Con las comunidades 1, 2 y 3 en marcha.',
  },
  {
    id: 'w4',
    name: 'Ola 4 · Cierre',
    date: '2020-07-01',
    description: 'Al cierre del acompañamiento de la organización convocante.',
  },
];
