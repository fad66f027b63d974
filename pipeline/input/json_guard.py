"""Guard JSONL lines against values the rest of the run cannot carry.

A JSON string may hold a lone surrogate escape ("\\udfff"): `json.loads` returns it as a
lone surrogate, which no UTF-8 writer can encode, so such escapes are repaired in the line
before it is parsed. Values nested deeper than MAX_DEPTH cannot be serialised again
(pydantic refuses them past a depth of a few hundred), so such lines are refused.
"""

from __future__ import annotations

import re
from typing import Any

MAX_DEPTH = 64

# A surrogate pair (kept) or a lone surrogate escape (replaced), not preceded by an odd
# number of backslashes (then the "\u" is text, not an escape).
_SURROGATE_ESCAPE = re.compile(
    r"(?<!\\)((?:\\\\)*)"
    r"(\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[dD][89a-fA-F][0-9a-fA-F]{2})"
)
_PAIR_LENGTH = 12


def repair_surrogate_escapes(line: str) -> tuple[str, int]:
    """The JSON line with each lone surrogate escape turned into U+FFFD, and their number."""
    replaced = 0

    def repair(m: re.Match[str]) -> str:
        nonlocal replaced
        if len(m.group(2)) == _PAIR_LENGTH:
            return m.group(0)
        replaced += 1
        return m.group(1) + "\\ufffd"

    if "\\u" not in line:
        return line, 0
    return _SURROGATE_ESCAPE.sub(repair, line), replaced


def nesting_depth(value: Any) -> int:
    """How deep lists and objects nest in a parsed JSON value (a scalar: 0), without
    recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return deepest
