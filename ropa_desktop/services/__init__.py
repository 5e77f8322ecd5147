"""The use cases, one module each, called by both the command line and the desktop app.

A service holds the orchestration (which checks, which version, signing, logging); the CLI
only parses arguments and prints, the GUI only collects choices and shows results."""
