"""The "Add an article" page in a real browser: paste an article, accept two candidates, download the
patch, apply it to a copy of data/ and validate. Debian's Chromium via Playwright; localhost only."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page

from dashboard.curated.load import read_dataset
from dashboard.curated.suggest import draft as drafts
from tests.browser_support import LOCAL_HOSTS
from tests.conftest import FIXTURES, ROOT

OUT = ROOT / "test-output"
ARTICLE = (FIXTURES / "articles" / "made_up_committee_vote.txt").read_text(encoding="utf-8")
pytestmark = pytest.mark.timeout(300)


def test_paste_accept_two_download_apply_validate(browser: Browser, server: str, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    outside: list[str] = []
    context.route(
        "**/*",
        lambda route, request: (
            route.continue_()
            if request.url.startswith(("data:", "blob:", "about:")) or urlparse(request.url).hostname in LOCAL_HOSTS
            else (outside.append(request.url), route.abort())
        ),
    )
    page: Page = context.new_page()
    page.goto(f"{server}/add-article")
    main = page.locator('[data-testid="stMain"]')
    main.get_by_role("heading", level=1, name="Add an article").wait_for(timeout=60_000)
    box = main.get_by_label("…or paste its text")
    box.fill(ARTICLE)
    box.press("Control+Enter")
    main.get_by_text("Accept [1]", exact=True).wait_for(timeout=60_000)
    main.locator("mark").nth(4).wait_for(timeout=30_000)  # passages highlighted in the article
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "add-article-pasted.png"), full_page=True)
    labels = main.locator("strong").all_inner_texts()
    numbered = [label for label in labels if label.startswith("[")]
    vote = next(label for label in numbered if "BLR voted no" in label).split("]")[0] + "]"
    sponsor = next(label for label in numbered if "AUS as main sponsor" in label).split("]")[0] + "]"
    for number in (vote, sponsor):
        main.get_by_text(f"Accept {number}", exact=True).click()
        page.wait_for_timeout(300)
    main.get_by_text("The patch validates", exact=False).wait_for(timeout=60_000)
    main.get_by_text("2 accepted.", exact=False).wait_for(timeout=10_000)
    with page.expect_download(timeout=60_000) as info:
        main.get_by_role("button", name="Download the patch and the article (zip)").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "add-article.png"), full_page=True)
    context.close()
    assert not outside, f"requests left the machine: {outside}"

    patch, text, source_id = drafts.read_patch_zip(saved.read_bytes())
    assert text == ARTICLE and source_id.startswith("005_")
    assert {r["country_iso3"] for r in patch["add"]["votes"]} == {"BLR"}
    assert {r["actor_id"] for r in patch["add"]["sponsorships"]} == {"AUS"}
    assert len(patch["add"]["events"]) == 1 and patch["add"]["sources"][0]["id"] == source_id
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("votes.parquet"))
    shutil.copytree(ROOT / "seeds", seeds)
    drafts.apply_patch(patch, text, data, seeds)
    dataset, problems = read_dataset(data, seeds)
    assert problems == []
    assert "BLR" in set(dataset.frames["votes"]["country_iso3"]) and len(dataset.frames["sources"]) == 6
