// The comparison with a peer build (npm run bench -- --peer DIR): our cold build, the Starlight
// peer's cold build and the no-framework floor, timed alternately in rounds because this
// machine's speed drifts between runs; each round gives one ratio, and the report gives their
// median and range. Pure: the runs are made by scripts/bench/peer.ts.
import type { MachineInfo } from "./system.ts";
import { fmtBytes, fmtMs } from "./report.ts";

export interface Timing {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
}

export interface Round {
  /** In the order they ran: "ours", "peer", "floor". */
  order: string[];
  ours: Timing;
  peer: Timing;
  /** limit.mjs + Pagefind's CLI on its output. */
  floor: Timing;
  loadAverage: { start: number; end: number };
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface Comparison {
  version: 1;
  startedAt: string;
  machine: MachineInfo;
  params: { measures: number; seed: number; rounds: number; peer: string };
  /** HTML pages each side built (ours, peer, floor). */
  pages: { ours: number; peer: number; floor: number };
  rounds: Round[];
  /** Ratios of the same round, then their spread: ours ÷ peer, ours ÷ floor. */
  ratios: { peerWall: Spread; peerCpu: Spread; floorWall: Spread; floorCpu: Spread };
  /** The goals of issue #12 (ours ≤ 0.2 × peer, ≤ 3 × floor, wall, median of the rounds). */
  goals: { peer: number; floor: number };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function spread(xs: readonly number[]): Spread {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/** Round r runs ours first when r is even, the peer first when odd; the floor last. */
export function roundOrder(r: number): Array<"ours" | "peer" | "floor"> {
  return r % 2 === 0 ? ["ours", "peer", "floor"] : ["peer", "ours", "floor"];
}

/** The ratios of each round and their spread. */
export function compareRounds(rounds: readonly Round[]): Comparison["ratios"] {
  const of = (f: (r: Round) => number) => spread(rounds.map(f));
  return {
    peerWall: of((r) => r.ours.wallMs / r.peer.wallMs),
    peerCpu: of((r) => r.ours.cpuMs / r.peer.cpuMs),
    floorWall: of((r) => r.ours.wallMs / r.floor.wallMs),
    floorCpu: of((r) => r.ours.cpuMs / r.floor.cpuMs),
  };
}

const x = (n: number) => `${n.toFixed(2)}×`;
const fmtSpread = (s: Spread) => (s.min === s.max ? x(s.median) : `${x(s.median)} (${x(s.min)}–${x(s.max)})`);
const timing = (t: Timing) => `${fmtMs(t.wallMs)} / ${fmtMs(t.cpuMs)} / ${fmtBytes(t.peakRssBytes)}`;

/** The comparison as plain text: one line per round, then the ratios against the goals. */
export function formatComparison(c: Comparison): string {
  const m = c.machine;
  const ok = (v: number, goal: number) => (v <= goal ? "ok" : "MISSED");
  return [
    `Comparison: ${c.params.measures} measures (seed ${c.params.seed}), ${c.params.rounds} round(s), cold builds, alternating; ${c.startedAt}`,
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${fmtBytes(m.memoryBytes)} RAM, ${m.os}; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}; ${m.timeTool}; load average ${m.loadAverage.start.toFixed(2)} → ${m.loadAverage.end.toFixed(2)}`,
    `Pages: ours ${c.pages.ours}, peer ${c.pages.peer} (${c.params.peer}), floor ${c.pages.floor}`,
    "wall / CPU / peak RSS of the process tree:",
    ...c.rounds.map(
      (r, i) =>
        `  round ${i + 1} (${r.order.join(", ")}; load ${r.loadAverage.start.toFixed(1)} → ${r.loadAverage.end.toFixed(1)}): ours ${timing(r.ours)}; peer ${timing(r.peer)}; floor ${timing(r.floor)}`,
    ),
    `ours ÷ peer:  wall ${fmtSpread(c.ratios.peerWall)}, CPU ${fmtSpread(c.ratios.peerCpu)} — goal ≤ ${c.goals.peer}× wall: ${ok(c.ratios.peerWall.median, c.goals.peer)}`,
    `ours ÷ floor: wall ${fmtSpread(c.ratios.floorWall)}, CPU ${fmtSpread(c.ratios.floorCpu)} — goal ≤ ${c.goals.floor}× wall: ${ok(c.ratios.floorWall.median, c.goals.floor)}`,
  ].join("\n");
}
