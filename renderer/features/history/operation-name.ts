import type { TFunction } from 'i18next';
import { history as historyCatalog } from '../../../shared/i18n/en/history.ts';

type OperationKey = keyof typeof historyCatalog.operations;

/** The catalog key naming a logged operation: "actors.upsert" → "actors_upsert". */
export function operationKey(operation: string): string {
  return operation.replace('.', '_');
}

/** True when the undo and redo buttons have a name of their own for this operation. */
export function hasOperationName(operation: string): boolean {
  return Object.hasOwn(historyCatalog.operations, operationKey(operation));
}

/** "actors.upsert" → "saving an actor"; operations without a name get a neutral one. */
export function operationName(operation: string, t: TFunction): string {
  const known = (hasOperationName(operation) ? operationKey(operation) : 'other') as OperationKey;
  // Through `unknown`: checking i18next's full key union here exceeds TypeScript's depth.
  const translate = t as unknown as (key: `history.operations.${OperationKey}`) => string;
  return translate(`history.operations.${known}`);
}
