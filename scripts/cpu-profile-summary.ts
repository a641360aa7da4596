/**
 * The heaviest functions of a Chrome DevTools CPU profile (the `Profiler.stop` answer), by
 * self time: what bench-map's --profile prints, to see where a slow draw spends its time.
 */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileLine {
  name: string;
  selfMs: number;
}

/** Self time per function (name and file:line), heaviest first, top `count`. */
export function heaviestFunctions(profile: CpuProfile, count = 15): ProfileLine[] {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, index) => {
    const frame = frames.get(id);
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    // A sample's time is the gap to the next one.
    self.set(name, (self.get(name) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  });
  return [...self.entries()]
    .map(([name, selfMs]) => ({ name, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count);
}
