"""Reports: JSON, HTML, Markdown, CSV, terminal and SVG renderers, the clearance review, the cohort summary, redaction, encrypted outputs."""
