// The shared flag parser: values that start with '-' (base64url thumbprints
// do, one kid in 64) are values; a forgotten value before a known flag is not.
import assert from "node:assert/strict";
import { type FlagSpec, parseFlags } from "../lib/cli/flags.ts";
import { CliError } from "../lib/cli/errors.ts";

const SPECS: FlagSpec[] = [
  { name: "kid", value: "kid", summary: "" },
  { name: "force", short: "f", summary: "" },
  { name: "help", short: "h", summary: "" },
];

Deno.test("flags: a value starting with '-' is taken when it names no flag", () => {
  for (const kid of ["-yhMDj8wfubmR60WMBsI9lrP4ZyoX9Kpe7Cl70PQ7oY", "--not-a-flag", "-x"]) {
    const p = parseFlags(SPECS, ["set.json", "--kid", kid]);
    assert.deepEqual(p.values.get("kid"), [kid]);
    assert.deepEqual(p.positionals, ["set.json"]);
  }
});

Deno.test("flags: a missing value before a known flag is an error naming both", () => {
  for (const next of ["--force", "-f", "-fh", "--help", "--"]) {
    assert.throws(
      () => parseFlags(SPECS, ["--kid", next]),
      (e) => e instanceof CliError && e.message.includes("--kid needs a value"),
      next,
    );
  }
});
