#!/usr/bin/env python3
"""Derives the English nouns that name persons, and those that name holders of an office, from WordNet 3.0.

Output: Sources/ChronographEvents/Resources/en/person-nouns.txt, office-nouns.txt, title-nouns.txt and
address-forms.txt
(one lower-case noun a line).

A noun names a person when its first sense (WordNet orders senses by frequency) lies in the
lexicographer file noun.person: "CEO", "executive", "prosecutor", "protester", not "head" (first a
body part) or "staff" (first a group). It names an office holder when that first sense lies under a
leader, an official, an executive, an administrator, a head ("a person who is in charge") or a
military officer: "minister", "governor", "ambassador", "commander", not "suspect" or "victim". The
trigger lexicon's `obj=@person` and `obj=@office` constraints read them: "fired the CEO" is a
dismissal, "fired tear gas" is not; "named a new leader" is an appointment, "named the suspect" is not.

The words that can stand before a person's name as a title (title-nouns.txt) name an office holder
by a class of WordNet, not an instance (office-nouns.txt also has "adams", an instance of a
president); address-forms.txt has the forms of address WordNet writes abbreviated ("Mr.", "Mrs.",
"Ms."; not "Don", also a given name). The participant finder reads "US District Judge Lewis Kaplan",
"Tesla CEO Elon Musk" and "Mr Bankman-Fried" as the persons they name, with their titles.

Source: WordNet 3.0 (Debian package wordnet-base; WordNet 3.0 license, Princeton University).

  python3 Scripts/build-person-nouns.py
"""
import os

from wordnet_db import hyponym_closure, load, write_word_list

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "person-nouns.txt")
OFFICE_OUT = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "office-nouns.txt")
TITLE_OUT = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "title-nouns.txt")
ADDRESS_OUT = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "address-forms.txt")
NOUN_PERSON = 18
# (lemma, sense number in WordNet 3.0) of the roots of the office holders.
OFFICE_ROOTS = [("leader", 1), ("official", 1), ("executive", 1), ("administrator", 1), ("head", 4), ("military_officer", 1)]
# The sense of "title" that is a form of address ("Mister", "Mrs", "Rabbi"): its sixth in WordNet 3.0.
ADDRESS_ROOT = ("title", 6)



def write(path, words, what):
    write_word_list(path, words, "build-person-nouns.py", [what])


def main():
    nouns, index = load("noun")
    words = sorted(w for w, senses in index.items() if w.isalpha() and nouns[senses[0]][3] == NOUN_PERSON)
    write(OUT, words, "Nouns whose first sense names a person (lexicographer file noun.person).")
    offices = hyponym_closure(nouns, [index[w][n - 1] for w, n in OFFICE_ROOTS])
    held = sorted(w for w, senses in index.items() if w.isalpha() and senses[0] in offices)
    write(OFFICE_OUT, held, "Nouns whose first sense names the holder of an office (leaders, officials, executives, heads, officers).")
    classes = hyponym_closure(nouns, [index[w][n - 1] for w, n in OFFICE_ROOTS], instances=False)
    titles = {w for w, senses in index.items() if w.isalpha() and senses[0] in classes}
    address = hyponym_closure(nouns, [index[ADDRESS_ROOT[0]][ADDRESS_ROOT[1] - 1]], instances=False)
    write(TITLE_OUT, sorted(titles), "Words that can stand before a name as a title: holders of an office (classes, not instances).")
    # Forms of address written abbreviated ("Mr.", "Mrs.", "Ms."): the others are given names too ("Don").
    forms = {w.rstrip(".") for o in address if any(w.endswith(".") for w in nouns[o][0]) for w in nouns[o][0]}
    write(ADDRESS_OUT, sorted(w for w in forms if w.isalpha()), "Forms of address written abbreviated in WordNet (Mr., Mrs., Ms.), without the full stop.")


if __name__ == "__main__":
    main()
