"""User-facing text that can be shown in the interface's language.

Services and the core write their messages in English, as templates with named values:
`Text("the folder {folder} does not exist", folder=path)`. A Text *is* the English string (the
command line and the logs print it as is), and it remembers its template and values, so the
interface can look the template up in its catalogue and fill in the same values. A Text made
without values is taken literally: braces in it are not placeholders.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Self

# Languages OffMap writes documents for people in (the client's copy of a case summary), each
# with its name in its own language. Letters to companies are always English.
DOCUMENT_LANGUAGES = {"en": "English", "es": "Español"}


class Text(str):
    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Self:
        english = template.format_map(values) if values else template
        text = super().__new__(cls, english)
        text.template = template
        text.values = values
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # pickles and copies keep the template
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Text:
    return Text(template, **values)


class JoinedText(Text):
    """Items (Texts or plain strings) joined by a separator, each translated on its own."""

    items: tuple[str, ...]
    separator: str

    def __new__(cls, items: Sequence[str], separator: str = ", ") -> Self:
        text = super().__new__(cls, separator.join(items))
        text.items = tuple(items)
        text.separator = separator
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (JoinedText, (self.items, self.separator))


def join_list(items: Sequence[str], separator: str = ", ") -> JoinedText:
    return JoinedText(items, separator)


def _localized_value(value: Any, translate: Callable[[str], str]) -> Any:
    text = getattr(value, "text", None)
    if isinstance(value, BaseException) and isinstance(text, Text):
        value = text  # an OffMapError named inside another message
    return localized(value, translate) if isinstance(value, Text) else value


def localized(text: str, translate: Callable[[str], str]) -> str:
    """`text` in the language `translate` gives templates in. Values that are Texts themselves
    are translated too; anything else (names, paths, numbers) is shown as it is. A template the
    catalogue lacks, or whose translation does not fit the values, stays English."""
    if isinstance(text, JoinedText):
        return text.separator.join(localized(item, translate) for item in text.items)
    if not isinstance(text, Text):
        return str(text)
    if not text.values:
        return translate(text.template) or str(text)
    values = {name: _localized_value(value, translate) for name, value in text.values.items()}
    try:
        return (translate(text.template) or text.template).format_map(values)
    except (KeyError, IndexError, ValueError):
        return str(text)
