"""Detectors: one small, mostly data-driven class per text finding category (see registry.DETECTORS)."""
from footprint.analysis.detect.detectors.base import REPORT_THRESHOLD, Detector, Pattern
from footprint.analysis.detect.detectors.lexicon import Lexicon, LexiconError, load_lexicon
from footprint.analysis.detect.detectors.registry import DETECTORS, load_detectors

__all__ = ["DETECTORS", "REPORT_THRESHOLD", "Detector", "Lexicon", "LexiconError", "Pattern", "load_detectors", "load_lexicon"]
