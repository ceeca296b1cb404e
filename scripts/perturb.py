#!/usr/bin/env python
"""How much accuracy survives a change of page layout: a generalisation check without new data.

Real articles nobody has seen differ from the ones the rules were written against
less in wording than in how the page was scraped: line endings, blank lines between
paragraphs, paragraphs run together or hard-wrapped, menus before the text, indented
lines, non-breaking spaces, decomposed Unicode. Each perturbation below rewrites
every article of a set in one such way without touching a value the gold records
(a value that crosses a wrapped line is compared leniently, whitespace folded), and
the set is scored again. A field that drops under a perturbation depends on layout
that another site would print differently: a rule to make robust, not a test to fit.

    .venv/bin/python scripts/perturb.py                                    # real-dev
    .venv/bin/python scripts/perturb.py --corpus corpus/dev --gold gold --only wrapped,joined
"""
from __future__ import annotations

import argparse
import random
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
REAL_DEV = ROOT.parent / "shared" / "real-dev"

_MENU = ("Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ\n"
         "Đăng nhập   Tìm kiếm\n"
         "Tin tức > Thi đua - Khen thưởng\n")
_FOOTER = ("\nChia sẻ  Facebook  Zalo  In bài\n"
           "Bản quyền thuộc về Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.\n")


def _crlf(text: str, rng: random.Random) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def _blank_lines(text: str, rng: random.Random) -> str:
    """Every line followed by an empty one (double-spaced paragraphs)."""
    return "\n\n".join(ln for ln in text.split("\n"))


def _joined(text: str, rng: random.Random) -> str:
    """Body paragraphs run together: after the first five lines, line breaks between
    lines of more than 60 characters become spaces (tags stripped without breaks)."""
    lines = text.split("\n")
    out = lines[:5]
    for ln in lines[5:]:
        if out and len(out[-1]) > 60 and len(ln) > 60:
            out[-1] = out[-1].rstrip() + " " + ln.lstrip()
        else:
            out.append(ln)
    return "\n".join(out)


def _wrapped(text: str, rng: random.Random) -> str:
    """Long lines hard-wrapped at 100 columns (text dumps, e-mail bulletins, PDFs)."""
    out: list[str] = []
    for ln in text.split("\n"):
        out.extend(textwrap.wrap(ln, 100, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def _chrome(text: str, rng: random.Random) -> str:
    """A menu block before the page and a share/copyright footer after it."""
    return _MENU + text + _FOOTER


def _indented(text: str, rng: random.Random) -> str:
    """Lines indented by a tab or spaces, as HTML-to-text converters leave them."""
    return "\n".join(("\t" if i % 2 else "    ") + ln if ln.strip() else ln
                     for i, ln in enumerate(text.split("\n")))


def _nbsp(text: str, rng: random.Random) -> str:
    """One space in eight printed as a non-breaking space."""
    return "".join("\u00a0" if c == " " and rng.random() < 0.125 else c for c in text)


def _nfd(text: str, rng: random.Random) -> str:
    """Decomposed Unicode (base letters plus combining marks), as some CMSs store text."""
    return unicodedata.normalize("NFD", text)


_DMY = regex.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
_DM = regex.compile(r"(?<=\b(?:ngày|Ngày|sáng|Sáng|chiều|Chiều|tối|Tối) )(\d{1,2})/(\d{1,2})(?![\d/])")


def _date_dashes(text: str, rng: random.Random) -> str:
    """Dates printed with dashes (12-1-2024, "ngày 5-12") instead of slashes, as many portals do."""
    return _DM.sub(r"\1-\2", _DMY.sub(r"\1-\2-\3", text))


def _date_dots(text: str, rng: random.Random) -> str:
    """Dates printed with dots (12.1.2024, "ngày 5.12"), the style of some news sites."""
    return _DM.sub(r"\1.\2", _DMY.sub(r"\1.\2.\3", text))


def _straight_quotes(text: str, rng: random.Random) -> str:
    """Typographic quotes printed as straight ones."""
    return text.replace("\u201c", '"').replace("\u201d", '"')


_CRAWLER_STAMP = regex.compile(r"\s*date \d{4}-\d\d(?:-\d\d)? ")


def _crawler_stamp_end(line: str) -> int:
    """Where a crawler's " date 2025-09-23 " stamp opening the line ends (0 if there is none)."""
    m = _CRAWLER_STAMP.match(line)
    return m.end() if m else 0


def _upper_headline(text: str, rng: random.Random) -> str:
    """The headline (among the first three lines, one of 30-200 characters not ending a sentence) in capitals,
    as some portals print it. The title then differs from gold as printed; the other fields
    should not."""
    lines = text.split("\n")
    opening = [i for i, ln in enumerate(lines) if ln.strip()][:3]  # a headline is among the first lines
    for i in opening:
        ln = lines[i]
        if 30 < len(ln.strip()) <= 200 and not ln.rstrip().endswith("."):
            cut = _crawler_stamp_end(ln)  # a crawler's stamp stays as it is
            lines[i] = ln[:cut] + ln[cut:].upper()
            break
    return "\n".join(lines)


_RELATED = ("\nTin liên quan\n"
            "Khối thi đua các cơ quan Đảng tổng kết công tác thi đua năm 2022\n"
            "Cụm thi đua số 3 ký kết giao ước thi đua năm 2023\n"
            "Sở Nội vụ hướng dẫn công tác thi đua, khen thưởng năm 2024\n")


def _related_box(text: str, rng: random.Random) -> str:
    """A box of links to other articles, about other blocs' meetings, after the page."""
    return text + _RELATED


def _related_bare(text: str, rng: random.Random) -> str:
    """The same box with no heading: dated bullet links after the page, as many portals print them."""
    links = [ln for ln in _RELATED.split("\n")[2:] if ln]
    return text + "\n" + "\n".join(f"• {ln} ({d})" for ln, d in zip(links, ("12/01/2023", "05/02/2023", "20/12/2023")))


_ROLE_SWAPS = {"Trưởng khối": "Khối trưởng", "Khối trưởng": "Trưởng khối", "Trưởng cụm": "Cụm trưởng",
               "Cụm trưởng": "Trưởng cụm", "Phó Trưởng khối": "Khối phó", "Khối phó": "Phó Trưởng khối",
               "Phó Trưởng cụm": "Cụm phó", "Cụm phó": "Phó Trưởng cụm"}
_ROLE = regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(sorted(_ROLE_SWAPS, key=len, reverse=True)) + r")(?![\p{L}\p{M}])")


def _role_synonyms(text: str, rng: random.Random) -> str:
    """Each bloc role written the other common way ("Trưởng khối" <-> "Khối trưởng", "Phó Trưởng
    cụm" <-> "Cụm phó"): the same role, as other provinces print it."""
    return _ROLE.sub(lambda m: _ROLE_SWAPS[m.group()], text)


_DATE_CUED = regex.compile(r"(?<=(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối) )(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?(?![\d/])")


def _written_dates(text: str, rng: random.Random) -> str:
    """Cued dates written out ("ngày 12 tháng 1 năm 2024" for "ngày 12/1/2024")."""
    return _DATE_CUED.sub(lambda m: f"{m.group(1)} tháng {m.group(2)}" + (f" năm {m.group(3)}" if m.group(3) else ""),
                          text)


_HEADS = "(?:Sở|Ban|Ủy ban|UBND|Công an|Hội|Huyện ủy|Quận ủy|Thành ủy|Cục|Chi cục|Trường|Bệnh viện|Ngân hàng|Kho bạc|Tòa án|TAND|Viện|VKSND|Liên đoàn|Đài|Báo|Thanh tra|Bảo hiểm|BHXH|Công ty|Tổng công ty|Văn phòng|Trung tâm)"
_LIST_COMMA = regex.compile(r"(?<=" + _HEADS + r" [^,;.\n]{1,60}), (?=" + _HEADS + r" )")


def _list_semicolons(text: str, rng: random.Random) -> str:
    """Units in a list separated by semicolons ("Sở Tư pháp; Sở Nội vụ; …"), a common house
    style: a comma between two names that each start with a unit's head word becomes one."""
    return _LIST_COMMA.sub("; ", text)


_BLOC = regex.compile(r"\b([Kk]hối|[Cc]ụm) ([Tt]hi) (đua)\b")


def _bloc_title_case(text: str, rng: random.Random) -> str:
    """"Khối Thi Đua", "Cụm Thi Đua": the bloc words in title case, as some sites print names."""
    return _BLOC.sub(lambda m: f"{m.group(1).capitalize()} Thi Đua", text)


def _tight_commas(text: str, rng: random.Random) -> str:
    """One comma in four loses the space after it ("năm 2023,Sở Nội vụ"), as when tags are stripped."""
    return regex.sub(r",(?= \S)", lambda m: ",\x00" if rng.random() < 0.25 else ",", text).replace(",\x00 ", ",")


def _no_headline(text: str, rng: random.Random) -> str:
    """The page scraped without its headline (the first line of 30-200 characters not ending a
    sentence, among the first three, dropped; a crawler's date stamp on it stays). The title is
    then lost, and so is what only the headline says (a kind, a bloc's fullest name): the
    fields listed show how much rests on the headline."""
    lines = text.split("\n")
    for i in [i for i, ln in enumerate(lines) if ln.strip()][:3]:
        if 30 < len(lines[i].strip()) <= 200 and not lines[i].rstrip().endswith("."):
            cut = _crawler_stamp_end(lines[i])
            return "\n".join(lines[:i] + ([lines[i][:cut]] if cut else []) + lines[i + 1:])
    return text


# Standard names and the abbreviations writers use for them (lexicons/abbreviations.json has
# the full table; these are the ones printed inside unit names). Lenient scoring reads both
# forms as one name, so what a perturbation loses here the rules lose, not the scorer.
_ABBREVIATIONS = {
    "Ủy ban nhân dân": "UBND", "Viện kiểm sát nhân dân": "VKSND", "Tòa án nhân dân": "TAND",
    "Bảo hiểm xã hội": "BHXH", "Kho bạc Nhà nước": "KBNN", "Liên đoàn Lao động": "LĐLĐ",
    "Mặt trận Tổ quốc": "MTTQ", "Hội Liên hiệp Phụ nữ": "Hội LHPN", "Bộ đội Biên phòng": "BĐBP",
    "Thi hành án dân sự": "THADS", "Giáo dục và Đào tạo": "GD&ĐT", "Tài nguyên và Môi trường": "TN&MT",
    "Nông nghiệp và Phát triển nông thôn": "NN&PTNT", "Kế hoạch và Đầu tư": "KH&ĐT",
    "Khoa học và Công nghệ": "KH&CN", "Thông tin và Truyền thông": "TT&TT",
}
_FULL = regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
                      + r")(?![\p{L}\p{M}])", regex.IGNORECASE)
_SHORT = {v: k for k, v in _ABBREVIATIONS.items()}
_ABBR = regex.compile(r"(?<![\p{L}\p{M}&]|[/-]\s?)(?:" + "|".join(regex.escape(a) for a in sorted(_SHORT, key=len, reverse=True))
                      + r")(?![\p{L}\p{M}&/-])")  # not inside a document number (QĐ-UBND)
_FOLD = {k.lower(): v for k, v in _ABBREVIATIONS.items()}


def _abbreviated(text: str, rng: random.Random) -> str:
    """Standard names inside unit names written as their abbreviations ("UBND huyện X" for "Ủy
    ban nhân dân huyện X", "Sở GD&ĐT"), as many sites print them."""
    return _FULL.sub(lambda m: _FOLD.get(m.group().lower(), m.group()), text)


def _expanded(text: str, rng: random.Random) -> str:
    """The abbreviations written out ("Ủy ban nhân dân huyện X" for "UBND huyện X"), as formal
    portals print them."""
    return _ABBR.sub(lambda m: _SHORT[m.group()], text)


_NUMBER_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_COUNTED = regex.compile(r"(?<![\d/.,:-])(\d{1,2})(?=\s+(?:đơn vị|tập thể|cá nhân|cơ quan|thành viên|huyện|"
                         r"xã|sở|trường|doanh nghiệp|hội|ngành)(?![\p{L}\p{M}]))")


def _count_words(text: str, rng: random.Random) -> str:
    """Counts of units up to ten written as words ("gồm bảy đơn vị", "tặng ba tập thể"), as
    many writers print small numbers."""
    def word(m: regex.Match) -> str:
        n = int(m.group(1))
        if not 1 <= n <= 10:
            return m.group(1)
        w = _NUMBER_WORDS[n - 1]
        return w.capitalize() if m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2):m.start()] == ". " else w
    return _COUNTED.sub(word, text)


_SPACED_DASH = regex.compile(r"(?<=\S) ([-–—]) (?=\S)")


def _dash_styles(text: str, rng: random.Random) -> str:
    """A spaced hyphen printed as an en dash and any spaced dash as a hyphen ("Thi đua – Khen
    thưởng", "Phó Giám đốc - Trưởng khối"), as editors and scrapers swap them."""
    return _SPACED_DASH.sub(lambda m: " – " if m.group(1) == "-" else " - ", text)


_TIGHT_PUNCT = regex.compile(r"(?<=[\p{L}\p{M}\)])([,;:])(?= )")


def _loose_punctuation(text: str, rng: random.Random) -> str:
    """A space before commas, semicolons and colons after a word ("Sở Nội vụ , Sở Tư pháp"), as
    pages converted from word processors print them."""
    return _TIGHT_PUNCT.sub(r" \1", text)


def _double_spaces(text: str, rng: random.Random) -> str:
    """One space in eight printed twice ("Sở  Nội vụ", "năm 2023,  Sở"), as a scraped
    "&nbsp; " or a justified layout leaves them."""
    return regex.sub(r"(?<=\S) (?=\S)", lambda m: "  " if rng.random() < 0.125 else " ", text)


def _entities(text: str, rng: random.Random) -> str:
    """HTML entities left in the text by a careless scraper (one space in eight as "&nbsp;",
    quotes as "&quot;", "&amp;" for "&")."""
    text = text.replace("&", "&amp;").replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;").replace('"', "&quot;")
    return regex.sub(r"(?<=\S) (?=\S)", lambda m: "&nbsp;" if rng.random() < 0.125 else " ", text)


def _one_line(text: str, rng: random.Random) -> str:
    """The whole page on one line (a scraper that dropped every break: headline, stamp and
    paragraphs run together)."""
    return " ".join(ln.strip() for ln in text.split("\n") if ln.strip())


_BLOC_MIDSENTENCE = regex.compile(r"(?<=[\p{Ll},;:] )(Khối|Cụm)(?= (?:thi đua|[Tt]hi [Đđ]ua)\b)")


def _lower_bloc(text: str, rng: random.Random) -> str:
    """The bloc word in lower case inside a sentence ("… của khối thi đua số 3"), as many writers
    print it."""
    return _BLOC_MIDSENTENCE.sub(lambda m: m.group().lower(), text)


def _html_page(text: str, rng: random.Random) -> str:
    """The page as a portal serves it (headline in <h1>, each line a <p>, a menu and a footer
    around them), read back through the library's HTML path (`reading.html_to_doc`,
    trafilatura): what a batch over scraped HTML sees instead of the text."""
    import html as html_lib

    from khoi_extract.reading import SourceDoc, html_to_doc

    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        return text
    body = "".join(f"<p>{html_lib.escape(ln)}</p>\n" for ln in lines[1:])
    page = ("<html><head><meta charset='utf-8'><title>" + html_lib.escape(lines[0]) + "</title></head><body>"
            "<nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/tin'>Tin tức</a></li></ul></nav>"
            f"<article><h1>{html_lib.escape(lines[0])}</h1>\n{body}</article>"
            "<footer><p>Bản quyền thuộc Cổng thông tin điện tử tỉnh.</p></footer></body></html>")
    doc = html_to_doc(page, SourceDoc(doc_id="page", path="page.html", kind="html"))
    return doc.text if doc.text else text


PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "crlf": _crlf, "blank_lines": _blank_lines, "joined": _joined, "wrapped": _wrapped,
    "chrome": _chrome, "indented": _indented, "nbsp": _nbsp, "nfd": _nfd,
    "date_dashes": _date_dashes, "date_dots": _date_dots, "straight_quotes": _straight_quotes,
    "upper_headline": _upper_headline, "related_box": _related_box,
    "related_bare": _related_bare, "bloc_title_case": _bloc_title_case,
    "tight_commas": _tight_commas, "role_synonyms": _role_synonyms, "written_dates": _written_dates,
    "list_semicolons": _list_semicolons, "no_headline": _no_headline,
    "abbreviated": _abbreviated, "expanded": _expanded, "count_words": _count_words,
    "dash_styles": _dash_styles, "loose_punctuation": _loose_punctuation,
    "double_spaces": _double_spaces, "entities": _entities, "one_line": _one_line,
    "lower_bloc": _lower_bloc, "html_page": _html_page,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(REAL_DEV / "texts"), help="directory of *.txt articles")
    ap.add_argument("--gold", default=str(REAL_DEV / "gold"), help="directory of gold *.json")
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: all)")
    ap.add_argument("--fields", type=int, default=6, help="fields listed per perturbation that lose most")
    args = ap.parse_args(argv)

    from khoi_extract.evaluate import load_gold_dir, score
    from khoi_extract.pipeline import extract
    from khoi_extract.reading import read_text_file

    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"perturb: no corpus at {corpus}", file=sys.stderr)
        return 2
    gold = load_gold_dir(args.gold)
    texts = {p.stem: read_text_file(p) for p in sorted(corpus.glob("*.txt")) if p.stem in gold}
    names = [n for n in args.only.split(",") if n] or list(PERTURBATIONS)
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        print(f"perturb: unknown perturbation(s) {unknown}; known: {', '.join(PERTURBATIONS)}", file=sys.stderr)
        return 2

    def run(change: Callable[[str, random.Random], str] | None) -> object:
        rng = random.Random(7)
        pred = {d: extract(change(t, rng) if change else t, doc_id=d) for d, t in texts.items()}
        return score({d: gold[d] for d in texts}, pred)

    base = run(None)
    print(f"{len(texts)} articles; unperturbed lenient F1 {base.micro.f1:.3f}, strict {base.strict.f1:.3f}")
    print(f"{'perturbation':<14} {'lenient':>8} {'Δ':>7} {'strict':>8} {'Δ':>7}  fields that lose most (ΔF1)")
    for name in names:
        res = run(PERTURBATIONS[name])
        drops = sorted(((res.per_field[f].f1 - c.f1, f) for f, c in base.per_field.items() if f in res.per_field))
        worst = ", ".join(f"{f} {d:+.3f}" for d, f in drops[:args.fields] if d < -0.0005) or "none"
        print(f"{name:<14} {res.micro.f1:8.3f} {res.micro.f1 - base.micro.f1:+7.3f} "
              f"{res.strict.f1:8.3f} {res.strict.f1 - base.strict.f1:+7.3f}  {worst}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
