"""Documents made from the register: the PDF and Excel registers for the supervisory authority,
the ``ropa-register`` JSON document, and the reader of our own workbook.

Each module writes one format to a path it is given; which findings, which version and
whether the file is signed is decided by the export service (``ropa_desktop.services``).
The heavy libraries (reportlab, openpyxl) are imported by the modules that use them, so
importing this package is cheap.
"""
