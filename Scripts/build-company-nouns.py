#!/usr/bin/env python3
"""Derives the English nouns that name a company from WordNet 3.0.

Output: Sources/ChronographEvents/Resources/en/company-nouns.txt (one lower-case noun a line).

A noun names a company when its first sense (WordNet orders senses by frequency) lies under
company.n.01 ("an institution created to conduct business") or business.n.01 ("a commercial or
industrial enterprise"), outside the carriers' lines ("railway", "subway": a network more often than
its operator), and is no acronym of one company ("fdic"): "company", "firm", "automaker",
"carmaker", "manufacturer", "publisher", not "bank" (first a slope) or "airline" (first a hose).
The participant finder reads them: "the automaker", "the company" after a company is named stand
for the company last named (`ParticipantFinder`).

Source: WordNet 3.0 (Debian package wordnet-base; WordNet 3.0 license, Princeton University).

  python3 Scripts/build-company-nouns.py
"""
import os

from wordnet_db import hyponym_closure, load, write_word_list

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "company-nouns.txt")
# The roots, as (lemma, sense number in WordNet 3.0), and the subtree left out, as (lemma, its gloss's start).
ROOTS = [("company", 1), ("business", 1)]
LEFT_OUT = [("line", "a commercial organization serving as a common carrier")]


def main():
    nouns, index = load("noun")
    inside = hyponym_closure(nouns, [index[w][n - 1] for w, n in ROOTS])
    left_out = hyponym_closure(nouns, [o for w, gloss in LEFT_OUT for o in index[w] if nouns[o][2].startswith(gloss)])
    # An acronym of one company's name ("fdic" beside "federal_deposit_insurance_corporation") is no common noun.
    def initials(lemma):
        return "".join(part[0] for part in lemma.split("_") if part)
    acronyms = {w for w, senses in index.items() if any(initials(l) == w for l in nouns[senses[0]][0] if l != w and "_" in l)}
    words = sorted(w for w, senses in index.items()
                   if w.isalpha() and senses[0] in inside and senses[0] not in left_out and w not in acronyms)
    write_word_list(OUT, words, "build-company-nouns.py",
                    ["Nouns whose first sense names a company (under company.n.01 or business.n.01, carriers' lines left out)."])


if __name__ == "__main__":
    main()
