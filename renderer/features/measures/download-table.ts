import writeExcelFile from 'write-excel-file/browser';
import { joinCsvChunks, tableCsvChunks } from '../../../shared/formats/csv/write-csv.ts';
import type { ExportTable } from './measure-export.ts';

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Give the browser a moment to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** UTF-8 with a byte-order mark so Excel reads the accents; text cells neutralised. */
export function downloadCsv(table: ExportTable, fileName: string): void {
  const text = joinCsvChunks(tableCsvChunks(table.columns, table.rows));
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

/** Every cell typed as String or Number, so Excel never reads one as a formula. */
export async function downloadXlsx(table: ExportTable, fileName: string): Promise<void> {
  const header = table.columns.map((title) => ({
    value: title,
    type: String,
    fontWeight: 'bold' as const,
  }));
  const body = table.rows.map((row) =>
    row.map((cell) =>
      typeof cell === 'number'
        ? Number.isFinite(cell)
          ? { value: cell, type: Number }
          : null
        : { value: cell ?? '', type: String },
    ),
  );
  const blob = await writeExcelFile([header, ...body]).toBlob();
  saveBlob(blob, `${fileName}.xlsx`);
}
