#!/usr/bin/env python3
"""Fill Qt Linguist (.ts) translations from a JSON file, and list what is still missing.

A translator who works in JSON rather than in Linguist (or a batch pass over the texts that
other branches added in English and Swedish only) writes::

    {"nb": {"&File": "&Fil", "errors|{path} does not exist": "{path} finnes ikke"},
     "da": {"&File": "&Filer"}}

A key is the English source text; ``context|source`` names a context other than the default
one (the GUI's ``tr()`` context is empty; ``errors``, ``labels``, ``columns``… are the others).
A plain key fills the text in every context where it occurs. Then::

    scripts/fill_translations.py translations.json            # fill, write, report
    scripts/fill_translations.py --missing nb                 # print the unfinished texts as JSON
    pyside6-lrelease resources/translations/ropa_desktop_nb.ts -qm resources/translations/ropa_desktop_nb.qm

A count sentence (``tr("%n days overdue", "", n)``, a message with ``numerus="yes"``) takes a
list, one text per plural form of the language (Swedish, Norwegian, Danish and English: one
and other): ``{"sv": {"%n days overdue": ["%n dag försenad", "%n dagar försenade"]}}``.

A filled text loses its ``type="unfinished"`` mark. A translation whose placeholders
(``%1``, ``{name}``) differ from its source is refused and reported, so nothing is written
half right. Only the standard library is used, so the script runs anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%\d+|\{\w+\}")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def placeholders(text: str) -> list[str]:
    """The fields a text fills in: a translation must keep the same ones (in any order)."""
    return sorted(PLACEHOLDER.findall(text))


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"ropa_desktop_{lang}.ts"


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    """(context name, message element) for every message of a .ts file."""
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.iter("message"))
    return found


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    return not all(f.text for f in forms) if forms else not (translation.text or "")


def fill(lang: str, table: dict[str, str]) -> tuple[int, list[str]]:
    """Write ``table``'s translations into the language's .ts; return (filled, problems)."""
    path = ts_path(lang)
    tree = ET.parse(path)
    filled, problems, used = 0, [], set()
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        key = f"{context}|{source}" if f"{context}|{source}" in table else source
        if key not in table:
            continue
        used.add(key)
        text = table[key]
        texts = text if isinstance(text, list) else [text]
        if message.get("numerus") != ("yes" if isinstance(text, list) else None):
            problems.append(f"{lang}: {key!r} is {'a count sentence: give a list of plural forms' if message.get('numerus') else 'not a count sentence: give one text'}")  # noqa: E501
            continue
        # %n is the count of a plural form: a form may leave it out ("one day"), so it is not compared.
        if any(placeholders(t) != placeholders(source) for t in texts):
            problems.append(f"{lang}: placeholders differ in {key!r} -> {text!r}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if isinstance(text, list):
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for form_text in texts:
                ET.SubElement(translation, "numerusform").text = form_text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    problems.extend(f"{lang}: no such source text: {key!r}" for key in table if key not in used)
    path.write_text(HEADER + "\n".join(_lines(tree.getroot(), -1)) + "\n", encoding="utf-8")
    return filled, problems


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _lines(element: ET.Element, depth: int) -> list[str]:
    """The element as lupdate writes it, so that a fill changes only the lines it fills."""
    indent = "    " * max(depth, 0)
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if not children:
        return [f"{indent}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>"]
    lines = [f"{indent}<{element.tag}{attrs}>"]
    for child in children:
        lines.extend(_lines(child, depth + 1))
    return [*lines, f"{indent}</{element.tag}>"]


def missing(lang: str) -> dict[str, str]:
    """The unfinished texts of a language, keyed as ``fill`` reads them, with the Swedish as a hint."""
    swedish = {(c, m.findtext("source")): (m.findtext("translation") or "")
               for c, m in messages(ET.parse(ts_path("sv")))}
    out = {}
    for context, message in messages(ET.parse(ts_path(lang))):
        if is_unfinished(message):
            source = message.findtext("source") or ""
            key = f"{context}|{source}" if context else source
            out[key] = swedish.get((context, source), "")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", nargs="?", type=Path, help='{"nb": {source: translation}, "da": {...}}')
    parser.add_argument("--missing", metavar="LANG", help="print the unfinished texts of LANG (Swedish as hint)")
    args = parser.parse_args(argv)
    if args.missing:
        json.dump(missing(args.missing), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.json is None:
        parser.error("give a JSON file of translations, or --missing LANG")
    data = json.loads(args.json.read_text(encoding="utf-8"))
    all_problems = []
    for lang, table in data.items():
        filled, problems = fill(lang, table)
        left = len(missing(lang))
        print(f"{lang}: {filled} filled, {left} still unfinished")
        all_problems.extend(problems)
    for problem in all_problems:
        print(problem, file=sys.stderr)
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main())
