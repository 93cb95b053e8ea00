// The change history of each document (a folder under content/: aioi/, jumin-jichi-refresh/) for
// its history page: per commit, newest first, the files it changed and what changed in each, in
// words (describe.ts). Built from the one `git log` pass and ONE `git cat-file --batch` for all
// old versions, once per build; the page sizes are bounded by the caps below.
import type { ContentLog } from "../git/content-log.ts";
import { contentLog, isBoundary } from "../git/content-log.ts";
import { readBlobs } from "../git/blobs.ts";
import type { FileChange } from "../git/log.ts";
import { parseYamlText } from "../validation/parse.ts";
import type { Change } from "./change.ts";
import type { Version } from "./describe.ts";
import { describeFileChange } from "./describe.ts";
import type { Subject } from "./subject.ts";
import { compareSubjects, subjectOf } from "./subject.ts";

/** Files described per commit and document; more are counted ("and 12 more files"), not read. */
const MAX_FILES_PER_COMMIT = 40;
/** Changes listed per file; more are counted. */
const MAX_CHANGES_PER_FILE = 20;

export interface FileHistory {
  subject: Subject;
  changes: Change[];
  /** Changes not listed (over MAX_CHANGES_PER_FILE). */
  more: number;
}

export interface HistoryEntry {
  sha: string;
  /** YYYY-MM-DD */
  date: string;
  /** The oldest commit of a shallow clone: its files are listed as they were, not as changes. */
  earliest: boolean;
  files: FileHistory[];
  /** Files not described (over MAX_FILES_PER_COMMIT). */
  moreFiles: number;
}

export interface DocumentHistory {
  /** False when the content is not in a git repository. */
  available: boolean;
  /** Only part of the history is here (shallow clone). */
  shallow: boolean;
  /** Newest first. */
  entries: HistoryEntry[];
}

interface Touched {
  subject: Subject;
  file: FileChange;
}

/** Every document folder's history from one log (pure but for reading blobs through log.git). */
export function documentHistories(log: ContentLog): Map<string, DocumentHistory> {
  const byFolder = new Map<string, DocumentHistory>();
  const pending: Array<{ entry: HistoryEntry; touched: Touched[] }> = [];
  const wanted = new Set<string>();
  for (const commit of log.commits) {
    const folders = new Map<string, Touched[]>();
    for (const file of commit.files) {
      const slash = file.path.indexOf("/");
      if (slash <= 0) continue; // files at the top of content/ belong to no document
      const folder = file.path.slice(0, slash);
      folders.set(folder, [...(folders.get(folder) ?? []), { subject: subjectOf(file.path.slice(slash + 1)), file }]);
    }
    const earliest = isBoundary(log, commit);
    for (const [folder, all] of folders) {
      const sorted = all.sort((a, b) => compareSubjects(a.subject, b.subject));
      const touched = earliest ? [] : sorted.slice(0, MAX_FILES_PER_COMMIT);
      const entry: HistoryEntry = {
        sha: commit.sha,
        date: commit.date,
        earliest,
        files: [],
        moreFiles: sorted.length - touched.length,
      };
      let doc = byFolder.get(folder);
      if (!doc) byFolder.set(folder, (doc = { available: true, shallow: log.shallow, entries: [] }));
      doc.entries.push(entry);
      pending.push({ entry, touched });
      for (const t of touched) for (const id of [t.file.before, t.file.after]) if (id) wanted.add(id);
    }
  }
  const texts = readBlobs(log.git, wanted);
  const versions = new Map<string, Version>();
  const version = (id: string | null): Version | undefined => {
    if (id === null) return undefined;
    let v = versions.get(id);
    if (!v) {
      const text = texts.get(id);
      const data = text === undefined ? undefined : parseYamlText(text);
      versions.set(id, (v = data === undefined ? "unreadable" : { data }));
    }
    return v;
  };
  for (const { entry, touched } of pending) {
    entry.files = touched.map(({ subject, file }) => {
      const changes = describeFileChange(subject.kind, version(file.before), version(file.after));
      return {
        subject,
        changes: changes.slice(0, MAX_CHANGES_PER_FILE),
        more: Math.max(0, changes.length - MAX_CHANGES_PER_FILE),
      };
    });
  }
  return byFolder;
}

let memo: { log: ContentLog; docs: Map<string, DocumentHistory> } | undefined;

/** The history of one document folder of the content (CONTENT_DIR), computed once per build. */
export function documentHistory(folder: string, log: ContentLog = contentLog()): DocumentHistory {
  if (memo?.log !== log) memo = { log, docs: documentHistories(log) };
  return memo.docs.get(folder) ?? { available: log.available, shallow: log.shallow, entries: [] };
}
