// Runs one benchmark phase as a child process and measures it: wall time, CPU time
// (user + system) and peak resident memory. Two sources, combined by taking the larger:
//  - GNU time (/usr/bin/time) when installed: exact figures for the child and the
//    children it waited for, peak = the largest single process;
//  - sampling /proc every 50 ms for the whole process tree: sees helpers the child never
//    waits for (Pagefind's Node API runs the indexer as a separate service process),
//    peak = the tree's summed RSS; may miss up to one interval of CPU time.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PhaseResult {
  name: string;
  command: string;
  exitCode: number;
  wallMs: number;
  userMs: number;
  sysMs: number;
  /** user + sys. */
  cpuMs: number;
  /** Peak resident set size in bytes: the larger of GNU time's (largest single process) and the sampled tree's sum. */
  peakRssBytes: number;
  method: "gnu-time+proc-sampling" | "proc-sampling";
  /** What each source saw, for checking. */
  sources: { gnuTime?: { cpuMs: number; peakRssBytes: number }; sampled: { cpuMs: number; peakRssBytes: number } };
  /** Last lines of the output, for the report when the phase fails. */
  outputTail: string;
}

const GNU_TIME = "/usr/bin/time";
const SAMPLE_MS = 50;

/** GNU time is used when installed (BENCH_NO_GNU_TIME=1 tries the fallback). */
export function hasGnuTime(): boolean {
  return process.env.BENCH_NO_GNU_TIME !== "1" && existsSync(GNU_TIME);
}

export async function runPhase(
  name: string,
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  /** Stop the phase's whole process group after this long (exit code 124, as timeout(1)). */
  timeoutMs?: number,
): Promise<PhaseResult> {
  const command = [cmd, ...args].join(" ");
  const gnu = hasGnuTime();
  const dir = gnu ? mkdtempSync(path.join(os.tmpdir(), "bench-time-")) : "";
  const out = path.join(dir, "time.txt");
  const [bin, argv] = gnu ? [GNU_TIME, ["-f", "%e %U %S %M", "-o", out, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  // With a timeout the child leads a process group of its own, so that all of it can be stopped.
  const child = spawn(bin, argv, { env, cwd, stdio: ["ignore", "pipe", "pipe"], detached: timeoutMs !== undefined });
  const tail = collect(child, echo());
  const sampler = sampleWhileRunning(child.pid);
  let timedOut = false;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          if (child.pid) process.kill(-child.pid, "SIGKILL");
        }, timeoutMs);
  const exitCode = await new Promise<number>((resolve) =>
    child.on("close", (code) => resolve(timedOut ? 124 : (code ?? 1))),
  );
  clearTimeout(timer);
  const wallMs = performance.now() - started;
  const sampled = sampler.stop();
  const result: PhaseResult = {
    name,
    command,
    exitCode,
    wallMs,
    userMs: sampled.userMs,
    sysMs: sampled.sysMs,
    cpuMs: sampled.userMs + sampled.sysMs,
    peakRssBytes: sampled.peakRssBytes,
    method: "proc-sampling",
    sources: { sampled: { cpuMs: sampled.userMs + sampled.sysMs, peakRssBytes: sampled.peakRssBytes } },
    outputTail: tail(),
  };
  if (gnu) {
    const line = existsSync(out) ? (readFileSync(out, "utf8").trim().split("\n").at(-1) ?? "") : "";
    rmSync(dir, { recursive: true, force: true });
    const [, user, sys, maxKb] = line.split(" ").map(Number);
    const g = { userMs: (user || 0) * 1000, sysMs: (sys || 0) * 1000, peak: (maxKb || 0) * 1024 };
    result.sources.gnuTime = { cpuMs: g.userMs + g.sysMs, peakRssBytes: g.peak };
    result.method = "gnu-time+proc-sampling";
    if (g.userMs + g.sysMs >= result.cpuMs)
      Object.assign(result, { userMs: g.userMs, sysMs: g.sysMs, cpuMs: g.userMs + g.sysMs });
    result.peakRssBytes = Math.max(result.peakRssBytes, g.peak);
  }
  return result;
}

function collect(child: ReturnType<typeof spawn>, echo: boolean): () => string {
  let tail = "";
  const keep = (chunk: Buffer) => {
    const s = chunk.toString();
    if (echo) process.stderr.write(s);
    tail = (tail + s).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => tail;
}

const echo = () => process.env.BENCH_VERBOSE === "1";

const TICK = 100; // USER_HZ on Linux

interface Sample {
  userTicks: number;
  sysTicks: number;
  rssBytes: number;
}

/** Sum over `root` and all its descendants: own + waited-for children's CPU ticks, and resident memory. */
function sampleTree(root: number): Sample {
  const parent = new Map<number, number>();
  const stats = new Map<number, { user: number; sys: number; rss: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields[0] is state (field 3); ppid is field 4, utime..cstime are fields 14–17, rss (pages) field 24.
      const pid = Number(entry);
      parent.set(pid, Number(fields[1]));
      const user = Number(fields[11]) + Number(fields[13]);
      const sys = Number(fields[12]) + Number(fields[14]);
      stats.set(pid, { user, sys, rss: Number(fields[21]) * 4096 });
    } catch {
      // the process ended between readdir and read
    }
  }
  const sum: Sample = { userTicks: 0, sysTicks: 0, rssBytes: 0 };
  for (const [pid, s] of stats) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        sum.userTicks += s.user;
        sum.sysTicks += s.sys;
        sum.rssBytes += s.rss;
        break;
      }
    }
  }
  return sum;
}

/** Samples the process tree under `pid` until stopped; CPU is the largest total seen. */
function sampleWhileRunning(pid: number | undefined): {
  stop(): { userMs: number; sysMs: number; peakRssBytes: number };
} {
  let peak = 0;
  let user = 0;
  let sys = 0;
  const tick = () => {
    if (pid === undefined) return;
    const s = sampleTree(pid);
    peak = Math.max(peak, s.rssBytes);
    user = Math.max(user, s.userTicks);
    sys = Math.max(sys, s.sysTicks);
  };
  const timer = setInterval(tick, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return { userMs: (user / TICK) * 1000, sysMs: (sys / TICK) * 1000, peakRssBytes: peak };
    },
  };
}
