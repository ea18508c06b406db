"""Extraction, linking, graph, scoring, advice and reports of footprint."""
