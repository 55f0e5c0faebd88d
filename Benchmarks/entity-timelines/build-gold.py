#!/usr/bin/env python3
"""Builds the entity-timeline gold (SemEval-2015 Task 4 style) from annotations.txt, checking every span.

Usage: python3 Benchmarks/entity-timelines/build-gold.py [--show [ENTITY]] [--occ DOC WORD]

Inputs:
  annotations.txt                         the annotator's decisions (format in its header and README.md)
  ../events-realnews/articles.json        per article: id, story, split (the split is by story)
  ../events-realnews/{dev,test}-corpus.jsonl  the texts Chronograph reads; offsets are into their "text"

Outputs, next to this script:
  gold-dev.json, gold-test.json   {"split", "entities": [{"id", "focus", "name", "story", "variants",
                                   "timeline": [{"position", "date", "events": [{"id", "label", "date",
                                   "mentions": [{"doc", "start", "end", "text", "alts": [[s, e], ...],
                                   "date"}]}]}]}]}
  timelines/SPLIT/ENTITY.txt      the same as SemEval-style plain text: one line per position,
                                   POSITION <tab> DATE <tab> DOC:START-END:TEXT <tab> ...
Offsets are Python str indices (Unicode scalar values), end exclusive.

Positions: the timeline is ordered by date; every event with the same date shares one position
(SIMULTANEOUS), undated events (XXXX-XX-XX) are at position 0 as in SemEval-2015. Dates sort by
their first day; a coarser date that starts on the same day as a finer one comes first
("2022-04" before "2022-04-01"). A mention's own "date" (what its article says, when it differs
from its event's: date=) is only used by the scorer's date diagnostic.
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, "..", "events-realnews")
DATE_RE = re.compile(r"^(\d{4}|XXXX)-?(\d{2})?-?(\d{2})?$")


def check_date(value):
    if value == "XXXX-XX-XX":
        return True
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", value)
    if not m:
        return False
    try:
        datetime.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return False
    return True


def date_key(value):
    """Sort key of a dated position: (first day, granularity rank)."""
    parts = value.split("-")
    y, mo, d = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
    return (datetime.date(y, mo, d).toordinal(), len(parts))


def occurrences(text, word):
    return [m.start() for m in re.finditer(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])", text)]


def load():
    meta = json.load(open(os.path.join(REAL, "articles.json"), encoding="utf-8"))
    split_of = {a["id"]: a["split"] for a in meta}
    story_of = {a["id"]: a["story"] for a in meta}
    texts = {}
    for split in ("dev", "test"):
        for line in open(os.path.join(REAL, f"{split}-corpus.jsonl"), encoding="utf-8"):
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    errors, targets, events, mentions, doc = [], {}, {}, [], None
    for n, raw in enumerate(open(os.path.join(HERE, "annotations.txt"), encoding="utf-8"), 1):
        line = raw.rstrip("\n").strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("target "):
            parts = [p.strip() for p in line[7:].split("|")]
            if len(parts) != 4:
                errors.append(f"line {n}: target needs ENT | STORY | FOCUS | NAME: variants")
                continue
            tid, story, focus, desc = parts
            name, _, variants = desc.partition(":")
            if tid in targets:
                errors.append(f"line {n}: target {tid} twice")
            targets[tid] = {"id": tid, "story": story, "focus": focus, "name": name.strip(),
                            "variants": [v.strip() for v in variants.split(" / ") if v.strip()], "line": n}
            continue
        if line.startswith("event "):
            parts = [p.strip() for p in line[6:].split("|")]
            if len(parts) != 3:
                errors.append(f"line {n}: event needs ENT/ID | DATE | LABEL")
                continue
            eid, date, label = parts
            tid = eid.split("/")[0]
            if tid not in targets:
                errors.append(f"line {n}: event {eid} of unknown target")
            if eid in events:
                errors.append(f"line {n}: event {eid} twice")
            if not check_date(date):
                errors.append(f"line {n}: bad date {date}")
            events[eid] = {"id": eid, "target": tid, "date": date, "label": label, "line": n}
            continue
        if line.startswith("doc "):
            doc = line[4:].strip()
            if doc not in texts:
                errors.append(f"line {n}: unknown document {doc}")
                doc = None
            continue
        head, sep, rest = line.partition(" > ")
        if not sep or doc is None:
            errors.append(f"line {n}: mention outside a doc or malformed: {line!r}")
            continue
        rest, _, note = rest.partition("; note=")
        fields = [f.strip() for f in rest.split(";")]
        kv = {}
        for f in fields[1:]:
            k, s2, v = f.partition("=")
            if not s2 or k.strip() != "date":
                errors.append(f"line {n}: bad field {f!r}")
            else:
                kv["date"] = v.strip()
        if "date" in kv and not check_date(kv["date"]):
            errors.append(f"line {n}: bad date {kv['date']}")
        word, _, context = head.partition(" ~ ")
        word = word.strip()
        occ = 0
        if "#" in word:
            word, occ = word.split("#")
            occ = int(occ)
        mentions.append({"doc": doc, "words": word.split("|"), "occ": occ, "context": context.strip().replace("¶", "\n"),
                         "events": fields[0].split(), "date": kv.get("date"), "note": note.strip(), "line": n})
    return split_of, story_of, texts, targets, events, mentions, errors


def locate(m, text, errors):
    """Returns [(start, end)] for the mention's words (first = the mention's span)."""
    spans = []
    if m["context"]:
        hits = [i.start() for i in re.finditer(re.escape(m["context"]), text)]
        if len(hits) != 1:
            errors.append(f"line {m['line']}: context found {len(hits)} times in {m['doc']}: {m['context']!r}")
            return None
        base = hits[0]
        for w in m["words"]:
            inner = [o for o in occurrences(m["context"], w)]
            if not inner:
                errors.append(f"line {m['line']}: {w!r} not in context {m['context']!r}")
                return None
            spans.append((base + inner[0], base + inner[0] + len(w)))
    else:
        if len(m["words"]) > 1:
            errors.append(f"line {m['line']}: alternatives need a context")
            return None
        hits = occurrences(text, m["words"][0])
        if m["occ"] >= len(hits):
            errors.append(f"line {m['line']}: {m['words'][0]!r}#{m['occ']} not found in {m['doc']} ({len(hits)} matches)")
            return None
        s = hits[m["occ"]]
        spans.append((s, s + len(m["words"][0])))
    return spans


def main():
    args = sys.argv[1:]
    split_of, story_of, texts, targets, events, mentions, errors = load()
    if "--occ" in args:
        d, w = args[args.index("--occ") + 1], args[args.index("--occ") + 2]
        d = next(x for x in texts if x.startswith(d))
        t = texts[d]
        for i, s in enumerate(occurrences(t, w)):
            print(f"#{i} @{s}: ...{t[max(0, s - 50):s]}[{w}]{t[s + len(w):s + len(w) + 40]}...".replace("\n", "¶"))
        return
    per_event = {eid: [] for eid in events}
    seen = {}
    for m in mentions:
        spans = locate(m, texts[m["doc"]], errors)
        if spans is None:
            continue
        tids = set()
        for eid in m["events"]:
            e = events.get(eid)
            if e is None:
                errors.append(f"line {m['line']}: unknown event {eid}")
                continue
            t = targets[e["target"]]
            if story_of[m["doc"]] != t["story"]:
                errors.append(f"line {m['line']}: {eid} is of story {t['story']}, mention in {m['doc']}")
            if e["target"] in tids:
                errors.append(f"line {m['line']}: two events of one target for one mention")
            tids.add(e["target"])
            key = (e["target"], m["doc"], spans[0][0])
            if key in seen:
                errors.append(f"line {m['line']}: span already annotated for {e['target']} at line {seen[key]}")
            seen[key] = m["line"]
            s, en = spans[0]
            per_event[eid].append({"doc": m["doc"], "start": s, "end": en, "text": texts[m["doc"]][s:en],
                                   "alts": [list(x) for x in spans[1:]], "date": m["date"] or e["date"],
                                   "line": m["line"]})
    for eid, ms in per_event.items():
        if not ms:
            errors.append(f"line {events[eid]['line']}: event {eid} has no mentions")
    for t in targets.values():
        docs = {m["doc"] for eid, e in events.items() if e["target"] == t["id"] for m in per_event[eid]}
        if len(docs) < 2:
            errors.append(f"target {t['id']} occurs in {len(docs)} article(s)")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    out = {"dev": [], "test": []}
    for t in targets.values():
        evs = [e for e in events.values() if e["target"] == t["id"]]
        dates = sorted({e["date"] for e in evs if e["date"] != "XXXX-XX-XX"}, key=date_key)
        pos = {d: i + 1 for i, d in enumerate(dates)}
        pos["XXXX-XX-XX"] = 0
        timeline = []
        for d in (["XXXX-XX-XX"] if any(e["date"] == "XXXX-XX-XX" for e in evs) else []) + dates:
            group = []
            for e in sorted((e for e in evs if e["date"] == d), key=lambda e: e["line"]):
                ms = sorted(per_event[e["id"]], key=lambda m: (m["doc"], m["start"]))
                group.append({"id": e["id"], "label": e["label"], "date": e["date"],
                              "mentions": [{k: v for k, v in m.items() if k != "line"} for m in ms]})
            timeline.append({"position": pos[d], "date": d, "events": group})
        splits = {split_of[m["doc"]] for g in timeline for e in g["events"] for m in e["mentions"]}
        assert len(splits) == 1, t["id"]
        out[splits.pop()].append({"id": t["id"], "focus": t["focus"], "name": t["name"], "story": t["story"],
                                  "variants": t["variants"], "timeline": timeline})
    for split, ents in out.items():
        json.dump({"split": split, "entities": ents}, open(os.path.join(HERE, f"gold-{split}.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
        os.makedirs(os.path.join(HERE, "timelines", split), exist_ok=True)
        for ent in ents:
            with open(os.path.join(HERE, "timelines", split, ent["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(f"# {ent['name']} (--focus \"{ent['focus']}\"), story {ent['story']}\n")
                for g in ent["timeline"]:
                    ms = [f"{m['doc']}:{m['start']}-{m['end']}:{m['text']}" for e in g["events"] for m in e["mentions"]]
                    f.write(f"{g['position']}\t{g['date']}\t" + "\t".join(ms) + "\n")
    # counts
    print(f"{'split':5} {'entity':10} {'story':8} {'docs':>4} {'events':>6} {'positions':>9} {'mentions':>8}")
    for split, ents in out.items():
        tot = [0, 0, 0]
        for ent in ents:
            ms = [m for g in ent["timeline"] for e in g["events"] for m in e["mentions"]]
            ne = sum(len(g["events"]) for g in ent["timeline"])
            npos = len(ent["timeline"])
            print(f"{split:5} {ent['id']:10} {ent['story']:8} {len({m['doc'] for m in ms}):>4} {ne:>6} {npos:>9} {len(ms):>8}")
            tot[0] += ne; tot[1] += npos; tot[2] += len(ms)
        print(f"{split:5} {'TOTAL':10} {'':8} {'':>4} {tot[0]:>6} {tot[1]:>9} {tot[2]:>8}")
    if "--show" in args:
        i = args.index("--show")
        want = args[i + 1] if i + 1 < len(args) else None
        for split, ents in out.items():
            for ent in ents:
                if want and ent["id"] != want:
                    continue
                print(f"\n== {ent['id']} ({ent['name']})")
                for g in ent["timeline"]:
                    for e in g["events"]:
                        print(f"  [{g['position']}] {g['date']} {e['id']}: {e['label']}")
                        for m in e["mentions"]:
                            t = texts[m["doc"]]
                            ctx = (t[max(0, m["start"] - 40):m["start"]] + "[" + m["text"] + "]" + t[m["end"]:m["end"] + 30]).replace("\n", "¶")
                            print(f"      {m['doc'][:2]} {ctx}")


if __name__ == "__main__":
    main()
