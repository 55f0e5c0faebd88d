"""Reads WordNet 3.0's database files (Debian package wordnet-base, /usr/share/wordnet; WordNet 3.0
license, Princeton University: free use, copying and distribution with the copyright notice).
Shared by the scripts that derive Chronograph's resources from WordNet."""
import os

WN = "/usr/share/wordnet"


def load(pos):
    """(synsets, index) for "noun" or "verb": synsets maps an offset to (words, pointers, gloss,
    lexicographer file number); index maps a lemma to its synset offsets, most frequent sense first.
    A pointer is (symbol, target offset, target pos, source/target word numbers as 4 hex digits)."""
    synsets, index = {}, {}
    with open(os.path.join(WN, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            x = head.split()
            offset, lexfile, count = x[0], int(x[1]), int(x[3], 16)
            words = [x[4 + 2 * i].lower() for i in range(count)]
            p = 4 + 2 * count
            pointers = [tuple(x[p + 1 + 4 * i:p + 5 + 4 * i]) for i in range(int(x[p]))]
            synsets[offset] = (words, pointers, gloss.strip(), lexfile)
    with open(os.path.join(WN, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            x = line.split()
            index[x[0]] = x[4 + int(x[3]) + 2:]
    return synsets, index


def hyponym_closure(nouns, roots, instances=True):
    """The noun synsets under `roots` (offsets), the roots included: hyponyms and (unless `instances` is
    False: classes only, a president but not Adams) instances, all levels."""
    seen, stack = set(), list(roots)
    while stack:
        o = stack.pop()
        if o in seen:
            continue
        seen.add(o)
        stack.extend(p[1] for p in nouns[o][1] if (p[0] == "~" or instances and p[0] == "~i") and p[2] == "n")
    return seen
