"""NLP stage: the spaCy model plus dateline's entity ruler.

Public interface: :func:`load_nlp` returns a ready ``spacy.Language``; stages after this one
receive the spaCy ``Doc`` it produces, and report sentences by :func:`trimmed_bounds`.
:func:`pipe_chunked` is ``nlp.pipe`` with long articles parsed in pieces (bounded memory) and text
in capitals or Title Case parsed through a case-restored copy; :func:`restored_spans` tells which spans.
:func:`lemmatizer_tables` are the model's own lists of English words (WordNet's, per part of speech).
"""

from dateline.nlp.chunked import pipe_chunked
from dateline.nlp.components import trimmed_bounds
from dateline.nlp.load import ModelNotInstalled, lemmatizer_tables, load_nlp
from dateline.nlp.truecase import restored_spans

__all__ = ["ModelNotInstalled", "lemmatizer_tables", "load_nlp", "pipe_chunked", "restored_spans", "trimmed_bounds"]
