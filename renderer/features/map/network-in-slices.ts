import { z } from 'zod';
import { NetworkSnapshot } from '../../../shared/api/network.ts';
import { callUnparsed, unexpectedAnswer } from '../../api/client.ts';
import { nextTask, parseInSlices } from '../../api/parse-in-slices.ts';
import { networkIdSteps } from '../../../shared/map/dated-map.ts';

/** The answer with its two long lists unread; everything else parsed as `call` would. */
const Shell = NetworkSnapshot.extend({ actors: z.array(z.unknown()), ties: z.array(z.unknown()) });

/**
 * `network.get` for the whole project, like `call` (the same transports, the same output
 * schema), except that actors and ties are parsed a slice at a time with a task boundary
 * between slices. One parse of 20,000 actors and 100,000 ties held the page for over a second;
 * in slices no task takes more than a few tens of milliseconds, and the map appears at the
 * same time. A malformed answer fails as `call` fails it. The network's id sets, which the
 * map's first render needs, are then built in tasks of their own (networkIdSteps).
 */
export async function fetchNetworkInSlices(): Promise<NetworkSnapshot> {
  const name = 'network.get';
  const shell = Shell.safeParse(await callUnparsed(name, {}));
  if (!shell.success) throw unexpectedAnswer(name, shell.error);
  const { shape } = NetworkSnapshot;
  const actors = await parseInSlices(shell.data.actors, shape.actors.element, name);
  const ties = await parseInSlices(shell.data.ties, shape.ties.element, name);
  const network = { ...shell.data, actors, ties };
  for (const step of networkIdSteps(network)) {
    await nextTask();
    step();
  }
  return network;
}
