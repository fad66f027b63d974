"""Print the README's sample record: the pipeline run on the README's sample text.

Usage: python scripts/readme_record.py   (paste the output into README.md's record block;
tests/test_readme.py checks that the two agree)
"""

import json
import re
from pathlib import Path

from pipeline.run.process import extract

README = Path(__file__).resolve().parent.parent / "README.md"


def sample_text() -> str:
    block = re.search(r"<!-- sample text -->\n```text\n(.*?)```", README.read_text(), re.S)
    if block is None:
        raise SystemExit("README.md has no sample text block")
    return block.group(1)


if __name__ == "__main__":
    record = extract(sample_text()).model_dump(mode="json")
    print(json.dumps(record, ensure_ascii=False, indent=1))
