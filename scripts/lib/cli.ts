import { parseArgs } from "node:util";
import { defaultContentDir } from "../../src/lib/validation/repo.ts";

// Shared by the command-line entry points. How each one ends: the exit code from main(), and any
// crash as one bilingual line with exit code 2, never a stack trace (the reader is a content
// editor). How a usage mistake found by node:util parseArgs reads, and the options of the two
// content checks (validate, lint:text).
export function runCli(main: () => number | Promise<number>, what: { ja: string; en: string }): void {
  const crash = (e: unknown): never => {
    const text = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    console.error(`${what.ja}を実行できませんでした / ${what.en} could not run: ${text}`);
    process.exit(2);
  };
  process.on("uncaughtException", crash);
  try {
    Promise.resolve(main()).then((code) => (process.exitCode = code), crash);
  } catch (e) {
    crash(e);
  }
}

/**
 * A usage mistake reported by node:util parseArgs (strict), as the first sentence of its message:
 * "Unknown option '--x'", "Option '--dir <value>' argument missing", "Unexpected argument 'y'".
 * Anything else is not a usage mistake and is thrown again.
 */
export function usageMistake(e: unknown): string {
  const code = e instanceof Error && "code" in e ? String(e.code) : "";
  if (!code.startsWith("ERR_PARSE_ARGS_")) throw e;
  const line = (e as Error).message.split("\n")[0];
  const end = line.indexOf("'. ");
  return end === -1 ? line : line.slice(0, end + 1);
}

const FORMATS = ["text", "json", "github"] as const;

export interface CheckOptions {
  dir: string;
  format: (typeof FORMATS)[number];
  strict: boolean;
}

/**
 * The options of a content check: --dir DIR (default $CONTENT_DIR or content/), --format
 * text|json|github, -h/--help and, when `withStrict`, --strict. Returns the text to print instead:
 * `usage` for --help, or the mistake followed by `usage`.
 */
export function parseCheckArgs(args: string[], usage: string, withStrict = false): CheckOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        dir: { type: "string", default: defaultContentDir() },
        format: { type: "string", default: "text" },
        help: { type: "boolean", short: "h", default: false },
        ...(withStrict ? { strict: { type: "boolean", default: false } as const } : {}),
      },
    }));
  } catch (e) {
    return `${usageMistake(e)}\n${usage}`;
  }
  if (values.help) return usage;
  const format = FORMATS.find((f) => f === values.format);
  if (!values.dir) return `--dir needs a folder\n${usage}`;
  if (!format) return `--format must be text, json or github\n${usage}`;
  return { dir: values.dir, format, strict: values.strict === true };
}
