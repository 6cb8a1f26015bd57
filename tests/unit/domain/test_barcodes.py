"""Barcodes: check digits, GS1 element strings and the artefacts keyboard-wedge scanners add."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain import barcodes
from station.domain.barcodes import GS, CodeKind, Gs1Label, normalise, parse_gs1, resolve_gs1
from station.domain.errors import Rejected

digits = st.text(alphabet="0123456789", min_size=1, max_size=13)
gs1_chars = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-", min_size=1, max_size=20)


def with_check_digit(body: str) -> str:
    return body + str(barcodes.gtin_check_digit(body))


# --- check digits -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("4006381333931", CodeKind.EAN_13),
        ("5901234123457", CodeKind.EAN_13),
        ("96385074", CodeKind.EAN_8),
        ("036000291452", CodeKind.UPC_A),
        ("04252614", CodeKind.UPC_E),
        ("00012345600012", CodeKind.GTIN_14),
    ],
)
def test_valid_codes_are_classified_and_pass_their_check_digit(code: str, kind: CodeKind) -> None:
    scan = normalise(code)
    assert scan.kind is kind
    assert scan.check_digit_ok is True
    assert scan.code == code
    assert barcodes.require_check_digit(scan) is scan


@pytest.mark.parametrize("code", ["4006381333932", "96385075", "036000291453", "00012345600013"])
def test_a_wrong_check_digit_is_reported_and_refused_on_request(code: str) -> None:
    scan = normalise(code)
    assert scan.check_digit_ok is False
    with pytest.raises(Rejected) as caught:
        barcodes.require_check_digit(scan)
    assert caught.value.code == "bad_check_digit"
    assert code in caught.value.sentence and "Scan it again" in caught.value.sentence


def test_upc_e_expands_to_its_upc_a() -> None:
    assert barcodes.upc_e_to_upc_a("04252614") == "042100005264"
    assert barcodes.is_valid_gtin(barcodes.upc_e_to_upc_a("04252614"))
    with pytest.raises(ValueError, match="check digit"):
        barcodes.upc_e_to_upc_a("04252615")


def test_an_ean_8_symbology_prefix_keeps_an_8_digit_code_ean_8() -> None:
    # 04252614 is a valid UPC-E; a scanner that says ]E4 read an EAN-8, whose check fails.
    scan = normalise("]E404252614")
    assert (scan.kind, scan.check_digit_ok, scan.symbology) == (CodeKind.EAN_8, False, "]E4")


@given(st.sampled_from([7, 11, 12, 13]).flatmap(lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)))
def test_every_gtin_with_its_computed_check_digit_is_valid(body: str) -> None:
    assert barcodes.is_valid_gtin(with_check_digit(body))


@given(
    st.sampled_from([7, 11, 12, 13]).flatmap(lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)),
    st.data(),
)
def test_any_single_digit_error_is_caught(body: str, data: st.DataObject) -> None:
    code = with_check_digit(body)
    position = data.draw(st.integers(0, len(code) - 1))
    wrong = data.draw(st.sampled_from([d for d in "0123456789" if d != code[position]]))
    assert not barcodes.is_valid_gtin(code[:position] + wrong + code[position + 1 :])


def test_check_digit_refuses_non_digits() -> None:
    with pytest.raises(ValueError, match="only digits"):
        barcodes.gtin_check_digit("12A4")
    assert not barcodes.is_valid_gtin("4006381333931x")
    assert not barcodes.is_valid_gtin("٤٠٠٦٣٨١٣٣٣٩٣١")  # Arabic-Indic digits are digits, but not barcodes


# --- codes that are not GTINs ------------------------------------------------------------------


@pytest.mark.parametrize("code", ["510001", "523456", "539999"])
def test_stockverify_internal_codes_are_accepted_without_a_check_digit(code: str) -> None:
    scan = normalise(code)
    assert (scan.kind, scan.check_digit_ok) == (CodeKind.INTERNAL, None)


@pytest.mark.parametrize("code", ["ITM-00042", "A1B2C3", "540001", "12345", "SKU/7.5"])
def test_alphanumeric_item_codes_are_accepted(code: str) -> None:
    scan = normalise(code)
    assert (scan.kind, scan.code) == (CodeKind.ITEM_CODE, code)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "empty"),
        ("\r\n", "empty"),
        ("]E0", "empty"),
        ("ab\x07cd", "unreadable"),
        ("hello world", "not_a_code"),
        ("9" * 200, "too_long"),
        ("ÄÖÜ123", "not_a_code"),
    ],
)
def test_what_cannot_be_a_code_is_refused_with_a_sentence(raw: str, code: str) -> None:
    with pytest.raises(Rejected) as caught:
        normalise(raw)
    assert caught.value.code == code
    assert caught.value.sentence.endswith(".")
    assert "Traceback" not in caught.value.sentence


# --- wedge artefacts ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["\r", "\n", "\r\n", "\t", "  \r\n"])
def test_trailing_terminators_are_removed(suffix: str) -> None:
    assert normalise("4006381333931" + suffix).code == "4006381333931"


@pytest.mark.parametrize(
    ("prefix", "kind"), [("]E0", CodeKind.EAN_13), ("]C0", CodeKind.EAN_13), ("]A0", CodeKind.EAN_13)]
)
def test_aim_symbology_prefixes_are_stripped_and_kept(prefix: str, kind: CodeKind) -> None:
    scan = normalise(prefix + "4006381333931\r")
    assert (scan.code, scan.kind, scan.symbology) == ("4006381333931", kind, prefix)


@given(st.sampled_from(["]E0", "]C0", "]Q1", "]d1", ""]), st.sampled_from(["", "\r", "\n", "\r\n", "\t"]))
def test_prefix_and_terminator_never_change_the_code(prefix: str, suffix: str) -> None:
    assert normalise(prefix + "5901234123457" + suffix).code == "5901234123457"


def test_a_burst_of_several_labels_is_split() -> None:
    assert barcodes.split_burst("4006381333931\r\n96385074\r\n\r\n510001\t") == [
        "4006381333931",
        "96385074",
        "510001",
    ]


# --- GS1 element strings ---------------------------------------------------------------------

LABEL = Gs1Label(gtin="09501101020917", batch="ABCD1234", expiry=date(2019, 5, 8), serial="10")


def test_a_gs1_128_label_with_separator_is_read() -> None:
    scan = normalise("]C101095011010209171719050810ABCD1234" + GS + "2110\r\n")
    assert scan.kind is CodeKind.GS1
    assert scan.symbology == "]C1"
    assert scan.code == "09501101020917"
    assert scan.gs1 == LABEL


@pytest.mark.parametrize("substitute", ["<GS>", "{GS}", "[GS]", "^]", "\u241d", "<FNC1>"])
def test_a_substituted_separator_is_read_as_gs(substitute: str) -> None:
    scan = normalise("01095011010209171719050810ABCD1234" + substitute + "2110")
    assert scan.gs1 == LABEL


def test_a_leading_fnc1_is_ignored() -> None:
    assert normalise(GS + "01095011010209171719050810ABCD1234" + GS + "2110").gs1 == LABEL


def test_the_printed_form_with_parentheses_is_read() -> None:
    assert normalise("(01)09501101020917(17)190508(10)ABCD1234(21)10").gs1 == LABEL


def test_a_lost_separator_is_recovered_when_the_item_has_serials() -> None:
    label = parse_gs1("01095011010209171719050810ABCD12342110")
    # Read greedily, the batch swallowed the serial; the split reading is kept as an alternative.
    assert label.batch == "ABCD12342110" and label.serial is None
    assert resolve_gs1(label, serialized=True) == LABEL
    assert resolve_gs1(label, serialized=False).batch == "ABCD12342110"


def test_a_batch_and_serial_that_split_two_ways_are_refused_for_a_serialized_item() -> None:
    label = parse_gs1("010950110102091710AB2121XY")
    with pytest.raises(Rejected) as caught:
        resolve_gs1(label, serialized=True)
    assert caught.value.code == "lost_separator"
    assert "Type the serial number" in caught.value.sentence


def test_a_gs1_label_with_a_bad_gtin_is_refused() -> None:
    with pytest.raises(Rejected) as caught:
        normalise("]C10109501101020918" + "10ABC")
    assert caught.value.code == "bad_check_digit"


@pytest.mark.parametrize("text", ["]C1011234", "]C1" + "17" + "991399", "]C10109501101020917" + "10A" + GS + "10B"])
def test_unreadable_gs1_data_is_refused(text: str) -> None:
    with pytest.raises(Rejected) as caught:
        normalise(text)
    assert caught.value.code == "bad_gs1"


def test_other_application_identifiers_are_kept() -> None:
    label = parse_gs1("0109501101020917" + "3103000189")
    assert label.gtin == "09501101020917"
    assert label.other == (("3103", "000189"),)


@given(
    gtin_body=st.text(alphabet="0123456789", min_size=13, max_size=13),
    batch=gs1_chars,
    serial=gs1_chars,
    expiry=st.dates(min_value=date(2000, 1, 1), max_value=date(2049, 12, 31)),
)
def test_a_label_read_without_its_separator_has_the_true_reading_among_its_readings(
    gtin_body: str, batch: str, serial: str, expiry: date
) -> None:
    gtin = with_check_digit(gtin_body)
    fields = f"01{gtin}17{expiry:%y%m%d}10{batch}"
    with_gs = parse_gs1(f"{fields}{GS}21{serial}")
    assert (with_gs.gtin, with_gs.batch, with_gs.serial, with_gs.expiry) == (gtin, batch, serial, expiry)
    without_gs = parse_gs1(f"{fields}21{serial}")
    readings = [without_gs, *without_gs.alternatives]
    assert Gs1Label(gtin, batch, expiry, serial) in readings


def test_a_gtin_14_gives_its_ean_13_and_upc_a_forms() -> None:
    assert barcodes.gtin_forms("00036000291452") == ["00036000291452", "036000291452", "0036000291452"]
    assert barcodes.gtin_forms("4006381333931") == ["4006381333931", "04006381333931"]
    assert barcodes.gtin_forms("ITM-1") == ["ITM-1"]
