"""The overview's checks run in a separate process and come back as the same findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ropa_desktop.checks.finding import Finding
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.notices import build_notice, record_published, write_html
from ropa_desktop.services.demo import create_demo_register
from ropa_desktop.services.findings import register_findings
from ropa_desktop.store import RegisterStore


def _publish_then_change(path: Path, tmp_path: Path) -> None:
    """A published notice the register no longer matches: the overview must warn about it."""
    store = RegisterStore.open(path)
    notice = build_notice(store.load(), "kunder", "sv", store=store)
    target = write_html(notice, tmp_path / "kunder.html")
    record_published(store, notice, target, "html")
    org = store.organisation()
    import dataclasses

    store.set_organisation(dataclasses.replace(org, email="ny@example.se"))
    store.close()


def test_the_worker_prints_every_finding_as_a_json_line(tmp_path: Path) -> None:
    path = tmp_path / "demo.ropa"
    create_demo_register(path).close()
    _publish_then_change(path, tmp_path)
    # As a bundle starts it: the app's own entry point, which must not load Qt for this.
    child = subprocess.run(
        [sys.executable, "-c", "import sys; from ropa_desktop.gui.app import main; status = main(sys.argv[1:]); "
         "assert 'PySide6' not in sys.modules; sys.exit(status)", "--check-worker", str(path)],
        capture_output=True, timeout=120, check=False)
    assert child.returncode == 0, child.stderr.decode()
    lines = [json.loads(line) for line in child.stdout.decode("utf-8").splitlines()]
    store = RegisterStore.open(path)
    expected = [f.to_json() for f in register_findings(store)]
    store.close()
    assert lines == expected
    assert "notice-outdated" in {line["code"] for line in lines}
    assert Finding.from_json(lines[0]).message("sv") == expected[0]["message"]["sv"]


def test_the_window_gets_the_findings_from_the_checks_process(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "demo.ropa"
    create_demo_register(path).close()
    _publish_then_change(path, tmp_path)
    ctx.run_synchronously = False
    with qtbot.waitSignal(ctx.findings_changed, timeout=30_000):
        ctx.open_register(path)
    by_process = [(f.code, f.entity_id, f.field, f.messages) for f in ctx.findings()]
    assert any(code == "notice-outdated" for code, *_ in by_process)

    ctx.refresh_findings_now()  # the same checks in this process
    assert [(f.code, f.entity_id, f.field, f.messages) for f in ctx.findings()] == by_process

    overview = window.show_page("overview")
    assert overview.tree.topLevelItemCount() > 0


def test_a_change_during_a_run_restarts_it_and_only_the_newest_answer_counts(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "demo.ropa"
    create_demo_register(path).close()
    ctx.run_synchronously = False
    ctx.open_register(path)
    ctx.wait_for_findings()
    ctx._refresh_findings()
    first = ctx._checks._process
    ctx._refresh_findings()  # another edit while the first run is still going
    assert ctx._checks._process is not first
    answers: list[int] = []
    ctx.findings_changed.connect(lambda: answers.append(len(ctx.findings())))
    qtbot.waitUntil(lambda: not ctx._checks.running, timeout=30_000)
    qtbot.wait(50)
    assert len(answers) == 1 and answers[0] > 0


def test_the_checks_process_reports_a_register_it_cannot_open(qtbot, tmp_path: Path) -> None:
    from ropa_desktop.gui.checks_process import ChecksProcess

    runner = ChecksProcess()
    with qtbot.waitSignal(runner.failed, timeout=30_000) as blocker:
        runner.start(tmp_path / "gone.ropa")
    assert "does not exist" in blocker.args[0]


def test_until_the_first_check_answers_the_overview_does_not_call_the_register_complete(
    qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    # The checks run in a process of their own; for a moment after opening nothing is known.
    # "No findings: the register is complete" in that moment would tell the DPO something untrue.
    path = tmp_path / "demo.ropa"
    create_demo_register(path).close()
    ctx.run_synchronously = False
    overview = window.show_page("overview")
    with qtbot.waitSignal(ctx.findings_changed, timeout=30_000):
        ctx.open_register(path)
        overview.refresh()
        assert ctx.findings_pending
        assert "complete" not in overview.summary.text()
        assert overview.summary.text() == "Checking the register…"
    overview.refresh()
    assert not ctx.findings_pending
    assert ctx.findings() and "finding" in overview.summary.text()
