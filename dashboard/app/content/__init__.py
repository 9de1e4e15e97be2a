"""What each page shows, computed: pure functions over the data, no Streamlit."""
