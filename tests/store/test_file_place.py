"""A register in a cloud-synchronised folder is recognised, so the app can warn before two computers open it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa_desktop.store.file_place import cloud_sync_service


@pytest.mark.parametrize("path, service", [
    ("/home/asa/OneDrive/dataskydd/register.ropa", "OneDrive"),
    ("C:/Users/asa/OneDrive - Exempel AB/register.ropa", "OneDrive"),
    ("/home/asa/Dropbox/register.ropa", "Dropbox"),
    ("/Users/asa/Dropbox (Exempel)/GDPR/register.ropa", "Dropbox"),
    ("/Users/asa/Library/Mobile Documents/com~apple~CloudDocs/register.ropa", "iCloud Drive"),
    ("/Users/asa/Library/CloudStorage/GoogleDrive-asa@example.se/My Drive/register.ropa", "Google Drive"),
    ("G:/My Drive/register.ropa", "Google Drive"),
    ("/home/asa/Documents/register.ropa", None),
    ("/home/asa/OneDrive-notes.ropa", None),  # a file named so is not in the folder
])
def test_cloud_folders_are_recognised_by_their_names(path: str, service: str | None) -> None:
    assert cloud_sync_service(Path(path)) == service
