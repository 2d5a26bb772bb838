#!/usr/bin/python3
"""Interop peer for the jwk test suite, built on pyca/cryptography alone.

It loads a PEM or DER key (SPKI, PKCS#8 plain or encrypted, SEC1) with
cryptography's own loaders and answers with the key's numbers and raw bytes,
named as a JWK names them, so that the test can compare them with its JWK.
Nothing here knows about JWKs beyond those names: the numbers come from
cryptography (that is, from OpenSSL).

One JSON request per line on stdin, one JSON answer per line on stdout,
{"ok": ...} or {"error": "..."}.

Requests ({"op": ..., ...}):
  info                                  -> {"version", "openssl", "mldsa"}
  load   data (base64), der, private, password (or null)
                                        -> {"kind", "members": {name: base64url}}
"""
import base64

from json_lines import serve

import cryptography
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa, x448, x25519

try:  # cryptography 47 and later, on an OpenSSL with ML-DSA
    from cryptography.hazmat.primitives.asymmetric import mldsa
except ImportError:
    mldsa = None

EC_CURVES = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521",
             "secp256k1": "secp256k1"}
RAW = (ser.Encoding.Raw, ser.PublicFormat.Raw)


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def uint(n, length=None):
    """Big-endian bytes of n: minimal, or exactly `length` bytes."""
    size = length if length is not None else max(1, (n.bit_length() + 7) // 8)
    return b64u(n.to_bytes(size, "big"))


def public_members(key):
    if isinstance(key, ec.EllipticCurvePublicKey):
        size = (key.curve.key_size + 7) // 8
        nums = key.public_numbers()
        return "EC " + EC_CURVES.get(key.curve.name, key.curve.name), {
            "x": uint(nums.x, size), "y": uint(nums.y, size)}
    if isinstance(key, rsa.RSAPublicKey):
        nums = key.public_numbers()
        return "RSA", {"n": uint(nums.n), "e": uint(nums.e)}
    for cls, name in ((ed25519.Ed25519PublicKey, "Ed25519"), (ed448.Ed448PublicKey, "Ed448"),
                      (x25519.X25519PublicKey, "X25519"), (x448.X448PublicKey, "X448")):
        if isinstance(key, cls):
            return "OKP " + name, {"x": b64u(key.public_bytes(*RAW))}
    if mldsa is not None:
        for bits in (44, 65, 87):
            if isinstance(key, getattr(mldsa, "MLDSA%dPublicKey" % bits)):
                return "AKP ML-DSA-%d" % bits, {"pub": b64u(key.public_bytes_raw())}
    raise ValueError("unexpected key class " + type(key).__name__)


def private_members(key):
    kind, members = public_members(key.public_key())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        size = (key.curve.key_size + 7) // 8
        members["d"] = uint(key.private_numbers().private_value, size)
    elif isinstance(key, rsa.RSAPrivateKey):
        nums = key.private_numbers()
        members.update(d=uint(nums.d), p=uint(nums.p), q=uint(nums.q), dp=uint(nums.dmp1),
                       dq=uint(nums.dmq1), qi=uint(nums.iqmp))
    elif kind.startswith("OKP "):
        members["d"] = b64u(key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw,
                                              ser.NoEncryption()))
    else:  # ML-DSA: the raw private form is the 32-byte seed
        members["priv"] = b64u(key.private_bytes_raw())
    return kind, members


def handle(req):
    op = req["op"]
    if op == "info":
        return {"version": cryptography.__version__,
                "openssl": default_backend().openssl_version_text(),
                "mldsa": mldsa is not None}
    if op == "load":
        data = base64.b64decode(req["data"])
        password = req.get("password")
        password = password.encode("utf-8") if password is not None else None
        if req["private"]:
            load = ser.load_der_private_key if req["der"] else ser.load_pem_private_key
            kind, members = private_members(load(data, password))
        else:
            load = ser.load_der_public_key if req["der"] else ser.load_pem_public_key
            kind, members = public_members(load(data))
        return {"kind": kind, "members": members}
    raise ValueError("unknown op " + repr(op))


if __name__ == "__main__":
    serve(handle)
