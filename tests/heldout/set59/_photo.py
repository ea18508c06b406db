"""Shared by this set's content.py files: the demo EXIF helper's Photo and near(), loaded by path."""
import importlib.util
import sys
from pathlib import Path

_p = Path(__file__).resolve().parents[3] / "data" / "demo" / "make_photos.py"
if "_set59_photos" not in sys.modules:
    _spec = importlib.util.spec_from_file_location("_set59_photos", _p)
    _mod = importlib.util.module_from_spec(_spec)
    sys.modules["_set59_photos"] = _mod
    _spec.loader.exec_module(_mod)
Photo = sys.modules["_set59_photos"].Photo
near = sys.modules["_set59_photos"]._near
