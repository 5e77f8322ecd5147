"""Measure the desktop app against its floors: first rows, the whole list, filter keystroke, memory.

Run by hand: ``.venv/bin/python bench/bench_gui.py [--activities 10000 50000] [--runs 3]``.
Prints the figures and each ratio against its floor measured in the same run; asserts
nothing (speed is not a test).

For each size, app and floor run as paired child processes, one after the other:

- floor: a bare ``QMainWindow`` + ``QTableView`` over a minimal ``QAbstractTableModel``
  holding the same rows (each activity's id and name, read from the same file with
  ``sqlite3``), filtered by one list comprehension over case-folded names and a model
  reset (a ``QSortFilterProxyModel`` over a Python model is no floor: it calls ``data()``
  from C++ for every row, 0.4 s a keystroke at 10k);
- first rows: from process start to the list viewport's first paint. Figures are the CPU
  time of the whole process (every thread) at that moment — the machine is shared, CPU
  time is what the app costs — and the wall time beside it;
- whole list: until every row is in the model (the app reads a long list in the background);
- filter: one keystroke in the filter box, until the list is painted again: CPU time of
  the process and wall time (median, worst);
- memory: peak resident size of the whole process.

Both children run once before the clock is used, and may keep compiled bytecode: an
installed app starts from compiled bytecode, while this machine sets
PYTHONDONTWRITEBYTECODE, which would time Python compiling our sources instead. The
registers are kept in ``--registers`` so that runs before and after a change read the
same files.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_register(path: Path, count: int) -> None:
    from ropa_desktop.domain.ltext import LText
    from ropa_desktop.services.demo import demo_register
    from ropa_desktop.store import RegisterStore

    register = demo_register()
    templates = register.activities
    activities = []
    for n in range(count):
        t = templates[n % len(templates)]
        name = LText({lang: f"{text} {n}" for lang, text in t.name.values.items()})
        activities.append(dataclasses.replace(t, id=f"{t.id}-{n}", name=name))
    register = dataclasses.replace(register, activities=activities)
    store = RegisterStore.create(path, register.organisation, register.languages)
    store.replace_all(register)
    store.close()


# The moment a list is on screen: its viewport's first paint event has been handled.
# Then the same keystrokes in both children, each until the list is painted again.
COMMON = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
class FirstPaint(QObject):
    done = False
    paints = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            FirstPaint.done = True
            FirstPaint.paints += 1
        return False
def wait_painted(viewport):
    while not FirstPaint.done:
        app.processEvents()
def shown_now():
    print("SHOWN", f"{time.process_time():.6f}", flush=True)
KEYS = ["k", "ku", "kun", "kund", "kun", "ku", "k", "", "1", "12", "123", "12", "1", ""]
def type_keys(set_text, viewport):
    # A keystroke is done when the list has been painted again (the window's own paint,
    # as on a screen: no extra grab).
    walls, cpus, unpainted = [], [], []
    for text in KEYS:
        painted = FirstPaint.paints
        t0, c0 = time.perf_counter(), time.process_time()
        set_text(text)
        # The repaint is a posted event, or follows a zero-time layout timer: a few rounds of
        # events, until it comes (a list that did not change may not repaint at all).
        for _ in range(20):
            app.processEvents()
            if FirstPaint.paints != painted:
                break
        else:
            unpainted.append(text)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    print("FILTER", " ".join(f"{t:.6f}" for t in walls), flush=True)
    print("FILTERCPU", " ".join(f"{t:.6f}" for t in cpus), flush=True)
    print("UNPAINTED", len(unpainted), flush=True)
"""

CHILD_APP = COMMON + r"""
from pathlib import Path
from PySide6.QtCore import QSettings
from ropa_desktop.gui.settings import Settings
from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.main_window import MainWindow
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
ctx = AppContext(settings, ui_lang="en")
ctx.open_register(Path(sys.argv[1]))
window = MainWindow(ctx)
page = window.show_page("activities")
painted = FirstPaint()
page.view.viewport().installEventFilter(painted)
window.resize(1280, 800)
window.show()
def shown():
    wait_painted(page.view.viewport())
    shown_now()
    while page.model.loading:  # the rest of a long list, read in the background
        app.processEvents()
        time.sleep(0.002)
    print("ALL", f"{time.process_time():.6f}", page.model.rowCount(), flush=True)
    type_keys(page.filter.setText, page.view.viewport())
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

CHILD_BARE = COMMON + r"""
import sqlite3
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView
class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.all = rows
        self.keys = [(i + " " + n).casefold() for i, n in rows]
        self.rows = rows
    def set_filter(self, text):
        self.beginResetModel()
        term = text.casefold()
        self.rows = [r for r, k in zip(self.all, self.keys) if term in k] if term else self.all
        self.endResetModel()
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][min(index.column(), 1)]
        return None
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT id, json_extract(doc, '$.name') FROM activities ORDER BY position").fetchall()
conn.close()
window = QMainWindow()
view = QTableView()
view.verticalHeader().setVisible(False)  # as the app's lists
model = Model(rows)
view.setModel(model)
window.setCentralWidget(view)
window.resize(1280, 800)
painted = FirstPaint()
view.viewport().installEventFilter(painted)
window.show()
def shown():
    wait_painted(view.viewport())
    shown_now()
    print("ALL", f"{time.process_time():.6f}", model.rowCount(), flush=True)
    type_keys(model.set_filter, view.viewport())
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


@dataclasses.dataclass
class Run:
    wall: float  # seconds from process start to the first paint
    cpu: float  # CPU seconds of the process at the first paint
    all_cpu: float  # CPU seconds when every row was in the model
    rows: int
    filters: list[float]
    filter_cpus: list[float]
    unpainted: int  # keystrokes after which the list did not repaint
    peak_mb: float


def run_child(code: str, *args: str) -> Run:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    wall = cpu = all_cpu = 0.0
    rows = 0
    filters: list[float] = []
    filter_cpus: list[float] = []
    unpainted = 0
    for line in proc.stdout:
        word, *rest = line.split()
        if word == "SHOWN":
            wall, cpu = time.perf_counter() - t0, float(rest[0])
        elif word == "ALL":
            all_cpu, rows = float(rest[0]), int(rest[1])
        elif word == "FILTER":
            filters = [float(x) for x in rest]
        elif word == "FILTERCPU":
            filter_cpus = [float(x) for x in rest]
        elif word == "UNPAINTED":
            unpainted = int(rest[0])
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0 or not wall:
        raise SystemExit(f"child failed with status {status}")
    return Run(wall, cpu, all_cpu, rows, filters, filter_cpus, unpainted, usage.ru_maxrss / 1024)


def ratio_line(what: str, app: float, floor: float, unit: str, target: str) -> str:
    return f"  {what:<28} app {app:8.1f} {unit}  floor {floor:8.1f} {unit}  ratio {app / floor:5.2f}  ({target})"


def bench_size(path: Path, count: int, settings: str, runs: int) -> None:
    if not path.exists():
        t0 = time.perf_counter()
        make_register(path, count)
        print(f"register made in {time.perf_counter() - t0:.1f} s")
    print(f"{count} activities ({path.stat().st_size / 1e6:.1f} MB)")
    run_child(CHILD_BARE, str(path))  # once each before the clock counts: bytecode, OS cache
    run_child(CHILD_APP, str(path), settings)
    apps, bares = [], []
    for _ in range(runs):
        bares.append(run_child(CHILD_BARE, str(path)))
        apps.append(run_child(CHILD_APP, str(path), settings))

    def med(runs_: list[Run], attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in runs_)

    # Ratios of paired runs, then their median: both of a pair saw the same machine.
    cpu_ratio = statistics.median(a.cpu / b.cpu for a, b in zip(apps, bares, strict=True))
    print(ratio_line("first rows, CPU", med(apps, "cpu") * 1000, med(bares, "cpu") * 1000, "ms", "target <= 1.5")
          + f"  paired median ratio {cpu_ratio:.2f}")
    print(ratio_line("first rows, wall", med(apps, "wall") * 1000, med(bares, "wall") * 1000, "ms", "noisy"))
    print(ratio_line("whole list, CPU", med(apps, "all_cpu") * 1000, med(bares, "all_cpu") * 1000, "ms",
                     f"{apps[0].rows} and {bares[0].rows} rows"))
    for what, attr, target in (("filter keystroke, CPU", "filter_cpus", "target: median <= 16 ms"),
                               ("filter keystroke, wall", "filters", "noisy")):
        app_keys = [t for r in apps for t in getattr(r, attr)]
        bare_keys = [t for r in bares for t in getattr(r, attr)]
        print(ratio_line(what, statistics.median(app_keys) * 1000, statistics.median(bare_keys) * 1000, "ms",
                         target) + f"  worst {max(app_keys) * 1000:.1f} vs {max(bare_keys) * 1000:.1f} ms")
    print(f"  keystrokes without a repaint: app {sum(r.unpainted for r in apps)}, "
          f"floor {sum(r.unpainted for r in bares)} of {sum(len(r.filters) for r in apps)}")
    print(ratio_line("peak memory", max(r.peak_mb for r in apps), max(r.peak_mb for r in bares), "MB",
                     "target < 300 MB at 10k"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, nargs="+", default=[10000, 50000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--registers", type=Path, default=Path(tempfile.gettempdir()) / "ropa-bench-gui",
                        help="where the registers are kept between runs")
    args = parser.parse_args()
    args.registers.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = str(Path(tmp) / "settings.ini")
        for count in args.activities:
            bench_size(args.registers / f"activities-{count}.ropa", count, settings, args.runs)


if __name__ == "__main__":
    main()
