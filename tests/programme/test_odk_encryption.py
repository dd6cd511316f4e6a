"""ODK encryption to the programme's public key: the XLSForm's settings carry ``public_key`` and
``submission_url`` and pyxform turns them into the form's encrypted submission; each instance is
encrypted as ODK Collect does it and opens with the private key alone, decrypted here the way ODK
Central does (an independent implementation of the spec: RSA-OAEP SHA-256, IV from the MD5 of
the instance id and the key, AES-256-CFB, PKCS#7); the command keeps the key and checks it."""

import base64
import hashlib
import io
import zipfile
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest

pyxform = pytest.importorskip("pyxform")
openpyxl = pytest.importorskip("openpyxl")

from cryptography.hazmat.decrepit.ciphers.modes import CFB  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import padding, rsa  # noqa: E402
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms  # noqa: E402

from facilitator.paths import database_path  # noqa: E402
from facilitator.programme import odk  # noqa: E402
from facilitator.programme.exports import form_bytes, write_export  # noqa: E402
from facilitator.programme.odk_encryption import Encryption, PublicKeyError, normalized_key  # noqa: E402
from facilitator.programme.summary import build_summary  # noqa: E402
from facilitator.programme.xlsform import FORM_FILE, FORM_ID, FORM_VERSION  # noqa: E402
from facilitator.sessions.store import Store  # noqa: E402
from facilitator.settings import load_settings  # noqa: E402
from tests.helpers.processes import run_cli  # noqa: E402
from tests.helpers.programme_sessions import SENDER, planted_session  # noqa: E402

XF = "{http://www.w3.org/2002/xforms}"
ENC = "{http://www.opendatakit.org/xforms/encrypted}"
ORX = "{http://openrosa.org/xforms}"
URL = "https://central.example.org/v1/key/abc/projects/3/submission"


def private_key(bits: int = 2048) -> Any:
    return _private_key(bits)


@cache
def _private_key(bits: int) -> Any:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def public_key(bits: int = 2048) -> str:
    der = (
        private_key(bits)
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return base64.b64encode(der).decode("ascii")


def oaep() -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def decrypt(manifest: bytes, encrypted: bytes) -> tuple[bytes, ET.Element]:
    """What the programme's server does with the private key: the submission XML back."""
    root = ET.fromstring(manifest)
    instance_id = root.findtext(f"{ORX}meta/{ORX}instanceID")
    assert instance_id and root.findtext(f"{ENC}encryptedXmlFile") == "submission.xml.enc"
    aes_key = private_key().decrypt(base64.b64decode(root.findtext(f"{ENC}base64EncryptedKey") or ""), oaep())
    assert len(aes_key) == 32
    iv = bytearray(hashlib.md5(instance_id.encode("utf-8") + aes_key).digest())
    iv[0] = (iv[0] + 1) % 256  # the first (and only) file
    decryptor = Cipher(algorithms.AES(aes_key), CFB(bytes(iv))).decryptor()
    padded = decryptor.update(encrypted) + decryptor.finalize()
    assert 1 <= padded[-1] <= 16 and padded[-padded[-1] :] == bytes([padded[-1]]) * padded[-1]
    return padded[: -padded[-1]], root


@pytest.fixture
def summary():  # type: ignore[no-untyped-def]
    store = Store.in_memory()
    return build_summary(store, planted_session(store), SENDER)


def test_an_encrypted_instance_opens_with_the_private_key_alone(summary) -> None:  # type: ignore[no-untyped-def]
    encryption = Encryption(public_key())
    archive = zipfile.ZipFile(io.BytesIO(odk.instances_zip([summary], encryption)))
    name = odk.instance_name(summary)
    assert sorted(archive.namelist()) == [
        f"instances/{name}/{name}.xml",
        f"instances/{name}/submission.xml.enc",
    ]
    manifest = archive.read(f"instances/{name}/{name}.xml")
    encrypted = archive.read(f"instances/{name}/submission.xml.enc")
    plain, root = decrypt(manifest, encrypted)
    assert plain == odk.instance_xml(summary)
    assert (root.tag, root.get("id"), root.get("version"), root.get("encrypted")) == (
        f"{ENC}data",
        FORM_ID,
        FORM_VERSION,
        "yes",
    )
    assert root.findtext(f"{ORX}meta/{ORX}instanceID") == summary.instance_id  # a repeat is still refused
    for leaked in (b"F017", b"KZ-YM-2027", b"<participants>", b"enough-rights"):
        assert leaked not in manifest + encrypted
    # the signature: MD5 of form id, version, key, instance id and the XML's MD5, RSA-encrypted
    key = root.findtext(f"{ENC}base64EncryptedKey")
    source = f"{FORM_ID}\n{FORM_VERSION}\n{key}\n{summary.instance_id}\nsubmission.xml::"
    source += hashlib.md5(plain).hexdigest() + "\n"
    signed = private_key().decrypt(
        base64.b64decode(root.findtext(f"{ENC}base64EncryptedElementSignature") or ""), oaep()
    )
    assert signed == hashlib.md5(source.encode("utf-8")).digest()


def test_each_export_has_its_own_key_and_the_same_instance_id(summary) -> None:  # type: ignore[no-untyped-def]
    encryption = Encryption(public_key(), form_version="1[encrypted:Ab1]")
    first = odk.instance_files(summary, encryption)
    second = odk.instance_files(summary, encryption)
    assert first["submission.xml.enc"] != second["submission.xml.enc"]
    plain, root = decrypt(*first.values())
    assert root.get("version") == "1[encrypted:Ab1]"
    assert ET.fromstring(plain).get("version") == "1[encrypted:Ab1]", "the version the server has"
    assert decrypt(*second.values())[0] == plain


def test_the_form_carries_the_key_and_pyxform_makes_an_encrypted_form(tmp_path: Path) -> None:
    from pyxform.xls2xform import convert

    key = public_key()
    path = tmp_path / "form.xlsx"
    path.write_bytes(form_bytes(Encryption(key, URL)))
    settings = openpyxl.load_workbook(path)["settings"]
    rows = [tuple(cell for cell in row if cell is not None) for row in settings.iter_rows(values_only=True)]
    assert rows == [
        ("form_title", "form_id", "version", "public_key", "submission_url"),
        ("Facilitator: session summary", FORM_ID, FORM_VERSION, key, URL),
    ]
    result = convert(xlsform=str(path))
    assert result.warnings == []
    submission = ET.fromstring(result.xform).find(f".//{XF}submission")
    assert submission is not None
    assert submission.get("base64RsaPublicKey") == key
    assert submission.get("action") == URL and submission.get("method") == "post"
    plain = ET.fromstring(convert(xlsform=str(FORM_FILE)).xform)
    assert plain.find(f".//{XF}submission") is None, "the shipped form stays unencrypted"


def test_a_key_that_cannot_be_used_is_refused_with_what_is_wrong(summary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pem = (
        private_key()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    assert normalized_key(pem.decode("ascii")) == public_key(), "a PEM block is taken as its base64"
    for bad, message in (
        ("", "public key: empty"),
        ("not base64 at all!", "public key: expected a base64 RSA public key"),
        (public_key(1024), "public key: 1024 bits is too weak"),
    ):
        with pytest.raises(PublicKeyError, match=message):
            normalized_key(bad)
    with pytest.raises(PublicKeyError):
        write_export([summary], "odk", tmp_path / "x.zip", Encryption("AAAA"))
    assert not (tmp_path / "x.zip").exists() and not (tmp_path / "x.form.xlsx").exists()


def test_the_command_keeps_the_key_and_encrypts_the_export(tmp_path: Path) -> None:
    key_file = tmp_path / "programme-key.pem"
    key_file.write_bytes(
        private_key()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    result = run_cli("programme", "encryption", "--public-key", str(tmp_path / "weak.txt"))
    assert result.returncode == 1 and "public key: expected a base64 RSA public key" in result.stderr
    assert "nothing was changed" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("programme", "encryption", "--public-key", str(key_file), "--submission-url", URL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("encryption\ton (RSA key ")
    assert load_settings().odk_public_key == public_key() and load_settings().odk_submission_url == URL
    assert run_cli("programme", "codes", "--programme", "KZ-YM", "--facilitator", "F017", "--region", "KZ-15")
    store = Store.open(database_path())
    session_id = planted_session(store)
    store.close()
    result = run_cli("programme", "export", session_id, "--format", "odk", "--out", str(tmp_path / "o.zip"))
    assert result.returncode == 0, result.stderr
    archive = zipfile.ZipFile(tmp_path / "o.zip")
    (manifest_name,) = [n for n in archive.namelist() if n.endswith(".xml")]
    (encrypted_name,) = [n for n in archive.namelist() if n.endswith(".enc")]
    plain, _root = decrypt(archive.read(manifest_name), archive.read(encrypted_name))
    assert b"<facilitator>F017</facilitator>" in plain
    form = openpyxl.load_workbook(tmp_path / "o.form.xlsx")["settings"]
    assert public_key() in [cell for row in form.iter_rows(values_only=True) for cell in row]
    result = run_cli("programme", "encryption", "--off")
    assert result.returncode == 0 and result.stdout.startswith("encryption\toff")
    assert load_settings().odk_public_key == ""
