#!/usr/bin/env python3
"""Derives the English nouns whose first sense names a thing, a body part, a place, a group or a
living being, not an act, from WordNet 3.0.

Output: Sources/ChronographEvents/Resources/en/thing-nouns.txt (one lower-case noun a line).

A word the word-level trigger detector took for a verb ("ear", "shop", "sheet") but that the tagger
reads as a noun in its sentence ("a listening ear", "shop windows", "a balance sheet") is an event
only if the noun names one. WordNet orders a lemma's senses by frequency; a noun is listed when its
first sense lies in one of the lexicographer files of concrete entities: noun.animal, noun.artifact,
noun.body, noun.food, noun.group, noun.location, noun.object, noun.person, noun.plant and
noun.substance. "offer", "letter", "claim" (first senses communications) and "act", "measure",
"effort" (acts) stay events; "window", "shoe" (artifacts), "ear" (body), "home" (a location) and
"court" (a group) do not. Only nouns spelled like a verb form of verb-forms.tsv (the project's verbs:
"headquarters" is a form of "headquarter") are listed: no other word reaches that question.

Source: WordNet 3.0 (Debian package wordnet-base; WordNet 3.0 license, Princeton University).

  python3 Scripts/build-thing-nouns.py
"""
import os

from wordnet_db import load, write_word_list

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "thing-nouns.txt")
VERB_FORMS = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "verb-forms.tsv")
# noun.animal, noun.artifact, noun.body, noun.food, noun.group, noun.location, noun.object,
# noun.person, noun.plant, noun.substance
THING_FILES = {5, 6, 8, 13, 14, 15, 17, 18, 20, 27}


def main():
    nouns, index = load("noun")
    with open(VERB_FORMS, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if not l.startswith("#") and l.count("\t") >= 2]
    verbs = {r[0] for r in rows if any(t.startswith("VB") for t in r[2].split(","))}
    words = sorted(w for w, senses in index.items() if w in verbs and w.isalpha() and nouns[senses[0]][3] in THING_FILES)
    write_word_list(OUT, words, "build-thing-nouns.py", [
        "Nouns whose first sense names a concrete entity (an artifact, body part, place, group, person, animal,",
        "plant, food, substance or natural object), not an act or event."])


if __name__ == "__main__":
    main()
