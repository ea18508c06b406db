"""footprint.analysis.score."""
