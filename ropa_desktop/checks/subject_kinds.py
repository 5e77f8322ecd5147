"""Which data-subject categories are employees, applicants, children, patients, ...

The format has no field for this, so it is read from the category's names, in every
language the register keeps them in, by *whole words*: a name is split into words and
each word is looked up in the word list of the text's own language (so that Swedish
"personal", staff, is not read into English "personal"). A word may also *end* in a
listed word, for the compounds of the Nordic languages ("butiksanställda",
"skolbarn", "jobbsøkere"); in English only whole words count.

Employees and applicants are a relation to *us*: a category that places the people at
another organisation ("employees of business customers", "anställda hos kunder",
"Arbeidstakere hos Kunden") is not counted as ours, since neither the imbalance of
power (WP248 criterion 7, recital 43) nor Art. 88 concerns them. Children, patients,
the elderly and asylum seekers are vulnerable whoever they belong to.

A word is claimed by the first kind that lists it (``KINDS`` order), so that
"asylsökande" is an asylum seeker and not a job applicant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ropa_desktop.domain import model

# kind -> language -> words (casefolded). "en" is also used for languages without a list.
KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "asylum_seekers": {
        "en": ("asylum", "refugee", "refugees"),
        "sv": ("asylsökande", "asylsökanden", "flykting", "flyktingar"),
        "nb": ("asylsøker", "asylsøkere", "asylsøkerne", "flyktning", "flyktninger"),
        "da": ("asylansøger", "asylansøgere", "asylsøgende", "flygtning", "flygtninge"),
    },
    "applicants": {
        "en": ("applicant", "applicants", "candidate", "candidates", "jobseeker", "jobseekers"),
        "sv": ("sökande", "arbetssökande", "kandidat", "kandidater", "kandidaterna"),
        "nb": ("søker", "søkere", "søkerne", "jobbsøker", "jobbsøkere", "kandidat", "kandidater"),
        "da": ("ansøger", "ansøgere", "ansøgerne", "jobsøgende", "kandidat", "kandidater"),
    },
    "employees": {
        "en": ("employee", "employees", "staff", "personnel", "worker", "workers"),
        "sv": ("anställd", "anställda", "anställde", "medarbetare", "personal", "personalen", "arbetstagare"),
        "nb": ("ansatt", "ansatte", "arbeidstaker", "arbeidstakere", "medarbeider", "medarbeidere", "personale"),
        "da": ("ansat", "ansatte", "medarbejder", "medarbejdere", "arbejdstager", "arbejdstagere", "personale"),
    },
    "children": {
        "en": ("child", "children", "minor", "minors", "kid", "kids", "pupil", "pupils", "teenager", "teenagers"),
        "sv": ("barn", "barnen", "minderårig", "minderåriga", "elev", "elever", "eleverna", "ungdomar"),
        "nb": ("barn", "barna", "mindreårig", "mindreårige", "elev", "elever", "elevene", "ungdom"),
        "da": ("barn", "børn", "børnene", "mindreårig", "mindreårige", "elev", "elever", "eleverne", "unge"),
    },
    "patients": {
        "en": ("patient", "patients"),
        "sv": ("patient", "patienter", "patienterna"),
        "nb": ("pasient", "pasienter", "pasientene"),
        "da": ("patient", "patienter", "patienterne"),
    },
    "elderly": {
        "en": ("elderly", "pensioner", "pensioners"),
        "sv": ("äldre", "pensionär", "pensionärer"),
        "nb": ("eldre", "pensjonist", "pensjonister"),
        "da": ("ældre", "pensionist", "pensionister"),
    },
}

# Words that place a category's people at another organisation (see the module's text).
_ELSEWHERE = frozenset({
    "of", "customer", "customers", "client", "clients", "supplier", "suppliers", "partner", "partners",
    "hos", "kund", "kunder", "kunden", "kundens", "kunders", "företagskunder", "leverantör", "leverantörer",
    "kunde", "kundene", "kundenes", "leverandør", "leverandører", "kunderne", "kundernes",
})
RELATIONAL = frozenset({"employees", "applicants"})
VULNERABLE = frozenset(KINDS)  # WP248 criterion 7: every kind here; employees for the imbalance of power

_WORD = re.compile(r"\w+")


def _kind_of_word(word: str, lang: str) -> str | None:
    for kind, by_lang in KINDS.items():
        words = by_lang.get(lang, by_lang["en"])
        if word in words:
            return kind
        # Compounds: only in the Nordic languages, and only for stems long enough to mean something.
        if lang != "en" and any(len(w) >= 4 and word.endswith(w) for w in words):
            return kind
    return None


def text_kinds(text: str, lang: str) -> set[str]:
    """The kinds a name in ``lang`` says its people are."""
    words = _WORD.findall(text.casefold())
    kinds = {k for w in words if (k := _kind_of_word(w, lang)) is not None}
    if kinds & RELATIONAL and _ELSEWHERE.intersection(words):
        kinds -= RELATIONAL
    return kinds


@lru_cache(maxsize=4096)
def _cached(items: tuple[tuple[str, str], ...]) -> frozenset[str]:
    found: set[str] = set()
    for lang, text in items:
        found |= text_kinds(text, lang)
    return frozenset(found)


def category_kinds(category: model.DataSubjectCategory) -> frozenset[str]:
    """The kinds of a data-subject category, from its names in all its languages."""
    return _cached(tuple(category.name.values.items()))
