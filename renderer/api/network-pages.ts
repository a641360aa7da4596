import { z } from 'zod';
import {
  NetworkPage,
  type NetworkPageQuery,
  type NetworkQuery,
  type NetworkSnapshot,
} from '../../shared/api/network.ts';
import { ApiCallError } from './api-call-error.ts';
import { callUnparsed, unexpectedAnswer } from './client.ts';
import { parseInSlices } from './parse-in-slices.ts';

/**
 * Actors and ties per page, together. Chromium parses a page of 10,000 ties (about 1.4 MB of
 * JSON) in some 25 ms on a slow machine; the whole of a 100,000-tie network, parsed at once,
 * held the page for a quarter of a second in one task, and for as long over Electron's IPC.
 */
const PAGE = 10_000;

/** A project edited between every page of a read this many times running is not waited for. */
const ATTEMPTS = 4;

/** A page with its long lists unread; everything else parsed as `call` would. */
const Shell = NetworkPage.extend({ actors: z.array(z.unknown()), ties: z.array(z.unknown()) });
type Shell = z.infer<typeof Shell>;

/**
 * The network a query selects, like `call('network.get', query)` (the same transports, the
 * same output), read in pages of `network.page` so that no task of the page parses more than
 * one page: the answer arrives, and each page's actors and ties are checked a slice at a time,
 * while the backend already cuts the next page. All pages come from one project state; a page
 * from another (the project changed, and the backend let the old state go) starts the read
 * again. An aborted `signal` (the screen that asked is gone) stops the read.
 */
export async function fetchNetwork(
  query: NetworkQuery,
  signal?: AbortSignal,
): Promise<NetworkSnapshot> {
  return readAgain(query, BOTH, signal);
}

/**
 * Every actor, or every tie, of the project (what `actors.list` and `ties.list` answer), read
 * in pages as fetchNetwork reads: the Data screen's lists of a 100,000-tie project.
 */
export async function fetchProjectList<L extends 'actors' | 'ties'>(
  list: L,
  signal?: AbortSignal,
): Promise<NetworkSnapshot[L]> {
  const wanted = { actors: list === 'actors', ties: list === 'ties' };
  return (await readAgain({}, wanted, signal))[list];
}

type Wanted = { actors: boolean; ties: boolean };
const BOTH: Wanted = { actors: true, ties: true };

async function readAgain(
  query: NetworkQuery,
  wanted: Wanted,
  signal: AbortSignal | undefined,
): Promise<NetworkSnapshot> {
  for (let attempt = 1; ; attempt += 1) {
    const network = await readPages(query, wanted, signal);
    if (network) return network;
    if (attempt === ATTEMPTS) {
      throw new ApiCallError('network.page', { code: 'network.changing', params: {} });
    }
  }
}

/**
 * Every page of one project state, or null when the state changed midway. A list not wanted
 * is left empty.
 */
async function readPages(
  query: NetworkQuery,
  wanted: Wanted,
  signal: AbortSignal | undefined,
): Promise<NetworkSnapshot | null> {
  const share = wanted.actors && wanted.ties ? PAGE / 2 : PAGE;
  const first = await page(
    {
      query,
      actors: range(0, wanted.actors ? share : 0),
      ties: range(0, wanted.ties ? share : 0),
    },
    signal,
  );
  const totals = {
    actors: wanted.actors ? first.totals.actors : 0,
    ties: wanted.ties ? first.totals.ties : 0,
  };
  const ranges = laterRanges({ ...first, totals }, PAGE);
  // One page is asked for ahead: the backend cuts and sends it while this one is parsed.
  const ask = (index: number) => {
    const stretch = ranges[index];
    if (!stretch) return undefined;
    const asked = page({ query, revision: first.revision, ...stretch }, signal);
    asked.catch(() => undefined); // a page asked ahead may never be awaited (abort, restart)
    return asked;
  };
  let ahead = ask(0);
  const actors = await parseActors(first.actors, signal);
  const ties = await parseTies(first.ties, signal);
  for (let index = 1; ahead; index += 1) {
    const current = await ahead;
    if (current.revision !== first.revision) return null;
    ahead = ask(index);
    for (const actor of await parseActors(current.actors, signal)) actors.push(actor);
    for (const tie of await parseTies(current.ties, signal)) ties.push(tie);
  }
  return { actors, ties, sectors: first.sectors, tieTypes: first.tieTypes };
}

type Ranges = Pick<NetworkPageQuery, 'actors' | 'ties'>;

function range(offset: number, limit: number) {
  return { offset, limit };
}

/**
 * The ranges of the pages after the first, `size` elements each: the rest of the actors, then
 * the ties, a page taking ties where the actors end.
 */
export function laterRanges(first: Shell, size: number): Ranges[] {
  let actorsAt = first.actors.length;
  let tiesAt = first.ties.length;
  const ranges: Ranges[] = [];
  while (actorsAt < first.totals.actors || tiesAt < first.totals.ties) {
    const actors = Math.min(size, first.totals.actors - actorsAt);
    const ties = Math.min(size - actors, first.totals.ties - tiesAt);
    ranges.push({ actors: range(actorsAt, actors), ties: range(tiesAt, ties) });
    actorsAt += actors;
    tiesAt += ties;
  }
  return ranges;
}

async function page(input: NetworkPageQuery, signal: AbortSignal | undefined): Promise<Shell> {
  const shell = Shell.safeParse(await callUnparsed('network.page', input, signal));
  if (!shell.success) throw unexpectedAnswer('network.page', shell.error);
  return shell.data;
}

const parseActors = (items: readonly unknown[], signal: AbortSignal | undefined) =>
  parseInSlices(items, NetworkPage.shape.actors.element, 'network.page', signal);

const parseTies = (items: readonly unknown[], signal: AbortSignal | undefined) =>
  parseInSlices(items, NetworkPage.shape.ties.element, 'network.page', signal);
