/**
 * `jwk public [FILE|-]`: prints the public JWK of a key (any input the tool
 * reads), as step's `step crypto jwk public` does. An oct key is refused: its
 * only "public" form is the secret itself.
 * @module
 */
import type { Command } from "./command.ts";
import { type FlagSpec, flagValue, HELP_FLAG, PASSWORD_FILE_FLAG } from "./flags.ts";

/** Every flag of `jwk public`. */
export const PUBLIC_FLAGS: readonly FlagSpec[] = [PASSWORD_FILE_FLAG, HELP_FLAG];

/** `jwk public`, for cli.ts. */
export const command: Command = {
  flags: PUBLIC_FLAGS,
  manual: async (version) => (await import("./public_help.ts")).publicHelp(version),
  async run(parsed) {
    // Loaded here, not at the top: `jwk completion` loads this module for its
    // flags and needs none of the key reader.
    const [{ readKeyArgument }, { publicJwkOf }] = await Promise.all([
      import("./key_source.ts"),
      import("../public.ts"),
    ]);
    const key = await readKeyArgument({
      command: "public",
      positionals: parsed.positionals,
      passwordFile: flagValue(parsed, "password-file"),
    });
    console.log(JSON.stringify(await publicJwkOf(key), null, 2));
  },
};
