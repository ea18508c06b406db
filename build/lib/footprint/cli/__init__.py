"""footprint's command line: thin over crawler/ and analysis/."""
