"""The curated layer: facts drawn from news articles, each with its verbatim evidence passage."""
