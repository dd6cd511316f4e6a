"""OpenRosa instances of the programme's XLSForm, one per session, zipped for KoboToolbox's bulk
upload (``instances/<name>/<name>.xml``); ODK Central takes the same XML as a submission.

``meta/instanceID`` is the session's stored ``uuid:...``: exporting again gives the same id, so a
server that already has the submission refuses the repeat.

When the programme gave its public key, each instance is encrypted as ODK Collect does it
(odk_encryption.py): the folder holds the plaintext manifest as ``<name>.xml`` and the encrypted
instance as ``submission.xml.enc``, the layout of an encrypted Collect instance.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from xml.etree import ElementTree as ET

from facilitator.programme.odk_encryption import ENCRYPTED_FILE, Encryption, encrypt_submission
from facilitator.programme.summary import Summary
from facilitator.programme.xlsform import FORM_ID, FORM_VERSION, field_name, survey

ROOT = "data"
_FIXED_TIME = (2026, 1, 1, 0, 0, 0)
"""Every zip entry carries this time: the archive says nothing about when it was made."""


def _scalar(summary: Summary, name: str) -> str:
    value = getattr(summary, name)
    return "" if value is None else str(value)


def _group_counts(summary: Summary, group: str) -> dict[str, int]:
    return {field_name(key): count for key, count in getattr(summary, group).items()}


def form_version(encryption: Encryption | None) -> str:
    return (encryption.form_version if encryption is not None else "") or FORM_VERSION


def instance_xml(summary: Summary, version: str = FORM_VERSION) -> bytes:
    """The OpenRosa instance of ``summary``: the form's fields in its order, then ``meta``."""
    root = ET.Element(ROOT, {"id": FORM_ID, "version": version})
    parent = root
    group: dict[str, int] | None = None
    for field in survey():
        if field.type == "begin_group":
            parent = ET.SubElement(root, field.name)
            group = _group_counts(summary, field.name)
        elif field.type == "end_group":
            parent, group = root, None
        elif field.type == "begin_repeat":
            break  # the repeat is written below, one element per answer
        else:
            value = str(group.get(field.name, 0)) if group is not None else _scalar(summary, field.name)
            ET.SubElement(parent, field.name).text = value
    for tally in summary.tallies:
        for answer, count in tally.counts.items():
            item = ET.SubElement(root, "tally")
            for name, value in (
                ("question", tally.question),
                ("round", str(tally.round)),
                ("answer", answer),
                ("count", str(count)),
            ):
                ET.SubElement(item, name).text = value
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "instanceID").text = summary.instance_id
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def instance_name(summary: Summary) -> str:
    """The folder and file name of an instance: its UUID (nothing else about the session)."""
    return summary.instance_id.removeprefix("uuid:")


def instance_files(summary: Summary, encryption: Encryption | None = None) -> dict[str, bytes]:
    """File name -> content of one instance folder: ``<name>.xml``; encrypted, the manifest as
    ``<name>.xml`` and ``submission.xml.enc``."""
    name = instance_name(summary)
    version = form_version(encryption)
    xml = instance_xml(summary, version)
    if encryption is None:
        return {f"{name}.xml": xml}
    manifest, encrypted = encrypt_submission(xml, summary.instance_id, FORM_ID, version, encryption)
    return {f"{name}.xml": manifest, ENCRYPTED_FILE: encrypted}


def instances_zip(summaries: Iterable[Summary], encryption: Encryption | None = None) -> bytes:
    """The zip KoboToolbox's bulk upload takes: ``instances/<name>/<name>.xml`` per session (and
    ``submission.xml.enc`` beside it when encrypted)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for summary in summaries:
            name = instance_name(summary)
            for file_name, content in instance_files(summary, encryption).items():
                entry = zipfile.ZipInfo(f"instances/{name}/{file_name}", date_time=_FIXED_TIME)
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, content)
    return buffer.getvalue()
