"""A private desktop for acceptance tests that drive the real vieraugen binary as a user does.

Every test gets its own X server (Xvfb) with a window manager (openbox, so that new windows get
the keyboard focus as on a real desktop), its own D-Bus session with an unlocked gnome-keyring,
a throwaway HOME with XDG folders and a data folder, and a German UI. The test types and clicks
with xdotool and checks the results through vieraugen-cli on the same data folder, the files
and the peers (SMTP server, stand-in Jitsi server). When a test fails, a screenshot of the screen,
the app's output and its log go to the test's output folder.

The environment comes from CTest (tests/acceptance/CMakeLists.txt):
  VIERAUGEN_GUI_EXECUTABLE, VIERAUGEN_CLI_EXECUTABLE, VIERAUGEN_STANDIN_JITSI_EXECUTABLE,
  VIERAUGEN_SOURCE_DIR, VIERAUGEN_ACCEPTANCE_OUTPUT (where screenshots and logs of failures go).
"""
import datetime
import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest

GUI = os.environ.get("VIERAUGEN_GUI_EXECUTABLE", "vieraugen")
CLI = os.environ.get("VIERAUGEN_CLI_EXECUTABLE", "vieraugen-cli")
STANDIN_JITSI = os.environ.get("VIERAUGEN_STANDIN_JITSI_EXECUTABLE", "vieraugen-standin-jitsi")
SOURCE_DIR = os.environ.get("VIERAUGEN_SOURCE_DIR",
                            os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
OUTPUT_DIR = os.environ.get("VIERAUGEN_ACCEPTANCE_OUTPUT", os.path.join(tempfile.gettempdir(), "vieraugen-acceptance"))

# How long a user would wait at most for something to appear (the machine may be busy building).
PATIENCE = float(os.environ.get("VIERAUGEN_ACCEPTANCE_PATIENCE", "30"))


class AcceptanceError(AssertionError):
    pass


# Defects of issue 12 that main does not fix yet. Their cases run, and must fail the way the
# defect shows (a skip then names the defect); once a case passes, the defect is fixed: remove it
# here, and the case guards the fix from then on.
OPEN_DEFECTS = {
    # Found by these tests, not named in the issue:
}


def defect_open(number):
    return number in OPEN_DEFECTS


def known_defect(number, symptom):
    """Marks the case of a defect: while the defect is open, the case must fail with a message
    matching the regular expression symptom (then it is skipped, naming the defect)."""

    def decorate(test):
        @functools.wraps(test)
        def run(self, *arguments):
            if not defect_open(number):
                return test(self, *arguments)
            try:
                test(self, *arguments)
            except AssertionError as failure:
                if not re.search(symptom, str(failure)):
                    raise
                self.expected_defect = True
                raise unittest.SkipTest("defect %s of issue 12 is not fixed on main yet: %s (failed as it shows: %s)"
                                        % (number, OPEN_DEFECTS[number], str(failure).splitlines()[0][:300]))
            raise AssertionError("defect %s of issue 12 seems fixed: remove it from OPEN_DEFECTS in %s"
                                 % (number, os.path.basename(__file__)))

        return run

    return decorate


def wait_until(condition, what, timeout=PATIENCE, interval=0.05):
    """Polls condition() until it returns something true, and returns that."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AcceptanceError("waited %.0f s for %s" % (timeout, what))
        time.sleep(interval)


class Desktop:
    """Xvfb + openbox + a private D-Bus session with an unlocked gnome-keyring, in a throwaway HOME."""

    def __init__(self, root, screen_size="1280x800"):
        self.root = root
        self.screen_size = screen_size
        self.home = os.path.join(root, "home")
        self.runtime = os.path.join(root, "runtime")
        os.makedirs(self.home)
        os.makedirs(self.runtime, mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.home,
            "XDG_RUNTIME_DIR": self.runtime,
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": os.path.join(self.home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(self.home, ".cache"),
            "TZ": "Europe/Berlin",
            "LANG": "de_DE.UTF-8",
            "LANGUAGE": "de",
        }
        # An audit at a chosen moment (docs/testing-clock.md) fakes the clock of the whole desktop:
        # the app and vieraugen-cli must see the same "now" as the test.
        if "FAKETIME" in os.environ:
            self.env.update({name: value for name, value in os.environ.items()
                             if name.startswith("FAKETIME") or name == "LD_PRELOAD"})
        self.processes = []

    def start(self):
        read_end, write_end = os.pipe()
        xvfb = self._spawn(["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.screen_size + "x24",
                            "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as display:
            number = display.readline().strip()
        if not number:
            raise AcceptanceError("Xvfb did not start: %s" % xvfb.poll())
        self.env["DISPLAY"] = ":" + number
        # A German keyboard, so that typing ä, ö, ü and ß needs no keymap changes on the fly (Qt
        # would miss them).
        subprocess.run(["setxkbmap", "-layout", "de"], env=self.env, check=True, timeout=PATIENCE)

        bus = self._spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                          stdout=subprocess.PIPE, text=True)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        # Without a display, so that gnome-keyring never shows a prompt nobody answers.
        keyring_env = dict(self.env)
        del keyring_env["DISPLAY"]
        subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input=b"test",
                       env=keyring_env, stdout=subprocess.DEVNULL, check=True, timeout=PATIENCE)

        # The accessibility bus, through which the tests read the screen (see accessibility_probe.py).
        self._spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        ready = os.path.join(self.root, "wm-ready")
        self._spawn(["openbox", "--sm-disable", "--startup", "touch " + ready],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: os.path.exists(ready), "the window manager")

    def start_tray(self):
        """A system tray (trayer, a small panel at the bottom right), as most desktops have."""
        self._spawn(["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request", "--height", "24",
                     "--SetDockType", "true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: self.xdotool("search", "--onlyvisible", "--class", "trayer"), "the tray")

    def _spawn(self, command, **kwargs):
        kwargs.setdefault("env", self.env)
        process = subprocess.Popen(command, start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def stop(self):
        # The keyring daemon leaves when its bus goes; everything else is ours.
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
            for stream in (process.stdout, process.stderr):
                if stream:
                    stream.close()

    # --- The user's hands and eyes -------------------------------------------------------------

    def xdotool(self, *arguments):
        # xdotool reads the text in the C library's locale; de_DE may not be generated here.
        result = subprocess.run(["xdotool"] + [str(a) for a in arguments], env=dict(self.env, LC_ALL="C.UTF-8"),
                                capture_output=True, text=True, timeout=PATIENCE)
        return result.stdout.strip() if result.returncode == 0 else None

    def windows(self, title_regex):
        """Visible windows whose title matches (Qt adds " — Vieraugen" to every title). Matched
        here, not by xdotool: its patterns miss titles with characters like „ or ä."""
        found = self.xdotool("search", "--onlyvisible", "--name", ".")
        return [w for w in (found.split() if found else []) if re.search(title_regex, self.title_of(w))]

    def title_of(self, window):
        return self.xdotool("getwindowname", window) or ""

    def key(self, *keys):
        """Presses keys as xdotool names them: "ctrl+n", "Return", "Tab", "shift+Tab"."""
        self.xdotool("key", "--clearmodifiers", "--delay", "30", *keys)

    def type(self, text):
        self.xdotool("type", "--clearmodifiers", "--delay", "15", text)

    def geometry(self, window):
        """(x, y, width, height) of a window on the screen."""
        out = self.xdotool("getwindowgeometry", "--shell", window) or ""
        values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return tuple(int(values.get(k, 0)) for k in ("X", "Y", "WIDTH", "HEIGHT"))

    def frame_geometry(self, window):
        """(x, y, width, height) of a window on the screen with the window manager's frame (title
        bar and borders): xdotool's position counts the frame twice under a reparenting window
        manager such as openbox."""
        out = subprocess.run(["xwininfo", "-frame", "-id", str(window)], env=self.env, capture_output=True,
                             text=True, timeout=PATIENCE).stdout
        values = dict(re.findall(r"^\s*(Absolute upper-left [XY]|Width|Height):\s*(-?\d+)", out, re.M))
        return tuple(int(values.get(k, 0)) for k in ("Absolute upper-left X", "Absolute upper-left Y", "Width",
                                                     "Height"))

    def stacking(self):
        """The windows the window manager stacks, bottom to top (its _NET_CLIENT_LIST_STACKING), as
        xdotool names them."""
        out = subprocess.run(["xprop", "-root", "_NET_CLIENT_LIST_STACKING"], env=self.env, capture_output=True,
                             text=True, timeout=PATIENCE).stdout
        return [str(int(window, 16)) for window in re.findall(r"0x[0-9a-f]+", out)]

    def activate(self, window):
        self.xdotool("windowactivate", "--sync", window)

    def screenshot(self, path):
        subprocess.run(["import", "-window", "root", path], env=self.env, capture_output=True, timeout=PATIENCE)

    def clipboard(self, target="UTF8_STRING"):
        """What the clipboard holds as another program (a clipboard manager) reads it; "TARGETS"
        lists the formats on offer. None when nobody owns the clipboard."""
        result = subprocess.run(["xclip", "-selection", "clipboard", "-o", "-t", target], env=self.env,
                                capture_output=True, timeout=PATIENCE)
        return result.stdout.decode("utf-8", "replace") if result.returncode == 0 else None


class Screen:
    """What the user sees, read through AT-SPI by accessibility_probe.py in the desktop's session."""

    def __init__(self, desktop):
        self.process = subprocess.Popen(
            [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "accessibility_probe.py")],
            env=desktop.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            start_new_session=True)

    def widgets(self, window_regex):
        """Every widget of the windows whose title matches, in tree order (see the probe)."""
        self.process.stdin.write(json.dumps({"windows": window_regex}) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        return [] if isinstance(answer, dict) else answer

    def stop(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process.stdout.close()


def matches(widget, role=None, name=None, text=None):
    """name and text are regular expressions; role is AT-SPI's name ("push button", "text", …)."""
    return ((role is None or widget["role"] == role)
            and (name is None or re.search(name, widget["name"]))
            and (text is None or (widget["text"] is not None and re.search(text, widget["text"]))))


class NotificationService:
    """notification_service.py on the test desktop's session bus; what it was asked to show."""

    def __init__(self, desktop):
        self.process = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                      "notification_service.py")],
                                        env=desktop.env, stdout=subprocess.PIPE, text=True,
                                        start_new_session=True)
        desktop.processes.append(self.process)
        self.shown = []
        first = json.loads(self.process.stdout.readline() or "{}")
        assert first.get("ready"), "the notification service did not start"
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.shown.append(json.loads(line))


class Announcements:
    """accessibility_events.py on the test desktop's accessibility bus; what a screen reader heard
    (from notifications, or from objects of the given AT-SPI roles)."""

    def __init__(self, desktop, *roles):
        self.process = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                      "accessibility_events.py")] + list(roles),
                                        env=desktop.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True, start_new_session=True)
        desktop.processes.append(self.process)
        self.heard = []
        self.events = []  # with what each came: {"event", "name"}
        first = json.loads(self.process.stdout.readline() or "{}")
        assert first.get("ready"), "the accessibility listener did not start"
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            event = json.loads(line)
            self.events.append(event)
            self.heard.append(event["name"])


class FocusMoves(Announcements):
    """The names of what gets the focus, one for each focus change, as a screen reader hears them
    (and of the given roles' objects that show or are renamed, in between)."""

    def __init__(self, desktop, *roles):
        super().__init__(desktop, "--focus", *roles)


class SmtpServer:
    """The real SMTP server of the unit tests (tests/support/smtp_server.py), with STARTTLS."""

    def __init__(self, root, certificate, key):
        self.outbox = os.path.join(root, "smtp")
        os.makedirs(self.outbox)
        self.process = subprocess.Popen(
            [sys.executable, os.path.join(SOURCE_DIR, "tests", "support", "smtp_server.py"), self.outbox,
             "starttls", certificate, key, "beratung", "smtp-secret"],
            stdout=subprocess.PIPE, text=True, start_new_session=True)
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            raise AcceptanceError("the SMTP test server did not start")
        self.port = int(line.split()[1])

    def messages(self):
        names = sorted(n for n in os.listdir(self.outbox) if n.endswith(".json"))
        result = []
        for name in names:
            with open(os.path.join(self.outbox, name), encoding="utf-8") as message:
                result.append(json.load(message))
        return result

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(5)
        self.process.stdout.close()


class StandInJitsi:
    """tests/support/StandInJitsiServer as a program: HTTPS on 127.0.0.1 with a throwaway CA."""

    ISSUER = "vieraugen"
    AUDIENCE = "jitsi"

    def __init__(self, app_secret):
        self.process = subprocess.Popen(
            [STANDIN_JITSI, "--issuer", self.ISSUER, "--audience", self.AUDIENCE, "--secret", app_secret],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True)
        first = json.loads(self.process.stdout.readline() or "{}")
        if "url" not in first:
            raise AcceptanceError("the stand-in Jitsi server did not start")
        self.url = first["url"].rstrip("/")
        self.authority = first["authority"]
        self.certificate = first["certificate"]
        self.key = first["key"]
        self._reports = []
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.process.stdout:
            try:
                report = json.loads(line)
            except ValueError:
                continue
            with self._lock:
                self._reports.append(report)

    def reports(self, kind):
        with self._lock:
            return [r["detail"] for r in self._reports if r.get("report") == kind]

    def commands(self, name=None):
        return [c for c in self.reports("command") if name is None or c.get("name") == name]

    def emit(self, event, data=None):
        self.process.stdin.write(json.dumps({"event": event, "data": data or {}}) + "\n")
        self.process.stdin.flush()

    def stop(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
        self.process.stdout.close()

    def trust_in(self, desktop):
        """Trusts the throwaway CA in the desktop's HOME: Chromium's NSS database (Qt WebEngine)."""
        database = "sql:" + os.path.join(desktop.home, ".pki", "nssdb")
        os.makedirs(os.path.join(desktop.home, ".pki", "nssdb"), exist_ok=True)
        for arguments in (["-N", "--empty-password"],
                          ["-A", "-t", "C,,", "-n", "vieraugen-test-ca", "-i", self.authority]):
            subprocess.run(["certutil", "-d", database] + arguments, check=True, capture_output=True,
                           timeout=PATIENCE)


class VieraugenTestCase(unittest.TestCase):
    """One desktop, one data folder and at most one running vieraugen per test."""

    maxDiff = None
    # A test of the very first start gets Vieraugen as it is installed, without "set up before".
    first_start = False
    # The screen of the test's desktop, "WIDTHxHEIGHT".
    screen_size = "1280x800"

    def setUp(self):
        self.output = os.path.join(OUTPUT_DIR, self.id().split(".", 1)[-1])
        shutil.rmtree(self.output, ignore_errors=True)
        os.makedirs(self.output)
        self.root = tempfile.mkdtemp(prefix="vieraugen-acceptance-")
        self.data = os.path.join(self.root, "data")
        self.desktop = Desktop(self.root, self.screen_size)
        self.addCleanup(shutil.rmtree, self.root, True)
        self.addCleanup(self.desktop.stop)
        self.desktop.start()
        self.app = None
        self.app_output = None
        self.jitsi = None
        self.smtp = None
        self.expected_defect = False
        self.screen = Screen(self.desktop)
        self.addCleanup(self.screen.stop)
        if not self.first_start:
            # Set up before: the setup assistant does not come in between.
            self.preset_settings({"setup/done": "true"})

    def tearDown(self):
        if self.has_failed():
            self.record_failure()
        elif self.expected_defect:
            self.desktop.screenshot(os.path.join(self.output, "screen.png"))
        self.quit_app()
        for peer in (self.smtp, self.jitsi):
            if peer:
                peer.stop()

    def has_failed(self):
        result = self._outcome.result  # failures are recorded as they happen (Python 3.11)
        return any(test is self for test, _ in result.failures + result.errors)

    def record_failure(self):
        self.desktop.screenshot(os.path.join(self.output, "screen.png"))
        titles = [self.desktop.title_of(w) for w in self.desktop.windows(".")]
        # What the dialogs say (the main window's calendar is in the screenshot).
        texts = ["%s: %s" % (w["window"], w["name"] or w["text"]) for w in self.screen.widgets("^(?!Vieraugen$)")
                 if w["role"] in ("label", "text") and w["showing"] and (w["name"] or w["text"])]
        with open(os.path.join(self.output, "windows.txt"), "w", encoding="utf-8") as out:
            out.write("\n".join(titles + texts) + "\n")
        log = os.path.join(self.data, "logs", "vieraugen.log")
        if os.path.exists(log):
            shutil.copy(log, self.output)
        if self.app_output and os.path.exists(self.app_output):
            with open(self.app_output, encoding="utf-8", errors="replace") as out:
                tail = out.read()[-3000:]
            sys.stderr.write("\n--- vieraugen's output (%s) ---\n%s\n" % (self.id(), tail))
        sys.stderr.write("--- windows: %s\n--- texts: %s\n--- screenshot: %s\n"
                         % (titles, texts, os.path.join(self.output, "screen.png")))

    # --- The app --------------------------------------------------------------------------------

    def app_env(self):
        env = dict(self.desktop.env)
        env["QT_QPA_PLATFORM"] = "xcb"
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        # Fake camera and microphone; never --use-fake-ui-for-media-stream (it would grant every origin).
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--use-fake-device-for-media-stream"
        if os.getuid() == 0:
            env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        return env

    def start_app(self, *arguments, wait=True):
        self.app_output = os.path.join(self.output, "vieraugen-output.txt")
        output = open(self.app_output, "a", encoding="utf-8")
        self.app = subprocess.Popen([GUI, "--data-dir", self.data] + list(arguments), env=self.app_env(),
                                    stdout=output, stderr=subprocess.STDOUT, cwd=self.root,
                                    start_new_session=True)
        output.close()
        if wait:
            return self.wait_for_window("^Vieraugen$")
        return None

    def launch_again(self, *arguments):
        """A second launch, as when the user opens an .ics file: hands over and ends."""
        return subprocess.run([GUI, "--data-dir", self.data] + list(arguments), env=self.app_env(),
                              capture_output=True, text=True, cwd=self.root, timeout=PATIENCE)

    def launch_again_in_background(self, *arguments):
        """A second launch that may wait for the running app (the caller waits for it to end)."""
        return subprocess.Popen([GUI, "--data-dir", self.data] + list(arguments), env=self.app_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=self.root,
                                start_new_session=True)

    def app_is_running(self):
        return self.app is not None and self.app.poll() is None

    def quit_app(self):
        if self.app_is_running():
            os.killpg(self.app.pid, signal.SIGTERM)
            try:
                self.app.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.app.pid, signal.SIGKILL)
                self.app.wait(5)

    def wait_for_window(self, title_regex, timeout=PATIENCE):
        """The id of the (newest) visible window whose title matches; fails early if the app died."""

        def found():
            if self.app is not None and self.app.poll() is not None:
                raise AcceptanceError("vieraugen ended (exit %s) while waiting for a window %r"
                                      % (self.app.returncode, title_regex))
            windows = self.desktop.windows(title_regex)
            return windows[-1] if windows else None

        return wait_until(found, "a window titled %r" % title_regex, timeout)

    def wait_for_no_window(self, title_regex, timeout=PATIENCE):
        wait_until(lambda: not self.desktop.windows(title_regex), "no window titled %r" % title_regex, timeout)

    def focus(self, title_regex):
        window = self.wait_for_window(title_regex)
        self.desktop.activate(window)
        return window

    def show_week_of(self, day):
        """Turns the calendar, which opens on this work week (on a weekend the coming one), to the
        week of day (Page Down)."""
        today = berlin_now().date()
        shown = today - datetime.timedelta(days=today.weekday())
        if today.weekday() >= 5:
            shown += datetime.timedelta(days=7)
        weeks = (day - shown).days // 7
        if weeks > 0:
            self.focus("^Vieraugen$")
            self.desktop.key("ctrl+2")  # the work week, with the calendar focused
            self.desktop.key(*["Next"] * weeks)

    # --- Reading the screen -----------------------------------------------------------------------

    def widgets(self, window_regex, role=None, name=None, text=None, showing=True):
        return [w for w in self.screen.widgets(window_regex)
                if matches(w, role, name, text) and (not showing or w["showing"])]

    def wait_for_widget(self, window_regex, role=None, name=None, text=None, timeout=PATIENCE):
        """The first showing widget in the window that matches, once there is one."""
        found = wait_until(lambda: self.widgets(window_regex, role, name, text),
                           "a %s %r %r in %r" % (role or "widget", name, text, window_regex), timeout)
        return found[0]

    def focused_widget(self, window_regex):
        focused = [w for w in self.screen.widgets(window_regex) if w["focused"]]
        return focused[-1] if focused else None

    def click_widget(self, widget, repeat=1):
        """Clicks into the middle of a widget, as the user does with the mouse."""
        self.desktop.xdotool("mousemove", widget["x"] + widget["width"] // 2, widget["y"] + widget["height"] // 2)
        self.desktop.xdotool("click", "--repeat", repeat, "--delay", "80", 1)

    def choose_menu(self, window_regex, *path):
        """Opens a menu of the window's menu bar with the mouse and clicks the item (names without &)."""
        self.click_widget(self.wait_for_widget(window_regex, role="menu item", name="^%s$" % re.escape(path[0])))
        for name in path[1:]:
            self.click_widget(self.wait_for_widget(".", role="menu item", name="^%s$" % re.escape(name)))

    def type_file_name(self, dialog, path):
        """In a file dialog: types the file's path and opens it, as a user may."""
        self.wait_for_window(dialog)
        self.click_widget(self.wait_for_widget(dialog, role="text", name="^Dateiname"))
        self.desktop.key("ctrl+a")  # over a suggested name, as a user types over it
        self.desktop.type(path)
        self.desktop.key("Return")
        self.wait_for_no_window(dialog)

    DATE = r"^\d{1,2}\.\d{1,2}\.\d{2,4}$"
    TIME = r"^\d{1,2}:\d{2}$"

    def fields_showing(self, window_regex, pattern):
        """The input fields (of any kind) whose text matches, e.g. DATE or TIME, in tree order."""
        return [w for w in self.widgets(window_regex) if w["role"] in ("text", "spin button")
                and w["text"] is not None and re.search(pattern, w["text"])]

    def type_over(self, field, text):
        """Selects what the field holds and types the text, as a user does: in a sectioned date or
        time box (QDateTimeEdit) a double-click selects its first part; in a text field Ctrl+A
        selects everything."""
        if field["role"] == "spin button":
            self.desktop.xdotool("mousemove", field["x"] + 8, field["y"] + field["height"] // 2)
            self.desktop.xdotool("click", "--repeat", 2, "--delay", 60, 1)
        else:
            self.click_widget(field)
            self.desktop.key("ctrl+a")
        self.desktop.type(text)

    # --- Looking through vieraugen-cli ----------------------------------------------------------

    def cli(self, *arguments, check=True):
        result = subprocess.run([CLI, "--data-dir", self.data] + [str(a) for a in arguments],
                                env=dict(self.desktop.env, QT_QPA_PLATFORM="offscreen"),
                                capture_output=True, text=True, timeout=PATIENCE)
        if check and result.returncode != 0:
            raise AcceptanceError("vieraugen-cli %s: exit %d\n%s%s" % (" ".join(map(str, arguments)),
                                                                    result.returncode, result.stdout, result.stderr))
        return result

    def cli_json(self, *arguments):
        return json.loads(self.cli(*arguments, "--json").stdout)

    def appointments(self, first=None, last=None):
        first = first or datetime.date.today() - datetime.timedelta(days=31)
        last = last or datetime.date.today() + datetime.timedelta(days=400)
        return self.cli_json("list", "--from", first.isoformat(), "--to", last.isoformat())

    def outbox(self):
        """Invitation messages that wait or failed (vieraugen-cli outbox exits 2 when there are any)."""
        return json.loads(self.cli("outbox", "--json", check=False).stdout or "[]")

    def invitation_log(self):
        """(kind, channel, status) of every invitation message on record, oldest first, read from the
        calendar file (vieraugen-cli shows only the outbox)."""
        import sqlite3
        database = sqlite3.connect("file:%s?mode=ro" % os.path.join(self.data, "calendar.sqlite"), uri=True)
        try:
            return database.execute("SELECT kind, channel, status FROM invitations ORDER BY id").fetchall()
        finally:
            database.close()

    def wait_for_appointments(self, predicate, what, **window):
        return wait_until(lambda: [a for a in self.appointments(**window) if predicate(a)], what)

    def exported(self):
        """The whole calendar as an .ics, parsed by python-icalendar (an independent reader)."""
        import icalendar
        path = os.path.join(self.root, "export.ics")
        first = datetime.date.today() - datetime.timedelta(days=400)
        last = datetime.date.today() + datetime.timedelta(days=800)
        self.cli("export", "--from", first.isoformat(), "--to", last.isoformat(), path)
        with open(path, "rb") as exported:
            return [c for c in icalendar.Calendar.from_ical(exported.read()).walk("VEVENT")]

    def provision(self, document):
        path = os.path.join(self.root, "vieraugen-setup.json")
        with open(path, "w", encoding="utf-8") as out:
            json.dump(document, out)
        self.cli("provision", path)
        return path

    # --- Peers ----------------------------------------------------------------------------------

    APP_SECRET = "acceptance-app-secret-5d1e"

    def start_jitsi(self):
        self.jitsi = StandInJitsi(self.APP_SECRET)
        self.jitsi.trust_in(self.desktop)
        return self.jitsi

    def start_smtp(self):
        if not self.jitsi:
            self.start_jitsi()  # for its certificate: the server's is for 127.0.0.1
        self.smtp = SmtpServer(self.root, self.jitsi.certificate, self.jitsi.key)
        return self.smtp

    def setup_document(self):
        """What IT hands out: the video server and the e-mail account, secrets included."""
        document = {
            "servers": [{
                "id": "beratung", "name": "Beratung Test", "url": self.jitsi.url, "auth": "jwt",
                "appId": StandInJitsi.ISSUER, "issuer": StandInJitsi.ISSUER,
                "audience": StandInJitsi.AUDIENCE, "appSecret": self.APP_SECRET, "default": True,
            }],
        }
        if self.smtp:
            document["smtp"] = {"host": "127.0.0.1", "port": self.smtp.port, "security": "starttls",
                                "user": "beratung", "password": "smtp-secret",
                                "from": "Beratungsstelle <beratung@example.org>", "caFile": self.jitsi.authority}
        return document

    def preset_settings(self, values):
        """Writes preferences as an earlier session would have (key "group/name" -> text)."""
        path = os.path.join(self.data, "settings.ini")  # the data folder's own settings
        os.makedirs(os.path.dirname(path), exist_ok=True)
        lines = []
        if os.path.exists(path):
            with open(path, encoding="utf-8") as existing:
                lines = existing.read().splitlines()
        for key, value in values.items():
            group, name = key.split("/", 1)
            header = "[%s]" % group
            if header not in lines:
                lines += ["", header]
            lines.insert(lines.index(header) + 1, "%s=%s" % (name, value))
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")

    # What the setup assistant asks for first: who invites, and where clients read about privacy.
    COUNSELOR = {"session/counselorName": "Eva Berger", "invite/organization": "Beratungsstelle Nord",
                 "invite/privacyNotice": "https://beratung-nord.example/datenschutz"}

    def set_up_server_and_mail(self, counselor=True):
        """The stand-in Jitsi server and the SMTP server, set up from IT's file; with the counselor's
        name and organization as the setup assistant asks for them."""
        self.start_jitsi()
        self.start_smtp()
        self.provision(self.setup_document())
        if counselor:
            self.preset_settings(self.COUNSELOR)

    def add_appointment(self, title, start, minutes=50, *options):
        """Through vieraugen-cli (what a test needs before the part it is about); returns the UID."""
        end = berlin_later(start, datetime.timedelta(minutes=minutes))
        return self.cli("add", "--title", title, "--start", start.strftime("%Y-%m-%dT%H:%M"),
                        "--end", end.strftime("%Y-%m-%dT%H:%M"), "--zone", "Europe/Berlin", *options).stdout.strip()

    def assert_no_client_data(self, personal, secrets=()):
        """Nothing personal in the log, and no contact link either (the log may mark one as
        "mailto:(withheld)"); nothing personal in any file of the data folder or the settings but the
        calendar itself (the database and its backups, where the clients' data belongs); secrets (a
        room password) in no file at all."""
        log_dir = os.path.join(self.data, "logs")
        logs = [os.path.join(log_dir, name) for name in os.listdir(log_dir)] if os.path.isdir(log_dir) else []
        self.assertTrue(logs, "no log was written")
        for path in logs:
            with open(path, encoding="utf-8", errors="replace") as log:
                content = log.read()
            for value in personal:
                self.assertNotIn(value, content, "%s is in the log %s" % (value, path))
            link = re.search(r"\b(mailto|tel|sms):(?!\(withheld\))\S*", content)
            self.assertFalse(link, "%s is in the log %s" % (link and link.group(0), path))
        calendar = (os.path.join(self.data, "calendar.sqlite"), os.path.join(self.data, "backups") + os.sep)
        for folder in (self.data, self.desktop.env["XDG_CONFIG_HOME"]):
            for directory, _, names in os.walk(folder):
                for name in names:
                    path = os.path.join(directory, name)
                    with open(path, "rb") as stored:
                        content = stored.read()
                    for value in secrets:
                        self.assertNotIn(value.encode(), content, "a secret is in %s" % path)
                    if path.startswith(calendar):
                        continue
                    for value in personal:
                        self.assertNotIn(value.encode(), content, "%s is in %s" % (value, path))

    def read_log(self):
        path = os.path.join(self.data, "logs", "vieraugen.log")
        if not os.path.exists(path):
            return ""
        with open(path, encoding="utf-8", errors="replace") as log:
            return log.read()


def berlin_now():
    """Now in the app's time zone (TZ in the desktop's environment)."""
    from zoneinfo import ZoneInfo
    return datetime.datetime.now(ZoneInfo("Europe/Berlin")).replace(tzinfo=None)


def working_day_at(hour, following=0):
    """10:00 (the hour) on the first day after today that the work week shows, Monday to Friday, with
    as many working days following it: a test that ran on a Friday planned for Saturday, which the
    calendar did not show (then show_week_of turns to it)."""
    day = berlin_now().date() + datetime.timedelta(days=1)
    while any((day + datetime.timedelta(days=n)).weekday() >= 5 for n in range(following + 1)):
        day += datetime.timedelta(days=1)
    return datetime.datetime.combine(day, datetime.time(hour, 0))


def berlin_later(moment, delta):
    """The Berlin time delta after moment (a Berlin time), counted as the clock on the wall runs: on
    the night the clocks go forward, 50 minutes after 01:30 is 03:20, while 02:20 does not exist and
    vieraugen-cli refuses it."""
    from zoneinfo import ZoneInfo
    zone = ZoneInfo("Europe/Berlin")
    utc = moment.replace(tzinfo=zone).astimezone(datetime.timezone.utc)
    return (utc + delta).astimezone(zone).replace(tzinfo=None)


def berlin_in(delta):
    """The Berlin time delta from now (see berlin_later)."""
    from zoneinfo import ZoneInfo
    return (datetime.datetime.now(datetime.timezone.utc) + delta).astimezone(ZoneInfo("Europe/Berlin")).replace(
        tzinfo=None)


def session_start_time():
    """A start at which a session can be opened now: in the next five minutes, today. The dialog
    opens on today; in the last minutes of a day the start is the next whole minute, and only in
    the very last one does the test wait for the new day (a test that waited longer ran out of time)."""
    now = berlin_now().replace(second=0, microsecond=0)
    for start in (now + datetime.timedelta(minutes=5 - now.minute % 5), now + datetime.timedelta(minutes=1)):
        # 02:00 on the night the clocks go forward does not exist.
        if start.date() == now.date() and berlin_later(start, datetime.timedelta()) == start:
            return start
    time.sleep((now + datetime.timedelta(minutes=1) - berlin_now()).total_seconds() + 1)
    return session_start_time()


def main():
    unittest.main(verbosity=2)
