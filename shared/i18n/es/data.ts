import type { CatalogShape } from '../catalog-shape.ts';
import type { data as en } from '../en/data.ts';

export const data = {
  tabs: {
    label: 'Datos del proyecto',
    actors: 'Actores ({{count}})',
    ties: 'Vínculos ({{count}})',
  },
  search: {
    shown: 'Se muestran {{shown}} de {{total}}',
  },
  table: {
    sortAscending: 'orden ascendente',
    sortDescending: 'orden descendente',
    pager: {
      label: 'Páginas de la tabla',
      previous: '‹ Anterior',
      next: 'Siguiente ›',
      range: 'Filas {{from}}–{{to}} de {{total}}',
    },
  },
  actors: {
    search: 'Buscar actores por nombre',
    add: 'Agregar actor',
    empty:
      'Este proyecto todavía no tiene actores. Agrega la primera organización o persona del sistema local.',
    noMatch: 'Ningún nombre de actor contiene «{{query}}».',
    columns: {
      name: 'Nombre',
      sector: 'Sector',
      kind: 'Tipo',
      region: 'Región',
      ties: 'Vínculos',
      actions: 'Acciones',
    },
    noSector: 'Sin sector todavía',
    kind: {
      organisation: 'Organización',
      person: 'Persona',
    },
    editLabel: 'Editar {{name}}',
    deleteLabel: 'Eliminar {{name}}',
    form: {
      titleNew: 'Nuevo actor',
      titleEdit: 'Editar actor',
      name: 'Nombre',
      sector: 'Sector',
      kind: 'Tipo',
      region: 'Región',
      regionHint: 'Estado o ciudad, por ejemplo Sonora o Ciudad de México.',
      notes: 'Notas',
      notesHint:
        'Solo se guardan en este archivo de proyecto. Evita detalles que puedan poner en riesgo a las personas.',
    },
    delete: {
      title: 'Eliminar actor',
      question: '¿Eliminar «{{name}}»? No se puede deshacer desde esta pantalla.',
      confirm: 'Eliminar actor',
      cascadeConfirm: 'Eliminar el actor y sus vínculos',
    },
  },
  ties: {
    search: 'Buscar vínculos por nombre de actor',
    add: 'Agregar vínculo',
    empty:
      'Este proyecto todavía no tiene vínculos. Agrega una alianza, una colaboración o un aliado potencial.',
    noActors: 'Agrega al menos un actor antes de agregar vínculos.',
    noMatch: 'Ningún vínculo incluye a un actor cuyo nombre contenga «{{query}}».',
    between: '{{source}} → {{target}}',
    columns: {
      tie: 'De → a',
      type: 'Tipo',
      status: 'Estado',
      weight: 'Peso',
      dates: 'Fechas',
      evidence: 'Evidencia',
      actions: 'Acciones',
    },
    status: {
      existing: 'Existente',
      potential: 'Potencial',
    },
    evidence: {
      none: 'Sin registrar',
      survey: 'Encuesta',
      workshop: 'Taller',
      event: 'Evento',
      document: 'Documento',
      other: 'Otra',
    },
    dates: {
      none: 'sin fechas',
      closed: '{{start}} – {{end}}',
      openEnd: '{{start}} –',
      openStart: '– {{end}}',
      always: 'siempre',
      separator: '; ',
    },
    editLabel: 'Editar el vínculo {{source}} → {{target}}',
    deleteLabel: 'Eliminar el vínculo {{source}} → {{target}}',
    form: {
      titleNew: 'Nuevo vínculo',
      titleEdit: 'Editar vínculo',
      source: 'De (origen)',
      target: 'A (destino)',
      chooseActor: 'Elige un actor…',
      type: 'Tipo',
      status: 'Estado',
      statusHint:
        'Potencial: un aliado al que la organización podría acercarse; todavía no es un vínculo.',
      weight: 'Peso',
      weightHint: 'Intensidad del vínculo; 1 si no se conoce.',
      start: 'Fecha de inicio',
      end: 'Fecha de fin',
      endHint: 'Déjala vacía si el vínculo sigue activo.',
      otherSpells:
        'Este vínculo también tiene estos periodos, que se conservan tal como están: {{dates}}',
      evidence: 'Evidencia',
      note: 'Nota',
    },
    delete: {
      title: 'Eliminar vínculo',
      question: '¿Eliminar el vínculo {{source}} → {{target}}?',
      confirm: 'Eliminar vínculo',
    },
  },
} as const satisfies CatalogShape<typeof en>;
