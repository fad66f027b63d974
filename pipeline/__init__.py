"""Swedish press releases to structured, validated records.

>>> from pipeline import extract, extract_many
>>> record = extract("– Vi satsar, säger Anna Berg (S), ordförande.")
>>> outcomes = list(extract_many(["– Vi satsar, säger Anna Berg (S).", ""]))  # Record, ErrorRecord
"""

from .record.schema import SCHEMA_VERSION, ErrorRecord, Record
from .run.process import extract, extract_many

__all__ = ["SCHEMA_VERSION", "ErrorRecord", "Record", "extract", "extract_many"]
__version__ = "0.1.0"
