/**
 * The cast of the fictional sample project. Every name is invented; government bodies carry
 * "(ficticio/a)" because their generic names are the easiest to mistake for real ones.
 * Accents and ñ are deliberate: they exercise encodings in every importer and exporter.
 */

export const REGIONS = {
  bc: 'Baja California',
  cdmx: 'Ciudad de México',
  son: 'Sonora',
  coa: 'Coahuila',
  nal: 'Nacional',
} as const;
type Region = (typeof REGIONS)[keyof typeof REGIONS];

/** The part an actor plays in the story; not written to the CSV. */
export type Role =
  | 'convener'
  | 'isoG1'
  | 'iso'
  | 'csoG1'
  | 'csoG2'
  | 'csoFaa'
  | 'cso'
  | 'government'
  | 'donor'
  | 'newDonor'
  | 'company'
  | 'fundraiser'
  | 'academia'
  | 'media'
  | 'programmeFunder'
  | 'international'
  | 'leaderSonora'
  | 'leaderCoahuila';

export interface ActorRow {
  id: string;
  name: string;
  sector: string;
  kind: 'organisation' | 'person';
  region: Region;
  theme: string | null;
  founded: number | null;
  notes: string;
  role: Role;
}

type Spec = [
  name: string,
  role: Role,
  region: Region,
  theme: string | null,
  founded: number | null,
  notes?: string,
];

const { bc, cdmx, son, coa, nal } = REGIONS;
const FAA_NOTE = 'Recibió una adjudicación de monto fijo y fortalecimiento modular.';
const TOUR_NOTE = 'Participó en la gira de estudio sobre construcción de paz (2019).';

const SPECS: readonly Spec[] = [
  [
    'Red Impulso Cívico A.C.',
    'convener',
    cdmx,
    'fortalecimiento institucional',
    2001,
    'Organización convocante de las tres comunidades de aprendizaje.',
  ],
  [
    'Alianza Puente Norte A.C.',
    'isoG1',
    bc,
    'fortalecimiento institucional',
    2004,
    'Replica donativos y acompañamiento con OSC de la región.',
  ],
  ['Centro de Apoyo Mutuo del Desierto A.C.', 'isoG1', son, 'fortalecimiento institucional', 2007],
  [
    'Vínculo Común, Fortalecimiento de OSC A.C.',
    'isoG1',
    cdmx,
    'fortalecimiento institucional',
    2002,
  ],
  ['Enlace Laguna Viva A.C.', 'iso', coa, 'fortalecimiento institucional', 2010],
  ['Colectivo Brújula Norte A.C.', 'csoG1', bc, 'prevención de violencia', 2009],
  ['Casa Colibrí de Mediación A.C.', 'csoG1', bc, 'mediación', 2012],
  ['Semillero Digital Tlacuache A.C.', 'csoG1', bc, 'tecnología para el cambio social', 2015],
  ['Círculo Ámbar por la Justicia A.C.', 'csoG1', cdmx, 'justicia penal', 2006],
  [
    'Laboratorio Cívico Órbita A.C.',
    'csoG1',
    cdmx,
    'tecnología para el cambio social',
    2014,
    'Se sumó a la comunidad en su segundo encuentro.',
  ],
  ['Mesa Serena, Mediación Comunitaria A.C.', 'csoG1', son, 'mediación', 2011],
  [
    'Umbral Segundo Paso A.C.',
    'csoG1',
    son,
    'prevención de violencia',
    2008,
    'Dejó la comunidad en 2019 por un cambio de dirección.',
  ],
  ['Colectiva Añil por los Derechos Humanos A.C.', 'csoG2', cdmx, 'derechos humanos', 2004],
  ['Observatorio Ciudadano Lupa Clara A.C.', 'csoG2', cdmx, 'justicia penal', 2013],
  ['Enredadera Jurídica A.C.', 'csoG2', cdmx, 'justicia penal', 2010],
  [
    'Familias en Búsqueda Luz de Agave A.C.',
    'csoG2',
    son,
    'derechos humanos',
    2016,
    'Documenta casos sensibles: exportar siempre con nombres seudonimizados.',
  ],
  ['Atalaya de Género A.C.', 'csoG2', coa, 'derechos humanos', 2007],
  ['Coordinadora Huellas de Retorno A.C.', 'csoG2', bc, 'derechos humanos', 2005],
  ['Defensoría Popular La Candela A.C.', 'csoG2', coa, 'justicia penal', 2012],
  ['Mujeres Guardianas del Cañón A.C.', 'csoG2', son, 'prevención de violencia', 2010],
  ['Iniciativa Telar Urbano A.C.', 'csoG2', cdmx, 'prevención de violencia', 2015],
  ['Voces del Arroyo A.C.', 'csoG2', bc, 'derechos humanos', 2011],
  ['Taller Mezquite de Juventudes A.C.', 'csoFaa', son, 'prevención de violencia', 2016, FAA_NOTE],
  [
    'Brecha Cero Tecnología Cívica A.C.',
    'csoFaa',
    cdmx,
    'tecnología para el cambio social',
    2017,
    FAA_NOTE,
  ],
  ['Ronda Cívica Sabinas A.C.', 'csoFaa', coa, 'mediación', 2014, FAA_NOTE],
  ['Colectivo Piñón Solidario A.C.', 'csoFaa', bc, 'prevención de violencia', 2013, FAA_NOTE],
  ['Centro Comunitario Pitahaya A.C.', 'cso', son, 'prevención de violencia', 2003],
  ['Escuela de Paz Cardón A.C.', 'cso', bc, 'mediación', 2010],
  ['Proyecto Candil Legal A.C.', 'cso', coa, 'justicia penal', 2009],
  ['Comunidad Saguaro Joven A.C.', 'cso', son, 'prevención de violencia', 2012],
  ['Nido de Palabras A.C.', 'cso', cdmx, 'derechos humanos', 2008],
  ['Red Huizache de Cuidados A.C.', 'cso', coa, 'prevención de violencia', 2005],
  [
    'Instituto Municipal de Convivencia de Tijuana (ficticio)',
    'government',
    bc,
    'seguridad ciudadana',
    null,
  ],
  [
    'Fiscalía Regional de Atención a Víctimas del Noroeste (ficticia)',
    'government',
    bc,
    'justicia penal',
    null,
  ],
  [
    'Consejo Estatal de Prevención Social de Sonora (ficticio)',
    'government',
    son,
    'prevención de violencia',
    null,
  ],
  ['Dirección de Mediación Vecinal de Hermosillo (ficticia)', 'government', son, 'mediación', null],
  [
    'Secretaría Estatal de Inclusión y Paz de Coahuila (ficticia)',
    'government',
    coa,
    'construcción de paz',
    null,
  ],
  [
    'Comisión de Seguridad Ciudadana de Saltillo (ficticia)',
    'government',
    coa,
    'seguridad ciudadana',
    null,
  ],
  [
    'Unidad de Reinserción Social de la Capital (ficticia)',
    'government',
    cdmx,
    'justicia penal',
    null,
  ],
  [
    'Coordinación de Participación Ciudadana de la Capital (ficticia)',
    'government',
    cdmx,
    'participación ciudadana',
    null,
  ],
  [
    'Comisión Nacional de Enlace con la Sociedad Civil (ficticia)',
    'government',
    nal,
    'participación ciudadana',
    null,
  ],
  ['Fundación Raíces del Desierto', 'donor', son, 'desarrollo comunitario', 1998],
  ['Fondo Semilla Fronteriza A.C.', 'donor', bc, 'juventudes', 2006],
  [
    'Fundación Alcaraván para la Paz',
    'newDonor',
    cdmx,
    'construcción de paz',
    2011,
    'Se acercó a las OSC en el encuentro con donantes.',
  ],
  ['Fondo Comunitario Nogal Alto', 'newDonor', coa, 'desarrollo comunitario', 2009],
  ['Fundación Familia Ocampo Iturbe', 'donor', cdmx, 'educación', 1995],
  ['Manufacturas Nopal Azul S.A. de C.V.', 'company', bc, 'responsabilidad social', 1987],
  ['Transportes Lince Dorado S.A. de C.V.', 'company', coa, 'responsabilidad social', 1992],
  ['Tostadores Garambullo S.A.P.I. de C.V.', 'company', son, 'responsabilidad social', 2012],
  ['Consultora Cauce de Recursos S.C.', 'fundraiser', cdmx, 'procuración de fondos', 2014],
  [
    'Mtra. Renata Villaseñor Quiroga',
    'fundraiser',
    cdmx,
    'procuración de fondos',
    null,
    'Especialista independiente en procuración de fondos.',
  ],
  ['Lic. Joaquín Ibarra Téllez', 'fundraiser', nal, 'alianzas estratégicas', null],
  ['Dra. Sofía Anaya Briseño', 'fundraiser', son, 'procuración de fondos', null],
  ['Universidad Lumbrera del Norte', 'academia', bc, 'investigación social', 1975],
  ['Centro de Investigación Social Ocotillo', 'academia', son, 'investigación social', 1996],
  ['Instituto de Estudios sobre Justicia Tezontle', 'academia', cdmx, 'justicia penal', 2003],
  ['Escuela Superior de Trabajo Social Candelilla', 'academia', coa, 'trabajo social', 1981],
  ['Radio Comunitaria La Cigarra', 'media', son, 'periodismo comunitario', 2009],
  ['Semanario Voz del Mezquite', 'media', coa, 'periodismo', 1999],
  ['Portal Periodístico Contraluz Norte', 'media', bc, 'periodismo de datos', 2015],
  ['Agencia de Noticias Pliego Abierto', 'media', nal, 'periodismo', 2008],
  [
    'Agencia de Cooperación Aurora (ficticia)',
    'programmeFunder',
    nal,
    'sociedad civil',
    null,
    'Financia el programa de fortalecimiento.',
  ],
  ['Programa Regional Cardumen (ficticio)', 'international', nal, 'derechos humanos', null],
  [
    'Fondo Internacional Horizonte Compartido (ficticio)',
    'international',
    cdmx,
    'construcción de paz',
    null,
  ],
  [
    'Mtra. Lucía Peñaloza Arvizu',
    'leaderSonora',
    son,
    'violencia contra las mujeres',
    null,
    TOUR_NOTE,
  ],
  [
    'Ing. Ramón Encinas Valenzuela',
    'leaderSonora',
    son,
    'violencia contra las mujeres',
    null,
    TOUR_NOTE,
  ],
  [
    'Dra. Itzel Moroyoqui Durán',
    'leaderSonora',
    son,
    'violencia contra las mujeres',
    null,
    TOUR_NOTE,
  ],
  ['Lic. Tomás Yocupicio Ruelas', 'leaderSonora', son, 'justicia penal', null, TOUR_NOTE],
  ['Profra. Marisol Garza Cepeda', 'leaderCoahuila', coa, 'construcción de paz', null, TOUR_NOTE],
  ['Lic. Andrés Múzquiz Treviño', 'leaderCoahuila', coa, 'justicia penal', null, TOUR_NOTE],
  ['Mtra. Guadalupe Ríos Sifuentes', 'leaderCoahuila', coa, 'construcción de paz', null, TOUR_NOTE],
  ['C. Ernesto Dávila Acuña', 'leaderCoahuila', coa, 'construcción de paz', null, TOUR_NOTE],
];

const SECTOR_OF_ROLE: Record<Role, string> = {
  convener: 'iso',
  isoG1: 'iso',
  iso: 'iso',
  csoG1: 'cso',
  csoG2: 'cso',
  csoFaa: 'cso',
  cso: 'cso',
  government: 'government',
  donor: 'donor',
  newDonor: 'donor',
  company: 'private',
  fundraiser: 'private',
  academia: 'academia',
  media: 'media',
  programmeFunder: 'international',
  international: 'international',
  leaderSonora: 'community_leader',
  leaderCoahuila: 'community_leader',
};

/** Titles mark people; everything else is an organisation. */
const PERSON_TITLE = /^(Mtra?|Lic|Dra?|Ing|Profra?|C)\. /;

export function buildActors(): ActorRow[] {
  return SPECS.map(([name, role, region, theme, founded, notes], index) => ({
    id: `a${String(index + 1).padStart(3, '0')}`,
    name,
    sector: SECTOR_OF_ROLE[role],
    kind: PERSON_TITLE.test(name) ? 'person' : 'organisation',
    region,
    theme,
    founded,
    notes: notes ?? '',
    role,
  }));
}

/** Lookups by role and id, so the story can say "the Group 1 CSOs" instead of listing ids. */
export interface Cast {
  convenerId: string;
  of(...roles: Role[]): string[];
  regionOf(id: string): string;
  sectorOf(id: string): string;
}

export function castActors(actors: readonly ActorRow[]): Cast {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const find = (id: string): ActorRow => {
    const actor = byId.get(id);
    if (!actor) throw new Error(`Unknown actor ${id}`);
    return actor;
  };
  const of = (...roles: Role[]): string[] =>
    actors.filter((actor) => roles.includes(actor.role)).map((actor) => actor.id);
  return {
    convenerId: of('convener')[0]!,
    of,
    regionOf: (id) => find(id).region,
    sectorOf: (id) => find(id).sector,
  };
}
