/**
 * `node:assert/strict` for the browser bundle of library checks: the
 * browser port of Node's assert module (npm `assert`), strict mode.
 * @module
 */
// deno-lint-ignore no-import-prefix
import assert from "npm:assert@2.1.0";
export default assert.strict;
