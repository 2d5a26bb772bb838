/**
 * The `jwk` command line: `jwk <command> ...`, like `step crypto jwk`. `jwk
 * --help` lists the commands, `jwk CMD --help` is a command's manual.
 *
 * The dispatcher and the commands are written in `lib/cli/` (the dispatcher
 * is `lib/cli/main.ts`); what runs is their build in `bundle/` (`deno task
 * build`, scripts/build_cli.ts). This file only picks the bundle: the
 * command's, which holds the dispatcher too, or the dispatcher's alone (help,
 * version, a word that is no command). One file to load is what keeps start-up
 * short (bench/RESULTS.md).
 * @module
 */
/**
 * The version of this build: deno.json's (a test checks that they agree). Not
 * imported from deno.json: a JSON module is one more file to load, on every
 * run, for a constant.
 */
export const VERSION: string = "0.1.0";

/**
 * The commands, as the dispatcher lists them (lib/cli/commands.ts; a test
 * checks that they agree). Each has its bundle, `bundle/cli_<name>.js`.
 */
const COMMANDS = [
  "create",
  "public",
  "thumbprint",
  "keyset",
  "format",
  "change-pass",
  "completion",
];

/** The file in bundle/ that runs `args` (the dispatcher finds the command word the same way). */
function bundleOf(args: readonly string[]): string {
  const [first] = args;
  const word = first?.startsWith("-")
    ? ["--help", "-h", "--version"].includes(first)
      ? undefined
      : args.find((a) => COMMANDS.includes(a))
    : first;
  return word !== undefined && COMMANDS.includes(word)
    ? `cli_${word.replaceAll("-", "_")}.js`
    : "cli_main.js";
}

/** The bundles' folder as a path, when it is on the disk (not when run from a URL). */
function bundlePath(): string | undefined {
  const url = new URL("bundle", import.meta.url);
  if (url.protocol !== "file:") return undefined;
  const path = decodeURIComponent(url.pathname);
  return Deno.build.os === "windows" ? path.slice(1).replaceAll("/", "\\") : path;
}

/**
 * Whether Deno may read the bundles' folder: on a terminal Deno asks once for
 * the folder (not once per file); elsewhere it is asked only after loading
 * failed, because a query costs every run its first-use time.
 */
function mayRead(path: string, ask: boolean): boolean {
  const want = { name: "read", path } as const;
  let state = Deno.permissions.querySync(want).state;
  if (state === "prompt" && ask) state = Deno.permissions.requestSync(want).state;
  return state === "granted";
}

/**
 * Runs the command line with `args` (without the program name) and returns
 * the exit code. Errors are printed, never thrown.
 */
export async function main(args: readonly string[]): Promise<number> {
  const path = bundlePath();
  // The same line as lib/cli/load.ts says for the bundles loaded later: this
  // file loads none of lib/, to stay one module.
  const unreadable = () => {
    console.error(
      `error: read access to ${path} is needed: jwk loads each command's code from there when it ` +
        `runs (add it to --allow-read, e.g. --allow-read=${path},FILE)`,
    );
    return 1;
  };
  const terminal = Deno.stdin.isTerminal() && Deno.stderr.isTerminal();
  if (path !== undefined && terminal && !mayRead(path, true)) return unreadable();
  // Computed, so that Deno loads only the bundle picked, when it is picked.
  const specifier = `./bundle/${bundleOf(args)}`;
  let bundle: typeof import("./lib/cli/main.ts");
  try {
    bundle = await import(specifier);
  } catch (e) {
    if (path !== undefined && !mayRead(path, false)) return unreadable();
    // A checkout without its build (bundle/ missing or damaged): one line,
    // as the dispatcher would say it, never a stack trace.
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    console.error(`error: cannot load jwk's code (${why}): run deno task build in the checkout`);
    return 1;
  }
  return await bundle.main(args);
}

if (import.meta.main) Deno.exit(await main(Deno.args));
