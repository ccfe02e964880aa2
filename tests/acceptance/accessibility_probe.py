"""Reads what is on the screen through the accessibility bus (AT-SPI), as a screen reader does.

Runs beside a test, in the test desktop's D-Bus session (AT-SPI binds to one bus per process),
and answers one JSON request per line on stdin with one JSON line on stdout:

    {"windows": REGEX}  ->  [{"role", "name", "text", "x", "y", "width", "height",
                              "focused", "enabled", "showing", "checked", "depth", "window"}, …]

for every widget in the app's top-level windows whose accessible name matches REGEX, in tree order.
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


def describe(node, depth, window, out):
    try:
        states = node.getState()
        x, y, width, height = extents(node)
        out.append({
            "role": node.getRoleName(), "name": node.name or "", "text": text_of(node),
            "x": x, "y": y, "width": width, "height": height,
            "focused": states.contains(pyatspi.STATE_FOCUSED), "enabled": states.contains(pyatspi.STATE_ENABLED),
            "showing": states.contains(pyatspi.STATE_SHOWING), "checked": states.contains(pyatspi.STATE_CHECKED),
            "depth": depth, "window": window,
        })
        for child in node:
            if child is not None:
                describe(child, depth + 1, window, out)
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
