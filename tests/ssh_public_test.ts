/**
 * SSH public keys as text (an `id_*.pub` line, `ssh-keygen -e`'s RFC 4716
 * block) are read as the same key that ssh-keygen itself converts to SPKI
 * (`ssh-keygen -e -m PKCS8`, read back by openssl's format), and as the key of
 * the private file they came from; every broken line is one clear error.
 */
import assert from "node:assert/strict";
import { formatKey, type JwkErrorCode, readAnyKey, readKey } from "../mod.ts";
import { ignoreWithout, peerOutput, sshKeygen } from "./_peers.ts";
import { ok, readGrant, refused, runCli } from "./_run_cli.ts";
import { rejectsWith } from "./_helpers.ts";

const SSH_KEYGEN = await sshKeygen();
const dec = new TextDecoder();
const PUBLIC = ["kty", "crv", "x", "y", "n", "e"] as const;

/** `ssh-keygen` with its output; fails the test when it fails. */
async function sshk(args: string[]): Promise<string> {
  return dec.decode(await peerOutput(SSH_KEYGEN, args));
}

const pick = (jwk: JsonWebKey) => Object.fromEntries(PUBLIC.map((m) => [m, jwk[m]]));

Deno.test({
  name: "ssh public keys: ssh-keygen's .pub line and RFC 4716 block read as its own SPKI says",
  ignore: ignoreWithout(SSH_KEYGEN),
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "jwk-ssh-public-" });
    try {
      const kinds: [string, string[]][] = [
        ["ed25519", ["-t", "ed25519"]],
        ["p256", ["-t", "ecdsa", "-b", "256"]],
        ["p384", ["-t", "ecdsa", "-b", "384"]],
        ["p521", ["-t", "ecdsa", "-b", "521"]],
        ["rsa", ["-t", "rsa", "-b", "2048"]],
      ];
      for (const [name, args] of kinds) {
        const id = `${dir}/${name}`;
        await sshk(["-q", ...args, "-N", "", "-C", `${name} key of me@host`, "-f", id]);
        const line = await Deno.readFile(`${id}.pub`);
        const key = await readKey(line);
        assert.equal(key.isPrivate, false, name);
        assert.equal(key.format, "OpenSSH public key", name);
        // The private file it came from holds the same public key.
        const priv = await readKey(await Deno.readFile(id));
        assert.deepEqual(pick(key.jwk), pick(priv.jwk), name);
        // ssh-keygen's own RFC 4716 export reads the same.
        const rfc4716 = await sshk(["-e", "-f", `${id}.pub`]);
        assert.match(rfc4716, /^---- BEGIN SSH2 PUBLIC KEY ----\n/, name);
        const block = await readKey(rfc4716);
        assert.equal(block.format, "SSH2 public key (RFC 4716)", name);
        assert.deepEqual(pick(block.jwk), pick(key.jwk), name);
        // ssh-keygen's conversion to SPKI (it has none for Ed25519) is the same key.
        if (name !== "ed25519") {
          const spki = await sshk(["-e", "-m", "PKCS8", "-f", `${id}.pub`]);
          assert.deepEqual(pick((await readKey(spki)).jwk), pick(key.jwk), `${name} SPKI`);
        }
        // And our own line for the key is ssh-keygen's, without the comment.
        const ours = await formatKey(key.jwk, { format: "ssh", publicOnly: true });
        assert.equal(
          dec.decode(ours.data).trim(),
          dec.decode(line).split(" ").slice(0, 2).join(" "),
        );
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("ssh public keys: comments, CRLF, a BOM, blank and # lines, RFC 4716 headers", async () => {
  const b64 = "AAAAC3NzaC1lZDI1NTE5AAAAIG3NDtatTubt0FijhAr5UpEYFMq11mBjt2POcrKtkcfH";
  const x = "bc0O1q1O5u3QWKOECvlSkRgUyrXWYGO3Y85ysq2Rx8c";
  const inputs = [
    `ssh-ed25519 ${b64}`,
    `ssh-ed25519 ${b64} me@host\n`,
    `\ufeff# my key\r\n\r\nssh-ed25519\t${b64}  a comment with spaces\r\n`,
    // Any amount of comments and blank lines before the key (ssh-keygen -l reads these).
    `${"# an authorized_keys comment line\n".repeat(200)}${"\n".repeat(5000)}ssh-ed25519 ${b64}\n`,
    [
      "---- BEGIN SSH2 PUBLIC KEY ----",
      'Comment: "a long comment that goes on \\',
      'to a second line"',
      "x-Private: 1",
      b64.slice(0, 30),
      b64.slice(30),
      "---- END SSH2 PUBLIC KEY ----",
      "",
    ].join("\r\n"),
  ];
  for (const input of inputs) {
    const key = await readAnyKey(input);
    assert.deepEqual([key.jwk.kty, key.jwk.crv, key.jwk.x], ["OKP", "Ed25519", x], input);
    assert.equal(key.isPrivate, false);
  }
});

Deno.test("ssh public keys: every broken line or block is one JwkError", async () => {
  const ed = "AAAAC3NzaC1lZDI1NTE5AAAAIG3NDtatTubt0FijhAr5UpEYFMq11mBjt2POcrKtkcfH";
  const bad: [string, JwkErrorCode, RegExp][] = [
    [`ssh-rsa ${ed}`, "BAD_PEM", /says 'ssh-rsa' but the key inside is of another type/],
    [`ssh-ed25519 ${ed}\nssh-ed25519 ${ed}`, "BAD_PEM", /found 2 lines .* expected one key/],
    [`ssh-ed25519 ${ed.slice(0, -4)}`, "BAD_PEM", /OpenSSH public key: malformed \(truncated\)/],
    [`ssh-ed25519 ${ed.slice(0, -1)}`, "BAD_PEM", /invalid base64/],
    [`ssh-ed25519 AAAA!!!!`, "BAD_PEM", /invalid base64/],
    [`ssh-ed25519 ${ed}AAAA`, "BAD_PEM", /trailing bytes/],
    [`command="ls" ssh-ed25519 ${ed}`, "UNSUPPORTED", /authorized_keys options/],
    ["ssh-dss AAAAB3NzaC1kc3MAAAA=", "UNSUPPORTED", /DSA keys are not supported/],
    [
      "ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29tAAAA",
      "UNSUPPORTED",
      /OpenSSH certificates .* are not supported/,
    ],
    [
      "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAA",
      "UNSUPPORTED",
      /sk-ssh-ed25519@openssh.com keys are not supported/,
    ],
    ["---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n", "BAD_PEM", /no "---- END SSH2/],
    [
      "---- BEGIN SSH2 PUBLIC KEY ----\nComment: x\n---- END SSH2 PUBLIC KEY ----\n",
      "BAD_PEM",
      /no key between the BEGIN and END lines/,
    ],
    [
      `---- BEGIN SSH2 PUBLIC KEY ----\n${ed}\n---- END SSH2 PUBLIC KEY ----\nmore`,
      "BAD_PEM",
      /text after the END line/,
    ],
  ];
  for (const [input, code, message] of bad) {
    await rejectsWith(readKey(input), code, message);
  }
});

Deno.test("ssh public keys: jwk public, thumbprint and format read a .pub file", async () => {
  const dir = await Deno.makeTempDir({ prefix: "jwk-ssh-public-cli-" });
  try {
    const fixture = new URL("./fixtures/pem/gen/ssh-p256.openssh-public.pub", import.meta.url);
    const line = await Deno.readTextFile(fixture);
    await Deno.writeTextFile(`${dir}/id.pub`, line);
    const perms = [readGrant(dir)];
    const pub = JSON.parse(ok(await runCli(["public", `${dir}/id.pub`], { perms }), "public"));
    const fromPrivate = await readKey(
      await Deno.readFile(new URL("./fixtures/pem/gen/ssh-p256.openssh.pem", import.meta.url)),
    );
    assert.deepEqual(pick(pub), pick(fromPrivate.jwk));
    const tp = ok(await runCli(["thumbprint", `${dir}/id.pub`], { perms }), "thumbprint").trim();
    assert.equal(tp, pub.kid);
    const back = ok(await runCli(["format", `${dir}/id.pub`, "--ssh"], { perms }), "format");
    assert.equal(back.trim(), line.split(" ").slice(0, 2).join(" "));
    // Standard input too, and a clear refusal of a wrong line.
    const piped = ok(await runCli(["thumbprint", "-"], { perms, stdin: line }), "stdin");
    assert.equal(piped.trim(), tp);
    const wrong = line.replace("ecdsa-sha2-nistp256", "ssh-ed25519");
    refused(await runCli(["public", "-"], { perms, stdin: wrong }), /another type/, "wrong type");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
