#!/usr/bin/env python3
"""Scores Chronograph's page-furniture detection on annotated pages, and counts events drawn from furniture.

  # line-level precision/recall of the detector (from `chronograph extract --format jsonl` output):
  python3 Benchmarks/page-furniture/evaluate.py lines EXTRACTED.jsonl [--split dev|test] [--pages]
  # how many system event mentions of a graph stand in annotated furniture lines:
  python3 Benchmarks/page-furniture/evaluate.py events GRAPH.json [--split dev|test]

`--pages` scores the training pages (pages.jsonl) instead of the events-realnews articles (for a check
of fit only: the detector was trained on them). A line counts as detected furniture when the
extract record's `furniture` ranges cover all of its non-blank text.
"""
import json
import sys
from furniture_data import load_pages, load_realnews


def line_spans(page):
    """(start, end) code-point offsets of each line, end exclusive, trimmed of surrounding blanks."""
    spans, offset = [], 0
    for line in page["lines"]:
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        spans.append((offset + lead, offset + lead + len(stripped)))
        offset += len(line) + 1
    return spans


def options(args):
    split = None
    if "--split" in args:
        split = args[args.index("--split") + 1]
    return split, "--pages" in args


def score_lines(path, split, on_pages):
    pages = load_pages() if on_pages else load_realnews(split)
    records = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            r = json.loads(raw)
            records[r["doc"]] = r
    tp = fp = fn = tn = 0
    errors = []
    for page in pages:
        record = records.get(page["id"])
        if record is None:
            raise SystemExit("%s: no record for %s" % (path, page["id"]))
        ranges = [(r["start"], r["end"]) for r in record.get("furniture", [])]
        for n, ((a, b), gold) in enumerate(zip(line_spans(page), page["labels"]), 1):
            if gold is None:
                continue
            predicted = any(s <= a and b <= e for s, e in ranges)
            if predicted and gold == "F":
                tp += 1
            elif predicted:
                fp += 1
                errors.append("FP %s:%d %s" % (page["id"], n, page["lines"][n - 1][:90]))
            elif gold == "F":
                fn += 1
                errors.append("FN %s:%d %s" % (page["id"], n, page["lines"][n - 1][:90]))
            else:
                tn += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    for e in errors:
        print(e)
    print("furniture lines: gold %d, detected %d, correct %d; precision %.1f%%, recall %.1f%%, F1 %.1f%%; "
          "content lines taken for furniture %d of %d" % (tp + fn, tp + fp, tp, 100 * p, 100 * r, 100 * f1, fp, fp + tn))


def count_events(path, split):
    pages = {p["id"]: p for p in load_realnews(split)}
    with open(path, encoding="utf-8") as f:
        graph = json.load(f)
    total = inside = 0
    events_inside = set()
    for event in graph["events"]:
        for m in event["mentions"]:
            page = pages.get(m["doc"])
            if page is None:
                continue
            total += 1
            for (a, b), gold in zip(line_spans(page), page["labels"]):
                if gold == "F" and a <= m["start"] < b:
                    inside += 1
                    events_inside.add(event["id"])
                    print("in furniture: %s %s \"%s\" (%s)" % (m["doc"], m["start"], m["text"], event.get("label")))
    print("system mentions %d, in furniture lines %d; events with a mention in furniture %d" % (total, inside, len(events_inside)))


def main():
    args = sys.argv[1:]
    if len(args) < 2 or args[0] not in ("lines", "events"):
        raise SystemExit(__doc__)
    split, on_pages = options(args)
    if args[0] == "lines":
        score_lines(args[1], split, on_pages)
    else:
        count_events(args[1], split)


if __name__ == "__main__":
    main()
