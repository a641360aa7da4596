import type { NetworkSnapshot } from '../../../shared/api/network.ts';
import type { Language } from '../../../shared/i18n/catalogs.ts';
import { labelOf } from '../catalog/label-of.ts';

export interface SectorTies {
  key: string;
  label: string;
  ties: { id: string; otherName: string; typeLabel: string; potential: boolean }[];
}

/** An actor's ties grouped by the sector of the actor at the other end, in sector order. */
export function tiesBySector(
  actorId: string,
  snapshot: NetworkSnapshot,
  language: Language,
  noSectorLabel: string,
): SectorTies[] {
  const actors = new Map(snapshot.actors.map((actor) => [actor.id, actor]));
  const types = new Map(snapshot.tieTypes.map((type) => [type.key, type]));
  const groups = new Map<string, SectorTies>();
  for (const tie of snapshot.ties) {
    if (tie.source !== actorId && tie.target !== actorId) continue;
    const other = actors.get(tie.source === actorId ? tie.target : tie.source);
    if (!other) continue;
    const key = other.sector ?? '';
    const sector = snapshot.sectors.find((candidate) => candidate.key === key);
    const group = groups.get(key) ?? {
      key,
      label: sector ? labelOf(sector, language) : noSectorLabel,
      ties: [],
    };
    const type = types.get(tie.type);
    group.ties.push({
      id: tie.id,
      otherName: other.name,
      typeLabel: type ? labelOf(type, language) : tie.type,
      potential: tie.status === 'potential',
    });
    groups.set(key, group);
  }
  const order = new Map(snapshot.sectors.map((sector) => [sector.key, sector.position]));
  const collator = new Intl.Collator(language);
  return [...groups.values()]
    .map((group) => ({
      ...group,
      ties: group.ties.sort((a, b) => collator.compare(a.otherName, b.otherName)),
    }))
    .sort((a, b) => (order.get(a.key) ?? 1e9) - (order.get(b.key) ?? 1e9));
}
