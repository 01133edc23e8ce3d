"""Keep the measured sets' events out of training data: list, or cut, the sentences of a batch of gold-annotated
articles that report an event some measured article reports too.

    python tools/event_overlap.py BATCH                 # list the actions that report a measured event
    python tools/event_overlap.py BATCH --cut OUT       # copy BATCH to OUT without the sentences that report them

BATCH and OUT are folders of articles with a gold.jsonl (the format of docs/evaluation.md). The measured sets are
corpus/test, corpus/heldout, corpus/heldout2 and, when ../shared is beside the checkout, ../shared/eval/dev, dev2
and seed. An action of the batch reports a measured event when a measured action has the same type and the same
agent, and either shares an instrument or a target (with no target the measured sets never name: an invented firm
makes another event); with no agent, the same type and a shared instrument (what a law itself requires or bans).
`--cut` drops each such sentence (the one that holds most pieces of the action's evidence; "NOT CUT" says an
earlier cut took it), then the gold that no longer has a surface in the text: actions whose evidence is gone,
entities no name or alias of which is left, with their relations and every action that named them, and aliases no
longer in the text. A relation stated only in a cut sentence between names still named stays: the gold does not say
where a relation is stated. The measured sets found are printed first (on stderr). Batches I1, K1 to O1 and the ten
articles of D1 to H1 restored on 2026-12-06 were cut so (corpus/README.md).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEASURED = [ROOT / "corpus" / n for n in ("test", "heldout", "heldout2")] + \
    [ROOT.parent / "shared" / "eval" / n for n in ("dev", "dev2", "seed")]
ABBREVIATION = re.compile(r"(?:\b(?:Gov|Sen|Rep|Mr|Ms|Mrs|Dr|St|Inc|Co|Corp|Ltd|Pte|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                          r"Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|Jr|Gen|Lt|Col|Prof|Hon|Mt|vs|v)|\b[A-Z])\.$")
BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[A-Z\"“(])")  # a quote mark ends one after .!? only


def load(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]


def measured() -> tuple[list[tuple[str, dict]], set[str]]:
    """(where, action) of every measured action, and every entity id the measured sets name."""
    acts, ids = [], set()
    for folder in (f for f in MEASURED if (f / "gold.jsonl").exists()):
        for rec in load(folder):
            ids.update(e["id"] for e in rec["entities"])
            acts += [(f"{folder.name}/{rec['file']}", a) for a in rec["actions"]]
    return acts, ids


def same_event(a: dict, b: dict, known: set[str]) -> bool:
    if a["type"] != b["type"] or a.get("agent") != b.get("agent"):
        return False
    if not a.get("agent"):
        return bool(set(a["instruments"]) & set(b["instruments"]))
    ta, tb = set(a["targets"]), set(b["targets"])
    if ta - known or (ta and tb and not ta & tb):
        return False
    return bool(set(a["instruments"]) & set(b["instruments"]) or ta & tb)


def sentences(text: str) -> list[str]:
    """Lines, split after a sentence's end (not after "Gov." or "U.S.")."""
    out: list[str] = []
    for line in text.split("\n"):
        parts: list[str] = []
        for s in BREAK.split(line):
            if parts and ABBREVIATION.search(parts[-1]):
                parts[-1] += " " + s
            else:
                parts.append(s)
        out += [s for s in parts if s.strip()]
    return out


def pieces(evidence: str) -> list[str]:
    """The verbatim pieces of an action's evidence ("X ... did not join": two pieces, apart in the text)."""
    return [p.strip() for p in evidence.split("...") if p.strip()]


def gone(evidence: str, before: str, text: str) -> bool:
    """Whether a piece of an action's evidence was in the text and is no more."""
    return any(p in before and p not in text for p in pieces(evidence))


def pruned(gold: dict, before: str, text: str) -> dict:
    """The gold that still has a surface in `text` (cut from `before`)."""
    low = text.lower()  # as ../shared/eval/check_gold.py reads a surface ("WASHINGTON" in a dateline)
    ents = [dict(e, aliases=[x for x in e["aliases"] if x.lower() in low]) for e in gold["entities"]]
    ents = [e for e in ents if e["name"].lower() in low or e["aliases"]]
    ids = {e["id"] for e in ents}
    kept = [a for a in gold["actions"] if not gone(a["evidence"], before, text) and a.get("agent") in ids | {None}]
    acts = [a for a in kept if set(a["targets"]) | set(a["instruments"]) <= ids]  # not one that lost an argument
    out = dict(gold, entities=ents, actions=acts)
    if "relations" in gold:  # a record without relations was not annotated for them: it stays so
        out["relations"] = [r for r in gold["relations"] if r["s"] in ids and r["o"] in ids]
    return out


def cut(text: str, evidence: str) -> tuple[str, bool]:
    """`text` without the sentence that holds most pieces of the evidence ("X ... Y": pieces apart), and whether
    there was one (when an earlier cut took it, the text stays as it is)."""
    held = [(sum(p in s for p in pieces(evidence)), s) for s in sentences(text)]
    n, s = max(held, key=lambda h: h[0], default=(0, ""))
    if not n:
        return text, False
    for form in (s + " ", " " + s, s):  # and the space that joined it to the next sentence, or to the one before
        if form in text:
            return text.replace(form, "", 1), True
    return text, False


def readable(ap: argparse.ArgumentParser, batch: Path) -> list[dict]:
    """The batch's gold, or a one-line error when the folder, its gold.jsonl or an article is missing."""
    if not (batch / "gold.jsonl").is_file():
        ap.error(f"{batch}: no gold.jsonl there (a batch is a folder of articles with their gold.jsonl)")
    records = load(batch)
    missing = [r["file"] for r in records if not (batch / r["file"]).is_file()]
    if missing:
        ap.error(f"{batch}: gold.jsonl names {len(missing)} article(s) not in the folder, e.g. {missing[0]}")
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("batch", type=Path, help="a folder of articles with their gold.jsonl")
    ap.add_argument("--cut", type=Path, metavar="OUT", help="write the batch to OUT without those sentences")
    args = ap.parse_args()
    records = readable(ap, args.batch)
    if args.cut and args.cut.resolve() == args.batch.resolve():
        ap.error("--cut OUT must be another folder than the batch")
    acts, known = measured()
    print("measured sets: " + ", ".join(str(f) for f in MEASURED if (f / "gold.jsonl").exists()), file=sys.stderr)
    out = []
    for rec in records:
        text = before = (args.batch / rec["file"]).read_text(encoding="utf-8")
        for a in rec["actions"]:
            where = sorted({w for w, b in acts if same_event(a, b, known)})
            if where:
                text, done = cut(text, a["evidence"]) if args.cut else (text, True)
                print(f"{rec['file']}: {a['type']} {a.get('agent')} -> {a['targets']} {a['instruments']} "
                      f"| {a['evidence'][:70]} | {', '.join(where[:3])}{'' if done else ' | NOT CUT'}")
        out.append((rec["file"], text, pruned(rec, before, text)))
    if args.cut:
        args.cut.mkdir(parents=True, exist_ok=True)
        for name, text, gold in out:
            (args.cut / name).write_text(text, encoding="utf-8")
        (args.cut / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for _, _, g in out),
                                             encoding="utf-8")


if __name__ == "__main__":
    main()
