"""Input: reading files, pages and corpora, decoding, and cleaning them to text."""
