import type { ImportProblem, ParsedNetwork, SourcePlace } from '../parsed-network.ts';
import { emptyNetwork } from '../parsed-network.ts';

/** A problem to translate as `import.problems.<code>`; `params` fill the message's {{slots}}. */
export function createProblem(
  severity: ImportProblem['severity'],
  code: string,
  params: Record<string, string | number>,
  place: SourcePlace,
): ImportProblem {
  return { severity, code, params: { file: place.file, ...params }, place };
}

/** The answer for a file that cannot be read at all: one error and nothing else. */
export function unreadableNetwork(format: string, problem: ImportProblem): ParsedNetwork {
  return { ...emptyNetwork(format), problems: [problem] };
}
