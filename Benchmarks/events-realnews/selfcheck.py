#!/usr/bin/env python3
"""Checks that the built gold files pass the scorer's parser and score 100% against themselves.

Usage: python3 Benchmarks/events-realnews/selfcheck.py [--scorer ../shared/eval/events_eval.py]

For each split it writes fake graph.json files made from the gold (never from a system) into a
temporary folder and scores them with ../shared/eval/events_eval.py:
  A  one event per timeline entry (its id, type and date; every mention of the entry):
     mentions found, types, dates, B-cubed F1 and timeline entries must all be 100%;
  B  one event per (entry, mention factuality): factuality must be 100% (merging is split on purpose);
  C  graph A without times: date accuracy must drop to 0, so the check can fail.
This tests the gold files and their formats, not Chronograph.
"""
import importlib.util, json, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("events_eval", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def graph(split, by_fact=False, with_time=True):
    docs = [json.loads(l) for l in open(os.path.join(HERE, f"{split}-events.jsonl"), encoding="utf-8")]
    timeline = {t["id"]: t for t in json.load(open(os.path.join(HERE, f"{split}-timeline.json"), encoding="utf-8"))}
    events = {}
    for d in docs:
        for m in d["events"]:
            t = timeline[m["timeline_id"]]
            key = (t["id"], m["factuality"]) if by_fact else (t["id"], "")
            ev = events.setdefault(key, {
                "id": "%s/%s" % key if by_fact else t["id"], "type": t["type"], "factuality": m["factuality"],
                "time": {"value": t["date"]} if with_time else None, "mentions": []})
            ev["mentions"].append({"doc": d["doc"], "start": m["start"], "end": m["end"]})
    return {"events": list(events.values())}


def main():
    args = sys.argv[1:]
    scorer = args[args.index("--scorer") + 1] if "--scorer" in args else \
        os.path.join(HERE, "..", "..", "..", "shared", "eval", "events_eval.py")
    ev = load_scorer(scorer)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for split in ("dev", "test", "fresh", "dev2", "fresh2"):
            gold = (os.path.join(HERE, f"{split}-events.jsonl"), os.path.join(HERE, f"{split}-timeline.json"))
            results = {}
            for name, g in (("A", graph(split)), ("B", graph(split, by_fact=True)), ("C", graph(split, with_time=False))):
                p = os.path.join(tmp, f"{split}-{name}.json")
                json.dump(g, open(p, "w", encoding="utf-8"))
                results[name], _ = ev.score(gold[0], gold[1], p)
            a, b, c = results["A"], results["B"], results["C"]
            print(f"{split}: {a['gold_mentions']} mentions, {a['entries']} entries; A: found {a['mention_recall']:.1%}, "
                  f"type {a['type_acc']:.1%}, date {a['date_acc']:.1%}, B3 F1 {a['b3_f1']:.3f}, entries {a['entry_recall']:.1%}; "
                  f"B: factuality {b['factuality_acc']:.1%}; C (no times): date {c['date_acc']:.1%}")
            for key in ("mention_recall", "type_acc", "date_acc", "b3_f1", "entry_recall"):
                if abs(a[key] - 1.0) > 1e-9:
                    failures.append(f"{split} A: {key} = {a[key]}")
            if abs(b["factuality_acc"] - 1.0) > 1e-9:
                failures.append(f"{split} B: factuality = {b['factuality_acc']}")
            if c["date_acc"] != 0.0:
                failures.append(f"{split} C: date accuracy without times = {c['date_acc']}")
    if failures:
        sys.exit("selfcheck FAILED:\n" + "\n".join(failures))
    print("selfcheck passed")


if __name__ == "__main__":
    main()
