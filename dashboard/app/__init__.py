"""The Streamlit app: thin pages, plotly charts, shared Streamlit helpers and the loading boundary."""
