"""The detector registry: every text category's detector, with its lexicon loaded and validated at start-up.

Geotags are not text: analysis/link/geo.py reads them from image EXIF and post locations.
"""
from __future__ import annotations

from pathlib import Path

from footprint.analysis.detect.detectors.associate import AssociateDetector
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.colleague import ColleagueDetector
from footprint.analysis.detect.detectors.colleague_rank_bracket import ColleagueRankBracketDetector
from footprint.analysis.detect.detectors.corporate_identifier import CorporateIdentifierDetector
from footprint.analysis.detect.detectors.employer import EmployerDetector
from footprint.analysis.detect.detectors.family import FamilyDetector
from footprint.analysis.detect.detectors.home_location import HomeLocationDetector
from footprint.analysis.detect.detectors.lexicon import Lexicon, LexiconError, load_all
from footprint.analysis.detect.detectors.official_contact import OfficialContactDetector
from footprint.analysis.detect.detectors.official_information import OfficialInformationDetector
from footprint.analysis.detect.detectors.personal_contact import PersonalContactDetector
from footprint.analysis.detect.detectors.routine import RoutineDetector
from footprint.analysis.detect.detectors.systems_information import SystemsInformationDetector
from footprint.analysis.detect.detectors.vulnerability import VulnerabilityDetector
from footprint.analysis.detect.detectors.work_location import WorkLocationDetector

DETECTORS: tuple[type[Detector], ...] = (
    EmployerDetector, ColleagueDetector, ColleagueRankBracketDetector, OfficialContactDetector,
    CorporateIdentifierDetector, WorkLocationDetector, HomeLocationDetector, RoutineDetector, FamilyDetector, AssociateDetector, PersonalContactDetector,
    OfficialInformationDetector, SystemsInformationDetector, VulnerabilityDetector,
)
SHARED_LEXICON = "context"


def load_detectors(lexicon_dir: Path | None = None,
                   classes: tuple[type[Detector], ...] = DETECTORS) -> tuple[list[Detector], dict[str, Lexicon]]:
    """Instantiate every detector with its lexicon; raises LexiconError naming the bad file or rule."""
    lexicons = load_all(lexicon_dir)
    if SHARED_LEXICON not in lexicons:
        raise LexiconError(f"lexicon {SHARED_LEXICON!r} (shared context words) is missing")
    detectors = []
    for cls in classes:
        if cls.LEXICON and cls.LEXICON not in lexicons:
            raise LexiconError(f"{cls.__name__} needs lexicon {cls.LEXICON!r}, not found")
        detectors.append(cls(lexicons.get(cls.LEXICON) if cls.LEXICON else None))
    return detectors, lexicons
