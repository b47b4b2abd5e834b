import { formatBytes } from "@/lib/updates/format-date-time";

/** Evidence of an update as download links; the route handler re-checks who may download. */
export function EvidenceLinks({ evidence, noneLabel }: { evidence: { id: number; fileName: string; size: number }[]; noneLabel: string }) {
  if (evidence.length === 0) return <span className="text-slate-500">{noneLabel}</span>;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {evidence.map((f) => (
        <li key={f.id}>
          <a href={`/api/evidence/${f.id}`} className="text-brand-700 underline" data-testid={`evidence-${f.id}`}>
            {f.fileName}
          </a>{" "}
          <span className="text-xs text-slate-500">({formatBytes(f.size)})</span>
        </li>
      ))}
    </ul>
  );
}
