"""GUI editors."""
