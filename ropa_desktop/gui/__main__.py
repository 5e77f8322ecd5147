"""``python -m ropa_desktop.gui``, and the PyInstaller bundle's entry point."""

import sys

from ropa_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
