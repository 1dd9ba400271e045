"""Pydantic v2 models: the document model and the extracted record families."""
