import { mapStylesheet, type StyleRule } from '../../../shared/map/map-stylesheet.ts';

/**
 * One label size for every actor of a session, in model units (about 23 px at zoom 1 with
 * the projector style): the room reads every name from the back, small actors included.
 */
export const WORKSHOP_LABEL_SIZE = 16;

/**
 * The projector stylesheet with every label shown, and long names wrapped onto a second
 * line instead of cut with "…": a session has few actors, and a cut name ("Gobierno
 * Municipal…") is one the room cannot check.
 */
export function workshopStylesheet(): StyleRule[] {
  return [
    ...mapStylesheet({ projector: true, webgl: false, labels: 'all' }),
    { selector: 'node', style: { 'text-wrap': 'wrap', 'text-max-width': '260px' } },
  ];
}
