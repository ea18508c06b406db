"""Photo class for set-21 content.py files: the builder's copy when loaded, else make_photos by path."""
import importlib.util
import sys
from pathlib import Path

_mp = sys.modules.get("_demo_make_photos")
if _mp is None:
    _p = Path(__file__).resolve().parents[3] / "data" / "demo" / "make_photos.py"
    _spec = importlib.util.spec_from_file_location("_demo_make_photos", _p)
    _mp = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _mp
    _spec.loader.exec_module(_mp)
Photo = _mp.Photo
