// Old versions of files, read by blob id through ONE `git cat-file --batch` process for all of
// them. Its output is, per id, "<id> blob <size>\n<size bytes>\n" or "<id> missing\n".

/** Parses `git cat-file --batch` output into the text of each blob found (UTF-8). */
export function parseBatch(out: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString("utf8").split(" ");
    at = eol + 1;
    if (header.length !== 3) continue; // "<id> missing" (e.g. beyond a shallow clone's depth)
    const size = Number(header[2]);
    blobs.set(header[0], out.subarray(at, at + size).toString("utf8"));
    at += size + 1;
  }
  return blobs;
}

/** Runs git with arguments and optional standard input in the content folder; throws on failure. */
export type Git = (args: readonly string[], input?: string) => Buffer;

/** The texts of the given blob ids, in one git process. */
export function readBlobs(git: Git, ids: Iterable<string>): Map<string, string> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  return parseBatch(git(["cat-file", "--batch"], list.join("\n") + "\n"));
}
