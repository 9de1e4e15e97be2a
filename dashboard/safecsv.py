"""Formula-safe UTF-8 CSV, shared by the curated export, the official record and the app's downloads.

`csv_bytes(df)` writes exactly what `df.to_csv(index=False, lineterminator="\\r\\n")` would write for the
neutralised frame (`safe_frame`), byte for byte, but column by column: each column is factorised, each
distinct value is formatted (pandas' own CSV formatting), neutralised and quoted once, and pyarrow's
compute kernels lay the rows out. A title that repeats on 200 rows is treated once, not 200 times, and
the all-votes CSV of the official record (~1 million rows, ~200 MB) takes a fraction of a second.

Semantics (the same as before): UTF-8, CRLF line ends (RFC 4180), minimal quoting (a cell with a comma,
a double quote, CR or LF is quoted, quotes doubled; an empty cell of a one-column table is `""`),
missing values empty, and a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
prefixed with `'` so that a spreadsheet does not run it as a formula. Numbers are not text: `-1` stays.
"""

from __future__ import annotations

import io
import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.core.indexes.base import get_values_for_csv

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
NEEDS_QUOTES = re.compile(r'[,"\r\n]')
#: FORMULA_PREFIXES as one anchored pattern (one pass over a column's values, not six)
RISKY = r"^[=+\-@\t\r]"
EOL = "\r\n"
#: Rows laid out per pass: bounds the working memory beside the growing result (~20 MB a pass).
CHUNK_ROWS = 100_000


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The same rows with every text cell neutralised against formula injection (vectorised)."""
    out = df.copy()
    for column in out.columns:
        values = out[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            categories = [neutralise(c) for c in values.cat.categories]
            if categories != list(values.cat.categories):
                out[column] = values.cat.rename_categories(categories)
        elif pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values):
            text = values.astype("string")
            risky = text.str.startswith(FORMULA_PREFIXES).fillna(False).astype(bool)
            if risky.any():
                out[column] = text.where(~risky, "'" + text)
    return out


def csv_bytes_pandas(df: pd.DataFrame) -> bytes:
    """The reference writer (pandas' row-by-row to_csv); `csv_bytes` gives the same bytes, faster."""
    return safe_frame(df).to_csv(index=False, lineterminator=EOL).encode("utf-8")


def quote(text: str) -> str:
    """A cell as Python's csv module writes it with QUOTE_MINIMAL (what pandas' to_csv uses)."""
    if NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _is_text(values: pd.Series) -> bool:
    return pd.api.types.is_object_dtype(values.dtype) or pd.api.types.is_string_dtype(values.dtype)


def _column(values: pd.Series, single: bool) -> tuple[np.ndarray, pa.Array]:
    """(codes, cells): an int32 code per row (-1 for missing) and each distinct value's finished cell."""
    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype) and dtype.categories.dtype.kind not in "mM":
        codes = values.cat.codes.to_numpy()
        uniques = values.cat.categories
        if 4 * len(uniques) > len(codes):  # few rows for the vocabulary: format only the values used
            used = np.unique(codes[codes >= 0])
            codes = np.where(codes >= 0, np.searchsorted(used, codes), -1)
            uniques = uniques[used]
        text_values = pd.api.types.is_string_dtype(uniques.dtype)
        if uniques.dtype == object:  # mixed categories: only the str ones are text
            text_values = np.array([isinstance(c, str) for c in uniques], dtype=bool)
        uniques = uniques._values
    elif isinstance(dtype, np.dtype) and dtype.kind in "iu":  # numpy ints: no missing, never text or quoted
        codes, uniques = pd.factorize(values)
        return np.asarray(codes, dtype=np.int32), pa.array(uniques).cast(pa.string())
    else:
        if values.dtype == object:  # mixed objects: factorise their text (True and 1 are equal, not the same)
            values = values.astype("string")
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        uniques = uniques._values if isinstance(uniques, pd.Index) else uniques
        # object and string columns: every cell is text (the reference writer neutralises str(value));
        # datetime categories are formatted like the dates themselves
        text_values = _is_text(values) and not isinstance(uniques, pd.Categorical)
    if isinstance(uniques.dtype, pd.StringDtype):  # pandas' str columns: already Arrow strings
        formatted = pa.array(uniques, type=pa.large_string())
        if isinstance(formatted, pa.ChunkedArray):
            formatted = formatted.combine_chunks()
        formatted = formatted.cast(pa.string())
    else:
        formatted = pa.array(np.asarray(get_values_for_csv(uniques, na_rep="", date_format=None)).astype(str))
    cells = finish(formatted, text_values, single)
    codes = np.asarray(codes, dtype=np.int32)
    codes = np.where(codes < 0, len(cells), codes).astype(np.int32)  # missing: the cell after the last
    return codes, pa.concat_arrays([cells, pa.array(['""' if single else ""], type=pa.string())])


def finish(text: pa.Array, is_text: bool | np.ndarray, single: bool) -> pa.Array:
    """Formatted values → cells: text neutralised, then quoted as the csv module quotes (vectorised)."""
    text = pc.fill_null(text, "")
    if is_text is not False:
        risky = pc.match_substring_regex(text, RISKY)
        if is_text is not True:
            risky = pc.and_(risky, pa.array(is_text, type=pa.bool_()))
        text = pc.if_else(risky, pc.binary_join_element_wise("'", text, ""), text)
    needs = pc.match_substring_regex(text, '[,"\r\n]')
    text = pc.if_else(needs, pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', ""), text)
    if single:
        text = pc.if_else(pc.equal(text, ""), '""', text)
    return text


class Prepared:
    """A table laid out for CSV: per column, a code per row and each distinct value's finished cell.

    Preparing formats, neutralises and quotes each distinct value once; `to_bytes(rows)` then writes any
    subset of the rows in a few milliseconds (one state's votes out of a million) without touching pandas.
    """

    def __init__(self, df: pd.DataFrame) -> None:
        labels = list(df.columns)
        self.fallback = df if not labels or isinstance(df.columns, pd.MultiIndex) else None
        single = len(labels) == 1
        self.header = (",".join('""' if single and str(c) == "" else quote(str(c)) for c in labels) + EOL).encode()
        self.columns = [] if self.fallback is not None else [_column(df.iloc[:, i], single) for i in range(len(labels))]
        self.length = len(df)

    def to_bytes(self, rows: np.ndarray | None = None) -> bytes:
        """The CSV of all rows, or of these row positions (in this order)."""
        if self.fallback is not None:
            return csv_bytes_pandas(self.fallback if rows is None else self.fallback.iloc[rows])
        out = io.BytesIO()
        out.write(self.header)
        count = self.length if rows is None else len(rows)
        eol = pa.scalar("", pa.string())
        for start in range(0, count, CHUNK_ROWS):
            stop = min(start + CHUNK_ROWS, count)
            pick = slice(start, stop) if rows is None else rows[start:stop]
            parts = [cells.take(pa.array(codes[pick])) for codes, cells in self.columns]
            line = pc.binary_join_element_wise(*parts, ",") if len(parts) > 1 else parts[0]
            line = pc.binary_join_element_wise(line, eol, EOL)  # each row followed by CRLF
            offsets = np.frombuffer(line.buffers()[1], dtype=np.int32, count=len(line) + 1, offset=line.offset * 4)
            out.write(memoryview(line.buffers()[2])[offsets[0] : offsets[-1]])
        return out.getvalue()


BOM = b"\xef\xbb\xbf"


def csv_bytes(df: pd.DataFrame, bom: bool = False) -> bytes:
    """UTF-8 CSV of exactly these rows, safe in a spreadsheet; CRLF line ends, so a cell with CR or LF is quoted.

    The same bytes as `csv_bytes_pandas(df)`, column by column (see `Prepared`); a frame without columns,
    or with several levels of column labels, goes through that reference writer. bom=True starts the file
    with a UTF-8 byte-order mark, so that Excel reads accents (Côte d'Ivoire, Türkiye) as UTF-8 rather than
    the system code page; LibreOffice and pandas ignore it (utf-8-sig).
    """
    data = Prepared(df).to_bytes()
    return BOM + data if bom else data
