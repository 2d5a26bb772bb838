/**
 * Writes OpenSSH's own private key file (`-----BEGIN OPENSSH PRIVATE KEY-----`,
 * "openssh-key-v1", OpenSSH's PROTOCOL.key): plain, or encrypted the way
 * `ssh-keygen` does it, with bcrypt_pbkdf (16 rounds, 16-byte salt) and
 * aes256-ctr. The key type's fields come from its row in `write.ts`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeOpenSshPrivate } from "./openssh_write.ts";
 * import { readOpenSsh } from "./openssh.ts";
 * import { parsePem } from "./armor.ts";
 * const jwk = {
 *   kty: "OKP", crv: "Ed25519",
 *   x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", // RFC 8032, test 1
 *   d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
 * };
 * const pem = await writeOpenSshPrivate(jwk, { comment: "me@host" });
 * const back = await readOpenSsh(parsePem(pem)[0].der, () => Promise.reject(new Error("plain")));
 * assert.equal(back.d, jwk.d);
 * ```
 * @module
 */

import { JwkError } from "../errors.ts";
import { passwordBytes } from "./encrypt.ts";
import { concatBytes, sshString, sshText, sshU32 } from "./ssh_wire.ts";
import { type KeyMembers, pemArmor, sshForm } from "./write.ts";
import { loadModule } from "../lazy.ts";

/**
 * bcrypt_pbkdf rounds of the files written here: ssh-keygen's default.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OPENSSH_ROUNDS } from "./openssh_write.ts";
 * assert.equal(OPENSSH_ROUNDS, 16);
 * ```
 */
export const OPENSSH_ROUNDS = 16;

/**
 * Options of {@link writeOpenSshPrivate} and {@link openSshPrivateBytes}.
 *
 * @example
 * ```ts
 * import type { OpenSshWriteOptions } from "./openssh_write.ts";
 * const options: OpenSshWriteOptions = { password: "pw", comment: "deploy key" };
 * ```
 */
export interface OpenSshWriteOptions {
  /** Encrypts the key (bcrypt_pbkdf + aes256-ctr); without it the file is in clear. */
  password?: string | Uint8Array;
  /** The key's comment (ssh-keygen puts user@host there); raw bytes are kept as they are. */
  comment?: string | Uint8Array;
  /** bcrypt_pbkdf rounds, 1..1000; default {@link OPENSSH_ROUNDS}. */
  rounds?: number;
}

/** The reader's bound on rounds (openssh.ts), repeated so as not to load the reader. */
const MAX_ROUNDS = 1000;

const MAGIC = new TextEncoder().encode("openssh-key-v1\0");

/**
 * The binary openssh-key-v1 structure (what the PEM armor wraps).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { openSshPrivateBytes } from "./openssh_write.ts";
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "A".repeat(43), d: "B".repeat(42) + "E" };
 * const bytes = await openSshPrivateBytes(jwk);
 * assert.equal(new TextDecoder().decode(bytes.subarray(0, 14)), "openssh-key-v1");
 * ```
 */
export async function openSshPrivateBytes(
  jwk: KeyMembers,
  options: OpenSshWriteOptions = {},
): Promise<Uint8Array> {
  const ssh = sshForm(jwk);
  if ((jwk as { d?: unknown }).d === undefined) {
    throw new JwkError("BAD_KEY", "the key has no private part");
  }
  const rounds = options.rounds ?? OPENSSH_ROUNDS;
  if (!Number.isSafeInteger(rounds) || rounds < 1 || rounds > MAX_ROUNDS) {
    throw new JwkError("INVALID_OPTION", `rounds ${rounds} must be in 1..${MAX_ROUNDS}`);
  }
  const comment = typeof options.comment === "string"
    ? new TextEncoder().encode(options.comment)
    : options.comment ?? new Uint8Array(0);
  const encrypted = options.password !== undefined;
  const block = encrypted ? 16 : 8;
  // Two equal random check numbers: a wrong password shows as a mismatch.
  const check = crypto.getRandomValues(new Uint8Array(4));
  const body = concatBytes(check, check, ssh.privateFields(jwk), sshString(comment));
  const padLength = (block - (body.length % block)) % block;
  const padding = Uint8Array.from({ length: padLength }, (_, i) => i + 1);
  let section = concatBytes(body, padding);
  let header: Uint8Array;
  if (options.password !== undefined) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const pw = passwordBytes(options.password);
    // Loaded only here: clear keys and the other formats never pay for it.
    const { bcryptPbkdf } = await loadModule("pem/deps.ts");
    const kiv = bcryptPbkdf(pw, salt, 32 + 16, rounds);
    const key = await crypto.subtle.importKey("raw", kiv.slice(0, 32), "AES-CTR", false, [
      "encrypt",
    ]);
    const counter = kiv.slice(32);
    kiv.fill(0);
    const plain = section;
    // OpenSSH's aes256-ctr counts over the whole 16-byte block, big-endian.
    section = new Uint8Array(
      await crypto.subtle.encrypt({ name: "AES-CTR", counter, length: 128 }, key, plain.slice()),
    );
    plain.fill(0);
    header = concatBytes(
      sshText("aes256-ctr"),
      sshText("bcrypt"),
      sshString(concatBytes(sshString(salt), sshU32(rounds))),
    );
  } else {
    header = concatBytes(sshText("none"), sshText("none"), sshString(new Uint8Array(0)));
  }
  const out = concatBytes(
    MAGIC,
    header,
    sshU32(1),
    sshString(ssh.publicBlob(jwk)),
    sshString(section),
  );
  body.fill(0);
  section.fill(0);
  return out;
}

/**
 * The OpenSSH private key file, PEM-armored with 70-column lines as
 * ssh-keygen writes it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeOpenSshPrivate } from "./openssh_write.ts";
 * const jwk = { kty: "OKP", crv: "Ed25519", x: "A".repeat(43), d: "B".repeat(42) + "E" };
 * const pem = await writeOpenSshPrivate(jwk, { password: "pw", rounds: 1 });
 * assert.ok(pem.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE"));
 * ```
 */
export async function writeOpenSshPrivate(
  jwk: KeyMembers,
  options: OpenSshWriteOptions = {},
): Promise<string> {
  return pemArmor("OPENSSH PRIVATE KEY", await openSshPrivateBytes(jwk, options), 70);
}
