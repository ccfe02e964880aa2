<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>BSD 3-Clause and others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments and confidential video sessions for counselors. Your calendar stays on this computer; sessions run on your organization&apos;s Jitsi server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Show where the calendar, backups and log are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vieraugen-cli [--data-dir DIR] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen&apos;s calendar and administration on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the calendar in DIR (also: environment variable %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;vieraugen-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;info&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComponentInfo</name>
    <message>
        <source>LGPL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL 2.1 or MPL 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl license (MIT style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD 3-Clause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Vieraugen cannot use its data folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system did not name a folder for application data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with that name is in the way. Move it aside or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be created. Check that the disk is not full and that you may write to its parent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can be written there. Check that the disk is not full and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed. Reinstall Vieraugen or install the package that provides the QSQLITE plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 is damaged or is not a Vieraugen calendar. It has been left untouched; restore a backup or move the file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 failed its integrity check. It has been left untouched; restore a backup or move the file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 is read-only. Check the file&apos;s permissions or free the disk; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 was written by a newer version of Vieraugen (schema %2, this version knows %3). Update Vieraugen to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before updating the calendar file, Vieraugen makes a backup, and that failed: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the calendar to schema %1 (%2) failed: %3. The calendar was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the calendar to schema %1 could not be saved: %2. The calendar was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your calendar will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Your calendar is stored on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Next Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video session is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Vieraugen starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vieraugen cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments and confidential video sessions for counselors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the calendar in &lt;folder&gt; instead of the usual place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the appointment with &lt;uid&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (.ics) to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
