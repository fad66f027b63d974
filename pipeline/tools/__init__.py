"""Tools over records: evaluate against gold, export to DuckDB, the HTML report."""
