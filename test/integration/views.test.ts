import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS, type MapViewDraft } from '../../shared/domain/view.ts';
import { tempBackend } from '../support/temp-backend.ts';

let env: ReturnType<typeof tempBackend>;

beforeEach(async () => {
  env = tempBackend();
  await env.call('project.create', {
    name: 'Vistas',
    target: { via: 'projectsFolder', name: 'vistas' },
  });
});
afterEach(() => env.dispose());

const draft: MapViewDraft = {
  name: 'Antes del programa',
  positions: { a1: { x: 12.5, y: -40 }, a2: { x: 300, y: 80 } },
  filters: { ...NO_FILTERS, sectors: ['cso', 'government'], ego: { actorId: 'a1', steps: 2 } },
  styling: { sizeBy: 'betweenness', layout: 'manual', labels: 'all' },
  date: '2019-01-15',
};

describe('saved map views', () => {
  it('saves a view with a new id and lists it with its positions, filters and date', async () => {
    const saved = await env.call('views.upsert', draft);
    expect(saved.id).toMatch(/[0-9a-f-]{36}/);
    const [listed, ...rest] = await env.call('views.list', {});
    expect(rest).toEqual([]);
    expect(listed).toEqual(saved);
    expect(listed?.positions).toEqual(draft.positions);
    expect(listed?.filters.ego).toEqual({ actorId: 'a1', steps: 2 });
    expect(listed?.date).toBe('2019-01-15');
  });

  it('replaces a view saved again under the same id and logs before and after', async () => {
    const first = await env.call('views.upsert', { ...draft, id: 'v1' });
    await env.call('views.upsert', { ...draft, id: 'v1', name: 'Después', date: null });
    const views = await env.call('views.list', {});
    expect(views.map((view) => [view.id, view.name, view.date])).toEqual([['v1', 'Después', null]]);
    const changes = await env.call('changes.list', { limit: 10 });
    const edit = changes.find((c) => c.entity === 'view' && c.before !== null);
    expect(edit?.operation).toBe('views.upsert');
    expect(edit?.before).toMatchObject({ name: first.name });
    expect(edit?.after).toMatchObject({ name: 'Después' });
  });

  it('deletes a view, and deleting it again changes nothing', async () => {
    await env.call('views.upsert', { ...draft, id: 'v1' });
    expect(await env.call('views.delete', { id: 'v1' })).toEqual({ ok: true, deleted: true });
    expect(await env.call('views.list', {})).toEqual([]);
    const logged = (await env.call('changes.list', { limit: 10 })).length;
    expect(await env.call('views.delete', { id: 'v1' })).toEqual({ ok: true, deleted: false });
    expect((await env.call('changes.list', { limit: 10 })).length).toBe(logged);
  });

  it('rejects a view with a position that is not a finite number', async () => {
    const result = await env.raw('views.upsert', {
      ...draft,
      positions: { a1: { x: 'left', y: 0 } },
    });
    expect(result.ok).toBe(false);
    expect(await env.call('views.list', {})).toEqual([]);
  });

  it('keeps views in the project file across a reopen', async () => {
    await env.call('views.upsert', { ...draft, id: 'v1' });
    const path = env.backend.session.path;
    await env.call('project.open', { target: { via: 'recent', path: path ?? '' } });
    expect((await env.call('views.list', {})).map((view) => view.id)).toEqual(['v1']);
  });
});
