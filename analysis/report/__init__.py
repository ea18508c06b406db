"""footprint.analysis.report."""
