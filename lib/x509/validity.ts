/**
 * A certificate's validity: `--not-after` values (a duration such as `90d`
 * or an RFC 3339 time, as step's `--not-after` takes them) and the DER
 * encoding of times (UTCTime until 2049, GeneralizedTime from 2050, RFC 5280
 * §4.1.2.5).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notAfterFrom } from "./validity.ts";
 * const now = new Date("2025-01-01T00:00:00Z");
 * assert.equal(notAfterFrom("90d", now).toISOString(), "2025-04-01T00:00:00.000Z");
 * ```
 * @module
 */
import { encodeTlv } from "../pem/asn1.ts";
import { JwkError } from "../errors.ts";

const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

/** Seconds per duration unit; a year is 365 days, a month is not offered (ambiguous with minutes). */
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 7 * 86400,
  y: 365 * 86400,
};

/**
 * How long a self-signed certificate is valid when no `notAfter` is given:
 * one year (365 days), the usual lifetime of a certificate made by hand.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_VALIDITY } from "./validity.ts";
 * assert.equal(DEFAULT_VALIDITY, "1y");
 * ```
 */
export const DEFAULT_VALIDITY = "1y";

/** The latest time X.509 can write: GeneralizedTime has four year digits. */
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59);

function bad(value: string, why: string): JwkError {
  return new JwkError(
    "INVALID_OPTION",
    `--not-after '${value}' ${why}: use a duration such as 90d, 24h, 1y or 1y30d (units s, m, h, d, w, y), or an RFC 3339 time such as 2030-01-01T00:00:00Z`,
  );
}

/**
 * Parses a validity end: a duration after `now` (numbers with units s, m, h,
 * d, w, y, e.g. `90d`, `24h`, `1y`, `2h30m`; a year is 365 days) or an
 * RFC 3339 time (`2030-01-01T00:00:00Z`). The result is whole seconds, after
 * `now`, and no later than the year 9999.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JwkError } from "../errors.ts";
 * import { notAfterFrom } from "./validity.ts";
 * const now = new Date("2025-01-01T00:00:00Z");
 * assert.equal(notAfterFrom("1y", now).toISOString(), "2026-01-01T00:00:00.000Z");
 * assert.equal(notAfterFrom("2h30m", now).toISOString(), "2025-01-01T02:30:00.000Z");
 * assert.equal(notAfterFrom("2030-06-01T12:00:00+02:00", now).toISOString(), "2030-06-01T10:00:00.000Z");
 * assert.throws(() => notAfterFrom("90", now), JwkError);
 * assert.throws(() => notAfterFrom("2024-01-01T00:00:00Z", now), /in the past/);
 * ```
 */
export function notAfterFrom(value: string, now: Date = new Date()): Date {
  let ms: number;
  if (/^[0-9]/.test(value) && /[A-Za-z]$/.test(value) && !value.includes("-")) {
    const parts = value.match(/[0-9]+(?:\.[0-9]+)?[a-z]/g);
    if (!parts || parts.join("") !== value) throw bad(value, "is not a duration or a time");
    const unknown = parts.find((p) => !(p.slice(-1) in UNIT_SECONDS));
    if (unknown) throw bad(value, `has an unknown unit '${unknown.slice(-1)}'`);
    let seconds = 0;
    for (const p of parts) seconds += Number(p.slice(0, -1)) * UNIT_SECONDS[p.slice(-1)];
    if (!(seconds >= 1)) throw bad(value, "is not a duration of at least one second");
    ms = now.getTime() + Math.round(seconds) * 1000;
  } else {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/
      .exec(value);
    ms = m ? Date.parse(value.replace(" ", "T")) : NaN;
    if (Number.isNaN(ms)) throw bad(value, "is not a duration or a time");
    // Date.parse rolls 2030-02-31 over to March: compare the fields back.
    const day = new Date(Date.UTC(+m![1], +m![2] - 1, +m![3], +m![4], +m![5], +m![6]));
    if (
      day.getUTCMonth() !== +m![2] - 1 || day.getUTCDate() !== +m![3] || +m![4] > 23 ||
      +m![5] > 59 || +m![6] > 59
    ) {
      throw bad(value, "is not a valid time");
    }
    if (ms <= now.getTime()) throw bad(value, "is in the past");
  }
  ms = Math.floor(ms / 1000) * 1000;
  if (!Number.isFinite(ms) || ms > LAST) throw bad(value, "is after the year 9999");
  return new Date(ms);
}

/**
 * A certificate time: UTCTime (YYMMDDHHMMSSZ) for the years 1950 to 2049,
 * GeneralizedTime (YYYYMMDDHHMMSSZ) otherwise; always UTC, whole seconds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { encodeTime } from "./validity.ts";
 * const t = encodeTime(new Date("2049-12-31T23:59:59Z"));
 * assert.equal(new TextDecoder().decode(t.subarray(2)), "491231235959Z");
 * assert.equal(encodeTime(new Date("2050-01-01T00:00:00Z"))[0], 0x18);
 * ```
 */
export function encodeTime(date: Date): Uint8Array {
  const iso = date.toISOString(); // 2025-01-01T00:00:00.000Z
  const year = date.getUTCFullYear();
  const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z";
  const utc = year >= 1950 && year < 2050;
  return encodeTlv(
    utc ? UTC_TIME : GENERALIZED_TIME,
    new TextEncoder().encode(utc ? digits.slice(2) : digits),
  );
}
