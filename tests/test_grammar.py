"""The grammar layer: every rule's examples hold, and the loader refuses bad rule files."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import regex

from khoi_extract import grammar
from khoi_extract.grammar import loader

CASES = [(r, ex) for fam in grammar.families() for r in grammar.rules(fam) for ex in r.examples]


@pytest.mark.parametrize("rule,example", CASES, ids=[f"{r.id}:{i}" for i, (r, _) in enumerate(CASES)])
def test_rule_example(rule: grammar.Rule, example: loader.Example) -> None:
    assert loader.check_example(rule, example) is None


def test_every_family_loads_and_ids_are_unique() -> None:
    ids = [r.id for fam in grammar.families() for r in grammar.rules(fam)]
    assert ids and len(ids) == len(set(ids))


def test_pieces_expand_from_lexicons() -> None:
    prov = grammar.compiled_piece("PROVINCE")
    assert [m.group() for m in prov.finditer("Công an tỉnh Hà Nam và Thừa Thiên Huế, Hàng Hải")] == ["Hà Nam", "Thừa Thiên Huế"]
    num = grammar.compiled_piece("NUM")
    assert [m.group() for m in num.finditer("gồm 08 đơn vị năm 2022, bảy tỉnh")] == ["08", "năm", "bảy"]


def _load_lines(monkeypatch: pytest.MonkeyPatch, lines: list[dict]) -> None:
    text = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    monkeypatch.setattr(loader, "_read", lambda name: text)
    loader.rules.cache_clear()


@pytest.mark.parametrize("bad,why", [
    ({"id": "fam.a", "pattern": "(", "source": "x", "examples": [{"text": "a", "expect": None}]}, "fam.a"),
    ({"id": "fam.b", "pattern": "{NO_SUCH_PIECE}", "source": "x", "examples": [{"text": "a", "expect": None}]}, "unknown piece"),
    ({"id": "fam.c", "pattern": "a", "source": "x", "examples": []}, "examples"),
    ({"id": "other.d", "pattern": "a", "source": "x", "examples": [{"text": "a", "expect": None}]}, "not in family"),
    ({"id": "fam.e", "pattern": "a", "examples": [{"text": "a", "expect": None}]}, "source"),
])
def test_loader_refuses_bad_rules(monkeypatch: pytest.MonkeyPatch, bad: dict, why: str) -> None:
    _load_lines(monkeypatch, [bad])
    try:
        with pytest.raises(grammar.GrammarError, match=why):
            grammar.rules("fam")
    finally:
        loader.rules.cache_clear()


def test_check_example_reports_a_wrong_group(monkeypatch: pytest.MonkeyPatch) -> None:
    _load_lines(monkeypatch, [{"id": "fam.n", "pattern": r"gồm (?P<count>{NUM})", "source": "test",
                               "examples": [{"text": "gồm 7 đơn vị", "expect": {"count": "8"}}]}])
    try:
        (r,) = grammar.rules("fam")
        assert "expected '8'" in loader.check_example(r, r.examples[0])
    finally:
        loader.rules.cache_clear()


ANCHORED = [r for fam in grammar.families() for r in grammar.rules(fam) if r.anchors or r.requires]
_CORPUS_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "corpus").glob("*/*.txt"))]


@pytest.mark.parametrize("rule", ANCHORED, ids=[r.id for r in ANCHORED])
def test_anchors_are_in_every_match(rule: grammar.Rule) -> None:
    """A rule's anchors (and `requires` groups) gate its runs, so every match the ungated pattern
    finds, in the shipped articles and in the rule's own examples, must contain one of its
    anchors and a word of each group."""
    texts = _CORPUS_TEXTS + [ex.text for ex in rule.examples]
    for text in texts:
        for m in rule.compiled.finditer(text):
            span = m.group().lower()
            for group in rule.gate_groups:
                assert any(w in span for w in group), f"{rule.id}: none of {group} in match {m.group()!r}"


def test_anchors_gate_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    _load_lines(monkeypatch, [{"id": "fam.g", "pattern": r"(?i)gồm\s+(?P<count>{NUM})", "source": "test", "anchors": ["gồm"],
                               "examples": [{"text": "Khối GỒM 7 đơn vị", "expect": {"count": "7"}}]}])
    try:
        (r,) = grammar.rules("fam")
        assert loader.check_example(r, r.examples[0]) is None
        text = "Khối có 7 đơn vị, gồm 8 trường"
        assert r.could_match(text) and not r.could_match(text, 0, 16)
        assert [m.group("count") for m in r.finditer(text, 0, 16)] == []
        assert [m.group("count") for m in r.finditer(text)] == ["8"]
    finally:
        loader.rules.cache_clear()


def test_anchors_must_be_lower_case(monkeypatch: pytest.MonkeyPatch) -> None:
    _load_lines(monkeypatch, [{"id": "fam.u", "pattern": "Gồm", "source": "x", "anchors": ["Gồm"],
                               "examples": [{"text": "Gồm", "expect": {"match": "Gồm"}}]}])
    try:
        with pytest.raises(grammar.GrammarError, match="lower-case"):
            grammar.rules("fam")
    finally:
        loader.rules.cache_clear()


def _hostile_windows(rule: grammar.Rule, size: int) -> list[str]:
    """Windows of `size` characters that invite backtracking: the rule's own examples
    repeated (its phrasing, over and over), and runs of the shapes rules are written
    around (lower-case words, capitalised names, lists with commas, numbers, brackets)."""
    fill = [ex.text + " " for ex in rule.examples] + [
        "a", "a ", "đơn vị ", "Sở Nội vụ, ", "Khối thi đua số 3 ", "Aa Bb Cc ", "1/2/ ", "(((", "“ ",
        "gồm các đơn vị: ", "Ông Nguyễn Văn A - Giám đốc Sở, ", "năm 2023, ", "và ", "\n- ", ". "]
    return [(f * (size // max(1, len(f)) + 1))[:size] for f in fill]


@pytest.mark.parametrize("rule", [r for fam in grammar.families() for r in grammar.rules(fam)],
                         ids=[r.id for fam in grammar.families() for r in grammar.rules(fam)])
def test_every_rule_is_fast_on_hostile_windows_it_may_run_untimed_on(rule: grammar.Rule) -> None:
    """Runs over at most `untimed_window` characters go without a time limit, so no rule may
    blow up on such a window: each run here must finish within a tenth of a second."""
    size = grammar.setting("untimed_window")

    def runs(text: str) -> None:
        list(rule.compiled.finditer(text, timeout=0.1))
        rule.compiled.search(text[::-1], timeout=0.1)
        for pos in range(0, size, 37):
            rule.compiled.match(text, pos, timeout=0.1)

    for text in _hostile_windows(rule, size):
        # a blow-up is slow every time; a busy machine's pause is not, so one retry tells them apart
        try:
            runs(text)
        except TimeoutError:
            try:
                runs(text)
            except TimeoutError:
                pytest.fail(f"{rule.id} takes over 0.1 s on a {size}-character window: {text[:60]!r}…")


def test_short_runs_go_untimed_and_long_runs_keep_the_limit() -> None:
    size = grammar.setting("untimed_window")
    assert loader.time_limit(10, 10 + size) is None
    assert loader.time_limit(10, 11 + size) == loader.TIMEOUT


def test_required_groups_gate_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    _load_lines(monkeypatch, [{"id": "fam.q", "pattern": r"(?i)khối\s+gồm\s+(?P<count>{NUM})", "source": "test",
                               "anchors": ["gồm"], "requires": [["khối", "cụm"]],
                               "examples": [{"text": "Khối gồm 7 đơn vị", "expect": {"count": "7"}}]}])
    try:
        (r,) = grammar.rules("fam")
        assert loader.check_example(r, r.examples[0]) is None
        assert not r.could_match("Hội nghị gồm 7 nội dung") and r.could_match("Cụm thi đua gồm 7")
        assert r.search("Hội nghị gồm 7 nội dung") is None
    finally:
        loader.rules.cache_clear()


def test_a_long_run_limits_each_search_not_the_callers_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """`regex` counts a finditer's limit from its start, the caller's time included; a long page
    with many matches and honest work between them must not time out."""
    monkeypatch.setattr(loader, "TIMEOUT", 0.05)
    text = "Khối thi đua số 3 tổ chức hội nghị. " * 20_000
    found = 0
    for _ in grammar.rule("blocs.head").finditer(text):
        found += 1
        if found % 1_000 == 0:
            time.sleep(0.01)  # 0.2 s of the caller's work in all, four times the limit
    assert found == 20_000
    # the matches are those of one finditer over the text
    assert [m.span() for m in loader.scan(grammar.rule("blocs.head").compiled, text, 0, len(text), "t")] == \
        [m.span() for m in grammar.rule("blocs.head").compiled.finditer(text)]


def test_a_long_run_of_a_backward_pattern_goes_backward() -> None:
    """A (?r) pattern's finditer gives its matches from the end; a long run must too (documents
    reads the few words before each number with one, and a forward walk made it quadratic)."""
    back = regex.compile(r"\s+", regex.REVERSE)
    text = "một hai ba " * 200
    spans = [m.span() for m in loader.scan(back, text, 0, len(text), "t")]
    assert spans == [m.span() for m in back.finditer(text)] and spans[0][0] > spans[-1][0]
