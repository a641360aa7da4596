import type { CatalogShape } from '../catalog-shape.ts';
import type { importProblems as english } from '../en/import-problems.ts';

/** Mensajes de los problemas de importación, con claves en orden; fila 1 = encabezados. */
export const importProblems: CatalogShape<typeof english> = {
  actorCreatedFromName:
    'La fila {{row}} de {{file}} nombra a «{{value}}», que aún no está en el proyecto. Se agregó como actor nuevo; si es alguien que ya está con otra escritura, fusiona ambos en Datos.',
  actorIdRepeated:
    'Fila {{row}} de {{file}}: el identificador de actor «{{value}}» aparece otra vez. Las filas se unieron en un solo actor; da a cada actor su propio identificador si son distintos.',
  badAttributeValue:
    'Línea {{line}} de {{file}}: "{{value}}" no es un valor {{type}} válido para el atributo "{{attribute}}". Se conservó como texto; corrígelo si el atributo debe ser un número o sí/no.',
  badDate:
    'Línea {{line}} de {{file}}: "{{value}}" no es una fecha real escrita como AAAA-MM-DD. Ese periodo se omitió; corrige la fecha e importa de nuevo para conservarlo.',
  badNumber:
    'Línea {{line}} de {{file}}: "{{value}}" en la matriz no es un número. La celda se leyó como sin vínculo; corrígela e importa de nuevo.',
  badSpells:
    'Fila {{row}} de {{file}}: las fechas de este vínculo no encajan ({{reason}}). El vínculo se omitió; corrige sus fechas e importa de nuevo.',
  badWeight:
    'Línea {{line}} de {{file}}: el peso "{{value}}" no es un número. El vínculo se conservó con peso 1; corrige el peso si es importante.',
  binaryFile:
    '{{file}} no es un archivo de texto (contiene datos binarios). Exporta los datos como CSV o .xlsx e importa ese archivo.',
  chooseRelation:
    '{{file}} contiene varias relaciones ({{relations}}). Elige la que quieres importar; cada una puede importarse por separado.',
  conflictingTieId:
    'La fila {{row}} de {{file}} repite el identificador de vínculo "{{value}}" para otro par de actores. Dale un identificador propio; la fila se omitió.',
  dlExtraValues:
    '{{file}} tiene más valores de los que anuncian N y NM, desde la línea {{line}}. Se ignoraron; revisa N, NM y la línea FORMAT.',
  dlLabelCount:
    '{{file}} da {{labels}} etiquetas para {{count}} actores. Los actores sin etiqueta se nombran por su número; revisa la sección LABELS.',
  dlNoSize:
    '{{file}} no dice cuántos actores tiene. Agrega N= a la primera línea (por ejemplo "DL N=10") e importa de nuevo.',
  dlTooFewValues:
    '{{file}} termina antes de completar la matriz {{matrix}} (se necesitan {{expected}} valores). Compara N, NM y DIAGONAL con los datos; el resto no se leyó.',
  dlTwoMode:
    '{{file}} es un archivo DL de dos modos ({{rows}} filas, {{columns}} columnas). Tejido aún no importa DL de dos modos: guárdalo como red de un modo o importa los eventos como CSV.',
  dlUnknownFormat:
    '{{file}} usa el formato DL "{{format}}", que Tejido no lee. Guárdalo desde UCINET como FULLMATRIX, EDGELIST1 o NODELIST1.',
  dtdRefused:
    'La línea {{line}} de {{file}} declara un DOCTYPE. Por seguridad Tejido no lee XML con DTD ni entidades; quita la línea DOCTYPE e importa de nuevo.',
  duplicateActor:
    'Fila {{row}}, columna "{{column}}" de {{file}}: el actor "{{value}}" ya aparece en una fila anterior. Deja una fila por actor; esta fila se omitió.',
  duplicateNode:
    'Línea {{line}} de {{file}}: el identificador de nodo "{{id}}" se usa dos veces. Solo se conservó el primero; da a cada nodo su propio identificador.',
  duplicateTie:
    'La fila {{row}} de {{file}} repite el vínculo de "{{source}}" a "{{target}}" de la fila {{firstRow}}. Se conservaron ambos: borra uno si es un error.',
  dynamicValuesFlattened:
    'El atributo "{{attribute}}" de {{file}} cambia con el tiempo en {{count}} elementos. Cada uno conserva su último valor, y la serie completa en "{{attribute}} history".',
  emptyFile: '{{file}} está vacío. Elige el archivo que contiene los datos.',
  encodingFallback:
    '{{file}} no está en UTF-8; se leyó como Windows-1252 (el "CSV" de Excel en español). Revisa en la vista previa que los acentos se vean bien.',
  endBeforeStart:
    'Fila {{row}}, columna "{{column}}" de {{file}}: la fecha de fin no es posterior a la de inicio. Corrige las fechas (el fin es el primer día en que el vínculo ya no existe); la fila se omitió.',
  fieldTooLarge:
    'La fila {{row}} de {{file}} tiene una celda de más de {{limit}} caracteres y no se leyó. El archivo puede estar dañado o no ser una tabla; revísalo en una hoja de cálculo.',
  formulaCell:
    'Fila {{row}}, columna "{{column}}" de {{file}}: empieza como una fórmula de hoja de cálculo ("{{value}}"). Se guardó como texto; revisa que sea lo que querías.',
  gexfNoGraph:
    '{{file}} es un archivo GEXF sin elemento <graph>, así que no contiene ninguna red. Exporta la red de nuevo desde Gephi.',
  graphmlNoGraph:
    '{{file}} es un archivo GraphML sin elemento <graph>, así que no contiene ninguna red. Exporta la red de nuevo.',
  headerOnly:
    '{{file}} tiene la fila de encabezados pero ninguna fila de datos. No se importó nada de él.',
  hyperedgeIgnored:
    'Línea {{line}} de {{file}}: los hiperenlaces (vínculos entre más de dos nodos) no se pueden importar y se omitieron.',
  impossibleDate:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es una fecha real (por ejemplo, 30 de febrero). Corrige la fecha; la fila se omitió.',
  invalidActor:
    'Fila {{row}} de {{file}}: el actor «{{value}}» no se puede guardar ({{reason}}). La fila se omitió; corrígela e importa de nuevo.',
  invalidAttendance:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es una marca de asistencia. Usa 1 para asistió y 0 o vacío para no; la celda se tomó como no asistió.',
  invalidDate:
    'Fila {{row}}, columna "{{column}}" de {{file}}: Tejido no puede leer "{{value}}" como fecha. Escribe las fechas como AAAA-MM-DD (o DD/MM/AAAA); la fila se omitió.',
  invalidDirection:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no dice si el vínculo es dirigido. Usa sí/no, true/false o Directed/Undirected; se usó el valor del proyecto.',
  invalidWeight:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es un número. Escribe el peso como un número, por ejemplo 2 o 2,5; la fila se omitió.',
  malformedQuotes:
    'La fila {{row}} de {{file}} tiene comillas en un lugar inesperado. Revisa esa fila: sus celdas pueden estar mal separadas.',
  mappingMissingRole:
    'Ninguna columna de {{file}} tiene el papel "{{role}}". En la sección Columnas del asistente, dale ese papel a la columna que lo contiene; no se importó nada.',
  mappingRoleNotForTable:
    'La columna {{columns}} de {{file}} tiene el papel "{{role}}", que no tiene lugar en este tipo de tabla. Elige otro papel o lee la tabla como del otro tipo.',
  mappingRoleTwice:
    'Varias columnas de {{file}} tienen el papel "{{role}}": {{columns}}. Deja ese papel en una sola columna y pon las demás como Atributo o Ignorar; no se importó nada.',
  mappingSameTable:
    '{{file}} y {{other}} se leen como el mismo tipo de tabla. Lee uno como actores y el otro como vínculos.',
  mappingTooManyColumns:
    '{{file}} tiene {{found}} columnas, pero la asignación da papeles para {{expected}}. Vuelve a ver la vista previa del archivo y asigna sus columnas.',
  matchedByName:
    'Fila {{row}} de {{file}}: «{{value}}» se tomó como «{{existing}}», que ya está en el proyecto. Si son actores distintos, dales nombres distintos.',
  matrixNotSquare:
    'La hoja "{{sheet}}" de {{file}} no es una matriz cuadrada con los mismos nombres en la primera fila y la primera columna. Corrige las etiquetas o importa la hoja como lista de vínculos.',
  missingColumn:
    '{{file}} no tiene una columna "{{role}}". Llama así a una columna (o asígnala en el asistente de importación) e inténtalo de nuevo.',
  missingEnd:
    'Línea {{line}} de {{file}}: este vínculo no tiene origen o destino. Agrega ambos; el vínculo se omitió.',
  missingId:
    'Línea {{line}} de {{file}}: este nodo no tiene identificador. Asígnale uno; el nodo se omitió.',
  missingValue:
    'Fila {{row}}, columna "{{column}}" de {{file}}: la celda está vacía y es necesaria. Llénala; la fila se omitió.',
  missingWaveDate:
    'La encuesta {{file}} necesita la fecha de la ola: el día en que se respondió. Indícala e importa de nuevo.',
  mixedEncoding:
    '{{file}} mezcla UTF-8 con otra codificación ({{count}} caracteres). Se leyeron como Windows-1252; revisa los acentos en la vista previa.',
  negativeWeight:
    'Fila {{row}}, columna "{{column}}" de {{file}}: el peso {{value}} es negativo. Se conservó (las redes con signo usan vínculos negativos); corrígelo si es un error.',
  noEndColumns:
    '{{file}} no tiene columna para el origen ni para el destino del vínculo. En Columnas, asigna la columna que tiene cada extremo (Origen, Destino); no se importó nada.',
  noSourceColumn:
    '{{file}} no tiene columna para el origen del vínculo. En Columnas, asigna la columna que lo tiene (Origen); no se importó nada.',
  noTargetColumn:
    '{{file}} no tiene columna para el destino del vínculo. En Columnas, asigna la columna que lo tiene (Destino); no se importó nada.',
  notAWorkbook:
    'No se pudo leer {{file}} como libro de Excel (.xlsx). Ábrelo en Excel o LibreOffice y guárdalo de nuevo como .xlsx.',
  notDl:
    '{{file}} no es un archivo DL de UCINET: su primera palabra debe ser DL. Elige el formato o el archivo correcto.',
  notGexf:
    '{{file}} es XML pero no GEXF (su elemento raíz es <{{element}}>). Elige el formato o el archivo correcto.',
  notGraphml:
    '{{file}} es XML pero no GraphML (su elemento raíz es <{{element}}>). Elige el formato o el archivo correcto.',
  numericTimeKept:
    'Los tiempos de {{file}} son números (timeformat "{{timeformat}}"), no fechas, así que se conservaron como atributos (start, end) y no se crearon periodos.',
  pajekBadVertexCount:
    'Línea {{line}} de {{file}}: "{{value}}" después de *Vertices no es un número de vértices. Escríbelo como "*Vertices 25".',
  pajekMatrixSize:
    'Una *Matrix de {{file}} tiene {{found}} valores en lugar de {{expected}} (uno por par de vértices). Compara la matriz con *Vertices.',
  pajekNoVertices:
    '{{file}} no tiene sección *Vertices, así que no es una red de Pajek. Elige el formato o el archivo correcto.',
  pajekSectionIgnored:
    'Línea {{line}} de {{file}}: la sección *{{section}} no forma parte de una red y se ignoró.',
  raggedRow:
    'La fila {{row}} de {{file}} tiene {{found}} celdas, pero el encabezado tiene {{expected}}. Puede sobrar o faltar un separador en esa fila; la fila se omitió.',
  sectorCreated:
    'El sector «{{value}}» (fila {{row}} de {{file}}) no es uno de los sectores del proyecto, así que se agregó. Cámbiale el nombre o el color en la lista de sectores si hace falta.',
  selfLoop:
    'Fila {{row}} de {{file}}: "{{value}}" está vinculado consigo mismo. El vínculo se conservó; bórralo si es un error.',
  sheetNotFound:
    '{{file}} no tiene una hoja llamada "{{sheet}}". Elige una de sus hojas: {{sheets}}.',
  shortRow:
    'La fila {{row}} de {{file}} tiene {{found}} celdas, pero el encabezado tiene {{expected}}. Las celdas que faltan se leyeron vacías.',
  singleColumn:
    '{{file}} se leyó como una sola columna ("{{header}}"). Quizá usa un separador que Tejido no reconoció: elige el separador en el asistente de importación.',
  spellEndBeforeStart:
    'Línea {{line}} de {{file}}: el periodo termina ({{end}}) antes de empezar ({{start}}). Se omitió; corrige las fechas e importa de nuevo para conservarlo.',
  tieRepeated:
    'La fila {{row}} de {{file}} repite el vínculo de «{{source}}» a «{{target}}». Se unieron en un solo vínculo cuyas fechas cubren ambas filas.',
  tieTypeCreated:
    'El tipo de vínculo «{{value}}» (fila {{row}} de {{file}}) no es uno de los tipos del proyecto, así que se agregó.',
  unclosedQuote:
    'La fila {{row}} de {{file}} abre unas comillas que nunca se cierran, así que el resto del archivo se leyó como una sola celda. Cierra las comillas en esa fila.',
  unknownActor:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no está en el archivo de actores. Agrégalo ahí o corrige la ortografía; la fila se omitió.',
  unknownAttribute:
    'Línea {{line}} de {{file}}: el atributo "{{attribute}}" no está declarado. Sus valores se conservaron con ese nombre.',
  unknownEvent:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no está en el archivo de eventos. Agrega el evento ahí o corrige la ortografía; la fila se omitió.',
  unknownEvidence:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es una fuente conocida (encuesta, taller, evento, documento, otra). Se dejó vacía.',
  unknownKey:
    'Línea {{line}} de {{file}}: la clave de datos "{{key}}" no tiene declaración <key>. Sus valores se omitieron; declara la clave para conservarlos.',
  unknownNode:
    'Línea {{line}} de {{file}}: el vínculo nombra el nodo "{{id}}", que el archivo no incluye. Agrega el nodo o corrige el identificador; el vínculo se omitió.',
  unknownParticipant:
    'Fila {{row}} de {{file}}: «{{value}}» no es un actor ni un evento conocido. Agrégalo primero o corrige la escritura; la fila se omitió.',
  unknownRelation:
    '{{file}} no tiene ninguna relación llamada «{{value}}». Elige una de: {{relations}}.',
  unknownStatus:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es un estado de vínculo. Usa existente o potencial; el vínculo se tomó como existente.',
  weightNotFinite:
    'Fila {{row}} de {{file}}: el peso «{{value}}» no es un número finito. El vínculo se omitió; corrige el peso e importa de nuevo.',
  xlsxNotCsv:
    '{{file}} es un libro de Excel (u otro archivo zip) con nombre .csv. Impórtalo como .xlsx o guárdalo desde Excel como CSV.',
  xmlEmpty: '{{file}} no contiene ningún elemento XML. Elige el archivo que contiene la red.',
  xmlMalformed:
    'La línea {{line}} de {{file}} no es XML bien formado ({{reason}}). El archivo puede estar incompleto o editado a mano; no se importó nada.',
};
