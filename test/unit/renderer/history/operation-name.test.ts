import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_UNDOABLE } from '../../../../electron/backend/store/undo-redo.ts';
import {
  hasOperationName,
  operationName,
} from '../../../../renderer/features/history/operation-name.ts';
import { translatorFor } from '../i18n/test-i18n.ts';

const backendDir = join(import.meta.dirname, '../../../../electron/backend');

/** Every operation name the backend logs an edit under: the first argument of `edit(…)`. */
function loggedOperations(): string[] {
  const names = new Set<string>();
  const files = readdirSync(backendDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  for (const file of files) {
    const source = readFileSync(join(backendDir, file), 'utf8');
    for (const match of source.matchAll(/\bedit\(\s*'([a-zA-Z]+\.[a-zA-Z]+)'/gu)) {
      names.add(match[1] ?? '');
    }
  }
  return [...names].sort();
}

describe('operation names on the undo and redo buttons', () => {
  it('finds the edits it checks, workshop ones included', () => {
    const logged = loggedOperations();
    expect(logged).toEqual(
      expect.arrayContaining(['actors.upsert', 'events.setParticipation', 'workshops.addTie']),
    );
  });

  it('names every edit that undo can take back, instead of "the last change"', () => {
    const undoable = loggedOperations().filter(
      (operation) => !NOT_UNDOABLE.has(operation) && !operation.startsWith('changes.'),
    );
    expect(undoable.filter((operation) => !hasOperationName(operation))).toEqual([]);
  });

  it('names the workshop edits in English and Spanish', async () => {
    const en = await translatorFor('en');
    const es = await translatorFor('es');
    expect(operationName('workshops.addTie', en)).toBe('adding a tie in a workshop');
    expect(operationName('workshops.addTie', es)).toBe('agregar un vínculo en el taller');
    expect(operationName('workshops.rate', es)).toBe('calificar a un actor en el taller');
    expect(operationName('workshops.decide', en)).toBe('deciding on a participant’s proposal');
    expect(operationName('something.new', es)).toBe('el último cambio');
  });
});
