// Where a V8 CPU profile's samples went: self time by package (app chunks, next's compiled
// server, Prisma, pg, node internals, GC) and by function. Minified names stay minified; the
// package split is what tells rendering from data access from the framework.
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName || "(native)";
  const compiled = url.split("next/dist/compiled/")[1];
  if (compiled) return `next/compiled/${compiled.split("/")[0]}`;
  const pkg = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (url.includes("/.next/")) return "app chunks (.next)";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  return url;
}

export function summariseProfile(file: string, top = 15): string {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += dt;
    const { url, functionName, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
    const where = url.replace(/.*node_modules\//, "").replace(/.*\/\.next\//, ".next/");
    const fn = `${functionName || "(anonymous)"} ${where}:${lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join("\n");
  return `${(total / 1000).toFixed(0)} ms sampled\n-- self time by package\n${rows(byPackage)}\n-- self time by function\n${rows(byFunction)}`;
}
