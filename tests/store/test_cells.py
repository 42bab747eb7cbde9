import csv
import io

import pytest

from crossbearing.store.cells import safe_cell


@pytest.mark.parametrize("value", ['=HYPERLINK("http://evil.example","click")', "+1+cmd|' /C calc'!A0",
                                   "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "=", "-", "- 3", "-0x1F", "+ ", "-inf"])
def test_formula_starts_are_neutralised(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["-3.5", "+2", "-1e5", "-.5", "12", "+1,5", "Goma", "", " =1", "a=b", "'=x"])
def test_plain_text_and_numbers_are_left_alone(value):
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", [None, 5, -3, -2.5, True])
def test_non_strings_pass_through(value):
    assert safe_cell(value) is value


def test_csv_roundtrip_keeps_the_text_visible():
    out = io.StringIO()
    csv.writer(out).writerow([safe_cell(v) for v in ["=1+1", "-3.5", "@x"]])
    assert next(csv.reader(io.StringIO(out.getvalue()))) == ["'=1+1", "-3.5", "'@x"]
