"""normalise stage."""
