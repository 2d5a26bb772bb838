/**
 * SSH public keys as text: the one-line form of `id_ed25519.pub` and of
 * `authorized_keys` ("ssh-ed25519 AAAA… comment", RFC 4253 §6.6 in base64),
 * and the RFC 4716 block that `ssh-keygen -e` writes
 * ("---- BEGIN SSH2 PUBLIC KEY ----"). The key inside is read by
 * {@link readSshPublicBlob}, as the public half of an OpenSSH private key is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSshPublicText } from "./ssh_public.ts";
 * const line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG3NDtatTubt0FijhAr5UpEYFMq11mBjt2POcrKtkcfH me@host\n";
 * const key = await readSshPublicText(new TextEncoder().encode(line));
 * assert.equal(key.jwk.crv, "Ed25519");
 * assert.equal(key.comment, "me@host");
 * ```
 * @module
 */
import { JwkError } from "../errors.ts";
import { decodeBase64 } from "./armor.ts";
import { readSshPublicBlob } from "./openssh.ts";

const LINE = "OpenSSH public key";
const RFC4716 = "SSH2 public key (RFC 4716)";
const BEGIN = "---- BEGIN SSH2 PUBLIC KEY ----";
const END = "---- END SSH2 PUBLIC KEY ----";
/** The key types a line may start with: those read, and those named as unsupported. */
const LINE_START = /^(?:ssh-|ecdsa-sha2-|sk-ssh-|sk-ecdsa-)[A-Za-z0-9@.-]*[ \t]/;
/** A key type and base64 further on the line: authorized_keys options come first. */
const AFTER_OPTIONS = /[ \t"](?:ssh-|ecdsa-sha2-|sk-ssh-|sk-ecdsa-)[A-Za-z0-9@.-]*[ \t]+AAAA/;

/** A public key read from text, with the comment of a one-line key. */
export interface SshPublicText {
  /** The public JWK members (no alg, use or kid). */
  jwk: JsonWebKey;
  /** What was read, for messages. */
  format: string;
  /** The comment after the key on its line (often user@host), if any. */
  comment?: string;
}

/** The lines that say something: not blank, and not `#` comments (as authorized_keys allows). */
function meaningfulLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * Whether `bytes` look like an SSH public key in text: a line that starts with
 * an SSH key type and a blank, or an RFC 4716 BEGIN line (after any blank and
 * `#` lines).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { looksLikeSshPublic } from "./ssh_public.ts";
 * const enc = (s: string) => new TextEncoder().encode(s);
 * assert.ok(looksLikeSshPublic(enc("ssh-rsa AAAAB3NzaC1yc2E= a@b")));
 * assert.ok(looksLikeSshPublic(enc("# mine\n---- BEGIN SSH2 PUBLIC KEY ----\n")));
 * assert.ok(!looksLikeSshPublic(enc("-----BEGIN PUBLIC KEY-----")));
 * ```
 */
export function looksLikeSshPublic(bytes: Uint8Array): boolean {
  // Only inputs that are not JSON, PEM or DER get here: reading them whole is
  // cheap, and any number of comment lines may come before the key.
  const first = meaningfulLines(new TextDecoder().decode(bytes))[0] ?? "";
  return first === BEGIN || LINE_START.test(first) || AFTER_OPTIONS.test(first);
}

function malformed(what: string, why: string): JwkError {
  return new JwkError("BAD_PEM", `${what}: malformed (${why})`);
}

/** The base64 body of an RFC 4716 block, its headers (and their continuation lines) skipped. */
function rfc4716Body(lines: string[]): string {
  const end = lines.indexOf(END);
  if (end < 0) throw malformed(RFC4716, `no "${END}" line`);
  if (end !== lines.length - 1) throw malformed(RFC4716, "text after the END line");
  let body = "";
  let continued = false;
  for (const line of lines.slice(1, end)) {
    // A header is "Tag: value"; a value ending in a backslash goes on (RFC 4716 §3.3).
    if (continued || (body === "" && line.includes(":"))) {
      continued = line.endsWith("\\");
      continue;
    }
    body += line;
  }
  if (body === "") throw malformed(RFC4716, "no key between the BEGIN and END lines");
  return body;
}

/**
 * Reads one SSH public key written as text: a single key line (blank and
 * `#` lines around it are ignored), or one RFC 4716 block. The key type named
 * on the line must be the one inside the key, as ssh-keygen checks. A file
 * with several keys, or authorized_keys options before the key, is refused
 * with one {@link JwkError}, as is every malformed input.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readSshPublicText } from "./ssh_public.ts";
 * const block = [
 *   "---- BEGIN SSH2 PUBLIC KEY ----",
 *   'Comment: "256-bit ED25519, converted by me@host"',
 *   "AAAAC3NzaC1lZDI1NTE5AAAAIG3NDtatTubt0FijhAr5UpEYFMq11mBjt2POcrKtkcfH",
 *   "---- END SSH2 PUBLIC KEY ----",
 * ].join("\n");
 * const key = await readSshPublicText(new TextEncoder().encode(block));
 * assert.equal(key.jwk.x, "bc0O1q1O5u3QWKOECvlSkRgUyrXWYGO3Y85ysq2Rx8c");
 * ```
 */
export async function readSshPublicText(bytes: Uint8Array): Promise<SshPublicText> {
  const lines = meaningfulLines(new TextDecoder().decode(bytes));
  if (lines[0] === BEGIN) {
    const jwk = await readSshPublicBlob(decodeBase64(rfc4716Body(lines), RFC4716), RFC4716);
    return { jwk, format: RFC4716 };
  }
  if (lines.length > 1) {
    throw new JwkError(
      "BAD_PEM",
      `found ${lines.length} lines of OpenSSH public keys; expected one key (take one line out)`,
    );
  }
  const [type, base64, ...comment] = (lines[0] ?? "").split(/[ \t]+/);
  if (!LINE_START.test(`${type} `)) {
    throw new JwkError(
      "UNSUPPORTED",
      `${LINE}: authorized_keys options before the key are not supported; give the key alone ` +
        "(from its key type on)",
    );
  }
  if (base64 === undefined) throw malformed(LINE, `no base64 key after '${type}'`);
  // The key inside names its own type: it must be the line's, as ssh-keygen checks.
  const jwk = await readSshPublicBlob(decodeBase64(base64, LINE), LINE, type);
  return { jwk, format: LINE, ...(comment.length ? { comment: comment.join(" ") } : {}) };
}
