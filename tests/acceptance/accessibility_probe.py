"""Reads what is on the screen through the accessibility bus (AT-SPI), as a screen reader does.

Runs beside a test, in the test desktop's D-Bus session (AT-SPI binds to one bus per process),
and answers one JSON request per line on stdin with one JSON line on stdout:

    {"windows": REGEX}  ->  [{"role", "name", "text", "x", "y", "width", "height", "focused",
                              "focusable", "selectable", "enabled", "showing", "checked", "depth",
                              "window", "parent"}, …]

for every widget in the app's top-level windows whose accessible name matches REGEX, in tree order.

"focused" is what has the keyboard focus, as a screen reader follows it: Qt marks the current cell
of every table as focused, also of tables that do not have the focus (the month navigator's
selected day), and the current tab of every tab bar (the view shown), so a cell, item or tab
counts only when its table, list or tab bar has the focus too.
"""
import json
import re
import sys
import warnings

warnings.simplefilter("ignore")
import pyatspi  # noqa: E402  (after the warnings filter: it warns on import)


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except (NotImplementedError, AttributeError, Exception):  # not every widget has text
        return None


def extents(node):
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return box.x, box.y, box.width, box.height
    except Exception:
        return 0, 0, 0, 0


ITEMS = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_PAGE_TAB}


def describe(node, depth, window, out, parent_focused=False, parent=""):
    try:
        states = node.getState()
        x, y, width, height = extents(node)
        focused = states.contains(pyatspi.STATE_FOCUSED) and (node.getRole() not in ITEMS or parent_focused)
        out.append({
            "role": node.getRoleName(), "name": node.name or "", "text": text_of(node),
            "x": x, "y": y, "width": width, "height": height, "focused": focused,
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "selectable": states.contains(pyatspi.STATE_SELECTABLE), "enabled": states.contains(pyatspi.STATE_ENABLED),
            "showing": states.contains(pyatspi.STATE_SHOWING), "checked": states.contains(pyatspi.STATE_CHECKED),
            "depth": depth, "window": window, "parent": parent,
        })
        for child in node:
            if child is not None:
                describe(child, depth + 1, window, out, focused, node.name or "")
    except Exception:
        pass  # a widget that went away while we looked


def windows(pattern):
    out = []
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        app.clear_cache()
        for window in app:
            if window is not None and re.search(pattern, window.name or ""):
                describe(window, 0, window.name, out)
    return out


def main():
    for line in sys.stdin:
        request = json.loads(line)
        try:
            answer = windows(request["windows"])
        except Exception as error:  # the app may be starting or ending
            answer = {"error": str(error)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
