// The content folder's git history in ONE `git log` pass: every commit that touched it, newest
// first, with the blob ids of each changed file before and after (`--raw`), so that old versions
// can be read in one `git cat-file --batch` (blobs.ts) instead of one process per file and commit.
// Paths are relative to the content folder (`--relative`, run inside it).

/** Record and unit separators in the log format. */
const RS = "\u001e";
const US = "\u001f";

/** The arguments of the one log call, run with the content folder as working directory. */
export const LOG_ARGS = [
  "-c",
  "core.quotePath=false",
  "log",
  "--raw",
  "--no-abbrev",
  "--no-renames",
  "--relative",
  `--format=${RS}%H${US}%cs${US}%P`,
  "--",
  ".",
];

export interface FileChange {
  /** Path relative to the content folder, forward slashes: aioi/measures/6-1-1.yaml */
  path: string;
  /** Blob id before the commit; null when the commit added the file. */
  before: string | null;
  /** Blob id after the commit; null when the commit deleted the file. */
  after: string | null;
}

export interface Commit {
  sha: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  /** Parent ids; none for a root commit, and for the oldest commit of a shallow clone. */
  parents: string[];
  files: FileChange[];
}

const NO_BLOB = /^0+$/;

/** A path as git prints it: C-quoted ("…") only when it has control characters or quotes. */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  try {
    return JSON.parse(p) as string;
  } catch {
    return p;
  }
}

/** `:100644 100644 <before> <after> M\t<path>` → a FileChange, or null for any other line. */
function rawLine(line: string): FileChange | null {
  const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*\t(.+)$/.exec(line);
  if (!m) return null;
  return { path: unquote(m[3]), before: NO_BLOB.test(m[1]) ? null : m[1], after: NO_BLOB.test(m[2]) ? null : m[2] };
}

/** Parses the output of `git <LOG_ARGS>`. Merge commits list no files (each change is in the commit that made it). */
export function parseLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split(RS)) {
    const [head, ...lines] = record.split("\n");
    const [sha, date, parents] = head.split(US);
    if (!sha || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? "")) continue;
    commits.push({
      sha,
      date,
      parents: (parents ?? "").split(" ").filter((p) => p !== ""),
      files: lines.map(rawLine).filter((f) => f !== null),
    });
  }
  return commits;
}
