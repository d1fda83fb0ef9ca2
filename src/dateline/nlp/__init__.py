"""NLP stage: the spaCy model plus dateline's entity ruler.

Public interface: :func:`load_nlp` returns a ready ``spacy.Language``; stages after this one
receive the spaCy ``Doc`` it produces.
"""

from dateline.nlp.load import ModelNotInstalled, load_nlp

__all__ = ["ModelNotInstalled", "load_nlp"]
