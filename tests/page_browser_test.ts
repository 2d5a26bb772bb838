/**
 * dist/jwk.html in real browsers (Debian's chromium and firefox-esr through
 * puppeteer-core): every key type, curve and algorithm of the library's
 * tables, judged by python3-jwcrypto; step's encrypted file opened by
 * decryptJwk and by step's own library (stepref); encrypted PEM and DER
 * imports; validation errors with the command line's messages; no request
 * ever leaves the page (its CSP blocks every kind, proven against a local
 * server that counts hits); the page stays responsive during RSA 4096; it is
 * usable by keyboard and on a phone-sized screen; and the library's own
 * checks that need no Deno API pass inside the page.
 *
 * One browser per Deno test, shared by its steps. A missing browser (or
 * peer) ignores what needs it, with the reason printed.
 */
import assert from "node:assert/strict";
import { decryptJwk, DEFAULTS, type JwkError, KEY_TYPES, readKey } from "../mod.ts";
import type { ReadResult } from "./browser/read_fixtures.ts";
import { bundle, writePage } from "../page/build.ts";
import { algChoices, curveChoices } from "../page/choices.ts";
import { createForPage, messageOf, type PageRequest } from "../page/run.ts";
import {
  type Browser,
  type BrowserName,
  findBrowser,
  type HTTPResponse,
  type Page,
  withBrowser,
  withTimeout,
} from "./_browsers.ts";
import { publicPart } from "./_helpers.ts";
import type { Dom } from "./_dom.ts";
import {
  answers,
  browserCanGenerate,
  type Fields,
  judge,
  nextAnswer,
  setForm,
  shown,
  submit,
} from "./_page_driver.ts";
import {
  ignoreWithout,
  need,
  type Peer,
  python3WithJwcrypto,
  REPO_ROOT,
  run,
  startJwcrypto,
  stepref,
} from "./_peers.ts";

const PEM_DIR = new URL("tests/fixtures/pem/", REPO_ROOT);
const PEM_PASSWORD = (await Deno.readTextFile(new URL("pem-password.txt", PEM_DIR)))
  .replace(/[\r\n]+$/, "");
const PASSWORD = "correct horse battery staple";

const python = await python3WithJwcrypto();
const step = await stepref();

/** The page, built once per run into a temporary folder. */
let built: Promise<{ dir: string; path: string; url: string; html: string }> | undefined;
function page(): Promise<{ dir: string; path: string; url: string; html: string }> {
  built ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "jwk-page-test-" });
    const path = `${dir}/jwk.html`;
    const html = await writePage(path);
    return { dir, path, url: `file://${path}`, html };
  })();
  return built;
}

/** Opens the page from file:// in a new tab, logging what the page reports. */
async function open(browser: Browser, url?: string): Promise<Page> {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(60_000);
  // Firefox reports each request its CSP blocks as a page error: the probes below make many.
  tab.on("pageerror", (e) => {
    if (!/Content-Security-Policy|establish a connection/.test(String(e))) {
      console.log(`page error: ${e}`);
    }
  });
  await tab.goto(url ?? (await page()).url, { waitUntil: "load" });
  return tab;
}

/** The message the library (and the command line) gives for these fields. */
async function expectedError(req: PageRequest): Promise<string> {
  try {
    await createForPage(req);
  } catch (e) {
    return messageOf(e);
  }
  throw new Error(`createForPage accepted ${JSON.stringify(req)}`);
}

/** Every (kty, crv, alg) the tables offer, and every row of the defaults table. */
function cases(): { fields: Fields; expectAlg?: string }[] {
  const out: { fields: Fields; expectAlg?: string }[] = [];
  const none = { alg: "", use: "", size: "" };
  for (const kty of KEY_TYPES) {
    const curves = curveChoices(kty).flatMap((g) => g.values);
    for (const crv of curves.length ? curves : [""]) {
      for (const alg of algChoices({ kty, crv, ...none }).flatMap((g) => g.values)) {
        out.push({ fields: { kty, crv, alg } });
      }
    }
  }
  for (const row of DEFAULTS) {
    out.push({ fields: { kty: row.kty, crv: row.crv, use: row.use }, expectAlg: row.alg });
  }
  return out;
}

/** Failures that only mean "this browser lacks it" (the DESIGN's measured facts). */
const LACKS: Record<BrowserName, RegExp[]> = {
  chromium: [/192-bit AES/],
  firefox: [/cannot compute an EC public key from the private key alone/],
};

/**
 * Curves and algorithms the library supplies itself (@noble) where WebCrypto
 * lacks them: no browser may refuse these.
 */
const FALLBACK = ["secp256k1", "Ed448", "X448", "ML-DSA-44", "ML-DSA-65", "ML-DSA-87"];

async function everyKeyType(tab: Page, name: BrowserName): Promise<void> {
  const jwcrypto = startJwcrypto(need(python));
  try {
    let made = 0;
    const fromFallback = new Set<string>();
    for (const { fields, expectAlg } of cases()) {
      const what = `${name} ${JSON.stringify(fields)}`;
      await setForm(tab, fields);
      const r = await submit(tab);
      const bundled = FALLBACK.some((f) => f === fields.crv || f === fields.alg);
      if (bundled && !await browserCanGenerate(tab, fields.kty!, fields.crv!, fields.alg ?? "")) {
        // The browser lacks it: the library's bundled fallback (@noble) must make the key.
        fromFallback.add(fields.crv || fields.alg!);
        assert.equal(r.error, "", `${what}: the bundled fallback should make it`);
      }
      if (r.error !== "") {
        const can = await browserCanGenerate(tab, fields.kty!, fields.crv!, fields.alg ?? "");
        assert.ok(!can, `${what}: refused although the browser can make it: ${r.error}`);
        assert.doesNotMatch(r.error, /\n/, what);
        console.log(`${name} lacks ${JSON.stringify(fields)}: ${r.error}`);
        continue;
      }
      if (expectAlg) assert.equal(r.publicJwk!.alg, expectAlg, `${what}: default alg`);
      if (fields.alg) assert.equal(r.publicJwk!.alg, fields.alg, what);
      if (fields.crv) assert.equal(r.publicJwk!.crv, fields.crv, what);
      assert.equal(r.publicJwk!.kty, fields.kty, what);
      await judge(jwcrypto, r, what);
      made++;
    }
    console.log(`${name}: ${made} keys made and judged (jwcrypto; AKP by @noble/post-quantum)`);
    console.log(`${name}: made by the bundled fallback: ${[...fromFallback].join(", ") || "none"}`);
  } finally {
    await jwcrypto.close();
  }
}

async function encryptedFile(tab: Page, name: BrowserName): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-page-step-" });
  try {
    await Deno.writeTextFile(`${dir}/password.txt`, PASSWORD + "\n");
    for (const fields of [{}, { kty: "OKP" }, { kty: "oct", use: "enc" }] as Fields[]) {
      const what = `${name} ${JSON.stringify(fields)} with a password`;
      await setForm(tab, { ...fields, password: PASSWORD });
      const r = await submit(tab);
      assert.equal(r.error, "", what);
      const file = r.privateFile!;
      assert.deepEqual(Object.keys(file), [
        "protected",
        "encrypted_key",
        "iv",
        "ciphertext",
        "tag",
      ]);
      const header = JSON.parse(atob(String(file.protected).replace(/-/g, "+").replace(/_/g, "/")));
      assert.deepEqual(
        [header.alg, header.enc, header.cty, header.p2c],
        ["PBES2-HS256+A128KW", "A256GCM", "jwk+json", 600000],
        what,
      );
      const links = await tab.evaluate(() => {
        const { document } = globalThis as unknown as Dom;
        return ["download-public", "download-private"].map((id) => {
          const a = document.getElementById(id)!;
          return [a.getAttribute("download"), a.getAttribute("href")?.slice(0, 5)];
        });
      });
      const base = r.publicJwk!.kid ?? "jwk";
      assert.deepEqual(links, [[`${base}.pub.json`, "blob:"], [`${base}.priv.json`, "blob:"]]);
      const priv = await decryptJwk(JSON.stringify(file), PASSWORD);
      const expectPublic = r.publicJwk!.kty === "oct" ? priv : publicPart(priv);
      assert.deepEqual(expectPublic, r.publicJwk, `${what}: decryptJwk`);
      if (step.path) {
        await Deno.writeTextFile(`${dir}/key.priv.json`, JSON.stringify(file, null, 2));
        const out = await run(step.path, [
          "decrypt",
          "--password-file",
          `${dir}/password.txt`,
          `${dir}/key.priv.json`,
        ]);
        assert.equal(out.code, 0, `${what}: stepref: ${out.stderr}`);
        const opened = JSON.parse(out.stdout);
        for (const m of ["kty", "crv", "x", "y", "d", "k", "kid", "alg", "use"]) {
          assert.deepEqual(opened[m], priv[m], `${what}: stepref member ${m}`);
        }
      }
    }
    if (!step.path) console.log(`stepref missing, only decryptJwk judged: ${step.reason}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function imports(tab: Page, name: BrowserName): Promise<void> {
  const pem = await Deno.readTextFile(new URL("ec-p256.pkcs8-encrypted.pem", PEM_DIR));
  const stepPub = JSON.parse(
    await Deno.readTextFile(new URL("step-output/ec-p256.pkcs8.pub.json", PEM_DIR)),
  );
  // Pasted, with its password: the key step made from the same key, kid and all.
  await setForm(tab, { "from-pem": pem, "pem-password": PEM_PASSWORD });
  let r = await submit(tab);
  assert.equal(r.error, "", name);
  for (const m of ["kty", "crv", "x", "y", "kid", "alg", "use"]) {
    assert.equal(r.publicJwk![m], stepPub[m], `${name}: imported ${m}`);
  }
  assert.equal(typeof r.privateFile!.d, "string");
  // Without or with a wrong password: the library's messages.
  for (const keyPassword of ["", "wrong"]) {
    await setForm(tab, { "from-pem": pem, "pem-password": keyPassword });
    r = await submit(tab);
    assert.equal(r.error, await expectedError({ key: pem, keyPassword }), name);
    assert.equal(r.publicJwk, undefined);
  }
  // A certificate: the public JWK with x5c, no private JWK.
  const cert = await Deno.readTextFile(new URL("ec-p256-sig.cert.pem", PEM_DIR));
  const stepCert = JSON.parse(
    await Deno.readTextFile(new URL("step-output/ec-p256-sig.cert.pub.json", PEM_DIR)),
  );
  await setForm(tab, { "from-pem": cert });
  r = await submit(tab);
  assert.equal(r.error, "", name);
  assert.deepEqual([r.publicJwk!.x, r.publicJwk!.y], [stepCert.x, stepCert.y]);
  assert.deepEqual(r.publicJwk!.x5c, stepCert.x5c);
  assert.equal(r.privateFile, undefined);
  // A binary DER file through the file input.
  const expected = JSON.parse(
    await Deno.readTextFile(new URL("gen/expected/p256.json", PEM_DIR)),
  );
  await setForm(tab, {});
  const input = await tab.$('input[type="file"]');
  await input!.uploadFile(new URL("gen/p256.pkcs8.der", PEM_DIR).pathname);
  await tab.waitForFunction(() => {
    const { document } = globalThis as unknown as Dom;
    return document.getElementById("from-pem-note")!.textContent !== "";
  }, { timeout: 10_000 });
  r = await submit(tab);
  assert.equal(r.error, "", name);
  assert.deepEqual([r.publicJwk!.x, r.publicJwk!.y, r.privateFile!.d], [
    expected.x,
    expected.y,
    expected.d,
  ]);
  // AES-192: a key for browsers that have it, a clear message for the others.
  const aes192 = await Deno.readTextFile(
    new URL("gen/p256.pkcs8-aes-192-cbc-hmacWithSHA256.pem", PEM_DIR),
  );
  const has192 = await tab.evaluate(() =>
    crypto.subtle.importKey("raw", new Uint8Array(24), "AES-CBC", false, ["decrypt"])
      .then(() => true, () => false)
  );
  await setForm(tab, { "from-pem": aes192, "pem-password": PEM_PASSWORD });
  r = await submit(tab);
  if (has192) {
    assert.equal(r.error, "", name);
    assert.equal(r.publicJwk!.x, expected.x);
  } else {
    assert.match(r.error, /AES-CBC with a 192-bit key is not available/, name);
    console.log(`${name} lacks AES-192: ${r.error}`);
  }
}

async function validation(tab: Page, name: BrowserName): Promise<void> {
  const bad: Fields[] = [
    { kty: "RSA", size: "abc" },
    { kty: "RSA", size: "1024" },
    { kty: "EC", use: "enc", "key-ops": ["sign"] },
  ];
  for (const fields of bad) {
    await setForm(tab, fields);
    const r = await submit(tab);
    const expected = await expectedError({
      kty: fields.kty,
      size: fields.size,
      use: fields.use,
      keyOps: fields["key-ops"],
    });
    assert.equal(r.error, expected, `${name} ${JSON.stringify(fields)}`);
    assert.equal(r.publicJwk, undefined);
    assert.equal(r.privateFile, undefined);
  }
  // And the next good run empties #error.
  await setForm(tab, {});
  assert.equal((await submit(tab)).error, "");
}

async function responsive(tab: Page, name: BrowserName): Promise<void> {
  await setForm(tab, { kty: "RSA", size: "4096" });
  // A heartbeat on the page's thread, and what the status line said meanwhile.
  await tab.evaluate(() => {
    const { document } = globalThis as unknown as Dom;
    const g = globalThis as unknown as {
      beats: number[];
      said: string[];
      beater: ReturnType<typeof setInterval>;
    };
    g.beats = [];
    g.said = [];
    g.beater = setInterval(() => {
      g.beats.push(performance.now());
      const progress = document.getElementById("progress")!;
      if (!progress.hidden) g.said.push(document.getElementById("status-text")!.textContent ?? "");
    }, 20);
  });
  const started = performance.now();
  const r = await submit(tab, 300_000);
  const took = performance.now() - started;
  const { beats, said } = await tab.evaluate(() => {
    const g = globalThis as unknown as {
      beats: number[];
      said: string[];
      beater: ReturnType<typeof setInterval>;
    };
    clearInterval(g.beater);
    return { beats: g.beats, said: g.said };
  });
  assert.equal(r.error, "", name);
  assert.equal(String(r.publicJwk!.n).length, 683, "a 4096-bit modulus");
  let gap = 0;
  for (let i = 1; i < beats.length; i++) gap = Math.max(gap, beats[i] - beats[i - 1]);
  console.log(`${name}: RSA 4096 in ${Math.round(took)} ms; longest pause of the page ${gap} ms`);
  assert.ok(beats.length > 1, "the page's timers ran during the generation");
  assert.ok(gap < 1000, `${name}: the page froze for ${gap} ms`);
  assert.ok(said.length > 0, `${name}: the progress bar showed`);
  assert.ok(said.every((t) => /^Generating key… \d+\.\d s$/.test(t)), said.join(" | "));

  // Cancel: the Worker goes, nothing is shown, and the next key comes from a new Worker.
  // (RSA 8192 takes seconds in both; Chromium refuses more. The browsers' WebCrypto may finish
  // the cancelled key in the background, so a later key can wait for it.)
  await setForm(tab, { kty: "RSA", size: "8192" });
  await tab.click('button[type="submit"]');
  await tab.waitForSelector("#cancel:not([hidden])", { timeout: 10_000 });
  await tab.click("#cancel");
  const after = await tab.evaluate(() => {
    const { document } = globalThis as unknown as Dom;
    return {
      state: document.getElementById("create-form")!.dataset.state,
      status: document.getElementById("status-text")!.textContent,
      pub: document.getElementById("public-jwk")!.textContent,
    };
  });
  assert.deepEqual(after, { state: "idle", status: "Cancelled.", pub: "" }, name);
  await setForm(tab, {});
  const next = await submit(tab);
  assert.equal(next.error, "");
  assert.equal(next.publicJwk!.kty, "EC");
}

async function keyboardAndPhone(tab: Page, name: BrowserName): Promise<void> {
  // Every control has a label (or is a labelled button or link).
  const unlabelled = await tab.evaluate(() => {
    const { document } = globalThis as unknown as Dom;
    return [...document.querySelectorAll("input, select, textarea, button, a")]
      .filter((el) => {
        const labels = el.labels;
        const text = (el.textContent ?? "").trim();
        const tag = el.tagName;
        return !(labels && labels.length > 0) && !el.getAttribute("aria-label") &&
          !((tag === "BUTTON" || tag === "A") && text !== "");
      })
      .map((el) => el.outerHTML.slice(0, 80));
  });
  assert.deepEqual(unlabelled, [], `${name}: unlabelled controls`);
  // Keyboard only: Tab to the key type, pick one with the arrow keys, Enter in a field submits.
  await setForm(tab, {});
  await tab.evaluate(() => (globalThis as unknown as Dom).document.activeElement?.blur());
  let focused = "";
  for (let i = 0; i < 30 && focused !== "kty"; i++) {
    await tab.keyboard.press("Tab");
    focused = await tab.evaluate(() =>
      (globalThis as unknown as Dom).document.activeElement?.id ?? ""
    );
  }
  assert.equal(focused, "kty", `${name}: Tab reaches the key type`);
  await tab.keyboard.press("ArrowDown");
  await tab.keyboard.press("ArrowDown");
  const kty = await tab.evaluate(() =>
    (globalThis as unknown as Dom).document.getElementById("kty")!.value
  );
  assert.notEqual(kty, "", `${name}: the arrow keys choose a key type`);
  await tab.focus("#kid");
  await tab.keyboard.type("page-keyboard");
  const runs = await answers(tab);
  await tab.keyboard.press("Enter");
  await nextAnswer(tab, runs);
  const r = await shown(tab);
  assert.equal(r.error, "", name);
  assert.deepEqual([r.publicJwk!.kty, r.publicJwk!.kid], [kty, "page-keyboard"]);
  // A phone-sized screen: nothing wider than the screen.
  await tab.setViewport({ width: 360, height: 740 });
  const width = await tab.evaluate(() =>
    (globalThis as unknown as Dom).document.documentElement.scrollWidth
  );
  assert.ok(width <= 360, `${name}: the page is ${width} px wide on a 360 px screen`);
}

async function noRequests(browser: Browser, name: BrowserName): Promise<void> {
  const { html } = await page();
  // A local "static host" that counts every request it gets.
  const hits: string[] = [];
  const control = `<!doctype html><title>control</title><script>
    fetch("/probe/control").catch(() => {});</script>`;
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const path = new URL(req.url).pathname;
    hits.push(path);
    const type = { "content-type": "text/html; charset=utf-8" };
    if (path === "/jwk.html") return new Response(html, { headers: type });
    if (path === "/control.html") return new Response(control, { headers: type });
    return new Response("probe", { headers: { "access-control-allow-origin": "*" } });
  });
  const origin = `http://127.0.0.1:${server.addr.port}`;
  try {
    // The harness can see a request: a page without the CSP makes one.
    const c = await open(browser, `${origin}/control.html`);
    await c.waitForFunction(() => true);
    for (let i = 0; i < 50 && !hits.includes("/probe/control"); i++) await delay(100);
    assert.ok(hits.includes("/probe/control"), `${name}: the control page's request arrived`);
    await c.close();

    // From the static host, and from file://: the document is the only request.
    for (const url of [`${origin}/jwk.html`, (await page()).url]) {
      const tab = await open(browser, url);
      // Chromium reports the requests its CSP blocks too; a response means one got out.
      const seen: string[] = [];
      tab.on("response", (r: HTTPResponse) => seen.push(r.url()));
      hits.length = 0;
      await setForm(tab, { password: PASSWORD });
      const r = await submit(tab);
      assert.equal(r.error, "", `${name} ${url}`);
      // Every way a page (or its Worker) could send something.
      await tab.evaluate((origin: string) => {
        const { document, Image, XMLHttpRequest, EventSource, navigator } =
          globalThis as unknown as Dom;
        const u = (what: string) => `${origin}/probe/${what}`;
        fetch(u("fetch")).catch(() => {});
        const x = new XMLHttpRequest();
        x.open("GET", u("xhr"));
        x.onerror = () => {};
        try {
          x.send();
        } catch { /* blocked */ }
        new Image().src = u("img");
        try {
          navigator.sendBeacon(u("beacon"), "x");
        } catch { /* blocked */ }
        try {
          new WebSocket(u("ws").replace("http", "ws")).onerror = () => {};
        } catch { /* blocked */ }
        try {
          new EventSource(u("sse")).onerror = () => {};
        } catch { /* blocked */ }
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = u("css");
        document.head.append(link);
        const frame = document.createElement("iframe");
        frame.src = u("frame");
        document.body.append(frame);
        const code = `fetch(${JSON.stringify(u("worker"))}).catch(() => {});`;
        new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
      }, origin);
      await delay(1500);
      assert.deepEqual(hits.filter((h) => h.startsWith("/probe/")), [], `${name} ${url}`);
      const leaving = seen.filter((s) => /^(https?|wss?|ftp):/.test(s) && !s.endsWith("/jwk.html"));
      assert.deepEqual(leaving, [], `${name} ${url}: responses the browser reported`);
      await tab.close();
    }
  } finally {
    await server.shutdown();
  }
}

async function libraryChecks(tab: Page, name: BrowserName): Promise<void> {
  const code = await bundle(new URL("tests/browser/lib_checks.ts", REPO_ROOT), {
    minify: false,
    importMap: new URL("tests/browser/import_map.json", REPO_ROOT),
  });
  // A classic script: import.meta has no meaning there, and top-level await needs a function.
  const script = `(async () => {\n${
    code.replace(/import\.meta\.url/g, "location.href")
  }\n})().then(() => globalThis.jwkLibChecks())`;
  const report = await tab.evaluate(script) as {
    total: number;
    passed: number;
    ignored: number;
    needDeno: string[];
    failures: { name: string; message: string }[];
  };
  const lacking = report.failures.filter((f) => LACKS[name].some((re) => re.test(f.message)));
  for (const f of lacking) console.log(`${name} lacks what "${f.name}" needs: ${f.message}`);
  assert.deepEqual(report.failures.filter((f) => !lacking.includes(f)), [], name);
  console.log(
    `${name}: library checks ${report.passed} passed, ${lacking.length} need what it lacks, ` +
      `${report.needDeno.length} need Deno, ${report.ignored} ignored, of ${report.total}`,
  );
  assert.ok(report.total >= 30, `${name}: ${report.total} checks found`);
  assert.equal(
    report.passed + lacking.length + report.needDeno.length + report.ignored,
    report.total,
  );

  // Every PEM/DER fixture reads in the page as in Deno, or fails for what the browser lacks.
  const files: Record<string, number[]> = {};
  // keytypes/: secp256k1, Ed448, X448 and ML-DSA, which some browsers read only through @noble.
  for (const sub of ["", "gen/", "gen/errors/", "keytypes/", "keytypes/errors/"]) {
    for await (const e of Deno.readDir(new URL(sub, PEM_DIR))) {
      if (e.isFile && /\.(pem|der)$/.test(e.name)) {
        files[sub + e.name] = [...await Deno.readFile(new URL(sub + e.name, PEM_DIR))];
      }
    }
  }
  const inBrowser = await tab.evaluate(
    (f: Record<string, number[]>, pw: string) =>
      (globalThis as unknown as {
        jwkReadAll(f: Record<string, number[]>, pw: string): Promise<Record<string, ReadResult>>;
      }).jwkReadAll(f, pw),
    files,
    PEM_PASSWORD,
  );
  let same = 0;
  for (const [file, bytes] of Object.entries(files)) {
    let inDeno: ReadResult;
    try {
      const key = await readKey(new Uint8Array(bytes), { password: () => PEM_PASSWORD });
      inDeno = { jwk: key.jwk, format: key.format };
    } catch (e) {
      inDeno = { code: (e as JwkError).code, message: (e as Error).message };
    }
    const got = inBrowser[file];
    if ("jwk" in inDeno && "code" in got && got.code === "UNSUPPORTED") {
      assert.ok(LACKS[name].some((re) => re.test(got.message)), `${name} ${file}: ${got.message}`);
      console.log(`${name} lacks what ${file} needs: ${got.message}`);
      continue;
    }
    assert.deepEqual(got, inDeno, `${name} ${file}`);
    same++;
  }
  console.log(`${name}: ${same} of ${Object.keys(files).length} key files read as in Deno`);
}

async function screenshot(tab: Page): Promise<void> {
  // Wide enough for the form and the results side by side.
  await tab.setViewport({ width: 1400, height: 1050 });
  await setForm(tab, { password: PASSWORD });
  await submit(tab);
  await tab.evaluate(() => (globalThis as unknown as Dom).scrollTo(0, 0));
  // dist/ is not committed; JWK_PAGE_SCREENSHOT=docs/page.png renews the README's picture.
  const target = Deno.env.get("JWK_PAGE_SCREENSHOT") ??
    new URL("dist/page.png", REPO_ROOT).pathname;
  await Deno.mkdir(target.slice(0, target.lastIndexOf("/")) || ".", { recursive: true });
  await tab.screenshot({ path: target as `${string}.png` });
  console.log(`screenshot: ${target}`);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Env JWK_BROWSERS (e.g. "chromium") limits the run to some browsers. */
const only = Deno.env.get("JWK_BROWSERS")?.split(",");
const browsers: [BrowserName, Peer][] = [];
for (const name of ["chromium", "firefox"] as BrowserName[]) {
  if (only && !only.includes(name)) {
    console.log(`${name}: skipped (JWK_BROWSERS=${only.join(",")})`);
    continue;
  }
  browsers.push([name, await findBrowser(name)]);
}

for (const [name, peer] of browsers) {
  Deno.test({
    name: `page in ${name}: keys, imports, errors, no requests, keyboard, library checks`,
    ignore: ignoreWithout(peer),
    // puppeteer keeps its own timers and sockets between steps.
    sanitizeOps: false,
    sanitizeResources: false,
    fn: async (t) => {
      await withBrowser(name, need(peer), async (browser) => {
        const tab = await open(browser);
        const step = (title: string, body: () => Promise<void>, ...peers: Peer[]) =>
          t.step({
            name: title,
            ignore: ignoreWithout(...peers),
            fn: () => withTimeout(body(), 600_000, `${name}: ${title}`),
          });
        await step(
          "every kty/crv/alg of the tables, judged by jwcrypto (AKP by @noble/post-quantum)",
          () => everyKeyType(tab, name),
          python,
        );
        await step(
          "a password gives step's file (decryptJwk, stepref)",
          () => encryptedFile(tab, name),
        );
        await step(
          "imports: encrypted PEM, certificate, DER file, AES-192",
          () => imports(tab, name),
        );
        await step(
          "validation errors are the command line's messages",
          () => validation(tab, name),
        );
        await step(
          "RSA 4096 runs in the Worker: the page never freezes",
          () => responsive(tab, name),
        );
        await step(
          "labelled controls, keyboard only, phone-sized screen",
          () => keyboardAndPhone(tab, name),
        );
        await step(
          "no request leaves the page (file:// and a static host)",
          () => noRequests(browser, name),
        );
        if (name === "chromium") {
          await step("screenshot", async () => screenshot(await open(browser)));
        }
        await step("the library's own checks pass inside the page", () => libraryChecks(tab, name));
      });
    },
  });
}

Deno.test({
  name: "page browser tests: the temporary page is removed",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    if (built) await Deno.remove((await built).dir, { recursive: true });
  },
});
