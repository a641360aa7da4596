import { describe, expect, it } from 'vitest';
import {
  createMeasuresClient,
  type MeasuresWorker,
} from '../../../../renderer/workers/map-measures-client.ts';
import { runMapMeasures } from '../../../../renderer/workers/map-measures-job.ts';
import { MapMeasuresResponse } from '../../../../renderer/workers/map-measures-messages.ts';
import {
  measureInput,
  measureMap,
  measuresFromColumns,
  PATH_MEASURE_LIMIT,
  type MapMeasures,
} from '../../../../shared/map/map-measures.ts';
import { mapSnapshotAt } from '../../../../shared/map/map-timeline.ts';
import { readSampleTimeline } from '../../shared/temporal/sample-timeline.ts';

const data = readSampleTimeline();

/** The sample project on a day some ties have ended and others not yet begun. */
const snapshot = mapSnapshotAt(data, '2019-06-01');

/** What the page sends: the index arrays plus the request's id and the path limit. */
function request(id: number) {
  return { id, ...measureInput(snapshot.actors, snapshot.ties), pathLimit: PATH_MEASURE_LIMIT };
}

/**
 * A worker in the same thread: answers each message with the job after a microtask, unless
 * terminated by then (like a real worker, whose answer then never comes).
 */
function fakeWorker(log: string[]): MeasuresWorker {
  let terminated = false;
  const worker: MeasuresWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      log.push('post');
      queueMicrotask(() => {
        if (!terminated)
          worker.onmessage?.({ data: runMapMeasures(message) } as MessageEvent<unknown>);
      });
    },
    terminate: () => {
      terminated = true;
      log.push('terminate');
    },
  };
  return worker;
}

describe('the map measures worker', () => {
  it('answers the same measures as measureMap on the same snapshot', () => {
    const sent = request(3);
    const answer = MapMeasuresResponse.parse(runMapMeasures(sent));
    if (answer.kind !== 'measures') throw new Error(answer.message);
    expect(answer.id).toBe(3);
    const columns = new Map(answer.keys.map((key, index) => [key, answer.columns[index]!]));
    const expected = measureMap(snapshot.actors, snapshot.ties);
    expect(answer.keys).toContain('betweenness');
    expect(measuresFromColumns(sent.ids, columns)).toEqual(expected);
  });

  it('leaves out the shortest-path measures above the path limit', () => {
    const answer = runMapMeasures({ ...request(1), pathLimit: snapshot.actors.length - 1 });
    if (answer.kind !== 'measures') throw new Error(answer.message);
    expect(answer.keys).toEqual(['degree', 'strength', 'core', 'eigenvector', 'pagerank']);
  });

  it('refuses a request whose ties point outside the actors', () => {
    const sent = request(2);
    sent.targets[0] = sent.ids.length;
    const answer = runMapMeasures(sent);
    expect(answer.kind).toBe('failed');
  });
});

describe('the map measures client', () => {
  const input = () => measureInput(snapshot.actors, snapshot.ties);

  it('gives the measures by actor id', async () => {
    const client = createMeasuresClient(() => fakeWorker([]));
    const measures = await new Promise<MapMeasures>((done, failed) =>
      client.measure(input(), done, failed),
    );
    expect(measures).toEqual(measureMap(snapshot.actors, snapshot.ties));
  });

  it('drops a request still running when a new one comes, in a fresh worker', async () => {
    const log: string[] = [];
    let workers = 0;
    const client = createMeasuresClient(() => {
      workers += 1;
      return fakeWorker(log);
    });
    const answers: string[] = [];
    client.measure(
      input(),
      () => answers.push('first'),
      () => answers.push('first failed'),
    );
    const second = new Promise<void>((done) =>
      client.measure(
        input(),
        () => done(),
        () => answers.push('second failed'),
      ),
    );
    await second;
    expect(answers).toEqual([]);
    expect(log).toEqual(['post', 'terminate', 'post']);
    expect(workers).toBe(2);
  });

  it('keeps its worker between requests that finished', async () => {
    let workers = 0;
    const client = createMeasuresClient(() => {
      workers += 1;
      return fakeWorker([]);
    });
    for (let turn = 0; turn < 2; turn += 1)
      await new Promise<MapMeasures>((done, failed) => client.measure(input(), done, failed));
    expect(workers).toBe(1);
  });

  it('cancels: the answer of a cancelled request never arrives', async () => {
    const log: string[] = [];
    const client = createMeasuresClient(() => fakeWorker(log));
    let answered = false;
    const cancel = client.measure(
      input(),
      () => (answered = true),
      () => (answered = true),
    );
    cancel();
    await new Promise((done) => setTimeout(done, 10));
    expect(answered).toBe(false);
    expect(log).toEqual(['post', 'terminate']);
  });

  it('reports an answer that does not fit the request as a failure', async () => {
    const worker: MeasuresWorker = {
      onmessage: null,
      onerror: null,
      postMessage: () =>
        queueMicrotask(() =>
          worker.onmessage?.({
            data: { kind: 'measures', id: 1, keys: ['degree'], columns: [new Float64Array(1)] },
          } as MessageEvent<unknown>),
        ),
      terminate: () => {},
    };
    const client = createMeasuresClient(() => worker);
    const reason = await new Promise<string>((failed) =>
      client.measure(input(), () => failed('answered'), failed),
    );
    expect(reason).toMatch(/does not match/);
  });
});
