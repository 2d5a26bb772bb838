/**
 * Key generation alone, as a whole process: `deno run bench/keygen.ts RSA 4096`.
 * The bench compares it with `openssl genpkey`.
 * @module
 */
import { generateKeyMaterial } from "../lib/keygen/generate.ts";
import type { KeyType } from "../lib/algorithms.ts";

if (import.meta.main) {
  const [kty = "RSA", size = "4096"] = Deno.args;
  const key = await generateKeyMaterial({ kty: kty as KeyType, size: Number(size) });
  if (!key.d) throw new Error("no key");
}
