"""Errors from below the GUI (store, import, exporters, signing) said in the UI language.

Those layers raise :class:`~ropa_desktop.base.worded.WordedError`: an English template with
named fields. Here the template is translated in the "errors" context and the fields are
filled in; a field that is itself :class:`~ropa_desktop.base.worded.Worded` (a noun, a phrase)
is translated the same way. A template without a translation keeps the English sentence,
so nothing is lost while a new message waits for its translation.

``TEMPLATES`` lists every template so that ``pyside6-lupdate`` collects them into the .ts
files; a test checks it against every ``raise`` in the package. Each template is written on
one line because lupdate does not join adjacent string literals.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ropa_desktop.base.worded import Worded, WordedError, fill
from ropa_desktop.gui.i18n import tr

CONTEXT = "errors"
_LEADING_FIELD = re.compile(r"\{(\w+)\}")

TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the file {path} is open in another program (for example Excel); close it there and try again"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file"),
    QT_TRANSLATE_NOOP("errors", "the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("errors", "{path} already exists; choose another name or allow replacing it (--force)"),
    QT_TRANSLATE_NOOP("errors", "cannot write in {folder}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{path} is a register file: an export never replaces a register; choose another name"),
    QT_TRANSLATE_NOOP("errors", "{path} does not exist"),
    QT_TRANSLATE_NOOP("errors", "{path} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{name}: the sheet '{sheet}' is missing"),
    QT_TRANSLATE_NOOP("errors", "{name} was changed after it was exported (the sheet '{sheet}' has {found} activity rows instead of {expected}); ropa-desktop imports only unchanged exports — make the changes in the register instead"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{name} was changed after it was exported (sheet '{sheet}': {cells}); ropa-desktop imports only unchanged exports — make the changes in the register instead"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{name} is not an Excel workbook (.xlsx) or is damaged"),
    QT_TRANSLATE_NOOP("errors", "{name} was not exported by ropa-desktop (it has no register data), so it cannot be imported; import the JSON register instead"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{name}: the register data sheet is damaged"),
    QT_TRANSLATE_NOOP("errors", "{name} was written by a newer ropa-desktop (workbook format {version})"),
    QT_TRANSLATE_NOOP("errors", "{name} is not a register file: choose a .json or .xlsx file"),
    QT_TRANSLATE_NOOP("errors", "{name} already holds a register; import into a new register, or confirm that its content is to be replaced (ropa import --replace)"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{source} is not a register in the '{format}' format"),
    QT_TRANSLATE_NOOP("errors", "{source} is format version {version}; this version of ropa-desktop reads version {supported}"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{source} is not valid JSON: {reason} at line {line}, column {column}"),
    QT_TRANSLATE_NOOP("errors", "{source} was not imported: {problem}"),
    QT_TRANSLATE_NOOP("errors", "it is not a text file (it holds NUL bytes)"),
    QT_TRANSLATE_NOOP("errors", "it is larger than {limit} MB, far more than any register needs; is it the right file?"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "it is not UTF-8 text: the byte at position {offset} cannot be read as UTF-8"),
    QT_TRANSLATE_NOOP("errors", "its values are nested deeper than {limit} levels"),
    QT_TRANSLATE_NOOP("errors", "{source} was not imported: {path}: {problem}"),
    QT_TRANSLATE_NOOP("errors", "{source} was not imported: {count} problems found"),
    QT_TRANSLATE_NOOP("errors", "… and {count} more"),
    QT_TRANSLATE_NOOP("errors", "cannot export to '{name}': use .json, .pdf or .xlsx"),
    QT_TRANSLATE_NOOP("errors", "only PDF and Excel exports can be signed, not {name}"),
    QT_TRANSLATE_NOOP("errors", "the export labels exist in {langs}, not in '{lang}'"),
    QT_TRANSLATE_NOOP("errors", "{path}: the notice is written as .html or .pdf, not '{suffix}'"),
    QT_TRANSLATE_NOOP("errors", "the register has no data subject category '{audience}' (it has: {known})"),
    QT_TRANSLATE_NOOP("errors", "the notice was not published: the register leaves {count} of its items unfilled"),
    QT_TRANSLATE_NOOP("errors", "the exported notice {path} cannot be read to record it: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the notice was built as version {built}, but the log now calls for version {version} (someone published this notice meanwhile); build and export it again"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "the identity cannot sign: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the certificate of {name} is valid from {start} to {end}, not on {today}; it cannot sign. Create or obtain a new signing identity"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{name} holds no private key and certificate to sign with"),
    QT_TRANSLATE_NOOP("errors", "choose a password to protect the new identity"),
    QT_TRANSLATE_NOOP("errors", "{name}: a signing identity is saved as a .p12 (or .pfx) file; choose a name ending in .p12"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "the identity needs the signer's name"),
    QT_TRANSLATE_NOOP("errors", "the signing identity {path} does not exist"),
    QT_TRANSLATE_NOOP("errors", "the signing identity {path} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{name} is not a PKCS#12 identity (.p12/.pfx) or is damaged"),
    QT_TRANSLATE_NOOP("errors", "the password for {name} is wrong"),
    QT_TRANSLATE_NOOP("errors", "{path} is the register itself; choose another name for the copy"),
    QT_TRANSLATE_NOOP("errors", "{name} is not a PDF that can be signed: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{name} could not be signed: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{name} is not a PDF and has no signature file {signature} beside it"),
    QT_TRANSLATE_NOOP("errors", "the trusted certificate {path} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{name} is not a certificate (PEM or DER)"),
    QT_TRANSLATE_NOOP("errors", "{path} already exists; choose another name or open it"),
    QT_TRANSLATE_NOOP("errors", "{name} is named like an export ({suffix}), not a register; name the register file with .ropa, e.g. {suggestion}"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{path} was written by an older version of ropa-desktop and is read-only here, so it cannot be upgraded; copy it to a folder you can write to and open the copy"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{path} is read-only here and part of its content is still in {wal}; copy both files to a folder you can write to and open the copy"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "the backup copy {path} could not be written: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{path} cannot be created: {reason}"),
    QT_TRANSLATE_NOOP("errors", "a register needs at least one language"),
    QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a register file"),
    QT_TRANSLATE_NOOP("errors", "{path} is not a ropa-desktop register"),
    QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be read. Restore it from a backup: the newest copy ropa-desktop kept before an import is {backup}"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be read. Restore it from a backup (ropa-desktop keeps one before each import that replaces a register, named {pattern} beside it)"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{path} was written by a newer version of ropa-desktop (file version {version}, this program reads up to {latest}); update ropa-desktop to open it"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{path} could not be upgraded to this version: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the register's languages must be a non-empty list without repeats"),
    QT_TRANSLATE_NOOP("errors", "the change could not be saved, and nothing was changed: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the register could not be written: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the disk is full: nothing was saved. Free some space and try again"),
    QT_TRANSLATE_NOOP("errors", "the register file could not be written (disk error): nothing was saved"),
    QT_TRANSLATE_NOOP("errors", "the register is busy: another window or program is saving to it. Try again in a moment."),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "the register file is read-only; copy it to a folder you can write to"),
    QT_TRANSLATE_NOOP("errors", "there is already a {kind} with the id '{id}'"),
    QT_TRANSLATE_NOOP("errors", "the {kind} '{id}' no longer exists: it was deleted, perhaps in another window"),
    QT_TRANSLATE_NOOP("errors", "the {kind} '{id}' no longer exists"),
    QT_TRANSLATE_NOOP("errors", "the {kind} '{id}' is used by 1 activity: {names}"),
    QT_TRANSLATE_NOOP("errors", "the {kind} '{id}' is used by {count} activities: {names}"),
    QT_TRANSLATE_NOOP("errors", "the {kind} '{id}' is used by {count} activities: {names} and {more} more"),
    QT_TRANSLATE_NOOP("errors", "{what} was changed by {user} at {at} in another window or program since you opened it; your change was not saved so as not to overwrite theirs. Reload to see their version."),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{what} was changed in another window or program since you opened it; your change was not saved so as not to overwrite theirs. Reload to see their version."),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "the {kind} '{id}'"),
    QT_TRANSLATE_NOOP("errors", "the organisation's details"),
    QT_TRANSLATE_NOOP("errors", "the activity refers to a catalogue item that does not exist (deleted in another window?)"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "activity"),
    QT_TRANSLATE_NOOP("errors", "data subject category"),
    QT_TRANSLATE_NOOP("errors", "data category"),
    QT_TRANSLATE_NOOP("errors", "recipient"),
    QT_TRANSLATE_NOOP("errors", "processor"),
    QT_TRANSLATE_NOOP("errors", "security measure"),
    QT_TRANSLATE_NOOP("errors", "is required but missing"),
    QT_TRANSLATE_NOOP("errors", "has unknown field {names}: the format does not define it (fields of your own must start with 'x-')"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{value} is not allowed here; use one of: {allowed}"),
    QT_TRANSLATE_NOOP("errors", "must be {expected}, not {value}"),
    QT_TRANSLATE_NOOP("errors", "must be {expected}, not {found}"),
    QT_TRANSLATE_NOOP("errors", "a text"),
    QT_TRANSLATE_NOOP("errors", "an object with fields"),
    QT_TRANSLATE_NOOP("errors", "a list"),
    QT_TRANSLATE_NOOP("errors", "true or false"),
    QT_TRANSLATE_NOOP("errors", "a whole number"),
    QT_TRANSLATE_NOOP("errors", "a number"),
    QT_TRANSLATE_NOOP("errors", "{first} or {second}"),
    QT_TRANSLATE_NOOP("errors", "{value} is not an id of lowercase letters a–z, digits and hyphens, starting with a letter or digit (at most 64 characters)"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{value} is not a date written YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("errors", "{value} is not a timestamp with a time zone, e.g. 2026-03-01T12:00:00Z"),
    QT_TRANSLATE_NOOP("errors", "{value} is not an ISO 8601 duration such as P12M, P7Y or P90D"),
    QT_TRANSLATE_NOOP("errors", "{value} is not a two-letter ISO country code in capitals, e.g. SE"),
    QT_TRANSLATE_NOOP("errors", "{value} is not a two-letter language code in lowercase, e.g. sv"),
    QT_TRANSLATE_NOOP("errors", "{value} is not an e-mail address"),
    QT_TRANSLATE_NOOP("errors", "{value} is not an absolute web address such as https://example.com"),
    QT_TRANSLATE_NOOP("errors", "{value} is not in the expected form"),
    QT_TRANSLATE_NOOP("errors", "must not be empty"),
    QT_TRANSLATE_NOOP("errors", "must list at least {count} entries"),
    QT_TRANSLATE_NOOP("errors", "must list at most {count} entries"),
    QT_TRANSLATE_NOOP("errors", "lists the same entry twice"),
    QT_TRANSLATE_NOOP("errors", "must hold at least one text"),
    QT_TRANSLATE_NOOP("errors", "{value} is too small: the least allowed is {limit}"),
    QT_TRANSLATE_NOOP("errors", "{value} is too large: the most allowed is {limit}"),
    QT_TRANSLATE_NOOP("errors", "a processor activity has no purposes of its own (the controller decides them)"),
    QT_TRANSLATE_NOOP("errors", "names no receiving party: give one of processor, recipient or recipient_name"),
    QT_TRANSLATE_NOOP("errors", "names more than one receiving party ({names}): give exactly one"),
    QT_TRANSLATE_NOOP("errors", "has a key that is not a two-letter lowercase language code"),
    QT_TRANSLATE_NOOP("errors", "the {kind} id '{id}' is used twice"),
    QT_TRANSLATE_NOOP("errors", "the activity id '{id}' is used twice"),
    QT_TRANSLATE_NOOP("errors", "the purpose id '{id}' is used twice in this activity"),
    QT_TRANSLATE_NOOP("errors", "refers to the {kind} '{id}', which the register does not have"),
    QT_TRANSLATE_NOOP("errors", "'{id}' narrows the activity's data subject categories, but the activity does not list it"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "'{id}' narrows the activity's data categories, but the activity does not list it"),
    QT_TRANSLATE_NOOP("errors", "refers to the purpose '{id}', which this activity does not have"),
    QT_TRANSLATE_NOOP("errors", "has a text in '{lang}', which is not among the register's languages; it is kept"),
    QT_TRANSLATE_NOOP("errors", "no notice for '{audience}': its data is processed only in activities where {organisation} is the processor; the controller on whose behalf we process it informs these data subjects (GDPR Art. 13, 14 and 28)"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "no notice: the transfer in '{activity}' to {receiver} ({country}) has no safeguard in force: {reason}. Record signed standard contractual clauses, an adequacy decision in force or an Art. 49(1) derogation, or end the transfer (GDPR Art. 13(1)(f), 44–49)"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "outside the EU/EEA"),
    QT_TRANSLATE_NOOP("errors", "the standard contractual clauses are not signed"),
    QT_TRANSLATE_NOOP("errors", "the 2010 standard contractual clauses are no longer valid"),
    QT_TRANSLATE_NOOP("errors", "an adequacy decision is recorded, but not the country"),
    QT_TRANSLATE_NOOP("errors", "the country has no adequacy decision"),
    QT_TRANSLATE_NOOP("errors", "the adequacy decision ended on {date}"),
    QT_TRANSLATE_NOOP("errors", "the recipient's certification under the EU–US Data Privacy Framework is not recorded"),
    QT_TRANSLATE_NOOP("errors", "a derogation is recorded without its Art. 49(1) letter"),
    QT_TRANSLATE_NOOP("errors", "the transfer mechanism is recorded as none"),
    QT_TRANSLATE_NOOP("errors", "is nested deeper than {limit} levels"),
    QT_TRANSLATE_NOOP("errors", "the key '{key}' appears twice in its object; which value is meant cannot be told, so the document is refused"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{value} is not a number JSON allows (NaN and Infinity are not JSON)"),
    QT_TRANSLATE_NOOP("errors", "a number of {digits} digits cannot be kept exactly; ropa-desktop keeps numbers of up to {limit} digits"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{value} is too large to keep as a number"),
    QT_TRANSLATE_NOOP("errors", "{value} has more digits than a number can keep exactly; it would be changed"),
    QT_TRANSLATE_NOOP("errors", "is {length} characters long; a name may have at most {limit}"),
    QT_TRANSLATE_NOOP("errors", "is {length} characters long; a text may have at most {limit}"),
    QT_TRANSLATE_NOOP("errors", "is not valid Unicode text: it holds a lone surrogate ({code})"),
    QT_TRANSLATE_NOOP("errors", "holds the control character {code}; texts may hold no control characters but tab, line feed and carriage return"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "'{code}' is not the code of a known country (ISO 3166-1 alpha-2, e.g. SE)"),
    QT_TRANSLATE_NOOP("errors", "'{code}' is not an EU/EEA country with a supervisory authority ropa-desktop knows"),
    QT_TRANSLATE_NOOP("errors", "the transfer to '{party}' goes to {country}, an EU/EEA state: that is not a transfer to a third country (GDPR Chapter V); remove it from the activity's transfers"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "must be a whole number written without a decimal point, not {value}"),
    # Activity templates (services/activity_templates.py)
    QT_TRANSLATE_NOOP("errors", "there is no activity template '{id}' (there are: {known})"),
    # Importing a spreadsheet of another layout (interchange/spreadsheet, services/import_spreadsheet.py)
    QT_TRANSLATE_NOOP("errors", "the mapping {name} is not a JSON object from header to field: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the mapping {name} maps '{header}' to '{target}', which is not a field; use one of {fields}, an x- key to keep the column as a note, or null to ignore it"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{name} is not a spreadsheet: choose an .xlsx, .ods or .csv file"),
    QT_TRANSLATE_NOOP("errors", "{name} is not a spreadsheet (.xlsx, .ods) or is damaged"),
    QT_TRANSLATE_NOOP("errors", "{name} has no sheet '{sheet}' (it has: {known})"),
    QT_TRANSLATE_NOOP("errors", "{name}: no header row found on the sheet '{sheet}' (none of its first rows has two column headers we know, such as 'Purpose', 'Ändamål' or 'Formål'); rename the headers or map them with a mapping file"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "column {column} has no header: its cells were not imported"),
    QT_TRANSLATE_NOOP("errors", "Row {row}"),
    QT_TRANSLATE_NOOP("errors", "the row names no activity: it was called '{name}'"),
    QT_TRANSLATE_NOOP("errors", "data subjects"),
    QT_TRANSLATE_NOOP("errors", "data categories"),
    QT_TRANSLATE_NOOP("errors", "'{text}' names no legal basis we know (Art. 6(1) a–f); it was not imported"),
    QT_TRANSLATE_NOOP("errors", "'{text}' names no Art. 9(2) condition we know; it was not imported"),
    QT_TRANSLATE_NOOP("errors", "'{text}' names no transfer mechanism we know (SCC, BCR, adequacy …)"),
    QT_TRANSLATE_NOOP("errors", "the activity '{name}' names no {what}: the checks will ask for them"),
    QT_TRANSLATE_NOOP("errors", "no period understood in '{text}': kept as a rule in words, without a period"),
    QT_TRANSLATE_NOOP("errors", "safeguards '{text}' without a country: not imported"),
    QT_TRANSLATE_NOOP("errors", "'{text}' is not a country we know; it was not imported"),
    QT_TRANSLATE_NOOP("errors", "'{text}' is in the EU/EEA: not a transfer to a third country, left out"),
    QT_TRANSLATE_NOOP("errors", "the row does not say who receives the transfer: recorded as '{text}'"),
    QT_TRANSLATE_NOOP("errors", "'{text}' is neither yes nor no; it was not imported"),
    QT_TRANSLATE_NOOP("errors", "one purpose with {count} legal bases became {count} purposes, one per basis"),
    QT_TRANSLATE_NOOP("errors", "{purposes} purposes and {bases} legal bases: which basis belongs to which purpose is left for you to record"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "no safeguard is stated for the transfer to '{text}': recorded as none"),
    QT_TRANSLATE_NOOP("errors", "{name}: the column {headers} is not one we recognise, so nothing was imported; map it to a field or ignore it in a mapping file (ropa import --mapping MAP.json, a JSON object such as {{\"{header}\": \"purposes\"}} or {{\"{header}\": null}})"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{name}: the sheet '{sheet}' holds no activities below its header row"),
    QT_TRANSLATE_NOOP("errors", "{name} has no version {number}; `ropa versions` lists the versions it has"),
    QT_TRANSLATE_NOOP("errors", "'{value}' is not a version: give its number (ropa versions lists them) or 'now'"),
    QT_TRANSLATE_NOOP("errors", "{name} has no issued version to compare with yet: an export for the authority or a signed export issues version 1"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "a calendar file is named .ics, not {name}"),
    QT_TRANSLATE_NOOP("errors", "{name} is read-only here, and an export for the authority or a signed export is recorded in the register as an issued version; copy the register to a folder you can write to, or export the organisation's own copy"),  # noqa: E501
    QT_TRANSLATE_NOOP("errors", "{path} is read-only, so the notice could not be recorded in its log of published notices; nothing was written (write it without a log entry, or copy the register to a folder you can write to)"),  # noqa: E501
)


def say(template: str, fields: dict[str, Any]) -> str:
    """A template and its fields in the UI language (the English sentence when it has no translation)."""
    english = fill(template, fields)
    translated = QCoreApplication.translate(CONTEXT, template)
    if translated == template:
        return english
    values = {key: worded_text(value) for key, value in fields.items()}
    try:
        return translated.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: better English than broken
        return english


def worded_text(value: Any) -> Any:
    """A Worded phrase in the UI language; any other value as it is."""
    if isinstance(value, Worded):
        return say(value.template, value.fields)
    return value


def error_text(exc: BaseException) -> str:
    """The message of an error as the user reads it: one sentence (and, for a document, its problems)."""
    if not isinstance(exc, WordedError):
        return sentence(str(exc))
    text = say(exc.template, exc.fields)
    # A file name or id at the start stays as it is ("x.json is not…"); a word is capitalised.
    capitalise = not _starts_with_value(exc.template, exc.fields)
    # A document error with one problem names it in its sentence; several are listed below it.
    issues = getattr(exc, "listed", None)
    if not issues:
        return sentence(text, capitalise=capitalise)
    from ropa_desktop.interchange.jsonio import MORE, DocumentError

    lines = [f"  {issue_text(issue)}" for issue in issues[: DocumentError.SHOWN]]
    if len(issues) > DocumentError.SHOWN:
        lines.append("  " + say(MORE, {"count": len(issues) - DocumentError.SHOWN}))
    return "\n".join([sentence(text, end=":", capitalise=capitalise), *lines])


def _starts_with_value(template: str, fields: dict[str, Any]) -> bool:
    match = _LEADING_FIELD.match(QCoreApplication.translate(CONTEXT, template))
    return match is not None and not isinstance(fields.get(match[1]), Worded)


def issue_text(issue: Any) -> str:
    """One problem of a document, 'where: what', in the UI language."""
    return f"{issue.path}: {worded_text(issue.message)}"


def sentence(text: str, end: str = ".", *, capitalise: bool = True) -> str:
    """Capitalised, and closed with ``end`` unless it already ends a sentence."""
    text = text.strip()
    if not text:
        return text
    if capitalise:
        text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?…:" else text + end


def plain_error(exc: BaseException) -> str:
    """The message of an error the user can act on; our bugs say so instead of dumping a trace."""
    if isinstance(exc, WordedError):  # the store's, the importers', the exporters' and the signing errors
        return error_text(exc)
    if isinstance(exc, OSError):
        text = tr("The file could not be read or written: %1").replace("%1", exc.strerror or str(exc))
    else:
        text = tr("Something went wrong inside ropa-desktop (%1: %2). The register was not changed.")
        text = text.replace("%1", type(exc).__name__).replace("%2", str(exc))
    return sentence(text)
