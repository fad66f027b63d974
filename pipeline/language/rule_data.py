"""Rule data: every file under models/rules/, declared, read once and validated at load.

A rule file is a word list (one entry a line) or a TSV table (a header row, one row a
line, no quoting). Both skip blank lines and lines starting with '#'. `RULE_FILES`
(rule_declarations.py) names every file with its columns, their value types and allowed
values, so that one bad value fails once, when the rules are loaded (`RuleDataError`
naming the file, line and column), instead of in every release that reaches the rule.

A user's own rule directory (`run --rules DIR`) is merged over the shipped one: a file
there with a shipped file's name extends it (a word list's lines and a table's rows come
after the shipped ones); a name the pipeline does not know is an error, so a typo cannot
pass unnoticed.

The built pipeline carries a copy of the shipped files it was built with
(components/rule_files.py writes it with the pipeline and makes it, on loading, the
shipped rule data of the process), so a saved pipeline moved elsewhere runs with its own.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .resources import RULES_DIR
from .rule_declarations import RULE_FILES, Column, RuleFile

# RULE_FILES, Column and RuleFile are declared in rule_declarations and read through here.
__all__ = [
    "RULE_FILES",
    "Column",
    "RuleData",
    "RuleDataError",
    "RuleFile",
    "active",
    "load",
    "read_tsv",
    "read_word_list",
    "rules",
    "save_rules",
    "shipped_rules_dir",
    "use_shipped_rules",
    "use_user_rules",
    "user_rules_dir",
]


class RuleDataError(ValueError):
    """A rule file that cannot be read as declared."""


Row = dict[str, str]


def _content(path: Path) -> list[tuple[int, str]]:
    """(line number, line) of the lines that are neither blank nor comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleDataError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    numbered = enumerate(text.splitlines(), start=1)
    return [(n, line) for n, line in numbered if line.strip() and not line.startswith("#")]


def read_word_list(path: Path, spec: RuleFile) -> tuple[str, ...]:
    entries = []
    for number, line in _content(path):
        entry = line.strip()
        if spec.patterns and entry.startswith("re:"):
            try:
                regex.compile(entry[3:])
            except regex.error as exc:
                raise RuleDataError(
                    f"{path}, line {number}: bad regular expression: {exc}"
                ) from None
        entries.append(entry)
    return tuple(entries)


def read_tsv(path: Path, spec: RuleFile) -> tuple[Row, ...]:
    """The table's rows, every cell checked against its column. The header names the
    columns in any order; an optional column may be left out, and a missing or empty
    optional cell reads as ""."""
    lines = _content(path)
    if not lines:
        raise RuleDataError(f"{path}: no header row")
    header = lines[0][1].split("\t")
    _check_header(path, lines[0][0], header, spec)
    columns = {c.name: c for c in spec.columns}
    return tuple(_row(path, number, line, header, columns) for number, line in lines[1:])


def _check_header(path: Path, number: int, header: list[str], spec: RuleFile) -> None:
    required = [c.name for c in spec.columns if not c.optional]
    declared = [c.name for c in spec.columns]
    if len(set(header)) != len(header) or not set(required) <= set(header) <= set(declared):
        raise RuleDataError(
            f"{path}, line {number}: header {header}, expected the columns {declared}"
            + (
                f" (optional: {sorted(set(declared) - set(required))})"
                if declared != required
                else ""
            )
        )


def _row(path: Path, number: int, line: str, header: list[str], columns: dict[str, Column]) -> Row:
    cells = line.split("\t")
    if len(cells) > len(header):
        raise RuleDataError(
            f"{path}, line {number}: {len(cells)} fields, the header has {len(header)}"
        )
    given = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
    row = {name: given.get(name, "") for name in columns}
    for name, value in row.items():
        column = columns[name]
        if value == "" and column.optional:
            continue
        if not column.type.check(value):
            raise RuleDataError(
                f"{path}, line {number}, column {name!r}: {value!r} is not {column.type.name}"
            )
    return row


@dataclass
class RuleData:
    """Every declared rule file of the shipped directory, each extended by a user's file of
    the same name."""

    dirs: tuple[Path, ...]
    lines: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tables: dict[str, tuple[Row, ...]] = field(default_factory=dict)


def _user_files(user_dir: Path) -> list[str]:
    names = sorted(
        str(p.relative_to(user_dir))
        for p in user_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(user_dir).parts)
    )
    unknown = [n for n in names if n not in RULE_FILES]
    if unknown:
        raise RuleDataError(
            f"{user_dir}: unknown rule file(s) {', '.join(unknown)}; "
            f"a user's file extends a shipped one of the same name ({', '.join(RULE_FILES)})"
        )
    return names


def load(shipped: Path = RULES_DIR, user: Path | None = None) -> RuleData:
    """Read and check every declared file of `shipped`, then add `user`'s files to them."""
    data = RuleData((shipped,) if user is None else (shipped, user))
    for name, spec in RULE_FILES.items():
        if spec.columns:
            data.tables[name] = read_tsv(shipped / name, spec)
        else:
            data.lines[name] = read_word_list(shipped / name, spec)
    if user is not None:
        if not user.is_dir():
            raise RuleDataError(f"{user}: not a directory of rule files")
        for name in _user_files(user):
            spec = RULE_FILES[name]
            if spec.columns:
                data.tables[name] += read_tsv(user / name, spec)
            else:
                data.lines[name] += read_word_list(user / name, spec)
    return data


_shipped_dir: Path = RULES_DIR
_user_dir: Path | None = None
_active: RuleData | None = None
_handed_out = False  # whether rules() gave the data to code that keeps what it derives


def use_user_rules(user: Path | None) -> None:
    """Merge `user`'s rule files over the shipped ones for this process (and the workers it
    forks). Checked at once; must come before any rule is read, since components keep
    what they derive from the rules."""
    global _user_dir, _active
    if _active is not None and _active.dirs[1:] != ((user,) if user else ()):
        raise RuntimeError("the rule data was already read; choose the rules dir first")
    _user_dir = user
    active()


def use_shipped_rules(shipped: Path) -> None:
    """Read the shipped rule data from `shipped` (the copy a saved pipeline carries, see
    components/rule_files.py) instead of models/rules, a user's dir still merged over it.
    Rules already loaded are kept when the copy holds the same data; other data replaces
    them, unless a component has read them (it keeps what it derives from them)."""
    global _shipped_dir, _active
    if _active is not None and _active.dirs[0] != shipped:
        saved = load(shipped, _user_dir)
        if (saved.lines, saved.tables) == (_active.lines, _active.tables):
            return
        if _handed_out:
            raise RuntimeError(
                f"the rule data was already read from {_active.dirs[0]}; a pipeline saved "
                f"with other rules ({shipped}) must be loaded in a fresh process"
            )
        _active = saved
    _shipped_dir = shipped
    active()


def save_rules(target: Path) -> None:
    """Copy every declared file of the shipped rule data this process runs with (not a
    user's) into `target`, keeping sub-directories."""
    source = active().dirs[0]
    for name in RULE_FILES:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / name, target / name)


def active() -> RuleData:
    """The rule data of this process, loaded and checked on first use."""
    global _active
    if _active is None:
        _active = load(_shipped_dir, _user_dir)
    return _active


def rules() -> RuleData:
    """The rule data, for the code that derives from it (resources.read_lines/read_table):
    from here on it can no longer be replaced by a pipeline's saved copy."""
    global _handed_out
    _handed_out = True
    return active()


def shipped_rules_dir() -> Path:
    """Where this process reads the shipped rule data: models/rules, or the copy a loaded
    pipeline carries."""
    return active().dirs[0]


def user_rules_dir() -> Path | None:
    return _user_dir
