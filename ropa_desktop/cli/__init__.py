"""The ``ropa`` command line: the same core as the desktop app, for scripts and tests."""
