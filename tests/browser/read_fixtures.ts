/**
 * Part of the browser bundle of library checks: `globalThis.jwkReadAll`
 * reads many key files with the library's readKey, so that the Deno test can
 * compare the browser's results with Deno's, file by file.
 * @module
 */
import { JwkError, readKey } from "../../mod.ts";

/** One file's result: the JWK read, or the error's code and message. */
export type ReadResult = { jwk: JsonWebKey; format: string } | { code: string; message: string };

async function readAll(
  files: Record<string, number[]>,
  password: string,
): Promise<Record<string, ReadResult>> {
  const out: Record<string, ReadResult> = {};
  for (const [name, bytes] of Object.entries(files)) {
    try {
      const key = await readKey(new Uint8Array(bytes), { password: () => password });
      out[name] = { jwk: key.jwk, format: key.format };
    } catch (e) {
      out[name] = e instanceof JwkError
        ? { code: e.code, message: e.message }
        : { code: "CRASH", message: String(e) };
    }
  }
  return out;
}

(globalThis as Record<string, unknown>).jwkReadAll = readAll;
