"""The report in a real headless Chromium (Debian's chromium driven by playwright).

Without a browser these tests skip loudly on a workstation and FAIL in CI (env CI set):
.ci/run installs chromium first.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from report_sample import sample_record

from pipeline.tools.report import build_report

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOT = ROOT / "output" / "report-screenshot.png"


def _chromium() -> str | None:
    return next(
        (p for p in ("/usr/bin/chromium", shutil.which("chromium")) if p and Path(p).exists()), None
    )


def _missing(reason: str) -> None:
    message = f"BROWSER TESTS NOT RUN: {reason}. Install with: apt-get install -y chromium"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        _missing("no chromium executable (/usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, seed_records: dict) -> Path:
    folder = tmp_path_factory.mktemp("report")
    records = folder / "records.jsonl"
    lines = [json.dumps(sample_record())] + [r.model_dump_json() for r in seed_records.values()]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return build_report(records, folder / "report").parent


def _open(browser: Any, url: str) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(url)
    page.wait_for_load_state("load")
    return page, dialogs


def test_index_lists_documents_and_aggregates(browser: Any, report: Path) -> None:
    page, dialogs = _open(browser, (report / "index.html").as_uri())
    assert page.title() == "pressx report"
    cards = page.locator(".card").all_inner_texts()
    assert any(card.split() == ["6", "documents"] for card in cards)
    assert page.locator("table.by-municipality").inner_text().count("Nacka kommun") == 1
    assert "Föräldraskap i Sverige (1)" in page.locator("table.by-municipality").inner_text()
    rows = page.locator("table.documents tbody tr")
    warned = [rows.nth(i).locator(".badge").count() > 0 for i in range(rows.count())]
    assert warned == sorted(warned, reverse=True)  # documents with warnings come first
    nacka = rows.filter(has_text="Nacka kommun satsar")
    assert nacka.locator(".badge").count() == 1
    nacka.locator("a").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("doc-00ff00ff00ff00ff.html")
    assert dialogs == []
    page.close()


def test_document_page_highlights_spans_and_runs_no_payload(
    browser: Any, report: Path, tmp_path: Path
) -> None:
    page, dialogs = _open(browser, (report / "doc-00ff00ff00ff00ff.html").as_uri())
    kinds = page.eval_on_selector_all(".doctext mark", "ms => ms.map(m => m.dataset.kind)")
    for kind in (
        "person",
        "organization",
        "intervention",
        "money",
        "percent",
        "count",
        "quote",
        "metric",
    ):
        assert kind in kinds, kind
    money = page.locator('.doctext mark[data-kind="money"]').first
    assert money.inner_text() == "4,5 miljoner kronor"
    money.hover()
    assert (
        page.locator("#info")
        .inner_text()
        .startswith("money: 4\u202f500\u202f000 SEK · confidence 0.90")
    )
    people = page.locator("table.people").inner_text()
    assert (
        "Anna Berg" in people
        and "ordförande i socialnämnden" in people
        and "socialnämnden" in people
    )
    assert "Föräldraskap i Sverige" in page.locator("table.interventions").inner_text()
    assert "Föräldrar i föräldrastödsgrupper" in page.locator("table.metrics").inner_text()
    # the payloads are on the page as text, and none of them ran
    text = page.locator(".doctext").inner_text()
    assert "<script>window.pwned = 1; alert('xss')</script>" in text
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("main img, main script").count() == 0
    assert dialogs == []
    shot = tmp_path / "report-document.png"
    page.screenshot(path=str(shot))
    SCREENSHOT.parent.mkdir(exist_ok=True)
    shutil.copy(shot, SCREENSHOT)
    assert shot.stat().st_size > 10_000
    page.close()
