import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend.ts';
import { dispatch } from '../../electron/backend/dispatch.ts';
import { headlessHost } from '../../electron/backend/host.ts';
import type { LanHost } from '../../electron/backend/workshop/lan-host.ts';
import type { ParticipantApi } from '../../electron/backend/workshop/participant-service.ts';
import type {
  OperationInput,
  OperationName,
  OperationOutput,
} from '../../shared/api/operations.ts';
import type { BackendEvent } from '../../shared/api/events.ts';
import { sampleDir } from './temp-backend.ts';

/**
 * A backend whose LAN host keeps the participant API in hand instead of opening a port, so
 * store and undo tests can act as a phone without networking. The real LAN server is tested
 * over HTTP in lan-share*.test.ts.
 */
export async function workshopBackend(now?: () => Date) {
  const dir = mkdtempSync(join(tmpdir(), 'tejido-workshop-'));
  let api: ParticipantApi | null = null;
  const lan: LanHost = {
    start: (given) => {
      api = given;
      return Promise.resolve({ joinUrls: ['http://192.0.2.10:4000/join'] });
    },
    stop: () => {
      api = null;
      return Promise.resolve();
    },
  };
  const backend = createBackend({ userDataDir: dir, sampleDir, host: headlessHost, lan, now });
  const events: BackendEvent[] = [];
  backend.events.subscribe((event) => events.push(event));
  const raw = (name: string, input: unknown) =>
    dispatch(backend.handlers, name, input, { checkOutput: true });
  const call = async <N extends OperationName>(
    name: N,
    input: OperationInput<N>,
  ): Promise<OperationOutput<N>> => {
    const result = await raw(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value as OperationOutput<N>;
  };
  await call('project.create', {
    name: 'Taller',
    target: { via: 'projectsFolder', name: 'taller' },
  });
  return {
    dir,
    backend,
    events,
    raw,
    call,
    /** The participant API of the current share; throws when nothing is shared. */
    phone(): ParticipantApi {
      if (!api) throw new Error('not shared');
      return api;
    },
    dispose: () => {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
