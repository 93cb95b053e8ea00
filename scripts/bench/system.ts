// The machine and tool versions a benchmark ran on, for the report.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface MachineInfo {
  cpuModel: string;
  cpus: number;
  memoryBytes: number;
  os: string;
  node: string;
  astro: string;
  pagefind: string;
  timeTool: string;
  /** 1-minute load average when the run started and ended: other work on the machine skews wall times. */
  loadAverage: { start: number; end: number };
}

function version(root: string, pkg: string): string {
  try {
    return (
      JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }
    ).version;
  } catch {
    return "?";
  }
}

export function machineInfo(root: string, timeTool: string, loadAtStart: number): MachineInfo {
  let cpuModel = os.cpus()[0]?.model ?? "?";
  try {
    cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpuModel;
  } catch {
    // not Linux
  }
  return {
    cpuModel,
    cpus: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    astro: version(root, "astro"),
    pagefind: version(root, "pagefind"),
    timeTool,
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
  };
}
