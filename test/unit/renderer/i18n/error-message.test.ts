import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/api/api-call-error.ts';
import { errorMessage } from '../../../../renderer/i18n/error-message.ts';
import { translatorFor } from './test-i18n.ts';

describe('translated backend errors', () => {
  it('say how many ties an actor has, with the right plural', async () => {
    const es = await translatorFor('es');
    const en = await translatorFor('en');
    const one = new ApiCallError('actors.delete', { code: 'actor.hasTies', params: { count: 1 } });
    const many = new ApiCallError('actors.delete', { code: 'actor.hasTies', params: { count: 3 } });
    expect(errorMessage(one, es)).toBe('Este actor tiene 1 vínculo. ¿Eliminarlo también?');
    expect(errorMessage(many, es)).toBe('Este actor tiene 3 vínculos. ¿Eliminarlos también?');
    expect(errorMessage(many, en)).toBe('This actor has 3 ties. Delete them too?');
  });

  it('fill the versions of a project from a newer Tejido', async () => {
    const en = await translatorFor('en');
    const error = new ApiCallError('project.open', {
      code: 'project.newerSchema',
      params: { path: '/p.tejido', found: 9, supported: 3 },
    });
    expect(errorMessage(error, en)).toContain('file format 9; this version reads up to 3');
  });

  it('name the first invalid field when the backend sent only issues', async () => {
    const en = await translatorFor('en');
    const error = new ApiCallError('ties.upsert', {
      code: 'input.invalid',
      params: {},
      issues: [{ path: 'spells.0.end', message: 'x', code: 'custom' }],
    });
    expect(errorMessage(error, en)).toContain('“spells.0.end”');
  });

  it('treat anything else thrown as an internal problem, without its details', async () => {
    const es = await translatorFor('es');
    expect(errorMessage(new Error('stack trace here'), es)).toMatch(/^Tejido no pudo terminar/);
  });
});
