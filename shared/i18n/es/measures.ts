import type { CatalogShape } from '../catalog-shape.ts';
import type { measures as english } from '../en/measures.ts';

/** Pantalla de Medidas: opciones, tabla de actores, tarjetas de red, mezcla por sector, E-I. */
export const measures: CatalogShape<typeof english> = {
  options: {
    legend: 'Qué red',
    at: 'Red al día',
    atHint: 'Vínculos activos ese día. Vacío: todos los vínculos, sean cuales sean sus fechas.',
    outside:
      'Ningún vínculo está activo el {{date}}: los vínculos van del {{first}} al {{last}}. Elige un día entre esas fechas o deja el día vacío.',
    before:
      'Ningún vínculo está activo el {{date}}: el primer vínculo empieza el {{first}}. Elige un día posterior o deja el día vacío.',
    noDates:
      'Los vínculos de este proyecto no tienen fechas, así que no hay red el {{date}}. Deja el día vacío.',
    direction: 'Dirección',
    directed: 'Dirigida (quién apunta a quién)',
    undirected: 'No dirigida (los vínculos dirigidos se leen como mutuos)',
    directionFixed: {
      'all-directed': 'Dirigida: todos los tipos de vínculo aquí son dirigidos.',
      'none-directed': 'No dirigida: ningún tipo de vínculo aquí es dirigido.',
      'mixed-directed': 'Esta red mezcla tipos de vínculo dirigidos y no dirigidos.',
      'mixed-undirected': 'Esta red mezcla tipos de vínculo dirigidos y no dirigidos.',
      'forced-directed': 'Leída como dirigida.',
      'forced-undirected': 'Leída como no dirigida.',
    },
    weighted: 'Usar el peso de los vínculos',
    weightedHint: 'La fuerza suma pesos; las medidas de caminos toman distancia = 1 / peso.',
    includePotential: 'Incluir vínculos potenciales',
    includePotentialHint:
      'Desactivado: solo cuentan los vínculos existentes, las alianzas que ya ocurren.',
  },
  progress: {
    starting: 'Iniciando el análisis…',
    building: 'Construyendo la red…',
    measuring: 'Calculando las medidas…',
    comparing: 'Calculando la red con y sin el actor…',
    cancel: 'Cancelar',
    cancelled: 'Se canceló el análisis. Cambia una opción o pulsa «Calcular de nuevo».',
    again: 'Calcular de nuevo',
    summary: 'Red en {{date}}: {{actors}} actores, {{ties}} registros de vínculo ({{reading}}).',
    allDates: 'todas las fechas',
  },
  errors: {
    weightMissing:
      'El vínculo {{source}} – {{target}} no tiene peso «{{attribute}}». Da un peso a cada vínculo o desactiva los pesos.',
    weightNotNumeric:
      'El peso del vínculo {{source}} – {{target}} es «{{value}}», no un número. Corrígelo o desactiva los pesos.',
    weightNotPositive:
      'El vínculo {{source}} – {{target}} tiene peso {{weight}}; las medidas de caminos necesitan pesos positivos. Corrígelo o desactiva los pesos.',
    unknownActor: 'El actor «{{actor}}» no está en esta red ese día. Elige otro.',
    noTies: 'La red no tiene vínculos, así que esta medida no se puede calcular.',
    needsDirected: 'Esta medida necesita una red dirigida.',
    notConverged: 'Esta medida no convergió tras {{iterations}} rondas.',
    crashed:
      'El análisis se detuvo de forma inesperada ({{message}}). Inténtalo de nuevo; si vuelve a ocurrir, repórtalo.',
    badRequest: 'El análisis recibió datos dañados. Recarga la página.',
    badAnswer: 'El análisis devolvió resultados dañados. Recarga la página.',
  },
  conventions: {
    directed: 'dirigida',
    undirected: 'no dirigida',
    weighted: 'con pesos',
    unweighted: 'sin pesos',
    unavailable: 'No disponible aquí: {{reason}}',
    normalization: {
      none: 'conteo o valor sin normalizar',
      pairs: 'normalizada por el número de pares de otros actores',
      'wasserman-faust': 'Wasserman–Faust: escalada por la proporción de actores que lo alcanzan',
      'other-actors': 'promediada sobre los demás actores',
      'unit-length': 'puntajes escalados a longitud 1',
      'sum-one': 'los puntajes suman 1',
      share: 'una proporción entre 0 y 1',
      correlation: 'de −1 a +1',
      freeman: 'Freeman: 0 = todos iguales, 1 = una estrella',
      labels: 'etiquetas de comunidad (el número solo distingue grupos)',
    },
    distance: {
      steps: 'cada vínculo es un paso',
      'inverse-weight': 'distancia = 1 / peso',
    },
  },
  node: {
    label: { name: 'Actor', help: 'El nombre del actor.' },
    sector: { name: 'Sector', help: 'El sector del actor.' },
    degree: { name: 'Grado', help: 'Número de actores con los que tiene un vínculo.' },
    inDegree: {
      name: 'Grado de entrada',
      help: 'Vínculos que apuntan al actor (redes dirigidas).',
    },
    outDegree: {
      name: 'Grado de salida',
      help: 'Vínculos con los que el actor apunta a otros (redes dirigidas).',
    },
    strength: {
      name: 'Fuerza',
      help: 'Suma de los pesos de sus vínculos; sin pesos cada vínculo vale 1 y los vínculos repetidos con el mismo actor se suman.',
    },
    betweenness: {
      name: 'Intermediación',
      help: 'Cuántos caminos más cortos entre otros actores pasan por él: quién hace de puente.',
    },
    betweennessNormalized: {
      name: 'Intermediación (norm.)',
      help: 'Intermediación dividida entre el número de pares de otros actores, de 0 a 1.',
    },
    closeness: {
      name: 'Cercanía',
      help: 'Qué tan cerca está de los actores que alcanza (inverso de la distancia media).',
    },
    harmonic: {
      name: 'Cercanía armónica',
      help: 'Promedio de 1 / distancia a cada otro actor; sirve en redes desconectadas.',
    },
    eigenvector: {
      name: 'Vector propio',
      help: 'Central cuando está vinculado con actores que a su vez son centrales.',
    },
    pagerank: {
      name: 'PageRank',
      help: 'Proporción de la atención que recibe a través de los vínculos (amortiguación 0,85).',
    },
    clustering: {
      name: 'Agrupamiento',
      help: 'Proporción de pares de sus aliados que también trabajan entre sí.',
    },
    core: {
      name: 'Núcleo k',
      help: 'Mayor k tal que pertenece a un grupo donde todos tienen al menos k vínculos.',
    },
    constraint: {
      name: 'Restricción',
      help: 'Burt: alta cuando sus aliados están vinculados entre sí (pocas oportunidades de intermediar).',
    },
    effectiveSize: {
      name: 'Tamaño efectivo',
      help: 'Burt: número de sus aliados que no son redundantes (no vinculados entre sí).',
    },
    brokerage: {
      name: 'Intermediación por roles',
      help: 'Gould–Fernandez: veces que queda entre dos actores según el patrón de sectores (vínculos dirigidos).',
    },
    community: {
      name: 'Comunidad',
      help: 'Grupo hallado por Louvain (con semilla: mismos datos, mismos grupos); el número solo nombra el grupo.',
    },
  },
  network: {
    actors: { name: 'Actores', help: 'Número de actores en la red, incluidos los aislados.' },
    ties: { name: 'Vínculos', help: 'Número de vínculos distintos tras unir los paralelos.' },
    density: { name: 'Densidad', help: 'Proporción de los vínculos posibles que existen.' },
    weakComponents: {
      name: 'Componentes',
      help: 'Número de partes separadas (sin contar la dirección); un actor aislado es una parte.',
    },
    strongComponents: {
      name: 'Componentes fuertes',
      help: 'Partes en que cada actor alcanza a todos los demás siguiendo la dirección.',
    },
    largestComponentShare: {
      name: 'Componente mayor',
      help: 'Proporción de actores en la mayor parte conectada.',
    },
    diameter: {
      name: 'Diámetro',
      help: 'El camino más corto más largo dentro del componente mayor.',
    },
    averagePathLength: {
      name: 'Longitud media de camino',
      help: 'Distancia más corta media entre actores del componente mayor.',
    },
    reciprocity: {
      name: 'Reciprocidad',
      help: 'Proporción de vínculos dirigidos que el otro actor devuelve.',
    },
    transitivity: {
      name: 'Transitividad',
      help: 'Proporción de tríos conectados que cierran un triángulo (los aliados de un aliado son aliados).',
    },
    averageClustering: {
      name: 'Agrupamiento medio',
      help: 'Promedio del coeficiente de agrupamiento de cada actor.',
    },
    degreeCentralization: {
      name: 'Centralización de grado',
      help: 'Freeman: cuánto se concentran los vínculos en un actor (0 = parejo, 1 = una estrella).',
    },
    betweennessCentralization: {
      name: 'Centralización de intermediación',
      help: 'Freeman: cuánto se concentra la intermediación en un actor (0 = pareja, 1 = una estrella).',
    },
    degreeAssortativity: {
      name: 'Asortatividad de grado',
      help: 'Positiva cuando los actores muy conectados se vinculan entre sí; negativa cuando los centros se vinculan con la periferia.',
    },
    sectorAssortativity: {
      name: 'Asortatividad por sector',
      help: 'Positiva cuando los vínculos quedan dentro de cada sector; negativa cuando cruzan sectores.',
    },
    modularity: {
      name: 'Modularidad',
      help: 'Qué tan claramente se separan las comunidades de Louvain (más de 0,3 indica estructura marcada).',
    },
    communities: { name: 'Comunidades', help: 'Número de comunidades de Louvain.' },
  },
  table: {
    title: 'Actores',
    caption: 'Medidas de red de cada actor',
    search: 'Buscar actores',
    shown: '{{shown}} de {{total}} actores',
    columns: 'Columnas',
    exportCsv: 'Exportar CSV',
    exportXlsx: 'Exportar Excel',
    fileName: 'tejido-medidas',
    pages: 'Páginas de la tabla',
    previous: 'Anterior',
    next: 'Siguiente',
    page: 'Página {{page}} de {{pages}}',
    sizeMap: 'Tamaño en el mapa según',
    sizeMapNone: 'Grado (predeterminado)',
    sizeMapHint:
      'La pantalla Mapa dibuja más grandes a los actores con valores más altos de esta medida.',
  },
  cards: {
    title: 'Red completa',
    notApplicable: 'n. a.',
  },
  mixing: {
    title: 'Mezcla entre sectores',
    help: 'Vínculos entre cada par de sectores. Filas: sector de quien envía (dirigida) o de un extremo (no dirigida).',
    unclassified: 'Vínculos con un actor sin sector, que quedan fuera: {{count}}.',
    empty: 'No hay vínculos entre actores con sector.',
    cell: '{{row}} → {{column}}: {{count}} vínculos',
  },
  ei: {
    title: 'Índice E-I',
    help: 'Krackhardt–Stern (E − I) / (E + I): −1 = todos los vínculos dentro del grupo, +1 = todos cruzan a otros grupos.',
    group: 'Grupo',
    value: 'E-I',
    whole: 'Red completa, por sector',
    bySector: 'Por sector',
    byCommunity: 'Por comunidad de aprendizaje',
    noCommunities: 'No hay comunidades de aprendizaje ese día.',
  },
  groupDensity: {
    title: 'Densidad dentro de las comunidades de aprendizaje y entre ellas',
    help: 'Proporción de los vínculos posibles que existen entre los miembros de una comunidad (diagonal) o entre los miembros de dos comunidades.',
  },
  without: {
    title: 'Sin un actor',
    help: 'Las mismas medidas de red quitando un actor y sus vínculos: ¿depende la red de él (la organización convocante)?',
    choose: 'Actor a quitar',
    chooseNone: 'Elige un actor…',
    measure: 'Medida',
    with: 'Con',
    without: 'Sin',
    difference: 'Diferencia',
  },
};
