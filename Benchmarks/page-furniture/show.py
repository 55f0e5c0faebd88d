#!/usr/bin/env python3
"""Prints the lines of page excerpts, numbered, with their labels (for annotating and checking).

  python3 Benchmarks/page-furniture/show.py [ID ...]     # training pages (pages.jsonl + labels.txt)
  python3 Benchmarks/page-furniture/show.py --realnews [ID ...]
"""
import sys
from furniture_data import load_pages, load_realnews

args = sys.argv[1:]
real = "--realnews" in args
ids = [a for a in args if not a.startswith("--")]
pages = load_realnews() if real else load_pages()
for page in pages:
    if ids and page["id"] not in ids:
        continue
    print("=== %s  %s" % (page["id"], page.get("url", "")))
    for n, (line, label) in enumerate(zip(page["lines"], page["labels"]), 1):
        if line.strip():
            print("%3d %s | %s" % (n, label or "?", line[:150]))
