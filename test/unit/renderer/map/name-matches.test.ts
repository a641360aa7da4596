import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/domain/actor.ts';
import { actor } from '../../shared/map/fixtures.ts';
import { FULL_NAME_LIST, namesToOffer } from '../../../../renderer/features/map/name-matches.ts';

function actors(count: number): Actor[] {
  return Array.from({ length: count }, (_, index) =>
    actor(`a${index}`, null, { name: index === 7 ? 'Fundación Álamo' : `Organización ${index}` }),
  );
}

describe('namesToOffer', () => {
  it('offers every actor of a short list, whatever was typed', () => {
    const short = actors(FULL_NAME_LIST);
    expect(namesToOffer(short, '')).toHaveLength(FULL_NAME_LIST);
    expect(namesToOffer(short, 'zzz')).toHaveLength(FULL_NAME_LIST);
  });

  it('offers nothing on a long list until something is typed', () => {
    expect(namesToOffer(actors(FULL_NAME_LIST + 1), '  ')).toEqual([]);
  });

  it('offers matches on a long list, blind to accents and case, at most 50', () => {
    const long = actors(20_000);
    expect(namesToOffer(long, 'fundacion alamo').map((actor) => actor.id)).toEqual(['a7']);
    const many = namesToOffer(long, 'organizacion 1');
    expect(many).toHaveLength(50);
    expect(many.every((actor) => actor.name.startsWith('Organización 1'))).toBe(true);
  });
});
