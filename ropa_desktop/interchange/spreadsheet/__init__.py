"""Registers kept in other people's spreadsheets: reading them and mapping their columns to the model.

Pure functions over a file's cells: nothing here opens a register. ``reading`` gives the
cells of a sheet as text, ``headers`` finds the header row and recognises its columns,
``cells`` and ``places`` read the text of one cell, ``building`` turns the rows into
activities and catalogue entries with a report of everything it could not understand.
"""
