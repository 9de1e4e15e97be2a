"""UN votes and positions: a curated, evidence-backed dataset and its Streamlit dashboard."""
