/**
 * The dispatcher of the `jwk` command line: `jwk <command> ...`, like `step
 * crypto jwk`. It finds the command word, loads that command's module (and
 * nothing else), parses its flags, and turns any failure into one `error:
 * ...` line on stderr and an exit code > 0. Each command lives in
 * `lib/cli/<command>.ts`; `--help` prints the list, `jwk CMD --help` a
 * command's manual. `cli.ts` runs it, as bundled by `scripts/build_cli.ts`.
 * @module
 */
import denoJson from "../../deno.json" with { type: "json" };
import { COMMANDS } from "./commands.ts";
import { CliError, describe } from "./errors.ts";
import { closest, parseFlags } from "./flags.ts";
import { ensureCodeReadable, loadCli } from "./load.ts";
import { JwkError } from "../errors.ts";

/** The version of this build, from deno.json (bundled: no file is read at run time). */
export const VERSION: string = denoJson.version;

const print = (line: string) => console.error(line);

/** Whether the process may read JWK_DEBUG without a permission prompt. */
function debugEnabled(): boolean {
  try {
    const st = Deno.permissions.querySync({ name: "env", variable: "JWK_DEBUG" }).state;
    return st === "granted" && !!Deno.env.get("JWK_DEBUG") && Deno.env.get("JWK_DEBUG") !== "0";
  } catch {
    return false;
  }
}

/** The error for a word that is not a command, with a "did you mean". */
function unknownCommand(word: string): CliError {
  const names = COMMANDS.map((c) => c.name);
  if (word.startsWith("-")) {
    return new CliError(
      `a command must come first, before '${word}': jwk <command> (one of ${names.join(", ")})`,
    );
  }
  const hint = closest(word, names);
  return new CliError(
    `unknown command '${word}'` +
      (hint ? `: did you mean '${hint}'?` : `: the commands are ${names.join(", ")} (see --help)`),
  );
}

/**
 * Runs the command line with `args` (without the program name) and returns
 * the exit code. Errors are printed, never thrown.
 */
export async function main(args: readonly string[]): Promise<number> {
  try {
    let [word, ...rest] = args;
    // Flags may come before the command word (jwk --kty OKP create a b), as
    // step allows: the first word that names a command is the command.
    if (word?.startsWith("-") && !["--help", "-h", "--version"].includes(word)) {
      const at = args.findIndex((a) => COMMANDS.some((c) => c.name === a));
      if (at > 0) [word, rest] = [args[at], [...args.slice(0, at), ...args.slice(at + 1)]];
    }
    if (word === "--help" || word === "-h" || word === "help") {
      const topic = word === "help" ? rest[0] : undefined;
      const entry = COMMANDS.find((c) => c.name === topic);
      if (topic !== undefined && entry === undefined) throw unknownCommand(topic);
      ensureCodeReadable();
      if (entry) console.log(await (await entry.load()).manual(VERSION));
      else console.log((await loadCli("help.ts")).mainHelp(VERSION));
      return 0;
    }
    if (word === "--version") {
      console.log(`jwk ${VERSION}`);
      return 0;
    }
    if (word === undefined) {
      throw new CliError(
        `a command is needed: jwk <command>, one of ${
          COMMANDS.map((c) => c.name).join(", ")
        } (see --help)`,
      );
    }
    const entry = COMMANDS.find((c) => c.name === word);
    if (entry === undefined) throw unknownCommand(word);
    ensureCodeReadable();
    const command = await entry.load();
    const parsed = parseFlags(command.flags, rest);
    if (parsed.on.has("help")) {
      console.log(await command.manual(VERSION));
      return 0;
    }
    await command.run(parsed, rest);
    return 0;
  } catch (e) {
    // The reader of standard output went away (jwk public k.json | head -1):
    // nothing is wrong with the input, so nothing is said, as Unix tools do.
    if (e instanceof Deno.errors.BrokenPipe) return 1;
    if (e instanceof CliError || e instanceof JwkError) {
      print(`error: ${e.message.split("\n")[0]}`);
      if (debugEnabled()) print(e.stack ?? "");
      return e instanceof CliError ? e.exitCode : 1;
    }
    if (e instanceof Deno.errors.NotCapable) {
      print(`error: ${e.message.split("\n")[0]}`);
    } else {
      const name = e instanceof Error ? e.name : "Error";
      print(`error: unexpected failure (${name}: ${describe(e)})`);
    }
    if (debugEnabled()) print(e instanceof Error ? e.stack ?? "" : String(e));
    return 1;
  }
}
