#!/usr/bin/python3
"""Interop peer for the jwk test suite, built on python3-jwcrypto.

One process serves many cases: it reads one JSON request per line on stdin
and writes one JSON answer per line on stdout. Every answer is either
{"ok": ...} or {"error": "..."}; a request never ends the process.

Requests ({"op": ..., ...}):
  info                                  -> {"version", "p2c_cap"}
  open_file   jwe, password             -> the decrypted JWK (dict)
  thumbprint  jwk [, hash]               -> RFC 7638 thumbprint (hash: SHA-256 (default),
                                           SHA-384 or SHA-512)
  sign        jwk, alg, payload         -> compact JWS
  verify      jwk, jws                  -> payload (text)
  encrypt     jwk, alg, enc, payload    -> compact JWE
  decrypt     jwk, jwe                  -> payload (text)
  jwkset      json                      -> per key of JWKSet.from_json(json):
                                           {kid, kty, has_private, thumbprint}
  export_pem  jwk, private              -> PEM (PKCS#8 when private, else SPKI)
"""
import json
from importlib import metadata

from json_lines import serve

from jwcrypto import jwa, jwe, jwk, jws
from jwcrypto.common import base64url_encode
from cryptography.hazmat.primitives import hashes

# Newer jwcrypto releases cap the PBES2 iteration count (p2c) that a JWE may
# ask for; step writes 600000. Raise any such cap to the 10,000,000 that the
# jwk library itself accepts. The Debian 12 release (1.1.0) has no cap.
P2C_LIMIT = 10_000_000
P2C_CAP_NAMES = ("default_max_pbkdf2_iterations",)
p2c_cap = None
for name in P2C_CAP_NAMES:
    if hasattr(jwa, name):
        p2c_cap = getattr(jwa, name)
        setattr(jwa, name, P2C_LIMIT)

# Everything the jwk tool can make a key for. RSA1_5 is left out of
# jwcrypto's defaults (Bleichenbacher); these tests ask for it on purpose.
ALL_ALGS = list(jwe.default_allowed_algs) + ["RSA1_5"]
SIG_ALGS = list(jws.default_allowed_algs)


def key_of(obj):
    return jwk.JWK(**obj)


def handle(req):
    op = req["op"]
    if op == "info":
        return {"version": metadata.version("jwcrypto"), "p2c_cap": p2c_cap}
    if op == "open_file":
        password = req["password"].encode("utf-8")
        token = jwe.JWE(algs=ALL_ALGS)
        token.deserialize(req["jwe"], jwk.JWK(kty="oct", k=base64url_encode(password)))
        return json.loads(token.payload.decode("utf-8"))
    if op == "thumbprint":
        hashalg = {"SHA-256": hashes.SHA256, "SHA-384": hashes.SHA384,
                   "SHA-512": hashes.SHA512}[req.get("hash", "SHA-256")]
        return key_of(req["jwk"]).thumbprint(hashalg())
    if op == "sign":
        token = jws.JWS(req["payload"].encode("utf-8"))
        token.allowed_algs = SIG_ALGS
        token.add_signature(key_of(req["jwk"]), None, json.dumps({"alg": req["alg"]}))
        return token.serialize(compact=True)
    if op == "verify":
        token = jws.JWS()
        token.allowed_algs = SIG_ALGS
        token.deserialize(req["jws"])
        token.verify(key_of(req["jwk"]))
        return token.payload.decode("utf-8")
    if op == "encrypt":
        header = {"alg": req["alg"], "enc": req["enc"]}
        token = jwe.JWE(req["payload"].encode("utf-8"), json.dumps(header), algs=ALL_ALGS)
        token.add_recipient(key_of(req["jwk"]))
        return token.serialize(compact=True)
    if op == "decrypt":
        token = jwe.JWE(algs=ALL_ALGS)
        token.deserialize(req["jwe"], key_of(req["jwk"]))
        return token.payload.decode("utf-8")
    if op == "jwkset":
        keyset = jwk.JWKSet.from_json(req["json"])
        return [
            {
                "kid": key.get("kid"),
                "kty": key.get("kty"),
                "has_private": key.has_private,
                "thumbprint": key.thumbprint(),
            }
            for key in keyset["keys"]
        ]
    if op == "export_pem":
        private = bool(req["private"])
        pem = key_of(req["jwk"]).export_to_pem(private_key=private, password=None)
        return pem.decode("ascii")
    raise ValueError("unknown op " + repr(op))


if __name__ == "__main__":
    serve(handle)
