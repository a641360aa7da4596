import type { CatalogShape } from '../catalog-shape.ts';
import type { history as english } from '../en/history.ts';

/** Deshacer y rehacer cambios (el registro de cambios). */
export const history: CatalogShape<typeof english> = {
  label: 'Deshacer y rehacer',
  undo: 'Deshacer',
  redo: 'Rehacer',
  what: '({{what}})',
  operations: {
    actors_upsert: 'guardar un actor',
    actors_delete: 'eliminar un actor',
    actors_merge: 'fusionar dos actores',
    ties_upsert: 'guardar un vínculo',
    ties_delete: 'eliminar un vínculo',
    sectors_upsert: 'guardar un sector',
    sectors_delete: 'eliminar un sector',
    tieTypes_upsert: 'guardar un tipo de vínculo',
    tieTypes_delete: 'eliminar un tipo de vínculo',
    groups_upsert: 'guardar un grupo',
    groups_delete: 'eliminar un grupo',
    groups_setMembers: 'cambiar los miembros de un grupo',
    events_upsert: 'guardar un evento',
    events_delete: 'eliminar un evento',
    events_setParticipation: 'cambiar quién asistió a un evento',
    waves_upsert: 'guardar una ola de encuesta',
    waves_delete: 'eliminar una ola de encuesta',
    views_upsert: 'guardar una vista del mapa',
    views_delete: 'eliminar una vista del mapa',
    imports_commit: 'una importación',
    workshops_upsert: 'guardar un taller',
    workshops_delete: 'eliminar un taller',
    workshops_addActor: 'agregar un actor en el taller',
    workshops_addTie: 'agregar un vínculo en el taller',
    workshops_rate: 'calificar a un actor en el taller',
    workshops_decide: 'decidir sobre una propuesta',
    other: 'el último cambio',
  },
};
