/**
 * The shape a translation must have: exactly the keys of the English catalog, with text at
 * every leaf. Annotating a catalog with it makes a missing or extra key a compile error.
 */
export type CatalogShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]>;
};

type Leaf<C extends string> = Exclude<C, `${string}.${string}`>;
type Branch<C extends string> = C extends `${infer Head}.${string}` ? Head : never;
type Rest<C extends string, Head extends string> = C extends `${Head}.${infer Tail}` ? Tail : never;

/**
 * Nested messages for dotted codes (`project.newerSchema` → `{ project: { newerSchema } }`),
 * the way i18next reads `errors.project.newerSchema`. Every code needs a message that reads
 * well for any count; `_one`/`_other` plural forms may be added beside it (i18next picks
 * them when a `count` param is given and falls back to the plain form otherwise).
 */
export type MessagesFor<C extends string> = { readonly [L in Leaf<C>]: string } & {
  readonly [L in Leaf<C> as `${L}_one` | `${L}_other`]?: string;
} & { readonly [B in Branch<C>]: MessagesFor<Rest<C, B>> };
