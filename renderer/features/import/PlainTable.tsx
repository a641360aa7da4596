import type { ReactNode } from 'react';

interface PlainTableProps {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  testId: string;
  rowTestId: string;
  /** When a heading just above already names the table. */
  captionHidden?: boolean;
}

/** A small read-only table: a preview's first rows, the history of imports. */
export function PlainTable(props: PlainTableProps) {
  const { caption, headers, rows, testId, rowTestId } = props;
  return (
    <div className="table-scroll table-scroll--short">
      <table className="data-table" data-testid={testId}>
        <caption className={props.captionHidden ? 'visually-hidden' : 'plain-table__caption'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, row) => (
            <tr key={row} data-testid={rowTestId}>
              {cells.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
