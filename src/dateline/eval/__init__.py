"""Evaluation scorers, one module per stage (``dateline eval ...``)."""
