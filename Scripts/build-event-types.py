#!/usr/bin/env python3
"""Derives the trigger words of event types that the hand-written lexicon leaves out from WordNet 3.0.

Output: Sources/ChronographEvents/Resources/en/triggers-wordnet.tsv (same format as triggers.tsv).

Source: WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet; WordNet 3.0 license,
Princeton University: free use, copying and distribution with the copyright notice).

For each type below, the nouns are the lemmas of the hyponym closure of its root synsets (root
synsets themselves included) whose first sense (WordNet orders senses by frequency) lies
in that closure, so a word is taken only when that is what it usually means ("landslide" is first an
electoral victory; "fire" is every burning), or whose sense is a root named here ("crash" the
accident is its second sense, after the noise). Verbs are the lemmas WordNet links by derivation
("+" pointers) to one of those noun senses when that is their first sense ("quake" v.); for killings
(`death_toll`), only verbs spelled as one of its nouns ("murder"), and no named instances.
Multi-word lemmas become phrases. Words the hand-written triggers.tsv types are left to it; those
it lists as `other` (it had no type for them) must be taken out of it: the script names them.

  python3 Scripts/build-event-types.py            # writes the file
  python3 Scripts/build-event-types.py --show     # prints each word with its synset and gloss
"""
import os
import sys

from wordnet_db import load

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "triggers-wordnet.tsv")
KINDS_OUT = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "merging-wordnet.tsv")
HAND = os.path.join(ROOT, "Sources", "ChronographEvents", "Resources", "en", "triggers.tsv")

# type -> root noun synsets as (lemma, sense number in WordNet 3.0, kind). The kind is the kind of
# incident the words under that root name, for merging (an earthquake and a flood on one day are two
# events); None for the general words ("disaster", "tragedy"), which fit every kind.
TYPES = {
    # Natural disasters and accidents.
    "disaster": [("calamity", 1, None), ("accident", 1, "accident"), ("crash", 2, "accident"),
                 ("earthquake", 1, "earthquake"), ("flood", 1, "flood"), ("volcanic_eruption", 1, "eruption"),
                 ("avalanche", 1, "avalanche"), ("tsunami", 1, "tsunami"), ("storm", 1, "storm"),
                 ("wildfire", 1, "fire"), ("drought", 1, "drought"), ("epidemic", 1, "epidemic")],
    # Companies changing hands ("takeover" is left to the hand-written lexicon: its first sense is a coup).
    "acquisition": [("merger", 1, None), ("buyout", 1, None)],
    "bankruptcy": [("bankruptcy", 1, None)],
    # Killings told as deeds ("the murders of his wife and son", "the slaying"): deaths, as "kill" and "death"
    # are (merging.tsv's `fatal` rows make the killing of one named person an attack when merging).
    "death_toll": [("killing", 2, None)],
}
# Types whose verbs are only those spelled as one of the type's nouns ("murder" v., not "eliminate" or "fell",
# whose first senses WordNet also derives from killing), and whose nouns are classes, not named instances
# ("Alamo", "Custer's Last Stand").
NOUN_SPELLED_VERBS = {"death_toll"}
# Types whose events are bounded incidents (merged like an attack: by kind, place and day).
INCIDENT_TYPES = ["disaster"]
# Subtrees left out: an injury is what a disaster does, not a disaster.
EXCLUDE = {("accidental_injury", 1)}
# Derived words that are not the happening: "twist" v. is linked only through the wind's name "twister".
NOT_EVENTS = {("twist", "verb")}


def main():
    nouns, noun_index = load("noun")
    verbs, verb_index = load("verb")
    hand = set()
    with open(HAND, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                form, pos, type_id = line.split("\t")[:3]
                if type_id != "other":
                    hand.add((form, pos))
    rows, shown, kinds = [], [], set()
    for type_id, roots in TYPES.items():
        closure = {}  # synset -> kind of the first root (in the order above) that reaches it
        rooted = {noun_index[w][n - 1] for w, n, _ in roots}
        excluded = {noun_index[w][n - 1] for w, n in EXCLUDE if w in noun_index}
        for w, n, kind in roots:
            stack = [noun_index[w][n - 1]]
            while stack:
                o = stack.pop()
                if o in closure or o in excluded:
                    continue
                closure[o] = kind
                links = ("~",) if type_id in NOUN_SPELLED_VERBS else ("~", "~i")
                stack.extend(p[1] for p in nouns[o][1] if p[0] in links and p[2] == "n")
        taken = {}
        for o in sorted(closure):
            for w in nouns[o][0]:
                senses = noun_index.get(w, [])
                if senses[:1] == [o] or o in rooted:
                    taken.setdefault((w, "noun"), o)
            for p in nouns[o][1]:
                if p[0] == "+" and p[2] == "v":
                    v = int(p[3][2:], 16) - 1
                    vw = verbs[p[1]][0][v] if v >= 0 else None
                    for w in ([vw] if vw else verbs[p[1]][0]):
                        if verb_index.get(w, [])[:1] == [p[1]]:
                            taken.setdefault((w, "verb"), p[1])
        nouns_taken = {w for (w, pos) in taken if pos == "noun"}
        for (w, pos), o in sorted(taken.items()):
            if pos == "verb" and type_id in NOUN_SPELLED_VERBS and w not in nouns_taken:
                continue
            form = w.replace("_", " ")
            kind = "phrase" if " " in form else pos
            if (form, kind) in hand or "(" in form or (form, kind) in NOT_EVENTS:
                continue
            rows.append((form, kind, type_id))
            if type_id in INCIDENT_TYPES and pos == "noun" and closure.get(o):
                kinds.add((form, closure[o]))
            gloss = (nouns if pos == "noun" else verbs)[o][2]
            shown.append(f"{type_id}\t{form}\t{kind}\t{gloss[:90]}")
    rows = sorted(set(rows))
    with open(HAND, encoding="utf-8") as f:
        other = {tuple(l.split("\t")[:2]) for l in f if not l.startswith("#") and l.count("\t") >= 3 and l.split("\t")[2] == "other"}
    clash = sorted((form, kind) for form, kind, _ in rows if (form, kind) in other)
    if clash:
        sys.exit("triggers.tsv lists as other what this script types; take them out of it: " + ", ".join(f"{a} ({b})" for a, b in clash))
    if "--show" in sys.argv:
        print("\n".join(sorted(shown)))
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by Scripts/build-event-types.py from WordNet 3.0 (Princeton University, WordNet 3.0 license).\n")
        f.write("# form<TAB>pos<TAB>type<TAB>class, as triggers.tsv; words triggers.tsv lists are left to it.\n")
        for form, kind, type_id in rows:
            f.write(f"{form}\t{kind}\t{type_id}\tOCCURRENCE\n")
    with open(KINDS_OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by Scripts/build-event-types.py from WordNet 3.0 (Princeton University, WordNet 3.0 license).\n")
        f.write("# merging.tsv's format: the types whose events are bounded incidents, and the kind of incident each word names.\n")
        for t in INCIDENT_TYPES:
            f.write(f"incident-type\t{t}\n")
        for form, kind in sorted(kinds):
            f.write(f"kind\t{form}\t{kind}\n")
    print(f"{len(rows)} entries -> {os.path.relpath(OUT, ROOT)}; {len(kinds)} kinds -> {os.path.relpath(KINDS_OUT, ROOT)}")


if __name__ == "__main__":
    main()
