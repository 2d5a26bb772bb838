/**
 * Shell completion scripts (bash, zsh, fish) built from a description of a
 * command family: its commands, their flags (with the values a flag takes)
 * and their subcommands. `jwk completion SHELL` feeds it the CLI's own
 * command list, so the scripts never drift from the flags the commands parse.
 * @module
 */

/**
 * A shell {@link completionScript} writes for.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { COMPLETION_SHELLS, type CompletionShell } from "@jwk/jwk";
 *
 * const shell: CompletionShell = "fish";
 * assert.ok(COMPLETION_SHELLS.includes(shell));
 * ```
 */
export type CompletionShell = "bash" | "zsh" | "fish";

/**
 * Every {@link CompletionShell}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { COMPLETION_SHELLS } from "@jwk/jwk";
 *
 * assert.deepEqual(COMPLETION_SHELLS, ["bash", "zsh", "fish"]);
 * ```
 */
export const COMPLETION_SHELLS: readonly CompletionShell[] = ["bash", "zsh", "fish"];

/**
 * One flag of a command, for completion (the CLI's flag definitions fit it).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type CompletionFlag, completionScript } from "@jwk/jwk";
 *
 * const hash: CompletionFlag = { name: "hash", value: "hash", choices: ["SHA-256"], summary: "Hash." };
 * const script = completionScript("bash", {
 *   program: "jwk",
 *   commands: [{ name: "thumbprint", summary: "", flags: [hash] }],
 * });
 * assert.match(script, /--hash\) COMPREPLY=\(\$\(compgen -W "SHA-256"/);
 * ```
 */
export interface CompletionFlag {
  /** Long name without dashes. */
  name: string;
  /** Other long names. */
  aliases?: readonly string[];
  /** One-letter form. */
  short?: string;
  /** Name of the value; absent for on/off flags. */
  value?: string;
  /** The value is a file path: complete file names. */
  path?: boolean;
  /** The values to offer. */
  choices?: readonly string[];
  /** May be given more than once. */
  repeatable?: boolean;
  /** One line of help. */
  summary: string;
}

/**
 * One command of the family, for completion.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type CompletionCommand, completionScript } from "@jwk/jwk";
 *
 * const keyset: CompletionCommand = {
 *   name: "keyset",
 *   summary: "manage a JWK Set",
 *   flags: [],
 *   subcommands: ["add", "list"],
 * };
 * const script = completionScript("fish", { program: "jwk", commands: [keyset] });
 * assert.match(script, /-a 'add list'/);
 * ```
 */
export interface CompletionCommand {
  /** The command word. */
  name: string;
  /** One line of help. */
  summary: string;
  /** Its flags. */
  flags: readonly CompletionFlag[];
  /** Words that may follow the command word (e.g. keyset's add, remove). */
  subcommands?: readonly string[];
  /** The only words its (single) argument may be; without them arguments are files. */
  words?: readonly string[];
}

/**
 * What {@link completionScript} describes: a program and its commands.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { completionScript, type CompletionSpec } from "@jwk/jwk";
 *
 * const spec: CompletionSpec = {
 *   program: "jwk",
 *   commands: [{ name: "public", summary: "print the public JWK", flags: [] }],
 * };
 * assert.match(completionScript("zsh", spec), /^#compdef jwk/);
 * ```
 */
export interface CompletionSpec {
  /** The program's name, as typed. */
  program: string;
  /** Its commands, in the order to offer them. */
  commands: readonly CompletionCommand[];
}

/** Words safe to put in any of the three shells' scripts unquoted. */
const WORD = /^[A-Za-z0-9_.+:@%/-]+$/;

function checkWord(word: string, what: string): string {
  if (!WORD.test(word) || word.startsWith("-") && what !== "flag") {
    throw new TypeError(`${what} '${word}' cannot be completed safely`);
  }
  return word;
}

/** Checks every name of a spec, so no script can be broken (or injected) by one. */
function checked(spec: CompletionSpec): CompletionSpec {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(spec.program)) {
    throw new TypeError(`program name '${spec.program}' cannot be completed safely`);
  }
  for (const c of spec.commands) {
    checkWord(c.name, "command");
    for (const w of [...(c.subcommands ?? []), ...(c.words ?? [])]) checkWord(w, "word");
    for (const f of c.flags) {
      for (const n of [f.name, ...(f.aliases ?? [])]) checkWord(`--${n}`, "flag");
      if (f.short !== undefined && !/^[A-Za-z0-9]$/.test(f.short)) {
        throw new TypeError(`short flag '${f.short}' cannot be completed safely`);
      }
      for (const v of f.choices ?? []) checkWord(v, "value");
    }
  }
  return spec;
}

const longNames = (f: CompletionFlag) => [f.name, ...(f.aliases ?? [])].map((n) => `--${n}`);
const allNames = (f: CompletionFlag) => [...(f.short ? [`-${f.short}`] : []), ...longNames(f)];
/** A shell function name from the program's name. */
const fn = (program: string) => `_${program.replace(/[^A-Za-z0-9_]/g, "_")}`;

const GLOBAL: readonly CompletionFlag[] = [
  { name: "help", short: "h", summary: "Show the list of commands, or a command's manual." },
  { name: "version", summary: "Show the version." },
];

function bash(spec: CompletionSpec): string {
  const f = fn(spec.program);
  const names = spec.commands.map((c) => c.name);
  const out = [
    `# bash completion for ${spec.program}; generated by '${spec.program} completion bash'.`,
    `# Load it with: source <(${spec.program} completion bash)`,
    `${f}_files() {`,
    "  local IFS=$'\\n'",
    "  compopt -o filenames 2>/dev/null",
    '  COMPREPLY=($(compgen -f -- "$1"))',
    "}",
    "",
    `${f}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" cmd="" arg="" i w',
    '  (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"',
    "  # --flag=value: bash splits the word at '='.",
    '  if [[ "$cur" == "=" ]]; then',
    '    cur=""',
    '  elif [[ "$prev" == "=" ]] && (( COMP_CWORD > 1 )); then',
    '    prev="${COMP_WORDS[COMP_CWORD-2]}"',
    "  fi",
    "  for ((i = 1; i < COMP_CWORD; i++)); do",
    '    w="${COMP_WORDS[i]}"',
    '    if [[ -z "$cmd" ]]; then',
    `      case "$w" in ${names.join("|")}) cmd="$w" ;; esac`,
    '    elif [[ -z "$arg" && "$w" != -* && "$w" != "=" ]]; then',
    '      arg="$w"',
    "    fi",
    "  done",
    '  if [[ -z "$cmd" ]]; then',
    '    if [[ "$cur" == -* ]]; then',
    `      COMPREPLY=($(compgen -W "${GLOBAL.flatMap(allNames).join(" ")}" -- "$cur"))`,
    "    else",
    `      COMPREPLY=($(compgen -W "${names.join(" ")}" -- "$cur"))`,
    "    fi",
    "    return 0",
    "  fi",
    '  case "$cmd" in',
  ];
  for (const c of spec.commands) {
    out.push(`    ${c.name})`);
    const valued = c.flags.filter((x) => x.value !== undefined);
    if (valued.length > 0) {
      out.push('      case "$prev" in');
      for (const x of valued) {
        const pattern = longNames(x).join("|");
        if (x.choices?.length) {
          out.push(
            `        ${pattern}) COMPREPLY=($(compgen -W "${
              x.choices.join(" ")
            }" -- "$cur")); return 0 ;;`,
          );
        } else if (x.path) {
          out.push(`        ${pattern}) ${f}_files "$cur"; return 0 ;;`);
        } else {
          out.push(`        ${pattern}) return 0 ;;`);
        }
      }
      out.push("      esac");
    }
    out.push(
      '      if [[ "$cur" == -* ]]; then',
      `        COMPREPLY=($(compgen -W "${c.flags.flatMap(allNames).join(" ")}" -- "$cur"))`,
      "        return 0",
      "      fi",
    );
    const first = c.subcommands ?? c.words;
    if (first?.length) {
      out.push(
        '      if [[ -z "$arg" ]]; then',
        `        COMPREPLY=($(compgen -W "${first.join(" ")}" -- "$cur"))`,
        "        return 0",
        "      fi",
      );
    }
    if (!c.words?.length) out.push(`      ${f}_files "$cur"`);
    out.push("      ;;");
  }
  out.push("  esac", "  return 0", "}", "", `complete -F ${f} ${spec.program}`, "");
  return out.join("\n");
}

/** Text for a zsh single-quoted string: ' closes, so it is spliced. */
const zq = (s: string) => s.replace(/'/g, `'\\''`);
/** Text for an _arguments [description]: no brackets, colons escaped. */
const zdesc = (s: string) => zq(s.replace(/\\/g, "").replace(/\[/g, "(").replace(/]/g, ")"));

function zsh(spec: CompletionSpec): string {
  const f = fn(spec.program);
  const out = [
    `#compdef ${spec.program}`,
    `# zsh completion for ${spec.program}; generated by '${spec.program} completion zsh'.`,
    `# Install: ${spec.program} completion zsh > "\${fpath[1]}/${f}"`,
    `# (or, after compinit: source <(${spec.program} completion zsh))`,
    "",
    `${f}() {`,
    '  local curcontext="$curcontext" state line',
    "  local -a commands",
    "  commands=(",
    ...spec.commands.map((c) => `    '${c.name}:${zq(c.summary)}'`),
    "  )",
    "  _arguments -C \\",
    ...GLOBAL.flatMap((g) => allNames(g).map((n) => `    '(- 1 *)${n}[${zdesc(g.summary)}]' \\`)),
    "    '1: :->command' \\",
    "    '*:: :->args' && return 0",
    "  case $state in",
    `    command) _describe -t commands '${spec.program} command' commands ;;`,
    "    args)",
    "      case $words[1] in",
  ];
  for (const c of spec.commands) {
    out.push(`        ${c.name})`, "          _arguments \\");
    for (const x of c.flags) {
      const names = allNames(x);
      const exclude = x.repeatable ? "*" : names.length > 1 ? `(${names.join(" ")})` : "";
      for (const n of names) {
        const eq = x.value !== undefined && n.startsWith("--") ? "=" : "";
        let arg = "";
        if (x.value !== undefined) {
          const action = x.choices?.length ? `(${x.choices.join(" ")})` : x.path ? "_files" : " ";
          arg = `:${zq(x.value)}:${action}`;
        }
        out.push(`            '${exclude}${n}${eq}[${zdesc(x.summary)}]${arg}' \\`);
      }
    }
    if (c.subcommands?.length) {
      out.push(`            '1:subcommand:(${c.subcommands.join(" ")})' \\`);
      out.push("            '*:file:_files'");
    } else if (c.words?.length) {
      out.push(`            '1:argument:(${c.words.join(" ")})'`);
    } else {
      out.push("            '*:file:_files'");
    }
    out.push("          ;;");
  }
  out.push(
    "      esac",
    "      ;;",
    "  esac",
    "}",
    "",
    `if [[ "\${funcstack[1]}" == "${f}" ]]; then`,
    `  ${f} "$@"`,
    "else",
    `  compdef ${f} ${spec.program}`,
    "fi",
    "",
  );
  return out.join("\n");
}

/** Text for a fish single-quoted string. */
const fq = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

function fish(spec: CompletionSpec): string {
  const p = spec.program;
  const flagLine = (cond: string, x: CompletionFlag) => {
    const parts = [`complete -c ${p} -n ${fq(cond)}`];
    if (x.short) parts.push(`-s ${x.short}`);
    for (const n of [x.name, ...(x.aliases ?? [])]) parts.push(`-l ${n}`);
    if (x.value !== undefined) {
      if (x.path) parts.push("-r -F");
      else parts.push("-x");
      if (x.choices?.length) parts.push(`-a ${fq(x.choices.join(" "))}`);
    }
    parts.push(`-d ${fq(x.summary)}`);
    return parts.join(" ");
  };
  const out = [
    `# fish completion for ${p}; generated by '${p} completion fish'.`,
    `# Install: ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -e`,
    `complete -c ${p} -f`,
    ...GLOBAL.map((g) => flagLine("__fish_use_subcommand", g)),
    ...spec.commands.map((c) =>
      `complete -c ${p} -n __fish_use_subcommand -a ${c.name} -d ${fq(c.summary)}`
    ),
  ];
  for (const c of spec.commands) {
    const seen = `__fish_seen_subcommand_from ${c.name}`;
    out.push(...c.flags.map((x) => flagLine(seen, x)));
    const first = c.subcommands ?? c.words;
    if (first?.length) {
      out.push(
        `complete -c ${p} -n ${
          fq(`${seen}; and not __fish_seen_subcommand_from ${first.join(" ")}`)
        } -a ${fq(first.join(" "))}`,
      );
    }
    if (!c.words?.length) {
      out.push(
        c.subcommands?.length
          ? `complete -c ${p} -n ${
            fq(`${seen}; and __fish_seen_subcommand_from ${c.subcommands.join(" ")}`)
          } -F`
          : `complete -c ${p} -n ${fq(seen)} -F`,
      );
    }
  }
  return out.join("\n") + "\n";
}

/**
 * A completion script for `shell`: bash (a function for `complete -F`), zsh
 * (a `#compdef` function for `fpath`, or sourced after `compinit`), or fish
 * (`complete` lines). Commands, flags (aliases and short forms), flag values
 * (`choices`, or file names for `path` flags), subcommands and file
 * arguments are completed. Names that could break a script are refused with
 * a TypeError.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { completionScript } from "@jwk/jwk";
 *
 * const spec = {
 *   program: "jwk",
 *   commands: [{
 *     name: "create",
 *     summary: "create a JWK pair",
 *     flags: [{ name: "kty", value: "type", choices: ["EC", "RSA"], summary: "Key type." }],
 *   }],
 * };
 * assert.match(completionScript("bash", spec), /complete -F _jwk jwk/);
 * assert.match(completionScript("zsh", spec), /--kty=\[Key type\.\]:type:\(EC RSA\)/);
 * assert.match(completionScript("fish", spec), /-l kty -x -a 'EC RSA'/);
 * assert.throws(() => completionScript("bash", { program: "jwk; rm -rf /", commands: [] }));
 * ```
 */
export function completionScript(shell: CompletionShell, spec: CompletionSpec): string {
  const s = checked(spec);
  switch (shell) {
    case "bash":
      return bash(s);
    case "zsh":
      return zsh(s);
    case "fish":
      return fish(s);
    default:
      throw new TypeError(
        `no completion for shell '${shell}' (one of ${COMPLETION_SHELLS.join(", ")})`,
      );
  }
}
