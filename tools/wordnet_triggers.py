"""Generate two data files from WordNet: kg/nlp/data/action_triggers_wordnet.jsonl, verbs the hand lexicon lacks,
given an action type by WordNet synonymy (the first senses of each hand-lexicon verb whose type does not depend
on conditions), and nouns it lacks that name the act of such a verb (WordNet's derivational link from one of the
verb's first senses to a noun.act sense that is the noun's own first: "scrutinize" -> "scrutiny", "veto" ->
"veto"; no gerund); and kg/nlp/data/verb_classes.jsonl, the class and hypernyms of every verb, features of the
trained trigger detector.

Needs Debian's `wordnet-base` (the WordNet 3.0 database in /usr/share/wordnet), only to regenerate:

    apt-get install wordnet-base
    python tools/wordnet_triggers.py            # rewrites kg/nlp/data/action_triggers_wordnet.jsonl

At build time the project reads the generated file; WordNet is not needed then.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from wordnet_person_nouns import first_senses  # tools/ is the script's own folder: its sibling reads the nouns
from wordnet_person_nouns import synset as noun_synset

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "nlp" / "data"
MAX_SENSES = 10  # a verb with more senses ("get": 36) is too general to signal an action by itself
SENSES = 2  # the first senses only, of both words: later senses of "charge", "order", "get" stray far from policy


def hand_lexicon() -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for line in (DATA / "action_triggers.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            row = json.loads(line)
            conditional = any(row.get(k) for k in ("agent", "object", "object_lemma", "xcomp"))
            out[(row["lemma"], row["pos"])].add(row["type"] + ("?" if conditional else ""))
    return out


NOUN_ACT = 4  # the lexicographer file noun.act: "nouns denoting acts or actions"
LEXNAMES = {29: "verb.body", 30: "verb.change", 31: "verb.cognition", 32: "verb.communication",
            33: "verb.competition", 34: "verb.consumption", 35: "verb.contact", 36: "verb.creation",
            37: "verb.emotion", 38: "verb.motion", 39: "verb.perception", 40: "verb.possession", 41: "verb.social",
            42: "verb.stative", 43: "verb.weather"}


class WordNet:
    """The verb senses of WordNet 3.0's database files (index.verb, data.verb), read directly; the noun senses through
    tools/wordnet_person_nouns.py's reader (each noun's first sense, a noun synset's class and words)."""

    def __init__(self, folder: str) -> None:
        self.index: dict[str, list[int]] = {}
        for line in (Path(folder) / "index.verb").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            f = line.split()
            n_ptr = int(f[3])
            n_syn = int(f[2])
            self.index[f[0]] = [int(x) for x in f[4 + n_ptr + 2:4 + n_ptr + 2 + n_syn]]
        self.data = (Path(folder) / "data.verb").read_bytes()
        self.noun_first = first_senses(folder)
        self.noun_data = (Path(folder) / "data.noun").read_bytes()

    def fields(self, offset: int) -> tuple[list[str], list[str], list[tuple[str, int, str, str]]]:
        """A verb synset's fields, its words (lower case) and its pointers (symbol, offset, part of speech,
        source/target word numbers)."""
        f = self.data[offset:self.data.index(b"\n", offset)].decode("utf-8", "replace").split(" | ")[0].split()
        n = int(f[3], 16)
        at = 4 + 2 * n
        ptrs = [(f[at + 1 + 4 * k], int(f[at + 2 + 4 * k]), f[at + 3 + 4 * k], f[at + 4 + 4 * k]) for k in range(int(f[at]))]
        return f, [f[4 + 2 * k].lower() for k in range(n)], ptrs

    def synset_words(self, offset: int) -> list[str]:
        return self.fields(offset)[1]

    def synset(self, offset: int) -> tuple[str, list[str], list[int]]:
        """(lexicographer file, words, hypernym offsets) of a verb synset."""
        f, words, ptrs = self.fields(offset)
        return LEXNAMES.get(int(f[1]), "verb.other"), words, [off for sym, off, _, _ in ptrs if sym == "@"]

    def senses(self, lemma: str, first: int) -> list[tuple[int, list[str]]]:
        return [(o, self.synset_words(o)) for o in self.index.get(lemma, [])[:first]]

    def derived_nouns(self, lemma: str, first: int) -> list[tuple[str, int]]:
        """(noun, offset of its synset) of the derivational links ("+") from the word itself in its first senses."""
        out = []
        for offset in self.index.get(lemma, [])[:first]:
            _, words, ptrs = self.fields(offset)
            for sym, target, pos, st in ptrs:
                if sym == "+" and pos == "n" and int(st[:2], 16) and words[int(st[:2], 16) - 1] == lemma:
                    out.append((noun_synset(self.noun_data, target)[1][int(st[2:], 16) - 1].lower(), target))
        return out

    def is_first_act(self, noun: str, offset: int) -> bool:
        """Whether the noun synset at `offset` is the noun's first sense and an act (noun.act)."""
        return self.noun_first.get(noun) == offset and noun_synset(self.noun_data, offset)[0] == NOUN_ACT


def main(wordnet_dir: str = "/usr/share/wordnet") -> int:
    wn = WordNet(wordnet_dir)
    hand = hand_lexicon()
    votes: dict[str, Counter] = defaultdict(Counter)
    for (lemma, pos), types in hand.items():
        plain = {t for t in types if not t.endswith("?")}
        if pos != "VERB" or " " in lemma or len(plain) != 1 or len(types) != 1:
            continue
        atype = next(iter(plain))
        for offset, words in wn.senses(lemma, SENSES):
            for name in words:
                own = wn.index.get(name, [])
                # the shared sense must be one of the new word's own first senses ("get" is not mainly "invest")
                if name.isalpha() and (name, "VERB") not in hand and offset in own[:SENSES] and len(own) <= MAX_SENSES:
                    votes[name][atype] += 1
    rows = []
    for name, c in sorted(votes.items()):
        (best, n), *rest = c.most_common() + [(None, 0)]
        if rest and rest[0][1] == n:
            continue  # two types tie: WordNet does not decide
        rows.append({"lemma": name, "pos": "VERB", "type": best, "votes": n})
    verbs = len(rows)
    rows += act_nouns(wn, hand)
    out = DATA / "action_triggers_wordnet.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{verbs} verbs and {len(rows) - verbs} nouns written to {out.relative_to(ROOT)}")
    write_verb_classes(wn)
    return 0


def act_nouns(wn: WordNet, hand: dict[tuple[str, str], set[str]]) -> list[dict]:
    """The nouns that name the act of a hand-lexicon verb of one unconditional type, the hand lexicon lacks, and
    whose first sense is that act (not "bar" from "ban": a bar is first a counter), gerunds left out; a noun two
    verbs of different types give equally often is left out."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for (lemma, pos), types in hand.items():
        if pos != "VERB" or " " in lemma or len(types) != 1 or next(iter(types)).endswith("?"):
            continue
        for noun, offset in wn.derived_nouns(lemma, SENSES):
            if noun.isalpha() and not noun.endswith("ing") and (noun, "NOUN") not in hand and wn.is_first_act(noun, offset):
                votes[noun][next(iter(types))] += 1
    rows = []
    for noun, c in sorted(votes.items()):
        (best, n), *rest = c.most_common() + [(None, 0)]
        if not (rest and rest[0][1] == n):
            rows.append({"lemma": noun, "pos": "NOUN", "type": best, "votes": n})
    return rows


def write_verb_classes(wn: WordNet) -> None:
    """kg/nlp/data/verb_classes.jsonl: for every one-word verb, the lexicographer class and the hypernyms
    (two levels) of its first two senses: what lets the trigger detector generalise to verbs it never saw."""
    rows = []
    for lemma, offsets in sorted(wn.index.items()):
        if not lemma.isalpha():
            continue
        classes, hypers = [], []
        for off in offsets[:SENSES]:
            lex, _, up = wn.synset(off)
            classes.append(lex)
            for h in up[:1]:
                _, words, up2 = wn.synset(h)
                hypers.append(words[0])
                for h2 in up2[:1]:
                    hypers.append(wn.synset(h2)[1][0])
        rows.append({"lemma": lemma, "classes": list(dict.fromkeys(classes)), "hypernyms": list(dict.fromkeys(hypers))})
    out = DATA / "verb_classes.jsonl"
    out.write_text("// WordNet 3.0 verb classes and hypernyms; regenerate with tools/wordnet_triggers.py\n"
                   + "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} verbs written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
