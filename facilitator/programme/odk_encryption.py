"""ODK encrypted submissions, made the way ODK Collect makes them, for a programme that gives its
public key (ODK Central's managed or self-managed encryption, a form's ``public_key`` setting).

Per submission (https://getodk.github.io/xforms-spec/encryption, Collect's EncryptionUtils,
Central's lib/util/crypto.js):

* a fresh random 256-bit AES key, encrypted to the programme's RSA public key with OAEP
  (SHA-256, MGF1 with SHA-256: Collect's ``RSA/NONE/OAEPWithSHA256AndMGF1Padding`` under
  BouncyCastle, which Central and Briefcase decrypt) and sent base64 as ``base64EncryptedKey``;
* the submission XML encrypted with AES-256-CFB (128-bit feedback), PKCS#7 padding, as
  ``submission.xml.enc``; its IV is the MD5 of the instance id (UTF-8) and the AES key, with
  byte ``i % 16`` incremented once for the i-th file (no media here: the XML is file 0);
* a plaintext manifest naming the form, version, instance id, the encrypted key and file, and
  ``base64EncryptedElementSignature``: the MD5 of ``formId\\nversion\\nbase64EncryptedKey\\n
  instanceID\\nsubmission.xml::<md5 hex of the plaintext XML>\\n``, RSA-OAEP encrypted the same way.

Only the programme's private key opens a submission; the laptop keeps no AES key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

ENCRYPTED_NS = "http://www.opendatakit.org/xforms/encrypted"
OPENROSA_NS = "http://openrosa.org/xforms"
ENCRYPTED_FILE = "submission.xml.enc"
MIN_KEY_BITS = 2048
_PEM_LINE = re.compile(r"-----(BEGIN|END) [A-Z ]+-----")


class PublicKeyError(ValueError):
    """A public key that cannot be used, with what is wrong (no traceback, nothing private)."""


@dataclass(frozen=True)
class Encryption:
    """What the programme gave: its RSA public key (base64 of the DER SubjectPublicKeyInfo, as an
    XLSForm's ``public_key`` and a form's ``base64RsaPublicKey`` carry it) and, optionally, the
    server's submission URL for the form's ``submission_url`` setting."""

    public_key: str
    submission_url: str = ""
    form_version: str = ""
    """The form's version as the server has it, when it is not the shipped form's (ODK Central's
    managed encryption adds ``[encrypted:…]`` to it); "" for the shipped version."""


def checked_url(url: str) -> str:
    """A submission URL as the form's ``submission_url`` takes it (http or https), else
    ``PublicKeyError``."""
    url = url.strip()
    if url and not re.fullmatch(r"https?://[^\s\"'<>]+", url):
        raise PublicKeyError(f"submission URL: expected an http:// or https:// address, got {url!r}")
    return url


def checked_version(version: str) -> str:
    version = version.strip()
    if len(version) > 100 or any(ch in version for ch in "\"'<>&\n"):
        raise PublicKeyError(
            "form version: expected the version as the server shows it (e.g. 1[encrypted:Ab1])"
        )
    return version


def key_fingerprint(public_key: str) -> str:
    """A short fingerprint to compare with the programme's (SHA-256 of the key, first 16 hex digits)."""
    return hashlib.sha256(base64.b64decode(normalized_key(public_key))).hexdigest()[:16]


def encryption_from_settings() -> Encryption | None:
    """The programme's encryption saved in the settings (``facilitator programme encryption``), or
    None when no key is set."""
    from facilitator.settings import load_settings

    settings = load_settings()
    if not settings.odk_public_key:
        return None
    return Encryption(settings.odk_public_key, settings.odk_submission_url, settings.odk_form_version)


def normalized_key(text: str) -> str:
    """``text`` (the base64 key, possibly wrapped, or a PEM ``PUBLIC KEY`` block) as one line of
    base64, checked: an RSA public key of at least 2048 bits. ``PublicKeyError`` says what is wrong."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    compact = "".join(_PEM_LINE.sub("", text).split())
    if not compact:
        raise PublicKeyError("public key: empty; paste the base64 RSA public key the programme gave you")
    try:
        der = base64.b64decode(compact, validate=True)
        key = load_der_public_key(der)
    except (binascii.Error, ValueError) as exc:
        raise PublicKeyError(
            "public key: expected a base64 RSA public key (ODK's public_key / base64RsaPublicKey), "
            f"not readable as one ({type(exc).__name__})"
        ) from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise PublicKeyError("public key: expected an RSA key (ODK encryption uses RSA)")
    if key.key_size < MIN_KEY_BITS:
        raise PublicKeyError(
            f"public key: {key.key_size} bits is too weak; ODK uses RSA keys of 2048 bits or more"
        )
    return base64.b64encode(der).decode("ascii")


def _public_key(encryption: Encryption) -> Any:
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    return load_der_public_key(base64.b64decode(normalized_key(encryption.public_key)))


def _rsa_oaep(key: Any, data: bytes) -> str:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    return base64.b64encode(key.encrypt(data, oaep)).decode("ascii")


def file_iv(instance_id: str, aes_key: bytes, index: int) -> bytes:
    """The IV of the ``index``-th encrypted file of a submission (0: the first)."""
    iv = bytearray(hashlib.md5(instance_id.encode("utf-8") + aes_key, usedforsecurity=False).digest())
    for i in range(index + 1):
        iv[i % 16] = (iv[i % 16] + 1) % 256
    return bytes(iv)


def _aes_cfb(aes_key: bytes, iv: bytes, plain: bytes) -> bytes:
    # ODK's AES/CFB: cryptography keeps CFB among its "decrepit" modes (it is not broken for this use)
    from cryptography.hazmat.decrepit.ciphers.modes import CFB
    from cryptography.hazmat.primitives import padding as symmetric_padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

    padder = symmetric_padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES(aes_key), CFB(iv)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


def signature_source(form_id: str, version: str, encrypted_key: str, instance_id: str, xml: bytes) -> bytes:
    md5 = hashlib.md5(xml, usedforsecurity=False).hexdigest()
    lines = (form_id, version, encrypted_key, instance_id, f"submission.xml::{md5}")
    return "".join(f"{line}\n" for line in lines).encode("utf-8")


def encrypt_submission(
    xml: bytes, instance_id: str, form_id: str, version: str, encryption: Encryption
) -> tuple[bytes, bytes]:
    """(the manifest, ``submission.xml.enc``) of one submission, as Collect sends them."""
    key = _public_key(encryption)
    aes_key = os.urandom(32)
    encrypted_key = _rsa_oaep(key, aes_key)
    encrypted = _aes_cfb(aes_key, file_iv(instance_id, aes_key, 0), xml)
    source = signature_source(form_id, version, encrypted_key, instance_id, xml)
    signature = _rsa_oaep(key, hashlib.md5(source, usedforsecurity=False).digest())
    ET.register_namespace("", ENCRYPTED_NS)
    ET.register_namespace("orx", OPENROSA_NS)
    root = ET.Element(f"{{{ENCRYPTED_NS}}}data", {"id": form_id, "version": version, "encrypted": "yes"})
    ET.SubElement(root, f"{{{ENCRYPTED_NS}}}base64EncryptedKey").text = encrypted_key
    meta = ET.SubElement(root, f"{{{OPENROSA_NS}}}meta")
    ET.SubElement(meta, f"{{{OPENROSA_NS}}}instanceID").text = instance_id
    ET.SubElement(root, f"{{{ENCRYPTED_NS}}}encryptedXmlFile").text = ENCRYPTED_FILE
    ET.SubElement(root, f"{{{ENCRYPTED_NS}}}base64EncryptedElementSignature").text = signature
    manifest = bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
    return manifest, encrypted
