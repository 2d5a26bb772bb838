/**
 * The manual `jwk create --help` prints: usage, every flag with its values
 * and defaults (from the create flags), the defaults table (from `DEFAULTS`),
 * the algorithms (from `ALGORITHMS`), examples, permissions and exit codes.
 * Runtime-neutral: no `Deno.*`.
 * @module
 */
import { ALGORITHMS, CURVES, DEFAULTS } from "../algorithms.ts";
import { CREATE_FLAGS } from "./create_flags.ts";
import { flagLines, manualEnd, table } from "./help.ts";

/** What each JWA algorithm is, in a few words (RFC 7518, RFC 8037). */
const ALG_TEXT: Readonly<Record<string, string>> = {
  HS256: "HMAC using SHA-256",
  HS384: "HMAC using SHA-384",
  HS512: "HMAC using SHA-512",
  RS256: "RSASSA-PKCS1-v1_5 using SHA-256",
  RS384: "RSASSA-PKCS1-v1_5 using SHA-384",
  RS512: "RSASSA-PKCS1-v1_5 using SHA-512",
  PS256: "RSASSA-PSS using SHA-256 and MGF1 with SHA-256",
  PS384: "RSASSA-PSS using SHA-384 and MGF1 with SHA-384",
  PS512: "RSASSA-PSS using SHA-512 and MGF1 with SHA-512",
  ES256: "ECDSA using P-256 and SHA-256",
  ES384: "ECDSA using P-384 and SHA-384",
  ES512: "ECDSA using P-521 and SHA-512",
  ES256K: "ECDSA using secp256k1 and SHA-256 (RFC 8812)",
  EdDSA: "EdDSA signatures (Ed25519 or Ed448)",
  Ed25519: "EdDSA using Ed25519 (RFC 9864, fully specified)",
  Ed448: "EdDSA using Ed448 (RFC 9864, fully specified)",
  "ML-DSA-44": "ML-DSA (FIPS 204), NIST security category 2",
  "ML-DSA-65": "ML-DSA (FIPS 204), NIST security category 3",
  "ML-DSA-87": "ML-DSA (FIPS 204), NIST security category 5",
  RSA1_5: "RSAES-PKCS1-v1_5",
  "RSA-OAEP": "RSAES OAEP using default parameters",
  "RSA-OAEP-256": "RSAES OAEP using SHA-256 and MGF1 with SHA-256",
  A128KW: "AES Key Wrap with a 128-bit key",
  A192KW: "AES Key Wrap with a 192-bit key",
  A256KW: "AES Key Wrap with a 256-bit key",
  A128GCMKW: "Key wrapping with AES GCM using a 128-bit key",
  A192GCMKW: "Key wrapping with AES GCM using a 192-bit key",
  A256GCMKW: "Key wrapping with AES GCM using a 256-bit key",
  dir: "Direct use of a shared symmetric key as the content key",
  "ECDH-ES": "Elliptic Curve Diffie-Hellman Ephemeral Static",
  "ECDH-ES+A128KW": "ECDH-ES with the content key wrapped by A128KW",
  "ECDH-ES+A192KW": "ECDH-ES with the content key wrapped by A192KW",
  "ECDH-ES+A256KW": "ECDH-ES with the content key wrapped by A256KW",
  "PBES2-HS256+A128KW": "PBES2 with HMAC SHA-256 and A128KW wrapping",
  "PBES2-HS384+A192KW": "PBES2 with HMAC SHA-384 and A192KW wrapping",
  "PBES2-HS512+A256KW": "PBES2 with HMAC SHA-512 and A256KW wrapping",
};

/** The key an algorithm needs, e.g. "EC P-256" or "oct, 128 bits". */
function needs(alg: string): string {
  const s = ALGORITHMS[alg];
  if (s.kty.includes("oct")) {
    if (s.sizes?.length === 1) return `oct, ${s.sizes[0]} bits`;
    if (s.sizes) return `oct, ${s.sizes.join("/")} bits (default ${s.defaultSize})`;
    return `oct, at least ${s.minSize} bits (default ${s.defaultSize})`;
  }
  if (s.kty.includes("RSA")) return s.minSize ? `RSA, at least ${s.minSize} bits` : "RSA";
  if (s.kty.includes("AKP")) return "AKP (the parameter set is the algorithm)";
  return s.kty.map((k) => {
    const crvs = (s.crv ?? CURVES[k as "EC" | "OKP"]).filter((c) =>
      CURVES[k as "EC" | "OKP"].includes(c)
    );
    return `${k} ${crvs.join(", ")}`;
  }).join(" or ");
}

/**
 * The full manual of `jwk create`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createHelp } from "./create_help.ts";
 * const text = createHelp("1.2.3");
 * assert.ok(text.includes("--kty=<type>") && text.includes("ES256"));
 * ```
 */
export function createHelp(version: string): string {
  const defaults = table([
    ["key type", "use", "curve", "default algorithm"],
    ...DEFAULTS.map((r) => [r.kty, r.use, r.crv || "-", r.alg]),
  ]);
  const algs = (use: "sig" | "enc") => {
    const names = Object.keys(ALGORITHMS).filter((a) => ALGORITHMS[a].use === use);
    const w = Math.max(...names.map((a) => a.length));
    return names.flatMap((a) => [
      `    ${a.padEnd(w)}  ${ALG_TEXT[a] ?? ""}`.trimEnd(),
      `    ${"".padEnd(w)}  key: ${needs(a)}`,
    ]);
  };
  return [
    `jwk ${version} - create a JWK (JSON Web Key), like step crypto jwk create`,
    "",
    "USAGE",
    "  jwk create <public-jwk-file> <private-jwk-file> [flags]",
    "",
    "  Flags may come before or after the paths, as --flag value or --flag=value;",
    "  after -- everything is a path.",
    "",
    "DESCRIPTION",
    "  Generates a new key pair (or, with --from-pem, takes an existing key) and",
    "  writes it as two RFC 7517 JWK files: the public JWK, and the private JWK",
    "  encrypted with a password (a JWE: PBES2-HS256+A128KW, A256GCM, 600000",
    "  iterations, as step writes it). You are asked for the password twice on",
    "  the terminal unless --password-file or --no-password --insecure is given.",
    "  Both files get mode 0600 and are written atomically: a temporary file in",
    "  the same folder (named .<file>.<random>.tmp), then a rename; if anything",
    "  fails, no new file is left behind. An oct (symmetric) key has no public",
    "  part: as step does, the public file then holds the secret key too.",
    "  Messages go to stderr; stdout stays empty.",
    "",
    "POSITIONAL ARGUMENTS",
    "  <public-jwk-file>   Where the public JWK is written.",
    "  <private-jwk-file>  Where the (encrypted) private JWK is written.",
    "",
    "  Both paths are required and must differ. (step's own examples show one",
    "  path; step, like jwk, refuses that: give both.) A path that is a folder or",
    "  a symbolic link is refused; nothing is ever written through a link.",
    "",
    "FLAGS",
    ...flagLines(CREATE_FLAGS),
    "DEFAULT ALGORITHMS",
    ...defaults,
    "",
    "  Other uses than sig and enc get the sig default. An oct key's default",
    "  follows --size when it is given (e.g. --size 384 gives HS384).",
    "  EdDSA stays the default for Ed25519 and Ed448 (step and older verifiers",
    "  know only it); --alg Ed25519 or --alg Ed448 writes RFC 9864's names.",
    "  secp256k1 only signs (RFC 8812 defines ES256K, no encryption); AKP keys",
    "  only sign. ML-DSA-65 is AKP's default: see --kty.",
    "",
    "ALGORITHMS",
    "  For use sig (signing):",
    ...algs("sig"),
    "  For use enc (encryption):",
    ...algs("enc"),
    "",
    "EXAMPLES",
    "  Create a new JWK using default options (EC P-256, ES256):",
    "    jwk create jwk.pub.json jwk.json",
    "",
    "  Create an RSA JWK:",
    "    jwk create rsa.pub.json rsa.json --kty RSA",
    "",
    "  Create a symmetric key (oct key type):",
    "    jwk create oct.pub.json oct.json --kty oct",
    "",
    "  Create a key for use with the Ed25519 cryptosystem:",
    "    jwk create ed.pub.json ed.json --kty OKP --crv Ed25519",
    "",
    "  Create a post-quantum ML-DSA-87 signing key (kty AKP):",
    "    jwk create mldsa.pub.json mldsa.json --kty AKP --alg ML-DSA-87",
    "",
    "  Create a secp256k1 key for ES256K:",
    "    jwk create k1.pub.json k1.json --alg ES256K",
    "",
    "  Create a key from an existing PEM file:",
    "    jwk create jwk.pub.json jwk.json --from-pem key.pem",
    "",
    "  Create a 4096 bit RSA encryption key:",
    "    jwk create rsa-enc.pub.json rsa-enc.json --kty RSA --size 4096 --use enc",
    "",
    "  Create a 192 bit symmetric encryption key for use with AES GCM key wrap:",
    "    jwk create kw.pub.json kw.json \\",
    "      --kty oct --size 192 --use enc --alg A192GCMKW",
    "",
    "  Create a key and publish its public half in a JWK Set (see jwk keyset):",
    "    jwk create k2.pub.json k2.json --jwks jwks.json",
    "",
    "  Create a key with a self-signed certificate in x5c, valid for 90 days:",
    "    jwk create api.pub.json api.json --self-signed \\",
    '      --subject "CN=api.example.com,O=Example" --not-after 90d',
    "",
    "  Without a terminal, with the password in a file:",
    "    jwk create k.pub.json k.json --password-file pw.txt",
    "",
    ...manualEnd(
      [
        "Run with no permission flags and Deno asks, on a terminal, for exactly what",
        "is needed. The narrowest grants are read on --password-file, --from-pem",
        "and --pem-password-file, and read and write on the folder of each output",
        "file (the temporary files live there, and Deno needs read access to",
        "rename them):",
        "  deno run --allow-read=pw.txt,out --allow-write=out cli.ts \\",
        "    create out/k.pub.json out/k.json --password-file pw.txt",
        "Without a terminal, a missing grant is one error line naming the flag to",
        "add. JWK_DEBUG=1 (with --allow-env=JWK_DEBUG) adds stack traces to errors.",
      ],
      ["0 on success, 1 on any error (nothing written), 130 when interrupted."],
    ),
  ].join("\n");
}
