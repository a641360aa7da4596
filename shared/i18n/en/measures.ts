/** The Measures screen: options, node table, network cards, sector mixing, E-I, without an actor. */
export const measures = {
  options: {
    legend: 'Which network',
    at: 'Network on',
    atHint: 'Ties active on this day. Empty: every tie, whatever its dates.',
    outside:
      'No tie is active on {{date}}: the ties run from {{first}} to {{last}}. Choose a day in between, or leave the day empty.',
    before:
      'No tie is active on {{date}}: the first tie starts on {{first}}. Choose a later day, or leave the day empty.',
    noDates:
      'The ties of this project have no dates, so there is no network on {{date}}. Leave the day empty.',
    direction: 'Direction',
    directed: 'Directed (who points to whom)',
    undirected: 'Undirected (directed ties read as mutual)',
    directionFixed: {
      'all-directed': 'Directed: every tie type here is directed.',
      'none-directed': 'Undirected: no tie type here is directed.',
      'mixed-directed': 'This network mixes directed and undirected tie types.',
      'mixed-undirected': 'This network mixes directed and undirected tie types.',
      'forced-directed': 'Read as directed.',
      'forced-undirected': 'Read as undirected.',
    },
    weighted: 'Use tie weights',
    weightedHint: 'Strength sums weights; path measures take distance = 1 / weight.',
    includePotential: 'Include potential ties',
    includePotentialHint: 'Off: only existing ties count, as alliances that already happen.',
  },
  progress: {
    starting: 'Starting the analysis…',
    building: 'Building the network…',
    measuring: 'Computing the measures…',
    comparing: 'Computing the network with and without the actor…',
    cancel: 'Cancel',
    cancelled: 'The analysis was cancelled. Change an option or press “Compute again”.',
    again: 'Compute again',
    summary: 'Network on {{date}}: {{actors}} actors, {{ties}} tie records ({{reading}}).',
    allDates: 'all dates',
  },
  errors: {
    weightMissing:
      'The tie {{source}} – {{target}} has no weight “{{attribute}}”. Give every tie a weight, or turn weights off.',
    weightNotNumeric:
      'The weight of the tie {{source}} – {{target}} is “{{value}}”, not a number. Correct it, or turn weights off.',
    weightNotPositive:
      'The tie {{source}} – {{target}} has weight {{weight}}; path measures need positive weights. Correct it, or turn weights off.',
    unknownActor: 'The actor “{{actor}}” is not in this network on that day. Choose another one.',
    noTies: 'The network has no ties, so this measure cannot be computed.',
    needsDirected: 'This measure needs a directed network.',
    notConverged: 'This measure did not converge after {{iterations}} rounds.',
    crashed:
      'The analysis stopped unexpectedly ({{message}}). Try again; if it happens again, report it.',
    badRequest: 'The analysis received damaged data. Reload the page.',
    badAnswer: 'The analysis sent back damaged results. Reload the page.',
  },
  conventions: {
    directed: 'directed',
    undirected: 'undirected',
    weighted: 'weighted',
    unweighted: 'unweighted',
    unavailable: 'Not available here: {{reason}}',
    normalization: {
      none: 'raw count or value',
      pairs: 'normalised by the number of pairs of other actors',
      'wasserman-faust': 'Wasserman–Faust: scaled by the share of actors that reach it',
      'other-actors': 'averaged over the other actors',
      'unit-length': 'scores scaled to unit length',
      'sum-one': 'scores sum to 1',
      share: 'a share between 0 and 1',
      correlation: 'from −1 to +1',
      freeman: 'Freeman: 0 = all equal, 1 = a star',
      labels: 'community labels (numbers only tell groups apart)',
    },
    distance: {
      steps: 'every tie is one step',
      'inverse-weight': 'distance = 1 / weight',
    },
  },
  node: {
    label: { name: 'Actor', help: 'The actor’s name.' },
    sector: { name: 'Sector', help: 'The actor’s sector.' },
    degree: { name: 'Degree', help: 'Number of actors it has a tie with.' },
    inDegree: { name: 'In-degree', help: 'Ties that point to the actor (directed networks).' },
    outDegree: { name: 'Out-degree', help: 'Ties the actor points to others (directed networks).' },
    strength: {
      name: 'Strength',
      help: 'Sum of the weights of its ties; without weights each tie counts 1, and repeated ties with the same actor add up.',
    },
    betweenness: {
      name: 'Betweenness',
      help: 'How many shortest paths between other actors pass through it: who brokers.',
    },
    betweennessNormalized: {
      name: 'Betweenness (norm.)',
      help: 'Betweenness divided by the number of pairs of other actors, from 0 to 1.',
    },
    closeness: {
      name: 'Closeness',
      help: 'How near it is to the actors it can reach (inverse of the average distance).',
    },
    harmonic: {
      name: 'Harmonic closeness',
      help: 'Average of 1 / distance to every other actor; works in disconnected networks.',
    },
    eigenvector: {
      name: 'Eigenvector',
      help: 'Central when tied to actors who are themselves central.',
    },
    pagerank: {
      name: 'PageRank',
      help: 'Share of attention it receives through ties (damping 0.85).',
    },
    clustering: {
      name: 'Clustering',
      help: 'Share of pairs of its partners that also work together.',
    },
    core: {
      name: 'k-core',
      help: 'Largest k such that it belongs to a group where everyone has at least k ties.',
    },
    constraint: {
      name: 'Constraint',
      help: 'Burt: high when its partners are tied to each other (few brokerage opportunities).',
    },
    effectiveSize: {
      name: 'Effective size',
      help: 'Burt: number of its partners that are not redundant (not tied among themselves).',
    },
    brokerage: {
      name: 'Brokerage',
      help: 'Gould–Fernandez: times it sits between two actors in the sector pattern shown (directed ties).',
    },
    community: {
      name: 'Community',
      help: 'Group found by Louvain (seeded: same data, same groups); the number only names the group.',
    },
  },
  network: {
    actors: { name: 'Actors', help: 'Number of actors in the network, isolates included.' },
    ties: { name: 'Ties', help: 'Number of distinct ties after joining parallel ones.' },
    density: { name: 'Density', help: 'Share of possible ties that exist.' },
    weakComponents: {
      name: 'Components',
      help: 'Number of separate parts (ignoring direction); an isolate is a part of its own.',
    },
    strongComponents: {
      name: 'Strong components',
      help: 'Parts in which every actor reaches every other following directions.',
    },
    largestComponentShare: {
      name: 'Largest component',
      help: 'Share of actors in the largest connected part.',
    },
    diameter: {
      name: 'Diameter',
      help: 'Longest shortest path in the largest component.',
    },
    averagePathLength: {
      name: 'Average path length',
      help: 'Average shortest distance between actors of the largest component.',
    },
    reciprocity: {
      name: 'Reciprocity',
      help: 'Share of directed ties returned by the other actor.',
    },
    transitivity: {
      name: 'Transitivity',
      help: 'Share of connected triples that close into triangles (partners of a partner are partners).',
    },
    averageClustering: {
      name: 'Average clustering',
      help: 'Average of each actor’s clustering coefficient.',
    },
    degreeCentralization: {
      name: 'Degree centralisation',
      help: 'Freeman: how much ties concentrate on one actor (0 = even, 1 = a star).',
    },
    betweennessCentralization: {
      name: 'Betweenness centralisation',
      help: 'Freeman: how much brokerage concentrates on one actor (0 = even, 1 = a star).',
    },
    degreeAssortativity: {
      name: 'Degree assortativity',
      help: 'Positive when well-connected actors tie to each other; negative when hubs tie to peripheral actors.',
    },
    sectorAssortativity: {
      name: 'Sector assortativity',
      help: 'Positive when ties stay inside sectors; negative when they cross sectors.',
    },
    modularity: {
      name: 'Modularity',
      help: 'How clearly the Louvain communities separate (above about 0.3 is marked structure).',
    },
    communities: { name: 'Communities', help: 'Number of Louvain communities.' },
  },
  table: {
    title: 'Actors',
    caption: 'Network measures of each actor',
    search: 'Search actors',
    shown: '{{shown}} of {{total}} actors',
    columns: 'Columns',
    exportCsv: 'Export CSV',
    exportXlsx: 'Export Excel',
    fileName: 'tejido-measures',
    pages: 'Pages of the table',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {{page}} of {{pages}}',
    sizeMap: 'Size the map by',
    sizeMapNone: 'Degree (default)',
    sizeMapHint: 'The Map screen draws actors larger the higher this measure.',
  },
  cards: {
    title: 'Whole network',
    notApplicable: 'n/a',
  },
  mixing: {
    title: 'Sector mixing',
    help: 'Ties between each pair of sectors. Rows: sector of the sender (directed) or of one end (undirected).',
    unclassified: 'Ties with an actor without sector, left out: {{count}}.',
    empty: 'No ties between actors with a sector.',
    cell: '{{row}} → {{column}}: {{count}} ties',
  },
  ei: {
    title: 'E-I index',
    help: 'Krackhardt–Stern (E − I) / (E + I): −1 = every tie inside the group, +1 = every tie crosses to other groups.',
    group: 'Group',
    value: 'E-I',
    whole: 'Whole network, by sector',
    bySector: 'By sector',
    byCommunity: 'By learning community',
    noCommunities: 'No learning communities on this day.',
  },
  groupDensity: {
    title: 'Density inside and between learning communities',
    help: 'Share of possible ties that exist among the members of a community (diagonal) or between the members of two communities.',
  },
  without: {
    title: 'Without an actor',
    help: 'The same network measures with one actor and its ties removed: does the network depend on it (the convener)?',
    choose: 'Actor to remove',
    chooseNone: 'Choose an actor…',
    measure: 'Measure',
    with: 'With',
    without: 'Without',
    difference: 'Difference',
  },
} as const;
