/**
 * A throwaway stand-in for `cli.ts create`, only so that the bench can run
 * before the real CLI exists. It takes the same flags (before the paths) and
 * writes the same two files, without the real CLI's checks and prompts.
 * Point the bench at the real CLI with `JWK_CLI=cli.ts`.
 * @module
 */
import { createJwk } from "../lib/create.ts";

async function main(args: string[]): Promise<number> {
  if (args[0] !== "create") throw new Error("usage: create [flags] PUB PRIV");
  const opts: Record<string, string | boolean> = {};
  const paths: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("-")) paths.push(a);
    else if (["--no-password", "--insecure", "--force", "-f", "--subtle"].includes(a)) {
      opts[a.replace(/^-+/, "")] = true;
    } else opts[a.slice(2)] = args[++i];
  }
  const [pub, priv] = paths;
  let password: string | undefined;
  if (typeof opts["password-file"] === "string") {
    password = (await Deno.readTextFile(opts["password-file"])).replace(/[\r\n]+$/, "");
  } else if (!opts["no-password"]) throw new Error("stand-in: needs --password-file");
  const str = (k: string) => (typeof opts[k] === "string" ? opts[k] as string : undefined);
  const size = str("size");
  const r = await createJwk({
    kty: str("kty") as "EC" | undefined,
    crv: str("crv"),
    alg: str("alg"),
    use: str("use"),
    kid: str("kid"),
    size: size === undefined ? undefined : Number(size),
    insecure: opts.insecure === true,
    password,
  });
  const w = (path: string, v: unknown) =>
    Deno.writeTextFile(path, JSON.stringify(v, null, 2) + "\n", { mode: 0o600 });
  await w(pub, r.publicJwk);
  await w(priv, r.encryptedJwk ?? r.privateJwk);
  console.error(`Your public key has been saved in ${pub}.`);
  console.error(`Your private key has been saved in ${priv}.`);
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
