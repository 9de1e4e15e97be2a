"""The Streamlit app: thin pages, Vega-Lite charts, shared Streamlit helpers and the loading boundary."""
