// The shape of the reason registry (main/contract/reasons.ts): each domain lists its refusals by
// name with the parameters a screen may put into their text, and the kind of each.

export type ParamKind = 'number' | 'string';

/** A reason's parameters: name → kind. `{}` when the text needs none. */
export type ReasonSpec = Readonly<Record<string, ParamKind>>;

export type ReasonGroup = Readonly<Record<string, ReasonSpec>>;

/** Declares one domain's reasons; `const` keeps the names and kinds literal for the types. */
export function reasons<const G extends ReasonGroup>(group: G): G {
  return group;
}

/** The values a reason's parameters take; a reason without parameters takes none. */
export type ParamsOfSpec<S extends ReasonSpec> = S extends unknown
  ? [keyof S] extends [never]
    ? Record<string, never>
    : { [P in keyof S]: S[P] extends 'number' ? number : string }
  : never;
