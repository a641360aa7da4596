import type { CatalogShape } from '../catalog-shape.ts';
import type { cli as english } from '../en/cli.ts';

/** Mensajes de la línea de comandos `tejido`. */
export const cli: CatalogShape<typeof english> = {
  usage: [
    'Uso: tejido <comando> [opciones]',
    '',
    'Comandos:',
    '  serve [--port N] [--share-port N] [--project ARCHIVO] [--no-open]',
    '      Inicia el modo navegador en 127.0.0.1 (un taller compartido escucha también en la red local, en --share-port)',
    '  analyze ENTRADA | --nodes ARCHIVO --ties ARCHIVO',
    '         [--directed|--undirected] [--weight NOMBRE] [--at AAAA-MM-DD]',
    '         [--relation NOMBRE] [--without ACTOR] [--measures LISTA] [--format json|csv] [--out ARCHIVO]',
    '      Medidas de red de un proyecto (.tejido), un GEXF, GraphML, Pajek, UCINET DL o Excel, o un par de CSV de nodos y vínculos',
    '  import ARCHIVO... --project P.tejido [--wave FECHA] [--format F] [--relation NOMBRE]',
    '         [--skip-bad-rows] [--co-attendance] [--column [TABLA:]PAPEL=ENCABEZADO]...',
    '      Importa archivos CSV, Excel, encuestas de socios, eventos, GEXF, GraphML, UCINET DL o Pajek',
    '  export --project P.tejido --format csv|xlsx|gexf|graphml|dl|net --out RUTA',
    '         [--pseudonymise] [--at FECHA]',
    '      Exporta la red (en una fecha si se indica; con códigos en lugar de nombres si se pide)',
    '  series ENTRADA --periods FECHA,FECHA,... [--measures LISTA] [--format csv|json]',
    '      Medidas de red a lo largo del tiempo de un proyecto (.tejido) o un GEXF con fechas: una fila por periodo',
    '  help',
    '      Muestra esta ayuda',
  ].join('\n'),
  unknownCommand: 'Comando desconocido "{{command}}". Ejecuta "tejido help" para ver la lista.',
  badArguments: 'Argumentos no válidos: {{reason}}',
  failed: 'Error: {{message}}',
  analyze: {
    noInput:
      'Indica un proyecto o archivo de red para analizar, o bien --nodes ARCHIVO --ties ARCHIVO.',
    oneInput: 'Indica un solo archivo de entrada.',
    inputAndTables: 'Indica un archivo de entrada o bien --nodes/--ties, no ambos.',
    unknownFormat:
      'Tejido no puede analizar «{{file}}»: indica un proyecto .tejido, un archivo .gexf, .graphml, .net (Pajek), .dl (UCINET) o .xlsx, o --nodes ARCHIVO --ties ARCHIVO.',
    chooseRelation:
      'El archivo tiene varias relaciones ({{relations}}): mezclarlas sumaría vínculos de distinta clase. Elige una con --relation NOMBRE.',
    unknownRelation:
      'No hay una relación «{{relation}}» para analizar. Las relaciones son: {{relations}}.',
    unknownActor:
      'Ningún actor tiene el id o nombre «{{actor}}», así que no se puede medir la red sin él. Revisa cómo está escrito o indica el id.',
    severalActors:
      'Varios actores se llaman «{{actor}}»: {{ids}}. Indica el id del que quieres dejar fuera.',
    cannotRead: 'No se puede leer el archivo «{{file}}». Revisa la ruta y que se pueda abrir.',
    unreadable: 'No se analizó nada: {{message}}',
    leftOut: 'Se dejó fuera: {{message}}',
    badFormat: 'Formato de salida desconocido «{{format}}»: usa --format json o --format csv.',
    bothDirections: 'Indica --directed o --undirected, no ambos.',
    badDate: '«{{date}}» no es una fecha: escríbela como AAAA-MM-DD (por ejemplo 2019-06-30).',
    noDates:
      'Los vínculos no tienen fechas, así que no hay red «al» {{date}}. Quita --at para analizar todos los vínculos.',
    dateOutside:
      'Ningún vínculo está activo el {{date}}: los vínculos van del {{first}} al {{last}}. Elige un día entre esas fechas o quita --at.',
    dateBefore:
      'Ningún vínculo está activo el {{date}}: el primer vínculo empieza el {{first}}. Elige un día posterior o quita --at.',
    unknownMeasure: 'Medida desconocida «{{name}}». Medidas conocidas: {{known}}.',
    weightMissing:
      'Los vínculos no tienen una columna o atributo «{{weight}}» para usar como peso. Sus atributos: {{names}}.',
    projectWeight:
      'En un proyecto el peso de los vínculos se llama «weight»; «{{weight}}» no es un peso. Usa --weight weight.',
    negativeWeight:
      'El vínculo {{source}} – {{target}} tiene peso {{weight}}: las medidas de caminos (intermediación, cercanía, diámetro) necesitan pesos positivos, leídos como distancia = 1 / peso. Corrige los pesos, analiza sin --weight o deja fuera esas medidas con --measures.',
  },
  serve: {
    ready:
      'Tejido está funcionando en modo navegador con el proyecto {{project}}.\nAbre esta dirección (lleva el código de acceso):\n{{url}}\nPulsa Ctrl+C para detenerlo.',
    badPort: '"{{port}}" no es un número de puerto (0–65535).',
    notBuilt:
      'La aplicación no está compilada: {{dir}} no tiene index.html. Ejecuta primero "npm run build".',
  },
  start: {
    noElectron:
      'El ejecutable de Electron no está instalado ({{reason}}); se inicia el modo navegador.',
  },
  import: {
    usage:
      'Uso: tejido import ARCHIVO... --project P.tejido [--wave AAAA-MM-DD] [--format auto|csv|xlsx|roster|events|gexf|graphml|dl|net] [--relation NOMBRE] [--skip-bad-rows] [--co-attendance] [--column [TABLA:]PAPEL=ENCABEZADO]...',
    missingFile: 'El archivo {{file}} no existe.',
    badColumn:
      '"--column {{option}}" no tiene la forma PAPEL=ENCABEZADO: escribe por ejemplo --column weight=Peso, o --column ties:weight=Peso para un archivo de un par.',
    unknownRole:
      '"--column {{option}}": "{{role}}" no es un papel de columna. Los papeles son: {{roles}}.',
    unknownHeader:
      '"--column {{option}}": {{file}} no tiene la columna "{{header}}". Sus columnas son: {{headers}}.',
    unknownTable:
      '"--column {{option}}": esta importación no tiene la tabla "{{table}}". Nombra una de estas: {{tables}} (o escribe actors o ties).',
    whichTable:
      '"--column {{option}}": más de una tabla puede tener el papel "{{role}}". Di cuál, por ejemplo --column ties:{{role}}=ENCABEZADO. Las tablas son: {{tables}}.',
    noColumns:
      'Estos archivos no tienen columnas que asignar (solo los CSV y las hojas de Excel las tienen); quita --column.',
    error: 'error',
    warning: 'aviso',
    moreProblems: '… y {{count}} problemas más.',
    blocked:
      'No se importó nada: {{errors}} filas tienen errores. Corrígelas o vuelve a ejecutar con --skip-bad-rows para importar el resto.',
    done: 'Importado en {{project}}: {{actorsAdded}} actores agregados, {{actorsUpdated}} actualizados; {{tiesAdded}} vínculos agregados, {{tiesUpdated}} actualizados; {{rejected}} filas omitidas.',
  },
  export: {
    usage:
      'Uso: tejido export --project P.tejido --format csv|xlsx|gexf|graphml|dl|net --out RUTA [--pseudonymise] [--at AAAA-MM-DD]',
    written: 'Escrito: {{path}}',
  },
  series: {
    noInput: 'Indica un proyecto (.tejido) o un archivo GEXF con fechas para medirlo en el tiempo.',
    oneInput: 'Indica un solo archivo de entrada.',
    noPeriods:
      'Indica con --periods las fechas en que empieza cada periodo, por ejemplo --periods 2018-01-01,2019-01-01,2020-01-01.',
    badDate:
      '"{{date}}" no es una fecha. Escribe las fechas como AAAA-MM-DD, por ejemplo 2019-01-15.',
    badFormat: 'Formato desconocido "{{format}}". Usa --format csv o --format json.',
    unknownMeasure: 'Medida desconocida "{{name}}". Medidas disponibles: {{known}}.',
    unknownFormat:
      'Tejido no puede medir "{{file}}" en el tiempo: usa un proyecto .tejido o un archivo .gexf.',
    cannotRead: 'No se puede leer el archivo "{{file}}". Revisa la ruta y que se pueda abrir.',
    unreadable: 'No se midió nada: {{message}}',
  },
};
