"""The column-wise CSV writer gives the same bytes as the reference (pandas' to_csv of the neutralised frame)."""

from __future__ import annotations

import csv
import io
import random

import numpy as np
import pandas as pd
import pytest

from dashboard import safecsv

TRICKY = [
    "=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "a,b", 'say "hi"', '"', '""', "line\nbreak", "x\r\ny",
    "", " =1", "'=x", "ünïcödé ✓", "emoji 🗳", "trailing ", ",", "-", "=", "A/RES/69/188", "1e5", "nan", "None",
]  # fmt: skip


def same(df: pd.DataFrame) -> bytes:
    fast, reference = safecsv.csv_bytes(df), safecsv.csv_bytes_pandas(df)
    assert fast == reference
    return fast


def test_tricky_text_cells_in_every_text_dtype() -> None:
    n = len(TRICKY)
    df = pd.DataFrame(
        {
            "object": pd.Series(TRICKY, dtype=object),
            "str": pd.Series(TRICKY, dtype="str"),
            "string": pd.array(TRICKY, dtype="string"),
            "category": pd.Categorical(TRICKY),
            "with_missing": pd.Series([None if i % 3 == 0 else t for i, t in enumerate(TRICKY)], dtype=object),
            "n": range(-3, n - 3),
        }
    )
    data = same(df)
    back = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert back[0] == list(df.columns)
    for row, text in zip(back[1:], TRICKY, strict=True):
        expected = "'" + text if text.startswith(safecsv.FORMULA_PREFIXES) else text
        assert row[:4] == [expected] * 4
    assert back[1][-1] == "-3"  # a number is not text: never prefixed


def test_other_dtypes_are_formatted_as_pandas_formats_them() -> None:
    df = pd.DataFrame(
        {
            "float": [0.1, np.nan, 1e20, -0.0, 1 / 3, 0.30000000000000004, 1e-7, np.inf],
            "int": np.arange(8, dtype="int32") - 4,
            "Int16": pd.array([1, None, -3, 4, None, 6, 7, 8], dtype="Int16"),
            "bool": [True, False] * 4,
            "boolean": pd.array([True, None, False, None] * 2, dtype="boolean"),
            "date": pd.to_datetime(["2014-12-18"] * 7 + [None]),
            "datetime": pd.to_datetime(["2014-12-18 10:30"] * 7 + [None]),
            "datecat": pd.Categorical(pd.to_datetime(["2014-01-01", "2015-06-30", None, "2014-01-01"] * 2)),
            "intcat": pd.Categorical([-1, 2, None, 3] * 2),
            "mixed": pd.Series([1, "=x", 2.5, None, -4, "y", True, "-z"], dtype=object),
        }
    )
    same(df)


def test_shapes_and_labels() -> None:
    same(pd.DataFrame({"only": ["", None, "x", "=y"]}))  # one column: an empty cell is written ""
    same(pd.DataFrame({"a": pd.Series([], dtype=str), "b": pd.Series([], dtype=int)}))
    same(pd.DataFrame({"a,b": [1], 'q"': [2], 3: [4], "=c": [5]}))  # labels quoted, never neutralised
    same(pd.DataFrame({"x": ["a", "b", "c"] * 5, "y": range(15)}).iloc[3:9])
    same(pd.DataFrame({"x": ["=a", "b"]}, index=[10, 3]))
    assert safecsv.csv_bytes(pd.DataFrame([[1, "=2"]], columns=["a", "a"])) == b"a,a\r\n1,'=2\r\n"


def test_random_frames_match_the_reference() -> None:
    rng = random.Random(20261124)
    alphabet = ["a", "Z", " ", ",", '"', "\n", "\r", "=", "+", "-", "@", "\t", "'", "é", "1", "."]
    for _ in range(30):
        rows = rng.randint(0, 40)
        cells = ["".join(rng.choices(alphabet, k=rng.randint(0, 6))) for _ in range(rows)]
        cells = [None if rng.random() < 0.1 else c for c in cells]
        same(
            pd.DataFrame(
                {
                    "text": pd.Series(cells, dtype=object),
                    "cat": pd.Categorical(cells),
                    "n": [rng.choice([1.5, -2.0, np.nan, 3]) for _ in range(rows)],
                }
            )
        )


def test_prepared_rows_match_the_subset_written_on_its_own() -> None:
    df = pd.DataFrame(
        {"state": pd.Categorical(["CHN", "USA", "=X"] * 50), "n": range(150), "t": ["a,b", "=c", "d"] * 50}
    )
    prepared = safecsv.Prepared(df)
    rows = np.flatnonzero(df["state"] == "USA")
    assert prepared.to_bytes(rows) == safecsv.csv_bytes_pandas(df.iloc[rows])
    assert prepared.to_bytes(np.empty(0, dtype=np.int64)) == safecsv.csv_bytes_pandas(df.iloc[:0])
    assert prepared.to_bytes() == safecsv.csv_bytes_pandas(df)


@pytest.mark.parametrize("chunk", [1, 7, 1000])
def test_chunked_layout_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(safecsv, "CHUNK_ROWS", chunk)
    same(pd.DataFrame({"t": TRICKY, "n": range(len(TRICKY))}))
