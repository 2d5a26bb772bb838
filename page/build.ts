/**
 * Builds the page: one self-contained HTML file with the library bundled
 * (`deno bundle --platform browser`) and inlined, and a Content-Security-Policy
 * that allows exactly the page's own inline script and style (by SHA-256
 * hash), a Worker made from a blob: URL, and nothing else: no request of any
 * kind can leave the page.
 *
 *     deno task page                      # writes dist/jwk.html
 *     deno run ... page/build.ts OUT.html # elsewhere
 * @module
 */

const PAGE_DIR = new URL("./", import.meta.url);
const ROOT = new URL("../", PAGE_DIR);

/** The page's policy; `script` and `style` are the hashes of its two inline blocks. */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${script}'`,
    `style-src 'sha256-${style}'`,
    "worker-src blob:",
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "manifest-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/** base64 SHA-256, as CSP hashes are written. */
export async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * Bundles one entry point for browsers with the `deno` on PATH, minified (no
 * comments, so no local paths).
 */
export async function bundle(
  entry: URL,
  options: { minify?: boolean; importMap?: URL } = {},
): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "jwk-page-" });
  try {
    const out = `${dir}/out.js`;
    const args = ["bundle", "--quiet", "--platform", "browser", "--output", out];
    if (options.minify !== false) args.push("--minify");
    if (options.importMap) args.push("--import-map", options.importMap.pathname);
    args.push(entry.pathname);
    const r = await new Deno.Command("deno", {
      args,
      cwd: ROOT.pathname,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (!r.success) {
      throw new Error(
        `deno bundle ${entry.pathname} failed: ${new TextDecoder().decode(r.stderr)}`,
      );
    }
    return await Deno.readTextFile(out);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Refuses script text that would end its <script> element early. */
function checkInline(code: string, what: string): string {
  if (/<\/script|<!--/i.test(code)) throw new Error(`${what} holds "</script" or "<!--"`);
  return code;
}

/** Builds the page's HTML text. */
export async function buildPage(): Promise<string> {
  const [template, style, workerCode, appCode, denoJson] = await Promise.all([
    Deno.readTextFile(new URL("index.html", PAGE_DIR)),
    Deno.readTextFile(new URL("style.css", PAGE_DIR)),
    bundle(new URL("worker.ts", PAGE_DIR)),
    bundle(new URL("app.ts", PAGE_DIR)),
    Deno.readTextFile(new URL("deno.json", ROOT)),
  ]);
  // The Worker's code travels as a string literal; "<" escaped so it cannot close the element.
  const workerLiteral = JSON.stringify(workerCode).replace(/</g, "\\u003c");
  const script = checkInline(`const JWK_WORKER_SOURCE=${workerLiteral};\n${appCode}`, "script");
  const csp = contentSecurityPolicy(await sha256Base64(script), await sha256Base64(style));
  const version = String(JSON.parse(denoJson).version);
  const fill: Record<string, string> = { CSP: csp, STYLE: style, SCRIPT: script, VERSION: version };
  // One pass, so that nothing inserted is searched for placeholders again. Placeholders:
  // {{NAME}} (deno fmt may space it), and in <style> and <script> a comment /* {{NAME}} */ that,
  // with the whitespace around it, becomes the element's whole text (which the hash covers).
  const placeholder =
    /<(style|script)>\s*\/\*\s*\{\{\s*([A-Z]+)\s*\}\}\s*\*\/\s*<\/\1>|\{\{\s*([A-Z]+)\s*\}\}/g;
  return template.replace(placeholder, (_, tag: string, inElement: string, bare: string) => {
    const name = inElement ?? bare;
    if (!(name in fill)) throw new Error(`index.html has an unknown placeholder {{${name}}}`);
    return tag ? `<${tag}>${fill[name]}</${tag}>` : fill[name];
  });
}

/** Writes the page to `path` (through a temporary file, so a reader never sees half of it). */
export async function writePage(path: string): Promise<string> {
  const html = await buildPage();
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".";
  await Deno.mkdir(dir, { recursive: true });
  const tmp = `${path}.${Deno.pid}.tmp`;
  await Deno.writeTextFile(tmp, html);
  await Deno.rename(tmp, path);
  return html;
}

if (import.meta.main) {
  const out = Deno.args[0] ?? new URL("dist/jwk.html", ROOT).pathname;
  try {
    const html = await writePage(out);
    console.error(`wrote ${out} (${Math.round(html.length / 1024)} KiB)`);
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : e}`);
    Deno.exit(1);
  }
}
