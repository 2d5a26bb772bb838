// A seeded, deterministic mutation corpus for the PEM/DER key reader: every
// fixture is damaged in many ways (bit flips, truncation, length tampering,
// random bytes, splices), and every damaged input must end in either a valid
// key or a JwkError — never another exception, never a hang.
// Run: deno test --allow-read tests/pem_mutation_test.ts
import assert from "node:assert/strict";
import { readKey } from "../lib/pem/read.ts";
import { JwkError } from "../lib/errors.ts";
import { decodeBase64, encodeBase64, parsePem } from "../lib/pem/armor.ts";
import { seededRandom } from "./_helpers.ts";

const DIR = new URL("./fixtures/pem/", import.meta.url);
const PASSWORD = Deno.readTextFileSync(new URL("pem-password.txt", DIR)).replace(/[\r\n]+$/, "");
const SEED = 0x5eed_2026;
const PER_FILE = 48;
/** The whole corpus must finish within this (it takes a few seconds on a laptop). */
const TIME_LIMIT_MS = 60_000;

function fixtures(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const sub of ["", "gen/", "gen/errors/"]) {
    const dir = new URL(sub, DIR);
    for (const e of [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (e.isFile && /\.(pem|der|txt|pub|p12)$/.test(e.name) && e.name !== "pem-password.txt") {
        out.push({ name: sub + e.name, bytes: Deno.readFileSync(new URL(sub + e.name, DIR)) });
      }
    }
  }
  return out;
}

type Mutation = [string, (b: Uint8Array) => Uint8Array];

function mutations(random: () => number): Mutation[] {
  const int = (n: number) => Math.floor(random() * n);
  const TAGS = new Set([0x02, 0x03, 0x04, 0x06, 0x30, 0x31, 0xa0, 0xa1, 0xa3]);
  return [
    ["bit flip", (b) => {
      const c = b.slice();
      for (let i = 0, n = 1 + int(3); i < n && c.length; i++) c[int(c.length)] ^= 1 << int(8);
      return c;
    }],
    ["truncate", (b) => b.slice(0, int(b.length))],
    ["length byte", (b) => {
      const c = b.slice();
      const spots = [];
      for (let i = 0; i + 1 < c.length; i++) if (TAGS.has(c[i])) spots.push(i + 1);
      if (!spots.length) return c;
      const at = spots[int(spots.length)];
      const choices = [0x00, 0x7f, 0x80, 0x81, 0x82, 0x84, 0x85, 0xff, c[at] + 1, c[at] - 1];
      c[at] = choices[int(choices.length)] & 0xff;
      return c;
    }],
    ["random span", (b) => {
      const c = b.slice();
      const start = int(c.length);
      const len = 1 + int(16);
      for (let i = start; i < Math.min(c.length, start + len); i++) c[i] = int(256);
      return c;
    }],
    ["splice", (b) => {
      const from = int(b.length);
      const to = int(b.length);
      const piece = b.slice(from, from + 1 + int(64));
      const c = new Uint8Array(b.length + piece.length);
      c.set(b.subarray(0, to));
      c.set(piece, to);
      c.set(b.subarray(to), to + piece.length);
      return c;
    }],
    ["random bytes", () => {
      const c = new Uint8Array(int(600));
      for (let i = 0; i < c.length; i++) c[i] = int(256);
      if (c.length && random() < 0.5) c[0] = 0x30;
      return c;
    }],
  ];
}

/** For PEM input, damage the DER inside and re-armor it (a damaged armor only tests base64). */
function inside(bytes: Uint8Array, mutate: (b: Uint8Array) => Uint8Array): Uint8Array | undefined {
  const text = new TextDecoder().decode(bytes);
  if (!text.includes("-----BEGIN")) return undefined;
  let blocks;
  try {
    blocks = parsePem(text);
  } catch {
    return undefined;
  }
  const pem = blocks.map((b) => {
    const headers = Object.entries(b.headers).map(([k, v]) => `${k}: ${v}\n`).join("");
    const der = b === blocks[0] ? mutate(b.der) : b.der;
    const body = encodeBase64(der).replace(/.{64}/g, "$&\n").replace(/\n$/, "");
    return `-----BEGIN ${b.type}-----\n${headers}${headers ? "\n" : ""}${body}\n` +
      `-----END ${b.type}-----\n`;
  }).join("");
  return new TextEncoder().encode(pem);
}

Deno.test("mutation corpus: every damaged input ends in a key or a JwkError, quickly", async () => {
  const random = seededRandom(SEED);
  const muts = mutations(random);
  const files = fixtures();
  const failures: string[] = [];
  const codes: Record<string, number> = {};
  let tried = 0;
  let accepted = 0;
  let slowest = 0;
  let slowestName = "";
  const start = performance.now();
  for (const { name, bytes } of files) {
    // Costly KDFs (scrypt, bcrypt_pbkdf) get no password: a damaged cost field
    // could legitimately ask for seconds of work per input.
    const costly = /scrypt|openssh-aes/.test(name);
    for (let i = 0; i < PER_FILE; i++) {
      const [label, mutate] = muts[Math.floor(random() * muts.length)];
      const armored = random() < 0.7 ? inside(bytes, mutate) : undefined;
      const input = armored ?? mutate(bytes);
      const where = `${name} #${i} ${label}${armored ? " (inside PEM)" : ""}`;
      let asked = 0;
      const t0 = performance.now();
      try {
        const key = await readKey(input, {
          password: costly ? undefined : () => {
            asked++;
            return PASSWORD;
          },
        });
        accepted++;
        if (typeof key.jwk.kty !== "string" || typeof key.format !== "string") {
          failures.push(`${where}: accepted without a kty`);
        }
      } catch (e) {
        if (!(e instanceof JwkError)) {
          failures.push(`${where}: ${e instanceof Error ? `${e.name}: ${e.message}` : e}`);
        } else {
          codes[e.code] = (codes[e.code] ?? 0) + 1;
          if (e.message.includes("\n") || e.message.includes(PASSWORD + " ")) {
            failures.push(`${where}: bad message ${JSON.stringify(e.message)}`);
          }
        }
      }
      if (asked > 1) failures.push(`${where}: password asked ${asked} times`);
      const took = performance.now() - t0;
      if (took > slowest) [slowest, slowestName] = [took, where];
      tried++;
    }
  }
  const total = performance.now() - start;
  console.log(
    `mutation corpus: ${tried} inputs from ${files.length} fixtures in ${Math.round(total)} ms; ` +
      `${accepted} still valid keys; errors by code ${JSON.stringify(codes)}; ` +
      `slowest ${Math.round(slowest)} ms (${slowestName})`,
  );
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} inputs ended badly`);
  assert.ok(tried >= 3000, `tried ${tried}`);
  assert.ok(total < TIME_LIMIT_MS, `took ${Math.round(total)} ms`);
});

Deno.test("garbage inputs: random buffers and absurd lengths fail within milliseconds", async () => {
  const random = seededRandom(SEED + 1);
  const int = (n: number) => Math.floor(random() * n);
  const start = performance.now();
  let n = 0;
  for (; n < 2000; n++) {
    const len = int(64);
    const b = new Uint8Array(len + 6);
    b[0] = 0x30;
    b[1] = 0x84;
    for (let i = 2; i < b.length; i++) b[i] = int(256);
    await assert.rejects(readKey(b), JwkError);
  }
  // A one-megabyte PEM body of nested SEQUENCE headers.
  const big = new Uint8Array(1 << 20);
  for (let i = 0; i < big.length; i += 4) big.set([0x30, 0x83, 0x0f, 0xff], i);
  const pem = `-----BEGIN PRIVATE KEY-----\n${encodeBase64(big)}\n-----END PRIVATE KEY-----\n`;
  await assert.rejects(readKey(pem), JwkError);
  assert.equal(decodeBase64(encodeBase64(big), "x").length, big.length);
  const took = performance.now() - start;
  console.log(`garbage: ${n} random DER-like inputs and a 1 MiB PEM in ${Math.round(took)} ms`);
  assert.ok(took < 10_000, `took ${Math.round(took)} ms`);
});
