"""policy-etl: Chinese local-government policy documents into a research warehouse.

Stages: read (file -> Document) -> extract (Document -> records) ->
normalise (units, departments) -> load (parsed JSON -> SQL warehouse).
"""

__version__ = "0.1.0"
