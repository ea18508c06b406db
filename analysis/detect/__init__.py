"""Detection: the spaCy pipeline, the rule detectors, the learned sentence classifier and the extractor that runs them over items."""
