"""The streamed JSON list prints exactly what print_json prints for the whole list."""

from __future__ import annotations

import io
import json

import pytest

from app.commands.json_stream import write_json_list


def _whole(items: list) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"  # context.print_json's text


@pytest.mark.parametrize("items", [
    [],
    [{}],
    [{"id": 1, "name": "Ana Díaz", "overdue": True, "late": False, "parent_id": None}],
    [{"id": 2, "details": {}, "tags": [], "score": 1.5, "big": 10**20, "neg": -3},
     {"id": 3, "details": {"warnings": ["a \"quoted\"\nline", "ü"], "n": {"deep": [1, None]}},
      "text": "tab\there \\ and \u2028 and \x00"}],
])
def test_same_text_as_the_whole_list(items):
    out = io.StringIO()
    assert write_json_list(out, iter(items)) == len(items)
    assert out.getvalue() == _whole(items)
    assert json.loads(out.getvalue()) == items


def test_rows_are_written_as_they_come():
    out = io.StringIO()

    def rows():
        yield {"id": 1}
        assert out.getvalue().startswith('[\n  {\n    "id": 1')  # already out
        yield {"id": 2}

    write_json_list(out, rows())
    assert json.loads(out.getvalue()) == [{"id": 1}, {"id": 2}]
