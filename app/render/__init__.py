"""Letters to PDF, DOCX, HTML, plain text and e-mail (QtGui only, no widgets)."""
