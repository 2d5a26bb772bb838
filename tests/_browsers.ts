/**
 * Real browsers for the page's tests: Debian's `chromium` and `firefox-esr`,
 * driven by puppeteer-core (imported from npm by Deno; nothing downloads a
 * browser of its own). A missing browser is a missing peer: its tests are
 * ignored with the printed reason (on CI they fail, as for every peer).
 * Every step has a time limit, and a browser is always closed (killed if
 * closing hangs).
 * @module
 */
// The one place puppeteer-core comes in (a full specifier: no package.json here).
// deno-lint-ignore no-import-prefix
import puppeteer, { type Browser } from "npm:puppeteer-core@25.16.0";
export type { Browser, HTTPResponse, Page } from "npm:puppeteer-core@25.16.0";
import type { Peer } from "./_peers.ts";

/** The browsers the page is tested in. */
export type BrowserName = "chromium" | "firefox";

/** Where each browser is looked for (env overrides the Debian path). */
const PATHS: Record<BrowserName, { env: string; path: string; pkg: string }> = {
  chromium: { env: "CHROMIUM", path: "/usr/bin/chromium", pkg: "chromium" },
  firefox: { env: "FIREFOX", path: "/usr/bin/firefox-esr", pkg: "firefox-esr" },
};

/** Finds a browser; prints what it decided, as the other peers do. */
export async function findBrowser(name: BrowserName): Promise<Peer> {
  const { env, path: fallback, pkg } = PATHS[name];
  const path = Deno.env.get(env) ?? fallback;
  try {
    const info = await Deno.stat(path);
    if (!info.isFile) throw new Error("not a file");
    console.log(`peer ${name}: ${path}`);
    return { name, path };
  } catch {
    const reason = `${path} not found (apt-get install ${pkg}, or set ${env})`;
    console.log(`peer ${name} missing: ${reason}`);
    return { name, reason };
  }
}

/** Chromium's flags for a closed network and a root user (the machine's notes). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Rejects after `ms` with a message that names what took too long. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

/**
 * Starts a browser headless with a fresh profile, runs `body`, and always
 * closes it (and removes the profile).
 */
export async function withBrowser<T>(
  name: BrowserName,
  executablePath: string,
  body: (browser: Browser) => Promise<T>,
): Promise<T> {
  const profile = await Deno.makeTempDir({ prefix: `jwk-${name}-` });
  const common = {
    executablePath,
    headless: true,
    userDataDir: profile,
    timeout: 60_000,
    protocolTimeout: 120_000,
  } as const;
  let browser: Browser | undefined;
  try {
    browser = await withTimeout(
      name === "firefox"
        ? puppeteer.launch({ ...common, browser: "firefox" })
        : puppeteer.launch({ ...common, args: CHROMIUM_ARGS }),
      90_000,
      `starting ${name}`,
    );
    return await body(browser);
  } finally {
    if (browser) {
      const process = browser.process();
      await withTimeout(browser.close(), 20_000, `closing ${name}`).catch(() => {
        process?.kill("SIGKILL");
      });
    }
    await Deno.remove(profile, { recursive: true }).catch(() => {});
  }
}
