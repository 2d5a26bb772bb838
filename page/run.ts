/**
 * What the page does when its form is sent, without any DOM: the form's
 * fields become the command line of `jwk create` (so the same parser checks
 * them, with the same messages), then the library makes the key, or reads the
 * pasted or dropped one. Runs in the page's Worker, and in Deno for tests.
 * @module
 */
import { createJwk, type ExistingKey } from "../lib/create.ts";
import { JwkError } from "../lib/errors.ts";
import type { EncryptedJwk } from "../lib/jwe.ts";
import type { Jwk } from "../lib/jwk.ts";
import { readAnyKey } from "../lib/key_input.ts";
import { readKey } from "../lib/pem/read.ts";
import { thumbprint } from "../lib/thumbprint.ts";
import { createOptionsOf, parseCreateArgs } from "../lib/cli/create_flags.ts";
import { CliError } from "../lib/cli/errors.ts";

/** The form's fields, named after the flags of `jwk create`; "" means "not given". */
export interface PageRequest {
  /** --kty */
  kty?: string;
  /** --crv */
  crv?: string;
  /** --alg */
  alg?: string;
  /** --use */
  use?: string;
  /** --size (surrounding spaces are ignored) */
  size?: string;
  /** --kid */
  kid?: string;
  /** --key-ops: the ticked operations */
  keyOps?: string[];
  /** --insecure */
  insecure?: boolean;
  /** --subtle */
  subtle?: boolean;
  /** The password that encrypts the private JWK; empty: the private JWK stays in clear. */
  password?: string;
  /** --from-pem: an existing key, pasted (text) or dropped (bytes). */
  key?: string | Uint8Array;
  /** The password of an encrypted existing key (--pem-password-file). */
  keyPassword?: string;
}

/** What the page shows. */
export interface PageResult {
  /** The public JWK (for oct: the secret key too, as step writes it). */
  publicJwk: Jwk;
  /** The private file: step's JWE with a password, the private JWK without; absent for public keys. */
  privateFile?: Jwk | EncryptedJwk;
  /** Whether `privateFile` is encrypted. */
  encrypted: boolean;
  /** The public key as a JWK Set; absent for oct keys, whose "public" JWK is the secret. */
  jwks?: { keys: Jwk[] };
  /** RFC 7638 SHA-256 thumbprint; absent for oct keys (a hash of a secret leaks information). */
  thumbprint?: string;
  /** Things the user must hear (never secret). */
  warnings: string[];
  /** What the existing key was read as ("PKCS#8 private key", ...), when one was given. */
  format?: string;
}

/** The warning shown when no password was given. */
export const CLEAR_PRIVATE_WARNING =
  "the private JWK is not encrypted: give a password to get step's encrypted file";

/** The form as `jwk create` arguments, for {@link parseCreateArgs}. */
export function toArgv(req: PageRequest): string[] {
  const argv: string[] = [];
  const value = (flag: string, v: string | undefined) => {
    if (v !== undefined && v !== "") argv.push(`--${flag}=${v}`);
  };
  value("kty", req.kty);
  value("crv", req.crv);
  value("alg", req.alg);
  value("use", req.use);
  value("size", req.size?.trim());
  value("kid", req.kid);
  if (req.keyOps && req.keyOps.length > 0) value("key-ops", req.keyOps.join(","));
  if (req.insecure) argv.push("--insecure");
  if (req.subtle) argv.push("--subtle");
  return argv;
}

function hasKey(key: PageRequest["key"]): key is string | Uint8Array {
  return typeof key === "string" ? key.trim() !== "" : key !== undefined && key.length > 0;
}

function isJsonText(key: string | Uint8Array): boolean {
  const text = typeof key === "string" ? key : new TextDecoder().decode(key.subarray(0, 64));
  return text.trimStart().startsWith("{");
}

/** Reads the pasted or dropped key: a JWK (plain or step-encrypted), or anything readKey reads. */
async function existingKey(key: string | Uint8Array, keyPassword: string): Promise<ExistingKey> {
  const password = () => {
    if (keyPassword === "") {
      throw new JwkError(
        "BAD_PASSWORD",
        "the key is encrypted: enter its password in 'Password of the key' (--pem-password-file)",
      );
    }
    return keyPassword;
  };
  if (isJsonText(key)) {
    const read = await readAnyKey(key, { password });
    return { jwk: read.jwk, isPrivate: read.isPrivate };
  }
  return await readKey(key, { password });
}

/**
 * Does what `jwk create` does for the page's form: the fields are checked as
 * the command line's flags are, the key is generated (or read from `key`),
 * and the private JWK is encrypted when a password is given.
 * Failures are thrown as JwkError or CliError with one-line messages.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createForPage } from "./run.ts";
 *
 * const r = await createForPage({ kty: "OKP", password: "" });
 * assert.equal(r.publicJwk.alg, "EdDSA");
 * assert.equal(r.thumbprint, r.publicJwk.kid);
 * assert.deepEqual(r.jwks, { keys: [r.publicJwk] });
 * assert.equal(r.encrypted, false);
 * ```
 */
export async function createForPage(req: PageRequest): Promise<PageResult> {
  const a = parseCreateArgs(toArgv(req));
  const key = hasKey(req.key) ? await existingKey(req.key, req.keyPassword ?? "") : undefined;
  const password = req.password === "" ? undefined : req.password;
  const created = await createJwk({ ...createOptionsOf(a), password, key });
  const pub = created.publicJwk;
  const warnings = [...created.warnings];
  const privateFile = created.encryptedJwk ?? created.privateJwk;
  if (created.privateJwk && !created.encryptedJwk) warnings.push(CLEAR_PRIVATE_WARNING);
  const oct = pub.kty === "oct";
  return {
    publicJwk: pub,
    privateFile,
    encrypted: created.encryptedJwk !== undefined,
    jwks: oct ? undefined : { keys: [pub] },
    thumbprint: oct ? undefined : await thumbprint(pub),
    warnings,
    format: key ? (key as { format?: string }).format ?? "JWK" : undefined,
  };
}

/**
 * The one-line message the page shows for a failure: the library's and the
 * command line's own messages as they are; anything else (a browser that
 * lacks an algorithm, say) prefixed so that it reads as such.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JwkError } from "../lib/errors.ts";
 * import { messageOf } from "./run.ts";
 *
 * assert.equal(messageOf(new JwkError("BAD_KEY", "bad")), "bad");
 * assert.equal(
 *   messageOf(new DOMException("Unrecognized name", "NotSupportedError")),
 *   "this browser cannot do it: Unrecognized name",
 * );
 * ```
 */
export function messageOf(e: unknown): string {
  if (e instanceof JwkError || e instanceof CliError) return e.message;
  const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
  const lacking = e instanceof Error && e.name === "NotSupportedError";
  return `${lacking ? "this browser cannot do it" : "unexpected failure"}: ${why}`;
}
