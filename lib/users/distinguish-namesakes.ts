export interface OfficialChoice {
  id: number;
  displayName: string;
  departmentId: number | null;
}

/**
 * Two officials of one department with the same name (两个“张伟”) are told apart by their login
 * names, which are unique: a choice between two identical entries is a guess. Others keep their
 * name alone.
 */
export function distinguishNamesakes(officials: (OfficialChoice & { loginName: string })[]): OfficialChoice[] {
  const key = (o: OfficialChoice) => `${o.departmentId}|${o.displayName}`;
  const named = new Map<string, number>();
  for (const o of officials) named.set(key(o), (named.get(key(o)) ?? 0) + 1);
  return officials.map(({ loginName, ...o }) => (named.get(key(o))! > 1 ? { ...o, displayName: `${o.displayName} · ${loginName}` } : o));
}
