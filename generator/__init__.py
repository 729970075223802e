"""beslut: checked Swedish decision documents (Word and Markdown) from YAML case files."""

__version__ = "0.1.0"
"""The package's version; `pyproject.toml` reads it from here (one place to change it)."""
