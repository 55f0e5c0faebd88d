#!/usr/bin/env python3
"""Builds aquaint.json (the merge gold) from annotations.txt and checks every span against the corpus.

Usage: python3 Benchmarks/merge-gold/build-gold.py [--corpus ../shared/eval/dev/aquaint.jsonl]

annotations.txt holds the annotator's decisions (event lines and mention lines, format at its top).
A mention gives its trigger word and where it starts; the word must occur within 40 scalars of that
offset (the nearest occurrence, as a whole word, is taken), else the build fails. Python string
indices are Unicode code points, the scalar offsets Chronograph uses. The output keeps document ids,
offsets, the trigger words and the annotations; never the article text.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES_FILE = os.path.join(HERE, "..", "..", "Sources", "ChronographEvents", "Resources", "en", "taxonomy.json")
FACTUALITY = {"asserted", "reported", "planned", "intended", "hypothetical", "negated", "prevented"}

def main():
    args = sys.argv[1:]
    corpus = os.path.join(HERE, "..", "..", "..", "shared", "eval", "dev", "aquaint.jsonl")
    if "--corpus" in args:
        corpus = args[args.index("--corpus") + 1]
    texts = {}
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        texts[d["doc"]] = d["text"]
    types = {t["id"] for t in json.load(open(TYPES_FILE))["types"]}
    events, mentions, docs, story = [], [], [], None
    errors = []
    for n, raw in enumerate(open(os.path.join(HERE, "annotations.txt"), encoding="utf-8"), 1):
        line = raw.strip()
        if line.startswith("## "):
            story = line[3:].split(":")[0].strip()
            continue
        if not line or line.startswith("#"):
            continue
        if line.startswith("event "):
            head, _, description = line.partition("|")
            _, eid, etype, date, fact = head.split()
            if etype not in types:
                errors.append(f"line {n}: unknown type {etype}")
            if fact not in FACTUALITY:
                errors.append(f"line {n}: unknown factuality {fact}")
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
                errors.append(f"line {n}: date {date} is not YYYY[-MM[-DD]]")
            events.append({"id": eid, "type": etype, "date": date, "factuality": fact,
                           "description": description.strip(), "story": story})
            continue
        parts = line.split()
        doc, eid, spec = parts[0], parts[1], parts[2]
        fact = parts[3] if len(parts) > 3 else None
        word, _, at = spec.rpartition("@")
        at = int(at)
        text = texts.get(doc)
        if text is None:
            errors.append(f"line {n}: unknown document {doc}")
            continue
        hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
        hits = [h for h in hits if abs(h - at) <= 40]
        if not hits:
            errors.append(f"line {n}: {word!r} not found near {at} in {doc}")
            continue
        start = min(hits, key=lambda h: abs(h - at))
        m = {"doc": doc, "start": start, "end": start + len(word), "text": word, "event": eid}
        if fact:
            if fact not in FACTUALITY:
                errors.append(f"line {n}: unknown factuality {fact}")
            m["factuality"] = fact
        mentions.append(m)
        if doc not in docs:
            docs.append(doc)
    ids = {e["id"] for e in events}
    if len(ids) != len(events):
        errors.append("duplicate event ids")
    for m in mentions:
        if m["event"] not in ids:
            errors.append(f"mention of unknown event {m['event']} in {m['doc']}")
        assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]
    spans = [(m["doc"], m["start"]) for m in mentions]
    if len(set(spans)) != len(spans):
        errors.append("a span is annotated twice")
    unused = ids - {m["event"] for m in mentions}
    if unused:
        errors.append(f"events without mentions: {sorted(unused)}")
    if errors:
        sys.exit("\n".join(errors))
    mentions.sort(key=lambda m: (docs.index(m["doc"]), m["start"]))
    out = {"corpus": "../shared/eval/dev/aquaint.jsonl", "documents": docs, "events": events, "mentions": mentions}
    with open(os.path.join(HERE, "aquaint.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(docs)} documents, {len(events)} events, {len(mentions)} mentions: all spans checked")

main()
