"""Turn the blind writers' files into this folder's gold and the demo's article texts.

    python tests/data/stance/convert.py SOURCE_FOLDER...

Each source folder holds ``<id>.txt`` and ``<id>.quotes.json`` (a list of ``{quote, kind,
speaker, stance}`` whose ``quote`` occurs exactly once in the text). The text is copied byte
for byte to ``fixtures/stance_demo/<id>.txt``; the gold goes to ``tests/data/stance/<id>.json``
with code-point offsets (``start = text.index(quote)``).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[2] / "fixtures" / "stance_demo"


def convert(folder: Path) -> int:
    count = 0
    for quotes_path in sorted(folder.glob("*.quotes.json")):
        article = quotes_path.name.removesuffix(".quotes.json")
        text_path = folder / f"{article}.txt"
        text = text_path.read_bytes().decode("utf-8")
        gold = []
        for item in json.loads(quotes_path.read_text(encoding="utf-8")):
            quote = item["quote"]
            if text.count(quote) != 1:
                raise SystemExit(f"{quotes_path}: “{quote}” occurs {text.count(quote)} times")
            start = text.index(quote)
            gold.append(
                {
                    "start": start,
                    "end": start + len(quote),
                    "kind": item["kind"],
                    "speaker": item["speaker"],
                    "stance": item["stance"],
                    "text": quote,
                }
            )
        shutil.copyfile(text_path, FIXTURES / text_path.name)
        (HERE / f"{article}.json").write_text(
            json.dumps({"article": article, "quotes": gold}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        count += 1
    return count


if __name__ == "__main__":
    FIXTURES.mkdir(parents=True, exist_ok=True)
    total = sum(convert(Path(folder)) for folder in sys.argv[1:])
    print(f"{total} articles converted")
