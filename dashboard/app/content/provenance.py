"""Who to credit for the official rows a page shows, and on what terms: each source's label, citation and licence
as provenance.json gives them (the hrc-voting rows' PolyForm Noncommercial notice included). Pure: no Streamlit."""

from __future__ import annotations

from dashboard.official.rollcalls import RollCalls
from dashboard.official.vocab import Body, Source

#: The sources of each body's rows, in the order credited.
BODY_SOURCES = {
    Body.general_assembly.value: [Source.unvotes.value, Source.un_extract.value],
    Body.human_rights_council.value: [Source.hrc_voting.value, Source.un_hrc_extract.value],
    Body.commission_on_human_rights.value: [Source.hrc_voting.value],
    Body.security_council.value: [Source.un_sc_extract.value, Source.un_sc_drafts.value, Source.sc_veto_list.value],
}


def credit(rc: RollCalls, source: str) -> str:
    """'<label> — <citation> (terms: <licence>)' for one source code of the record."""
    given = rc.provenance.get("sources", {}).get(source, {})
    text = Source.labels().get(source, source)
    if given.get("citation"):
        text += f" — {str(given['citation']).removeprefix('Source: ').rstrip('.')}"
    return text + (f" (terms: {str(given['licence']).rstrip('.')})" if given.get("licence") else "")


def body_credit(rc: RollCalls, body: str) -> str:
    """Every source of one body's rows, credited (Markdown-free text)."""
    return "Sources: " + " · ".join(credit(rc, s) for s in BODY_SOURCES.get(body, [])) + "."


def decision_credit(rc: RollCalls, rcid: int) -> str:
    """The credit of the source one decision comes from."""
    rows = rc.decisions.loc[rc.decisions["rcid"] == rcid, "source"]
    return f"Source: {credit(rc, str(rows.iloc[0]))}." if len(rows) else ""
