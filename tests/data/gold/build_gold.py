# The specifications below quote the articles verbatim, typographic marks included.
"""Build the gold quote annotations in this folder from readable specifications.

Run ``python tests/data/gold/build_gold.py`` from the repository root. It writes one JSON
file per document under ``seeds/``, ``articles/`` and ``heldout/`` and prints a review
listing. Offsets are never typed by hand: every span is located by searching the text.

Locator syntax (see :func:`locate`):

* ``"exact text"`` - the text must occur exactly once in the document (quotes), or the
  occurrence nearest to the quote is taken (speaker mentions and cues);
* ``"context with [[target]] inside"`` - the context must occur exactly once; the span
  is the bracketed part;
* ``("start text", "end text")`` - from the unique start text to the end of the first
  following occurrence of the end text (either part may carry ``[[...]]`` markers).
"""

from __future__ import annotations

import hashlib
import importlib
import itertools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA_ROOT = HERE.parent  # tests/data
REPO_ROOT = DATA_ROOT.parent.parent
SEEDS_ROOT = REPO_ROOT / "fixtures" / "seeds"

Locator = str | tuple[str, str]


@dataclass(frozen=True)
class Q:
    """One gold quote specification."""

    quote: Locator
    kind: str
    speaker: str | None
    speaker_kind: str
    mention: Locator | None
    cue: Locator | None


def read_text(path: Path) -> str:
    """Read a document exactly as stored (UTF-8, no newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _marked(spec: str) -> tuple[str, int, int]:
    """Strip ``[[ ]]`` markers; return the plain string and the marked sub-range.

    A lone ``[[`` marks from there to the end, a lone ``]]`` from the beginning to there.
    """
    before, inner, after = "", spec, ""
    if "[[" in inner:
        before, inner = inner.split("[[", 1)
    if "]]" in inner:
        inner, after = inner.split("]]", 1)
    return before + inner + after, len(before), len(before) + len(inner)


def _occurrences(text: str, needle: str, words: bool) -> list[int]:
    pattern = re.escape(needle)
    if words:
        pattern = r"(?<!\w)" + pattern + r"(?!\w)"
    return [m.start() for m in re.finditer(pattern, text)]


def _unique(text: str, spec: str, first_after: int | None = None) -> tuple[int, int]:
    """Exactly one occurrence, or (with ``first_after``) the first one at or after it."""
    plain, lo, hi = _marked(spec)
    hits = _occurrences(text, plain, words=False)
    if first_after is not None:
        hits = [h for h in hits if h >= first_after][:1]
    if len(hits) != 1:
        raise ValueError(f"{spec!r} occurs {len(hits)} times")
    return hits[0] + lo, hits[0] + hi


def locate(text: str, spec: Locator) -> tuple[int, int]:
    """Locate a quote span (must be unambiguous)."""
    if isinstance(spec, tuple):
        start, _ = _unique(text, spec[0])
        _, end = _unique(text, spec[1], first_after=start)
        return start, end
    return _unique(text, spec)


def locate_near(text: str, spec: Locator, quote: tuple[int, int]) -> tuple[int, int]:
    """Locate a mention or cue: explicit context, or nearest whole-word hit outside the quote."""
    if isinstance(spec, tuple) or "[[" in spec:
        return locate(text, spec)
    best: tuple[int, int, int] | None = None
    for hit in _occurrences(text, spec, words=True):
        end = hit + len(spec)
        if hit < quote[1] and end > quote[0]:
            continue
        distance = quote[0] - end if end <= quote[0] else hit - quote[1]
        if best is None or distance < best[0]:
            best = (distance, hit, end)
    if best is None:
        raise ValueError(f"{spec!r} not found outside the quote")
    return best[1], best[2]


def build(doc_id: str, source: str, text: str, specs: list[Q]) -> dict:
    """Turn specifications into the gold JSON structure."""
    quotes = []
    for index, spec in enumerate(specs):
        try:
            quotes.append(_record(text, spec))
        except ValueError as exc:
            raise ValueError(f"{doc_id} quote spec {index}: {exc}") from exc
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    for left, right in itertools.pairwise(quotes):
        if right["start"] < left["end"]:
            raise ValueError(f"{doc_id}: overlapping quotes at {right['start']}")
    return {
        "id": doc_id,
        "source": source,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "quotes": quotes,
    }


def _record(text: str, spec: Q) -> dict:
    """Locate one specification's spans in the text."""
    start, end = locate(text, spec.quote)
    record: dict = {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": spec.kind,
        "speaker": spec.speaker,
        "speaker_kind": spec.speaker_kind,
        "speaker_start": None,
        "speaker_end": None,
        "cue": None,
        "cue_start": None,
        "cue_end": None,
    }
    if spec.mention is not None:
        s, e = locate_near(text, spec.mention, (start, end))
        record["speaker_start"], record["speaker_end"] = s, e
    if spec.cue is not None:
        s, e = locate_near(text, spec.cue, (start, end))
        record["cue"], record["cue_start"], record["cue_end"] = text[s:e], s, e
    return record


def review(gold: dict, text: str) -> str:
    """A human-readable listing for checking the annotations by eye."""
    lines = [f"== {gold['id']} ({len(gold['quotes'])} quotes)"]
    for i, q in enumerate(gold["quotes"]):
        mention = "-"
        if q["speaker_start"] is not None:
            s, e = q["speaker_start"], q["speaker_end"]
            mention = f"{text[max(0, s - 15) : s]}[{text[s:e]}]{text[e : e + 10]}"
        cue = "-"
        if q["cue_start"] is not None:
            s, e = q["cue_start"], q["cue_end"]
            cue = f"{text[max(0, s - 12) : s]}[{text[s:e]}]{text[e : e + 12]}"
        left = text[max(0, q["start"] - 12) : q["start"]]
        right = text[q["end"] : q["end"] + 12]
        lines.append(f"{i:2d} {q['kind']:8s} {q['speaker']} ({q['speaker_kind']})")
        lines.append(f"   mention: {mention!r}")
        lines.append(f"   cue:     {cue!r}")
        lines.append(f"   span:    {left!r} [{q['text']}] {right!r}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Seeds (text in fixtures/seeds/)
# ---------------------------------------------------------------------------------------

CHA = "Victor Cha"
NEBENZIA = "Vassily Nebenzia"
ANON_001 = "a former senior member who asked not to be named"

SEEDS: dict[str, list[Q]] = {
    "000_beed33f6bc373f3f": [
        Q(
            ("(local time) that [[Russia is “the third]]", "by exercising its veto power.”"),
            "mixed",
            CHA,
            "person",
            "[[Victor Cha]], Korea Chair",
            "think tanks, [[said]] in an article",
        ),
        Q(
            ("He said [[he had started", "“steps.”"),
            "mixed",
            CHA,
            "person",
            "power.” [[He]] said he",
            "power.” He [[said]] he",
        ),
        Q(
            ("Chair Cha said that [[in the first step", "sanctions regime against North Korea"),
            "indirect",
            CHA,
            "person",
            "Chair [[Cha]] said that in the first step",
            "Chair Cha [[said]] that in the first step",
        ),
        Q(
            "He also mentioned that [[Russia requested the introduction of a sunset clause "
            "in existing sanctions against North Korea]]",
            "indirect",
            CHA,
            "person",
            "[[He]] also mentioned that Russia",
            "He also [[mentioned]] that Russia",
        ),
        Q(
            (
                "he noted that [[North Korea had supplied",
                "more than 3 million rounds of ammunition",
            ),
            "indirect",
            CHA,
            "person",
            "[[he]] noted that North Korea",
            "he [[noted]] that North Korea",
        ),
        Q(
            ("concern that [[Russia could abandon", "in exchange for ammunition from North Korea"),
            "mixed",
            CHA,
            "person",
            "[[He]] also expressed great concern",
            "He also [[expressed great concern]] that",
        ),
        Q(
            ("Chair Cha said, [[“From President Putin", "stalled in Congress.”"),
            "direct",
            CHA,
            "person",
            "Chair [[Cha]] said, “From",
            "Chair Cha [[said]], “From",
        ),
        Q(
            ("He added, [[“Without an expert panel", "in the current sanctions.”"),
            "direct",
            CHA,
            "person",
            "[[He]] added, “Without",
            "He [[added]], “Without",
        ),
        Q(
            ("he advised, [[“In order to implement", "coordination of related laws.”"),
            "direct",
            CHA,
            "person",
            "[[he]] advised, “In order",
            "he [[advised]], “In order",
        ),
        Q(
            ("He said [[the Group of Seven (G7)", "(to the panel of experts).”"),
            "mixed",
            CHA,
            "person",
            "[[He]] said the Group of Seven",
            "He [[said]] the Group of Seven",
        ),
        Q(
            "“It can be done,”",
            "direct",
            CHA,
            "person",
            "done,” [[he]] added.",
            "done,” he [[added]].",
        ),
    ],
    "001_8ac712a84b55227e": [
        Q(
            (
                "[[Russia has effectively disbanded a panel",
                "U.N. sanctions against North Korea",
            ),
            "indirect",
            "three former members of the panel",
            "anonymous",
            "three former members of the panel",
            "of the panel [[told]] Reuters",
        ),
        Q(
            "Diplomats say [[another vote to try to extend the authorization before it expires "
            "on April 30 seems unlikely]]",
            "indirect",
            "Diplomats",
            "anonymous",
            "[[Diplomats]] say another vote",
            "Diplomats [[say]] another vote",
        ),
        Q(
            (
                "South Korea said [[the veto highlighted",
                "a possible fuel supply to North Korean officials",
            ),
            "indirect",
            "the United States and South Korea",
            "group",
            "[[The United States and South Korea]] said the veto",
            "South Korea [[said]] the veto",
        ),
        Q(
            "it vowed [[to present a united front against “attempts by external forces to "
            "increase pressure”]]",
            "mixed",
            "Moscow and Pyongyang",
            "group",
            "week [[it]] vowed to present",
            "week it [[vowed]] to present",
        ),
        Q(
            ("RUSI), said [[the vote was significant", "sanctions regime against North Korea"),
            "indirect",
            "Aaron Arnold",
            "person",
            "Aaron Arnold",
            "(RUSI), [[said]] the vote",
        ),
        Q(
            ("[[“Russia’s vote, coupled with", "North Korean sanctions regime,”"),
            "direct",
            "Aaron Arnold",
            "person",
            "regime,” [[he]] said.",
            "regime,” he [[said]].",
        ),
        Q(
            ("that [[its report had been reduced to", "and Poor quality photos”"),
            "mixed",
            NEBENZIA,
            "person",
            "Vassily Nebenzia",
            "work, [[saying]] before the vote",
        ),
        Q(
            ("[[“The latest report is very interesting", "it barely mentions China,”"),
            "direct",
            ANON_001,
            "anonymous",
            "said [[a former senior member who asked not to be named]] because",
            "China,” [[said]] a former senior member",
        ),
        Q(
            ("[[“If you’re talking about sanctions violations", "what’s actually going on.”"),
            "direct",
            ANON_001,
            "anonymous",
            "said [[a former senior member who asked not to be named]] because",
            "China,” [[said]] a former senior member",
        ),
        Q(
            ("The former member said that [[while the panel", "some of the most important pieces"),
            "indirect",
            ANON_001,
            "anonymous",
            "[[The former member]] said that while",
            "The former member [[said]] that while",
        ),
        Q(
            "Ewha University, said [[the group’s disappearance was made up of experts]]",
            "indirect",
            "Leif-Eric Easley",
            "person",
            "Leif-Eric Easley",
            "Ewha University, [[said]] the group",
        ),
        Q(
            (
                "sanctions adviser, said [[continued efforts will be found",
                "sanctions evasion network",
            ),
            "indirect",
            "Hugh Griffiths",
            "person",
            "Hugh Griffiths",
            "sanctions adviser, [[said]] continued",
        ),
        Q(
            ("Griffiths said [[the veto showed Russia", "conventional artillery ammunition"),
            "indirect",
            "Hugh Griffiths",
            "person",
            "[[Griffiths]] said the veto showed",
            "Griffiths [[said]] the veto showed",
        ),
        Q(
            "“Russia’s veto signals that Putin will step up ballistic missile and embargo "
            "cooperation with North Korea,”",
            "direct",
            "Hugh Griffiths",
            "person",
            "North Korea,” [[he]] said.",
            "North Korea,” he [[said]].",
        ),
        Q(
            "monitoring project, said [[the vote showed how strong ties between Russia and North "
            "Korea have become]]",
            "indirect",
            "Jenny Tang",
            "person",
            "Jenny Tang",
            "monitoring project, [[said]] the vote",
        ),
        Q(
            ("[[“This highlights that", "to deal with sanctions monitoring,”"),
            "direct",
            "Jenny Tang",
            "person",
            "monitoring,” [[she]] said.",
            "monitoring,” she [[said]].",
        ),
        Q(
            "called [[the vote “extremely regrettable.”]]",
            "mixed",
            "South Korea's Unification Ministry",
            "organisation",
            "South Korea’s Unification Ministry",
            "North Korea, [[called]] the vote",
        ),
        Q(
            (
                "Canada blames [[Chinese plane “Wantful” harassment",
                "efforts to impose sanctions on North Korea",
            ),
            "mixed",
            "Canada",
            "organisation",
            "[[Canada]] blames Chinese plane",
            "Canada [[blames]] Chinese plane",
        ),
        Q(
            "Beijing called [[the Canadian flight “provocative.”]]",
            "mixed",
            "Beijing",
            "organisation",
            "[[Beijing]] called the Canadian flight",
            "Beijing [[called]] the Canadian flight",
        ),
    ],
    "002_fe466d9e0e413ba9": [
        Q(
            ("[[“What Russia cynically did today", "with Pyongyang, on arms in particular"),
            "mixed",
            "Matthew Miller",
            "person",
            "Matthew Miller",
            "in particular, [[reacted]] Matthew",
        ),
        Q(
            ("estimating that, [[in current conditions", "facing the peninsula.”"),
            "mixed",
            NEBENZIA,
            "person",
            "Vassili Nebenzia",
            "by [[estimating]] that",
        ),
        Q(
            ("[[“If there was an agreement for an annual renewal", "would make sense,”"),
            "direct",
            NEBENZIA,
            "person",
            "make sense,” [[he]] explained.",
            "make sense,” he [[explained]].",
        ),
        Q(
            ("underlines that [[North Korea continues to “flout", "maritime and oil import limits"),
            "mixed",
            "the committee of experts",
            "organisation",
            "[[the committee of experts]] underlines",
            "the committee of experts [[underlines]]",
        ),
        Q(
            (
                "also claims [[to have begun to investigate",
                "in violation of sanctions, particularly to Russia",
            ),
            "mixed",
            "the committee of experts",
            "organisation",
            "[[The committee]] also claims",
            "The committee also [[claims]]",
        ),
        Q(
            ("[[This veto is not a sign of concern", "weapons to use against Ukraine."),
            "direct",
            "Barbara Woodward",
            "person",
            "Barbara Woodward",
            None,
        ),
        Q(
            ("[[This veto “is in fact an admission of guilt.", "in the war against Ukraine,”"),
            "mixed",
            "Dmytro Kuleba",
            "person",
            "Dmytro Kuleba",
            "Dmytro Kuleba [[commented]] on X",
        ),
        Q(
            ("[[“Russia has now used its veto", "relations with these governments,”"),
            "direct",
            "the United States, France, Japan, South Korea and United Kingdom",
            "group",
            "the United States, France, Japan, South Korea and United Kingdom",
            "governments,” [[denounced]] in a joint",
        ),
        Q(
            ("[[“There can be no justification", "guardians of the sanctions regime,”"),
            "direct",
            "Joonkook Hwang",
            "person",
            "Joonkook Hwang",
            "Joonkook Hwang [[lambasted]] Thursday",
        ),
        Q(
            "“It’s like destroying surveillance cameras to prevent being caught red-handed.”",
            "direct",
            "Joonkook Hwang",
            "person",
            "Joonkook Hwang",
            "Joonkook Hwang [[lambasted]] Thursday",
        ),
    ],
    "003_0886e2fd573d771f": [
        Q(
            "claiming [[there is no clear evidence]]",
            "indirect",
            "Russia",
            "organisation",
            "[[Russia]] is currently denying",
            "North Korea, [[claiming]] there is",
        ),
    ],
    "004_d0738d9b914ba314": [
        Q(
            ("CSIS reports show that [[North Korea has supplied", "3 million rounds of ammunition"),
            "indirect",
            "the U.S. State Department and South Korean Ministry of Defense",
            "group",
            "the U.S. State Department and South Korean Ministry of Defense",
            "[[according to]] the U.S. State",
        ),
    ],
}


# ---------------------------------------------------------------------------------------
# Our own test articles (tests/data/articles) and held-out articles (tests/data/heldout)
# ---------------------------------------------------------------------------------------

CASTELLANOS = "Renée Castellanos"
AUTHORITY = "Harlow Valley Water Authority"
OYELARAN = "Marcus Oyelaran"
BRZEZINSKI = "Hannah Brzezinski"
WOJCIK = "Tomasz Wójcik"
HARRINGTON = "Lucy Harrington"
AFOLABI = "Dele Afolabi"
INGRID = "Ingrid Halvorsen"
DEMIR = "Yusuf Demir"
SZABO = "Margit Szabó"

ARTICLES: dict[str, list[Q]] = {
    "court_01": [
        Q(
            "“The trial court asked the wrong question and then answered it too quickly,”",
            "direct",
            CASTELLANOS,
            "person",
            "Judge [[Renée Castellanos]] wrote",
            "Castellanos [[wrote]] for the",
        ),
        Q(
            ("[[“An employee who reports a danger", "in order to be protected.”"),
            "direct",
            CASTELLANOS,
            "person",
            "Judge [[Renée Castellanos]] wrote",
            "Castellanos [[wrote]] for the",
        ),
        Q(
            ("has said [[he was fired in 2022", '"rounded down" by hand'),
            "mixed",
            OYELARAN,
            "person",
            "Marcus Oyelaran",
            "Oyelaran, has [[said]] he was",
        ),
        Q(
            ("courthouse: [[“Marcus did what we ask", "lost his job for it.”"),
            "direct",
            BRZEZINSKI,
            "person",
            "Hannah Brzezinski",
            "Brzezinski, [[told]] reporters",
        ),
        Q(
            "“This ruling,”",
            "direct",
            BRZEZINSKI,
            "person",
            "ruling,” [[she]] said",
            "ruling,” she [[said]]",
        ),
        Q(
            "“gives him his day in court.”",
            "direct",
            BRZEZINSKI,
            "person",
            "ruling,” [[she]] said",
            "ruling,” she [[said]]",
        ),
        Q(
            "statement that [[it “respects the court’s decision” but would keep contesting "
            "the claims]]",
            "mixed",
            AUTHORITY,
            "organisation",
            "[[The authority]], which supplies",
            "180,000 homes, [[said]] in a statement",
        ),
        Q(
            '"We have never compromised on water safety, and the evidence will show that,"',
            "direct",
            "Colin Adebayo-Marsh",
            "person",
            "Colin Adebayo-Marsh",
            'show that," [[said]] Colin',
        ),
        Q(
            ("argued that [[Oyelaran’s complaints amounted", "rather than a report of wrongdoing"),
            "indirect",
            AUTHORITY,
            "organisation",
            "In its filings, [[the authority]] argued",
            "the authority [[argued]] that",
        ),
        Q(
            "Castellanos wrote that [[the provision “cannot be stretched to cover a dismissal "
            "that followed a safety complaint by eleven days.”]]",
            "mixed",
            CASTELLANOS,
            "person",
            "[[Castellanos]] wrote that the provision",
            "Castellanos [[wrote]] that the provision",
        ),
        Q(
            "arguing [[the majority had “rewritten the statute from the bench.”]]",
            "mixed",
            "Peter Lundgren",
            "person",
            "Peter Lundgren",
            "dissented, [[arguing]] the majority",
        ),
        Q(
            "Quality, [[the eastern plant passed its two most recent inspections without any "
            "findings]]",
            "indirect",
            "Department of Environmental Quality",
            "organisation",
            "the Department of Environmental Quality",
            "[[According to]] the Department",
        ),
        Q(
            'called [[the ruling "an important signal to every public employee who sees '
            "something wrong]]",
            "mixed",
            "the state attorney general's office",
            "organisation",
            "The state attorney general’s office",
            "Oyelaran, [[called]] the ruling",
        ),
        Q(
            "anonymity because the discussions are confidential, said [[the two sides had met "
            "twice this spring but remained far apart]]",
            "indirect",
            "a person familiar with the settlement talks",
            "anonymous",
            "A person familiar with the settlement talks",
            "are confidential, [[said]] the two",
        ),
        Q(
            "said that [[he had not expected to win]]",
            "indirect",
            OYELARAN,
            "person",
            "[[Oyelaran]], reached by phone",
            "Tuesday evening, [[said]] that he",
        ),
        Q(
            ("[[“I kept thinking about the families", "open those logbooks,”"),
            "direct",
            OYELARAN,
            "person",
            "logbooks,” [[he]] said",
            "logbooks,” he [[said]]",
        ),
        Q(
            'said [[members had been "watching this case very closely."]]',
            "mixed",
            "Sara Whitcombe",
            "person",
            "Sara Whitcombe",
            "union local, [[said]] members",
        ),
        Q(
            "She added that [[the union would hold a briefing for its members next week]]",
            "indirect",
            "Sara Whitcombe",
            "person",
            "[[She]] added that the union",
            "She [[added]] that the union",
        ),
    ],
    "sport_01": [
        Q(
            '"I\'ve waited eight years for a day like this,"',
            "direct",
            "Ama Boateng",
            "person",
            'this," [[Boateng]], 27, said',
            "Boateng, 27, [[said]] after",
        ),
        Q(
            '"When the second one went in, I honestly couldn\'t hear anything."',
            "direct",
            "Ama Boateng",
            "person",
            'this," [[Boateng]], 27, said',
            "Boateng, 27, [[said]] after",
        ),
        Q(
            ('Wójcik said [[his side had been "too polite"', 'to "stop admiring the ball."'),
            "mixed",
            WOJCIK,
            "person",
            "Tomasz Wójcik",
            "Tomasz Wójcik [[said]] his side",
        ),
        Q(
            "“We were too careful, too slow,”",
            "direct",
            WOJCIK,
            "person",
            "slow,” [[Wójcik]] said",
            "slow,” Wójcik [[said]]",
        ),
        Q(
            "“In the second half they played like themselves.”",
            "direct",
            WOJCIK,
            "person",
            "slow,” [[Wójcik]] said",
            "slow,” Wójcik [[said]]",
        ),
        Q(
            "“We defended,”",
            "direct",
            HARRINGTON,
            "person",
            "captain [[Lucy Harrington]]",
            "defended,” [[said]] captain",
        ),
        Q(
            "“like our lives depended on it.”",
            "direct",
            HARRINGTON,
            "person",
            "captain [[Lucy Harrington]]",
            "defended,” [[said]] captain",
        ),
        Q(
            ("reporters: [[“We were second best today.", "by making excuses.”"),
            "direct",
            AFOLABI,
            "person",
            "Dele Afolabi",
            "Afolabi [[told]] reporters",
        ),
        Q(
            "Afolabi said that [[the club would appeal against the red card shown to defender "
            "Mia Lund in the 71st minute]]",
            "indirect",
            AFOLABI,
            "person",
            "[[Afolabi]] said that the club",
            "Afolabi [[said]] that the club",
        ),
        Q(
            'He added that [[Lund had "barely touched" the Riverside winger]]',
            "mixed",
            AFOLABI,
            "person",
            "[[He]] added that Lund",
            "He [[added]] that Lund",
        ),
        Q(
            "Athletic said [[it was “deeply disappointed” by the decision and would ask for the "
            "footage to be reviewed]]",
            "mixed",
            "Castlebrook Athletic",
            "organisation",
            "statement, [[Castlebrook Athletic]] said",
            "Castlebrook Athletic [[said]] it was",
        ),
        Q(
            "League, [[a ruling on the appeal is expected by Thursday]]",
            "indirect",
            "Northern Women's League",
            "organisation",
            "the Northern Women’s League",
            "[[According to]] the Northern",
        ),
        Q(
            "finances said [[the cup run was worth roughly £400,000 to Riverside, more than it "
            "spends on its youth teams in a year]]",
            "indirect",
            "a person with knowledge of the club's finances",
            "anonymous",
            "A person with knowledge of the club’s finances",
            "finances [[said]] the cup run",
        ),
        Q(
            "teenager, said [[the squad had come a long way]]",
            "indirect",
            HARRINGTON,
            "person",
            "[[Harrington]], who joined the club",
            "teenager, [[said]] the squad",
        ),
        Q(
            ("[[“When I joined, we trained", "will sleep tonight,”"),
            "direct",
            HARRINGTON,
            "person",
            "tonight,” [[she]] said",
            "tonight,” she [[said]]",
        ),
    ],
    "business_01": [
        Q(
            "“This is the right partner at the right time,”",
            "direct",
            INGRID,
            "person",
            "Ingrid Halvorsen",
            "right time,” [[said]] Ingrid",
        ),
        Q(
            ("[[“Verhoeven gives us the scale", "makes us who we are.”"),
            "direct",
            INGRID,
            "person",
            "Ingrid Halvorsen",
            "right time,” [[said]] Ingrid",
        ),
        Q(
            ("call: [[“Nobody is closing factories.", "keep saying it.”"),
            "direct",
            INGRID,
            "person",
            "Ms [[Halvorsen]] told analysts",
            "Ms Halvorsen [[told]] analysts",
        ),
        Q(
            "“We looked at every option,”",
            "direct",
            INGRID,
            "person",
            "option,” [[she]] said",
            "option,” she [[said]]",
        ),
        Q(
            "“including staying independent, and this one protects the most jobs.”",
            "direct",
            INGRID,
            "person",
            "option,” [[she]] said",
            "option,” she [[said]]",
        ),
        Q(
            "Berg, said [[the combined company would have annual sales of about €6bn]]",
            "indirect",
            "Pieter van den Berg",
            "person",
            "Pieter van den Berg",
            "van den Berg, [[said]] the combined",
        ),
        Q(
            "He described [[Halvorsen’s brands as “crown jewels that have been under-invested "
            "for a decade.”]]",
            "mixed",
            "Pieter van den Berg",
            "person",
            "[[He]] described Halvorsen",
            "He [[described]] Halvorsen",
        ),
        Q(
            ("negotiations, [[Verhoeven first approached", "before the board agreed to engage"),
            "indirect",
            "people close to the negotiations",
            "anonymous",
            "people close to the negotiations",
            "[[According to]] people close",
        ),
        Q(
            "the talks said [[the family, which controls 44% of the shares, had been split over "
            "the sale until last month]]",
            "indirect",
            "a person familiar with the talks",
            "anonymous",
            "A person familiar with the talks",
            "the talks [[said]] the family",
        ),
        Q(
            ('Union, said [[the promise on factories was "worth', "it isn't written on.\"]]"),
            "mixed",
            "Rosa Delgado-Ferris",
            "person",
            "Rosa Delgado-Ferris",
            "Workers’ Union, [[said]] the promise",
        ),
        Q(
            "She said that [[the union would seek a legally binding guarantee covering the sites "
            "in Doncaster and Paisley]]",
            "indirect",
            "Rosa Delgado-Ferris",
            "person",
            "[[She]] said that the union",
            "She [[said]] that the union",
        ),
        Q(
            "Securities, said that [[the price looked full but that Halvorsen had few "
            "alternatives]]",
            "indirect",
            "Nadia Rahman",
            "person",
            "Nadia Rahman",
            "Cobalt Securities, [[said]] that",
        ),
        Q(
            ("[[“The family had a choice between selling now", "from a position of weakness,”"),
            "direct",
            "Nadia Rahman",
            "person",
            "weakness,” [[Rahman]] said",
            "weakness,” Rahman [[said]]",
        ),
        Q(
            "Halvorsen, said [[any rival bid at a lower price would be “dead on arrival.”]]",
            "mixed",
            "Greyfield Capital",
            "organisation",
            "Greyfield Capital",
            "6% of Halvorsen, [[said]] any rival",
        ),
        Q(
            (
                'statement that [[it would "consider whether the transaction warrants a review"',
                "once it had been formally notified",
            ),
            "mixed",
            "Competition and Markets Authority",
            "organisation",
            "The Competition and Markets Authority",
            "Markets Authority [[said]] in a statement",
        ),
    ],
    "science_01": [
        Q(
            ("[[“We expected to see some water.", "this close to the star,”"),
            "direct",
            DEMIR,
            "person",
            "Dr [[Yusuf Demir]], an astronomer",
            "the star,” [[said]] Dr",
        ),
        Q(
            ("Demir said [[the water appeared to sit", "where rocky planets are thought to form"),
            "indirect",
            DEMIR,
            "person",
            "[[Demir]] said the water appeared",
            "Demir [[said]] the water appeared",
        ),
        Q(
            "“If you put this disc in our own solar system,”",
            "direct",
            DEMIR,
            "person",
            "solar system,” [[he]] said",
            "solar system,” he [[said]]",
        ),
        Q(
            "“the water would be sitting somewhere between Venus and Mars.”",
            "direct",
            DEMIR,
            "person",
            "solar system,” [[he]] said",
            "solar system,” he [[said]]",
        ),
        Q(
            "Northhaven, said [[the disc was “a snapshot of a solar system in the middle of "
            "getting wet.”]]",
            "mixed",
            "Lina Park",
            "person",
            "Co-author [[Lina Park]]",
            "at Northhaven, [[said]] the disc",
        ),
        Q(
            '"I checked the numbers three times before I believed them,"',
            "direct",
            "Lina Park",
            "person",
            'believed them," [[Park]] said',
            'believed them," Park [[said]]',
        ),
        Q(
            ("caution: [[“It is a beautiful measurement.", "run ahead of the data.”"),
            "direct",
            SZABO,
            "person",
            "Professor [[Margit Szabó]], a planetary",
            "research, [[urged caution]]:",
        ),
        Q(
            "Szabó said [[the team’s model assumed that the disc was not being heated by a "
            "nearby companion star]]",
            "indirect",
            SZABO,
            "person",
            "[[Szabó]] said the team",
            "Szabó [[said]] the team",
        ),
        Q(
            "She called [[that assumption “reasonable but untested.”]]",
            "mixed",
            SZABO,
            "person",
            "[[She]] called that assumption",
            "She [[called]] that assumption",
        ),
        Q(
            "press release that [[the spectrograph cost £14m and took six years to build]]",
            "indirect",
            "University of Northhaven",
            "organisation",
            "The [[University of Northhaven]] said in a press release",
            "University of Northhaven [[said]] in a press release",
        ),
        Q(
            ("Consortium, [[a proposal for follow-up observations", "approved for next spring"),
            "indirect",
            "International Infrared Consortium",
            "organisation",
            "the International Infrared Consortium",
            "[[According to]] the International",
        ),
        Q(
            "are private, said [[the proposal had been ranked in the top five percent]]",
            "indirect",
            "a member of the consortium's review panel",
            "anonymous",
            "A member of the consortium’s review panel",
            "are private, [[said]] the proposal",
        ),
        Q(
            ("Demir said [[the team would use that time", "to ordinary water in the disc"),
            "indirect",
            DEMIR,
            "person",
            "[[Demir]] said the team would",
            "Demir [[said]] the team would",
        ),
        Q(
            ("[[“That ratio is a kind of fingerprint.", "where our own water came from,”"),
            "direct",
            DEMIR,
            "person",
            "came from,” [[he]] said",
            "came from,” he [[said]]",
        ),
    ],
}

KARIMI = "Aisha Karimi-Holt"
HEALTH_DEPT = "Lakeshore County Health Department"
KOWALCZYK = "Joanna Kowalczyk"
VAUGHAN = "Henrietta Vaughan-Price"
PARK = "Park Ji-hoon"
CHANDRAN = "Ravi Chandran"

ARTICLES |= {
    "health_01": [
        Q(
            ("[[Appointments for measles vaccinations", "at a primary school this month"),
            "indirect",
            HEALTH_DEPT,
            "organisation",
            "the county health department",
            "[[according to]] the county",
        ),
        Q(
            "[[Eleven children have been confirmed infected, nine of whom had not been "
            "vaccinated]], the department said",
            "indirect",
            HEALTH_DEPT,
            "organisation",
            "vaccinated, [[the department]] said",
            "the department [[said]] on Monday",
        ),
        Q(
            "“Measles is not a mild illness, and it is not a rite of passage,”",
            "direct",
            KARIMI,
            "person",
            "Dr [[Aisha Karimi-Holt]], the county",
            "passage,” [[said]] Dr",
        ),
        Q(
            "“It is one of the most contagious diseases we know of.”",
            "direct",
            KARIMI,
            "person",
            "Dr [[Aisha Karimi-Holt]], the county",
            "passage,” [[said]] Dr",
        ),
        Q(
            ("conference: [[“If your child has missed a dose", "opening hours at every clinic.”"),
            "direct",
            KARIMI,
            "person",
            "[[Karimi-Holt]] told a news conference",
            "Karimi-Holt [[told]] a news conference",
        ),
        Q(
            ("She said that [[staff had given more than 2,300", "in the same period last year"),
            "indirect",
            KARIMI,
            "person",
            "[[She]] said that staff",
            "She [[said]] that staff",
        ),
        Q(
            "“We are seeing parents,”",
            "direct",
            KOWALCZYK,
            "person",
            "practitioner [[Joanna Kowalczyk]]",
            "parents,” [[said]] nurse",
        ),
        Q(
            ("[[“who told us a year ago they would never vaccinate.", "not to judge anyone.”"),
            "direct",
            KOWALCZYK,
            "person",
            "practitioner [[Joanna Kowalczyk]]",
            "parents,” [[said]] nurse",
        ),
        Q(
            ("Kowalczyk said [[many of them had been swayed", "once the cases were close to home"),
            "mixed",
            KOWALCZYK,
            "person",
            "[[Kowalczyk]] said many",
            "Kowalczyk [[said]] many",
        ),
        Q(
            ("privacy, said [[the letter informing families", '"three days too late."'),
            "mixed",
            "a parent at the school",
            "anonymous",
            "A parent at the school",
            "son’s privacy, [[said]] the letter",
        ),
        Q(
            ("statement that [[schools needed clearer guidance", "could return to class"),
            "indirect",
            "Lakeshore Teachers' Union",
            "organisation",
            "The [[Lakeshore Teachers’ Union]] said",
            "Teachers’ Union [[said]] in a statement",
        ),
        Q(
            "Health officials said [[the outbreak was likely to grow before it slowed]]",
            "indirect",
            "Health officials",
            "anonymous",
            "[[Health officials]] said the outbreak",
            "Health officials [[said]] the outbreak",
        ),
        Q(
            (
                "University, said [[the county’s two-dose coverage",
                "to stop the virus from spreading",
            ),
            "indirect",
            "Hamid Sadeghi",
            "person",
            "Dr [[Hamid Sadeghi]], an epidemiologist",
            "Lakeshore University, [[said]] the county",
        ),
        Q(
            "“Ninety-five percent sounds like a lot, but measles finds every gap,”",
            "direct",
            "Hamid Sadeghi",
            "person",
            "every gap,” [[Sadeghi]] said",
            "every gap,” Sadeghi [[said]]",
        ),
        Q(
            "Karimi-Holt said [[the clinics would stay open late until the end of the month]]",
            "indirect",
            KARIMI,
            "person",
            "[[Karimi-Holt]] said the clinics",
            "Karimi-Holt [[said]] the clinics",
        ),
        Q(
            ("[[“We would much rather be busy now", "book the appointment,”"),
            "direct",
            KARIMI,
            "person",
            "appointment,” [[she]] said",
            "appointment,” she [[said]]",
        ),
    ],
    "politics_01": [
        Q(
            "“Tonight we chose the future over the past,”",
            "direct",
            "Olusegun Bakare",
            "person",
            "Mayor [[Olusegun Bakare]] said",
            "Olusegun Bakare [[said]] after",
        ),
        Q(
            "“In five years nobody will remember that this was controversial.”",
            "direct",
            "Olusegun Bakare",
            "person",
            "Mayor [[Olusegun Bakare]] said",
            "Olusegun Bakare [[said]] after",
        ),
        Q(
            "opposition, said [[the plan was “dead on arrival” with the businesses that would be "
            "most affected]]",
            "mixed",
            VAUGHAN,
            "person",
            "Councillor [[Henrietta Vaughan-Price]]",
            "the opposition, [[said]] the plan",
        ),
        Q(
            "chamber that [[shops on Market Street had not been properly consulted]]",
            "indirect",
            VAUGHAN,
            "person",
            "[[She]] told the chamber",
            "She [[told]] the chamber",
        ),
        Q(
            "“You cannot consult people by putting a leaflet through their door in August,”",
            "direct",
            VAUGHAN,
            "person",
            "in August,” [[she]] said",
            "in August,” she [[said]]",
        ),
        Q(
            "“That is not consultation. That is notification.”",
            "direct",
            VAUGHAN,
            "person",
            "in August,” [[she]] said",
            "in August,” she [[said]]",
        ),
        Q(
            ('reporters: [["We held eleven public meetings.', 'more than four thousand doors."'),
            "direct",
            PARK,
            "person",
            "[[He]] told reporters",
            "He [[told]] reporters",
        ),
        Q(
            ("operator, [[average journey times", "have risen by 22% since 2019"),
            "indirect",
            "Eastbrook Transit",
            "organisation",
            "According to [[Eastbrook Transit]], the city",
            "[[According to]] Eastbrook Transit",
        ),
        Q(
            "“This is,”",
            "direct",
            "Tom Ashdown",
            "person",
            "Tom Ashdown",
            "This is,” [[said]] Tom",
        ),
        Q(
            "“the best news this city has had in a decade.”",
            "direct",
            "Tom Ashdown",
            "person",
            "Tom Ashdown",
            "This is,” [[said]] Tom",
        ),
        Q(
            "Commerce said [[it would ask the council to delay construction until after the "
            "Christmas trading period]]",
            "indirect",
            "Eastbrook Chamber of Commerce",
            "organisation",
            "The [[Eastbrook Chamber of Commerce]] said",
            "Chamber of Commerce [[said]] it would",
        ),
        Q(
            "said that [[some members had seen takings fall by a fifth during earlier roadworks]]",
            "indirect",
            "Deborah O'Neill",
            "person",
            "Deborah O’Neill",
            "O’Neill, [[said]] that some",
        ),
        Q(
            "publicly, said [[the scheme would cost about £18m, most of it covered by a "
            "national grant]]",
            "indirect",
            "a council official familiar with the budget",
            "anonymous",
            "A council official familiar with the budget",
            "publicly, [[said]] the scheme",
        ),
        Q(
            'said [[she could no longer afford "a taxi to the hospital at these prices]]',
            "mixed",
            "Gwen Tolliver",
            "person",
            "Gwen Tolliver",
            "forty years, [[said]] she could",
        ),
        Q(
            "Chandran, said [[he would start taking the bus]]",
            "indirect",
            CHANDRAN,
            "person",
            "Ravi Chandran",
            "Ravi Chandran, [[said]] he would",
        ),
        Q(
            ("[[“I used to think buses were for people", "turns up on time,”"),
            "direct",
            CHANDRAN,
            "person",
            "on time,” [[Chandran]] said",
            "on time,” Chandran [[said]]",
        ),
        Q(
            "Park said [[work on the first lane, on Victoria Road, would begin in March]]",
            "indirect",
            PARK,
            "person",
            "[[Park]] said work on the first lane",
            "Park [[said]] work on the first lane",
        ),
        Q(
            ("He said [[the council’s contractors", "open to cars at all times"),
            "indirect",
            PARK,
            "person",
            "[[He]] said the council",
            "He [[said]] the council",
        ),
        Q(
            "Vaughan-Price said [[her group would try to reverse the decision after next year’s "
            "local elections]]",
            "indirect",
            VAUGHAN,
            "person",
            "[[Vaughan-Price]] said her group",
            "Vaughan-Price [[said]] her group",
        ),
        Q(
            "“This fight is not over,”",
            "direct",
            VAUGHAN,
            "person",
            "not over,” [[she]] said",
            "not over,” she [[said]]",
        ),
    ],
}


HELDOUT: dict[str, list[Q]] = {}


def main() -> int:
    """Build every gold file and print the review listing."""
    groups = [
        ("seeds", SEEDS, SEEDS_ROOT, "seeds"),
        ("articles", ARTICLES, DATA_ROOT / "articles", "articles"),
        ("heldout", HELDOUT, DATA_ROOT / "heldout", "heldout"),
    ]
    for more in sorted(HERE.glob("specs_*.py")):
        # Later rounds of specifications live in modules of their own.
        module = importlib.import_module(more.stem)
        ARTICLES.update(module.ARTICLES)
        HELDOUT.update(module.HELDOUT)
    only = set(sys.argv[1:])
    for folder, specs, text_root, source_prefix in groups:
        for stem, quotes in specs.items():
            if only and stem not in only:
                continue
            text = read_text(text_root / f"{stem}.txt")
            gold = build(stem, f"{source_prefix}/{stem}.txt", text, quotes)
            out = HERE / folder / f"{stem}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(review(gold, text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
