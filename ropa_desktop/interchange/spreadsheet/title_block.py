"""The organisation's details from a spreadsheet's title block, as model values.

Templates ask for "Name and contact details of controller / DPO" in one cell, so a
contact is split into a name and the e-mail address or phone number written with it.
"""

from __future__ import annotations

import re
from typing import Any

from ropa_desktop.domain import model
from ropa_desktop.interchange.spreadsheet.headers import TitleBlock

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s-]{5,}\d")
_POSTAL = re.compile(r"^\s*(?:(SE|NO|DK|S|N|DK)-)?(\d{3}\s?\d{2}|\d{4})\s+(.+)$", re.IGNORECASE)


def organisation_details(title: TitleBlock) -> dict[str, Any]:
    """Organisation field → value for what the title block says (name, org_number, address, email, phone, dpo)."""
    found: dict[str, Any] = {}
    details = title.details
    if "name" in details:
        name, email, phone = split_contact(details["name"])
        found["name"] = name
        if email and "email" not in details:
            found["email"] = email
        if phone and "phone" not in details:
            found["phone"] = phone
    if "org_number" in details:
        found["org_number"] = details["org_number"]
    if "email" in details:
        found["email"] = details["email"]
    if "phone" in details:
        found["phone"] = details["phone"]
    if "address" in details:
        found["address"] = address(details["address"])
    if "dpo" in details:
        name, email, phone = split_contact(details["dpo"])
        contact = model.Contact(name=name or details["dpo"])
        if email:
            contact.email = email
        if phone:
            contact.phone = phone
        found["dpo"] = contact
    return {key: value for key, value in found.items() if value}


def split_contact(text: str) -> tuple[str, str | None, str | None]:
    """'Eva Ek, dso@exempel.se, 08-123 456' → ('Eva Ek', 'dso@exempel.se', '08-123 456')."""
    email = _EMAIL.search(text)
    rest = _EMAIL.sub("", text)
    phone = _PHONE.search(rest)
    rest = _PHONE.sub("", rest)
    name = " ".join(re.sub(r"(?i)\b(?:e-?post|e-?mail|tel|tlf|phone|telefon)\b\.?:?", " ", rest).split())
    return name.strip(" ,;/–-"), email.group(0) if email else None, phone.group(0).strip() if phone else None


def address(text: str) -> model.Address:
    """'Storgatan 1, 111 22 Stockholm' → street, postal code and city; else the whole text as the street."""
    parts = [p.strip() for p in re.split(r"[,\n]", text) if p.strip()]
    result = model.Address()
    for i, part in enumerate(parts):
        m = _POSTAL.match(part)
        if m and i > 0:
            result.street = ", ".join(parts[:i])
            result.postal_code = m.group(2)
            result.city = m.group(3).strip()
            return result
    result.street = ", ".join(parts) or text
    return result
