/**
 * The manual `jwk thumbprint --help` prints, loaded only then.
 * @module
 */
import { flagLines } from "./help.ts";
import { THUMBPRINT_FLAGS } from "./thumbprint.ts";

/** The manual of `jwk thumbprint`. */
export function thumbprintHelp(version: string): string {
  return [
    `jwk thumbprint ${version} - print the RFC 7638 thumbprint of a key`,
    "",
    "USAGE",
    "  jwk thumbprint [FILE | -] [--hash SHA-256|SHA-384|SHA-512] [--uri]",
    "                 [--password-file FILE | -]",
    "",
    "  Reads a key and prints its JWK thumbprint (RFC 7638) in base64url, one",
    "  line: a hash of the key's required public members, the same for its",
    "  public and private forms, and the kid jwk create and step give a key.",
    "  FILE may be a JWK (plain or encrypted), or a PEM, DER or OpenSSH key or",
    "  certificate; - or no FILE reads standard input. The key's own kid is",
    "  ignored: the thumbprint is always computed. An oct key's thumbprint is a",
    "  hash of the secret: it is printed, with a warning on standard error.",
    "",
    "FLAGS",
    ...flagLines(THUMBPRINT_FLAGS),
    "EXAMPLES",
    "  The thumbprint of a public key:",
    "    jwk thumbprint jwk.pub.json",
    "",
    "  As a URI (RFC 9278), with SHA-384:",
    "    jwk thumbprint jwk.pub.json --uri --hash SHA-384",
    "",
    "  Check that a private key's kid is its thumbprint:",
    '    test "$(jwk thumbprint jwk.json)" = "$(jq -r .kid jwk.pub.json)"',
    "",
    "DENO PERMISSIONS",
    "  Read on FILE and on --password-file; nothing for standard input.",
    "",
    "EXIT CODES",
    "  0 on success, 1 on any error (nothing printed on standard output).",
    "",
  ].join("\n");
}
