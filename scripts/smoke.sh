#!/usr/bin/env bash
# Smoke test of a jwk build, the same on Linux, macOS and Windows (Git Bash):
#
#   scripts/smoke.sh ./dist/jwk
#   scripts/smoke.sh deno run --allow-read --allow-write --no-prompt cli.ts
#
# The arguments are the command that runs jwk. It runs in a fresh temporary
# folder, so a relative path in them (./dist/jwk, cli.ts) is made absolute
# first. JWK_SMOKE_VERSION, when set, is the version `jwk --version` must
# print. One line per check; the exit code is 0 only when every check passed.
# Needs only bash 3.2 and POSIX tools (no jq), so it runs on every runner.
set -u

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]   (the command that runs jwk)" >&2
  exit 2
fi

windows=0
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) windows=1 ;; esac

# The command, with relative paths that exist made absolute.
JWK=()
for word in "$@"; do
  case "$word" in
    /* | -*) ;;
    *) if [ -e "$word" ]; then word="$PWD/$word"; fi ;;
  esac
  JWK+=("$word")
done

root=$(mktemp -d 2>/dev/null || mktemp -d -t jwk-smoke)
trap 'rm -rf "$root"' EXIT
work="$root/work"
log="$root/log"
mkdir -p "$work/abs" "$log"
cd "$work" || exit 2

passed=0
failed=0
ok() {
  passed=$((passed + 1))
  echo "ok - $1"
}
bad() {
  failed=$((failed + 1))
  echo "not ok - $1"
  shift
  for line in "$@"; do echo "    $line"; done
}

# jwk ARGS...: runs the command; sets rc, out (stdout), err (stderr), lines
# (the number of stderr lines). Carriage returns are dropped (Windows).
jwk() {
  "${JWK[@]}" "$@" >"$log/out" 2>"$log/err" </dev/null
  rc=$?
  out=$(tr -d '\r' <"$log/out")
  err=$(tr -d '\r' <"$log/err")
  lines=$(tr -d '\r' <"$log/err" | awk 'END { print NR }')
}

# expect_ok WHAT: the last run exited 0 and printed nothing on stdout.
expect_ok() {
  if [ "$rc" -eq 0 ] && [ -z "$out" ]; then return 0; fi
  bad "$1" "exit code $rc" "stdout: $out" "stderr: $err"
  return 1
}

# expect_refused WHAT: the last run exited > 0 with one "error: " line.
expect_refused() {
  if [ "$rc" -gt 0 ] && [ "$lines" -eq 1 ] && [ "${err#error: }" != "$err" ] && [ -z "$out" ]; then
    ok "$1 ($err)"
  else
    bad "$1: want exit > 0 and one 'error: ' line" "exit code $rc" "stdout: $out" "stderr: $err"
  fi
}

has() { grep -q -- "$2" "$1" 2>/dev/null; }

# only_owner FILE: mode 0600 (not on Windows, where modes do not apply).
only_owner() {
  [ "$windows" -eq 1 ] && return 0
  [ -n "$(find "$1" -maxdepth 0 -type f -perm 600)" ]
}

# kid_of FILE: the kid member of a pretty-printed JWK.
kid_of() { sed -n 's/.*"kid": *"\([^"]*\)".*/\1/p' "$1"; }

# --version, and the version asked for.
jwk --version
if [ "$rc" -ne 0 ]; then
  bad "--version" "exit code $rc" "stderr: $err"
elif [ -n "${JWK_SMOKE_VERSION:-}" ] && [ "$out" != "jwk $JWK_SMOKE_VERSION" ]; then
  bad "--version prints 'jwk $JWK_SMOKE_VERSION'" "got: $out"
elif ! printf '%s\n' "$out" | grep -Eq '^jwk [0-9]+\.[0-9]+\.[0-9]+'; then
  bad "--version prints 'jwk X.Y.Z'" "got: $out"
else
  ok "--version: $out"
fi

# The manual of create goes to stdout.
jwk create --help
if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | grep -q 'create'; then
  ok "create --help"
else
  bad "create --help" "exit code $rc" "stderr: $err"
fi

# create, the private file in clear.
jwk create plain.pub.json plain.priv.json --kty OKP --no-password --insecure
if expect_ok "create --no-password --insecure"; then
  if has plain.pub.json '"kty": "OKP"' && ! has plain.pub.json '"d"' &&
    has plain.priv.json '"d"' && only_owner plain.pub.json && only_owner plain.priv.json; then
    ok "create --no-password --insecure: a public JWK and a clear private JWK, mode 0600"
  else
    bad "create --no-password --insecure: the files" "$(cat plain.pub.json plain.priv.json 2>&1)"
  fi
fi

# create, the private file encrypted with a password from a file.
printf 'smoke test password\n' >pw.txt
jwk create enc.pub.json enc.priv.json --password-file pw.txt
if expect_ok "create --password-file"; then
  if has enc.pub.json '"kid"' && ! has enc.pub.json '"d"' && has enc.priv.json '"protected"' &&
    has enc.priv.json '"ciphertext"' && ! has enc.priv.json '"d"' && only_owner enc.priv.json; then
    ok "create --password-file: a public JWK and an encrypted private JWK (JWE)"
  else
    bad "create --password-file: the files" "$(cat enc.pub.json enc.priv.json 2>&1)"
  fi
fi

# Absolute paths as the system writes them: on Windows a drive letter with
# backslashes for one file and with forward slashes for the other.
if [ "$windows" -eq 1 ]; then
  abs_pub=$(cygpath -w "$work/abs/k.pub.json")
  abs_priv=$(cygpath -m "$work/abs/k.priv.json")
else
  abs_pub="$work/abs/k.pub.json"
  abs_priv="$work/abs/k.priv.json"
fi
jwk create "$abs_pub" "$abs_priv" --kty EC --crv P-384 --no-password --insecure
if expect_ok "create with absolute paths ($abs_pub, $abs_priv)"; then
  if has abs/k.pub.json '"crv": "P-384"' && has abs/k.priv.json '"d"' &&
    [ "$(find abs -type f | wc -l | tr -d ' ')" = 2 ]; then
    ok "create with absolute paths: both files, and nothing else, in the folder"
  else
    bad "create with absolute paths: the folder" "$(ls -la abs 2>&1)"
  fi
fi

# thumbprint, where this build has the command.
jwk thumbprint --help
if [ "$rc" -ne 0 ]; then
  echo "skip - thumbprint: this build has no thumbprint command"
else
  jwk thumbprint enc.pub.json
  kid=$(kid_of enc.pub.json)
  if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | grep -Eq '^[A-Za-z0-9_-]{43}$' && [ "$out" = "$kid" ]; then
    ok "thumbprint of the public file is its kid ($out)"
  else
    bad "thumbprint of the public file is its kid ($kid)" "exit code $rc" "stdout: $out" "stderr: $err"
  fi
  printf 'not a key\n' >garbage.txt
  jwk thumbprint garbage.txt
  expect_refused "thumbprint of a file that holds no key"
fi

# Refused inputs: one error line, nothing written, existing files kept.
jwk create bad.pub.json bad.priv.json --kty FOO --no-password --insecure
expect_refused "create --kty FOO"
if [ -e bad.pub.json ] || [ -e bad.priv.json ]; then bad "create --kty FOO wrote a file"; fi

jwk create nopw.pub.json nopw.priv.json --no-password
expect_refused "create --no-password without --insecure"

before=$(cksum <plain.pub.json)
jwk create plain.pub.json other.priv.json --no-password --insecure
expect_refused "create over an existing file without --force"
if [ "$(cksum <plain.pub.json)" != "$before" ] || [ -e other.priv.json ]; then
  bad "create over an existing file: a file was touched"
fi

if [ "$failed" -eq 0 ]; then
  echo "smoke: all $passed checks passed"
  exit 0
fi
echo "smoke: $failed of $((passed + failed)) checks failed"
exit 1
