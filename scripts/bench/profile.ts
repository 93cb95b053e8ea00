// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function, and
// total time per file group (node_modules package or project folder), so that the
// report can say where a slow build spends its time.
import { readFileSync } from "node:fs";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  topFunctions: Array<{ name: string; where: string; selfMs: number; share: number }>;
  byGroup: Array<{ group: string; selfMs: number; share: number }>;
}

/**
 * "node_modules/astro/dist/…" → "astro"; "src/lib/validation/…" → "src/lib/validation";
 * the site's own bundle (…/.prerender/chunks/site-index_CPv-40c_.mjs) → "site: site-index".
 */
export function groupOf(url: string): string {
  if (!url) return "(native)";
  const chunk = /\/\.prerender\/(?:chunks\/)?([^/]+?)(?:[._][A-Za-z0-9_-]{8})?\.mjs$/.exec(url);
  if (chunk) return `site: ${chunk[1]}`;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  const own = /\/(src\/[^/]+(?:\/[^/]+)?|scripts|dist\/[^/]+)\//.exec(url);
  if (own) return own[1];
  if (url.startsWith("node:")) return "node:internal";
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

export function summariseProfile(file: string, top = 25): ProfileSummary {
  const prof = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const totalUs = prof.endTime - prof.startTime;
  const fn = new Map<string, { name: string; where: string; us: number }>();
  const groups = new Map<string, number>();
  for (const [id, us] of self) {
    const cf = byId.get(id)!.callFrame;
    const where = cf.url
      ? `${cf.url.replace(/^file:\/\/.*\/\.prerender\//, "(site bundle)/").replace(/^file:\/\/.*?\/(node_modules|src|scripts)\//, "$1/")}:${cf.lineNumber + 1}`
      : "";
    const key = `${cf.functionName}@${where}`;
    const entry = fn.get(key) ?? { name: cf.functionName || "(anonymous)", where, us: 0 };
    entry.us += us;
    fn.set(key, entry);
    const g =
      cf.functionName === "(idle)"
        ? "(idle)"
        : cf.functionName === "(garbage collector)"
          ? "(garbage collector)"
          : groupOf(cf.url);
    groups.set(g, (groups.get(g) ?? 0) + us);
  }
  const share = (us: number) => Math.round((us / totalUs) * 1000) / 10;
  return {
    totalMs: Math.round(totalUs / 1000),
    topFunctions: [...fn.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, selfMs: Math.round(f.us / 1000), share: share(f.us) })),
    byGroup: [...groups]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([group, us]) => ({ group, selfMs: Math.round(us / 1000), share: share(us) })),
  };
}
