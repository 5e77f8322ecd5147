"""The register's gaps and risks, as findings a DPO can act on."""

from ropa_desktop.checks.engine import CheckContext, run_checks
from ropa_desktop.checks.finding import Finding, Severity
from ropa_desktop.checks.store_checks import check_store

__all__ = ["CheckContext", "Finding", "Severity", "check_store", "run_checks"]
