/**
 * resolveKeyParams and the tables behind it: every default, every kty/crv/alg/use
 * combination (accepted or refused, with a message naming the option to change),
 * and every size rule. Nothing here generates a key.
 */
import assert from "node:assert/strict";
import {
  ALGORITHMS,
  CURVES,
  defaultAlgorithm,
  DEFAULTS,
  JwkError,
  KEY_TYPES,
  type KeyParams,
  type KeyRequest,
  resolveKeyParams,
} from "../mod.ts";

/** Asserts that `fn` throws a JwkError whose message matches every pattern. */
function refuses(
  fn: () => unknown,
  code: JwkError["code"] | undefined,
  ...patterns: RegExp[]
): JwkError {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof JwkError, `expected a JwkError, got ${error}`);
  if (code) assert.equal(error.code, code, error.message);
  assert.ok(!error.message.includes("\n"), `one line: ${error.message}`);
  for (const p of patterns) assert.match(error.message, p);
  return error;
}

const resolve = (req: KeyRequest) => () => resolveKeyParams(req);

// ---------------------------------------------------------------------------
// An independent statement of RFC 7518 / RFC 8037 (what step's ValidateJWK
// accepts, plus X25519), RFC 8812 (ES256K), RFC 9864 (Ed25519, Ed448) and the
// AKP key type (ML-DSA): which (kty, crv, use) each algorithm works with.

const SIG: Record<string, { kty: string; crv?: string[] }> = {
  HS256: { kty: "oct" },
  HS384: { kty: "oct" },
  HS512: { kty: "oct" },
  RS256: { kty: "RSA" },
  RS384: { kty: "RSA" },
  RS512: { kty: "RSA" },
  PS256: { kty: "RSA" },
  PS384: { kty: "RSA" },
  PS512: { kty: "RSA" },
  ES256: { kty: "EC", crv: ["P-256"] },
  ES384: { kty: "EC", crv: ["P-384"] },
  ES512: { kty: "EC", crv: ["P-521"] },
  ES256K: { kty: "EC", crv: ["secp256k1"] },
  EdDSA: { kty: "OKP", crv: ["Ed25519", "Ed448"] },
  Ed25519: { kty: "OKP", crv: ["Ed25519"] },
  Ed448: { kty: "OKP", crv: ["Ed448"] },
  "ML-DSA-44": { kty: "AKP" },
  "ML-DSA-65": { kty: "AKP" },
  "ML-DSA-87": { kty: "AKP" },
};
const ENC_OCT = [
  "A128KW",
  "A192KW",
  "A256KW",
  "A128GCMKW",
  "A192GCMKW",
  "A256GCMKW",
  "dir",
  "PBES2-HS256+A128KW",
  "PBES2-HS384+A192KW",
  "PBES2-HS512+A256KW",
];
const ENC_RSA = ["RSA1_5", "RSA-OAEP", "RSA-OAEP-256"];
const ENC_ECDH = ["ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A192KW", "ECDH-ES+A256KW"];
const ALL_ALGS = [...Object.keys(SIG), ...ENC_OCT, ...ENC_RSA, ...ENC_ECDH];

/** Whether alg fits a key of kty/crv for use (sig|enc). */
function fits(alg: string, kty: string, crv: string | undefined, use: string): boolean {
  if (alg in SIG) {
    const s = SIG[alg];
    return use === "sig" && s.kty === kty && (s.crv === undefined || s.crv.includes(crv!));
  }
  if (use !== "enc") return false;
  if (ENC_OCT.includes(alg)) return kty === "oct";
  if (ENC_RSA.includes(alg)) return kty === "RSA";
  // RFC 8812 leaves ECDH-ES on secp256k1 undefined.
  return (kty === "EC" && crv !== "secp256k1") ||
    (kty === "OKP" && (crv === "X25519" || crv === "X448"));
}

/** Sizes of oct keys each algorithm accepts (bits, multiples of 8 up to 8192). */
function octSizeOk(alg: string, size: number): boolean {
  if (size % 8 !== 0 || size > 8192 || size < 128) return false;
  const exact: Record<string, number> = {
    A128KW: 128,
    A192KW: 192,
    A256KW: 256,
    A128GCMKW: 128,
    A192GCMKW: 192,
    A256GCMKW: 256,
  };
  if (alg in exact) return size === exact[alg];
  if (alg === "dir") return [128, 192, 256, 384, 512].includes(size);
  if (alg.startsWith("HS")) return size >= Number(alg.slice(2));
  return alg.startsWith("PBES2-");
}

const ALL_CURVES = [...CURVES.EC, ...CURVES.OKP];

Deno.test("the tables list exactly the algorithms, key types and curves of the JOSE registries", () => {
  assert.deepEqual([...KEY_TYPES].sort(), ["AKP", "EC", "OKP", "RSA", "oct"]);
  assert.deepEqual([...CURVES.EC], ["P-256", "P-384", "P-521", "secp256k1"]);
  assert.deepEqual([...CURVES.OKP], ["Ed25519", "X25519", "Ed448", "X448"]);
  assert.deepEqual(Object.keys(ALGORITHMS).sort(), [...ALL_ALGS].sort());
  for (const [alg, spec] of Object.entries(ALGORITHMS)) {
    assert.equal(spec.use, alg in SIG ? "sig" : "enc", alg);
  }
});

Deno.test("defaults table: every row, through defaultAlgorithm and resolveKeyParams", () => {
  const expected = [
    ["EC", "sig", "P-256", "ES256"],
    ["EC", "sig", "P-384", "ES384"],
    ["EC", "sig", "P-521", "ES512"],
    ["EC", "sig", "secp256k1", "ES256K"],
    ["EC", "enc", "P-256", "ECDH-ES"],
    ["EC", "enc", "P-384", "ECDH-ES"],
    ["EC", "enc", "P-521", "ECDH-ES"],
    ["OKP", "sig", "Ed25519", "EdDSA"],
    ["OKP", "enc", "X25519", "ECDH-ES"],
    ["OKP", "sig", "Ed448", "EdDSA"],
    ["OKP", "enc", "X448", "ECDH-ES"],
    ["RSA", "sig", "", "RS256"],
    ["RSA", "enc", "", "RSA-OAEP-256"],
    ["oct", "sig", "", "HS256"],
    ["oct", "enc", "", "A256GCMKW"],
    ["AKP", "sig", "", "ML-DSA-65"],
  ];
  assert.deepEqual(DEFAULTS.map((r) => [r.kty, r.use, r.crv, r.alg]), expected);
  for (const [kty, use, crv, alg] of expected) {
    const k = kty as KeyParams["kty"];
    assert.equal(defaultAlgorithm(k, use, crv || undefined), alg, `${kty} ${use} ${crv}`);
    const p = resolveKeyParams({ kty, use, crv: crv || undefined });
    assert.equal(p.alg, alg, `${kty} ${use} ${crv}`);
    assert.equal(p.use, use);
    if (crv) assert.equal(p.crv, crv);
  }
});

Deno.test("defaults: nothing given is EC P-256 ES256 sig; curves and sizes by kty", () => {
  assert.deepEqual(resolveKeyParams({}), {
    kty: "EC",
    crv: "P-256",
    alg: "ES256",
    use: "sig",
    size: undefined,
  });
  assert.deepEqual(resolveKeyParams({ kty: "EC", use: "enc" }), {
    kty: "EC",
    crv: "P-256",
    alg: "ECDH-ES",
    use: "enc",
    size: undefined,
  });
  assert.deepEqual(resolveKeyParams({ kty: "OKP" }), {
    kty: "OKP",
    crv: "Ed25519",
    alg: "EdDSA",
    use: "sig",
    size: undefined,
  });
  assert.deepEqual(resolveKeyParams({ kty: "OKP", use: "enc" }), {
    kty: "OKP",
    crv: "X25519",
    alg: "ECDH-ES",
    use: "enc",
    size: undefined,
  });
  assert.deepEqual(resolveKeyParams({ kty: "RSA" }), {
    kty: "RSA",
    crv: undefined,
    alg: "RS256",
    use: "sig",
    size: 2048,
  });
  assert.deepEqual(resolveKeyParams({ kty: "RSA", use: "enc" }), {
    kty: "RSA",
    crv: undefined,
    alg: "RSA-OAEP-256",
    use: "enc",
    size: 2048,
  });
  assert.deepEqual(resolveKeyParams({ kty: "oct" }), {
    kty: "oct",
    crv: undefined,
    alg: "HS256",
    use: "sig",
    size: 256,
  });
  assert.deepEqual(resolveKeyParams({ kty: "oct", use: "enc" }), {
    kty: "oct",
    crv: undefined,
    alg: "A256GCMKW",
    use: "enc",
    size: 256,
  });
});

Deno.test("every explicit kty/crv/alg/use combination: accepted iff RFC 7518/8037 allow it", () => {
  let accepted = 0, refused = 0;
  for (const kty of KEY_TYPES) {
    for (const crv of [undefined, ...ALL_CURVES]) {
      for (const alg of ALL_ALGS) {
        for (const use of ["sig", "enc"]) {
          const req = { kty, crv, alg, use };
          const what = JSON.stringify(req);
          const curves: readonly string[] = kty === "EC" || kty === "OKP" ? CURVES[kty] : [];
          // The curve in effect: the given one, else the one alg needs, else the kty's default.
          const sigCrv = alg in SIG ? SIG[alg].crv?.find((c) => curves.includes(c)) : undefined;
          const effective = crv ?? sigCrv ??
            (kty === "OKP" && (use === "enc" || ENC_ECDH.includes(alg)) ? "X25519" : curves[0]);
          const crvOk = crv === undefined || curves.includes(crv);
          const ok = crvOk && fits(alg, kty, effective, use);
          if (ok) {
            accepted++;
            const p = resolveKeyParams(req);
            assert.equal(p.kty, kty, what);
            assert.equal(p.alg, alg, what);
            assert.equal(p.use, use, what);
            assert.equal(p.crv, effective, what);
            if (kty === "RSA") assert.equal(p.size, 2048, what);
            if (kty === "oct") assert.equal(p.size, ALGORITHMS[alg].defaultSize, what);
            if (kty === "EC" || kty === "OKP" || kty === "AKP") {
              assert.equal(p.size, undefined, what);
            }
          } else {
            refused++;
            const e = refuses(resolve(req), "INCOMPATIBLE_OPTIONS");
            // The message names an option to change.
            assert.match(e.message, /\b(alg|crv|use)\b/, `${what}: ${e.message}`);
            if (!crvOk) assert.match(e.message, /crv/, `${what}: ${e.message}`);
          }
        }
      }
    }
  }
  // 5 kty x 9 crv (or none) x 36 alg x 2 use
  assert.equal(ALL_ALGS.length, 36);
  assert.equal(accepted + refused, 5 * 9 * 36 * 2);
  // oct 13 (3 HS*, 10 enc), RSA 9, EC 24 (8 with the curve implied: 4 ES*, 4
  // ECDH-ES* on P-256; 5 per NIST curve; ES256K on secp256k1), OKP 19 (7
  // implied: EdDSA, Ed25519, Ed448, 4 ECDH-ES*; 2 on each Edwards curve, 4 on
  // each Montgomery curve), AKP 3 (the ML-DSA sets; no curve).
  assert.equal(accepted, 13 + 9 + 24 + 19 + 3);
});

Deno.test("kty is case-sensitive and must be EC, RSA, OKP, oct or AKP", () => {
  for (
    const [kty, hint] of [["ec", "EC"], ["rsa", "RSA"], ["okp", "OKP"], ["OCT", "oct"], [
      "akp",
      "AKP",
    ]]
  ) {
    refuses(
      resolve({ kty }),
      "INVALID_OPTION",
      new RegExp(`kty '${kty}' is not supported`),
      /EC, RSA, OKP, oct, AKP/,
      new RegExp(`case-sensitive: did you mean '${hint}'`),
    );
  }
  const e = refuses(resolve({ kty: "DSA" }), "INVALID_OPTION", /kty 'DSA' is not supported/);
  assert.doesNotMatch(e.message, /did you mean/);
  refuses(resolve({ kty: "" }), "INVALID_OPTION", /kty '' is not supported/);
});

Deno.test("alg is case-sensitive; unknown algorithms are refused", () => {
  refuses(resolve({ alg: "es256" }), "INVALID_OPTION", /alg 'es256'/, /did you mean 'ES256'/);
  refuses(resolve({ alg: "rsa-oaep" }), "INVALID_OPTION", /did you mean 'RSA-OAEP'/);
  refuses(resolve({ alg: "none" }), "INVALID_OPTION", /alg 'none' is not supported/, /--help/);
  refuses(resolve({ alg: "es256k" }), "INVALID_OPTION", /did you mean 'ES256K'/);
  refuses(resolve({ alg: "ml-dsa-44" }), "INVALID_OPTION", /did you mean 'ML-DSA-44'/);
  refuses(resolve({ alg: "ML-DSA-128" }), "INVALID_OPTION", /alg 'ML-DSA-128' is not supported/);
});

Deno.test("crv is refused for RSA and oct, names --crv", () => {
  for (const kty of ["RSA", "oct"]) {
    for (const crv of ALL_CURVES) {
      refuses(
        resolve({ kty, crv }),
        "INCOMPATIBLE_OPTIONS",
        new RegExp(`--crv is not valid for kty '${kty}'`),
      );
    }
  }
});

Deno.test("crv must belong to the kty; unknown curves are refused", () => {
  refuses(
    resolve({ kty: "EC", crv: "Ed25519" }),
    "INCOMPATIBLE_OPTIONS",
    /crv 'Ed25519' is not compatible with kty 'EC'/,
    /P-256, P-384, P-521/,
  );
  refuses(
    resolve({ kty: "OKP", crv: "P-256" }),
    "INCOMPATIBLE_OPTIONS",
    /crv 'P-256' is not compatible with kty 'OKP'/,
    /Ed25519, X25519, Ed448, X448/,
  );
  refuses(resolve({ kty: "EC", crv: "X448" }), "INCOMPATIBLE_OPTIONS", /crv 'X448'/);
  refuses(resolve({ kty: "EC", crv: "p-256" }), "INCOMPATIBLE_OPTIONS", /crv 'p-256'/);
  refuses(resolve({ kty: "OKP", crv: "secp256k1" }), "INCOMPATIBLE_OPTIONS", /crv 'secp256k1'/);
  refuses(resolve({ kty: "EC", crv: "Ed448" }), "INCOMPATIBLE_OPTIONS", /crv 'Ed448'/);
  refuses(resolve({ kty: "EC", crv: "P-256K" }), "INCOMPATIBLE_OPTIONS", /crv 'P-256K'/);
});

Deno.test("size is refused for EC and OKP, names --size and --crv", () => {
  for (const kty of ["EC", "OKP"]) {
    for (const size of [256, 384, 521, 2048]) {
      refuses(
        resolve({ kty, size }),
        "INCOMPATIBLE_OPTIONS",
        new RegExp(`--size is not valid for kty '${kty}'`),
        /--crv/,
      );
    }
  }
  // Also when the kty is implied by a curve or an algorithm.
  refuses(resolve({ crv: "P-384", size: 384 }), "INCOMPATIBLE_OPTIONS", /--size/);
  refuses(resolve({ alg: "EdDSA", size: 256 }), "INCOMPATIBLE_OPTIONS", /--size/);
});

Deno.test("size must be a positive whole number of bits", () => {
  for (const size of [0, -2048, 2048.5, NaN, Infinity, 2 ** 60]) {
    refuses(
      resolve({ kty: "RSA", size }),
      "INVALID_OPTION",
      /size '.*' is not a positive number of bits/,
    );
  }
});

Deno.test("RSA sizes: multiples of 8 from 2048 to 16384; below 2048 needs insecure (min 1024)", () => {
  for (let size = 512; size <= 16400; size += 4) {
    const req = { kty: "RSA", size };
    if (size % 8 !== 0) {
      refuses(resolve(req), "INVALID_OPTION", /multiple of 8/, /--size/);
      refuses(resolve({ ...req, insecure: true }), "INVALID_OPTION", /multiple of 8/);
    } else if (size > 16384) {
      refuses(resolve(req), "INVALID_OPTION", /too large for RSA: the maximum is 16384/);
    } else if (size >= 2048) {
      assert.equal(resolveKeyParams(req).size, size);
    } else if (size >= 1024) {
      refuses(
        resolve(req),
        "INSECURE",
        /RSA keys below 2048 bits are insecure/,
        /--size 2048/,
        /--insecure/,
      );
      assert.equal(resolveKeyParams({ ...req, insecure: true }).size, size);
    } else {
      refuses(resolve(req), "INSECURE", /--insecure/);
      refuses(
        resolve({ ...req, insecure: true }),
        "INVALID_OPTION",
        /too small for RSA even with --insecure: the minimum is 1024/,
      );
    }
  }
  // Every RSA algorithm at 2048; PS512 needs 1034 bits (RFC 8017 §9.1.1), so 1040 in whole bytes.
  for (const alg of [...ENC_RSA, "RS256", "RS384", "RS512", "PS256", "PS384", "PS512"]) {
    assert.equal(resolveKeyParams({ alg }).size, 2048, alg);
    assert.equal(resolveKeyParams({ alg, size: 1040, insecure: true }).size, 1040, alg);
  }
  refuses(
    resolve({ alg: "PS512", size: 1032, insecure: true }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'PS512' needs an RSA key of at least 1034 bits \(--size\)/,
  );
  assert.equal(resolveKeyParams({ alg: "PS384", size: 1024, insecure: true }).size, 1024);
});

Deno.test("oct sizes per algorithm: HS* minimum, A*KW/A*GCMKW exact, dir content key sizes", () => {
  const octAlgs = ALL_ALGS.filter((a) => fits(a, "oct", undefined, ALGORITHMS[a].use));
  assert.equal(octAlgs.length, 13);
  for (const alg of octAlgs) {
    for (let size = 8; size <= 8208; size += size < 1024 ? 4 : 1000) {
      const req = { kty: "oct", alg, size };
      const what = `${alg} ${size}`;
      if (octSizeOk(alg, size)) {
        assert.equal(resolveKeyParams(req).size, size, what);
        continue;
      }
      const e = refuses(resolve(req), undefined, /\bsize\b|--size/);
      if (size % 8 !== 0) assert.match(e.message, /multiple of 8/, what);
      else if (size > 8192) assert.match(e.message, /maximum is 8192/, what);
      else assert.ok(e.message.includes(`alg '${alg}' needs a key of`), `${what}: ${e.message}`);
    }
  }
  // The messages say which size to use.
  refuses(
    resolve({ alg: "A128KW", size: 256 }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'A128KW' needs a key of 128 bits, not 256 \(--size\)/,
  );
  refuses(
    resolve({ alg: "HS512", size: 256 }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'HS512' needs a key of at least 512 bits, not 256 \(--size\)/,
  );
  refuses(
    resolve({ alg: "dir", size: 320 }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'dir' needs a key of 128, 192, 256, 384, 512 bits/,
  );
  refuses(resolve({ alg: "PBES2-HS256+A128KW", size: 64 }), "INCOMPATIBLE_OPTIONS", /128/);
});

Deno.test("oct default sizes are what the algorithm needs, never below 128", () => {
  const expected: Record<string, number> = {
    HS256: 256,
    HS384: 384,
    HS512: 512,
    A128KW: 128,
    A192KW: 192,
    A256KW: 256,
    A128GCMKW: 128,
    A192GCMKW: 192,
    A256GCMKW: 256,
    dir: 256,
    "PBES2-HS256+A128KW": 256,
    "PBES2-HS384+A192KW": 256,
    "PBES2-HS512+A256KW": 256,
  };
  for (const [alg, size] of Object.entries(expected)) {
    assert.equal(resolveKeyParams({ alg }).size, size, alg);
    assert.equal(resolveKeyParams({ kty: "oct", alg }).size, size, alg);
  }
});

Deno.test("oct with a size and no alg: the algorithm that fits the size", () => {
  const sig: Record<number, string> = { 256: "HS256", 320: "HS256", 384: "HS384", 512: "HS512" };
  for (const [size, alg] of Object.entries(sig)) {
    assert.equal(resolveKeyParams({ kty: "oct", size: Number(size) }).alg, alg, size);
  }
  assert.equal(resolveKeyParams({ kty: "oct", size: 4096 }).alg, "HS512");
  refuses(
    resolve({ kty: "oct", size: 128 }),
    "INVALID_OPTION",
    /size 128 is too small for an HMAC key/,
    /--size 256/,
  );
  const enc: Record<number, string> = {
    128: "A128GCMKW",
    192: "A192GCMKW",
    256: "A256GCMKW",
    384: "dir",
    512: "dir",
  };
  for (const [size, alg] of Object.entries(enc)) {
    assert.equal(resolveKeyParams({ kty: "oct", use: "enc", size: Number(size) }).alg, alg, size);
  }
  refuses(
    resolve({ kty: "oct", use: "enc", size: 320 }),
    "INVALID_OPTION",
    /size 320 fits no oct encryption algorithm/,
    /128, 192 or 256/,
  );
});

Deno.test("alg implies kty, crv and use when they are absent", () => {
  const expected: Record<string, [string, string | undefined, string]> = {
    HS256: ["oct", undefined, "sig"],
    HS384: ["oct", undefined, "sig"],
    HS512: ["oct", undefined, "sig"],
    RS256: ["RSA", undefined, "sig"],
    RS384: ["RSA", undefined, "sig"],
    RS512: ["RSA", undefined, "sig"],
    PS256: ["RSA", undefined, "sig"],
    PS384: ["RSA", undefined, "sig"],
    PS512: ["RSA", undefined, "sig"],
    ES256: ["EC", "P-256", "sig"],
    ES384: ["EC", "P-384", "sig"],
    ES512: ["EC", "P-521", "sig"],
    ES256K: ["EC", "secp256k1", "sig"],
    EdDSA: ["OKP", "Ed25519", "sig"],
    Ed25519: ["OKP", "Ed25519", "sig"],
    Ed448: ["OKP", "Ed448", "sig"],
    "ML-DSA-44": ["AKP", undefined, "sig"],
    "ML-DSA-65": ["AKP", undefined, "sig"],
    "ML-DSA-87": ["AKP", undefined, "sig"],
    RSA1_5: ["RSA", undefined, "enc"],
    "RSA-OAEP": ["RSA", undefined, "enc"],
    "RSA-OAEP-256": ["RSA", undefined, "enc"],
    // ECDH-ES works with EC and OKP: the kty default (EC) and its default curve.
    "ECDH-ES": ["EC", "P-256", "enc"],
    "ECDH-ES+A128KW": ["EC", "P-256", "enc"],
    "ECDH-ES+A192KW": ["EC", "P-256", "enc"],
    "ECDH-ES+A256KW": ["EC", "P-256", "enc"],
  };
  for (const alg of ENC_OCT) expected[alg] = ["oct", undefined, "enc"];
  assert.equal(Object.keys(expected).length, ALL_ALGS.length);
  for (const [alg, [kty, crv, use]] of Object.entries(expected)) {
    const p = resolveKeyParams({ alg });
    assert.deepEqual([p.kty, p.crv, p.use, p.alg], [kty, crv, use, alg], alg);
  }
  // With OKP, ECDH-ES picks X25519; an EC curve picks its kty.
  for (const alg of ENC_ECDH) {
    assert.deepEqual(
      [resolveKeyParams({ kty: "OKP", alg }).crv, resolveKeyParams({ kty: "OKP", alg }).use],
      ["X25519", "enc"],
    );
    assert.equal(resolveKeyParams({ crv: "X25519", alg }).kty, "OKP");
    assert.equal(resolveKeyParams({ crv: "P-521", alg }).crv, "P-521");
  }
});

Deno.test("crv implies kty", () => {
  for (const crv of CURVES.EC.filter((c) => c.startsWith("P-"))) {
    assert.equal(resolveKeyParams({ crv }).kty, "EC");
    assert.equal(resolveKeyParams({ crv, use: "enc" }).alg, "ECDH-ES");
  }
  assert.deepEqual(
    [resolveKeyParams({ crv: "Ed25519" }).kty, resolveKeyParams({ crv: "Ed25519" }).alg],
    ["OKP", "EdDSA"],
  );
  assert.equal(resolveKeyParams({ crv: "X25519", use: "enc" }).alg, "ECDH-ES");
});

Deno.test("OKP curves are tied to a use: Ed25519 signs, X25519 encrypts", () => {
  refuses(
    resolve({ kty: "OKP", crv: "Ed25519", use: "enc" }),
    "INCOMPATIBLE_OPTIONS",
    /crv 'Ed25519' is only for use 'sig', not 'enc'/,
    /--crv X25519/,
  );
  refuses(
    resolve({ kty: "OKP", crv: "X25519", use: "sig" }),
    "INCOMPATIBLE_OPTIONS",
    /crv 'X25519' is only for use 'enc', not 'sig'/,
    /--crv Ed25519/,
  );
  // X25519 can only agree keys: naming it without a use means encryption.
  assert.deepEqual(
    [resolveKeyParams({ crv: "X25519" }).use, resolveKeyParams({ crv: "X25519" }).alg],
    ["enc", "ECDH-ES"],
  );
  refuses(resolve({ kty: "OKP", alg: "EdDSA", use: "enc" }), "INCOMPATIBLE_OPTIONS", /use/);
});

Deno.test("alg must fit use, kty and crv: messages name the options", () => {
  refuses(
    resolve({ kty: "EC", use: "enc", alg: "ES256" }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'ES256' is for use 'sig', not 'enc': change --alg or --use/,
  );
  refuses(
    resolve({ alg: "RSA-OAEP", use: "sig" }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'RSA-OAEP' is for use 'enc', not 'sig'/,
  );
  refuses(
    resolve({ kty: "EC", crv: "P-256", alg: "ES384" }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'ES384' is not compatible with kty 'EC' and crv 'P-256'/,
    /ES384 needs kty EC with crv P-384/,
  );
  refuses(
    resolve({ kty: "RSA", alg: "ES256" }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'ES256' is not compatible with kty 'RSA'/,
  );
  refuses(
    resolve({ kty: "oct", alg: "RS256" }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'RS256' is not compatible with kty 'oct'/,
    /RS256 needs kty RSA/,
  );
  refuses(
    resolve({ kty: "EC", alg: "HS256" }),
    "INCOMPATIBLE_OPTIONS",
    /alg 'HS256' is not compatible with kty 'EC'/,
  );
  refuses(
    resolve({ kty: "OKP", crv: "Ed25519", alg: "ECDH-ES", use: "enc" }),
    "INCOMPATIBLE_OPTIONS",
    /crv 'Ed25519'/,
  );
});

Deno.test("use other than sig/enc is accepted and written as given", () => {
  for (const use of ["foo", "SIG", "Enc", "signing", " sig"]) {
    const ec = resolveKeyParams({ use });
    assert.deepEqual([ec.use, ec.alg, ec.kty], [use, "ES256", "EC"]);
    assert.equal(resolveKeyParams({ kty: "RSA", use }).alg, "RS256");
    assert.equal(resolveKeyParams({ kty: "oct", use }).alg, "HS256");
    assert.equal(resolveKeyParams({ kty: "OKP", use }).alg, "EdDSA");
    // X25519 cannot sign: its default stays ECDH-ES.
    assert.equal(resolveKeyParams({ kty: "OKP", crv: "X25519", use }).alg, "ECDH-ES");
    // Any algorithm goes with another use (only generic validation applies).
    for (const alg of ALL_ALGS) {
      const p = resolveKeyParams({ alg, use });
      assert.deepEqual([p.use, p.alg], [use, alg], `${alg} ${use}`);
    }
  }
  refuses(resolve({ use: "" }), "INVALID_OPTION", /use must not be empty/);
});

Deno.test("names of Object's own members are not algorithms, curves or key types", () => {
  for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) {
    refuses(resolve({ alg: name }), "INVALID_OPTION", /is not supported/);
    assert.throws(() => resolveKeyParams({ crv: name }), JwkError, name);
  }
});
