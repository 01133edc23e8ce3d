"""The `kg_resolver` component: clusters a document's mentions into `LocalEntity`s (one per real thing)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.contract import ORGANIZATION_CLASSES
from kg.nlp.doc.index import anaphora
from kg.nlp.doc.lines import title_case_line, unclosed
from kg.nlp.curation import load_curation
from kg.nlp.entities.bare_heads import join_bare_heads
from kg.nlp.entities.body_countries import home_qualified, note_countries
from kg.nlp.entities.doc_aliases import short_forms
from kg.nlp.entities.entity_types import GAZETTEER, LABEL, head_of_words
from kg.nlp.entities.generic_names import described, generic_elsewhere, own_body
from kg.nlp.entities.qualified import place_body, place_qualified, same_body
from kg.nlp.gazetteer import GazEntry, exact_match, gazetteer_index, load_gazetteer, shape
from kg.nlp.names import close_spelling, fold, name_key
from kg.nlp.pieces import merge_entity
from kg.nlp.records import LocalEntity

COMPATIBLE = {  # a mention typed weakly as the key may join a cluster of these classes
    "Company": {"Company", "AIModel", "MediaOutlet", "ResearchOrganization", "GovernmentBody"},
    "Jurisdiction": {"Jurisdiction", "GovernmentBody", "Company", "AIModel", "Person"},
    "Person": {"Person", "AIModel", "Company"},
}


def gazetteer_match(text: str, cls: str) -> GazEntry | None:
    """The gazetteer entry this unknown name is (exact key, else a guarded misspelling)."""
    _, by_shape = gazetteer_index()
    gaz = load_gazetteer()
    gid = exact_match(text, cls)
    if gid is None and (entry := home_qualified(text, cls)) is not None:
        return entry
    if gid is None:
        first, words, size = shape(fold(text))  # a misspelling is as many words, at most 2 letters off
        hits = {i for k in range(size - 2, size + 3) for n, i in by_shape.get((first, words, k), [])
                if close_spelling(text, n)}
        gid = hits.pop() if len(hits) == 1 else None
    return gaz.get(gid) if gid else None


def titled(doc: Doc, e: LocalEntity) -> bool:
    """Whether a mention of the entity follows an honorific or title ("Gov. Polis", "Judge Lin")."""
    words = set(anaphora()["honorifics"])
    return any(s > 0 and doc[s - 1].lower_ in words for s, _ in e.mentions)


def only_in_headings(doc: Doc, e: LocalEntity) -> bool:
    """Whether every mention of the entity stands in a title-cased line."""
    return bool(e.mentions) and all(title_case_line(doc[s].sent, doc[s:end]) for s, end in e.mentions)


def plausible(e: LocalEntity, doc: Doc | None = None) -> bool:
    """Whether an entity known only from spaCy's label is worth a node: a lone single-word person
    never named in full (unless titled, "Gov. Polis"), or a code like "H20" labelled a place, is more often
    noise than a name."""
    if e.gaz_id is not None or e.best > LABEL:
        return True
    if doc is not None and only_in_headings(doc, e):
        return False  # a name only spaCy saw, only in title case: "Lee Signs", "Digest"
    if e.type == "Person" and all(" " not in s for s in e.surface_forms):
        return doc is not None and titled(doc, e)
    if any(ch.isdigit() for ch in e.name) and e.type in ("Jurisdiction", "Company", "Person"):
        return False
    return True


def new_entity(ent: Span, how: int, entities: dict[str, LocalEntity]) -> str:
    """The key of a new entity for a mention no cluster took: its gazetteer entry, else a local name."""
    entry = gazetteer_match(ent.text, ent.label_) if how < GAZETTEER else load_gazetteer().get(ent.ent_id_)
    if entry is not None:
        return gazetteer_entity(entry, entities)
    key = f"loc:{name_key(ent.text, ent.label_)}"
    entities.setdefault(key, LocalEntity(key, ent.label_, ent.text, strength=0))
    return key


def gazetteer_entity(entry: GazEntry, entities: dict[str, LocalEntity]) -> str:
    """The key of the document's entity for a gazetteer entry, made when the document has none yet."""
    key = f"gaz:{entry.id}"
    if key not in entities:
        entities[key] = LocalEntity(key, entry.type, entry.name, gaz_id=entry.id, strength=GAZETTEER)
    return key


def same_name(ent: Span, entities: dict[str, LocalEntity]) -> str | None:
    """A cluster with a name of the same key ("OpenAI Inc." and "OpenAI")."""
    k = name_key(ent.text, ent.label_)
    for key, e in entities.items():
        if any(k == name_key(s, e.type) for s in e.surface_forms):
            return key
    return None


def close_name(ent: Span, entities: dict[str, LocalEntity]) -> str | None:
    """A cluster with a name spelled nearly the same."""
    for key, e in entities.items():
        if any(close_spelling(ent.text, s) for s in e.surface_forms):
            return key
    return None


def shorter_instrument(ent: Span, entities: dict[str, LocalEntity]) -> str | None:
    """"the executive order" after "the AI executive order": the last instrument whose name ends with it."""
    if ent.label_ != "PolicyInstrument":
        return None
    for key, e in reversed(list(entities.items())):
        if e.type == "PolicyInstrument" and any(fold(s).endswith(" " + fold(ent.text)) for s in e.surface_forms):
            return key
    return None


def word_of_a_name(ent: Span, entities: dict[str, LocalEntity]) -> str | None:
    """"the Division" after "the Division of Consumer Protection", "the Mission" after "the IndiaAI Mission": one
    capitalised word that is the head word of exactly one longer organisation name of the same class named before it,
    or anywhere for a headline's (a press release's "the Authority" before "the Italian competition authority" is its
    own voice; "Commission fines X" stands for the European Commission its body names), never a word
    that only modifies it ("House" of "House Energy and Commerce Committee"); not a model ("Claude" and "Claude 3.5
    Sonnet" are two)."""
    word = ent.text.removeprefix("the ").removeprefix("The ")
    if " " in word or not word[:1].isupper() or ent.label_ not in ORGANIZATION_CLASSES:
        return None
    heading = unclosed(ent.sent)  # a headline's short form stands for a name the body gives after it
    found = {key for key, e in entities.items() if e.type == ent.label_ and (heading or e.first < ent.start)
             and any(" " in s and head_of_words(s.lower().split()) == word.lower() for s in e.surface_forms)}
    return found.pop() if len(found) == 1 else None


def known_acronym(ent: Span, how: int, entities: dict[str, LocalEntity], mention: dict,
                  src: tuple[int, int] | None) -> str | None:
    """"the National Data Protection Authority (ANPD)": an acronym the gazetteer knows, defined by the document after
    a full name it does not; the full name's cluster becomes the gazetteer's entity when that name is the entry's (or
    the entry's without its place). Returns the entity's key, or None."""
    entry = load_gazetteer().get(ent.ent_id_)
    old = mention.get(src) if src is not None else None
    if entry is None or old is None or entities[old].gaz_id is not None or entities[old].type != entry.type \
            or not same_body(entities[old].name, entry.names):
        return None
    key = new_entity(ent, how, entities)
    local = entities.pop(old)
    for span in local.mentions:
        Resolver._add(entities[key], Span(ent.doc, *span, label=entry.type), local.best)
        mention[span] = key
    return key


def own_bodies(entities: dict[str, LocalEntity], mention: dict[tuple[int, int], str]) -> None:
    """A body named only generically ("the Senate", "Parliament") is the known body of that name of the place the
    document is about (`own_body`): joined to it when the document also names it in full."""
    for key in list(entities):
        e = entities[key]
        entry = own_body(e, entities)
        if entry is None or entry.id == e.gaz_id:
            continue
        target = gazetteer_entity(entry, entities)
        merge_entity(entities[target], e, 0)
        del entities[key]
        for span in e.mentions:
            mention[span] = target


CLUSTER_MATCHES = (same_name, close_name, shorter_instrument, word_of_a_name, place_qualified)  # tried in order on a mention


class Resolver:
    """Sets ``doc._.kg_entities`` ({key: LocalEntity}) and ``doc._.kg_mention`` ({(start, end): key})."""

    def __init__(self, nlp: Language, name: str, curation: str | None = None) -> None:
        self.name = name
        self.curation = load_curation(curation)
        for ext in ("kg_entities", "kg_mention"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)

    def __call__(self, doc: Doc) -> Doc:
        entities: dict[str, LocalEntity] = {}
        mention: dict[tuple[int, int], str] = {}
        strength = doc._.kg_strength or {}
        alias_of = doc._.kg_alias_of or {}
        forms: dict[str, str | None] = {}  # short form -> entity key (None when two entities share it)
        # the strongest and longest first; a short form the document defines after the name it stands for
        ordered = sorted(doc.ents, key=lambda e: ((e.start, e.end) in alias_of, -strength.get((e.start, e.end), LABEL),
                                                  -len(e), e.start))
        for ent in ordered:
            how = strength.get((ent.start, ent.end), LABEL)
            if self.curation.is_dropped(ent.text):
                continue
            if self.curation.is_split(ent.text):  # a name of its own: no gazetteer, no folding into others
                self._add_split(ent, how, entities, mention)
                continue
            key = self._find(ent, how, entities, mention, alias_of)
            short = key is None and how < GAZETTEER and forms.get(ent.text) in entities  # not one an acronym re-keyed
            if short:
                key = forms[ent.text]
            if key is None:
                key = new_entity(ent, how, entities)
            self._add(entities[key], ent, how, vote=not short)
            if (ent.start, ent.end) in (doc._.kg_scoped or set()) and len(entities[key].mentions) == 1:
                entities[key].scoped = True
            mention[(ent.start, ent.end)] = key
            self._note_forms(ent, key, forms)
        self._settle_types(entities)
        own_bodies(entities, mention)
        join_bare_heads(entities, mention)
        self._keep_plausible(doc, entities)
        note_countries(entities)
        doc._.kg_entities = entities
        doc._.kg_mention = {span: key for span, key in mention.items() if key in entities}
        return doc

    def _add_split(self, ent: Span, how: int, entities: dict[str, LocalEntity], mention: dict) -> None:
        key = f"split:{fold(ent.text)}"
        entities.setdefault(key, LocalEntity(key, ent.label_, ent.text, strength=how))
        self._add(entities[key], ent, how)
        mention[(ent.start, ent.end)] = key

    def _note_forms(self, ent: Span, key: str, forms: dict[str, str | None]) -> None:
        """The short forms of the name ("Anthropic" of "Anthropic PBC") point to its entity, unless two share one."""
        for form in short_forms(ent):
            if not self.curation.is_split(form):
                forms[form] = key if forms.get(form, key) == key else None

    def _keep_plausible(self, doc: Doc, entities: dict[str, LocalEntity]) -> None:
        """Entities worth a node stay, with the type a curator forced on them. A known body met only by generic names,
        whose place the document does not name (`generic_elsewhere`), is this document's own body of that name
        ("Congress" in a story about Chile: a node of this document), or nothing when it was only described ("the
        federal government")."""
        for key in [k for k, e in entities.items() if generic_elsewhere(e, entities)]:
            e = entities[key]
            if described(e):
                del entities[key]
                continue
            s, end = min(e.mentions)
            e.gaz_id, e.name, e.scoped = None, doc[s:end].text.removeprefix("the ").removeprefix("The "), True
        for key in [k for k, e in entities.items() if not plausible(e, doc)]:
            del entities[key]
        for e in entities.values():
            forced = self.curation.type_of(e.surface_forms)
            if forced:
                e.type = forced

    @staticmethod
    def _find(ent: Span, how: int, entities: dict[str, LocalEntity], mention: dict, alias_of: dict) -> str | None:
        body = place_body(ent)  # "Brazil's Senate" is Brazil's, whatever other senate the document named
        if body is not None:
            return gazetteer_entity(body, entities)
        if how >= GAZETTEER and ent.ent_id_:
            return f"gaz:{ent.ent_id_}" if f"gaz:{ent.ent_id_}" in entities else \
                known_acronym(ent, how, entities, mention, alias_of.get((ent.start, ent.end)))
        src = alias_of.get((ent.start, ent.end))
        if src is not None and src in mention:
            return mention[src]
        for match in CLUSTER_MATCHES:
            key = match(ent, entities)
            if key is not None:
                return key
        return None

    @staticmethod
    def _add(e: LocalEntity, ent: Span, how: int, vote: bool = True) -> None:
        """A mention joins its entity; its label votes for the entity's class, unless it is a short form of a name
        the document gave before ("Halvorsen", read as a person, of "Halvorsen Peak Capital"): the full name's own
        reading says what the thing is."""
        e.surface_forms.add(ent.text)
        e.mentions.append((ent.start, ent.end))
        e.best = max(e.best, how)
        if e.gaz_id is None and (vote or not e.votes):
            e.votes[ent.label_] = e.votes.get(ent.label_, 0) + how
            e.peaks[ent.label_] = max(e.peaks.get(ent.label_, 0), how)

    @staticmethod
    def _settle_types(entities: dict[str, LocalEntity]) -> None:
        """Each unknown entity takes the class of its strongest piece of evidence (the gazetteer, then words that say
        what the name is, "Visageo, a Paris start-up", then the tagger's label), by the sum of its mentions' votes
        among classes of evidence as strong: a name the text describes as a firm once is one, however often the
        tagger calls it a person elsewhere. And its longest name."""
        for e in entities.values():
            if e.gaz_id is None and e.votes:
                e.type = max(e.votes.items(), key=lambda kv: (e.peaks.get(kv[0], 0), kv[1], kv[0]))[0]
                e.strength = max(e.votes.values())
                e.name = max(e.surface_forms, key=lambda s: (len(s.split()), len(s), s))
