"""Benchmark the learned complaint router against a naive rapidfuzz baseline on the same messages.

Usage: python bench/routing_bench.py [--agencies FILE] [--rows FILE]... [--folds K] [--misses] [--repeat N] [--calls]

The baseline is what one would write first: ``process.extractOne`` of the whole normalised message
over the flat list of every keyword and alias, taking the owner of the best keyword. Both are timed
per message with ``time.perf_counter`` in the same run; the router's first pass (cold word cache)
is reported separately from the following passes. The router learned from the shipped corpus
(``lapor/data/routing-train.csv``), so its top-1 on routing-dev.csv is on rows it never saw.

More ``--rows`` files are scored after the first (timing is of the first only): the fresh held-out sets
in ``bench/data/`` (written like citizens type, never read by training) are meant for that. ``--folds K``
adds K-fold cross-validation over routing-train.csv ∪ routing-dev.csv, each row judged by a router that
did not learn it (what the router's constants were chosen by); ``--misses`` lists every top-1 miss.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lapor.learned import LearnedRouter, cross_validate, shipped_corpus  # noqa: E402
from lapor.routing import Router, accepted_codes, evaluate, load_profiles_csv, normalize, read_rows_csv  # noqa: E402

DATA_DIRS = [Path(os.environ.get("ROUTING_DATA_DIR", ROOT / "data")), ROOT / "data", Path("/work/shared/data")]


def _default(name: str) -> Path:
    return next((d / name for d in DATA_DIRS if (d / name).is_file()), DATA_DIRS[-1] / name)


class NaiveBaseline:
    """One rapidfuzz ``extractOne`` over the flat keyword list; the owner of the best keyword wins."""

    def __init__(self, profiles):
        self.owner = {}
        for profile in profiles:
            for phrase in (*profile.aliases, *profile.keywords):
                self.owner.setdefault(normalize(phrase), profile.code)
        self.choices = list(self.owner)

    def suggest(self, text: str) -> str | None:
        """Return the code of the agency owning the best-matching keyword, or None."""
        best = process.extractOne(normalize(text), self.choices, scorer=fuzz.WRatio, score_cutoff=60)
        return self.owner[best[0]] if best else None


def _time_per_message(suggest, texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        suggest(text)
    return 1000 * (time.perf_counter() - started) / len(texts)


def _calls_per_message(suggest, texts: list[str]) -> float:
    """Python function calls a message under cProfile: unlike the clock, the same on a loaded machine (up to the
    hash seed's order of a set or two), so two trees can be compared side by side."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        suggest(text)
    profiler.disable()
    return pstats.Stats(profiler).total_calls / len(texts)


def _baseline_top1(baseline: NaiveBaseline, rows: list[dict]) -> float:
    hits = routable = 0
    for row in rows:
        if row["agency"] == "NONE":
            continue
        routable += 1
        accepted = {row["agency"], *filter(None, (row.get("also_ok") or "").split(";"))}
        hits += baseline.suggest(row["text"]) in accepted
    return hits / routable if routable else 0.0


def main() -> None:
    """Print ms/message for the router and the baseline, their ratio, and top-1 for context."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=Path, default=_default("agencies.csv"))
    parser.add_argument("--rows", type=Path, action="append",
                        help="an id,text,agency,also_ok CSV (repeatable; default routing-dev.csv)")
    parser.add_argument("--folds", type=int, default=0, help="also K-fold cross-validate over train ∪ dev")
    parser.add_argument("--misses", action="store_true", help="list every top-1 miss with its text")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--calls", action="store_true",
                        help="also count the Python calls a message takes warm (cProfile): steady on a busy machine")
    args = parser.parse_args()
    files = args.rows or [_default("routing-dev.csv")]

    profiles = load_profiles_csv(args.agencies)
    rows = read_rows_csv(files[0])
    texts = [row["text"] for row in rows]

    started = time.perf_counter()
    router = LearnedRouter(profiles, shipped_corpus())  # what a region with no history yet runs
    build_ms = 1000 * (time.perf_counter() - started)
    keywords = Router(profiles)
    baseline = NaiveBaseline(profiles)

    cold = evaluate(router, rows)  # first pass: fills the word cache
    warm = min(_time_per_message(router.suggest, texts) for _ in range(args.repeat))
    naive = min(_time_per_message(baseline.suggest, texts) for _ in range(args.repeat))
    keyword = evaluate(keywords, rows)

    print(f"messages: {len(texts)}  agencies: {len(profiles)}  router build: {build_ms:.1f} ms")
    print(f"router    cold {cold['ms_per_message']:.4f} ms/message  warm {warm:.4f} ms/message  "
          f"top1 {cold['top1']:.3f}  top3 {cold['top3']:.3f}")
    print(f"keywords  {keyword['ms_per_message']:.4f} ms/message  top1 {keyword['top1']:.3f}  "
          f"top3 {keyword['top3']:.3f}  (the directory's keyword router alone)")
    print(f"baseline  {naive:.4f} ms/message  top1 {_baseline_top1(baseline, rows):.3f}  "
          "(extractOne over the flat keyword list)")
    print(f"ratio router/baseline: cold {cold['ms_per_message'] / naive:.2f}x  warm {warm / naive:.2f}x")
    if args.calls:
        print(f"router    {_calls_per_message(router.suggest, texts):.0f} Python calls a message (warm, cProfile)")
    _report(files[0].name, cold, rows, args.misses, quiet=True)
    for path in files[1:]:
        more = read_rows_csv(path)
        _report(path.name, evaluate(router, more), more, args.misses)
    if args.folds:
        both = read_rows_csv(_default("routing-train.csv")) + read_rows_csv(_default("routing-dev.csv"))
        # The rows are the corpus itself: the other folds are learned as corpus rows, not as a region's decisions.
        _report(f"{args.folds}-fold CV on train ∪ dev",
                cross_validate(profiles, both, args.folds, shipped_corpus(), as_corpus=True), both, args.misses)


def _report(name: str, metrics: dict, rows: list[dict], misses: bool, quiet: bool = False) -> None:
    if not quiet:
        print(f"{name}: {metrics['rows']} messages  top1 {metrics['top1']:.3f}  top3 {metrics['top3']:.3f}  "
              f"abstain precision {metrics['abstain_precision']:.3f}  recall {metrics['abstain_recall']:.3f}")
    if misses:
        texts = {row.get("id"): (row.get("text") or "", accepted_codes(row)[0]) for row in rows}
        for miss in metrics["misses"]:
            text, _ = texts.get(miss["id"], ("", ""))
            print(f"  miss {miss['id']}: {miss['expected']} → {miss['got']}  {text[:100]}")


if __name__ == "__main__":
    main()
