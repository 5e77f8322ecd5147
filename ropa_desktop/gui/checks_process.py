"""The checks run in a separate process, so that a long register's checks never slow typing.

In a thread they shared the interpreter lock with the window: a filter keystroke took
several times longer while they ran. The child prints JSON lines (see
``ropa_desktop.services.findings_process``); a new request while one runs kills it and starts over
with the newest data.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal


def worker_command(register: Path) -> tuple[str, list[str]]:
    """How to start the checks: the bundle runs itself with --check-worker; Python runs the module."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--check-worker", str(register)]
    return sys.executable, ["-m", "ropa_desktop.services.findings_process", str(register)]


class ChecksProcess(QObject):
    """One run at a time; ``finished`` carries the findings of the latest request only."""

    finished = Signal(object)  # list of Finding
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._spent: QProcess | None = None
        self._output = bytearray()

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self, register: Path) -> None:
        self.stop()
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONIOENCODING", "utf-8")
        process.setProcessEnvironment(env)
        program, args = worker_command(register)
        self._output = bytearray()
        # Bound methods, not closures over the process, so that a retired process can be freed.
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        process.start(program, args)

    def stop(self) -> None:
        """Abandon the running check (its answer would be about an older register)."""
        process, self._process = self._process, None
        if process is not None:
            process.blockSignals(True)
            process.kill()
            process.waitForFinished(1000)
            self._retire(process)

    def _retire(self, process: QProcess) -> None:
        # Dropped one run later, never with deleteLater(): a deferred delete of a child
        # whose Python parent is collected first crashes PySide6.
        old, self._spent = self._spent, process
        if old is not None:
            old.setParent(None)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running check ends (for tests and the benchmark)."""
        process = self._process
        return process is None or process.waitForFinished(msecs)

    def _on_output(self) -> None:
        self._read(self.sender())

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._done(self.sender(), code, status)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        self._error(self.sender(), error)

    def _read(self, process: QProcess) -> None:
        if process is self._process:
            self._output += bytes(process.readAllStandardOutput().data())

    def _done(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if process is not self._process:
            return
        self._read(process)
        self._process = None
        self._retire(process)
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
            self.failed.emit(error.splitlines()[-1] if error else f"exit status {code}")
            return
        try:
            findings = parse_findings(bytes(self._output))
        except (ValueError, KeyError) as exc:
            self.failed.emit(f"unreadable answer from the checks: {exc}")
            return
        self.finished.emit(findings)

    def _error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is self._process and error == QProcess.ProcessError.FailedToStart:
            self._process = None
            self._retire(process)
            self.failed.emit(process.errorString())


def parse_findings(output: bytes) -> list[Any]:
    from ropa_desktop.checks.finding import Finding

    return [Finding.from_json(json.loads(line)) for line in output.decode("utf-8").splitlines() if line.strip()]
