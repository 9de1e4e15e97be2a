"""UN votes and positions: a curated, evidence-backed dataset and its Streamlit dashboard.

Three parts, one subpackage each:
- `curated/`: the facts drawn from news articles (models, reading and checks, tables, analysis, export);
- `official/`: the official General Assembly record (tables and views, agreement, one importer per source layout);
- `app/`: the Streamlit app (pages, charts, shared helpers, the only module that caches).
"""
