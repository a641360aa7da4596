import { z } from 'zod';
import { NetworkSnapshot } from '../../../shared/api/network.ts';
import { callUnparsed, unexpectedAnswer } from '../../api/client.ts';

/** Elements parsed per slice: about 30 ms at 20,000 actors on a loaded machine. */
const SLICE = 2500;

/** The answer with its two long lists unread; everything else parsed as `call` would. */
const Shell = NetworkSnapshot.extend({ actors: z.array(z.unknown()), ties: z.array(z.unknown()) });

/**
 * `network.get` for the whole project, like `call` (the same transports, the same output
 * schema), except that actors and ties are parsed a slice at a time with a task boundary
 * between slices. One parse of 20,000 actors and 100,000 ties held the page for over a second;
 * in slices no task takes more than a few tens of milliseconds, and the map appears at the
 * same time. A malformed answer fails as `call` fails it.
 */
export async function fetchNetworkInSlices(): Promise<NetworkSnapshot> {
  const name = 'network.get';
  const shell = Shell.safeParse(await callUnparsed(name, {}));
  if (!shell.success) throw unexpectedAnswer(name, shell.error);
  const { shape } = NetworkSnapshot;
  const actors = await parseInSlices(shell.data.actors, shape.actors.element, name);
  const ties = await parseInSlices(shell.data.ties, shape.ties.element, name);
  return { ...shell.data, actors, ties };
}

async function parseInSlices<T>(
  items: readonly unknown[],
  schema: z.ZodType<T>,
  name: string,
): Promise<T[]> {
  const parsed: T[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await nextTask();
    const slice = z.array(schema).safeParse(items.slice(start, start + SLICE));
    if (!slice.success) throw unexpectedAnswer(name, slice.error);
    for (const item of slice.data) parsed.push(item);
  }
  return parsed;
}

/** Resolves in a new task (a message to ourselves: setTimeout would add 4 ms each time). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
