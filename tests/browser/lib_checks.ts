/**
 * Entry of the browser bundle of library checks: the library's own test
 * files that need no Deno API, between the stand-in `Deno.test` (first) and
 * the runner (last). Left out: ec_keygen_test.ts, which checks a path only
 * Deno takes (lib/keygen/ec.ts; Firefox cannot take it: its WebCrypto does
 * not derive a public key from a bare private scalar). Built by tests/page_browser_test.ts with
 * tests/browser/import_map.json, which maps `node:assert/strict` to a
 * browser port.
 * @module
 */
import "./deno_shim.ts";
// A bundle needs literal imports of the modules the library loads when needed.
import "../../lib/lazy_literal.ts";
import "../algorithms_test.ts";
import "../key_ops_test.ts";
import "../jwe_test.ts";
import "./read_fixtures.ts";
import "./runner.ts";
