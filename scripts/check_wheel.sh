#!/usr/bin/env bash
# CI: the package installs the normal way (issue 18). Builds a wheel from the files git
# tracks, installs it into a fresh venv outside the checkout (dependencies from the
# package index), and runs `pressx run` on seeds/ from another directory: 5 records, no
# error, the assembled pipeline and the lemma tables saved in the user cache rather than in
# site-packages.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
unset PYTHONPATH PIPELINE_MODELS  # the installed package alone, with its shipped data

# A copy of the tracked files: local caches (models/pipeline, build/) must not leak in.
mkdir "$WORK/src"
git -C "$ROOT" ls-files -co --exclude-standard -z | (cd "$ROOT" && tar --null -T - -cf -) |
    tar -xf - -C "$WORK/src"
"$PYTHON" -m pip wheel -q --no-deps -w "$WORK/dist" "$WORK/src"

"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q "$WORK"/dist/pressx-*.whl

mkdir "$WORK/elsewhere"
cd "$WORK/elsewhere"
export XDG_CACHE_HOME="$WORK/cache"
status=0
"$WORK/venv/bin/pressx" run "$ROOT/seeds" -o out -q || status=$?
records=$(wc -l <out/records.jsonl)
errors=$(wc -l <out/errors.jsonl)
site=$("$WORK/venv/bin/python" -c 'import pipeline, pathlib; print(pathlib.Path(pipeline.__file__).parent)')

fail() { echo "check_wheel: $*" >&2; exit 1; }
[ "$status" = 0 ] || fail "pressx run exited with $status"
[ "$records" = 5 ] || fail "$records records, expected 5"
[ "$errors" = 0 ] || fail "$errors errors, expected 0: $(cat out/errors.jsonl)"
case "$site" in "$WORK/venv/"*) ;; *) fail "imported pipeline from $site, not the venv" ;; esac
[ -f "$XDG_CACHE_HOME/pressx/pipeline/meta.json" ] || fail "no pipeline saved in the user cache"
[ ! -e "$site/models/pipeline" ] || fail "the pipeline was saved into site-packages"
[ -n "$(ls "$XDG_CACHE_HOME/pressx/cache")" ] || fail "no lemma tables saved in the user cache"
[ ! -e "$site/models/cache" ] || fail "the lemma tables were saved into site-packages"
echo "check_wheel: $(basename "$WORK"/dist/*.whl) installs; pressx run: $records records, $errors errors"
