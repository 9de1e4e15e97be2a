"""Small text helpers the pages, charts and ui share. Pure: no Streamlit, no pandas frames."""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date


def missing(value: object) -> bool:
    """None, NaN, NaT or pandas' NA: a value the sources do not give."""
    if value is None:
        return True
    try:
        return bool(value != value)  # only NaN and NaT differ from themselves
    except TypeError:  # pandas' NA refuses bool()
        return True


def known(value: object, unknown: str = "unknown") -> str:
    """The value as text, or `unknown` where it is missing."""
    return unknown if missing(value) else str(value)


def count(n: int, one: str, many: str | None = None) -> str:
    """'1 passage', '3 passages'; `many` for an irregular plural ('1 passage states', '2 passages state')."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def partial_date(value: object, precision: object, undated: str = "date unknown") -> str:
    """A YYYY[-MM[-DD]] date with how much of it is known: '2025-09 (month only)', '2014-11-18', `undated`."""
    if missing(value):
        return undated
    if precision in ("day", "unknown") or missing(precision):
        return str(value)
    return f"{value} ({precision} only)"


def small(text: str) -> str:
    """Text in the look of a caption inside a larger Markdown element (draw it with unsafe_allow_html): one
    paragraph; its line breaks ("  \\n") stay inside. Pass only our own text, escaped."""
    return f"<small>{text}</small>"


def folded(summary: str, body: str) -> str:
    """Markdown `body` folded under a one-line `summary` (plain text, escaped here), for a larger Markdown element
    drawn with unsafe_allow_html: an HTML details element, where an expander would be two more things for the
    browser to draw (its block and its body's element). Keyboard and screen readers open it as a button."""
    return (
        f'<details><summary style="cursor:pointer;padding:0.25rem 0">{html.escape(summary)}</summary>\n\n{body}'
        "\n\n</details>"
    )


def shorten(text: str, limit: int) -> str:
    """text cut to at most `limit` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def long_date(day: date) -> str:
    """'18 December 2014' (no leading zero)."""
    return f"{day.day} {day:%B %Y}"


def figures_html(figures: Sequence[tuple[str, object, str | None]]) -> str:
    """Headline figures (label, value, help or None) as one HTML row, the look of st.metric (ui.GLOBAL_CSS's
    `.figures`): one element to draw where a row of metrics is a block of columns and one element each. A
    figure's help is its label's tooltip. Escaped."""
    cells = []
    for label, value, help_ in figures:
        tip = f' title="{html.escape(help_)}"' if help_ else ""
        name = f'<span class="figure-label{" has-help" if help_ else ""}"{tip}>{html.escape(label)}</span>'
        cells.append(f'<div class="figure">{name}<span class="figure-value">{html.escape(str(value))}</span></div>')
    return f'<div class="figures">{"".join(cells)}</div>'


def stacked_table_css(table_class: str, label_weight: int = 400) -> str:
    """CSS that, below 640 px, reads an HTML table one row at a time: each cell on its own line, labelled
    with its data-label (the Compare matrix, the series grid)."""
    t = f"table.{table_class}"
    return f"""<style>
@media (max-width: 640px) {{
  {t} thead {{ display: none; }}
  {t}, {t} tbody, {t} tr, {t} td {{ display: block; width: 100%; }}
  {t} tr {{ border-top: 1px solid #d0d0d0; padding: 4px 0; }}
  {t} td[data-label]::before {{ content: attr(data-label) ": "; font-weight: {label_weight}; color: #333; }}
}}
</style>"""


def active_filters(filters: Sequence[tuple[str, object]]) -> str:
    """One line naming the filters in use, for a page whose filters sit in a folded section:
    'Filtered by actor: North Korea · stance: reject · quoted only' (a switch, True, by its name alone),
    or 'No filter in use.'"""
    used = [name if value is True else f"{name}: {value}" for name, value in filters if value not in (None, "", False)]
    return "Filtered by " + " · ".join(used) if used else "No filter in use."


def unrecognised(params: Mapping[str, str], options: Mapping[str, Collection[str]]) -> list[str]:
    """The names of the parameters whose value in the link is none of their options (as given or in capitals),
    so the page opens its folded filters and the notice about them shows."""
    return [
        name
        for name, choices in options.items()
        if (raw := params.get(name)) and raw not in choices and raw.upper() not in choices
    ]


def small_text(text: str) -> str:
    """Plain text (from the data or the reader: escaped) in small type, as `small`: so a page's count and its
    note under it are one element, not two."""
    return small(html.escape(text, quote=False))


def scroll_box(markdown: str, max_height: int | None = None) -> str:
    """Markdown (a table) in a box that scrolls within itself, sideways on a narrow screen and down beyond
    `max_height` pixels (ui.GLOBAL_CSS's `.scroll-box`: its table's cells on one line, the header kept in view),
    inside an element drawn with unsafe_allow_html: the blank lines keep the Markdown inside the HTML block read
    as Markdown."""
    height = f' style="max-height:{max_height}px"' if max_height else ""
    return f'<div class="scroll-box"{height}>\n\n{markdown}\n\n</div>'


@dataclass(frozen=True)
class Bar:
    """One row of `bars_html`: its label, its length against the block's `top` (None: no bar), its colour, the
    text after it (plain; escaped there) and the row's tooltip (None: none)."""

    label: str
    length: float | None
    colour: str
    text: str
    tip: str | None = None


@dataclass(frozen=True)
class BarLook:
    """How `bars_html` lays its rows out: the label column's width, the type size, the row's line height and the
    bar's thickness (CSS lengths), and a line under the title (plain text; "" for none)."""

    label_width: str = "11.5rem"
    font_size: str | None = None
    line_height: float = 1.7
    thickness: str = "1.1rem"
    note: str = ""


def bars_html(title: str, rows: Sequence[Bar], top: float, css_class: str, look: BarLook = BarLook()) -> str:
    """Horizontal bars as one HTML block for a Markdown element drawn with unsafe_allow_html: a row per bar, its
    label right-aligned, its bar to one scale (`top` is the full width) and its text after it. Figures a Vega
    view would otherwise compile and draw (bench/profile_change.py: ~40-60 ms of the browser's main thread a
    chart); the Vote breakdown's and the Decisions' tallies, the Outvoted ranking. Escaped; no blank line (it
    would end the HTML block)."""
    size = f";font-size:{look.font_size}" if look.font_size else ""
    drawn = []
    for row in rows:
        tip = f' title="{html.escape(row.tip)}"' if row.tip else ""
        bar = "" if row.length is None else (
            f'<span style="display:inline-block;height:{look.thickness};vertical-align:middle;margin-right:0.3rem;'
            f'width:{100 * row.length / top:.1f}%;background:{row.colour}"></span>'
        )
        drawn.append(
            f'<div{tip} style="display:flex;align-items:center;gap:0.5rem;line-height:{look.line_height}">'
            f'<span style="flex:0 0 {look.label_width};text-align:right{size}">{html.escape(row.label)}</span>'
            f'<span style="flex:1 1 auto{size}">{bar}{html.escape(row.text)}</span></div>'
        )
    heading = f'<div style="font-weight:600;margin-bottom:0.3rem">{html.escape(title)}</div>'
    note = look.note and f'<div style="font-size:0.8rem;color:#555;margin-bottom:0.3rem">{html.escape(look.note)}</div>'
    return (f'<div class="{css_class}" role="figure" aria-label="{html.escape(title)}" style="margin-bottom:0.75rem">'
            f'{heading}{note}{"".join(drawn)}</div>')  # fmt: skip
