"""A reader on a phone (issue 19): 390 × 844 with touch, in Debian's Chromium against `streamlit run`.

After opening the menu and tapping a page, the navigation covers less than 5 % of the screen and the page's
heading is visible and on top, both with a phone's user agent (Streamlit closes its sidebar itself) and with
Chromium's own desktop one (then `ui.NAV_CLOSES_JS` closes it); on a laptop the menu stays open after a click.
Every page of the registry draws from a typical shared link without an error element and without sideways
scroll, and each page's answer (the tally, the score, the counts, the first quote...) starts on the first screen
(two for the Compare matrix), at least its first lines visible without scrolling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from dashboard.app import nav
from tests.test_browser import PAGES, PHONE, PHONE_AGENT, assert_no_error, heading

#: name -> user agent (None: Chromium's own, a desktop one, as a tablet or a narrow desktop window sends)
AGENTS = {"phone-agent": PHONE_AGENT, "desktop-agent": None}
SIDEBAR = '[data-testid="stSidebar"]'
#: The share of the viewport the sidebar covers (0 when it is folded away to the left).
COVERED = """() => {
    const r = document.querySelector('[data-testid="stSidebar"]').getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return w * h / (innerWidth * innerHeight);
}"""
#: Whether the element is what a tap at its centre reaches (nothing drawn over it) and lies within the viewport.
ON_TOP = """(e) => {
    const r = e.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && e.contains(hit);
}"""
TARGET = nav.RECORD  # the page tapped in the menu
#: The script has finished and every chart has drawn its marks (test_browser's settle, less its idle waits).
DRAWN = """() => document.querySelector('[data-testid="stApp"]')?.dataset.testScriptState === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"]')
    && [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')].every(c => c.querySelector('svg.marks'))"""


def arrive(tab: Page, title: str) -> None:
    """Wait for the page titled `title` to be drawn."""
    heading(tab, title).wait_for(timeout=60_000)
    tab.wait_for_function(DRAWN, timeout=60_000)


def link(page: nav.Page) -> tuple[str, str]:
    """A typical shared link to the page and its heading: tests/test_browser.py's, else its bare address."""
    return PAGES.get("overview" if page.default else page.path, (page.url(), page.title))


PhoneTab = Callable[[str | None], Page]


@pytest.fixture
def phone_for(browser: Browser) -> Iterator[PhoneTab]:
    """A factory of phone tabs (390 × 844, touch) with the given user agent; their contexts closed after."""
    contexts = []

    def open_tab(agent: str | None) -> Page:
        extra = {"user_agent": agent} if agent else {}
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, **extra)
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


@pytest.mark.parametrize("agent", list(AGENTS))
def test_navigation_gets_out_of_the_way_after_a_tap(server: str, phone_for: PhoneTab, agent: str) -> None:
    tab = phone_for(AGENTS[agent])
    tab.goto(server + "/")
    arrive(tab, link(nav.OVERVIEW)[1])
    assert tab.evaluate(COVERED) < 0.05, "the menu covers the page before it was opened"
    tab.locator('[data-testid="stExpandSidebarButton"]').tap()
    tab.wait_for_function(f"({COVERED})() > 0.5", timeout=10_000)  # open, over most of the screen
    tab.locator('[data-testid="stSidebarNav"]').get_by_text(TARGET.title, exact=True).tap()
    title = link(TARGET)[1]
    arrive(tab, title)
    try:  # the menu slides away (~0.3 s); a page now drawn within that time must not be judged mid-slide
        tab.wait_for_function(f"({COVERED})() < 0.05", timeout=2_000)
    except PlaywrightTimeout:
        pass
    covered = tab.evaluate(COVERED)
    assert covered < 0.05, f"2 s after the page arrived the navigation still covers {covered:.0%} of the screen"
    assert heading(tab, title).evaluate(ON_TOP), "the page's heading is off screen or under something"


def test_laptop_menu_stays_open_after_a_click(server: str, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    try:
        tab.goto(server + "/")
        arrive(tab, link(nav.OVERVIEW)[1])
        tab.locator('[data-testid="stSidebarNav"]').get_by_text(TARGET.title, exact=True).click()
        arrive(tab, link(TARGET)[1])
        tab.wait_for_timeout(500)  # past NAV_CLOSES_JS's delay, had it fired
        menu = tab.locator('[data-testid="stSidebarNav"]')
        for section in nav.sections():
            assert menu.get_by_text(section, exact=True).is_visible(), f"section {section!r} hidden on a laptop"
        assert tab.locator(SIDEBAR).bounding_box()["x"] >= 0, "the sidebar folded away on a laptop"
    finally:
        context.close()


@pytest.mark.parametrize("page", nav.PAGES, ids=lambda page: page.path)
def test_every_page_draws_on_a_phone_without_sideways_scroll(server: str, phone_for: PhoneTab, page: nav.Page) -> None:
    tab = phone_for(PHONE_AGENT)
    path, title = link(page)
    tab.goto(server + path)
    arrive(tab, title)
    assert_no_error(tab)
    width, viewport = tab.evaluate("() => [document.scrollingElement.scrollWidth, innerWidth]")
    assert width <= viewport, f"{page.path} scrolls sideways on a phone: {width} px wide in {viewport}"


def within_main(selector: str) -> Callable[[Page], Locator]:
    return lambda tab: tab.locator(f'[data-testid="stMain"] {selector}').first


def text(words: str) -> Callable[[Page], Locator]:
    return lambda tab: tab.locator('[data-testid="stMain"]').get_by_text(words).first


#: page path -> (its answer on the page's typical link, within how many screens of 844 px it must start)
ANSWERS: dict[str, tuple[Callable[[Page], Locator], int]] = {
    "overview": (within_main('[data-testid="stVegaLiteChart"]'), 1),  # the timeline, after the figures
    "breakdown": (within_main('[data-testid="stVegaLiteChart"]'), 1),  # the reported tally
    "country": (within_main(".figures"), 1),
    "compare": (within_main("table.layers"), 2),
    "positions": (text("North Korea reacted angrily"), 1),  # the first position
    "sources": (within_main('[data-testid="stAlert"]'), 1),  # the fact followed and its passages
    "data": (within_main('[data-testid="stDataFrame"]'), 1),
    "add-article": (within_main("textarea"), 1),
    "record": (text("469 decisions"), 1),
    "rollcalls": (text("116 yes, 20 no, 53 abstentions"), 1),
    "agreement": (text("Voeten score"), 1),
    "series": (within_main("table.dprk"), 1),
    "cohesion": (text("the least cohesive group was"), 1),  # the period's answer, before the chart
    "outvoted": (within_main(".outvoted-bars"), 1),  # the ranking's bars
    "consensus": (within_main('[data-testid="stVegaLiteChart"]'), 1),  # the share by year
}
#: How much of the answer must show on those screens (its first lines, or all of it if shorter).
SHOWN = 40


@pytest.mark.parametrize("path", list(ANSWERS))
def test_the_first_screen_answers(server: str, phone_for: PhoneTab, path: str) -> None:
    page = next(p for p in nav.PAGES if p.path == path)
    tab = phone_for(PHONE_AGENT)
    address, title = link(page)
    tab.goto(server + address)
    arrive(tab, title)
    answer, screens = ANSWERS[path]
    box = answer(tab).bounding_box()
    assert box is not None, f"{path}: the answer is not drawn"
    bottom = box["y"] + min(box["height"], SHOWN)
    assert bottom <= screens * PHONE["height"], f"{path}: the answer starts at {box['y']:.0f} px, past {screens} screen(s)"
