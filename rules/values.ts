/**
 * Lists of an enum's values that cannot drift from the schema: each is written as a record keyed
 * by the generated enum type (`satisfies`-checked: a value missing or unknown fails to compile)
 * and read back as a tuple that zod's `z.enum` and mongoose's `enum` take.
 */
export function valuesOf<T extends string>(record: Record<T, unknown>): [T, ...T[]] {
  return Object.keys(record) as [T, ...T[]];
}
