"""File → Information notice…: preview, print and export the Art. 13/14 notices, and see what was published.

The preview is the notice's own HTML (the file that is exported), rendered again each
time a choice changes; beside it, what the register cannot fill yet and the texts that
fall back to another language. Export lists those gaps and asks before it publishes a notice
with them; then the publishing service (services/publish_notice) writes the file in a worker
and records the publication (Art. 5(2)), gaps included, so the log always names the exact
file that went out.

Only the audiences a notice may be written for are offered: one that only our processor
activities concern is informed by its controller (Art. 13/14, 28). A read-only register
cannot log a publication: the dialog asks before it writes a notice the log will not know of.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ropa_desktop.gui.context import AppContext
from ropa_desktop.gui.dialogs import LANGUAGE_CHOICES
from ropa_desktop.gui.i18n import tr
from ropa_desktop.gui.worker import JobCancelled, run_job
from ropa_desktop.output.citations import cite
from ropa_desktop.store import Kind, RegisterStore

if TYPE_CHECKING:
    from ropa_desktop.notices.notice_parts import Gap

BACKGROUND_ABOVE = 300  # activities: a longer register's notice is built off the GUI thread
ALL = ""  # the audience value of the notice with one section per audience
FORMAT_SUFFIX = {"html": ".html", "pdf": ".pdf"}


@dataclass
class Preview:
    notice: Any
    html: str
    audience_gone: bool


def _gap_line(gap: Gap, lang: str) -> str:
    """A gap and its article; the message is in the notice's language, so the article is cited in its style."""
    return f"{gap.message} ({cite(gap.article, lang)})"


def build_preview(store: RegisterStore, audience: str, lang: str) -> Preview:
    """The notice and its HTML (on the GUI thread for short registers, else in a worker with its own store).

    Built by the publishing service, so the preview shows what an export would publish."""
    from ropa_desktop.notices import render_html
    from ropa_desktop.services.publish_notice import NoticeChoices, NoticeError, prepare_notice

    register = store.load()
    gone = False
    try:
        notice = prepare_notice(store, NoticeChoices(audience=audience or None, lang=lang), register)
    except NoticeError:  # the audience was deleted meanwhile
        gone = True
        notice = prepare_notice(store, NoticeChoices(lang=lang), register)
    return Preview(notice, render_html(notice), gone)


def ask_publish_with_gaps(parent: QWidget | None, gaps: list[str]) -> bool:
    """Publish a notice that does not say all that Art. 13/14 ask? The gaps are listed, the answer is No
    unless the user says otherwise."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Publish with gaps?"),
                      tr("The register does not fill every item this notice must give (%1). Publish it "
                         "anyway? The notice log will record that it was published with these gaps.")
                      .replace("%1", str(len(gaps))),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDetailedText("\n".join(gaps))
    box.setInformativeText("\n".join(f"• {gap}" for gap in gaps[:8]) + ("\n…" if len(gaps) > 8 else ""))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_export_unlogged(parent: QWidget | None) -> bool:
    """The register is read-only: write the notice all the same, without a log entry? The answer is No
    unless the user says otherwise."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Export without logging?"),
                      tr("The register is read-only, so this notice cannot be recorded in its log of published "
                         "notices. Export it anyway, without a log entry?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class NoticeDialog(QDialog):
    exported = Signal(object)  # the PublishedNotice, for tests and the status bar
    preview_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notice: Any = None
        self.html = ""
        self.jobs: list[Any] = []
        self.setWindowTitle(tr("Information notice"))
        layout = QVBoxLayout(self)

        choices = QHBoxLayout()
        self.audience = QComboBox()
        self.audience.setAccessibleName(tr("Audience"))
        self.language = QComboBox()
        self.language.setAccessibleName(tr("Language of the notice"))
        self.format = QComboBox()
        self.format.setAccessibleName(tr("File format"))
        for label, widget in ((tr("&Audience:"), self.audience), (tr("&Language:"), self.language),
                              (tr("&Format:"), self.format)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            choices.addWidget(caption)
            choices.addWidget(widget, 1 if widget is self.audience else 0)
        layout.addLayout(choices)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Preview of the notice"))
        self.preview.setOpenExternalLinks(True)
        self._wanted = 0  # the newest preview asked for; an older one arriving late is dropped
        self._building = False
        self.status = QLabel()  # "Preparing preview…" over the old preview while a long notice is built
        self.status.setAccessibleName(tr("Preview status"))
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.status)
        preview_layout.addWidget(self.preview, 1)
        self.status.hide()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        self.gaps = QListWidget()
        self.gaps.setAccessibleName(tr("What the register does not say yet"))
        self.gaps.setWordWrap(True)
        self.gaps.setSpacing(3)
        self.gaps.setAlternatingRowColors(True)
        self.fallbacks_label = QLabel()
        self.fallbacks_label.setWordWrap(True)
        self.fallbacks = QListWidget()
        self.fallbacks.setAccessibleName(tr("Texts shown in another language"))
        self.fallbacks.setWordWrap(True)
        self.fallbacks.setSpacing(3)
        self.fallbacks.setAlternatingRowColors(True)
        side_layout.addWidget(self.gaps_label)
        side_layout.addWidget(self.gaps, 2)
        side_layout.addWidget(self.fallbacks_label)
        side_layout.addWidget(self.fallbacks, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(preview_box)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.tabs.addTab(splitter, tr("Preview"))

        self.log = QTableWidget(0, 8)
        self.log.setAccessibleName(tr("Published notices"))
        self.log.setHorizontalHeaderLabels([tr("Published"), tr("Audience"), tr("Language"), tr("Format"),
                                            tr("Version"), tr("File"), tr("SHA-256 of the file"), tr("Gaps")])
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.verticalHeader().setVisible(False)
        self.log.setAlternatingRowColors(True)
        self.log.setWordWrap(False)
        header = self.log.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tabs.addTab(self.log, tr("Published"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(tr("&Print…"))
        self.export_button = QPushButton(tr("&Export…"))
        self.export_button.setDefault(True)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_preview)
        # Ctrl+P here prints the notice on screen; the main window's Ctrl+P (the register's page) is
        # a shortcut of that window only, so the two never compete for the key.
        self.print_action = QAction(tr("Print the notice"), self)
        self.print_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_preview)
        self.addAction(self.print_action)
        self.export_button.clicked.connect(self.export_dialog)
        self.unlogged_note = QLabel()  # after a notice was written without a log entry (read-only register)
        self.unlogged_note.setWordWrap(True)
        self.unlogged_note.hide()
        layout.addWidget(self.unlogged_note)
        layout.addWidget(buttons)

        self._fill_choices()
        self.audience.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.refresh_log()
        # An edit in the main window shows in the open preview (after typing pauses).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(400)
        self._later.timeout.connect(self.refresh)
        ctx.items_changed.connect(self._later.start)
        ctx.organisation_changed.connect(self._later.start)
        ctx.register_opened.connect(self._later.start)
        self.resize(1100, 760)

    # --- choices ----------------------------------------------------------------------
    def _fill_choices(self) -> None:
        from ropa_desktop.notices import NOTICE_LANGUAGES, notice_audiences

        store = self.ctx.store
        assert store is not None
        self._audiences: list[str] = [ALL]
        self.audience.addItem(tr("All, one section per audience"))
        ours = set(notice_audiences(store.load()))  # not those a controller we process for informs
        for category in store.items(Kind.DATA_SUBJECT_CATEGORY):
            if category.id not in ours:
                continue
            self._audiences.append(category.id)
            self.audience.addItem(self.ctx.text(category.name) or category.id)
        self._languages = [code for code, _ in LANGUAGE_CHOICES if code in NOTICE_LANGUAGES]
        for code in self._languages:
            self.language.addItem(dict(LANGUAGE_CHOICES)[code])
        default = store.default_language
        self.language.setCurrentIndex(self._languages.index(default) if default in self._languages else 0)
        self._formats = ["html", "pdf"]
        self.format.addItem(tr("HTML (web page)"))
        self.format.addItem(tr("PDF"))

    def chosen_audience(self) -> str:
        return self._audiences[max(self.audience.currentIndex(), 0)]

    def chosen_language(self) -> str:
        return self._languages[max(self.language.currentIndex(), 0)]

    def chosen_format(self) -> str:
        return self._formats[max(self.format.currentIndex(), 0)]

    def set_choices(self, audience: str | None = None, lang: str | None = None, fmt: str | None = None) -> None:
        if audience is not None:
            self.audience.setCurrentIndex(self._audiences.index(audience))
        if lang is not None:
            self.language.setCurrentIndex(self._languages.index(lang))
        if fmt is not None:
            self.format.setCurrentIndex(self._formats.index(fmt))

    # --- preview ----------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Build the notice for the current choices and show it, with what it lacks.

        A long register's notice takes a moment to build: then it is built in a worker, with
        "Preparing preview…" meanwhile, and a newer choice supersedes a build still running.
        """
        store = self.ctx.store
        if store is None:
            return
        self._wanted += 1
        audience, lang = self.chosen_audience(), self.chosen_language()
        if self.ctx.run_synchronously or store.count(Kind.ACTIVITY) <= BACKGROUND_ABOVE:
            self._show(build_preview(store, audience, lang), self._wanted)
            return
        self.status.setText(tr("Preparing preview…"))
        self.status.show()
        if self._building:
            return  # the build running now is already stale; a new one starts when it ends
        self._start_build(store.path, audience, lang)

    def _start_build(self, register_path: Path, audience: str, lang: str) -> None:
        from ropa_desktop.gui.worker import run_background

        generation = self._wanted
        self._building = True

        def work(_progress: Any, _cancelled: Any) -> Any:
            with RegisterStore.open(register_path) as store:
                return build_preview(store, audience, lang)

        def done(preview: Any) -> None:
            self._building = False
            if generation == self._wanted:
                self._show(preview, generation)
            else:
                self.refresh_latest()

        def failed(exc: BaseException) -> None:
            self._building = False
            if generation != self._wanted:
                self.refresh_latest()
                return
            from ropa_desktop.gui.error_words import plain_error

            self.status.setText(tr("The preview could not be made: %1").replace("%1", plain_error(exc)))

        run_background(self, work, done, failed)

    def refresh_latest(self) -> None:
        """Build again for the choices made while an older build ran."""
        store = self.ctx.store
        if store is not None:
            self._start_build(store.path, self.chosen_audience(), self.chosen_language())

    def _show(self, preview: Preview, generation: int) -> None:
        if generation != self._wanted:
            return
        if preview.audience_gone:  # the audience was deleted meanwhile: the notice for all is shown
            self.audience.blockSignals(True)
            self.audience.setCurrentIndex(0)
            self.audience.blockSignals(False)
        self.status.hide()
        self.notice, self.html = preview.notice, preview.html
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(self.html)
        self.preview.verticalScrollBar().setValue(scroll)
        self.gaps.clear()
        for gap in self.notice.completeness:
            self.gaps.addItem(_gap_line(gap, self.notice.lang))
        self.gaps_label.setText(
            tr("The notice is complete as far as the register can tell.") if not self.notice.completeness
            else tr("What the register does not say yet (%1):").replace("%1", str(len(self.notice.completeness)))
        )
        self.fallbacks.clear()
        for fallback in self.notice.fallbacks:
            self.fallbacks.addItem(fallback.message)
        self.fallbacks_label.setText(
            tr("Every text is in the notice's language.") if not self.notice.fallbacks
            else tr("Texts shown in another language (%1):").replace("%1", str(len(self.notice.fallbacks)))
        )
        self.fallbacks.setVisible(bool(self.notice.fallbacks))
        self.preview_shown.emit()

    def is_preparing(self) -> bool:
        return self.status.isVisible()

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def completeness_texts(self) -> list[str]:
        return [self.gaps.item(i).text() for i in range(self.gaps.count())]

    # --- printing ---------------------------------------------------------------------
    def print_document(self) -> QTextDocument:
        """The notice as the preview shows it, to print."""
        document = QTextDocument(self)
        document.setHtml(self.html)
        return document

    def print_preview(self) -> None:
        """Ctrl+P and Print…: Qt's print preview of the notice; the user prints from it (or to a PDF)."""
        from ropa_desktop.gui.printing import print_with_preview

        print_with_preview(self, self.print_document(), tr("Print the notice"))

    # --- export -----------------------------------------------------------------------
    def default_file_name(self) -> str:
        from ropa_desktop.notices import notice_title

        title = notice_title(self.notice) if self.notice else tr("Information notice")
        name = "".join(ch for ch in title if ch not in '\\/:*?"<>|').strip() or "notice"
        return f"{name} ({self.chosen_language()}){FORMAT_SUFFIX[self.chosen_format()]}"

    def offered_audiences(self) -> list[str]:
        """The audience ids the choice offers ("" first: all of them)."""
        return list(self._audiences)

    def export_dialog(self) -> None:
        store = self.ctx.store
        log = not (store is not None and store.read_only)
        if not log and not ask_export_unlogged(self):
            return
        if self.notice is not None and self.notice.completeness and not ask_publish_with_gaps(
                self, self.completeness_texts()):
            return
        fmt = self.chosen_format()
        filter_ = tr("Web pages (*.html)") if fmt == "html" else tr("PDF documents (*.pdf)")
        default = Path(self.ctx.settings.last_folder()) / self.default_file_name()
        # The native dialog asks before it replaces an existing file.
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the notice"), str(default), filter_)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != FORMAT_SUFFIX[fmt]:
            target = target.with_name(target.name + FORMAT_SUFFIX[fmt])
        self.ctx.settings.set_last_folder(target.parent)
        self.export_to(target, log=log)

    def export_to(self, target: Path, *, log: bool = True) -> None:
        """Publish to ``target``; ``log=False`` (a read-only register, the user agreed) writes no log entry."""
        from ropa_desktop.gui.error_words import plain_error
        from ropa_desktop.services.publish_notice import NoticeChoices, publish_notice

        store = self.ctx.store
        assert store is not None
        register_path = store.path
        audience, lang = self.chosen_audience(), self.chosen_language()  # the format: by the suffix

        def done(published: Any) -> None:
            if published is None:
                self.unlogged_note.setText(
                    tr("%1 was written but not recorded in the log of published notices: the register is "
                       "read-only.").replace("%1", target.name))
                self.unlogged_note.show()
                self.exported.emit(None)
                return
            self.unlogged_note.hide()
            self.refresh_log()
            self.ctx.notify_notice_published()
            self.exported.emit(published)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, JobCancelled):
                self.ctx.error(tr("The notice was not exported"), plain_error(exc))
            self.exported.emit(None)

        # The native file dialog has already asked whether to replace an existing file; the gaps were
        # listed, and the user chose to publish with them (export_dialog).
        choices = NoticeChoices(audience=audience or None, lang=lang, overwrite=True, log=log)

        def work(progress: Any, cancelled: Any) -> Any:
            return publish_notice(register_path, target, choices, progress=progress, cancelled=cancelled).published

        job = run_job(self.ctx, self, tr("Exporting %1…").replace("%1", target.name), work, done, failed)
        self.jobs.append(job)
        job.finished.connect(lambda: self.jobs.remove(job) if job in self.jobs else None)

    # --- the publication log ---------------------------------------------------------------
    def refresh_log(self) -> None:
        from ropa_desktop.notices import published_notices

        store = self.ctx.store
        if store is None:
            return
        names = {c.id: self.ctx.text(c.name) for c in store.items(Kind.DATA_SUBJECT_CATEGORY)}
        languages = dict(LANGUAGE_CHOICES)
        rows = list(reversed(published_notices(store)))  # the newest first
        self.log.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            audience = (tr("All audiences") if not entry.audience
                        else names.get(entry.audience) or tr("%1 (deleted)").replace("%1", entry.audience))
            gaps = (tr("published with gaps: %1").replace("%1", "; ".join(g.message for g in entry.gaps))
                    if entry.gaps else "")
            cells = [_local_time(entry.at), audience, languages.get(entry.lang, entry.lang), entry.format.upper(),
                     str(entry.version), entry.file_name, entry.file_sha256, gaps]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 6:
                    item.setToolTip(tr("Compare with the SHA-256 of the published file to prove which text "
                                       "it was."))
                elif c == 7 and entry.gaps:
                    item.setToolTip("\n".join(_gap_line(g, entry.lang) for g in entry.gaps))
                self.log.setItem(r, c, item)
        self.tabs.setTabText(1, tr("Published (%1)").replace("%1", str(len(rows))))

    def log_rows(self) -> list[list[str]]:
        return [[self.log.item(r, c).text() for c in range(self.log.columnCount())]
                for r in range(self.log.rowCount())]


def _local_time(stamp: str) -> str:
    """The log's UTC time as the user's local date and time."""
    import datetime as dt

    from ropa_desktop.gui.when import ui_date_time

    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return ui_date_time(when)
