/**
 * RFC 4514 distinguished names ("CN=example,O=Example Org,C=DE") to the DER
 * `Name` of an X.509 certificate.
 *
 * The string lists the most specific RDN first, the DER the least specific
 * first (RFC 4514 §2.1), so the order is reversed; `openssl x509 -subject
 * -nameopt RFC2253` prints the string back as it was given.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseName } from "./name.ts";
 * const der = parseName("CN=a,C=DE");
 * // SEQUENCE { SET { C = "DE" }, SET { CN = "a" } }
 * assert.equal(der[0], 0x30);
 * assert.ok(new TextDecoder().decode(der).indexOf("DE") < new TextDecoder().decode(der).indexOf("a"));
 * ```
 * @module
 */
import { decodeDer, type DerNode, encodeOid, encodeTlv, TAG } from "../pem/asn1.ts";
import { JwkError } from "../errors.ts";
import { sequence } from "./der.ts";

const UTF8_STRING = 0x0c;
const PRINTABLE_STRING = 0x13;
const IA5_STRING = 0x16;

interface AttributeType {
  oid: string;
  /** The string type its values are written as. */
  tag: number;
  /** Exact length, for countryName. */
  length?: number;
  /** Upper bound in characters: RFC 5280 Appendix A's ub-… values. */
  max?: number;
}

/**
 * The attribute types a subject may name: RFC 4514 §3's table, plus
 * serialNumber and emailAddress (which OpenSSL prints by those names).
 * Anything else can be given as a dotted OID (`2.5.4.12=Engineer`).
 */
const TYPES: Readonly<Record<string, AttributeType>> = {
  CN: { oid: "2.5.4.3", tag: UTF8_STRING, max: 64 },
  L: { oid: "2.5.4.7", tag: UTF8_STRING, max: 128 },
  ST: { oid: "2.5.4.8", tag: UTF8_STRING, max: 128 },
  O: { oid: "2.5.4.10", tag: UTF8_STRING, max: 64 },
  OU: { oid: "2.5.4.11", tag: UTF8_STRING, max: 64 },
  C: { oid: "2.5.4.6", tag: PRINTABLE_STRING, length: 2 },
  STREET: { oid: "2.5.4.9", tag: UTF8_STRING },
  DC: { oid: "0.9.2342.19200300.100.1.25", tag: IA5_STRING },
  UID: { oid: "0.9.2342.19200300.100.1.1", tag: UTF8_STRING },
  SERIALNUMBER: { oid: "2.5.4.5", tag: PRINTABLE_STRING, max: 64 },
  EMAILADDRESS: { oid: "1.2.840.113549.1.9.1", tag: IA5_STRING, max: 255 },
};

/**
 * The attribute type names {@link parseName} knows (case-insensitive).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { NAME_TYPES } from "./name.ts";
 * assert.ok(NAME_TYPES.includes("CN") && NAME_TYPES.includes("emailAddress"));
 * ```
 */
export const NAME_TYPES: readonly string[] = [
  "CN",
  "L",
  "ST",
  "O",
  "OU",
  "C",
  "STREET",
  "DC",
  "UID",
  "serialNumber",
  "emailAddress",
];

const SPECIAL = '"+,;<>\\=# ';
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]+$/;

function bad(subject: string, why: string): JwkError {
  return new JwkError(
    "INVALID_OPTION",
    `--subject '${subject}' is not a distinguished name (${why}): write it as in RFC 4514, e.g. 'CN=api.example.com,O=Example,C=DE'`,
  );
}

/** One attribute value: its raw bytes, or a whole DER element given as #hex. */
type Value = { text: Uint8Array; der?: undefined } | { der: Uint8Array; text?: undefined };

/** A left-to-right reader of the RFC 4514 grammar. */
class Reader {
  pos = 0;
  constructor(readonly s: string) {}

  get done(): boolean {
    return this.pos >= this.s.length;
  }
  peek(): string {
    return this.s[this.pos];
  }
  skipSpaces(): void {
    while (this.s[this.pos] === " ") this.pos++;
  }

  /** attributeType: a descriptor (letters, digits, hyphens) or a dotted OID. */
  type(): string {
    this.skipSpaces();
    const m = /^(?:[A-Za-z][A-Za-z0-9-]*|[0-9]+(?:\.[0-9]+)+)/.exec(this.s.slice(this.pos));
    if (!m) throw bad(this.s, `expected an attribute type at position ${this.pos + 1}`);
    this.pos += m[0].length;
    this.skipSpaces();
    if (this.peek() !== "=") throw bad(this.s, `expected '=' after '${m[0]}'`);
    this.pos++;
    return m[0];
  }

  /** attributeValue: a string with RFC 4514 escapes, or #hexstring. */
  value(type: string): Value {
    this.skipSpaces();
    if (this.peek() === "#") {
      const m = /^#((?:[0-9A-Fa-f]{2})+)/.exec(this.s.slice(this.pos));
      if (!m) throw bad(this.s, `the value of ${type} after '#' is not hex`);
      this.pos += m[0].length;
      const der = new Uint8Array(m[1].length / 2);
      for (let i = 0; i < der.length; i++) der[i] = parseInt(m[1].slice(2 * i, 2 * i + 2), 16);
      this.skipSpaces();
      return { der };
    }
    const bytes: number[] = [];
    // Unescaped trailing spaces are not part of the value (RFC 4514 §3: they
    // must be escaped), so they are counted and dropped at the end.
    let spaces = 0;
    while (!this.done && this.peek() !== "," && this.peek() !== "+") {
      const c = String.fromCodePoint(this.s.codePointAt(this.pos)!);
      this.pos += c.length;
      if (c === "\\") {
        const next = this.s.slice(this.pos, this.pos + 2);
        if (/^[0-9A-Fa-f]{2}$/.test(next)) {
          bytes.push(...new Array(spaces).fill(0x20), parseInt(next, 16));
          this.pos += 2;
        } else if (next !== "" && SPECIAL.includes(next[0])) {
          bytes.push(...new Array(spaces).fill(0x20), next.charCodeAt(0));
          this.pos += 1;
        } else {
          throw bad(this.s, `'\\${next[0] ?? ""}' is not an escape in the value of ${type}`);
        }
        spaces = 0;
      } else if (c === " ") {
        spaces++;
      } else if ('";<>'.includes(c)) {
        throw bad(this.s, `'${c}' must be escaped as '\\${c}' in the value of ${type}`);
      } else {
        bytes.push(...new Array(spaces).fill(0x20), ...new TextEncoder().encode(c));
        spaces = 0;
      }
    }
    return { text: new Uint8Array(bytes) };
  }
}

/**
 * Refuses a value longer than its type's upper bound: strict verifiers and
 * OpenSSL refuse such names (a 65-character CN), so the certificate would be
 * made but not be usable.
 */
function checkLength(
  subject: string,
  typeName: string,
  known: AttributeType | undefined,
  chars: number,
): void {
  if (known?.max !== undefined && chars > known.max) {
    throw bad(subject, `${typeName} is at most ${known.max} characters, this one has ${chars}`);
  }
}

/**
 * The characters of a DER string given as #hex: UTF-8 counted as text,
 * BMPString and UniversalString at 2 and 4 bytes a character, others 1.
 */
function derStringChars(node: DerNode): number {
  if (node.tag === 0x1e) return node.value.length / 2;
  if (node.tag === 0x1c) return node.value.length / 4;
  if (node.tag !== UTF8_STRING) return node.value.length;
  // Continuation bytes (10xxxxxx) do not start a character.
  return node.value.filter((b) => (b & 0xc0) !== 0x80).length;
}

/** One AttributeTypeAndValue, DER. */
function attribute(subject: string, typeName: string, value: Value): Uint8Array {
  // A dotted OID of a known type (2.5.4.6 for C) gets that type's string rules.
  const known = TYPES[typeName.toUpperCase()] ??
    Object.values(TYPES).find((t) => t.oid === typeName);
  if (!known && !/^[0-9]/.test(typeName)) {
    throw bad(
      subject,
      `unknown attribute type '${typeName}'; use ${NAME_TYPES.join(", ")} or a dotted OID`,
    );
  }
  const oid = known?.oid ?? typeName;
  if (!known) {
    const arcs = oid.split(".").map(Number);
    if (
      arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39) || arcs.some((a) => !Number.isSafeInteger(a))
    ) {
      throw bad(subject, `'${typeName}' is not a valid OID`);
    }
  }
  if (value.der) {
    let node: DerNode;
    try {
      node = decodeDer(value.der, `the value of ${typeName}`);
      if (node.tag & 0x20) throw new Error("constructed");
    } catch {
      throw bad(subject, `the value of ${typeName} after '#' is not one DER string`);
    }
    checkLength(subject, typeName, known, derStringChars(node));
    return sequence(encodeOid(oid), value.der);
  }
  const bytes = value.text;
  if (bytes.length === 0) throw bad(subject, `the value of ${typeName} is empty`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw bad(subject, `the value of ${typeName} is not UTF-8`);
  }
  const tag = known?.tag ?? UTF8_STRING;
  if (tag === PRINTABLE_STRING && !PRINTABLE.test(text)) {
    throw bad(subject, `${typeName} allows only letters, digits, spaces and '()+,-./:=?`);
  }
  if (tag === IA5_STRING && !/^[\x20-\x7e]+$/.test(text)) {
    throw bad(subject, `${typeName} allows only printable ASCII characters`);
  }
  if (known?.length !== undefined && text.length !== known.length) {
    throw bad(subject, `${typeName} must be ${known.length} characters, e.g. C=DE`);
  }
  checkLength(subject, typeName, known, [...text].length);
  return sequence(encodeOid(oid), encodeTlv(tag, bytes));
}

/** DER order of a SET OF: ascending, shorter encodings padded with zeros (X.690 §11.6). */
function derSetOrder(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Parses an RFC 4514 distinguished name into the DER `Name` of a
 * certificate. Known types: CN, L, ST, O, OU, C, STREET, DC, UID,
 * serialNumber, emailAddress (case-insensitive), or any dotted OID. Values
 * take RFC 4514 escapes (`\,` `\+` `\\` `\C3\A9` ...) or `#` and the hex of
 * one DER string; `+` joins attributes into one multi-valued RDN. Spaces
 * around separators are ignored. Values are written as UTF8String, except C
 * and serialNumber (PrintableString), DC and emailAddress (IA5String), as
 * RFC 5280 asks, and no longer than its upper bounds (CN, O, OU and
 * serialNumber 64 characters; L and ST 128; emailAddress 255).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JwkError } from "../errors.ts";
 * import { parseName } from "./name.ts";
 *
 * const der = parseName("CN=Example\\, Inc.");
 * assert.ok(new TextDecoder().decode(der).endsWith("Example, Inc."));
 * assert.throws(() => parseName("CN"), JwkError);
 * assert.throws(() => parseName("XX=1"), /unknown attribute type 'XX'/);
 * ```
 */
export function parseName(subject: string): Uint8Array {
  if (subject.trim() === "") {
    throw bad(subject, "it is empty");
  }
  const r = new Reader(subject);
  const rdns: Uint8Array[] = [];
  while (true) {
    const attrs: Uint8Array[] = [];
    while (true) {
      const type = r.type();
      attrs.push(attribute(subject, type, r.value(type)));
      if (r.peek() !== "+") break;
      r.pos++;
    }
    attrs.sort(derSetOrder);
    rdns.push(encodeTlv(TAG.SET, ...attrs));
    if (r.done) break;
    r.pos++; // the comma
    if (r.done) throw bad(subject, "it ends with a comma");
  }
  return sequence(...rdns.reverse());
}

/**
 * The DER `Name` with one common name, e.g. the default subject `CN=<kid>`;
 * the value is taken as it is (no RFC 4514 escapes).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { commonName, parseName } from "./name.ts";
 * assert.deepEqual(commonName("a,b"), parseName("CN=a\\,b"));
 * ```
 */
export function commonName(value: string): Uint8Array {
  if (value === "") throw new JwkError("INVALID_OPTION", "the common name must not be empty");
  const attr = sequence(
    encodeOid(TYPES.CN.oid),
    encodeTlv(UTF8_STRING, new TextEncoder().encode(value)),
  );
  return sequence(encodeTlv(TAG.SET, attr));
}
