"""The report's file formats and their file names, on their own so the CLI can check `--format` before a
scan without importing the report writers (networkx, jsonschema, cryptography: about 0.3 s, paid while the
crawl child waited to start)."""
from __future__ import annotations

FILE_NAMES = {"json": "report.json", "html": "report.html", "md": "report.md", "csv": "findings.csv",
              "graphml": "graph.graphml", "gexf": "graph.gexf"}
