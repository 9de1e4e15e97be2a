"""The curation assistant: transparent rules that propose facts, each with its verbatim passage.

- `rules.py`: every pattern and word list, as data a curator can read and extend;
- `names.py`: states (pycountry + aliases + demonyms + capitals) and organisations in a text;
- `text.py`: paragraphs and sentences with their character offsets;
- `dates.py`: dates, datelines and how a partial date was derived;
- `extract.py`: the rules applied to one article → a `Draft` of candidates, one pass per module:
  `article.py` (the article read once), `source_meta.py`, `events.py`, `named_votes.py`, `sponsors.py`,
  `positions.py`, and `records.py` (candidates built and checked against the models);
- `match.py`: candidates matched to existing records and checked against the official record;
- `draft.py`: the draft folder (YAML, CSV, candidates list) and the YAML patch (build, apply);
- `sourceid.py`: the source id of a new article.
"""
