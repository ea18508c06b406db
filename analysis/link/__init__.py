"""footprint.analysis.link."""
