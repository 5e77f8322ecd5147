"""GUI pages."""
