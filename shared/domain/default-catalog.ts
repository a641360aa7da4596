import type { Sector, TieType } from './catalog.ts';

/**
 * The sectors and tie types every new project starts with (DOMAIN.md's vocabulary). They
 * are project data, editable per project, so their names live here in both languages
 * rather than in the UI translations. Colours: Okabe–Ito and Tol palettes, chosen to stay
 * distinguishable for the common colour-vision deficiencies.
 */
export const DEFAULT_SECTORS: readonly Sector[] = [
  {
    key: 'cso',
    labelEs: 'Organización de la sociedad civil (OSC)',
    labelEn: 'Civil-society organisation (CSO)',
    colour: '#0072b2',
    position: 0,
  },
  {
    key: 'iso',
    labelEs: 'Organización de apoyo intermedio (OSI)',
    labelEn: 'Intermediate support organisation (ISO)',
    colour: '#56b4e9',
    position: 1,
  },
  { key: 'government', labelEs: 'Gobierno', labelEn: 'Government', colour: '#d55e00', position: 2 },
  { key: 'donor', labelEs: 'Donante', labelEn: 'Donor', colour: '#009e73', position: 3 },
  {
    key: 'private',
    labelEs: 'Sector privado',
    labelEn: 'Private sector',
    colour: '#e69f00',
    position: 4,
  },
  { key: 'academia', labelEs: 'Academia', labelEn: 'Academia', colour: '#cc79a7', position: 5 },
  { key: 'media', labelEs: 'Medios', labelEn: 'Media', colour: '#882255', position: 6 },
  {
    key: 'international',
    labelEs: 'Cooperación internacional',
    labelEn: 'International cooperation',
    colour: '#44aa99',
    position: 7,
  },
  {
    key: 'community_leader',
    labelEs: 'Liderazgo comunitario',
    labelEn: 'Community leader',
    colour: '#999933',
    position: 8,
  },
];

export const DEFAULT_TIE_TYPES: readonly TieType[] = [
  {
    key: 'collaboration',
    labelEs: 'Colaboración',
    labelEn: 'Collaboration',
    directed: false,
    colour: '#4d4d4d',
    position: 0,
  },
  {
    key: 'information',
    labelEs: 'Intercambio de información',
    labelEn: 'Information sharing',
    directed: false,
    colour: '#0072b2',
    position: 1,
  },
  {
    key: 'funding',
    labelEs: 'Financiamiento',
    labelEn: 'Funding',
    directed: true,
    colour: '#009e73',
    position: 2,
  },
  {
    key: 'alliance',
    labelEs: 'Alianza formal',
    labelEn: 'Formal alliance',
    directed: false,
    colour: '#d55e00',
    position: 3,
  },
  {
    key: 'referral',
    labelEs: 'Canalización',
    labelEn: 'Referral',
    directed: true,
    colour: '#cc79a7',
    position: 4,
  },
];
