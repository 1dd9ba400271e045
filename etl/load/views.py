"""The research views of the warehouse contract (../shared/spec/warehouse-views.md).

Names and leading columns are the public interface; extra columns (provenance)
come last.
"""

from __future__ import annotations

VIEWS: dict[str, str] = {
    "documents_v": """
        SELECT d.doc_id, d.source_name, d.format, d.title, d.issuer, d.doc_number,
               d.issue_date, d.jurisdiction, d.period_start, d.period_end,
               d.encoding, d.pages, d.sha256, d.ingested_at
        FROM documents d
    """,
    "tasks_v": """
        SELECT t.task_id, t.parent_id, d.source_name, t.level, t.label, t.ordinal, t.path,
               t.title, t.text, t.provenance
        FROM tasks t JOIN documents d USING (doc_id)
    """,
    "indicators_v": """
        SELECT i.indicator_id, d.source_name, i.category, i.name AS indicator,
               i.parent_name AS parent_indicator, i.unit, i.unit_raw, i.symbols, i.stat_source,
               i.table_index, i.provenance
        FROM indicators i JOIN documents d USING (doc_id)
    """,
    "indicator_values_v": """
        SELECT v.indicator_id, d.source_name, i.name AS indicator, i.unit, v.region, v.component,
               v.year, v.kind, v.value, v.value_text, v.qualifier, v.provenance
        FROM indicator_values v
        JOIN indicators i ON i.indicator_id = v.indicator_id
        JOIN documents d ON d.doc_id = v.doc_id
    """,
    "targets_v": """
        SELECT g.target_id, d.source_name, g.task_id, g.year, g.metric, g.value, g.unit,
               g.qualifier, g.text, g.provenance
        FROM targets g JOIN documents d USING (doc_id)
    """,
    "responsibilities_v": """
        SELECT d.source_name, r.subject_type, r.subject_id,
               CASE r.subject_type WHEN 'task' THEN t.path WHEN 'indicator' THEN i.name
                    ELSE g.metric END AS subject_label,
               CASE r.subject_type WHEN 'task' THEN t.title WHEN 'indicator' THEN i.name
                    ELSE g.metric END AS subject_text,
               r.department, r.department_raw, r.role, r.jurisdiction, r.provenance
        FROM responsibilities r
        JOIN documents d ON d.doc_id = r.doc_id
        LEFT JOIN tasks t ON r.subject_type = 'task' AND t.task_id = r.subject_id
        LEFT JOIN indicators i ON r.subject_type = 'indicator' AND i.indicator_id = r.subject_id
        LEFT JOIN targets g ON r.subject_type = 'target' AND g.target_id = r.subject_id
    """,
    "symbols_v": """
        SELECT d.source_name, s.symbol, s.meaning, s.provenance
        FROM symbol_legends s JOIN documents d USING (doc_id)
    """,
    "departments_v": """
        SELECT DISTINCT a.jurisdiction, a.department, a.alias, a.known
        FROM department_aliases a
    """,
}
