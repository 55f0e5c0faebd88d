#!/usr/bin/env python3
"""Tests the gold files and Scripts/eval-timelines, not the system: fake graph.json files made from the
gold itself must score 100; the same with every date dropped must score only the undated anchors; a
graph with shuffled dates must score less. Usage: python3 Benchmarks/entity-timelines/selfcheck.py"""
import json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "Scripts", "eval-timelines")


def fake(ent, mode):
    events = []
    dates = [g["date"] for g in ent["timeline"]]
    rnd = random.Random(1)
    for g in ent["timeline"]:
        for e in g["events"]:
            d = g["date"] if mode == "gold" else (rnd.choice(dates) if mode == "shuffled" else None)
            time = None if d in (None, "XXXX-XX-XX") else {"value": d, "certainty": "explicit"}
            events.append({"id": e["id"], "label": e["label"], "time": time, "minor": True,
                           "mentions": [{"doc": m["doc"], "start": m["start"], "end": m["end"], "text": m["text"]}
                                        for m in e["mentions"]]})
    return {"schema": "chronograph.graph/1", "events": events}


def run(half, mode):
    gold = json.load(open(os.path.join(HERE, f"gold-{half}.json"), encoding="utf-8"))
    tmp = tempfile.mkdtemp()
    for ent in gold["entities"]:
        os.makedirs(os.path.join(tmp, ent["id"]))
        json.dump(fake(ent, mode), open(os.path.join(tmp, ent["id"], "graph.json"), "w"))
    out = subprocess.run([sys.executable, SCORER, "--half", half, "--graphs", tmp, "--json"], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


ok = True
for half in ("dev", "test"):
    g, u, s = run(half, "gold"), run(half, "undated"), run(half, "shuffled")
    print(f"{half}: gold F1 {100 * g['F1']:.2f} (mention recall {g['totals']['matched']}/{g['totals']['gold_mentions']}),"
          f" all undated F1 {100 * u['F1']:.2f}, shuffled dates F1 {100 * s['F1']:.2f}")
    ok &= abs(g["F1"] - 1) < 1e-9 and g["totals"]["matched"] == g["totals"]["gold_mentions"]
    ok &= u["F1"] < 0.5 and s["F1"] < g["F1"]
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
