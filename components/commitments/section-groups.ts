/** The rows in one group, or one group per run of a section's rows (of one report), headed by that section. */
export function sectionGroups<R extends { id: number; reportId: number; sectionCode: string }>(rows: R[], bySection: boolean) {
  if (!bySection) return [{ key: "all", heading: null, rows }];
  const groups: { key: string; heading: R | null; rows: R[] }[] = [];
  rows.forEach((r, i) => {
    if (i === 0 || r.sectionCode !== rows[i - 1].sectionCode || r.reportId !== rows[i - 1].reportId) groups.push({ key: `${r.sectionCode}-${r.id}`, heading: r, rows: [] });
    groups[groups.length - 1].rows.push(r);
  });
  return groups;
}
