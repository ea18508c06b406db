"""footprint.analysis.detect."""
