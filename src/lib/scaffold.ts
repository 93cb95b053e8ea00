// `npm run new`: starts a new content file for a person to fill in.
//   measure 6-2-1 [--plan aioi] → content/aioi/measures/6-2-1.yaml, and 6-2-1 listed in plan.yaml
//   project <id>                → content/<id>/project.yaml
// The new file has every required field, with "" or null where a person has to
// write something and a Japanese comment saying what. Right after scaffolding the
// validator therefore lists exactly the fields still to fill; once they are filled
// it passes. plan.yaml is edited through the yaml Document API, so its comments
// and layout stay as they were. Nothing existing is ever overwritten.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Document, YAMLSeq, isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";
import type { Node, YAMLMap } from "yaml";
import type { Message } from "./validation/finding.ts";
import { compareNumbers } from "./numbers.ts";
import { reservedIds } from "./paths.ts";
import { discoverLayout } from "./validation/layout.ts";
import { schemaDir } from "./validation/repo.ts";

/** A refusal with a bilingual reason; nothing has been written when it is thrown. */
export class ScaffoldError extends Error {
  readonly bilingual: Message;
  constructor(message: Message) {
    super(`${message.ja} / ${message.en}`);
    this.name = "ScaffoldError";
    this.bilingual = message;
  }
}

export interface ScaffoldResult {
  /** Absolute paths of the files written: the new file first, then any file changed. */
  created: string;
  modified: string[];
  /** What was done besides creating the file, for the person to know. */
  notes: Message[];
}

const MEASURE_NUMBER = /^([1-9][0-9]*)-([1-9][0-9]*)-([1-9][0-9]*)$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Full-width digits and dash look-alikes (６－２－１, 6ー2ー1) become 6-2-1. */
function normalizeNumber(input: string): string {
  return input
    .normalize("NFKC")
    .trim()
    .replace(/[‐‑‒–—―−ー－]/g, "-");
}

/** The path to write after `$schema=` in a file in `dir`. */
function schemaRef(dir: string, kind: string): string {
  return path
    .relative(dir, path.join(schemaDir, `${kind}.schema.json`))
    .split(path.sep)
    .join("/");
}

// ---------------------------------------------------------------------------
// Templates

/** The text of a new measure file. Comments say what to write where. */
function measureTemplate(number: string, schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}
# 基本施策 ${number}。「""」の中に文章を書き、null を数字に置き換えてから npm run validate で確認してください。
# Measure ${number}: write the texts between the quotes, replace null with figures, then run npm run validate.
kind: measure
number: ${number}
title:
  ja: ""  # 基本施策の名前（例: 定住の促進と関係人口の拡大）。原本に名前がないときは title の2行を消し「titleMissing: true」と書きます
situation:  # 現状と課題。段落ごとに「- ja: 」の行を増やします
  - ja: ""  # 現状と課題の1段落目
direction:  # 基本方針。段落ごとに「- ja: 」の行を増やします
  - ja: ""  # 基本方針の1段落目
kpis:  # めざそう値。1項目ごとに「- id:」からのまとまりを増やします。めざそう値がないときは「kpis: []」と書きます
  - id: ${number}-1  # 基本施策の番号と行の番号（2項目目は ${number}-2）
    label:
      ja: ""  # 項目（何を測るか。例: 相生市に住み続けたいと思う人の割合）
    unit: ""  # 単位（例: %）
    direction: increase  # 目標値が基準値より大きい（増やす）なら increase、小さい（減らす）なら decrease、同じ（維持）なら maintain（0件を保つなど、下回る分には構わないなら maintain-or-lower）
    actuals:  # 実績値。古い年度から順に書きます（最初が基準値）。70.0 のように表示するときは decimals: 1 を加えます
      - fiscalYear: null  # 年度（西暦。令和2年度 → 2020）
        value: null  # 実績値（数字だけ。単位や % は付けません）
    target:  # めざそう値（目標）
      fiscalYear: null  # 目標の年度（西暦。令和12年度 → 2030）
      value: null  # 目標値（数字だけ）
actions:  # 取り組み事項。①、②…の1件ごとに「- number:」からのまとまりを増やします
  - number: 1  # ①なら 1、②なら 2
    title:
      ja: ""  # 取り組み事項の名前（例: まちの認知度の向上を図る）
    description:  # 内容。段落ごとに「- ja: 」の行を増やします
      - ja: ""  # 内容の1段落目
    mainProjects:  # 主な事業。1事業ごとに「- ja: 」の行を増やします。ないときは「mainProjects: []」と書きます
      - ja: ""  # 主な事業の名前（例: 広報事業）
relatedPlans:  # 関連計画。原本が「―」（関連計画なし）のときは、この下の5行を消して「relatedPlans: none」と書きます
  - name:
      ja: ""  # 計画の名前（例: 第7次定員適正化計画）
    period:  # 計画期間（西暦の年度。令和8～令和12 → from: 2026、to: 2030）
      from: null
      to: null
# 関係する地域創生総合戦略があれば、次の4行の「# 」を外して番号を書きます（strategy.yaml にある戦略目標と施策の番号）。
# strategyRefs:
#   - goal: 2
#     measure: 1
`;
}

/** The text of a new project file. */
function projectTemplate(id: string, schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}
# プロジェクト ${id}。「""」の中に文章を書き、null を数字に置き換えてから npm run validate で確認してください。
# Project ${id}: write the texts between the quotes, replace null with figures, then run npm run validate.
id: ${id}
kind: project
title:
  ja: ""  # プロジェクトの名前（例: 住民自治リフレッシュプロジェクト）
# 市民向けの1～2文の紹介、市町村名を書くときは「# 」を外します。
# summary:
#   ja: ""
# municipality:
#   ja: ""
purpose:  # 目的と目指す姿。段落ごとに「- ja: 」の行を増やします
  - ja: ""  # 1段落目
# basicPolicies（基本方針）、principles（基本的な考え方）、undertakings（取り組む事項）、
# approach（進め方）、continuingIssues（継続して検討する項目）も書けます。
# 書き方は content/jumin-jichi-refresh/project.yaml を見本にしてください。
roadmap:
  title:
    ja: ""  # ロードマップの題名（例: ○○プロジェクト ロードマップ2023）
  fiscalYears:  # 年度表の列（西暦の年度。令和5～令和8 → from: 2023、to: 2026）
    from: null
    to: null
  parties: []  # 担当の列。例: 「- id: shisho」と「label: { ja: 支所 }」
  courses:  # コース（Ⅰ、Ⅱ…）。1コースごとに「- id:」からのまとまりを増やします
    - id: course-1  # 半角英小文字・数字と「-」
      numeral: Ⅰ  # 見出しのローマ数字
      name:
        ja: ""  # コースの名前（例: 2024コース）
      deadline: null  # 実現・方針決定を目指す年度（西暦）
      phases:  # 期（離陸期・加速期・着陸期など）
        - id: phase-1  # 半角英小文字・数字と「-」（例: takeoff）
          name:
            ja: ""  # 期の名前（例: 離陸期）
          period:  # 期の年度（西暦）
            from: null
            to: null
      items:  # 見直し項目。1項目ごとに「- number:」からのまとまりを増やします
        - number: 1
          title:
            ja: ""  # 見直し項目の名前（例: 地区ドックの実施）
          activities: []  # 年度ごとの取り組み。例: 「- text: { ja: 実施 }」と「period: { from: 2024, to: 2024 }」
`;
}

// ---------------------------------------------------------------------------
// plan.yaml

function numberOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const n: unknown = node.get("number");
  return typeof n === "number" || typeof n === "string" ? String(n) : undefined;
}

/** Inserts `node` before the first item whose number sorts after `key` (at the end if none); returns its index. */
function insertSorted(seq: YAMLSeq, key: string, node: unknown, keyOf: (item: unknown) => string | undefined): number {
  const at = seq.items.findIndex((item) => {
    const k = keyOf(item);
    return k !== undefined && compareNumbers(k, key) > 0;
  });
  if (at === -1) return seq.items.push(node) - 1;
  seq.items.splice(at, 0, node);
  return at;
}

/** Where a new item went: the first node created, in a sequence that already existed. */
interface Insertion {
  seq: YAMLSeq;
  /** The key holding the sequence (for its indentation), when the sequence already existed. */
  key: Node | null;
  index: number;
  node: Node;
}

/** The sequence at `key` of `map` and its key node; created (block style) when absent. */
function seqAt(doc: Document, map: YAMLMap, key: string): { seq: YAMLSeq; key: Node | null } {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isSeq(pair.value)) return { seq: pair.value, key: pair.key as Node };
  const seq = doc.createNode([]) as YAMLSeq;
  map.set(key, seq);
  return { seq, key: null };
}

const lineStart = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;

/** Offset just after the last line a node is written on (with its trailing comment). */
function contentEnd(node: unknown): number | null {
  if (isScalar(node)) return node.range?.[2] ?? null;
  if (isMap(node) || isSeq(node)) {
    if (node.flow || node.items.length === 0) return node.range?.[2] ?? null;
    const last: unknown = node.items[node.items.length - 1];
    return contentEnd(isPair(last) ? (last.value ?? last.key) : last);
  }
  return null;
}

/**
 * Writes the inserted item into the original text, leaving every other byte as it
 * was. Only for the common case, a block sequence that already has items written
 * one per line; returns null otherwise (the caller then re-serialises the document).
 */
function spliceInsertion(text: string, ins: Insertion): string | null {
  const { seq, index, node } = ins;
  const others = seq.items.filter((i) => i !== node) as Node[];
  if (others.length === 0 || !others[0].range) return null;
  if (seq.flow) {
    // [6-1-1, 6-1-2]: a number goes in beside its neighbour.
    if (!isScalar(node)) return null;
    const value = String(node.value);
    if (index === 0) return text.slice(0, others[0].range[0]) + `${value}, ` + text.slice(others[0].range[0]);
    const prev = (seq.items[index - 1] as Node).range;
    return prev ? text.slice(0, prev[1]) + `, ${value}` + text.slice(prev[1]) : null;
  }
  if (!ins.key?.range) return null;
  const first = others[0].range[0];
  const dash = /^( *)- +$/.exec(text.slice(lineStart(text, first), first));
  if (!dash) return null;
  const indent = dash[1];
  const keyCol = ins.key.range[0] - lineStart(text, ins.key.range[0]);
  let at = index === 0 ? lineStart(text, first) : contentEnd(seq.items[index - 1]);
  if (at === null) return null;
  const item = new Document(new YAMLSeq());
  (item.contents as YAMLSeq).items.push(node);
  let block = item
    .toString({ lineWidth: 0, minContentWidth: 0, indentSeq: indent.length > keyCol })
    .split("\n")
    .map((line) => (line ? indent + line : line))
    .join("\n");
  if (at > 0 && text[at - 1] !== "\n") {
    const nl = text.indexOf("\n", at);
    if (nl === -1) {
      block = "\n" + block;
      at = text.length;
    } else at = nl + 1;
  }
  return text.slice(0, at) + block + text.slice(at);
}

export interface PlanEdit {
  text: string;
  /** Already listed: plan.yaml is unchanged. */
  alreadyListed: boolean;
  createdPolicy: boolean;
  createdGoal: boolean;
}

/**
 * Lists measure `number` under its goal and policy in plan.yaml's text, in number
 * order, creating the policy (titleMissing: true) and even the goal when needed.
 * The change is worked out on the yaml Document; in the usual layout only the new
 * lines are written into the original text, so comments, blank lines and spacing
 * stay byte for byte. Other layouts (flow lists such as [6-1-1]) are re-serialised
 * by the Document API, which keeps comments but may normalise spacing.
 */
export function addMeasureToPlan(planText: string, number: string): PlanEdit {
  const m = MEASURE_NUMBER.exec(number);
  if (!m) throw new ScaffoldError(badNumber(number));
  const goalNo = Number(m[1]);
  const policyNo = `${m[1]}-${m[2]}`;
  const doc = parseDocument(planText);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new ScaffoldError({
      ja: "plan.yaml を読めません。先に npm run validate で示される誤りを直してください",
      en: "cannot read plan.yaml; fix the errors npm run validate reports first",
    });
  }
  const edit: PlanEdit = { text: planText, alreadyListed: false, createdPolicy: false, createdGoal: false };
  let insertion: Insertion | null = null;
  const record = (at: { seq: YAMLSeq; key: Node | null }, index: number, node: Node) => {
    insertion ??= { ...at, index, node };
  };

  const goals = seqAt(doc, doc.contents, "goals");
  let goal = goals.seq.items.find((g) => numberOf(g) === String(goalNo));
  if (!isMap(goal)) {
    const name = doc.createNode("");
    name.comment = " まちづくり目標の名前";
    const created = doc.createNode({ number: goalNo, title: { ja: name }, policies: [] });
    record(goals, insertSorted(goals.seq, String(goalNo), created, numberOf), created);
    goal = created;
    edit.createdGoal = true;
  }
  const policies = seqAt(doc, goal as YAMLMap, "policies");
  let policy = policies.seq.items.find((p) => numberOf(p) === policyNo);
  if (!isMap(policy)) {
    const created = doc.createNode({ number: policyNo, titleMissing: true, measures: [] });
    record(policies, insertSorted(policies.seq, policyNo, created, numberOf), created);
    policy = created;
    edit.createdPolicy = true;
  }
  const measures = seqAt(doc, policy as YAMLMap, "measures");
  const scalarText = (item: unknown) => (isScalar(item) ? String(item.value) : undefined);
  if (measures.seq.items.some((item) => scalarText(item) === number)) {
    edit.alreadyListed = true;
    return edit;
  }
  const created = doc.createNode(number);
  record(measures, insertSorted(measures.seq, number, created, scalarText), created);

  edit.text = (insertion && spliceInsertion(planText, insertion)) ?? doc.toString({ lineWidth: 0, minContentWidth: 0 });
  return edit;
}

// ---------------------------------------------------------------------------
// Commands

function badNumber(input: string): Message {
  return {
    ja: `基本施策の番号「${input}」は使えません。「6-2-1」のように、目標・施策・基本施策の番号を半角数字と「-」でつないで書いてください`,
    en: `"${input}" is not a measure number; write goal-policy-measure in digits joined by hyphens, e.g. 6-2-1`,
  };
}

function refuseExisting(file: string): never {
  throw new ScaffoldError({
    ja: `${file} はすでにあります。上書きはしません。その内容を直接編集してください`,
    en: `${file} already exists; it is never overwritten: edit it instead`,
  });
}

/** Plan folders (those with a plan.yaml) under the content folder. */
function planFolders(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return discoverLayout(contentDir, (abs) => abs).plans.map((p) => p.folder);
}

export interface MeasureOptions {
  /** Plan folder name; may be left out when the content has exactly one plan. */
  plan?: string;
  /** Shown in messages instead of absolute paths. */
  show?: (abs: string) => string;
}

export function scaffoldMeasure(contentDir: string, input: string, options: MeasureOptions = {}): ScaffoldResult {
  const show = options.show ?? ((abs: string) => abs);
  const number = normalizeNumber(input);
  if (!MEASURE_NUMBER.test(number)) throw new ScaffoldError(badNumber(input));
  const plans = planFolders(contentDir);
  let plan = options.plan;
  if (plan === undefined) {
    if (plans.length !== 1) {
      throw new ScaffoldError({
        ja:
          plans.length === 0
            ? "計画（plan.yaml のあるフォルダ）が見つかりません"
            : `計画が複数あります。--plan で選んでください（${plans.join("、")}）`,
        en:
          plans.length === 0
            ? "no plan (a folder with plan.yaml) found"
            : `there are several plans; choose one with --plan (${plans.join(", ")})`,
      });
    }
    plan = plans[0];
  } else if (!plans.includes(plan)) {
    throw new ScaffoldError({
      ja: `計画「${plan}」が見つかりません（${path.join(show(contentDir), plan, "plan.yaml")} がありません）。${plans.length ? `使える計画: ${plans.join("、")}` : ""}`,
      en: `plan "${plan}" not found (no ${path.join(show(contentDir), plan, "plan.yaml")})${plans.length ? `; plans: ${plans.join(", ")}` : ""}`,
    });
  }
  const planDir = path.join(contentDir, plan);
  const planFile = path.join(planDir, "plan.yaml");
  const measureDir = path.join(planDir, "measures");
  const file = path.join(measureDir, `${number}.yaml`);
  if (existsSync(file)) refuseExisting(show(file));

  // Work out the plan.yaml change before writing anything, so a refusal leaves no trace.
  const edit = addMeasureToPlan(readFileSync(planFile, "utf8"), number);
  mkdirSync(measureDir, { recursive: true });
  writeFileSync(file, measureTemplate(number, schemaRef(measureDir, "measure")), { flag: "wx" });
  const result: ScaffoldResult = { created: file, modified: [], notes: [] };
  const policyNo = number.split("-").slice(0, 2).join("-");
  if (edit.alreadyListed) {
    result.notes.push({
      ja: `${number} はすでに plan.yaml に載っていたので、plan.yaml は変えていません`,
      en: `${number} was already listed in plan.yaml, which is unchanged`,
    });
  } else {
    writeFileSync(planFile, edit.text);
    result.modified.push(planFile);
    result.notes.push({
      ja: `plan.yaml の施策 ${policyNo} に ${number} を加えました`,
      en: `listed ${number} under policy ${policyNo} in plan.yaml`,
    });
  }
  if (edit.createdGoal) {
    result.notes.push({
      ja: `plan.yaml にまちづくり目標 ${number.split("-")[0]} を作りました。title の ja に目標の名前を書いてください`,
      en: `created goal ${number.split("-")[0]} in plan.yaml; write its name under title → ja`,
    });
  }
  if (edit.createdPolicy) {
    result.notes.push({
      ja: `plan.yaml に施策 ${policyNo} を「titleMissing: true」（タイトル未設定）で作りました。名前が分かったら title を書き titleMissing を消してください`,
      en: `created policy ${policyNo} in plan.yaml with titleMissing: true; add its title and delete titleMissing once known`,
    });
  }
  return result;
}

export function scaffoldProject(
  contentDir: string,
  input: string,
  options: { show?: (abs: string) => string } = {},
): ScaffoldResult {
  const show = options.show ?? ((abs: string) => abs);
  const id = input.trim();
  if (!SLUG.test(id) || id.length > 64) {
    throw new ScaffoldError({
      ja: `プロジェクトID「${input}」は使えません。半角の英小文字・数字と「-」だけで書いてください（例: jumin-jichi-refresh）。ID はページのアドレスになります`,
      en: `"${input}" is not a valid project id; use lowercase letters a-z, digits and single hyphens (e.g. jumin-jichi-refresh); it becomes the page address`,
    });
  }
  if (reservedIds().includes(id)) {
    throw new ScaffoldError({
      ja: `「${id}」はサイトが使うアドレスなので、プロジェクトIDにはできません（使えない ID: ${reservedIds().join("、")}）`,
      en: `"${id}" is an address the site itself uses and cannot be a project id (reserved: ${reservedIds().join(", ")})`,
    });
  }
  const dir = path.join(contentDir, id);
  const file = path.join(dir, "project.yaml");
  if (existsSync(file)) refuseExisting(show(file));
  if (existsSync(path.join(dir, "plan.yaml"))) {
    throw new ScaffoldError({
      ja: `${show(dir)} は計画のフォルダです（plan.yaml があります）。別の ID を選んでください`,
      en: `${show(dir)} is a plan folder (it has plan.yaml); choose another id`,
    });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, projectTemplate(id, schemaRef(dir, "project")), { flag: "wx" });
  return { created: file, modified: [], notes: [] };
}
