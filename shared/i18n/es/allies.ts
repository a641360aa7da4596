import type { CatalogShape } from '../catalog-shape.ts';
import type { allies as en } from '../en/allies.ts';

/** Sugerencias de aliados: una frase por motivo, en tuteo. */
export const allies = {
  title: 'Aliados potenciales',
  score: 'Puntaje {{score}}',
  reasons: {
    sharedPartners: 'Comparten {{count}} aliados: {{partners}}',
    sharedPartners_one: 'Comparten un aliado: {{partners}}',
    sharedPartners_other: 'Comparten {{count}} aliados: {{partners}}',
    sectorGap: 'Te abre la puerta a {{sector}}, un sector con el que aún no tienes vínculos',
    otherComponent: 'Te conecta con un grupo de {{componentSize}} actores al que hoy no llegas',
    farAway: 'Llega a una parte de la red que está a {{distance}} pasos de ti',
    potentialByOthers: '{{count}} actores más lo marcaron como aliado potencial: {{actors}}',
    potentialByOthers_one: 'Otro actor lo marcó como aliado potencial: {{actors}}',
    potentialByOthers_other: '{{count}} actores más lo marcaron como aliado potencial: {{actors}}',
    potentialPair: 'Ya aparece como tu aliado potencial',
    influentialSupporter: 'Se le ve con influencia ({{influence}} de 5) y a favor',
  },
  stances: {
    supports: 'A favor',
    neutral: 'Neutral',
    opposes: 'En contra',
    unknown: 'Sin saber',
  },
  evaluation: {
    precisionAtK: 'Precisión@{{k}}: {{hits}} de {{suggested}} sugerencias se volvieron vínculos',
    method: {
      suggestAllies: 'Sugerencias de aliados',
      commonNeighbours: 'Solo aliados en común',
      random: 'Al azar',
    },
  },
} as const satisfies CatalogShape<typeof en>;
