"""A real browser: `streamlit run` on localhost, Debian's Chromium driven by Playwright.

Every page loads from its shareable link with its heading, no error element and no "in the link"
notice; a malformed link gives a notice, not a traceback; the maps draw their countries from the local
topojson; no request (websockets included) goes to any host but this machine; CSV downloads are read
back and match `python -m dashboard export`; each page is saved whole as a screenshot under
test-output/screenshots/; the cold start and a page change are timed (test-output/timings.json).
The users' jobs of issue 8 are performed and their results checked (a state's record as CSV, states compared
with both layers, the permanent five, the 2014 plenary event's official outcome, the 20 "no" votes from a
shared link); every page is opened on a phone (390 × 844), saved as phone-NAME.png, and must not scroll
sideways; the navigation closes after a tap.

Chromium missing is a failure, never a skip: the README's test command installs it.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from tests.browser_support import LOCAL_HOSTS, streamlit_server
from tests.conftest import ROOT

OUT = ROOT / "test-output"
SHOTS = OUT / "screenshots"
LAPTOP = {"width": 1280, "height": 800}
EVENT = "ga3-2014-dprk-resolution"  # the 2014 Third Committee vote, 111-19-55, nine "no" voters named
#: name -> (shareable link, the page's title)
PAGES = {
    "overview": ("/", "UN votes and state positions"),
    "breakdown": (f"/breakdown?event={EVENT}", "Vote breakdown"),
    "breakdown-without-vote": ("/breakdown?event=hrc-2017-dprk-resolution", "Vote breakdown"),
    "country": ("/country?iso3=PRK", "Country profile"),
    "compare": ("/compare?states=CHN,RUS,USA", "Compare states"),
    "positions": ("/positions?actor=PRK", "Positions and quotes"),
    "sources": ("/sources?fact=chn-dissociates-hrc-2017", "Sources"),
    "data": ("/data?table=votes", "Data and downloads"),
    "rollcalls": ("/rollcalls?symbol=A/RES/69/188", "Decisions"),
    "agreement": ("/agreement?a=USA&b=CHN", "Agreement in the official record"),
    "series": ("/series?iso3=CHN", "A resolution across the years"),
    "record": ("/record?states=CHN&topic=Human%20rights&from=2000&to=2019", "A state's voting record"),
    "compare-p5": ("/compare?states=CHN,FRA,RUS,GBR,USA", "Compare states"),
    "breakdown-plenary": ("/breakdown?event=ga-2014-dprk-resolution-plenary", "Vote breakdown"),
    "country-never-named": ("/country?iso3=FRA", "Country profile"),
}
PHONE = {"width": 390, "height": 844}
#: A phone's user agent: Streamlit closes the sidebar after a tap on a page only for a mobile device.
PHONE_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
#: Malformed links: a short notice and a sensible default, never a traceback.
BAD_LINKS = {
    "breakdown-unknown-event": ("/breakdown?event=no-such-event", "Vote breakdown"),
    "country-unknown-state": ("/country?iso3=XYZ", "Country profile"),
    "data-unknown-table": ("/data?table=%3Cscript%3E", "Data and downloads"),
}
pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def timings() -> Iterator[dict[str, object]]:
    found: dict[str, object] = {}
    yield found
    OUT.mkdir(exist_ok=True)
    (OUT / "timings.json").write_text(json.dumps(found, indent=2) + "\n")
    print("\nbrowser timings (s):", json.dumps(found))


class Traffic:
    """Every request a browser context makes; any to another host is refused and kept."""

    def __init__(self, context: BrowserContext) -> None:
        self.seen: list[str] = []
        self.outside: list[str] = []
        self.responses: dict[str, int] = {}
        context.route("**/*", self._guard)
        context.on("request", lambda request: self.seen.append(request.url))
        context.on("response", lambda response: self.responses.__setitem__(response.url, response.status))

    def _guard(self, route, request) -> None:  # noqa: ANN001 - Playwright's callback types
        if self.local(request.url):
            route.continue_()
        else:
            self.outside.append(request.url)
            route.abort()

    def watch(self, page: Page) -> None:
        """Websockets bypass routing: check their hosts too."""
        page.on("websocket", lambda socket: self.seen.append(socket.url))
        page.on("websocket", lambda socket: None if self.local(socket.url) else self.outside.append(socket.url))

    @staticmethod
    def local(url: str) -> bool:
        return url.startswith(("data:", "blob:", "about:")) or urlparse(url).hostname in LOCAL_HOSTS

    def check(self) -> None:
        outside = sorted(set(self.outside + [url for url in self.seen if not self.local(url)]))
        assert not outside, f"requests left the machine: {outside}"
        assert self.seen, "no request recorded at all: the recorder is broken"


@pytest.fixture
def traffic(browser: Browser) -> Iterator[tuple[Page, Traffic]]:
    """A fresh tab at laptop size whose every request is recorded; fails if one left localhost."""
    context = browser.new_context(viewport=LAPTOP, accept_downloads=True)
    recorded = Traffic(context)
    tab = context.new_page()
    recorded.watch(tab)
    yield tab, recorded
    context.close()
    recorded.check()


@pytest.fixture
def page(traffic: tuple[Page, Traffic]) -> Page:
    return traffic[0]


def heading(page: Page, text: str):  # noqa: ANN201 - a Playwright Locator
    return page.locator('[data-testid="stMain"]').get_by_role("heading", level=1, name=text).first


def arrive(page: Page, title: str) -> None:
    """Wait for the page titled `title`, then until it has settled (see settle)."""
    heading(page, title).wait_for(timeout=60_000)
    settle(page)


#: A world map's layers of country shapes, as Vega draws them (base outlines, then coloured states).
GEOSHAPES = '[data-testid="stVegaLiteChart"] g.mark-shape'


def settle(page: Page) -> None:
    """Wait until Streamlit has finished running the script and every chart has drawn (its SVG marks)."""
    # The app root says whether the script runs (Streamlit's own end-to-end tests wait on it); the status
    # widget shows only after a delay, so a slow run could pass for a finished one.
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState === 'notRunning'",
        timeout=60_000,
    )
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stVegaLiteChart\"]')].every(c => c.querySelector('svg.marks'))",
        timeout=60_000,
    )
    page.wait_for_timeout(1000)


def alerts(page: Page, kind: str) -> list[str]:
    return page.locator(f'[data-testid="stAlertContent{kind}"]').all_inner_texts()


def assert_no_error(page: Page) -> None:
    exceptions = page.locator('[data-testid="stException"]').all_inner_texts()
    assert not exceptions, f"Streamlit exception on the page: {exceptions}"
    assert not alerts(page, "Error"), f"error box on the page: {alerts(page, 'Error')}"
    assert page.get_by_text("Page not found").count() == 0, "Streamlit's 'Page not found' dialog"


def screenshot(page: Page, name: str) -> Path:
    """The whole page: Streamlit scrolls inside its main section, so grow the viewport to fit it first."""
    height = page.evaluate(
        '() => Math.max(...[...document.querySelectorAll(\'[data-testid="stMain"], [data-testid="stSidebar"]\')]'
        ".map(e => e.scrollHeight), document.body.scrollHeight)"
    )
    page.set_viewport_size({"width": LAPTOP["width"], "height": min(max(height, LAPTOP["height"]), 16_000)})
    page.wait_for_timeout(800)  # let charts re-lay out
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(LAPTOP)
    return path


@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_without_errors(server: str, page: Page, name: str) -> None:
    path, title = PAGES[name]
    page.goto(server + path)
    arrive(page, title)
    screenshot(page, name)
    assert_no_error(page)
    notices = [text for text in alerts(page, "Info") + alerts(page, "Warning") if "in the link" in text]
    assert not notices, f"a valid link drew a notice about itself: {notices}"
    assert urlparse(page.url).path == urlparse(server + path).path, "the page moved to another path"
    assert page.get_by_text("Sources.", exact=False).count() >= 1, "the footer naming the sources is missing"


@pytest.mark.parametrize("name", list(BAD_LINKS))
def test_malformed_link_gives_a_notice(server: str, page: Page, name: str) -> None:
    path, title = BAD_LINKS[name]
    page.goto(server + path)
    arrive(page, title)
    assert_no_error(page)
    notices = [text for text in alerts(page, "Info") + alerts(page, "Warning") if "in the link" in text]
    assert notices, f"no notice for the malformed link {path}"


def test_map_draws_countries_offline(server: str, traffic: tuple[Page, Traffic]) -> None:
    page, recorded = traffic
    page.goto(server + f"/breakdown?event={EVENT}&map=1")  # the map of the named votes, drawn on request
    page.locator(GEOSHAPES).first.wait_for(timeout=60_000)
    settle(page)
    topojson = [url for url in recorded.responses if url.endswith("/app/static/world_50m.json")]
    assert topojson and recorded.responses[topojson[0]] == 200, "the map's outlines did not come from app/static/"
    # Vega draws one path per country: the grey base layer (every country but Antarctica), then the coloured ones
    layers = page.eval_on_selector_all(
        GEOSHAPES, "gs => gs.map(g => [...g.querySelectorAll('path')].map(p => (p.getAttribute('d') || '').length))"
    )
    assert len(layers) == 2 and len(layers[0]) >= 200, f"country outlines not drawn: {[len(x) for x in layers]}"
    assert len(layers[1]) == 9, "the nine named 'no' voters should be coloured, and only they"
    assert min(layers[1]) > 100 and sum(layers[0]) > 100_000
    box = page.locator(GEOSHAPES).first.bounding_box()  # the whole world
    assert box and box["width"] > 300 and box["height"] > 150, f"the map is drawn too small: {box}"
    assert page.locator("g.mark-symbol path").count() >= 193, "the hemicycle lacks the body's 193 seats"


def test_official_map_draws_every_member(server: str, page: Page) -> None:
    page.goto(server + "/rollcalls?symbol=A/RES/69/188")
    page.locator(GEOSHAPES).first.wait_for(timeout=60_000)
    settle(page)
    coloured = page.locator(GEOSHAPES).last.locator("path")
    assert coloured.count() >= 185  # 193 members; a few microstates lack an outline


def test_a_chart_s_marks_have_no_aria_label_but_keep_their_tooltips(server: str, page: Page) -> None:
    """charts.without_mark_descriptions: no ARIA description per seat; the title and the legend (each value and
    its count) keep their labels; a seat still says who it is and how it voted on hover."""
    page.goto(server + "/rollcalls?symbol=A/RES/69/188")
    arrive(page, "Decisions")
    seats = page.locator('[data-testid="stVegaLiteChart"]').filter(has=page.locator("g.mark-symbol")).first
    assert seats.locator("g.role-title-text").get_attribute("aria-label") == "Title text 'The 193 members'"
    assert "Yes: 116 in the official record" in (seats.locator("g.role-legend").get_attribute("aria-label") or "")
    assert seats.locator("g.mark-symbol path[aria-label]").count() == 0  # no description per seat
    seat = seats.locator("g.mark-symbol path").nth(20)
    seat.hover()
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=10_000)
    assert tooltip.inner_text().split("\n")[-1].endswith(": yes")  # e.g. "seat / Canada: yes", a yes seat on the left


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The CSVs `python -m dashboard export` writes."""
    out = tmp_path_factory.mktemp("export")
    subprocess.run(
        [sys.executable, "-m", "dashboard", "export", "--out", str(out)], cwd=ROOT, check=True, capture_output=True
    )
    return out


def download(page: Page, label: str, target: Path) -> Path:
    button = page.get_by_role("button", name=label)
    button.wait_for(timeout=60_000)
    with page.expect_download(timeout=60_000) as info:
        button.click()
    got = info.value
    assert got.failure() is None, got.failure()
    path = target / got.suggested_filename
    got.save_as(path)
    return path


VOTE_COLUMNS = ["vote_id", "event_id", "country_iso3", "country", "vote"]
CONTEXT = ["event title", "event date", "body in words", "official record", "source articles", "passages"]


def test_csv_download_is_the_whole_votes_table(server: str, page: Page, tmp_path: Path, exported: Path) -> None:
    """The export's columns and rows, then what a reader needs without the other tables; a BOM for Excel."""
    page.goto(server + "/data?table=votes")
    arrive(page, "Data and downloads")
    expected = pd.read_csv(exported / "votes.csv")
    saved = download(page, f"Download {len(expected)} rows as CSV", tmp_path)
    assert saved.name == "votes.csv"
    assert saved.read_bytes().startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark: Excel would garble accents"
    rows = pd.read_csv(saved, encoding="utf-8-sig")
    assert list(rows.columns) == VOTE_COLUMNS + CONTEXT
    pd.testing.assert_frame_equal(rows[VOTE_COLUMNS], expected)  # the same rows as `python -m dashboard export`
    assert rows["passages"].notna().all() and rows["source articles"].notna().all()
    assert page.get_by_text(f"{len(expected)} of {len(expected)} rows").count() >= 1


def test_csv_download_is_the_filtered_rows(server: str, page: Page, tmp_path: Path) -> None:
    page.goto(server + f"/data?table=votes&event={EVENT}")
    page.get_by_text("9 of ").first.wait_for(timeout=60_000)
    settle(page)
    saved = download(page, "Download 9 rows as CSV", tmp_path)
    assert saved.name == f"votes_event-{EVENT}.csv"
    rows = pd.read_csv(saved, encoding="utf-8-sig")
    assert list(rows.columns) == VOTE_COLUMNS + CONTEXT
    assert len(rows) == 9 and set(rows["event_id"]) == {EVENT} and set(rows["vote"]) == {"no"}
    assert set(rows["event title"]) == {
        "Human rights in North Korea, with a request to refer it to the ICC (Third Committee, 2014)"
    }
    assert set(rows["official record"]) == {"A/RES/69/188 (the plenary vote on the same text)"}
    assert {"CHN", "RUS", "CUB", "IRN", "SYR", "BLR", "VEN", "UZB", "SDN"} == set(rows["country_iso3"])


def test_cold_start_time(browser: Browser, timings: dict[str, object]) -> None:
    """Process start to the first page's heading visible, and to its chart drawn; median of three."""
    to_heading, to_chart = [], []
    for run in range(3):
        with streamlit_server(ROOT, OUT / f"streamlit-cold-{run}.log") as running:
            context = browser.new_context(viewport=LAPTOP)
            recorded = Traffic(context)
            tab = context.new_page()
            recorded.watch(tab)
            tab.goto(running.url + "/")
            heading(tab, PAGES["overview"][1]).wait_for(timeout=60_000)
            to_heading.append(time.monotonic() - running.started)
            tab.locator('[data-testid="stVegaLiteChart"] svg.marks').first.wait_for(timeout=60_000)
            to_chart.append(time.monotonic() - running.started)
            assert_no_error(tab)
            context.close()
            recorded.check()
    timings["cold_start_to_first_page"] = round(statistics.median(to_heading), 2)
    timings["cold_start_to_first_chart"] = round(statistics.median(to_chart), 2)
    timings["cold_start_samples"] = [round(t, 2) for t in to_heading]
    assert timings["cold_start_to_first_page"] < 30


def test_page_change_time(server: str, page: Page, timings: dict[str, object]) -> None:
    """A click on a sidebar link to the new page's heading visible; median of six."""
    page.goto(server + "/")
    arrive(page, PAGES["overview"][1])
    nav = page.locator('[data-testid="stSidebarNav"]')
    changes = []
    for label, title, path in [
        ("Compare states", "Compare states", "/compare"),
        ("Vote breakdown", "Vote breakdown", "/breakdown"),
        ("Positions and quotes", "Positions and quotes", "/positions"),
    ] * 2:
        started = time.monotonic()
        nav.get_by_text(label, exact=True).click()
        heading(page, title).wait_for(timeout=60_000)
        changes.append(time.monotonic() - started)
        assert urlparse(page.url).path == path
        settle(page)
        assert_no_error(page)
    timings["page_change_median"] = round(statistics.median(changes), 3)
    timings["page_change_samples"] = [round(t, 3) for t in changes]
    assert timings["page_change_median"] < 10


# --- the users' jobs (issue 8) ---


def test_job_china_human_rights_votes_as_csv(server: str, page: Page, tmp_path: Path) -> None:
    """From the sidebar, three clicks: the record page, the example, the download."""
    page.goto(server + "/")
    arrive(page, PAGES["overview"][1])
    page.locator('[data-testid="stSidebarNav"]').get_by_text("A state's voting record", exact=True).click()  # 1
    arrive(page, "A state's voting record")
    page.get_by_role("link", name="China on human rights, 2000–2019").click()  # 2
    page.get_by_text("469 decisions").first.wait_for(timeout=60_000)
    settle(page)
    assert parse_qs(urlparse(page.url).query)["topic"] == ["Human rights"]  # however the space is encoded
    saved = download(page, "Download these 469 decisions as CSV", tmp_path)  # 3
    assert saved.name == "record_CHN_human-rights_2000-2019.csv"
    raw = saved.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = pd.read_csv(saved, encoding="utf-8-sig", dtype=str)
    assert len(rows) == 469
    for column in ("symbol", "date", "session", "title", "topics", "adoption method", "body", "source"):
        assert column in rows.columns, column
    assert {"China (CHN) vote", "China (CHN) sponsored"} <= set(rows.columns)
    assert rows["date"].str.fullmatch(r"20(0\d|1\d)-\d{2}-\d{2}").all()  # ISO dates, 2000–2019
    assert rows["topics"].str.contains("Human rights").all()
    assert set(rows["China (CHN) vote"]) <= {"yes", "no", "abstain", "absent", "adopted without a vote"}
    assert rows.set_index("symbol").loc["A/RES/69/188", "China (CHN) vote"] == "no"


def test_job_china_russia_us_compared_with_both_layers(server: str, page: Page) -> None:
    page.goto(server + "/compare?states=CHN,RUS,USA")
    arrive(page, "Compare states")
    main = page.locator('[data-testid="stMain"]')
    assert main.get_by_role("heading", name="What the articles say").count() == 1
    assert main.get_by_role("heading", name="What the official record says").count() == 1
    official = page.locator("table.layers tr", has_text="Official record").first
    assert official.is_visible() and "A/RES/69/188" in official.inner_text()
    assert official.locator('td[data-label="United States"]').inner_text().strip() == "yes"
    reported = page.locator("table.layers tr", has_text="As the articles report").first
    assert reported.locator('td[data-label="United States"]').inner_text().strip() == "unknown"


def test_job_all_permanent_five_compared(server: str, page: Page) -> None:
    page.goto(server + "/compare")
    arrive(page, "Compare states")
    page.get_by_role("button", name="Permanent five").click()
    page.wait_for_function("() => location.search.includes('GBR')", timeout=60_000)
    settle(page)
    header = page.locator("table.layers thead").inner_text()
    for name in ("China", "France", "Russia", "United Kingdom", "United States"):
        assert name in header, name
    assert parse_qs(urlparse(page.url).query)["states"] == ["CHN,FRA,RUS,GBR,USA"]


def test_agreement_redraws_the_sections_each_choice_feeds(server: str, page: Page) -> None:
    """The second state redraws only the pair's part of the page (a fragment); the first state and the
    period also feed the sections below it (opened by the link's `show`), so changing them redraws those too."""
    page.goto(server + "/agreement?a=USA&b=CHN&show=group,members")
    arrive(page, "Agreement in the official record")
    main = page.locator('[data-testid="stMain"]')

    def choose(box: int, text: str, param: str) -> None:
        main.locator('[data-testid="stSelectbox"]').nth(box).click()
        page.keyboard.type(text)
        page.keyboard.press("Enter")
        page.wait_for_function("(p) => location.search.includes(p)", arg=param, timeout=60_000)
        settle(page)

    choose(1, "France (FRA)", "b=FRA")
    assert main.get_by_text("Rows: United States (USA); columns: France (FRA).").is_visible()
    assert main.get_by_text("Closest to United States (USA)").is_visible()
    choose(0, "Russia (RUS)", "a=RUS")
    assert main.get_by_text("Rows: Russia (RUS); columns: France (FRA).").is_visible()
    assert main.get_by_text("Closest to Russia (RUS)").is_visible()
    years = main.get_by_label("From year")
    years.fill("2000")
    years.press("Enter")
    page.wait_for_function("() => location.search.includes('from=2000')", timeout=60_000)
    settle(page)
    assert main.get_by_role("heading", name="All members, 2000–").is_visible()
    assert main.get_by_role("heading", name="Several states or blocs, 2000–").is_visible()


def test_job_2014_plenary_event_shows_the_official_outcome(server: str, page: Page) -> None:
    page.goto(server + "/breakdown?event=ga-2014-dprk-resolution-plenary")
    arrive(page, "Vote breakdown")
    main = page.locator('[data-testid="stMain"]')
    assert main.get_by_text("adopted 18 December 2014, 116–20–53").first.is_visible()
    assert main.get_by_text("As the articles report it").first.is_visible()
    assert main.get_by_text("What the official record says").first.is_visible()


def test_job_twenty_no_votes_from_a_shared_link(server: str, page: Page, tmp_path: Path) -> None:
    """The URL contract of the decision page: `symbol` and `vote` in the link give the 20 "no" votes."""
    page.goto(server + "/rollcalls?symbol=A/RES/69/188&vote=no")
    arrive(page, "Decisions")
    assert_no_error(page)
    assert "vote=no" in page.url and "symbol=A" in page.url, "the link lost its filter"
    saved = None
    page.get_by_role("button", name="Download").first.wait_for(timeout=60_000)  # drawn after the tally
    for button in page.locator('[data-testid="stDownloadButton"] button').all():
        with page.expect_download(timeout=60_000) as info:
            button.click()
        if info.value.suggested_filename == "votes_A-RES-69-188_no.csv":
            saved = tmp_path / info.value.suggested_filename
            info.value.save_as(saved)
            break
    assert saved is not None, "no download named votes_A-RES-69-188_no.csv"
    rows = pd.read_csv(saved, encoding="utf-8-sig")
    assert len(rows) == 20 and set(rows["vote"].str.lower()) == {"no"}
    assert rows["symbol"].eq("A/RES/69/188").all() and rows["date"].eq("2014-12-18").all()  # self-describing rows
    assert {("China", "CHN"), ("Russia", "RUS")} <= set(zip(rows["country"], rows["iso3"], strict=True))


# --- a phone (390 × 844) ---


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, user_agent=PHONE_AGENT)
    recorded = Traffic(context)
    tab = context.new_page()
    recorded.watch(tab)
    yield tab
    context.close()
    recorded.check()


def sideways(page: Page) -> dict[str, int]:
    """How far the page, or Streamlit's scrolling main section, scrolls sideways (0: not at all)."""
    return page.evaluate(
        """() => {
        const main = document.querySelector('[data-testid="stMain"]');
        return {page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                main: main ? main.scrollWidth - main.clientWidth : 0};
    }"""
    )


@pytest.mark.parametrize("name", list(PAGES))
def test_phone_page_is_readable_without_sideways_scrolling(server: str, phone: Page, name: str) -> None:
    path, title = PAGES[name]
    phone.goto(server + path)
    arrive(phone, title)
    assert_no_error(phone)
    height = phone.evaluate(
        "() => Math.max(document.querySelector('[data-testid=\"stMain\"]').scrollHeight, document.body.scrollHeight)"
    )
    phone.set_viewport_size({"width": PHONE["width"], "height": min(max(height, PHONE["height"]), 16_000)})
    phone.wait_for_timeout(800)
    SHOTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(SHOTS / f"phone-{name}.png"), full_page=True)
    assert sideways(phone) == {"page": 0, "main": 0}, f"{name} scrolls sideways on a phone"
    box = heading(phone, title).bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1, "the title runs off the screen"


def test_phone_navigation_gets_out_of_the_way(server: str, phone: Page) -> None:
    phone.goto(server + "/")
    arrive(phone, PAGES["overview"][1])
    sidebar = phone.locator('[data-testid="stSidebar"]')
    phone.locator('[data-testid="stExpandSidebarButton"]').click()
    phone.wait_for_function(
        "() => document.querySelector('[data-testid=\"stSidebar\"]').getBoundingClientRect().right > 200"
    )
    phone.locator('[data-testid="stSidebarNav"]').get_by_text("A state's voting record", exact=True).click()
    heading(phone, "A state's voting record").wait_for(timeout=60_000)
    phone.wait_for_function(
        "() => document.querySelector('[data-testid=\"stSidebar\"]').getBoundingClientRect().right <= 0",
        timeout=10_000,
    )
    box = sidebar.bounding_box()
    assert box is None or box["x"] + box["width"] <= 0, f"the navigation still covers the page: {box}"
