import { z } from 'zod';
import { JoinAnswer } from '../../shared/api/participant-api.ts';

/**
 * The join answer kept in sessionStorage, so a phone that reloads (weak Wi-Fi, a locked
 * screen) stays joined; a closed tab forgets it. Read back through the schema: storage is
 * outside input like anything else.
 */
const KEY = 'tejido:participant';
/** `organisation`: the name chosen or typed at joining (a new one awaits the facilitator). */
const Stored = z.object({
  code: z.string(),
  answer: JoinAnswer,
  organisation: z.string().optional(),
});
export type StoredJoin = z.infer<typeof Stored>;

export function readJoin(code: string): StoredJoin | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const parsed = raw ? Stored.safeParse(JSON.parse(raw)) : null;
    return parsed?.success && parsed.data.code === code ? parsed.data : null;
  } catch {
    return null;
  }
}

export function storeJoin(join: StoredJoin | null): void {
  try {
    if (join) window.sessionStorage.setItem(KEY, JSON.stringify(join));
    else window.sessionStorage.removeItem(KEY);
  } catch (cause) {
    console.warn('Could not keep the join in this tab', cause);
  }
}
