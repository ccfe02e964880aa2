"""Listens on the accessibility bus (AT-SPI) for what a screen reader speaks unasked, in the test
desktop's D-Bus session: a notification that starts showing, or one whose name changes (Orca
speaks both). Prints {"ready": true} once listening, then one JSON line {"event", "name"} for each
(with --focus also "object": its role and identity, so that one object focused twice shows, and
"description": its description as the focus came).
Given role names as arguments (e.g. "page tab list"), it listens to objects of those roles instead;
given --focus, to every object that gets the focus (Orca says each, as the keyboard moves); given
both, to both, in the order they came.
"""
import json
import sys
import warnings

warnings.simplefilter("ignore")
import pyatspi  # noqa: E402  (after the warnings filter: it warns on import)


FOCUS = "--focus" in sys.argv[1:]
ROLES = [argument for argument in sys.argv[1:] if argument != "--focus"] or ([] if FOCUS else ["notification"])


def heard(event):
    try:
        if event.source.getRoleName() not in ROLES:
            return
        if event.type.startswith("object:state-changed:showing") and not event.detail1:
            return
        print(json.dumps({"event": str(event.type), "name": event.source.name or ""}), flush=True)
    except Exception:
        pass  # a notification that went away while we looked


def focused(event):
    try:
        if event.detail1:
            print(json.dumps({"event": str(event.type), "name": event.source.name or "",
                              "object": "%s %s" % (event.source.getRoleName(), hash(event.source)),
                              "description": event.source.description or ""}), flush=True)
    except Exception:
        pass  # an object that went away while we looked


def described(event):
    """Nothing to print: listening is what keeps the descriptions read here current, as in a screen
    reader (the application says a change only to those who listen, and AT-SPI keeps what it read)."""


if FOCUS:
    pyatspi.Registry.registerEventListener(focused, "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(described, "object:property-change:accessible-description")
if ROLES:
    pyatspi.Registry.registerEventListener(heard, "object:state-changed:showing",
                                           "object:property-change:accessible-name")
print(json.dumps({"ready": True}), flush=True)
pyatspi.Registry.start()
