/**
 * The rows in one group, or one group per run of a section's rows (of one report), headed by that
 * section; `opensReport` marks a group whose report is not the one before it (the page's first
 * group too), where a list that spans reports names the report.
 */
export function sectionGroups<R extends { id: number; reportId: number; sectionCode: string }>(rows: R[], bySection: boolean) {
  if (!bySection) return [{ key: "all", heading: null, opensReport: false, rows }];
  const groups: { key: string; heading: R | null; opensReport: boolean; rows: R[] }[] = [];
  rows.forEach((r, i) => {
    const previous = rows[i - 1];
    const opensReport = i === 0 || r.reportId !== previous.reportId;
    if (opensReport || r.sectionCode !== previous.sectionCode) groups.push({ key: `${r.sectionCode}-${r.id}`, heading: r, opensReport, rows: [] });
    groups[groups.length - 1].rows.push(r);
  });
  return groups;
}
