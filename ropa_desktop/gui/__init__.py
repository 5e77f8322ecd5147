"""The desktop GUI: a thin PySide6 shell over the register core (store, model, checks)."""
