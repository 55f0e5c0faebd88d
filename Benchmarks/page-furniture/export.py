#!/usr/bin/env python3
"""Writes annotated pages as `chronograph-train furniture` reads them: one page a line,
{"id", "text", "furniture": [[start, end], ...], "content": [[start, end], ...]} with the code-point
(= Unicode scalar) ranges of the labelled lines.

  python3 Benchmarks/page-furniture/export.py > pages.jsonl            # the training pages
  python3 Benchmarks/page-furniture/export.py --realnews dev > dev.jsonl
"""
import json
import sys
from furniture_data import load_pages, load_realnews

args = sys.argv[1:]
pages = load_realnews(args[1]) if args[:1] == ["--realnews"] else load_pages()
for page in pages:
    record = {"id": page["id"], "text": page["text"], "furniture": [], "content": []}
    offset = 0
    for line, label in zip(page["lines"], page["labels"]):
        if label:
            record["furniture" if label == "F" else "content"].append([offset, offset + len(line)])
        offset += len(line) + 1
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
