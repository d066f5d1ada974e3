"""Letters to files: PDF (QTextDocument + QPdfWriter), DOCX, plain text, HTML and e-mail.
Uses QtGui only (no widgets), so it runs headless on Qt's offscreen platform."""
