import type { ImportPreview } from '../../../shared/api/imports.ts';

export type BlockReason = 'none' | 'relation' | 'file' | 'rows';

/**
 * Why a preview cannot be imported as it is, which decides what the wizard offers: rows with
 * errors can be skipped; a file-level error (no row) cannot, and a missing relation choice
 * is answered above the preview.
 */
export function blockReason(preview: Pick<ImportPreview, 'blocked' | 'problems'>): BlockReason {
  if (!preview.blocked) return 'none';
  const fileErrors = preview.problems.filter(
    (problem) => problem.severity === 'error' && problem.place.row === undefined,
  );
  if (fileErrors.some((problem) => problem.code === 'chooseRelation')) return 'relation';
  return fileErrors.length > 0 ? 'file' : 'rows';
}
