"""Detectors: one small, mostly data-driven class per text finding category (see registry.DETECTORS)."""
from .base import REPORT_THRESHOLD, Detector, Pattern
from .lexicon import Lexicon, LexiconError, load_lexicon
from .registry import DETECTORS, load_detectors

__all__ = ["DETECTORS", "REPORT_THRESHOLD", "Detector", "Lexicon", "LexiconError", "Pattern", "load_detectors", "load_lexicon"]
