<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>BSD 3-Clause and others</source>
        <translation>BSD 3-Clause und weitere</translation>
    </message>
    <message>
        <source>About Vieraugen</source>
        <translation>Über Vieraugen</translation>
    </message>
    <message>
        <source>Appointments and confidential video sessions for counselors. Your calendar stays on this computer; sessions run on your organization&apos;s Jitsi server.</source>
        <translation>Termine und vertrauliche Videoberatung für Beraterinnen und Berater. Ihr Kalender bleibt auf diesem Computer; Sitzungen laufen auf dem Jitsi-Server Ihrer Einrichtung.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Show where the calendar, backups and log are kept</source>
        <translation>Zeigen, wo Kalender, Sicherungen und Protokoll liegen</translation>
    </message>
    <message>
        <source>Usage: vieraugen-cli [--data-dir DIR] COMMAND [OPTIONS]</source>
        <translation>Aufruf: vieraugen-cli [--data-dir ORDNER] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Vieraugen&apos;s calendar and administration on the command line.</source>
        <translation>Kalender und Verwaltung von Vieraugen auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>use the calendar in DIR (also: environment variable %1)</source>
        <translation>den Kalender in ORDNER verwenden (auch: Umgebungsvariable %1)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version zeigen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;vieraugen-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>„vieraugen-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;info&quot; takes no arguments.</source>
        <translation>„info“ erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Calendar: %1 (schema %2)</source>
        <translation>Kalender: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>Backups: %1</source>
        <translation>Sicherungen: %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>ComponentInfo</name>
    <message>
        <source>LGPL 3.0</source>
        <translation>LGPL 3.0</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>LGPL 2.1 or MPL 2.0</source>
        <translation>LGPL 2.1 oder MPL 2.0</translation>
    </message>
    <message>
        <source>curl license (MIT style)</source>
        <translation>curl-Lizenz (MIT-artig)</translation>
    </message>
    <message>
        <source>BSD 3-Clause</source>
        <translation>BSD 3-Clause</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Vieraugen cannot use its data folder %1: %2</source>
        <translation>Vieraugen kann seinen Datenordner %1 nicht verwenden: %2</translation>
    </message>
    <message>
        <source>the system did not name a folder for application data.</source>
        <translation>das System nennt keinen Ordner für Programmdaten.</translation>
    </message>
    <message>
        <source>a file with that name is in the way. Move it aside or choose another folder with --data-dir.</source>
        <translation>eine Datei gleichen Namens ist im Weg. Verschieben Sie sie oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>the folder could not be created. Check that the disk is not full and that you may write to its parent folder.</source>
        <translation>der Ordner ließ sich nicht anlegen. Prüfen Sie, ob der Datenträger voll ist und ob Sie im übergeordneten Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>nothing can be written there. Check that the disk is not full and that you may write to the folder.</source>
        <translation>dort lässt sich nichts speichern. Prüfen Sie, ob der Datenträger voll ist und ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed. Reinstall Vieraugen or install the package that provides the QSQLITE plugin.</source>
        <translation>Der SQLite-Treiber für Qt fehlt. Installieren Sie Vieraugen neu oder das Paket mit dem QSQLITE-Plugin.</translation>
    </message>
    <message>
        <source>The calendar file %1 is not a regular file.</source>
        <translation>Die Kalenderdatei %1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The calendar file %1 could not be opened: %2</source>
        <translation>Die Kalenderdatei %1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The calendar file %1 is damaged or is not a Vieraugen calendar. It has been left untouched; restore a backup or move the file aside.</source>
        <translation>Die Kalenderdatei %1 ist beschädigt oder kein Vieraugen-Kalender. Sie wurde nicht verändert; stellen Sie eine Sicherung wieder her oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>The calendar file %1 could not be read: %2</source>
        <translation>Die Kalenderdatei %1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The calendar file %1 failed its integrity check. It has been left untouched; restore a backup or move the file aside.</source>
        <translation>Die Kalenderdatei %1 hat die Integritätsprüfung nicht bestanden. Sie wurde nicht verändert; stellen Sie eine Sicherung wieder her oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>The calendar file %1 is read-only. Check the file&apos;s permissions or free the disk; nothing was changed.</source>
        <translation>Die Kalenderdatei %1 ist schreibgeschützt. Prüfen Sie die Dateirechte oder schaffen Sie Platz auf dem Datenträger; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The calendar file %1 could not be prepared: %2</source>
        <translation>Die Kalenderdatei %1 ließ sich nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>The calendar file %1 was written by a newer version of Vieraugen (schema %2, this version knows %3). Update Vieraugen to open it.</source>
        <translation>Die Kalenderdatei %1 stammt von einer neueren Vieraugen-Version (Schema %2, diese Version kennt %3). Aktualisieren Sie Vieraugen, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Before updating the calendar file, Vieraugen makes a backup, and that failed: %1. Nothing was changed.</source>
        <translation>Vor der Aktualisierung der Kalenderdatei legt Vieraugen eine Sicherung an, und das ist fehlgeschlagen: %1. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The calendar could not be updated: %1</source>
        <translation>Der Kalender ließ sich nicht aktualisieren: %1</translation>
    </message>
    <message>
        <source>Updating the calendar to schema %1 (%2) failed: %3. The calendar was left as it was.</source>
        <translation>Die Aktualisierung des Kalenders auf Schema %1 (%2) ist fehlgeschlagen: %3. Der Kalender blieb unverändert.</translation>
    </message>
    <message>
        <source>Updating the calendar to schema %1 could not be saved: %2. The calendar was left as it was.</source>
        <translation>Die Aktualisierung des Kalenders auf Schema %1 ließ sich nicht speichern: %2. Der Kalender blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced</source>
        <translation>%1 existiert bereits und lässt sich nicht ersetzen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your calendar will appear here.</source>
        <translation>Hier erscheint Ihr Kalender.</translation>
    </message>
    <message>
        <source>Ready. Your calendar is stored on this computer only.</source>
        <translation>Bereit. Ihr Kalender wird nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Start &amp;Next Session</source>
        <translation>&amp;Nächste Sitzung starten</translation>
    </message>
    <message>
        <source>No video session is planned.</source>
        <translation>Es ist keine Videositzung geplant.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Vieraugen</source>
        <translation>Über &amp;Vieraugen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Vieraugen starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Vieraugen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vieraugen cannot start</source>
        <translation>Vieraugen kann nicht starten</translation>
    </message>
    <message>
        <source>Appointments and confidential video sessions for counselors.</source>
        <translation>Termine und vertrauliche Videoberatung für Beraterinnen und Berater.</translation>
    </message>
    <message>
        <source>Use the calendar in &lt;folder&gt; instead of the usual place.</source>
        <translation>Den Kalender in &lt;Ordner&gt; statt am üblichen Ort verwenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Show the appointment with &lt;uid&gt;.</source>
        <translation>Den Termin mit der Kennung &lt;uid&gt; zeigen.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Hauptfensters in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Calendar files (.ics) to import.</source>
        <translation>Zu importierende Kalenderdateien (.ics).</translation>
    </message>
</context>
</TS>
