/**
 * Why a measure refused to give a number. Codes are stable: the renderer and the CLI translate
 * them (`errors.<code>`) with `params`, exactly like the backend's TejidoError codes.
 */
export type MeasureErrorCode =
  | 'measure.weightMissing'
  | 'measure.weightNotNumeric'
  | 'measure.weightNotPositive'
  | 'measure.needsDirected'
  | 'measure.noTies'
  | 'measure.notConverged'
  | 'measure.unknownActor';

export type MeasureErrorParams = Record<string, string | number>;

/** A measure that does not apply to this network, said with a code instead of a quiet number. */
export class MeasureError extends Error {
  readonly code: MeasureErrorCode;
  readonly params: MeasureErrorParams;

  constructor(code: MeasureErrorCode, params: MeasureErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'MeasureError';
    this.code = code;
    this.params = params;
  }
}
