"""The page's drawing: every widget from the session, and follow-ups that send what changed."""

from __future__ import annotations

import dataclasses

import numpy as np

from designer.ui.common import Page


@dataclasses.dataclass(frozen=True)
class _Session:  # what Page reads of a session: its id (the views read the rest)
    id: str
    title: str
    rows: tuple
    image: object = None


def _page() -> Page:
    page = Page(state=None)  # the state component is not needed to draw
    page.view(["title"], lambda s: {"title": s.title})
    page.view(["rows", "image"], lambda s: {"rows": [list(r) for r in s.rows], "image": s.image})
    return page


def test_follow_ups_send_only_what_changed_and_a_drawing_resets_them():
    page = _page()
    a = _Session("one", "design", ((1, 2),))
    assert set(page.draw_changes(a)) == {"title", "rows", "image"}  # nothing known yet
    b = dataclasses.replace(a, rows=((1, 3),))
    assert page.draw_changes(b) == {"rows": [[1, 3]]}
    assert page.draw_changes(b) == {}
    # Another session has its own record.
    assert set(page.draw_changes(_Session("two", "design", ((1, 3),)))) == {
        "title",
        "rows",
        "image",
    }
    # A full drawing (any other event) shows everything: the next follow-up sends everything.
    assert set(page.draw(b)) == {"title", "rows", "image"}
    assert set(page.draw_changes(b)) == {"title", "rows", "image"}


def test_values_that_are_not_plain_json_are_always_sent():
    page = _page()
    s = _Session("one", "design", (), image=np.zeros((2, 2)))
    page.draw_changes(s)
    assert set(page.draw_changes(s)) == {"image"}


def test_the_record_is_bounded():
    from designer.ui import common

    page = _page()
    for i in range(common.FOLLOWED_SESSIONS + 10):
        page.draw_changes(_Session(str(i), "t", ()))
    assert len(page.followed) == common.FOLLOWED_SESSIONS
    assert "0" not in page.followed and str(common.FOLLOWED_SESSIONS + 9) in page.followed
