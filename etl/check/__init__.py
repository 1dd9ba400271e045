"""Parse fidelity: compare a warehouse's research views with golden files.

golden.py reads and writes golden files (the gold format of ../shared/spec/gold-format.md,
one record per line); views.py reads the research views of a warehouse; textnorm.py and
matching.py hold the matching rules (the same as ../shared/eval/score.py, so the figures agree);
compare.py pairs a document's records with its golden file and lists what is missing, spurious
or different; report.py aggregates precision / recall / F1 per record type and per format.
"""
