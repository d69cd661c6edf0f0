"""Hypothesis strategies and synthetic data for factx users' own property tests.

- :mod:`factx.testing.text`: text with figures ("1,500", "fifteen hundred", ...).
- :mod:`factx.testing.claims`: claims and article sets for the reconciler.
"""

from factx.testing.claims import (
    ArticleSet,
    Fact,
    article_sets,
    claims,
    hand_claim,
    make_article_set,
    render,
    synthetic_claims,
)
from factx.testing.text import (
    any_text,
    figure_values,
    news_sentences,
    number_words,
    renderings,
    renderings_of,
    sentence_prefixes,
)

__all__ = [
    "ArticleSet",
    "Fact",
    "article_sets",
    "claims",
    "hand_claim",
    "make_article_set",
    "render",
    "synthetic_claims",
    "any_text",
    "figure_values",
    "news_sentences",
    "number_words",
    "renderings",
    "renderings_of",
    "sentence_prefixes",
]
