/**
 * utf8Text (lib/key_input.ts) turns ASCII key files into text without a
 * TextDecoder: it must agree with a fatal TextDecoder on every input, text or
 * refusal, whichever path it takes. fast-check draws ASCII-heavy bytes, any
 * bytes, and real UTF-8 (with and without a BOM).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { utf8Text } from "../lib/key_input.ts";

/** What a fatal TextDecoder says: the text, or that it refused. */
function reference(bytes: Uint8Array): string | Error {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    return e as Error;
  }
}

function ours(bytes: Uint8Array): string | Error {
  try {
    return utf8Text(bytes);
  } catch (e) {
    return e as Error;
  }
}

function agree(bytes: Uint8Array): void {
  const [want, got] = [reference(bytes), ours(bytes)];
  if (want instanceof Error) assert.ok(got instanceof TypeError, `accepted ${bytes}`);
  else assert.equal(got, want);
}

Deno.test("utf8Text agrees with a fatal TextDecoder", () => {
  const ascii = fc.uint8Array({ maxLength: 300 }).map((b) => b.map((x) => x & 0x7f));
  const text = fc.string({ unit: "binary", maxLength: 200 }).map((s) =>
    new TextEncoder().encode(s)
  );
  const bom = text.map((b) => new Uint8Array([0xef, 0xbb, 0xbf, ...b]));
  // ASCII with one byte above 0x7f somewhere: the edge of the ASCII path.
  const oneHigh = fc.tuple(ascii, fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(
    ([b, at, x]) =>
      new Uint8Array([
        ...b.subarray(0, at % (b.length + 1)),
        x,
        ...b.subarray(at % (b.length + 1)),
      ]),
  );
  const arbs = fc.oneof(ascii, oneHigh, fc.uint8Array({ maxLength: 300 }), text, bom);
  fc.assert(fc.property(arbs, agree), {
    numRuns: 2000,
  });
  // Longer than one chunk of the ASCII path.
  agree(new Uint8Array(20000).fill(0x41));
  agree(new Uint8Array(0));
});
