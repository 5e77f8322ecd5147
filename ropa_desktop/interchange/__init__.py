"""The ``ropa-register`` JSON interchange format: codec, validation, import and export."""
