"""What every written document needs, whatever it says: atomic writes, write errors, fonts,
the PDF layout engine, and the catalogue of document labels."""
