// How every command-line entry point ends: the exit code from main(), and any crash as one
// bilingual line with exit code 2, never a stack trace (the reader is a content editor).
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
