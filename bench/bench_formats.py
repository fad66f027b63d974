"""Reading speed of the HTML reader: trafilatura (with the contact and inline repairs) and
the selectolax fallback alone, over the CMS test pages. Prints pages/s of each.

    .venv/bin/python bench/bench_formats.py [--rounds N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.input.formats.html import read_page
from pipeline.input.html_text import html_to_text

PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "html"


def pages_per_second(read: Callable[[str], object], pages: list[str], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for page in pages:
            read(page)
    return rounds * len(pages) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    rounds = parser.parse_args().rounds
    pages = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.html"))]
    read_page(pages[0])  # imports and caches warm
    for name, read in [("trafilatura reader", read_page), ("selectolax alone", html_to_text)]:
        print(f"{name:20} {pages_per_second(read, pages, rounds):8.1f} pages/s")


if __name__ == "__main__":
    main()
