"""The official General Assembly record: roll calls and their views, agreement, and the importers."""
