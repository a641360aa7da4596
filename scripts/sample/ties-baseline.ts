/**
 * Chapter 1, 2017: the local system before the learning communities. CSOs know CSOs of their
 * own region; government, donors, academia and media are reached mostly through the convener
 * and the intermediate support organisations (ISOs), which hand grants on to local CSOs.
 */
import { REGIONS } from './actors.ts';
import { dateBetween } from './calendar.ts';
import type { StoryContext } from './story.ts';
import { linkSome, localTo, maybeEnd } from './story.ts';

export function addBaselineTies(context: StoryContext): void {
  const { random, cast, book } = context;
  const convener = cast.convenerId;
  const in2017 = (): string => dateBetween(random, '2017-01-09', '2017-12-15');
  const government = cast.of('government');
  const allCsos = cast.of('csoG1', 'csoG2', 'csoFaa', 'cso');

  book.add({
    source: cast.of('programmeFunder')[0]!,
    target: convener,
    type: 'funding',
    spells: [{ start: '2017-01-16', end: '2020-06-30' }],
    evidence: 'document',
    note: 'Financiamiento del programa de fortalecimiento',
  });
  for (const iso of cast.of('isoG1', 'iso')) {
    book.add({
      source: convener,
      target: iso,
      type: 'collaboration',
      spells: [{ start: in2017(), end: null }],
      evidence: 'document',
    });
  }
  // Grants to the tier-1 CSOs; about half close before the programme does.
  for (const cso of cast.of('csoG1', 'cso')) {
    const start = dateBetween(random, '2017-02-01', '2017-08-31');
    const end = random.chance(0.5) ? dateBetween(random, '2019-06-30', '2020-03-31') : null;
    book.add({
      source: convener,
      target: cso,
      type: 'funding',
      spells: [{ start, end }],
      evidence: 'document',
      note: 'Donativo y acompañamiento del programa',
    });
  }
  // The convener is the bridge to government, donors, academia and media.
  const bridged = [
    ...government.filter((_, i) => i % 2 === 0),
    ...cast.of('donor'),
    cast.of('academia')[2]!,
    cast.of('media')[3]!,
  ];
  for (const other of bridged) {
    book.add({
      source: convener,
      target: other,
      type: 'information',
      spells: [{ start: in2017(), end: null }],
      evidence: 'survey',
    });
  }

  // ISOs pass grants on to CSOs of their region and keep in touch with the local tier-1 CSOs.
  for (const iso of cast.of('isoG1', 'iso')) {
    for (const cso of random.sample(localTo(cast, iso, cast.of('csoG2', 'csoFaa', 'cso')), 2)) {
      const start = dateBetween(random, '2017-03-01', '2017-10-31');
      const end = random.chance(0.5) ? '2019-12-31' : null;
      book.add({
        source: iso,
        target: cso,
        type: 'funding',
        spells: [{ start, end }],
        evidence: 'document',
        note: 'Subdonativo del programa',
      });
    }
    for (const cso of localTo(cast, iso, cast.of('csoG1'))) {
      book.add({
        source: iso,
        target: cso,
        type: 'information',
        spells: [{ start: in2017(), end: null }],
        evidence: 'survey',
      });
    }
  }

  // CSOs of one region know each other; some of those ties fade.
  for (const region of [REGIONS.bc, REGIONS.cdmx, REGIONS.son, REGIONS.coa]) {
    const local = allCsos.filter((id) => cast.regionOf(id) === region);
    linkSome(context, local, local, 4, {
      types: ['information', 'collaboration'],
      start: in2017,
      evidence: 'survey',
      endChance: 0.3,
    });
  }
  for (const [a, b] of [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [8, 6],
  ] as const) {
    book.add({
      source: government[a]!,
      target: government[b]!,
      type: 'collaboration',
      spells: [{ start: in2017(), end: null }],
      evidence: 'document',
    });
  }
  for (const donor of cast.of('donor')) {
    for (const cso of random.sample(localTo(cast, donor, allCsos), 2)) {
      const start = in2017();
      book.add({
        source: donor,
        target: cso,
        type: 'funding',
        spells: [{ start, end: maybeEnd(random, start, 0.4, 300, 800) }],
        evidence: 'document',
      });
    }
  }
  for (const outlet of [
    ...cast.of('academia').slice(0, 2),
    cast.of('academia')[3]!,
    ...cast.of('media').slice(0, 3),
  ]) {
    linkSome(context, [outlet], localTo(cast, outlet, allCsos), 1, {
      types: ['information'],
      start: in2017,
      evidence: 'survey',
    });
  }
  const [cardumen, horizonte] = cast.of('international');
  book.add({
    source: cardumen!,
    target: cast.of('isoG1')[2]!,
    type: 'funding',
    spells: [{ start: in2017(), end: '2019-06-30' }],
    evidence: 'document',
  });
  book.add({
    source: horizonte!,
    target: government[8]!,
    type: 'information',
    spells: [{ start: in2017(), end: null }],
    evidence: 'document',
  });
  book.add({
    source: cast.of('csoG2')[0]!,
    target: government[6]!,
    type: 'referral',
    spells: [{ start: in2017(), end: null }],
    evidence: 'survey',
    note: 'Canaliza casos de personas liberadas',
  });

  addInterruptedTies(context);
  // Two of the future community leaders were already known locally.
  book.add({
    source: cast.of('leaderCoahuila')[0]!,
    target: cast.of('cso')[5]!,
    type: 'information',
    spells: [{ start: in2017(), end: null }],
    evidence: 'survey',
  });
  book.add({
    source: cast.of('leaderSonora')[1]!,
    target: government[2]!,
    type: 'information',
    spells: [{ start: in2017(), end: null }],
    evidence: 'survey',
  });
}

/**
 * 2018: the convener widens its own reach to the rest of the local system, so that for a while
 * even more of the network hangs on it. Some of these ties lapse as the communities learn to
 * manage themselves in 2020.
 */
export function addConvenerOutreach({ random, cast, book }: StoryContext): void {
  const convener = cast.convenerId;
  const reached = [
    ...cast.of('government').filter((_, i) => i % 2 === 1),
    ...cast.of('newDonor'),
    ...cast.of('academia').filter((_, i) => i !== 2),
    ...cast.of('media').slice(0, 3),
  ];
  for (const other of reached) {
    const start = dateBetween(random, '2018-02-01', '2018-12-14');
    const end = random.chance(0.3) ? dateBetween(random, '2020-01-15', '2020-05-31') : null;
    book.add({
      source: convener,
      target: other,
      type: 'information',
      spells: [{ start, end }],
      evidence: 'survey',
    });
  }
  // The intermediate support organisations of community 1 follow the same path a year later.
  for (const iso of cast.of('isoG1')) {
    const local = cast
      .of('government', 'academia')
      .filter((id) => cast.regionOf(id) === cast.regionOf(iso));
    book.add({
      source: iso,
      target: random.pick(local),
      type: 'collaboration',
      spells: [{ start: dateBetween(random, '2019-02-01', '2019-11-30'), end: null }],
      evidence: 'survey',
      note: 'Acompaña a las OSC en su relación con la autoridad',
    });
  }
}

/**
 * Ties that stop when a municipal administration changes (2018) and resume once the
 * learning communities bring the two sides together again: two spells, one tie id.
 */
function addInterruptedTies({ random, cast, book }: StoryContext): void {
  const government = cast.of('government');
  const csoG1 = cast.of('csoG1');
  const changedAdministration =
    'Se interrumpió con el cambio de administración y se retomó después';
  const pairs: [string, string, string][] = [
    [csoG1[0]!, government[0]!, changedAdministration],
    [csoG1[5]!, government[3]!, changedAdministration],
    [cast.of('csoG2')[6]!, government[5]!, changedAdministration],
    [
      csoG1[3]!,
      cast.of('cso')[4]!,
      'Proyecto conjunto pausado por falta de fondos; retomado en 2019',
    ],
  ];
  for (const [source, target, note] of pairs) {
    const firstEnd = dateBetween(random, '2018-06-01', '2018-12-15');
    const restart = dateBetween(random, '2019-04-01', '2020-02-28');
    book.add({
      source,
      target,
      type: 'collaboration',
      spells: [
        { start: dateBetween(random, '2017-01-09', '2017-09-30'), end: firstEnd },
        { start: restart, end: null },
      ],
      evidence: 'survey',
      note,
    });
  }
}
