"""`beslut granska`: accessibility checks of finished Word and PDF files."""
