/**
 * Messages for import problems (`ImportProblem.code`, shared/formats/parsed-network.ts),
 * keys sorted. Each names the file, row and column and says what to do (STYLE.md §8).
 * Rows and columns are counted as a spreadsheet shows them: the header is row 1.
 */
export const importProblems = {
  binaryFile:
    '{{file}} is not a text file (it contains binary data). Export the data as CSV or .xlsx and import that file.',
  conflictingTieId:
    'Row {{row}} of {{file}} reuses the tie id "{{value}}" for a different pair of actors. Give this tie its own id; the row was skipped.',
  duplicateActor:
    'Row {{row}}, column "{{column}}" of {{file}}: the actor "{{value}}" already appears in an earlier row. Keep one row per actor; this row was skipped.',
  duplicateTie:
    'Row {{row}} of {{file}} repeats the tie from "{{source}}" to "{{target}}" of row {{firstRow}}. Both were kept: delete one if it is a mistake.',
  emptyFile: '{{file}} is empty. Choose the file that holds the data.',
  encodingFallback:
    '{{file}} is not UTF-8; it was read as Windows-1252 (Excel’s "CSV" in Spanish). Check that accents look right in the preview.',
  endBeforeStart:
    'Row {{row}}, column "{{column}}" of {{file}}: the end date is not after the start date. Fix the dates (the end is the first day the tie no longer holds); the row was skipped.',
  fieldTooLarge:
    'Row {{row}} of {{file}} has a cell longer than {{limit}} characters, so it was not read. The file may be damaged or not a table; check it in a spreadsheet.',
  formulaCell:
    'Row {{row}}, column "{{column}}" of {{file}} starts like a spreadsheet formula ("{{value}}"). It was kept as plain text; check that this is what you meant.',
  headerOnly: '{{file}} has a header row but no data rows. Nothing was imported from it.',
  impossibleDate:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not a real date (for example 30 February). Fix the date; the row was skipped.',
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
  matrixNotSquare:
    'The sheet "{{sheet}}" of {{file}} is not a square matrix with the same names on the first row and column. Fix the labels, or import the sheet as a list of ties.',
  missingColumn:
    '{{file}} has no "{{role}}" column. Name a column "{{role}}" (or map one in the import wizard) and try again.',
  missingValue:
    'Row {{row}}, column "{{column}}" of {{file}} is empty, but it is needed. Fill it in; the row was skipped.',
  missingWaveDate:
    'The roster survey {{file}} needs a wave date: the date the survey was answered. Give one and import again.',
  mixedEncoding:
    '{{file}} mixes UTF-8 with another encoding ({{count}} characters). They were read as Windows-1252; check accents in the preview.',
  negativeWeight:
    'Row {{row}}, column "{{column}}" of {{file}}: the weight {{value}} is negative. It was kept (signed networks use negative ties); fix it if it is a mistake.',
  notAWorkbook:
    '{{file}} could not be read as an Excel workbook (.xlsx). Open it in Excel or LibreOffice and save it as .xlsx again.',
  raggedRow:
    'Row {{row}} of {{file}} has {{found}} cells but the header has {{expected}}. A separator may be missing or extra in that row; the row was skipped.',
  selfLoop:
    'Row {{row}} of {{file}}: "{{value}}" is tied to itself. The tie was kept; delete it if it is a mistake.',
  sheetNotFound: '{{file}} has no sheet named "{{sheet}}". Choose one of its sheets: {{sheets}}.',
  shortRow:
    'Row {{row}} of {{file}} has {{found}} cells but the header has {{expected}}. The missing cells were read as empty.',
  singleColumn:
    '{{file}} was read as a single column ("{{header}}"). It may use a separator Tejido did not recognise: choose the separator in the import wizard.',
  unclosedQuote:
    'Row {{row}} of {{file}} opens a quote that is never closed, so the rest of the file was read as one cell. Close the quote in that row.',
  unknownActor:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not in the actors file. Add it there or fix the spelling; the row was skipped.',
  unknownEvent:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not in the events file. Add the event there or fix the spelling; the row was skipped.',
  unknownEvidence:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not a known source of evidence (survey, workshop, event, document, other). It was left empty.',
  unknownStatus:
    'Row {{row}}, column "{{column}}" of {{file}}: "{{value}}" is not a tie status. Use existing or potential; the tie was taken as existing.',
  xlsxNotCsv:
    '{{file}} is an Excel workbook (or another zip file) with a .csv name. Import it as .xlsx, or save it from Excel as CSV.',
} as const;
