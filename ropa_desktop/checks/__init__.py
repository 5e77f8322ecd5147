"""The register's gaps and risks, as findings a DPO can act on."""

from ropa_desktop.checks.engine import CheckContext, run_checks
from ropa_desktop.checks.finding import Finding, Severity

__all__ = ["CheckContext", "Finding", "Severity", "run_checks"]
