import type { CatalogShape } from '../catalog-shape.ts';
import type { importProblems as english } from '../en/import-problems.ts';

/** Mensajes de los problemas de importación, con claves en orden; fila 1 = encabezados. */
export const importProblems: CatalogShape<typeof english> = {
  binaryFile:
    '{{file}} no es un archivo de texto (contiene datos binarios). Exporte los datos como CSV o .xlsx e importe ese archivo.',
  conflictingTieId:
    'La fila {{row}} de {{file}} repite el identificador de vínculo "{{value}}" para otro par de actores. Dele un identificador propio; la fila se omitió.',
  duplicateActor:
    'Fila {{row}}, columna "{{column}}" de {{file}}: el actor "{{value}}" ya aparece en una fila anterior. Deje una fila por actor; esta fila se omitió.',
  duplicateTie:
    'La fila {{row}} de {{file}} repite el vínculo de "{{source}}" a "{{target}}" de la fila {{firstRow}}. Se conservaron ambos: borre uno si es un error.',
  emptyFile: '{{file}} está vacío. Elija el archivo que contiene los datos.',
  encodingFallback:
    '{{file}} no está en UTF-8; se leyó como Windows-1252 (el "CSV" de Excel en español). Revise en la vista previa que los acentos se vean bien.',
  endBeforeStart:
    'Fila {{row}}, columna "{{column}}" de {{file}}: la fecha de fin no es posterior a la de inicio. Corrija las fechas (el fin es el primer día en que el vínculo ya no existe); la fila se omitió.',
  fieldTooLarge:
    'La fila {{row}} de {{file}} tiene una celda de más de {{limit}} caracteres y no se leyó. El archivo puede estar dañado o no ser una tabla; revíselo en una hoja de cálculo.',
  formulaCell:
    'Fila {{row}}, columna "{{column}}" de {{file}}: empieza como una fórmula de hoja de cálculo ("{{value}}"). Se guardó como texto; compruebe que es lo que quería.',
  headerOnly:
    '{{file}} tiene la fila de encabezados pero ninguna fila de datos. No se importó nada de él.',
  impossibleDate:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es una fecha real (por ejemplo, 30 de febrero). Corrija la fecha; la fila se omitió.',
  invalidAttendance:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es una marca de asistencia. Use 1 para asistió y 0 o vacío para no; la celda se tomó como no asistió.',
  invalidDate:
    'Fila {{row}}, columna "{{column}}" de {{file}}: Tejido no puede leer "{{value}}" como fecha. Escriba las fechas como AAAA-MM-DD (o DD/MM/AAAA); la fila se omitió.',
  invalidDirection:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no dice si el vínculo es dirigido. Use sí/no, true/false o Directed/Undirected; se usó el valor del proyecto.',
  invalidWeight:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es un número. Escriba el peso como un número, por ejemplo 2 o 2,5; la fila se omitió.',
  malformedQuotes:
    'La fila {{row}} de {{file}} tiene comillas en un lugar inesperado. Revise esa fila: sus celdas pueden estar mal separadas.',
  matrixNotSquare:
    'La hoja "{{sheet}}" de {{file}} no es una matriz cuadrada con los mismos nombres en la primera fila y la primera columna. Corrija las etiquetas o importe la hoja como lista de vínculos.',
  missingColumn:
    '{{file}} no tiene una columna "{{role}}". Llame así a una columna (o asígnela en el asistente de importación) e inténtelo de nuevo.',
  missingValue:
    'Fila {{row}}, columna "{{column}}" de {{file}}: la celda está vacía y es necesaria. Llénela; la fila se omitió.',
  missingWaveDate:
    'La encuesta {{file}} necesita la fecha de la ola: el día en que se respondió. Indíquela e importe de nuevo.',
  mixedEncoding:
    '{{file}} mezcla UTF-8 con otra codificación ({{count}} caracteres). Se leyeron como Windows-1252; revise los acentos en la vista previa.',
  negativeWeight:
    'Fila {{row}}, columna "{{column}}" de {{file}}: el peso {{value}} es negativo. Se conservó (las redes con signo usan vínculos negativos); corríjalo si es un error.',
  notAWorkbook:
    'No se pudo leer {{file}} como libro de Excel (.xlsx). Ábralo en Excel o LibreOffice y guárdelo de nuevo como .xlsx.',
  raggedRow:
    'La fila {{row}} de {{file}} tiene {{found}} celdas, pero el encabezado tiene {{expected}}. Puede sobrar o faltar un separador en esa fila; la fila se omitió.',
  selfLoop:
    'Fila {{row}} de {{file}}: "{{value}}" está vinculado consigo mismo. El vínculo se conservó; bórrelo si es un error.',
  sheetNotFound:
    '{{file}} no tiene una hoja llamada "{{sheet}}". Elija una de sus hojas: {{sheets}}.',
  shortRow:
    'La fila {{row}} de {{file}} tiene {{found}} celdas, pero el encabezado tiene {{expected}}. Las celdas que faltan se leyeron vacías.',
  singleColumn:
    '{{file}} se leyó como una sola columna ("{{header}}"). Puede usar un separador que Tejido no reconoció: elija el separador en el asistente de importación.',
  unclosedQuote:
    'La fila {{row}} de {{file}} abre unas comillas que nunca se cierran, así que el resto del archivo se leyó como una sola celda. Cierre las comillas en esa fila.',
  unknownActor:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no está en el archivo de actores. Agréguelo ahí o corrija la ortografía; la fila se omitió.',
  unknownEvent:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no está en el archivo de eventos. Agregue el evento ahí o corrija la ortografía; la fila se omitió.',
  unknownEvidence:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es una fuente conocida (encuesta, taller, evento, documento, otra). Se dejó vacía.',
  unknownStatus:
    'Fila {{row}}, columna "{{column}}" de {{file}}: "{{value}}" no es un estado de vínculo. Use existente o potencial; el vínculo se tomó como existente.',
  xlsxNotCsv:
    '{{file}} es un libro de Excel (u otro archivo zip) con nombre .csv. Impórtelo como .xlsx o guárdelo desde Excel como CSV.',
};
