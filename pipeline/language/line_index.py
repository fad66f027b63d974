"""Line arithmetic on one text in O(log n) a question: built once in O(n).

Linking asks, for each contact and name mention, which line a position is on, where
that line starts and ends, and how many non-blank lines lie between two positions.
Answered by scanning the text each time, a long release with many contacts took
cubic time; here each answer is a bisect or a prefix-sum look-up.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate


class LineIndex:
    def __init__(self, text: str) -> None:
        self.text = text
        lines = text.split("\n")
        self.starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        # nonblank_before[i]: lines with text among lines 0 .. i-1
        self.nonblank_before = list(accumulate((bool(ln.strip()) for ln in lines), initial=0))
        # where the text of each line begins (its end when the line is blank)
        self.text_starts = [
            s + len(ln) - len(ln.lstrip()) for s, ln in zip(self.starts, lines, strict=True)
        ]

    def line_number(self, pos: int) -> int:
        """The line `pos` is on (a newline is on the line it ends)."""
        return bisect_right(self.starts, pos) - 1

    def start(self, number: int) -> int:
        return self.starts[number]

    def end(self, number: int) -> int:
        """Position of the line's newline, or the text's length for the last line."""
        return self.starts[number + 1] - 1 if number + 1 < len(self.starts) else len(self.text)

    def bounds(self, pos: int) -> tuple[int, int]:
        number = self.line_number(pos)
        return self.start(number), self.end(number)

    def lines_between(self, start: int, end: int) -> int:
        """Lines with text from `start` to `end` (the line of `start` not counted, the
        line of `end` only up to `end`): as
        `sum(1 for line in text[start:end].split("\\n")[1:] if line.strip())`."""
        first, last = self.line_number(start), self.line_number(end)
        if last <= first:
            return 0
        full = self.nonblank_before[last] - self.nonblank_before[first + 1]
        partial = self.text_starts[last] < end
        return full + partial
