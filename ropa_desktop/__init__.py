"""ropa-desktop: keep a GDPR Art. 30 record of processing activities on your desktop."""

__version__ = "0.1.0"
