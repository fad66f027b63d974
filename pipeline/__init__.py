"""Swedish press releases to structured, validated records.

>>> from pipeline import extract
>>> record = extract("– Vi satsar, säger Anna Berg (S), ordförande.")
"""

from .process import extract
from .schema import SCHEMA_VERSION, Record

__all__ = ["SCHEMA_VERSION", "Record", "extract"]
__version__ = "0.1.0"
