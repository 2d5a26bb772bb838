/**
 * What the self-signed certificate tests share: finding `openssl`, running it
 * on a certificate, and reading its answers. Written apart from lib/ so that
 * it can check it.
 * @module
 */
import assert from "node:assert/strict";
import { IN_CI, type Peer, run } from "./_peers.ts";
import { b64uEncode } from "./_helpers.ts";

let found: Promise<Peer> | undefined;

/** `openssl` from PATH (or env `OPENSSL`), said once. */
export function openssl(): Promise<Peer> {
  found ??= (async (): Promise<Peer> => {
    const cmd = Deno.env.get("OPENSSL") ?? "openssl";
    try {
      const r = await run(cmd, ["version"]);
      if (r.code === 0) {
        console.log(`peer openssl: ${r.stdout.trim()}`);
        return { name: "openssl", path: cmd };
      }
    } catch { /* not installed */ }
    const reason = `'${cmd}' is not on PATH (apt-get install openssl)`;
    console.log(`peer openssl missing${IN_CI ? " (CI: its tests FAIL)" : ""}: ${reason}`);
    return { name: "openssl", reason };
  })();
  return found;
}

/** PEM armor of a DER certificate, from its x5c entry (standard base64). */
export function certPem(x5c: string): string {
  return `-----BEGIN CERTIFICATE-----\n${
    x5c.match(/.{1,64}/g)!.join("\n")
  }\n-----END CERTIFICATE-----\n`;
}

/** The DER bytes of PEM text (one block). */
export function pemDer(pem: string): Uint8Array<ArrayBuffer> {
  const body = pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
  return Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
}

/** What openssl says about one certificate file. */
export interface OpensslView {
  /** `openssl verify -x509_strict -CAfile c -check_ss_sig c`: exit code and output. */
  verify: { code: number; out: string };
  /** `openssl x509 -noout -text`. */
  text: string;
  /** Subject in RFC 2253 form, UTF-8 unescaped. */
  subject: string;
  /** notBefore and notAfter. */
  notBefore: Date;
  notAfter: Date;
  /** Serial number, hex as openssl prints it. */
  serial: string;
  /** base64url of the SHA-256 fingerprint. */
  sha256: string;
  /** The subject public key, SPKI DER. */
  spki: Uint8Array<ArrayBuffer>;
}

/** Runs openssl on the certificate file `path`. */
export async function inspect(bin: string, path: string): Promise<OpensslView> {
  const v = await run(bin, ["verify", "-x509_strict", "-CAfile", path, "-check_ss_sig", path]);
  const text = await run(bin, ["x509", "-in", path, "-noout", "-text"]);
  assert.equal(text.code, 0, text.stderr);
  const info = await run(bin, [
    "x509",
    "-in",
    path,
    "-noout",
    "-subject",
    "-nameopt",
    "RFC2253,-esc_msb",
    "-dates",
    "-serial",
    "-fingerprint",
    "-sha256",
  ]);
  assert.equal(info.code, 0, info.stderr);
  const field = (name: string) => {
    const m = new RegExp(`^${name}=(.*)$`, "m").exec(info.stdout);
    assert.ok(m, `openssl printed no ${name}: ${info.stdout}`);
    return m[1];
  };
  const hex = field("sha256 Fingerprint").replace(/:/g, "");
  const fp = Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));
  const pub = await run(bin, ["x509", "-in", path, "-noout", "-pubkey"]);
  assert.equal(pub.code, 0, pub.stderr);
  return {
    verify: { code: v.code, out: v.stdout + v.stderr },
    text: text.stdout,
    subject: field("subject"),
    notBefore: new Date(field("notBefore")),
    notAfter: new Date(field("notAfter")),
    serial: field("serial"),
    sha256: b64uEncode(fp),
    spki: pemDer(pub.stdout),
  };
}

/** The SPKI DER of a public JWK, as WebCrypto exports it (independent of lib/). */
export async function webcryptoSpki(jwk: JsonWebKey): Promise<Uint8Array<ArrayBuffer>> {
  const alg = jwk.kty === "EC"
    ? { name: "ECDSA", namedCurve: jwk.crv! }
    : jwk.kty === "RSA"
    ? { name: "RSA-PSS", hash: "SHA-256" }
    : { name: jwk.crv! };
  const { kty, crv, x, y, n, e } = jwk;
  const key = await crypto.subtle.importKey("jwk", { kty, crv, x, y, n, e }, alg, true, [
    "verify",
  ]);
  return new Uint8Array(await crypto.subtle.exportKey("spki", key));
}
