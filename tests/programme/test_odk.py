"""ODK / KoboToolbox: the shipped XLSForm converts with pyxform, and every instance fits it."""

import io
import random
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

pyxform = pytest.importorskip("pyxform")
openpyxl = pytest.importorskip("openpyxl")

from facilitator.programme import odk  # noqa: E402
from facilitator.programme.summary import build_summary  # noqa: E402
from facilitator.programme.xlsform import FORM_FILE, FORM_ID, sheets  # noqa: E402
from facilitator.sessions.store import Store  # noqa: E402
from tests.helpers.programme_sessions import SENDER, planted_session, random_summary  # noqa: E402

XF = "{http://www.w3.org/2002/xforms}"


@pytest.fixture(scope="module")
def xform() -> ET.Element:
    from pyxform.xls2xform import convert

    result = convert(xlsform=str(FORM_FILE))
    assert result.warnings == []
    return ET.fromstring(result.xform)


def test_the_shipped_xlsform_is_what_the_code_describes() -> None:
    """Regenerating it (scripts/make_xlsform.py) gives the same content."""
    book = openpyxl.load_workbook(FORM_FILE)
    shipped = {
        sheet.title: [
            tuple("" if cell is None else str(cell) for cell in row)
            for row in sheet.iter_rows(values_only=True)
        ]
        for sheet in book.worksheets
    }
    assert shipped == {name: [tuple(row) for row in rows] for name, rows in sheets().items()}


def form_fields(xform: ET.Element) -> tuple[ET.Element, dict[str, str], dict[str, set[str]]]:
    """The primary instance template, each path's bind type, and each select's choices."""
    model = xform.find(f".//{XF}model")
    template = model.find(f"{XF}instance/{XF}data")
    types = {bind.get("nodeset"): bind.get("type", "string") for bind in model.iter(f"{XF}bind")}
    choices: dict[str, set[str]] = {}
    for instance in model.findall(f"{XF}instance"):
        if instance.get("id"):
            choices[instance.get("id")] = {item.findtext(f"{XF}name") for item in instance.iter(f"{XF}item")}
    return template, types, choices


def leaves(element: ET.Element, path: str = "") -> list[tuple[str, str]]:
    here = f"{path}/{element.tag.removeprefix(XF)}"
    children = list(element)
    if not children:
        return [(here, element.text or "")]
    return [leaf for child in children for leaf in leaves(child, here)]


def check_instance(xml: bytes, xform: ET.Element) -> None:
    template, types, choices = form_fields(xform)
    instance = ET.fromstring(xml)
    assert instance.tag == "data" and instance.get("id") == FORM_ID
    assert instance.get("version") == template.get("version")
    for element in instance.iter():
        element.tag = XF + element.tag  # compare in the form's namespace
    allowed = {path for path, _ in leaves(template)}
    selects = {
        bind.get("nodeset"): bind.get("nodeset").rsplit("/", 1)[-1] for bind in xform.iter(f"{XF}bind")
    }
    for path, value in leaves(instance):
        assert path in allowed, f"{path} is not a field of the form"
        kind = types.get(path, "string")
        if value == "":
            continue
        if kind == "int":
            assert value.lstrip("-").isdigit(), f"{path}: {value!r} is not an integer"
        name = selects.get(path, "")
        if name in choices:
            assert value in choices[name], f"{path}: {value!r} is not a choice"
    assert instance.find(f"{XF}meta/{XF}instanceID").text.startswith("uuid:")


def test_every_instance_matches_the_forms_fields_and_types(xform: ET.Element) -> None:
    store = Store.in_memory()
    check_instance(odk.instance_xml(build_summary(store, planted_session(store), SENDER)), xform)
    rng = random.Random(3)
    for _ in range(40):
        check_instance(odk.instance_xml(random_summary(rng, ("KZ-15", "TJ-DU"), ("2026W1",))), xform)


def test_a_broken_instance_is_caught_by_the_check(xform: ET.Element) -> None:
    """The check above has teeth: a field the form does not have, or a text in a number, fails."""
    rng = random.Random(4)
    good = odk.instance_xml(random_summary(rng, ("KZ-15",), ("2026W1",)))
    for bad in (
        good.replace(b"<follow_ups>", b"<town>X</town><follow_ups>"),
        good.replace(b"<steps_planned>12<", b"<steps_planned>twelve<"),
        good.replace(b"<region>KZ-15<", b"<region>Aktobe<"),
    ):
        with pytest.raises(AssertionError):
            check_instance(bad, xform)


def test_the_zip_has_kobos_instances_layout_and_stable_ids(tmp_path: Path) -> None:
    path = tmp_path / "facilitator.db"
    store = Store.open(path)
    first, second = planted_session(store), planted_session(store)
    summaries = [build_summary(store, first, SENDER), build_summary(store, second, SENDER)]
    archive = zipfile.ZipFile(io.BytesIO(odk.instances_zip(summaries)))
    names = archive.namelist()
    assert len(names) == 2
    for name, summary in zip(names, summaries, strict=True):
        uuid = summary.instance_id.removeprefix("uuid:")
        assert name == f"instances/{uuid}/{uuid}.xml"
        instance_id = ET.fromstring(archive.read(name)).findtext("meta/instanceID")
        assert instance_id == summary.instance_id
    again = odk.instances_zip([build_summary(store, first, SENDER), build_summary(store, second, SENDER)])
    assert again == odk.instances_zip(summaries), "a re-export is the same upload, refused as a repeat"
