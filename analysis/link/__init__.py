"""Linking: people as entities, detections merged into findings, geotags and inferred places, the entity graph."""
