"""Pre-build the places gazetteer cache from the installed packages (no network).

The places stage builds the same cache on first use; run this in an image build or CI
set-up to pay the ~15 s once.  Prints the cache path and a few counts.

Usage: python tools/build_gazetteer.py [--force]
"""

from __future__ import annotations

import sys
from collections import Counter

from dateline.places.gazetteer import Gazetteer, cache_path, ensure_built


def main(argv: list[str]) -> int:
    path = cache_path()
    if "--force" in argv and path.exists():
        path.unlink()
    ensure_built(path)
    g = Gazetteer.load()
    kinds = Counter(g.data.kind)
    print(path)
    print(", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())), f"| names: {len(g.data.index)}",
          f"| demonyms: {len(g.data.demonyms)} | abbreviations: {len(g.data.abbreviations)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
