"""Formula-safe UTF-8 CSV, shared by the curated export and the official record."""

from __future__ import annotations

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


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


BOM = b"\xef\xbb\xbf"


def csv_bytes(df: pd.DataFrame, bom: bool = False) -> bytes:
    """UTF-8 CSV of exactly these rows, safe in a spreadsheet; CRLF line ends, so a cell with CR or LF is quoted.

    bom=True starts the file with a UTF-8 byte-order mark, so that Excel reads accents (Côte d'Ivoire,
    Türkiye) as UTF-8 rather than the system code page; LibreOffice and pandas ignore it (utf-8-sig)."""
    data = safe_frame(df).to_csv(index=False, lineterminator="\r\n").encode("utf-8")
    return BOM + data if bom else data
