/**
 * `createJwk`: everything `jwk create` does between reading its options and
 * writing its files: defaults, checks, key generation (or an existing key),
 * kid, public view and the encrypted private JWK.
 * @module
 */
import { type KeyRequest, resolveKeyParams } from "./algorithms.ts";
import { JwkError } from "./errors.ts";
import { generateKeyMaterial, keyMembers } from "./keygen/generate.ts";
import type { EncryptedJwk } from "./jwe.ts";
import { type Jwk, orderMembers, publicJwk } from "./jwk.ts";
import { checkKeyOps, useOfKeyOps } from "./key_ops.ts";
import { thumbprint } from "./thumbprint.ts";
import type { SelfSignedOptions } from "./x509/self_signed.ts";
import { loadModule } from "./lazy.ts";
import { refuseShortRsa, rsaBits } from "./rsa_weak.ts";
import { checkJwkAlgorithm } from "./jwk_alg.ts";

/**
 * A key that already exists (read from a PEM file, say) instead of a new one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, type ExistingKey, generateKeyMaterial } from "@jwk/jwk";
 *
 * // A public key only, from a certificate that allows encryption.
 * const { d: _, ...members } = await generateKeyMaterial({ kty: "EC", crv: "P-256" });
 * const key: ExistingKey = { jwk: members, isPrivate: false, certUse: "enc" };
 * const { publicJwk, privateJwk } = await createJwk({ key });
 * assert.equal(publicJwk.use, "enc");
 * assert.equal(publicJwk.alg, "ECDH-ES");
 * assert.equal(privateJwk, undefined);
 * ```
 */
export interface ExistingKey {
  /** Its key members; private members only if it is a private key. */
  jwk: JsonWebKey;
  /** Whether `jwk` holds the private key. */
  isPrivate: boolean;
  /** Certificate chain (standard base64 DER, leaf first). */
  x5c?: string[];
  /** base64url SHA-256 of the leaf certificate. */
  x5tS256?: string;
  /** What the certificate's key usage allows. */
  certUse?: "sig" | "enc" | "ambiguous";
}

/**
 * Options of {@link createJwk}: the flags of `jwk create`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, type CreateJwkOptions } from "@jwk/jwk";
 *
 * const options: CreateJwkOptions = { crv: "P-521", use: "enc", kid: "backup-2025" };
 * const { publicJwk } = await createJwk(options);
 * assert.deepEqual([publicJwk.kty, publicJwk.alg, publicJwk.kid], ["EC", "ECDH-ES", "backup-2025"]);
 * ```
 */
export interface CreateJwkOptions extends KeyRequest {
  /** Key ID; default: the RFC 7638 thumbprint (none for oct). */
  kid?: string;
  /** key_ops; with `use` it needs `subtle`; operations `alg` cannot do need `insecure`. */
  keyOps?: string[];
  /** Allow delicate combinations (use with key_ops, ambiguous certificates). */
  subtle?: boolean;
  /** Encrypt the private JWK with this password; without it the private JWK stays plain. */
  password?: string | Uint8Array;
  /** PBKDF2 iterations for the encryption (default 600000). */
  iterations?: number;
  /** Use this key instead of generating one. */
  key?: ExistingKey;
  /**
   * Add a self-signed certificate for the key as `x5c` and `x5t#S256` (true
   * for the defaults). Needs a private key that can sign (not oct or X25519).
   */
  selfSigned?: boolean | SelfSignedOptions;
}

/**
 * What {@link createJwk} returns.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type CreatedJwk, createJwk } from "@jwk/jwk";
 *
 * const created: CreatedJwk = await createJwk({ kty: "OKP" });
 * assert.equal(created.encryptedJwk, undefined); // no password given
 * assert.equal(created.privateJwk?.kid, created.publicJwk.kid);
 * assert.deepEqual(created.warnings, []);
 * ```
 */
export interface CreatedJwk {
  /** The public JWK (for oct: the whole secret key, as step writes it). */
  publicJwk: Jwk;
  /** The private JWK in clear; absent when the input was a public key. */
  privateJwk?: Jwk;
  /** The private JWK encrypted with `password`; absent without a password. */
  encryptedJwk?: EncryptedJwk;
  /** Things the user must hear (never secret). */
  warnings: string[];
}

/** The use a certificate allows, reconciled with --use. */
function certificateUse(
  certUse: ExistingKey["certUse"],
  use: string | undefined,
  subtle: boolean,
): string | undefined {
  if (certUse === undefined) return use;
  if (certUse === "ambiguous") {
    if (!subtle) {
      throw new JwkError(
        "SUBTLE",
        "the certificate's key usage allows both signing and encryption: add --subtle (and --use)",
      );
    }
    return use;
  }
  if (use !== undefined && use !== certUse && !subtle) {
    throw new JwkError(
      "SUBTLE",
      `--use ${use} contradicts the certificate's key usage (${certUse}): drop --use, or add --subtle`,
    );
  }
  return use ?? certUse;
}

/**
 * Creates a JWK pair as `jwk create` does: fills in defaults, checks the
 * options, generates the key with WebCrypto (or takes `key`), sets `kid` to
 * the RFC 7638 thumbprint unless given (never for oct), and encrypts the
 * private JWK when a password is given.
 *
 * @example Default key, private half encrypted
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk } from "@jwk/jwk";
 *
 * const { publicJwk, privateJwk, encryptedJwk } = await createJwk({ password: "pw" });
 * assert.equal(publicJwk.kty, "EC");
 * assert.equal(publicJwk.crv, "P-256");
 * assert.equal(publicJwk.alg, "ES256");
 * assert.equal(publicJwk.use, "sig");
 * assert.ok(!("d" in publicJwk) && typeof privateJwk?.d === "string");
 * assert.equal(publicJwk.kid, privateJwk?.kid);
 * assert.deepEqual(Object.keys(encryptedJwk!), [
 *   "protected",
 *   "encrypted_key",
 *   "iv",
 *   "ciphertext",
 *   "tag",
 * ]);
 * ```
 *
 * @example A 192-bit AES key-wrapping key (no kid: oct keys get none)
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk } from "@jwk/jwk";
 *
 * const { publicJwk, warnings } = await createJwk({ kty: "oct", size: 192, use: "enc" });
 * assert.equal(publicJwk.alg, "A192GCMKW");
 * assert.equal(publicJwk.kid, undefined);
 * assert.equal(warnings.length, 1); // the "public" JWK of an oct key is the secret itself
 * ```
 *
 * @example An Ed25519 key with a self-signed certificate in x5c
 * ```ts
 * import assert from "node:assert/strict";
 * import { createJwk, readKey } from "@jwk/jwk";
 *
 * const { publicJwk, privateJwk } = await createJwk({
 *   kty: "OKP",
 *   selfSigned: { subject: "CN=signer.example", notAfter: "30d" },
 * });
 * assert.deepEqual(privateJwk?.x5c, publicJwk.x5c);
 * const pem = `-----BEGIN CERTIFICATE-----\n${publicJwk.x5c![0]}\n-----END CERTIFICATE-----\n`;
 * const cert = await readKey(pem);
 * assert.equal(cert.jwk.x, publicJwk.x);
 * assert.equal(cert.x5tS256, publicJwk["x5t#S256"]);
 * ```
 */
export async function createJwk(options: CreateJwkOptions = {}): Promise<CreatedJwk> {
  const { key, keyOps } = options;
  if (options.kid === "") throw new JwkError("INVALID_OPTION", "--kid must not be empty");
  const subtle = options.subtle === true;

  let use = options.use;
  let request: KeyRequest = options;
  // An existing RSA key's exact size, for the size rules below.
  const rsaKeyBits = key?.jwk.kty === "RSA" ? rsaBits(key.jwk.n!) : undefined;
  if (key) {
    if (options.size !== undefined) {
      throw new JwkError("INCOMPATIBLE_OPTIONS", "--size cannot be used with an existing key");
    }
    // An AKP key's alg is its parameter set: part of the key, like a curve.
    const keyAlg = key.jwk.kty === "AKP" ? key.jwk.alg : undefined;
    for (
      const [flag, mine, theirs] of [
        ["kty", options.kty, key.jwk.kty],
        ["crv", options.crv, key.jwk.crv],
        ["alg", keyAlg === undefined ? undefined : options.alg, keyAlg],
      ] as const
    ) {
      if (mine !== undefined && mine !== theirs) {
        throw new JwkError(
          "INCOMPATIBLE_OPTIONS",
          `--${flag} ${mine} does not match the key, which has ${flag} '${theirs ?? "(none)"}'`,
        );
      }
    }
    use = certificateUse(key.certUse, use, subtle);
    // An existing RSA key gets the size rule of new ones, said of the key.
    if (rsaKeyBits !== undefined) refuseShortRsa(rsaKeyBits, options.insecure === true);
    request = {
      ...options,
      kty: key.jwk.kty,
      crv: key.jwk.crv,
      alg: keyAlg ?? options.alg,
      use,
      size: rsaKeyBits === undefined ? undefined : Math.ceil(rsaKeyBits / 8) * 8,
    };
  }
  // With key_ops and no use, the operations pick the default algorithm, and
  // no use is written (RFC 7517 §4.3: the two should not appear together).
  const opsUse = keyOps ? useOfKeyOps(keyOps) : undefined;
  if (keyOps && opsUse === undefined && !options.insecure) {
    throw new JwkError(
      "INSECURE",
      "--key-ops mixes signing and encryption operations: split them, or add --insecure",
    );
  }
  const params = resolveKeyParams({ ...request, use: use ?? opsUse });
  // An existing key's size is not whole bytes: hold it, exactly, to the rule
  // its file will be read by (PS512 needs 1034 bits, not 1033 rounded up).
  if (rsaKeyBits !== undefined) {
    checkJwkAlgorithm({ kty: "RSA", alg: params.alg, use: params.use }, rsaKeyBits);
  }
  if (keyOps) {
    checkKeyOps(keyOps, params.use, params.alg, {
      useGiven: use !== undefined,
      subtle,
      insecure: options.insecure,
    });
  }

  // The certificate code (ASN.1 writer, signers) loads only for --self-signed.
  const x509 = options.selfSigned ? await loadModule("x509/self_signed.ts") : undefined;
  if (x509) {
    x509.checkSelfSignable(params);
    if (key && !key.isPrivate) {
      throw new JwkError(
        "INCOMPATIBLE_OPTIONS",
        "--self-signed needs the private key: this input holds only a public key",
      );
    }
    if (key?.x5c) {
      throw new JwkError(
        "INCOMPATIBLE_OPTIONS",
        "--self-signed: this key comes with its own certificate (kept as x5c); drop --self-signed",
      );
    }
  }

  const material = key ? keyMembers(key.jwk) : await generateKeyMaterial(params);
  const jwk: Jwk = {
    ...material,
    use: keyOps && use === undefined ? undefined : params.use,
    key_ops: keyOps ? [...keyOps] : undefined,
    alg: params.alg,
    x5c: key?.x5c,
    "x5t#S256": key?.x5tS256,
  };
  const warnings: string[] = [];
  if (options.kid !== undefined) jwk.kid = options.kid;
  else if (params.kty !== "oct") jwk.kid = await thumbprint(material);
  if (params.kty === "oct") {
    warnings.push("an oct key has no public part: the public file holds the secret key too");
  }

  if (x509 && options.selfSigned) {
    const cert = await x509.selfSignedCertificate(
      jwk,
      options.selfSigned === true ? {} : options.selfSigned,
    );
    jwk.x5c = [cert.x5c];
    jwk["x5t#S256"] = cert.x5tS256;
  }

  const pub = publicJwk(jwk);
  if (key && !key.isPrivate) return { publicJwk: pub, warnings };
  const privateJwk = orderMembers(jwk);
  // jwe.ts brings jose: loaded only when there is something to encrypt.
  const encryptedJwk = options.password === undefined
    ? undefined
    : await (await loadModule("jwe.ts")).encryptJwk(privateJwk, options.password, {
      iterations: options.iterations,
    });
  return { publicJwk: pub, privateJwk, encryptedJwk, warnings };
}
