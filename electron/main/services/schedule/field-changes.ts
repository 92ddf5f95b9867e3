/** Field-by-field differences of two views of a record, as the audit log stores them (old → new). */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export function fieldChanges<T extends object>(before: T, after: T): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(a)
    .filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, old: a[field] ?? null, new: b[field] ?? null }));
}
