/**
 * `jwk create PUB PRIV --jwks SET`: the new public key also goes into the JWK
 * Set SET, and the three files are written together or not at all. What can
 * be checked before the key is made (the paths, the key type, the set
 * itself, a --kid already in it) is checked first, so a doomed run asks no
 * password and makes no key.
 * @module
 */
import { resolveKeyParams } from "../algorithms.ts";
import type { CreateJwkOptions } from "../create.ts";
import { JwkError } from "../errors.ts";
import type { Jwk } from "../jwk.ts";
import { addToJwkSet } from "../keyset.ts";
import { CliError } from "./errors.ts";
import type { OutputFile } from "./files.ts";
import { dirname, resolve } from "./paths.ts";
import { readSetIfAny, updateSetFile } from "./set_file.ts";

/** Where a path really points (its folder's links resolved), for sameness checks. */
async function real(path: string): Promise<string> {
  try {
    return resolve(await Deno.realPath(dirname(path)), path.split("/").pop()!);
  } catch {
    return resolve(path);
  }
}

/**
 * Checks `--jwks` before any work: a path other than the two key files, a key
 * type with a public part, and a set that can take the key. `request` is
 * undefined for a key read from a file (never oct).
 */
export async function checkJwks(
  jwks: string,
  keyFiles: readonly string[],
  request: CreateJwkOptions | undefined,
): Promise<void> {
  for (const f of keyFiles) {
    if (resolve(f) === resolve(jwks) || await real(f) === await real(jwks)) {
      throw new CliError(`--jwks must name a file of its own, not the key file '${f}'`);
    }
  }
  if (request && resolveKeyParams(request).kty === "oct") {
    throw new CliError(
      "--jwks cannot take an oct key: it is all secret and has no public part to publish",
    );
  }
  const set = await readSetIfAny(jwks);
  const kid = request?.kid;
  if (set && kid !== undefined && set.keys.some((k) => k.kid === kid)) {
    throw new CliError(`${jwks}: the JWK Set already has a key with kid ${JSON.stringify(kid)}`);
  }
}

/**
 * Writes the key files and adds `publicJwk` to the set, all or nothing, under
 * the set's lock.
 */
export async function writeWithJwks(
  jwks: string,
  publicJwk: Jwk,
  files: readonly OutputFile[],
  overwrite: boolean,
): Promise<void> {
  await updateSetFile(jwks, async (set) => {
    try {
      return (await addToJwkSet(set, publicJwk)).set;
    } catch (e) {
      if (e instanceof JwkError && e.code === "DUPLICATE_KID") throw e;
      throw e instanceof JwkError ? new CliError(`--jwks ${jwks}: ${e.message}`) : e;
    }
  }, { alsoWrite: files, overwrite });
}
