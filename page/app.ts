/// <reference no-default-lib="true" />
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/// <reference lib="esnext" />
/**
 * The page's own thread: fills the form's choices from the library's tables,
 * sends the form to the Worker (which holds the library), and shows what
 * comes back. Nothing here touches key material beyond displaying it.
 * @module
 */
import { CREATE_FLAGS } from "../lib/cli/create_flags.ts";
import {
  algChoices,
  type Chosen,
  curveChoices,
  hasSize,
  keyOpsChoices,
  ktyChoices,
  type OptionGroup,
  resolved,
  sizeChoices,
  useChoices,
} from "./choices.ts";
import type { PageRequest, PageResult } from "./run.ts";

/** The Worker's code, put in front of this script by page/build.ts. */
declare const JWK_WORKER_SOURCE: string;

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
};

const form = $<HTMLFormElement>("create-form");
const kty = $<HTMLSelectElement>("kty");
const crv = $<HTMLSelectElement>("crv");
const alg = $<HTMLSelectElement>("alg");
const use = $<HTMLInputElement>("use");
const size = $<HTMLInputElement>("size");
const kid = $<HTMLInputElement>("kid");
const fromPem = $<HTMLTextAreaElement>("from-pem");
const fromPemFile = $<HTMLInputElement>("from-pem-file");
const fromPemNote = $("from-pem-note");
const password = $<HTMLInputElement>("password");
const pemPassword = $<HTMLInputElement>("pem-password");
const submit = $<HTMLButtonElement>("create");
const cancel = $<HTMLButtonElement>("cancel");
const progress = $<HTMLProgressElement>("progress");
const statusText = $("status-text");
const errorBox = $("error");
const summary = $("summary");
const results = $("results");
const checkbox = (name: string) =>
  form.querySelector<HTMLInputElement>(`input[type=checkbox][name="${name}"]`)!;

// ---- help text: the command line's own flag summaries ----
for (const flag of CREATE_FLAGS) {
  const help = document.getElementById(`${flag.name}-help`);
  if (!help || help.textContent !== "") continue;
  const details = (flag.details ?? []).join(" ");
  const defaults = details.slice(details.indexOf("Default:")).split(/(?<=\.)\s/)[0];
  help.textContent = details.includes("Default:") ? `${flag.summary} ${defaults}` : flag.summary;
}

// ---- choices from the library's tables ----
function chosen(): Chosen {
  return { kty: kty.value, crv: crv.value, alg: alg.value, use: use.value, size: size.value };
}

function fillSelect(select: HTMLSelectElement, groups: OptionGroup[], defaultLabel: string): void {
  const keep = select.value;
  select.replaceChildren(new Option(defaultLabel, ""));
  for (const g of groups) {
    const parent = g.label ? document.createElement("optgroup") : select;
    if (parent instanceof HTMLOptGroupElement) {
      parent.label = g.label;
      select.append(parent);
    }
    for (const v of g.values) parent.append(new Option(v, v));
  }
  // A choice that no longer fits goes back to the default.
  select.value = [...select.options].some((o) => o.value === keep) ? keep : "";
}

function fillList(list: HTMLElement, values: (string | number)[]): void {
  list.replaceChildren(...values.map((v) => new Option(String(v))));
}

function refreshChoices(): void {
  const r = resolved({ ...chosen(), crv: "", alg: "" });
  const params = "params" in r ? r.params : undefined;
  const curves = curveChoices(kty.value);
  fillSelect(
    crv,
    curves,
    curves.length ? `default${params?.crv ? `: ${params.crv}` : ""}` : "none",
  );
  crv.disabled = curves.length === 0;
  const r2 = resolved({ ...chosen(), alg: "" });
  const def = "params" in r2 ? r2.params : undefined;
  fillSelect(alg, algChoices(chosen()), `default${def ? `: ${def.alg}` : ""}`);
  fillList($("size-list"), sizeChoices({ ...chosen(), kty: def?.kty ?? kty.value }));
  size.disabled = !hasSize(chosen());
  if (size.disabled) size.value = "";
  refreshSummary();
}

function refreshSummary(): void {
  const r = resolved(chosen());
  if ("error" in r) {
    summary.textContent = `These choices will be refused: ${r.error}`;
    return;
  }
  const p = r.params;
  const parts = [`${p.kty} key`];
  if (p.crv) parts.push(`curve ${p.crv}`);
  if (p.size) parts.push(`${p.size} bits`);
  parts.push(`algorithm ${p.alg}`, `use ${p.use}`);
  summary.textContent = `Will create: ${parts.join(", ")}.`;
  use.placeholder = p.use;
  size.placeholder = p.size ? String(p.size) : "";
}

fillSelect(kty, [{ label: "", values: ktyChoices() }], "default: EC");
fillList($("use-list"), useChoices());
$("key-ops-list").replaceChildren(
  ...keyOpsChoices().map((op) => {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = "key-ops";
    box.value = op;
    label.append(box, ` ${op}`);
    return label;
  }),
);
kty.addEventListener("change", refreshChoices);
crv.addEventListener("change", refreshChoices);
use.addEventListener("input", refreshChoices);
alg.addEventListener("change", refreshSummary);
size.addEventListener("input", refreshSummary);
refreshChoices();

$<HTMLInputElement>("show-passwords").addEventListener("change", (e) => {
  const type = (e.target as HTMLInputElement).checked ? "text" : "password";
  password.type = type;
  pemPassword.type = type;
});

// ---- an existing key: pasted, chosen or dropped ----
let droppedBytes: Uint8Array | undefined;

/**
 * Far above any key or certificate bundle; the library checks its own, lower
 * limit. (Importing that constant here would bring the whole PEM reader into
 * the page's thread.)
 */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function takeFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    showError(`${file.name} is too large for a key: ${file.size} bytes`);
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string | undefined;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  // Text (PEM, JWK, OpenSSH) is shown; binary DER is kept aside and named.
  if (text !== undefined && !text.includes("\0")) {
    droppedBytes = undefined;
    fromPem.value = text;
    fromPemNote.textContent = `Read ${file.name}.`;
  } else {
    droppedBytes = bytes;
    fromPem.value = "";
    fromPemNote.textContent = `Using the binary file ${file.name} (${bytes.length} bytes). ` +
      "Type or paste here to use text instead.";
  }
}

fromPem.addEventListener("input", () => {
  droppedBytes = undefined;
  fromPemNote.textContent = "";
});
fromPemFile.addEventListener("change", () => {
  const file = fromPemFile.files?.[0];
  if (file) takeFile(file);
});
const dropZone = $("existing");
dropZone.addEventListener("dragover", (e) => {
  e.preventDefault();
  fromPem.classList.add("dragging");
});
dropZone.addEventListener("dragleave", () => fromPem.classList.remove("dragging"));
dropZone.addEventListener("drop", (e) => {
  e.preventDefault();
  fromPem.classList.remove("dragging");
  const file = e.dataTransfer?.files[0];
  if (file) takeFile(file);
});

// ---- the Worker ----
let worker: Worker | undefined;
let workerUrl: string | undefined;
let job = 0;
let ticker: ReturnType<typeof setInterval> | undefined;

function startWorker(): Worker {
  if (worker) return worker;
  workerUrl ??= URL.createObjectURL(new Blob([JWK_WORKER_SOURCE], { type: "text/javascript" }));
  const w = new Worker(workerUrl, { name: "jwk" });
  w.onmessage = (e: MessageEvent<{ id: number; result?: PageResult; error?: string }>) => {
    if (e.data.id !== job) return;
    finish();
    completed();
    if (e.data.error !== undefined) showError(e.data.error);
    else showResult(e.data.result!);
  };
  w.onerror = (e) => {
    e.preventDefault();
    stopWorker();
    finish();
    completed();
    showError(`the page's Worker failed: ${e.message || "no reason given"}`);
  };
  return worker = w;
}

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
}

/** Counts answers in `data-runs`, so that automation can wait for the next one. */
function completed(): void {
  form.dataset.runs = String(Number(form.dataset.runs ?? 0) + 1);
}

function busy(label: string): void {
  form.dataset.state = "busy";
  form.setAttribute("aria-busy", "true");
  submit.disabled = true;
  cancel.hidden = false;
  progress.hidden = false;
  const started = performance.now();
  const tick = () => {
    statusText.textContent = `${label}… ${((performance.now() - started) / 1000).toFixed(1)} s`;
  };
  tick();
  ticker = setInterval(tick, 100);
}

function finish(): void {
  clearInterval(ticker);
  form.removeAttribute("aria-busy");
  submit.disabled = false;
  cancel.hidden = true;
  progress.hidden = true;
  statusText.textContent = "";
  form.dataset.state = "idle";
}

function showError(message: string): void {
  errorBox.textContent = message;
  form.dataset.state = "error";
  errorBox.focus();
}

// ---- results ----
const urls: string[] = [];

function setDownload(id: string, name: string, text: string): void {
  const a = $<HTMLAnchorElement>(id);
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  urls.push(url);
  a.href = url;
  a.download = name;
}

function clearResults(): void {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  for (const id of ["public-jwk", "private-jwk", "jwks", "thumbprint", "warnings", "error"]) {
    $(id).replaceChildren();
  }
  results.hidden = true;
}

/** A file name from a kid: only characters that are safe in every file system. */
function baseName(kidValue: unknown): string {
  const s = typeof kidValue === "string" ? kidValue.replace(/[^A-Za-z0-9._-]/g, "_") : "";
  return s === "" || /^\.+$/.test(s) ? "jwk" : s.slice(0, 100);
}

function showResult(r: PageResult): void {
  const json = (v: unknown) => JSON.stringify(v, null, 2);
  const base = baseName(r.publicJwk.kid);
  $("public-jwk").textContent = json(r.publicJwk);
  setDownload("download-public", `${base}.pub.json`, json(r.publicJwk) + "\n");
  $("private-actions").hidden = r.privateFile === undefined;
  if (r.privateFile !== undefined) {
    $("private-jwk").textContent = json(r.privateFile);
    setDownload("download-private", `${base}.priv.json`, json(r.privateFile) + "\n");
  }
  $("private-title").textContent = r.privateFile === undefined
    ? "Private JWK (none: the input holds only a public key)"
    : r.encrypted
    ? "Private JWK, encrypted with your password"
    : "Private JWK, not encrypted";
  $("jwks-actions").hidden = r.jwks === undefined;
  if (r.jwks) {
    $("jwks").textContent = json(r.jwks);
    setDownload("download-jwks", `${base}.jwks.json`, json(r.jwks) + "\n");
  }
  $("thumbprint").textContent = r.thumbprint ?? "none for oct keys (a hash of a secret leaks it)";
  const notes = [...r.warnings];
  if (r.format) notes.unshift(`read the key as: ${r.format}`);
  if (!r.jwks) notes.push("an oct key is secret: it does not belong in a published JWK Set");
  $("warnings").replaceChildren(...notes.map((w) => {
    const li = document.createElement("li");
    li.textContent = w;
    return li;
  }));
  results.hidden = false;
  form.dataset.state = "done";
  statusText.textContent = "Done.";
}

function request(): PageRequest {
  const ops = [...form.querySelectorAll<HTMLInputElement>('input[name="key-ops"]:checked')];
  const key = droppedBytes ?? fromPem.value;
  return {
    kty: kty.value,
    crv: crv.disabled ? "" : crv.value,
    alg: alg.value,
    use: use.value,
    size: size.disabled ? "" : size.value,
    kid: kid.value,
    keyOps: ops.map((o) => o.value),
    insecure: checkbox("insecure").checked,
    subtle: checkbox("subtle").checked,
    password: password.value,
    key,
    keyPassword: pemPassword.value,
  };
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (form.dataset.state === "busy") return;
  clearResults();
  const req = request();
  const hasKey = typeof req.key === "string" ? req.key.trim() !== "" : true;
  busy(hasKey ? "Reading key" : req.password ? "Generating and encrypting key" : "Generating key");
  try {
    startWorker().postMessage({ id: ++job, request: req });
  } catch (err) {
    finish();
    completed();
    showError(`this browser cannot start the page's Worker: ${(err as Error).message}`);
  }
});

cancel.addEventListener("click", () => {
  job++;
  stopWorker();
  finish();
  statusText.textContent = "Cancelled.";
});

$("clear").addEventListener("click", () => {
  job++;
  stopWorker();
  finish();
  clearResults();
  form.reset();
  droppedBytes = undefined;
  fromPemNote.textContent = "";
  refreshChoices();
});

// Copy buttons: the clipboard API where the browser allows it, else a selection.
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  button.addEventListener("click", async () => {
    const text = $(button.dataset.copy!).textContent ?? "";
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const range = document.createRange();
      range.selectNodeContents($(button.dataset.copy!));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.execCommand("copy");
    }
    statusText.textContent = "Copied.";
  });
}
