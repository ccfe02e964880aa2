"""A desktop notification service (org.freedesktop.Notifications) for the acceptance desktop, which
has no notification daemon: it owns the name on the session bus and prints every notification it
is asked to show as one JSON line {"summary", "body", "urgency"}."""
import json
import sys

from gi.repository import Gio, GLib

INTERFACE = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/><arg type="u" direction="out"/>
    </method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
  </interface>
</node>"""
shown = 0


def called(connection, sender, path, interface, method, parameters, invocation):
    global shown
    if method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["body"],)))
        return
    _, _, _, summary, body, _, hints, _ = parameters.unpack()
    print(json.dumps({"summary": summary, "body": body, "urgency": hints.get("urgency")}), flush=True)
    shown += 1
    invocation.return_value(GLib.Variant("(u)", (shown,)))


def acquired(connection, name):
    print(json.dumps({"ready": True}), flush=True)


bus = Gio.bus_get_sync(Gio.BusType.SESSION)
node = Gio.DBusNodeInfo.new_for_xml(INTERFACE)
bus.register_object("/org/freedesktop/Notifications", node.interfaces[0], called, None, None)
Gio.bus_own_name_on_connection(bus, "org.freedesktop.Notifications", Gio.BusNameOwnerFlags.NONE, acquired,
                               lambda *_: sys.exit(1))
GLib.MainLoop().run()
