/** The places a column can fill; any other column becomes an attribute. */
export type ActorRole = 'id' | 'name' | 'sector' | 'kind' | 'region' | 'notes';
export type TieRole =
  | 'id'
  | 'source'
  | 'target'
  | 'type'
  | 'weight'
  | 'directed'
  | 'status'
  | 'evidence'
  | 'start'
  | 'end'
  | 'intervals'
  | 'note';

/** Column index → role; columns without a role are attributes. */
export type ColumnMapping<Role extends string> = Partial<Record<Role, number>>;

/**
 * Header spellings by role, written normalised (lower case, no accents, no spaces or
 * punctuation). English and Spanish, plus Gephi (Id, Label, Source, Target, Type, Weight,
 * Timeset, Interval), Kumu (Label, Type, Description, From, To; https://docs.kumu.io/guides/import),
 * NodeXL (Vertex 1, Vertex 2) and Cytoscape (shared name) conventions.
 */
const ACTOR_HEADERS: Record<ActorRole, readonly string[]> = {
  id: ['id', 'identificador', 'clave', 'nodeid', 'actorid', 'key', 'codigo', 'code'],
  name: [
    'label',
    'name',
    'nombre',
    'etiqueta',
    'actor',
    'organizacion',
    'organization',
    'organisation',
    'vertex',
    'sharedname',
  ],
  sector: ['sector', 'sectores'],
  kind: ['kind', 'type', 'tipo', 'tipodeactor', 'clase', 'elementtype'],
  region: ['region', 'estado', 'state', 'entidad', 'entidadfederativa'],
  notes: [
    'notes',
    'note',
    'notas',
    'nota',
    'description',
    'descripcion',
    'comments',
    'comentarios',
  ],
};

const TIE_HEADERS: Record<TieRole, readonly string[]> = {
  id: ['id', 'identificador', 'edgeid', 'tieid'],
  source: ['source', 'from', 'origen', 'fuente', 'de', 'desde', 'vertex1', 'sourceid'],
  target: ['target', 'to', 'destino', 'a', 'hacia', 'para', 'vertex2', 'targetid'],
  type: [
    'type',
    'tipo',
    'relation',
    'relacion',
    'tipodevinculo',
    'tipoderelacion',
    'connectiontype',
  ],
  weight: ['weight', 'peso', 'valor', 'value', 'strength', 'intensidad', 'fuerza'],
  directed: ['directed', 'direction', 'dirigido', 'direccion', 'edgetype'],
  status: ['status', 'estado', 'estatus'],
  evidence: ['evidence', 'evidencia', 'fuentededatos', 'datasource'],
  start: ['start', 'inicio', 'startdate', 'fechadeinicio', 'fechainicio', 'begin', 'desdefecha'],
  end: ['end', 'fin', 'enddate', 'fechadefin', 'fechafin', 'hasta', 'until', 'termino'],
  intervals: [
    'timeset',
    'interval',
    'intervals',
    'timeinterval',
    'intervalo',
    'spells',
    'periodos',
  ],
  note: ['note', 'notes', 'nota', 'notas', 'description', 'descripcion', 'comments', 'comentarios'],
};

/** Lower case, accents off, and everything but letters and digits dropped: "Región " → "region". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function recogniseActorColumns(headers: readonly string[]): ColumnMapping<ActorRole> {
  return recognise(headers, ACTOR_HEADERS);
}

export function recogniseTieColumns(headers: readonly string[]): ColumnMapping<TieRole> {
  return recognise(headers, TIE_HEADERS);
}

/** First matching column wins each role, and a column fills at most one role. */
function recognise<Role extends string>(
  headers: readonly string[],
  spellings: Record<Role, readonly string[]>,
): ColumnMapping<Role> {
  const mapping: ColumnMapping<Role> = {};
  const taken = new Set<number>();
  const normalised = headers.map(normaliseHeader);
  for (const role of Object.keys(spellings) as Role[]) {
    const index = normalised.findIndex(
      (header, column) => !taken.has(column) && spellings[role].includes(header),
    );
    if (index >= 0) {
      mapping[role] = index;
      taken.add(index);
    }
  }
  return mapping;
}
