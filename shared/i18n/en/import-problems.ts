/**
 * Messages for import problems (`ImportProblem.code`, shared/formats/parsed-network.ts),
 * keys sorted. Each names the file, row and column and says what to do (STYLE.md §8).
 * Rows and columns are counted as a spreadsheet shows them: the header is row 1.
 */
export const importProblems = {
  actorCreatedFromName:
    'Row {{row}} of {{file}} names "{{value}}", who is not in the project yet. A new actor was added with that name; if it is someone already there under another spelling, merge the two in Data.',
  actorIdRepeated:
    'Row {{row}} of {{file}}: the actor id "{{value}}" appears again. The rows were joined into one actor; give each actor its own id if they are different.',
  badAttributeValue:
    'Line {{line}} of {{file}}: "{{value}}" is not a valid {{type}} for the attribute "{{attribute}}". It was kept as text; fix the value if the attribute should be a number or yes/no.',
  badDate:
    'Line {{line}} of {{file}}: "{{value}}" is not a real date written as YYYY-MM-DD. That date range was left out; fix the date and import again to keep it.',
  badNumber:
    'Line {{line}} of {{file}}: "{{value}}" in the matrix is not a number. The cell was read as no tie; fix it and import again.',
  badSpells:
    'Row {{row}} of {{file}}: the dates of this tie do not fit together ({{reason}}). The tie was skipped; fix its dates and import again.',
  badWeight:
    'Line {{line}} of {{file}}: the weight "{{value}}" is not a number. The tie was kept with weight 1; fix the weight if it matters.',
  binaryFile:
    '{{file}} is not a text file (it contains binary data). Export the data as CSV or .xlsx and import that file.',
  chooseRelation:
    '{{file}} holds several relations ({{relations}}). Choose the one to import; each can be imported on its own.',
  conflictingTieId:
    'Row {{row}} of {{file}} reuses the tie id "{{value}}" for a different pair of actors. Give this tie its own id; the row was skipped.',
  dlExtraValues:
    '{{file}} has more values than its N and NM announce, from line {{line}} on. They were ignored; check N, NM and the FORMAT line.',
  dlLabelCount:
    '{{file}} gives {{labels}} labels for {{count}} actors. Actors without a label are named by their number; check the LABELS section.',
  dlNoSize:
    '{{file}} does not say how many actors it has. Add N= to its first line (for example "DL N=10") and import again.',
  dlTooFewValues:
    '{{file}} ends before matrix {{matrix}} is complete ({{expected}} values are needed). Check N, NM and DIAGONAL against the data; the rest was not read.',
  dlTwoMode:
    '{{file}} is a two-mode DL file ({{rows}} rows, {{columns}} columns). Tejido cannot import two-mode DL yet: save it as a one-mode network or import the events as CSV.',
  dlUnknownFormat:
    '{{file}} uses the DL format "{{format}}", which Tejido does not read. Save it from UCINET as FULLMATRIX, EDGELIST1 or NODELIST1.',
  dtdRefused:
    'Line {{line}} of {{file}} declares a DOCTYPE. For safety Tejido does not read XML with a DTD or entities; remove the DOCTYPE line and import again.',
  duplicateActor:
    'Row {{row}}, column "{{column}}" of {{file}}: the actor "{{value}}" already appears in an earlier row. Keep one row per actor; this row was skipped.',
  duplicateNode:
    'Line {{line}} of {{file}}: the node id "{{id}}" is used twice. Only the first was kept; give each node its own id.',
  duplicateTie:
    'Row {{row}} of {{file}} repeats the tie from "{{source}}" to "{{target}}" of row {{firstRow}}. Both were kept: delete one if it is a mistake.',
  dynamicValuesFlattened:
    'The attribute "{{attribute}}" of {{file}} changes over time in {{count}} elements. Each keeps its latest value, and the whole series in "{{attribute}} history".',
  emptyFile: '{{file}} is empty. Choose the file that holds the data.',
  encodingFallback:
    '{{file}} is not UTF-8; it was read as Windows-1252 (Excel’s "CSV" in Spanish). Check that accents look right in the preview.',
  endBeforeStart:
    'Row {{row}}, column "{{column}}" of {{file}}: the end date is not after the start date. Fix the dates (the end is the first day the tie no longer holds); the row was skipped.',
  fieldTooLarge:
    'Row {{row}} of {{file}} has a cell longer than {{limit}} characters, so it was not read. The file may be damaged or not a table; check it in a spreadsheet.',
  formulaCell:
    'Row {{row}}, column "{{column}}" of {{file}} starts like a spreadsheet formula ("{{value}}"). It was kept as plain text; check that this is what you meant.',
  gexfNoGraph:
    '{{file}} is a GEXF file without a <graph> element, so it holds no network. Export the network again from Gephi.',
  graphmlNoGraph:
    '{{file}} is a GraphML file without a <graph> element, so it holds no network. Export the network again.',
  headerOnly: '{{file}} has a header row but no data rows. Nothing was imported from it.',
  hyperedgeIgnored:
    'Line {{line}} of {{file}}: hyperedges (ties joining more than two nodes) cannot be imported and were left out.',
  impossibleDate:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not a real date (for example 30 February). Fix the date; the row was skipped.',
  invalidActor:
    'Row {{row}} of {{file}}: the actor "{{value}}" cannot be stored ({{reason}}). The row was skipped; fix it and import again.',
  invalidAttendance:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not an attendance mark. Use 1 for attended and 0 or empty for not; the cell was read as not attended.',
  invalidDate:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not a date Tejido can read. Write dates as YYYY-MM-DD (or DD/MM/YYYY); the row was skipped.',
  invalidDirection:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" does not say directed or undirected. Use yes/no, true/false or Directed/Undirected; the project’s default was used.',
  invalidWeight:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not a number. Write the weight as a number such as 2 or 2.5; the row was skipped.',
  malformedQuotes:
    'Row {{row}} of {{file}} has a quote mark in an unexpected place. Check that row: its cells may be split wrongly.',
  mappingMissingRole:
    'No column of {{file}} is mapped as "{{role}}". In the Columns section of the wizard, give that role to the column that holds it; nothing was imported.',
  mappingRoleNotForTable:
    'Column {{columns}} of {{file}} is mapped as "{{role}}", which this kind of table has no place for. Choose another role, or read the table as the other kind.',
  mappingRoleTwice:
    'Several columns of {{file}} are mapped as "{{role}}": {{columns}}. Keep that role on one column and set the others to Attribute or Ignore; nothing was imported.',
  mappingSameTable:
    '{{file}} and {{other}} are both read as the same kind of table. Read one as actors and the other as ties.',
  mappingTooManyColumns:
    '{{file}} has {{found}} columns, but the mapping gives roles for {{expected}}. Preview the file again and map its columns.',
  matchedByName:
    'Row {{row}} of {{file}}: "{{value}}" was taken to be "{{existing}}", already in the project. If they are different actors, give them different names.',
  matrixNotSquare:
    'The sheet "{{sheet}}" of {{file}} is not a square matrix with the same names on the first row and column. Fix the labels, or import the sheet as a list of ties.',
  missingColumn:
    '{{file}} has no "{{role}}" column. Name a column "{{role}}" (or map one in the import wizard) and try again.',
  missingEnd:
    'Line {{line}} of {{file}}: this edge has no source or no target. Add both; the edge was skipped.',
  missingId: 'Line {{line}} of {{file}}: this node has no id. Give it one; the node was skipped.',
  missingValue:
    'Row {{row}}, column "{{column}}" of {{file}} is empty, but it is needed. Fill it in; the row was skipped.',
  missingWaveDate:
    'The roster survey {{file}} needs a wave date: the date the survey was answered. Give one and import again.',
  mixedEncoding:
    '{{file}} mixes UTF-8 with another encoding ({{count}} characters). They were read as Windows-1252; check accents in the preview.',
  negativeWeight:
    'Row {{row}}, column "{{column}}" of {{file}}: the weight {{value}} is negative. It was kept (signed networks use negative ties); fix it if it is a mistake.',
  noEndColumns:
    "{{file}} has no column for the tie's source or for its target. In Columns, map the column that holds each end (Source, Target); nothing was imported.",
  noSourceColumn:
    "{{file}} has no column for the tie's source. In Columns, map the column that holds it (Source); nothing was imported.",
  noTargetColumn:
    "{{file}} has no column for the tie's target. In Columns, map the column that holds it (Target); nothing was imported.",
  notAWorkbook:
    '{{file}} could not be read as an Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it as .xlsx again.',
  notDl:
    '{{file}} is not a UCINET DL file: its first word must be DL. Choose the right format or the right file.',
  notGexf:
    '{{file}} is XML but not GEXF (its root element is <{{element}}>). Choose the right format or the right file.',
  notGraphml:
    '{{file}} is XML but not GraphML (its root element is <{{element}}>). Choose the right format or the right file.',
  numericTimeKept:
    'The times in {{file}} are numbers (timeformat "{{timeformat}}"), not dates, so they were kept as attributes (start, end) and no date ranges were created.',
  pajekBadVertexCount:
    'Line {{line}} of {{file}}: "{{value}}" after *Vertices is not a number of vertices. Write it as "*Vertices 25".',
  pajekMatrixSize:
    'A *Matrix of {{file}} holds {{found}} values instead of {{expected}} (one per pair of vertices). Check the matrix against *Vertices.',
  pajekNoVertices:
    '{{file}} has no *Vertices section, so it is not a Pajek network. Choose the right format or the right file.',
  pajekSectionIgnored:
    'Line {{line}} of {{file}}: the section *{{section}} is not part of a network and was ignored.',
  raggedRow:
    'Row {{row}} of {{file}} has {{found}} cells but the header has {{expected}}. A separator may be missing or extra in that row; the row was skipped.',
  sectorCreated:
    'The sector "{{value}}" (row {{row}} of {{file}}) is not one of the project\'s sectors, so it was added. Rename it or give it a colour in the sectors list if needed.',
  selfLoop:
    'Row {{row}} of {{file}}: "{{value}}" is tied to itself. The tie was kept; delete it if it is a mistake.',
  sheetNotFound: '{{file}} has no sheet named "{{sheet}}". Choose one of its sheets: {{sheets}}.',
  shortRow:
    'Row {{row}} of {{file}} has {{found}} cells but the header has {{expected}}. The missing cells were read as empty.',
  singleColumn:
    '{{file}} was read as a single column ("{{header}}"). It may use a separator Tejido did not recognise: choose the separator in the import wizard.',
  spellEndBeforeStart:
    'Line {{line}} of {{file}}: the date range ends ({{end}}) before it starts ({{start}}). It was left out; fix the dates and import again to keep it.',
  tieRepeated:
    'Row {{row}} of {{file}} repeats the tie from "{{source}}" to "{{target}}". They were joined into one tie whose dates cover both rows.',
  tieTypeCreated:
    'The tie type "{{value}}" (row {{row}} of {{file}}) is not one of the project\'s tie types, so it was added.',
  unclosedQuote:
    'Row {{row}} of {{file}} opens a quote that is never closed, so the rest of the file was read as one cell. Close the quote in that row.',
  unknownActor:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not in the actors file. Add it there or fix the spelling; the row was skipped.',
  unknownAttribute:
    'Line {{line}} of {{file}}: the attribute "{{attribute}}" is not declared. Its values were kept under that name.',
  unknownEvent:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not in the events file. Add the event there or fix the spelling; the row was skipped.',
  unknownEvidence:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not a known source of evidence (survey, workshop, event, document, other). It was left empty.',
  unknownKey:
    'Line {{line}} of {{file}}: the data key "{{key}}" has no <key> declaration. Its values were left out; declare the key to keep them.',
  unknownNode:
    'Line {{line}} of {{file}}: the tie names the node "{{id}}", which the file does not list. Add the node or fix the id; the tie was skipped.',
  unknownParticipant:
    'Row {{row}} of {{file}}: "{{value}}" is not a known actor or event. Add it first or fix the spelling; the row was skipped.',
  unknownRelation: '{{file}} has no relation called "{{value}}". Choose one of: {{relations}}.',
  unknownStatus:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not a tie status. Use existing or potential; the tie was taken as existing.',
  weightNotFinite:
    'Row {{row}} of {{file}}: the weight "{{value}}" is not a finite number. The tie was skipped; fix the weight and import again.',
  xlsxNotCsv:
    '{{file}} is an Excel workbook (or another zip file) with a .csv name. Import it as .xlsx, or save it from Excel as CSV.',
  xmlEmpty: '{{file}} holds no XML element. Choose the file that holds the network.',
  xmlMalformed:
    'Line {{line}} of {{file}} is not well-formed XML ({{reason}}). The file may be cut short or edited by hand; nothing was imported.',
} as const;
