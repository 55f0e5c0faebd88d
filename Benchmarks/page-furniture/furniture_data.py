"""Reads the page-furniture annotations: page texts split into lines, each non-empty line labelled
F (furniture) or C (content). A page's lines are its text split at line feeds; labels files list, per
page, the 1-based numbers of its furniture lines (every other non-empty line is content)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REALNEWS = os.path.join(HERE, "..", "events-realnews")


def parse_numbers(spec):
    numbers = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-")
            numbers.update(range(int(a), int(b) + 1))
        else:
            numbers.add(int(part))
    return numbers


def read_labels(path):
    """`ID F 1,3,5-7` (or `ID F -` for a page without furniture) -> {ID: set of line numbers}."""
    labels = {}
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 2)
            if len(parts) != 3 or parts[1] != "F":
                raise SystemExit("%s:%d: expected `ID F numbers`" % (path, n))
            if parts[0] in labels:
                raise SystemExit("%s:%d: %s labelled twice" % (path, n, parts[0]))
            labels[parts[0]] = set() if parts[2] == "-" else parse_numbers(parts[2])
    return labels


def labelled(page_id, text, furniture, path):
    lines = text.split("\n")
    for number in furniture:
        if number < 1 or number > len(lines) or not lines[number - 1].strip():
            raise SystemExit("%s: %s line %d is not a non-empty line" % (path, page_id, number))
    labels = [("F" if i + 1 in furniture else "C") if l.strip() else None for i, l in enumerate(lines)]
    return {"id": page_id, "text": text, "lines": lines, "labels": labels}


def load_pages():
    path = os.path.join(HERE, "labels.txt")
    labels = read_labels(path)
    pages = []
    with open(os.path.join(HERE, "pages.jsonl"), encoding="utf-8") as f:
        for raw in f:
            record = json.loads(raw)
            if record["id"] not in labels:
                raise SystemExit("%s: %s has no labels" % (path, record["id"]))
            page = labelled(record["id"], record["text"], labels.pop(record["id"]), path)
            page["url"] = record["url"]
            pages.append(page)
    if labels:
        raise SystemExit("%s: labels for unknown pages %s" % (path, sorted(labels)))
    return pages


def load_realnews(split=None):
    """The articles of Benchmarks/events-realnews with their furniture labels; `split` = dev or test."""
    path = os.path.join(HERE, "realnews-labels.txt")
    labels = read_labels(path)
    with open(os.path.join(REALNEWS, "articles.json"), encoding="utf-8") as f:
        meta = json.load(f)
    pages = []
    for m in meta:
        if split and m["split"] != split:
            continue
        with open(os.path.join(REALNEWS, "articles", m["id"] + ".txt"), encoding="utf-8") as f:
            text = f.read()
        if m["id"] not in labels:
            raise SystemExit("%s: %s has no labels" % (path, m["id"]))
        page = labelled(m["id"], text, labels[m["id"]], path)
        page["url"] = m["url"]
        page["split"] = m["split"]
        pages.append(page)
    return pages
