#!/usr/bin/env python3
"""Builds the real-news event gold from annotations.txt and the article texts, checking every span.

Usage: python3 Benchmarks/events-realnews/build-gold.py [--show [DOC_PREFIX]] [--occ DOC WORD] [--partial]
(--partial: allow articles without mentions, while annotating)

Inputs (beside this script):
  articles/NN_story_outlet.txt  the page excerpts exactly as the search tool returned them
  articles.json                 per article: id, story, split, url, outlet, dct, dct_source, title?
  annotations.txt               the annotator's decisions (format below and in README.md)

annotations.txt, one decision a line ("#" starts a comment line):
  entry ID | TYPE | DATE | LABEL [| actors=A / B] [| loc=PLACE]
      a real-world event of the timeline; DATE is a TIMEX3 date value (YYYY, YYYY-MM, YYYY-MM-DD,
      or A/B for an interval); actors and loc are the defaults of its mentions.
  doc DOC_ID
      the following mention lines belong to this article.
  WORD[#N] > ENTRY_ID [; type=T] [; date=D] [; fact=F] [; actors=A / B] [; loc=P] [; from=story] [; note=...]
      a mention: WORD is the trigger as written, #N the 0-based index among its whole-word,
      case-sensitive matches in the article (default 0; a match is not preceded or followed by a
      letter or digit). type and date default to the entry's, fact to "asserted". from=story marks
      a date this article does not establish by itself (taken from another article of the story),
      from=world one that no article of the set establishes (the real-world date, with a note).
      note= comes last and runs to the end of the line.

Outputs, per split (dev, test, fresh, dev2, fresh2), next to this script:
  SPLIT-events.jsonl    {"doc", "dct", "text", "events": [{"trigger", "start", "end", "type", "date",
                         "actors", "location", "factuality", "timeline_id", "date_from"}]}
  SPLIT-timeline.json   [{"id", "label", "type", "date", "story", "mentions": [[doc, start], ...]}]
  SPLIT-corpus.jsonl    the input Chronograph reads: {"id", "text", "date", "url", "title"?}
Offsets are Python str indices (Unicode code points), end exclusive, the scalar offsets the scorer uses.
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"protest", "riot", "attack", "coup_attempt", "clash", "military_deployment", "arrest", "sentencing",
         "trial", "appeal", "statement", "broadcast", "publication", "plan", "state_of_emergency", "curfew",
         "dismissal", "resignation", "death", "killing", "casualties", "appointment", "election", "inauguration",
         "agreement", "negotiation", "deal", "military_withdrawal", "other"}
FACTS = {"asserted", "reported", "planned", "negated"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SPLITS = ("dev", "test", "fresh", "dev2", "fresh2")  # fresh: a held-out split annotated after the tuning of dev, for reporting only;
# dev2: a second tuning split, annotated before the system was run on it, to widen the genres tuned on;
# fresh2: a held-out split annotated after stop 25, before the system was run on it, for reporting only
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def check_date(value):
    parts = value.split("/")
    if len(parts) > 2 or not all(DATE_RE.match(p) for p in parts):
        return False
    try:
        for p in parts:
            y, *rest = p.split("-")
            datetime.date(int(y), int(rest[0]) if rest else 1, int(rest[1]) if len(rest) > 1 else 1)
    except ValueError:
        return False
    return len(parts) == 1 or parts[0] <= parts[1]


def occurrences(text, word):
    return [m.start() for m in re.finditer(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])", text)]


def parse_kv(fields, line_no, errors):
    kv = {}
    for f in fields:
        f = f.strip()
        if not f:
            continue
        k, sep, v = f.partition("=")
        if not sep or k.strip() not in {"type", "date", "fact", "actors", "loc", "from", "note"}:
            errors.append(f"line {line_no}: bad field {f!r}")
            continue
        kv[k.strip()] = v.strip()
    return kv


def actors_of(value):
    return [a.strip() for a in value.split(" / ") if a.strip()] if value else []


def load():
    meta = json.load(open(os.path.join(HERE, "articles.json"), encoding="utf-8"))
    texts = {}
    for a in meta:
        texts[a["id"]] = open(os.path.join(HERE, "articles", a["id"] + ".txt"), encoding="utf-8").read()
        datetime.date.fromisoformat(a["dct"])
        assert a["split"] in SPLITS, a
        assert a["dct_source"] in ("url", "page", "inferred-from-text"), a
        if a.get("title"):
            assert a["title"] in texts[a["id"]], a["id"]
    files = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".txt"))
    assert files == sorted(texts), "articles/ and articles.json differ"
    errors, entries, mentions, doc = [], {}, [], None
    for n, raw in enumerate(open(os.path.join(HERE, "annotations.txt"), encoding="utf-8"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("entry "):
            parts = [p.strip() for p in line[6:].split("|")]
            if len(parts) < 4:
                errors.append(f"line {n}: entry needs ID | TYPE | DATE | LABEL")
                continue
            eid, etype, edate, label = parts[:4]
            kv = parse_kv(parts[4:], n, errors)
            if eid in entries:
                errors.append(f"line {n}: entry {eid} defined twice")
            if etype not in TYPES:
                errors.append(f"line {n}: unknown type {etype}")
            if not check_date(edate):
                errors.append(f"line {n}: bad date {edate}")
            entries[eid] = {"id": eid, "label": label, "type": etype, "date": edate,
                            "actors": actors_of(kv.get("actors")), "location": kv.get("loc", ""), "line": n}
            continue
        if line.startswith("doc "):
            doc = line[4:].strip()
            if doc not in texts:
                errors.append(f"line {n}: unknown document {doc}")
                doc = None
            continue
        head, _, rest = line.partition(">")
        rest, _, note = rest.partition("; note=")  # a note is the last field and may hold any text
        fields = [f.strip() for f in rest.split(";")] + (["note=" + note.strip()] if note else [])
        word, _, occ = head.strip().partition("#")
        if doc is None or not word or not fields[0]:
            errors.append(f"line {n}: mention outside a doc or malformed: {line!r}")
            continue
        kv = parse_kv(fields[1:], n, errors)
        mentions.append({"doc": doc, "word": word, "occ": int(occ) if occ else 0, "entry": fields[0], "kv": kv, "line": n})
    return meta, texts, entries, mentions, errors


def main():
    args = sys.argv[1:]
    meta, texts, entries, mentions, errors = load()
    if "--occ" in args:
        d, w = args[args.index("--occ") + 1], args[args.index("--occ") + 2]
        d = next(x for x in texts if x.startswith(d))
        for i, s in enumerate(occurrences(texts[d], w)):
            t = texts[d]
            print(f"#{i} @{s}: ...{t[max(0, s - 50):s]}[{w}]{t[s + len(w):s + len(w) + 40]}...".replace("\n", "¶"))
        return
    by_id = {a["id"]: a for a in meta}
    docs_events = {a["id"]: [] for a in meta}
    spans = set()
    for m in mentions:
        text, e = texts[m["doc"]], entries.get(m["entry"])
        if e is None:
            errors.append(f"line {m['line']}: unknown entry {m['entry']}")
            continue
        hits = occurrences(text, m["word"])
        if m["occ"] >= len(hits):
            errors.append(f"line {m['line']}: {m['word']!r}#{m['occ']} not in {m['doc']} ({len(hits)} matches)")
            continue
        start = hits[m["occ"]]
        end = start + len(m["word"])
        assert text[start:end] == m["word"]
        if (m["doc"], start) in spans:
            errors.append(f"line {m['line']}: span annotated twice")
        spans.add((m["doc"], start))
        kv = m["kv"]
        typ, date, fact = kv.get("type", e["type"]), kv.get("date", e["date"]), kv.get("fact", "asserted")
        if typ not in TYPES:
            errors.append(f"line {m['line']}: unknown type {typ}")
        if not check_date(date):
            errors.append(f"line {m['line']}: bad date {date}")
        if fact not in FACTS:
            errors.append(f"line {m['line']}: unknown factuality {fact}")
        if kv.get("from", "text") not in ("text", "story", "world"):
            errors.append(f"line {m['line']}: from= must be text, story or world")
        docs_events[m["doc"]].append({
            "trigger": m["word"], "start": start, "end": end, "type": typ, "date": date,
            "actors": actors_of(kv["actors"]) if "actors" in kv else e["actors"],
            "location": kv.get("loc", e["location"]), "factuality": fact, "timeline_id": e["id"],
            "date_from": kv.get("from", "text"), **({"note": kv["note"]} if "note" in kv else {})})
    used = {ev["timeline_id"] for evs in docs_events.values() for ev in evs}
    for eid, e in entries.items():
        if eid not in used:
            errors.append(f"line {e['line']}: entry {eid} has no mention")
    entry_story = {}
    for d, evs in docs_events.items():
        for ev in evs:
            s = by_id[d]["story"]
            if entry_story.setdefault(ev["timeline_id"], s) != s:
                errors.append(f"entry {ev['timeline_id']} is mentioned in two stories")
    for d, evs in docs_events.items():
        if not evs and "--partial" not in args:
            errors.append(f"{d}: no mentions")
    if errors:
        sys.exit("\n".join(errors))

    show = "--show" in args
    prefix = args[args.index("--show") + 1] if show and args.index("--show") + 1 < len(args) else ""
    counts = {}
    for split in SPLITS:
        ids = [a["id"] for a in meta if a["split"] == split]
        with open(os.path.join(HERE, f"{split}-events.jsonl"), "w", encoding="utf-8") as f:
            for d in ids:
                evs = sorted(docs_events[d], key=lambda x: x["start"])
                f.write(json.dumps({"doc": d, "dct": by_id[d]["dct"], "text": texts[d], "events": evs}, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, f"{split}-corpus.jsonl"), "w", encoding="utf-8") as f:
            for d in ids:
                a = by_id[d]
                rec = {"id": d, "text": texts[d], "date": a["dct"], "url": a["url"]}
                if a.get("title"):
                    rec["title"] = a["title"]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tl = []
        for eid, e in entries.items():
            ms = sorted(((d, ev["start"]) for d in ids for ev in docs_events[d] if ev["timeline_id"] == eid))
            if ms:
                tl.append({"id": eid, "label": e["label"], "type": e["type"], "date": e["date"],
                           "story": entry_story[eid], "mentions": [list(x) for x in ms]})
        with open(os.path.join(HERE, f"{split}-timeline.json"), "w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in tl) + "\n]\n")
        counts[split] = (len(ids), len({by_id[d]["story"] for d in ids}), len(tl), sum(len(docs_events[d]) for d in ids))
    if show:
        for a in meta:
            d = a["id"]
            if not d.startswith(prefix):
                continue
            print(f"== {d}  dct {a['dct']} ({a['dct_source']})")
            t = texts[d]
            for ev in sorted(docs_events[d], key=lambda x: x["start"]):
                ctx = (t[max(0, ev["start"] - 45):ev["start"]] + "[" + ev["trigger"] + "]" + t[ev["end"]:ev["end"] + 30]).replace("\n", "¶")
                flag = {"story": "*", "world": "!"}.get(ev["date_from"], " ")
                print(f"  {ctx:<{90}} {ev['timeline_id']:<18} {ev['type']:<18} {ev['date']:<22}{flag}{ev['factuality']}")
    for split, (nd, ns, ne, nm) in counts.items():
        print(f"{split}: {nd} articles, {ns} stories, {ne} timeline entries, {nm} mentions")


if __name__ == "__main__":
    main()
