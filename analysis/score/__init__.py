"""Scoring: the grooming-risk model, re-scored advice and the removal plan."""
