import { describe, expect, it } from 'vitest';
import { Actor } from '../../../../../shared/domain/actor.ts';
import {
  actorFieldOf,
  actorFormValues,
  validateActorForm,
} from '../../../../../renderer/features/data/actor-form-values.ts';
import { fieldErrors, issueMessage } from '../../../../../renderer/forms/issue-message.ts';
import { translatorFor } from '../../i18n/test-i18n.ts';

const imported = Actor.parse({
  id: 'a7',
  name: 'Red Huizache',
  sector: 'cso',
  kind: 'organisation',
  region: 'Coahuila',
  attributes: { budget: 12000 },
  notes: '',
});

describe('the actor form', () => {
  it('says in the current language that a blank name must be filled in', async () => {
    const values = { ...actorFormValues(null), name: '   ' };
    const result = validateActorForm(values, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const [language, text] of [
      ['es', 'Llena este campo.'],
      ['en', 'Fill in this field.'],
    ] as const) {
      const t = await translatorFor(language);
      expect(fieldErrors(result.issues, actorFieldOf, (i) => issueMessage(i, t))).toEqual({
        name: text,
      });
    }
  });

  it('sends no sector and no region as null, and trims the name', () => {
    const values = { ...actorFormValues(null), name: '  Colectivo Nuevo ', region: ' ' };
    const result = validateActorForm(values, null);
    expect(result.ok && result.draft).toMatchObject({
      name: 'Colectivo Nuevo',
      sector: null,
      region: null,
      kind: 'organisation',
    });
    expect(result.ok && 'id' in result.draft && result.draft.id).toBeFalsy();
  });

  it('keeps the id and imported attributes of an actor being edited', () => {
    const result = validateActorForm({ ...actorFormValues(imported), name: 'Red H.' }, imported);
    expect(result.ok && result.draft).toMatchObject({
      id: 'a7',
      name: 'Red H.',
      attributes: { budget: 12000 },
    });
  });
});
