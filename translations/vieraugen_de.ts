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
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
</context>
<context>
    <name>AccessibleCalendarWidget</name>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>previous month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <source>next month</source>
        <translation>Folgemonat</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Kalenderwoche %1</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 (day %2 of %3)</source>
        <translation>%1 (Tag %2 von %3)</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks are put forward that night. Choose another time.</source>
        <translation>%1 Uhr gibt es am %2 in %3 nicht: In dieser Nacht werden die Uhren vorgestellt. Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>The appointment needs a title.</source>
        <translation>Der Termin braucht einen Titel.</translation>
    </message>
    <message>
        <source>An all-day appointment must end on or after the day it starts.</source>
        <translation>Ein ganztägiger Termin muss am Anfangstag oder danach enden.</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>Der Termin muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Enter the meeting link of the external tool, starting with https://.</source>
        <translation>Geben Sie den Besprechungslink des externen Werkzeugs ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Invitations can be written in German (de) or English (en), not &quot;%1&quot;.</source>
        <translation>Einladungen gibt es auf Deutsch (de) oder Englisch (en), nicht auf „%1“.</translation>
    </message>
    <message>
        <source>A reminder can come at most a week before the appointment.</source>
        <translation>Eine Erinnerung kann höchstens eine Woche vor dem Termin kommen.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <source>client did not come</source>
        <translation>Klient/-in nicht erschienen</translation>
    </message>
    <message>
        <source>cancelled by the client</source>
        <translation>von Klient/-in abgesagt</translation>
    </message>
    <message>
        <source>cancelled by us</source>
        <translation>von uns abgesagt</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>All &amp;day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <source>New Appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Edit Appointment</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Counseling session</source>
        <translation>z. B. Beratungsgespräch</translation>
    </message>
    <message>
        <source>Video session (Jitsi)</source>
        <translation>Videositzung (Jitsi)</translation>
    </message>
    <message>
        <source>Link to another tool (Zoom, Teams, …)</source>
        <translation>Link zu einem anderen Werkzeug (Zoom, Teams, …)</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Alle 2 Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>ohne Ende</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>Short notes, for you only. They are never sent.</source>
        <translation>Kurze Notizen, nur für Sie. Sie werden nie versandt.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient/-in:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Rem&amp;inder:</source>
        <translation>E&amp;rinnerung:</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>No video server is set up yet. You can plan the session now; before it starts, open the setup file from your IT under Help → Set Up Vieraugen…</source>
        <translation>Noch ist kein Videoserver eingerichtet. Sie können die Sitzung jetzt planen; öffnen Sie vor Beginn die Einrichtungsdatei Ihrer IT unter Hilfe → Vieraugen einrichten …</translation>
    </message>
    <message>
        <source>Type the date, e.g. %1.</source>
        <translation>Geben Sie das Datum ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Type the times as hours and minutes, e.g. 09:30 or 930.</source>
        <translation>Geben Sie die Uhrzeiten als Stunden und Minuten ein, z. B. 09:30 oder 930.</translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation>Der %1 liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>%1 at %2 is in the past.</source>
        <translation>Der %1 um %2 Uhr liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>mobile, e.g. 0151 23456789</source>
        <translation>Mobilnummer, z. B. 0151 23456789</translation>
    </message>
    <message>
        <source>To record how one date went, open that date only.</source>
        <translation>Wie ein einzelner Termin verlief, halten Sie fest, indem Sie nur diesen Termin öffnen.</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Edit Occurrence</source>
        <translation>Termin bearbeiten (nur dieser Termin)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the day the series ends, e.g. %1.</source>
        <translation>Geben Sie den Tag ein, an dem die Serie endet, z. B. %1.</translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> Mal</numerusform>
            <numerusform> Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>The end time (%1) must be after the start (%2).</source>
        <translation>Das Ende (%1) muss nach dem Beginn (%2) liegen.</translation>
    </message>
    <message>
        <source>C&amp;alendar:</source>
        <translation>K&amp;alender:</translation>
    </message>
    <message>
        <source>C&amp;ounselor:</source>
        <translation>&amp;Berater/-in:</translation>
    </message>
    <message>
        <source>Who holds the appointment: the counselor&apos;s user name on the calendar server. Only that counselor&apos;s Vieraugen starts its session.</source>
        <translation>Wer den Termin übernimmt: der Benutzername der Beraterin oder des Beraters auf dem Kalenderserver. Nur deren Vieraugen startet die Sitzung.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Type the last day, e.g. %1.</source>
        <translation>Geben Sie den letzten Tag ein, z. B. %1.</translation>
    </message>
    <message>
        <source>The last day (%1) must not be before the first (%2).</source>
        <translation>Der letzte Tag (%1) darf nicht vor dem ersten (%2) liegen.</translation>
    </message>
    <message>
        <source>%1 looks like a landline: text messages (the room password by SMS) cannot reach it. Enter a mobile number, or read the password out on the phone.</source>
        <translation>%1 sieht nach einer Festnetznummer aus: Textnachrichten (das Raumpasswort per SMS) erreichen sie nicht. Geben Sie eine Mobilnummer ein oder lesen Sie das Passwort am Telefon vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2–%3)</source>
        <translation>„%1“ (%2–%3)</translation>
    </message>
    <message>
        <source>This overlaps with %1.</source>
        <translation>Das überschneidet sich mit %1.</translation>
    </message>
    <message>
        <source>This overlaps with %1 and %2.</source>
        <translation>Das überschneidet sich mit %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>This overlaps with %1, %2 and %n more appointments.</source>
        <translation>
            <numerusform>Das überschneidet sich mit %1, %2 und %n weiteren Termin.</numerusform>
            <numerusform>Das überschneidet sich mit %1, %2 und %n weiteren Terminen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Den %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Discard the new appointment?</source>
        <translation>Den neuen Termin verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>e.g. 030 1234567 or 0151 23456789</source>
        <translation>z. B. 030 1234567 oder 0151 23456789</translation>
    </message>
    <message>
        <source>Ends the next day, %1.</source>
        <translation>Endet am nächsten Tag, %1.</translation>
    </message>
</context>
<context>
    <name>AppointmentStore</name>
    <message>
        <source>The appointments to put back do not belong together.</source>
        <translation>Die wiederherzustellenden Termine gehören nicht zusammen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice with the same UID and date; nothing was saved.</source>
        <translation>„%1“ kommt zweimal mit derselben UID und demselben Datum vor; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted meanwhile, so nothing was saved for it.</source>
        <translation>„%1“ wurde inzwischen gelöscht; dafür wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is not a usable Vieraugen calendar: %2</source>
        <translation>%1 ist kein brauchbarer Vieraugen-Kalender: %2</translation>
    </message>
    <message>
        <source>The current calendar could not be saved before restoring, so nothing was changed.</source>
        <translation>Der aktuelle Kalender ließ sich vor dem Wiederherstellen nicht sichern, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup could not be copied into place; the calendar is unchanged.</source>
        <translation>Die Sicherung ließ sich nicht an ihren Platz kopieren; der Kalender ist unverändert.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. Your previous calendar is kept as %1.</source>
        <translation>Die Sicherung ließ sich nicht einsetzen. Ihr bisheriger Kalender liegt als %1 bereit.</translation>
    </message>
</context>
<context>
    <name>CalDavAccountDialog</name>
    <message>
        <source>Add Calendar Account</source>
        <translation>Kalenderkonto hinzufügen</translation>
    </message>
    <message>
        <source>On Nextcloud, create an app password under Settings → Security.</source>
        <translation>In Nextcloud legen Sie ein App-Passwort unter Einstellungen → Sicherheit an.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the calendar server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Kalenderservers ein.</translation>
    </message>
    <message>
        <source>The address must begin with https://: the password must not travel unencrypted.</source>
        <translation>Die Adresse muss mit https:// beginnen: Das Passwort darf nicht unverschlüsselt übertragen werden.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server ein.</translation>
    </message>
    <message>
        <source>Enter the password or app password.</source>
        <translation>Geben Sie das Passwort oder App-Passwort ein.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt …</translation>
    </message>
</context>
<context>
    <name>CalDavAccountSetup</name>
    <message>
        <source>The server shows this account no calendar. Create one there, or ask who runs the server to share one with you.</source>
        <translation>Der Server zeigt diesem Konto keinen Kalender. Legen Sie dort einen an, oder bitten Sie die Verantwortlichen für den Server, einen mit Ihnen zu teilen.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain, so the account was not added: %1</source>
        <translation>Das Passwort ließ sich nicht im Schlüsselbund speichern, daher wurde das Konto nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>CalendarCellAccessible</name>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarChanges</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <source>Record the session of &quot;%1&quot;</source>
        <translation>Sitzung von „%1“ vermerken</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>Adds an appointment and prints its UID.</source>
        <translation>Legt einen Termin an und gibt seine UID aus.</translation>
    </message>
    <message>
        <source>what the appointment is called</source>
        <translation>wie der Termin heißt</translation>
    </message>
    <message>
        <source>start, e.g. 2026-12-01T09:00</source>
        <translation>Beginn, z. B. 2026-12-01T09:00</translation>
    </message>
    <message>
        <source>end, e.g. 2026-12-01T09:50</source>
        <translation>Ende, z. B. 2026-12-01T09:50</translation>
    </message>
    <message>
        <source>IANA time zone of the times (default: this computer&apos;s)</source>
        <translation>IANA-Zeitzone der Zeiten (Standard: die dieses Computers)</translation>
    </message>
    <message>
        <source>an all-day appointment (dates only; --end is the last day)</source>
        <translation>ein ganztägiger Termin (nur Daten; --end ist der letzte Tag)</translation>
    </message>
    <message>
        <source>a video session on this server profile</source>
        <translation>eine Videositzung auf diesem Serverprofil</translation>
    </message>
    <message>
        <source>a session in an external tool (Zoom, Teams, …)</source>
        <translation>eine Sitzung in einem externen Werkzeug (Zoom, Teams, …)</translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation>ein Telefonat</translation>
    </message>
    <message>
        <source>a meeting in person</source>
        <translation>ein Treffen vor Ort</translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation>der Name der Klientin oder des Klienten</translation>
    </message>
    <message>
        <source>the client&apos;s e-mail address</source>
        <translation>die E-Mail-Adresse der Klientin oder des Klienten</translation>
    </message>
    <message>
        <source>the client&apos;s mobile number</source>
        <translation>die Mobilnummer der Klientin oder des Klienten</translation>
    </message>
    <message>
        <source>the client&apos;s language for invitations: de or en</source>
        <translation>die Sprache für Einladungen: de oder en</translation>
    </message>
    <message>
        <source>repeat by an RFC 5545 rule, e.g. FREQ=WEEKLY;COUNT=10</source>
        <translation>nach einer RFC-5545-Regel wiederholen, z. B. FREQ=WEEKLY;COUNT=10</translation>
    </message>
    <message>
        <source>short notes</source>
        <translation>kurze Notizen</translation>
    </message>
    <message>
        <source>add needs --title, --start and --end.</source>
        <translation>add braucht --title, --start und --end.</translation>
    </message>
    <message>
        <source>Choose one of --jitsi, --link, --phone and --in-person.</source>
        <translation>Wählen Sie eines von --jitsi, --link, --phone und --in-person.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone, e.g. Europe/Berlin.</source>
        <translation>„%1“ ist keine bekannte Zeitzone wie z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>With --all-day, --start and --end are dates like 2026-12-24.</source>
        <translation>Mit --all-day sind --start und --end Daten wie 2026-12-24.</translation>
    </message>
    <message>
        <source>Times are written like 2026-12-01T09:00 (or with an offset: 2026-12-01T09:00+01:00).</source>
        <translation>Zeiten schreibt man wie 2026-12-01T09:00 (oder mit Versatz: 2026-12-01T09:00+01:00).</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks are put forward then.</source>
        <translation>%1 gibt es in %2 nicht: Dann werden die Uhren vorgestellt.</translation>
    </message>
    <message>
        <source>No Jitsi server is set up. Add one (vieraugen-cli provision) or choose --link, --phone or --in-person.</source>
        <translation>Es ist kein Jitsi-Server eingerichtet. Richten Sie einen ein (vieraugen-cli provision) oder wählen Sie --link, --phone oder --in-person.</translation>
    </message>
    <message>
        <source>There is no server profile &quot;%1&quot;; see vieraugen-cli profiles list.</source>
        <translation>Es gibt kein Serverprofil „%1“; siehe vieraugen-cli profiles list.</translation>
    </message>
    <message>
        <source>Adds a participant to the appointment UID, e.g. a relative joining the session.</source>
        <translation>Fügt dem Termin UID eine teilnehmende Person hinzu, z. B. eine Angehörige.</translation>
    </message>
    <message>
        <source>the participant&apos;s name</source>
        <translation>der Name der Person</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>de or en</source>
        <translation>de oder en</translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation>der Termin</translation>
    </message>
    <message>
        <source>participant-add needs a UID and --name.</source>
        <translation>participant-add braucht eine UID und --name.</translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation>Es gibt keinen Termin %1.</translation>
    </message>
    <message>
        <source>Added %1 to %2; participants now: %3.</source>
        <translation>%1 zu %2 hinzugefügt; Teilnehmende jetzt: %3.</translation>
    </message>
    <message>
        <source>--from and --to take dates like 2026-12-01 (or date-times), and --to must come after --from.</source>
        <translation>--from und --to nehmen Daten wie 2026-12-01 (oder Datum mit Uhrzeit), und --to muss nach --from liegen.</translation>
    </message>
    <message>
        <source>Lists the appointments from --from (default: today) to --to (default: 31 days later).</source>
        <translation>Listet die Termine von --from (Standard: heute) bis --to (Standard: 31 Tage später).</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>No appointments from %1 to %2.</source>
        <translation>Keine Termine vom %1 bis %2.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Writes appointments to an iCalendar file: all, or those in --from … --to.</source>
        <translation>Schreibt Termine in eine iCalendar-Datei: alle oder die von --from bis --to.</translation>
    </message>
    <message>
        <source>where to write</source>
        <translation>wohin geschrieben wird</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Die Sicherung ließ sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>age in days</source>
        <translation>Alter in Tagen</translation>
    </message>
    <message>
        <source>purge needs --older-than DAYS, e.g. --older-than 90.</source>
        <translation>purge braucht --older-than TAGE, z. B. --older-than 90.</translation>
    </message>
    <message>
        <source>Appointments whose personal data was removed: %1</source>
        <translation>Termine, deren persönliche Daten entfernt wurden: %1</translation>
    </message>
    <message>
        <source>--occurrence takes a date-time like 2026-12-01T09:00.</source>
        <translation>--occurrence erwartet Datum und Uhrzeit wie 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>the file to read</source>
        <translation>die zu lesende Datei</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the calendar to FILE, also while Vieraugen runs.</source>
        <translation>Schreibt eine stimmige Kopie des Kalenders nach DATEI, auch während Vieraugen läuft.</translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation>wohin die Kopie geschrieben wird</translation>
    </message>
    <message>
        <source>Imports the appointments of an iCalendar file, all in one step; a report names the lines it left out or refused.</source>
        <translation>Importiert die Termine einer iCalendar-Datei in einem Schritt; ein Bericht nennt die Zeilen, die ausgelassen oder abgelehnt wurden.</translation>
    </message>
    <message>
        <source>Removes names, contacts and notes of appointments that ended more than DAYS days ago, from the calendar and its backups; their time and status stay.</source>
        <translation>Entfernt Namen, Kontaktdaten und Notizen von Terminen, die vor mehr als TAGE Tagen endeten, aus dem Kalender und seinen Sicherungen; Zeit und Status bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n appointments to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 exportiert.</numerusform>
            <numerusform>%n Termine nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 (%n appointments).</source>
        <translation>
            <numerusform>Sicherung nach %1 geschrieben (%n Termin).</numerusform>
            <numerusform>Sicherung nach %1 geschrieben (%n Termine).</numerusform>
        </translation>
    </message>
    <message>
        <source>the calendar to put it in (default: the one chosen for new appointments; see vieraugen-cli calendars)</source>
        <translation>der Kalender, in den er kommt (Standard: der für neue Termine gewählte; siehe vieraugen-cli calendars)</translation>
    </message>
    <message>
        <source>who holds it: the counselor&apos;s user name on the calendar server</source>
        <translation>wer ihn übernimmt: der Benutzername der Beraterin oder des Beraters auf dem Kalenderserver</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; is read-only.</source>
        <translation>Der Kalender „%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;; see vieraugen-cli calendars.</source>
        <translation>Es gibt keinen Kalender „%1“; siehe vieraugen-cli calendars.</translation>
    </message>
    <message>
        <source>The appointment is in the read-only calendar &quot;%1&quot;; it cannot be changed here.</source>
        <translation>Der Termin liegt im schreibgeschützten Kalender „%1“; er kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Changes the appointment UID (a series as a whole): what is given, nothing else.</source>
        <translation>Ändert den Termin UID (eine Serie als Ganzes): was angegeben ist, sonst nichts.</translation>
    </message>
    <message>
        <source>planned, done, cancelled-by-us, cancelled-by-client or no-show</source>
        <translation>planned, done, cancelled-by-us, cancelled-by-client oder no-show</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>--start and --end change timed appointments only.</source>
        <translation>--start und --end ändern nur Termine mit Uhrzeit.</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>Deletes the appointment UID, a series with all its dates.</source>
        <translation>Löscht den Termin UID, eine Serie mit allen ihren Terminen.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>the calendar to import into (default: this computer&apos;s)</source>
        <translation>der Kalender, in den importiert wird (Standard: der dieses Computers)</translation>
    </message>
</context>
<context>
    <name>CalendarObject</name>
    <message>
        <source>The server sent a calendar entry without any event.</source>
        <translation>Der Server hat einen Kalendereintrag ohne Termin geschickt.</translation>
    </message>
</context>
<context>
    <name>CalendarStyle</name>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>link to another tool</source>
        <translation>Link zu einem anderen Werkzeug</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>vor Ort</translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Arbeitswoche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>KW %1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added.</source>
        <translation>„%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit Recurring Appointment</source>
        <translation>Serientermin bearbeiten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of a series. What do you want to change?</source>
        <translation>„%1“ gehört zu einer Serie. Was möchten Sie ändern?</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot; on %2</source>
        <translation>„%1“ am %2 bearbeiten</translation>
    </message>
    <message>
        <source>Delete Recurring Appointment</source>
        <translation>Serientermin löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of a series. What do you want to delete?</source>
        <translation>„%1“ gehört zu einer Serie. Was möchten Sie löschen?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Undo with %2.</source>
        <translation>„%1“ wurde gelöscht. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 ließ sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Appointment Not Moved</source>
        <translation>Termin nicht verschoben</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to %2</source>
        <translation>„%1“ auf %2 verschieben</translation>
    </message>
    <message>
        <source>the appointments could not be saved.</source>
        <translation>Die Termine konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n appointments to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 exportiert.</numerusform>
            <numerusform>%n Termine nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Search appointments</source>
        <translation>Termine suchen</translation>
    </message>
    <message>
        <source>Month overview</source>
        <translation>Monatsüberblick</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now ends at %2. Undo with %3.</source>
        <translation>„%1“ endet jetzt um %2. Rückgängig mit %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; moved to %2. Undo with %3.</source>
        <translation>„%1“ wurde auf %2 verschoben. Rückgängig mit %3.</translation>
    </message>
    <message>
        <source>Move series &quot;%1&quot;</source>
        <translation>Serie „%1“ verschieben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added to &quot;%2&quot;.</source>
        <translation>„%1“ wurde im Kalender „%2“ angelegt.</translation>
    </message>
    <message>
        <source>End &quot;%1&quot; at %2</source>
        <translation>Ende von „%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>End series &quot;%1&quot; at %2</source>
        <translation>Ende der Serie „%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>&amp;Only this appointment</source>
        <translation>&amp;Nur diesen Termin</translation>
    </message>
    <message>
        <source>The &amp;whole series</source>
        <translation>Die &amp;ganze Serie</translation>
    </message>
    <message>
        <source>Only this date of &quot;%1&quot; moved to %2. Undo with %3.</source>
        <translation>Nur dieser Termin von „%1“ wurde auf %2 verschoben. Rückgängig mit %3.</translation>
    </message>
    <message>
        <source>Only this date of &quot;%1&quot; now ends at %2. Undo with %3.</source>
        <translation>Nur dieser Termin von „%1“ endet jetzt um %2. Rückgängig mit %3.</translation>
    </message>
    <message>
        <source>Every date of the series &quot;%1&quot; now ends at %2. Undo with %3.</source>
        <translation>Alle Termine der Serie „%1“ enden jetzt um %2. Rückgängig mit %3.</translation>
    </message>
    <message>
        <source>The whole series &quot;%1&quot; moved; this date is now %2. Undo with %3.</source>
        <translation>Die ganze Serie „%1“ wurde verschoben, dieser Termin ist jetzt am %2. Rückgängig mit %3.</translation>
    </message>
    <message>
        <source>Only this date of &quot;%1&quot; was deleted. Undo with %2.</source>
        <translation>Nur dieser Termin von „%1“ wurde gelöscht. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>The whole series &quot;%1&quot; was deleted. Undo with %2.</source>
        <translation>Die ganze Serie „%1“ wurde gelöscht. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not changed.</source>
        <translation>„%1“ wurde nicht geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved. Undo with %2.</source>
        <translation>„%1“ wurde gespeichert. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is now marked &quot;%3&quot;. Undo with %4.</source>
        <translation>„%1“ am %2 ist jetzt als „%3“ vermerkt. Rückgängig mit %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>kind of session</source>
        <translation>Art der Sitzung</translation>
    </message>
    <message>
        <source>counselor</source>
        <translation>Berater/-in</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>what happened in the session</source>
        <translation>Ablauf der Sitzung</translation>
    </message>
    <message>
        <source>single dates of the series</source>
        <translation>einzelne Termine der Serie</translation>
    </message>
    <message>
        <source>Changed Meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved.</source>
        <translation>„%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>While you edited &quot;%1&quot;, this was changed in the team calendar as well: %2. Keep yours or the other? Everything else you changed is saved either way.</source>
        <translation>Während Sie „%1“ bearbeitet haben, wurde dies auch im Teamkalender geändert: %2. Ihre Fassung behalten oder die andere? Alles andere, was Sie geändert haben, wird in jedem Fall gespeichert.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;Other</source>
        <translation>Die &amp;andere behalten</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Deleted Meanwhile</source>
        <translation>Inzwischen gelöscht</translation>
    </message>
    <message>
        <source>While you edited &quot;%1&quot;, it was deleted, in the team calendar or elsewhere. Save it again with your changes?</source>
        <translation>Während Sie „%1“ bearbeitet haben, wurde der Termin gelöscht, im Teamkalender oder anderswo. Mit Ihren Änderungen wieder speichern?</translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation>&amp;Wieder speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved: it was deleted meanwhile.</source>
        <translation>„%1“ wurde nicht gespeichert: Der Termin wurde inzwischen gelöscht.</translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <source>&amp;Remove Account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>Use for &amp;new appointments</source>
        <translation>Für &amp;neue Termine verwenden</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Tick the calendars the views show. Team calendars are kept in step with their server; what a server gets of each appointment is chosen per calendar.</source>
        <translation>Haken Sie die Kalender an, die die Ansichten zeigen. Teamkalender werden mit ihrem Server abgeglichen; was ein Server von jedem Termin erhält, wird je Kalender gewählt.</translation>
    </message>
    <message>
        <source>%1 (new appointments)</source>
        <translation>%1 (neue Termine)</translation>
    </message>
    <message>
        <source>What %1 gets of each appointment</source>
        <translation>Was %1 von jedem Termin erhält</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1? Its calendars&apos; appointments are removed from this computer; the server keeps them.</source>
        <translation>Das Konto %1 entfernen? Die Termine seiner Kalender werden von diesem Computer entfernt; der Server behält sie.</translation>
    </message>
    <message numerus="yes">
        <source>Account added with %n calendar(s).</source>
        <translation>
            <numerusform>Konto mit %n Kalender hinzugefügt.</numerusform>
            <numerusform>Konto mit %n Kalendern hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Reset Co&amp;lour</source>
        <translation>Farbe &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The colour of the calendar&apos;s appointments in the views, on this computer.</source>
        <translation>Die Farbe der Termine dieses Kalenders in den Ansichten, auf diesem Computer.</translation>
    </message>
    <message>
        <source>Back to the colour the server gives the calendar (or none).</source>
        <translation>Zurück zur Farbe, die der Server dem Kalender gibt (oder keiner).</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>This calendar stays on this computer.</source>
        <translation>Dieser Kalender bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Invitations and sessions for its appointments need the team key from your administrator&apos;s setup file: open it with Help → Set Up Vieraugen…</source>
        <translation>Einladungen und Sitzungen für seine Termine brauchen den Teamschlüssel aus der Einrichtungsdatei Ihrer Administration: Öffnen Sie sie unter Hilfe → Vieraugen einrichten …</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Sent to the &amp;server:</source>
        <translation>An den &amp;Server geht:</translation>
    </message>
    <message>
        <source>To the server: nothing (stays on this computer)</source>
        <translation>An den Server: nichts (bleibt auf diesem Computer)</translation>
    </message>
    <message>
        <source>To the server: nothing (read-only)</source>
        <translation>An den Server: nichts (nur lesen)</translation>
    </message>
    <message>
        <source>To the server: %1</source>
        <translation>An den Server: %1</translation>
    </message>
    <message>
        <source>Select a team calendar in the list to choose what its server gets.</source>
        <translation>Wählen Sie in der Liste einen Teamkalender, um festzulegen, was sein Server erhält.</translation>
    </message>
    <message>
        <source>A read-only calendar: nothing goes from here to its server.</source>
        <translation>Ein Kalender nur zum Lesen: Von hier geht nichts an seinen Server.</translation>
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
    <message>
        <source>Set up servers, e-mail and SMS from an administrator&apos;s file</source>
        <translation>Server, E-Mail und SMS aus einer Datei der Administration einrichten</translation>
    </message>
    <message>
        <source>List the Jitsi server profiles (&quot;profiles list [--json]&quot;)</source>
        <translation>Die Jitsi-Serverprofile auflisten („profiles list [--json]“)</translation>
    </message>
    <message>
        <source>Check the keychain and which secrets are present (&quot;secrets check&quot;)</source>
        <translation>Schlüsselbund prüfen und zeigen, welche Geheimnisse vorhanden sind („secrets check“)</translation>
    </message>
    <message>
        <source>Creates or updates server profiles, e-mail and SMS settings from FILE. Secrets in the file are stored in the system keychain and nowhere else; delete the file once every computer is set up.</source>
        <translation>Legt Serverprofile sowie E-Mail- und SMS-Einstellungen aus DATEI an oder aktualisiert sie. Geheimnisse aus der Datei landen nur im Schlüsselbund des Systems; löschen Sie die Datei, sobald alle Computer eingerichtet sind.</translation>
    </message>
    <message>
        <source>the provisioning file (JSON)</source>
        <translation>die Einrichtungsdatei (JSON)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>list the profiles</source>
        <translation>die Profile auflisten</translation>
    </message>
    <message>
        <source>No server profiles. Add one in Settings or with &quot;vieraugen-cli provision FILE&quot;.</source>
        <translation>Keine Serverprofile. Legen Sie eines in den Einstellungen an oder mit „vieraugen-cli provision DATEI“.</translation>
    </message>
    <message>
        <source>token authentication</source>
        <translation>Token-Anmeldung</translation>
    </message>
    <message>
        <source>token authentication, app secret missing</source>
        <translation>Token-Anmeldung, App-Geheimnis fehlt</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>keine Anmeldung</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>Ausweichserver: %1</translation>
    </message>
    <message>
        <source>Secure storage: not available</source>
        <translation>Sicherer Speicher: nicht verfügbar</translation>
    </message>
    <message>
        <source>Secure storage: available</source>
        <translation>Sicherer Speicher: verfügbar</translation>
    </message>
    <message>
        <source>app secret of server %1</source>
        <translation>App-Geheimnis von Server %1</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>SMS gateway secret</source>
        <translation>Geheimnis des SMS-Gateways</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>No secrets are expected yet: no server, e-mail or SMS settings need one.</source>
        <translation>Noch werden keine Geheimnisse erwartet: Weder Server noch E-Mail- oder SMS-Einstellungen brauchen eines.</translation>
    </message>
    <message>
        <source>Add an appointment; prints its UID</source>
        <translation>Einen Termin anlegen; gibt seine UID aus</translation>
    </message>
    <message>
        <source>Add a participant to an appointment</source>
        <translation>Einem Termin eine teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>List appointments [--from D --to D] [--json]</source>
        <translation>Termine auflisten [--from D --to D] [--json]</translation>
    </message>
    <message>
        <source>Export appointments to an iCalendar file</source>
        <translation>Termine in eine iCalendar-Datei exportieren</translation>
    </message>
    <message>
        <source>Write a consistent copy of the calendar to FILE</source>
        <translation>Eine stimmige Kopie des Kalenders in DATEI schreiben</translation>
    </message>
    <message>
        <source>Replace the calendar with a backup (the current one is kept)</source>
        <translation>Den Kalender durch eine Sicherung ersetzen (der aktuelle bleibt erhalten)</translation>
    </message>
    <message>
        <source>Remove personal data of old appointments (--older-than DAYS)</source>
        <translation>Persönliche Daten alter Termine entfernen (--older-than TAGE)</translation>
    </message>
    <message>
        <source>Vieraugen is running with this calendar. Close it first, then restore.</source>
        <translation>Vieraugen läuft mit diesem Kalender. Schließen Sie es zuerst und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <source>The calendar was restored from %1.</source>
        <translation>Der Kalender wurde aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The calendar it replaced is kept as %1.</source>
        <translation>Der ersetzte Kalender liegt als %1 bereit.</translation>
    </message>
    <message>
        <source>Secrets missing: %1. Enter them in Settings or provision them again.</source>
        <translation>Fehlende Geheimnisse: %1. Geben Sie sie in den Einstellungen ein oder richten Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Print the guest or moderator link of a video appointment (the moderator link carries a token)</source>
        <translation>Gäste- oder Moderationslink eines Videotermins ausgeben (der Moderationslink enthält ein Token)</translation>
    </message>
    <message>
        <source>Send the invitation of an appointment: link and password on separate ways (--dry-run to check)</source>
        <translation>Einladung zu einem Termin senden: Link und Passwort auf getrennten Wegen (--dry-run zum Prüfen)</translation>
    </message>
    <message>
        <source>List invitation messages that wait or failed; --retry sends them now</source>
        <translation>Wartende oder fehlgeschlagene Einladungsnachrichten auflisten; --retry sendet sie sofort</translation>
    </message>
    <message>
        <source>Check a Jitsi server&apos;s configuration for privacy (exit code 0 green, 3 amber, 4 red)</source>
        <translation>Konfiguration eines Jitsi-Servers auf Datenschutz prüfen (Exit-Code 0 grün, 3 gelb, 4 rot)</translation>
    </message>
    <message>
        <source>Check a Jitsi server before a session: lookup, TLS, meeting API, answer time (exit code 0/3/4)</source>
        <translation>Jitsi-Server vor einer Sitzung prüfen: Namensauflösung, TLS, Sitzungs-API, Antwortzeit (Exit-Code 0/3/4)</translation>
    </message>
    <message>
        <source>Replaces the calendar with the backup FILE. The current calendar is kept in the backup folder. Close Vieraugen first.</source>
        <translation>Ersetzt den Kalender durch die Sicherung DATEI. Der bisherige Kalender bleibt im Sicherungsordner erhalten. Schließen Sie Vieraugen vorher.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>die wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <source>Shows where the calendar, its backups and the log are kept.</source>
        <translation>Zeigt, wo der Kalender, seine Sicherungen und das Protokoll liegen.</translation>
    </message>
    <message>
        <source>Lists the Jitsi server profiles: id, name, address and authentication.</source>
        <translation>Listet die Jitsi-Serverprofile auf: Kennung, Name, Adresse und Anmeldung.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation>Unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>Checks that the keychain works and which of the secrets the settings need are in it. Prints no secret.</source>
        <translation>Prüft, ob der Schlüsselbund funktioniert und welche der von den Einstellungen benötigten Geheimnisse darin liegen. Gibt kein Geheimnis aus.</translation>
    </message>
    <message>
        <source>check the keychain</source>
        <translation>den Schlüsselbund prüfen</translation>
    </message>
    <message>
        <source>Import an iCalendar file; a report names what was left out</source>
        <translation>Eine iCalendar-Datei importieren; ein Bericht nennt, was ausgelassen wurde</translation>
    </message>
    <message>
        <source>Change an appointment&apos;s title, times or status</source>
        <translation>Titel, Zeiten oder Status eines Termins ändern</translation>
    </message>
    <message>
        <source>Delete an appointment (a series with all its dates)</source>
        <translation>Einen Termin löschen (eine Serie mit allen ihren Terminen)</translation>
    </message>
    <message>
        <source>Add an account on a CalDAV server (&quot;account add caldav --url URL --user NAME&quot;, password on stdin)</source>
        <translation>Ein Konto auf einem CalDAV-Server hinzufügen („account add caldav --url URL --user NAME“, Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>List the calendar server accounts [--json]</source>
        <translation>Die Konten auf Kalenderservern auflisten [--json]</translation>
    </message>
    <message>
        <source>List the calendars [--json]; &quot;calendars use ID&quot; chooses where new appointments go</source>
        <translation>Die Kalender auflisten [--json]; „calendars use ID“ wählt, wohin neue Termine kommen</translation>
    </message>
    <message>
        <source>List appointments changed here and on the server [--json]; &quot;conflicts resolve ID&quot;</source>
        <translation>Termine auflisten, die hier und auf dem Server geändert wurden [--json]; „conflicts resolve ID“</translation>
    </message>
    <message>
        <source>Bring the team calendars in step with their servers once: what went up, came down or conflicts [--json]</source>
        <translation>Die Teamkalender einmal mit ihren Servern abgleichen: was hochgeladen, heruntergeladen wurde oder in Konflikt steht [--json]</translation>
    </message>
</context>
<context>
    <name>CommandSyntax</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
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
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Die vom Server behalten</translation>
    </message>
    <message>
        <source>Changed Here and on the Server</source>
        <translation>Hier und auf dem Server geändert</translation>
    </message>
    <message>
        <source>Your version goes to the server and replaces the other one.</source>
        <translation>Ihre Fassung geht an den Server und ersetzt die andere.</translation>
    </message>
    <message>
        <source>The server&apos;s version stays; your change is dropped.</source>
        <translation>Die Fassung vom Server bleibt; Ihre Änderung wird verworfen.</translation>
    </message>
    <message>
        <source>Decide later: nothing is changed.</source>
        <translation>Später entscheiden: Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing left to decide.</source>
        <translation>Nichts mehr zu entscheiden.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) to decide. This one:</source>
        <translation>
            <numerusform>%n Termin zu entscheiden:</numerusform>
            <numerusform>%n Termine zu entscheiden. Dieser:</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version, on this computer</source>
        <translation>Ihre Fassung, auf diesem Computer</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Deleted on this computer</source>
        <translation>Auf diesem Computer gelöscht</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>Berater/-in</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>Both versions</source>
        <translation>Beide Fassungen</translation>
    </message>
    <message>
        <source>These appointments were changed on this computer and, at the same time, on the team calendar&apos;s server (by a colleague or another program), in the same detail. Your calendar shows the server&apos;s version now; yours is kept until you choose. Your version is what you changed, on the server&apos;s version; in bold, where the two differ.</source>
        <translation>Diese Termine wurden auf diesem Computer und gleichzeitig auf dem Server des Teamkalenders geändert (von einer Kollegin, einem Kollegen oder einem anderen Programm), und zwar an derselben Stelle. Ihr Kalender zeigt jetzt die Fassung vom Server; Ihre Fassung wird aufbewahrt, bis Sie entscheiden. „Ihre Fassung“ ist die Fassung vom Server mit Ihren Änderungen; Unterschiede sind fett gedruckt.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No audio or video got through the server&apos;s relay. A firewall or proxy probably blocks it: try another network, or ask your IT team to allow the video server&apos;s media ports.</source>
        <translation>Weder Ton noch Bild kamen über das Relay des Servers durch. Vermutlich blockiert eine Firewall oder ein Proxy die Verbindung: Versuchen Sie ein anderes Netz oder bitten Sie Ihre IT, die Medien-Ports des Videoservers freizugeben.</translation>
    </message>
    <message>
        <source>Even audio will break up on this connection. Use another network, or call the client by phone instead.</source>
        <translation>Über diese Verbindung bricht sogar der Ton ab. Nutzen Sie ein anderes Netz oder rufen Sie die Klientin bzw. den Klienten stattdessen an.</translation>
    </message>
    <message>
        <source>Audio will work, video will not. Start the session with audio only (Problems? → Audio only).</source>
        <translation>Ton wird funktionieren, Bild nicht. Beginnen Sie die Sitzung nur mit Ton (Probleme? → Nur Ton).</translation>
    </message>
    <message>
        <source>Video may freeze. Close other programs that use the network, or lower the video quality in the session.</source>
        <translation>Das Bild kann einfrieren. Schließen Sie andere Programme, die das Netz nutzen, oder verringern Sie in der Sitzung die Videoqualität.</translation>
    </message>
    <message>
        <source>Video may be blurry at times. Lowering the video quality in the session helps.</source>
        <translation>Das Bild kann zeitweise unscharf sein. Eine geringere Videoqualität in der Sitzung hilft.</translation>
    </message>
    <message>
        <source>Good enough for audio and video.</source>
        <translation>Gut genug für Ton und Bild.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>not optimal</source>
        <translation>nicht optimal</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>The answer holds no list of relay servers (iceServers).</source>
        <translation>Die Antwort enthält keine Liste von Relay-Servern (iceServers).</translation>
    </message>
    <message>
        <source>A relay server in the answer has no address (urls).</source>
        <translation>Ein Relay-Server in der Antwort hat keine Adresse (urls).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a STUN or TURN address.</source>
        <translation>„%1“ ist keine STUN- oder TURN-Adresse.</translation>
    </message>
    <message>
        <source>The server names its relay credentials at %1, which is not HTTPS.</source>
        <translation>Der Server nennt für seine Relay-Zugangsdaten %1 – das ist kein HTTPS.</translation>
    </message>
    <message>
        <source>The relay credentials could not be fetched: %1</source>
        <translation>Die Relay-Zugangsdaten konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>ContactModuleLoader</name>
    <message>
        <source>Checking phone numbers and sending e-mail need the module %1 of Vieraugen, which could not be loaded. The calendar works without it. Reinstall Vieraugen, or ask your IT to.

Details: %2</source>
        <translation>Das Prüfen von Telefonnummern und der Versand von E-Mails brauchen das Modul %1 von Vieraugen, das nicht geladen werden konnte. Der Kalender funktioniert auch ohne es. Installieren Sie Vieraugen neu oder bitten Sie Ihre IT darum.

Details: %2</translation>
    </message>
</context>
<context>
    <name>CurtainCover</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Clients&apos; data is hidden</source>
        <translation>Daten der Klient/-innen sind verborgen</translation>
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
    <message>
        <source>Changes cannot be saved: nothing can be written to %1 (%2). Free space on the disk, then start Vieraugen again.</source>
        <translation>Änderungen können nicht gespeichert werden: In %1 kann nichts geschrieben werden (%2). Geben Sie Speicherplatz auf dem Datenträger frei und starten Sie Vieraugen dann neu.</translation>
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
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The calendar file is read-only, so nothing was saved. Check its permissions.</source>
        <translation>Die Kalenderdatei ist schreibgeschützt, daher wurde nichts gespeichert. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>Der Kalender ließ sich nicht speichern: %1</translation>
    </message>
    <message numerus="yes">
        <source>Another program kept writing to the calendar for more than %n seconds (for example vieraugen-cli or a second Vieraugen), so nothing was saved. Try again in a moment.</source>
        <translation>
            <numerusform>Ein anderes Programm hat länger als %n Sekunde in den Kalender geschrieben (zum Beispiel vieraugen-cli oder ein zweites Vieraugen), daher wurde nichts gespeichert. Bitte versuchen Sie es gleich noch einmal.</numerusform>
            <numerusform>Ein anderes Programm hat länger als %n Sekunden in den Kalender geschrieben (zum Beispiel vieraugen-cli oder ein zweites Vieraugen), daher wurde nichts gespeichert. Bitte versuchen Sie es gleich noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar file %1 needs an update, which cannot be saved now. %2</source>
        <translation>Die Kalenderdatei %1 braucht eine Aktualisierung, die jetzt nicht gespeichert werden kann. %2</translation>
    </message>
    <message>
        <source>The calendar file is damaged, so nothing was saved. Restore the newest backup when Vieraugen offers it.</source>
        <translation>Die Kalenderdatei ist beschädigt, daher wurde nichts gespeichert. Stellen Sie die neueste Sicherung wieder her, sobald Vieraugen es anbietet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type the date, e.g. %1, or pick it from the calendar (%2).</source>
        <translation>Geben Sie das Datum ein, z. B. %1, oder wählen Sie es im Kalender (%2).</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>Im Kalender wählen</translation>
    </message>
</context>
<context>
    <name>DavError</name>
    <message>
        <source>The calendar server&apos;s address must start with https://. Ask your administrator for the secure address.</source>
        <translation>Die Adresse des Kalenderservers muss mit https:// beginnen. Fragen Sie Ihre Administration nach der sicheren Adresse.</translation>
    </message>
    <message>
        <source>The calendar server did not accept the user name or password. Check them, or create a new app password on the server.</source>
        <translation>Der Kalenderserver hat Benutzername oder Passwort nicht angenommen. Prüfen Sie beides oder erstellen Sie auf dem Server ein neues App-Passwort.</translation>
    </message>
    <message>
        <source>The calendar server does not allow this account to do that. Ask your administrator for access.</source>
        <translation>Der Kalenderserver erlaubt das diesem Konto nicht. Bitten Sie Ihre Administration um Zugriff.</translation>
    </message>
    <message>
        <source>The calendar server does not know this address. Check the address, or whether the calendar was deleted.</source>
        <translation>Der Kalenderserver kennt diese Adresse nicht. Prüfen Sie die Adresse oder ob der Kalender gelöscht wurde.</translation>
    </message>
    <message>
        <source>Someone else changed this appointment on the server first. Both versions are kept.</source>
        <translation>Jemand anderes hat diesen Termin zuvor auf dem Server geändert. Beide Fassungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The calendar server forgot where the last sync ended. Vieraugen compares the whole calendar again.</source>
        <translation>Der Kalenderserver weiß nicht mehr, wo der letzte Abgleich endete. Vieraugen vergleicht den ganzen Kalender neu.</translation>
    </message>
    <message>
        <source>The calendar server cannot be reached. Check the network connection; changes are kept and sent later.</source>
        <translation>Der Kalenderserver ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung; Änderungen bleiben erhalten und werden später gesendet.</translation>
    </message>
    <message>
        <source>The calendar server&apos;s certificate is not trusted, so nothing was sent. Ask your administrator to check the server&apos;s certificate.</source>
        <translation>Dem Zertifikat des Kalenderservers wird nicht vertraut, daher wurde nichts gesendet. Bitten Sie Ihre Administration, das Zertifikat des Servers zu prüfen.</translation>
    </message>
    <message>
        <source>The calendar server sent an answer Vieraugen cannot read. Check that the address points to a CalDAV server.</source>
        <translation>Der Kalenderserver hat eine Antwort geschickt, die Vieraugen nicht lesen kann. Prüfen Sie, ob die Adresse zu einem CalDAV-Server führt.</translation>
    </message>
    <message>
        <source>The calendar server reported an error (%1). Try again later; changes are kept.</source>
        <translation>Der Kalenderserver hat einen Fehler gemeldet (%1). Versuchen Sie es später noch einmal; Änderungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>DeviceAdvice</name>
    <message>
        <source>The operating system does not let Vieraugen use the camera. Allow it in the privacy settings (Windows: Settings → Privacy → Camera; macOS: System Settings → Privacy &amp; Security → Camera), then check again.</source>
        <translation>Das Betriebssystem erlaubt Vieraugen die Kamera nicht. Erlauben Sie sie in den Datenschutz-Einstellungen (Windows: Einstellungen → Datenschutz → Kamera; macOS: Systemeinstellungen → Datenschutz &amp; Sicherheit → Kamera) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The operating system does not let Vieraugen use the microphone. Allow it in the privacy settings (Windows: Settings → Privacy → Microphone; macOS: System Settings → Privacy &amp; Security → Microphone), then check again.</source>
        <translation>Das Betriebssystem erlaubt Vieraugen das Mikrofon nicht. Erlauben Sie es in den Datenschutz-Einstellungen (Windows: Einstellungen → Datenschutz → Mikrofon; macOS: Systemeinstellungen → Datenschutz &amp; Sicherheit → Mikrofon) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>No camera was found. Connect one, or choose another camera.</source>
        <translation>Es wurde keine Kamera gefunden. Schließen Sie eine an oder wählen Sie eine andere Kamera.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect a headset, or choose another microphone.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie ein Headset an oder wählen Sie ein anderes Mikrofon.</translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close other video programs and browser tabs with calls, then check again.</source>
        <translation>Die Kamera wird von einem anderen Programm benutzt. Schließen Sie andere Videoprogramme und Browser-Tabs mit Gesprächen und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The microphone is in use by another program. Close other call programs and browser tabs with calls, then check again.</source>
        <translation>Das Mikrofon wird von einem anderen Programm benutzt. Schließen Sie andere Gesprächsprogramme und Browser-Tabs mit Gesprächen und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The camera cannot be used. Close other programs that may be using it, and check that the operating system allows Vieraugen to use the camera.</source>
        <translation>Die Kamera lässt sich nicht verwenden. Schließen Sie andere Programme, die sie benutzen könnten, und prüfen Sie, ob das Betriebssystem Vieraugen die Kamera erlaubt.</translation>
    </message>
    <message>
        <source>The microphone cannot be used. Close other programs that may be using it, and check that the operating system allows Vieraugen to use the microphone.</source>
        <translation>Das Mikrofon lässt sich nicht verwenden. Schließen Sie andere Programme, die es benutzen könnten, und prüfen Sie, ob das Betriebssystem Vieraugen das Mikrofon erlaubt.</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>EarlyStatusQuestion</name>
    <message>
        <source>Mark Status</source>
        <translation>Status vermerken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is still to come. Mark it as &quot;%3&quot; anyway?</source>
        <translation>„%1“ am %2 liegt noch in der Zukunft. Trotzdem als „%3“ vermerken?</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Vermerken</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
</context>
<context>
    <name>FirstSetup</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter it like https://beratung.example.org/datenschutz.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie sie so ein: https://beratung.example.org/datenschutz.</translation>
    </message>
    <message>
        <source>Token authentication needs the app secret too (Details for IT).</source>
        <translation>Die Token-Anmeldung braucht auch das App-Geheimnis (Details für die IT).</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Vieraugen Help</source>
        <translation>Vieraugen-Hilfe</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation>Hilfe durchsuchen</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hilfethemen</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
</context>
<context>
    <name>IcsCodec</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
</context>
<context>
    <name>IcsImportReport</name>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;)</source>
        <translation>Zeile %1 („%2“)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 lässt sich nicht importieren: %2</translation>
    </message>
    <message>
        <source>Nothing from %1 could be imported.</source>
        <translation>Aus %1 ließ sich nichts importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appointment(s) from %1: %2 new, %3 updated.</source>
        <translation>
            <numerusform>%n Termin aus %1 importiert: %2 neu, %3 aktualisiert.</numerusform>
            <numerusform>%n Termine aus %1 importiert: %2 neu, %3 aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not imported</source>
        <translation>
            <numerusform>%n Termin nicht importiert</numerusform>
            <numerusform>%n Termine nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Hinweise:</translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in %1: its %n appointment(s) are in the calendar already, as they are.</source>
        <translation>
            <numerusform>Nichts Neues in %1: %n Termin steht schon genau so im Kalender.</numerusform>
            <numerusform>Nichts Neues in %1: %n Termine stehen schon genau so im Kalender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appointment(s) from %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>%n Termin aus %1 importiert: %2 neu, %3 aktualisiert, %4 unverändert.</numerusform>
            <numerusform>%n Termine aus %1 importiert: %2 neu, %3 aktualisiert, %4 unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>The file is not UTF-8 text, so it cannot be a calendar file.</source>
        <translation>Die Datei ist kein UTF-8-Text und kann daher keine Kalenderdatei sein.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;</source>
        <translation>Zeile %1 ist keine iCalendar-Zeile (NAME:Wert): „%2“</translation>
    </message>
    <message>
        <source>this is not an iCalendar line (NAME:value); it was left out.</source>
        <translation>Keine iCalendar-Zeile (NAME:Wert); sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Line %1: a calendar file must start with BEGIN:VCALENDAR.</source>
        <translation>Zeile %1: Eine Kalenderdatei muss mit BEGIN:VCALENDAR beginnen.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not close %3.</source>
        <translation>Zeile %1: END:%2 schließt nicht %3.</translation>
    </message>
    <message>
        <source>anything</source>
        <translation>etwas Offenes</translation>
    </message>
    <message>
        <source>%1 stands outside BEGIN:VCALENDAR … END:VCALENDAR; it was left out.</source>
        <translation>%1 steht außerhalb von BEGIN:VCALENDAR … END:VCALENDAR und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The file ends before END:%1.</source>
        <translation>Die Datei endet vor END:%1.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read: &quot;%2&quot;.</source>
        <translation>%1 lässt sich nicht lesen: „%2“.</translation>
    </message>
    <message>
        <source>a property cannot be read; it was left out.</source>
        <translation>Eine Eigenschaft lässt sich nicht lesen und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 cannot be read; it was left out.</source>
        <translation>%1 lässt sich nicht lesen und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; matches no known zone; its times were converted, but series repeat in your computer&apos;s time zone (%2).</source>
        <translation>Die Zeitzone „%1“ passt zu keiner bekannten Zeitzone; ihre Zeiten wurden umgerechnet, Serien wiederholen sich aber in der Zeitzone dieses Computers (%2).</translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; is neither known nor defined in the file (VTIMEZONE).</source>
        <translation>Die Zeitzone „%1“ ist weder bekannt noch in der Datei beschrieben (VTIMEZONE).</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>%1 is not a valid time.</source>
        <translation>%1 ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>The file could not be read as a calendar.</source>
        <translation>Die Datei ließ sich nicht als Kalender lesen.</translation>
    </message>
    <message>
        <source>an earlier event in the file already changes this date of the series (same UID and RECURRENCE-ID).</source>
        <translation>Ein früherer Termin in der Datei ändert diesen Tag der Serie schon (gleiche UID und RECURRENCE-ID).</translation>
    </message>
    <message>
        <source>an earlier event in the file has the same UID.</source>
        <translation>Ein früherer Termin in der Datei hat dieselbe UID.</translation>
    </message>
    <message>
        <source>The file contains no appointments (VEVENT).</source>
        <translation>Die Datei enthält keine Termine (VEVENT).</translation>
    </message>
    <message>
        <source>%1 must be a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS), not &quot;%2&quot;.</source>
        <translation>%1 muss ein Datum (JJJJMMTT) oder ein Datum mit Uhrzeit (JJJJMMTTTHHMMSS) sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>it has no start (DTSTART).</source>
        <translation>Er hat keinen Beginn (DTSTART).</translation>
    </message>
    <message>
        <source>it ends before it starts.</source>
        <translation>Er endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; Vieraugen reads calendar files up to that size. Export a shorter period from your other calendar.</source>
        <translation>Die Datei ist größer als %1 MB; so große Kalenderdateien liest Vieraugen nicht. Exportieren Sie in Ihrem anderen Kalender einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters; it was left out.</source>
        <translation>%1 ist länger als %2 Zeichen und wurde ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>The file holds more than %n appointments; Vieraugen imports up to that many at once. Export a shorter period from your other calendar.</source>
        <translation>
            <numerusform>Die Datei enthält mehr als %n Termin; so viele importiert Vieraugen höchstens auf einmal. Exportieren Sie in Ihrem anderen Kalender einen kürzeren Zeitraum.</numerusform>
            <numerusform>Die Datei enthält mehr als %n Termine; so viele importiert Vieraugen höchstens auf einmal. Exportieren Sie in Ihrem anderen Kalender einen kürzeren Zeitraum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the time zone &quot;%1&quot; (line %2) changes the clocks more than %n times a year, which no real time zone does; its times cannot be read.</source>
        <translation>
            <numerusform>die Zeitzone „%1“ (Zeile %2) stellt die Uhr öfter als %n-mal im Jahr um, was keine echte Zeitzone tut; ihre Zeiten lassen sich nicht lesen.</numerusform>
            <numerusform>die Zeitzone „%1“ (Zeile %2) stellt die Uhr öfter als %n-mal im Jahr um, was keine echte Zeitzone tut; ihre Zeiten lassen sich nicht lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; (line %2) changes the clocks in a week no month has; its times cannot be read.</source>
        <translation>die Zeitzone „%1“ (Zeile %2) stellt die Uhren in einer Woche um, die kein Monat hat; ihre Zeiten können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the file is written in Windows-1252, not in UTF-8 as calendar files are; it was read as Windows-1252. Check that umlauts and other special characters look right.</source>
        <translation>die Datei ist in Windows-1252 geschrieben, nicht in UTF-8 wie Kalenderdateien sonst; sie wurde als Windows-1252 gelesen. Prüfen Sie, ob Umlaute und andere Sonderzeichen richtig aussehen.</translation>
    </message>
    <message>
        <source>one attendee at your organisation&apos;s own domain was taken as a colleague, not as a client. If they are a client, add them to the appointment.</source>
        <translation>eine eingeladene Person mit einer Adresse Ihrer eigenen Organisation gilt als Kollegin oder Kollege, nicht als Klient/-in, und wurde nicht übernommen. Ist sie Klient/-in, fügen Sie sie dem Termin hinzu.</translation>
    </message>
    <message>
        <source>%1 attendees at your organisation&apos;s own domain were taken as colleagues, not as clients. If one of them is a client, add them to the appointment.</source>
        <translation>%1 eingeladene Personen mit Adressen Ihrer eigenen Organisation gelten als Kolleg/-innen, nicht als Klient/-innen, und wurden nicht übernommen. Ist eine davon Klient/-in, fügen Sie sie dem Termin hinzu.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your Name and Counseling Service</source>
        <translation>Ihr Name und Ihre Beratungsstelle</translation>
    </message>
    <message>
        <source>Clients read these in the invitations Vieraugen sends for you, and see your name in the video session.</source>
        <translation>Ihre Klientinnen und Klienten lesen beides in den Einladungen, die Vieraugen für Sie verschickt, und sehen Ihren Namen in der Videositzung.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>e.g. Jana Schulz</source>
        <translation>z. B. Jana Schulz</translation>
    </message>
    <message>
        <source>Counseling service</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>e.g. Beratungsstelle Nord</source>
        <translation>z. B. Beratungsstelle Nord</translation>
    </message>
    <message>
        <source>Privacy notice (web address)</source>
        <translation>Datenschutzhinweis (Webadresse)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Counseling &amp;service:</source>
        <translation>&amp;Beratungsstelle:</translation>
    </message>
    <message>
        <source>&amp;Privacy notice:</source>
        <translation>&amp;Datenschutzhinweis:</translation>
    </message>
    <message>
        <source>Enter your name as clients should read it.</source>
        <translation>Geben Sie Ihren Namen so ein, wie Klientinnen und Klienten ihn lesen sollen.</translation>
    </message>
    <message>
        <source>Enter the name of your counseling service (or of your practice, if you work on your own).</source>
        <translation>Geben Sie den Namen Ihrer Beratungsstelle ein (oder den Ihrer Praxis, wenn Sie allein arbeiten).</translation>
    </message>
    <message>
        <source>The page where clients read how your service handles their data. Every invitation links to it, so invitations can be sent once its address is entered, here or later under File → Settings.</source>
        <translation>Die Seite, auf der Klient/-innen lesen, wie Ihre Beratungsstelle mit ihren Daten umgeht. Jede Einladung verweist darauf; Einladungen lassen sich deshalb erst verschicken, wenn ihre Adresse eingetragen ist, hier oder später unter Datei → Einstellungen.</translation>
    </message>
</context>
<context>
    <name>InstallKey</name>
    <message>
        <source>The install key in the keychain is damaged. Remove the entry %1 to create a new one; room passwords derived from the old key change with it.</source>
        <translation>Der Installationsschlüssel im Schlüsselbund ist beschädigt. Entfernen Sie den Eintrag %1, damit ein neuer entsteht; davon abgeleitete Raumpasswörter ändern sich dann mit.</translation>
    </message>
</context>
<context>
    <name>InvitationChangeNotice</name>
    <message>
        <source>%1 was invited for %2. Tell them it is cancelled?</source>
        <translation>%1 wurde für %2 eingeladen. Die Absage mitteilen?</translation>
    </message>
    <message>
        <source>%1 was invited for %2. Tell them the new time?</source>
        <translation>%1 wurde für %2 eingeladen. Die neue Zeit mitteilen?</translation>
    </message>
    <message>
        <source>Invitation Outdated</source>
        <translation>Einladung überholt</translation>
    </message>
    <message>
        <source>&amp;Tell</source>
        <translation>&amp;Mitteilen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Tell</source>
        <translation>&amp;Nicht mitteilen</translation>
    </message>
    <message>
        <source>Vieraugen e-mails it with an entry for their calendar, as it did the invitation. The link and the room password stay the same; the password is not in the message.</source>
        <translation>Vieraugen schickt es per E-Mail mit einem Eintrag für den Kalender, wie die Einladung. Link und Raumpasswort bleiben gleich; das Passwort steht nicht in der Nachricht.</translation>
    </message>
    <message>
        <source>Your mail program opens with the message, as it did for the invitation. The room password is not in it.</source>
        <translation>Ihr E-Mail-Programm öffnet sich mit der Nachricht, wie bei der Einladung. Das Raumpasswort steht nicht darin.</translation>
    </message>
    <message>
        <source>The message is copied for you to pass on the way the link went. The room password is not in it.</source>
        <translation>Die Nachricht wird kopiert, damit Sie sie auf dem Weg weitergeben, auf dem der Link ging. Das Raumpasswort steht nicht darin.</translation>
    </message>
    <message>
        <source>%1 was not told; the invitation is marked outdated.</source>
        <translation>%1 wurde nicht benachrichtigt; die Einladung ist als überholt markiert.</translation>
    </message>
    <message>
        <source>Change Not Sent</source>
        <translation>Änderung nicht gesendet</translation>
    </message>
    <message>
        <source>The message to %1 is in the outbox.</source>
        <translation>Die Nachricht an %1 liegt im Postausgang.</translation>
    </message>
    <message>
        <source>No mail program opened. Tell %1 another way.</source>
        <translation>Es hat sich kein E-Mail-Programm geöffnet. Benachrichtigen Sie %1 auf einem anderen Weg.</translation>
    </message>
    <message>
        <source>Your mail program has the message to %1.</source>
        <translation>Ihr E-Mail-Programm hat die Nachricht an %1.</translation>
    </message>
    <message>
        <source>The message to %1 is copied. Pass it on the way the link went.</source>
        <translation>Die Nachricht an %1 ist kopiert. Geben Sie sie auf dem Weg weiter, auf dem der Link ging.</translation>
    </message>
    <message>
        <source>%1 was told that %2 is cancelled. Tell them it takes place after all?</source>
        <translation>%1 wurde der Termin am %2 abgesagt. Mitteilen, dass er doch stattfindet?</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person</numerusform>
            <numerusform>%1, %2 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 were told that %2 is cancelled. Tell them it takes place after all?</source>
        <translation>%1 wurde der Termin am %2 abgesagt. Mitteilen, dass er doch stattfindet?</translation>
    </message>
    <message>
        <source>%1 were invited for %2. Tell them it is cancelled?</source>
        <translation>%1 wurden für %2 eingeladen. Die Absage mitteilen?</translation>
    </message>
    <message>
        <source>%1 were invited for %2. Tell them the new time?</source>
        <translation>%1 wurden für %2 eingeladen. Die neue Zeit mitteilen?</translation>
    </message>
    <message>
        <source>Each is told the way their link went: by Vieraugen&apos;s e-mail, in your mail program, or copied for you to pass on. The room password is not in it.</source>
        <translation>Alle erfahren es auf dem Weg, auf dem ihr Link ging: per E-Mail von Vieraugen, über Ihr E-Mail-Programm oder kopiert zum Weitergeben. Das Raumpasswort steht nicht darin.</translation>
    </message>
    <message>
        <source>%1 were not told; the invitations are marked outdated.</source>
        <translation>%1 wurden nicht benachrichtigt; die Einladungen sind als überholt markiert.</translation>
    </message>
    <message>
        <source>The messages to %1 are in the outbox.</source>
        <translation>Die Nachrichten an %1 liegen im Postausgang.</translation>
    </message>
    <message>
        <source>Your mail program has the messages to %1.</source>
        <translation>Ihr E-Mail-Programm hat die Nachrichten an %1.</translation>
    </message>
    <message>
        <source>Answer Not Recorded</source>
        <translation>Antwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Vieraugen may ask again after a restart: %1</source>
        <translation>Vieraugen fragt nach einem Neustart womöglich noch einmal: %1</translation>
    </message>
    <message>
        <source>%1 was invited for %2. Tell them the new time, %3?</source>
        <translation>%1 wurde für %2 eingeladen. Die neue Zeit (%3) mitteilen?</translation>
    </message>
    <message>
        <source>%1 were invited for %2. Tell them the new time, %3?</source>
        <translation>%1 wurden für %2 eingeladen. Die neue Zeit (%3) mitteilen?</translation>
    </message>
    <message>
        <source>Vieraugen e-mails it with an entry that takes the date out of their calendar, as it sent the invitation. The room password is not in it.</source>
        <translation>Vieraugen schickt es per E-Mail mit einem Eintrag, der den Termin aus dem Kalender nimmt, wie die Einladung. Das Raumpasswort steht nicht darin.</translation>
    </message>
    <message>
        <source>%1 is invited to this series. Tell them that the date on %2 is cancelled?</source>
        <translation>%1 ist zu dieser Reihe eingeladen. Mitteilen, dass der Termin am %2 ausfällt?</translation>
    </message>
    <message>
        <source>%1 is invited to this series. Tell them that the dates on %2 are cancelled?</source>
        <translation>%1 ist zu dieser Reihe eingeladen. Mitteilen, dass die Termine am %2 ausfallen?</translation>
    </message>
    <message>
        <source>%1 are invited to this series. Tell them that the date on %2 is cancelled?</source>
        <translation>%1 sind zu dieser Reihe eingeladen. Mitteilen, dass der Termin am %2 ausfällt?</translation>
    </message>
    <message>
        <source>%1 are invited to this series. Tell them that the dates on %2 are cancelled?</source>
        <translation>%1 sind zu dieser Reihe eingeladen. Mitteilen, dass die Termine am %2 ausfallen?</translation>
    </message>
    <message>
        <source>Pass On the Changes</source>
        <translation>Änderungen weitergeben</translation>
    </message>
    <message>
        <source>The message to %1 is copied. Pass it on the way the link went; then copy the message to %2.</source>
        <translation>Die Nachricht an %1 ist kopiert. Geben Sie sie so weiter, wie der Link ging; kopieren Sie dann die Nachricht an %2.</translation>
    </message>
    <message>
        <source>&amp;Copy the Message to %1</source>
        <translation>Nachricht an %1 &amp;kopieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>built-in texts</source>
        <translation>eingebaute Texte</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>Counseling Centre &lt;counseling@example.org&gt;</source>
        <translation>Beratungsstelle &lt;beratung@example.org&gt;</translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation>nur für eine eigene Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>None: read passwords out on the phone</source>
        <translation>Keiner: Passwörter am Telefon vorlesen</translation>
    </message>
    <message>
        <source>Own gateway (set up by the administrator)</source>
        <translation>Eigenes Gateway (von der Administration eingerichtet)</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Privacy notice:</source>
        <translation>&amp;Datenschutzhinweise:</translation>
    </message>
    <message>
        <source>&amp;Templates folder:</source>
        <translation>&amp;Vorlagenordner:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Abs&amp;ender:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <source>Se&amp;nder name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>Dur&amp;chwahl:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>no SMS reminder</source>
        <translation>keine SMS-Erinnerung</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>Reminders for invited participants</source>
        <translation>Erinnerungen für eingeladene Teilnehmende</translation>
    </message>
    <message>
        <source>Password again by &amp;SMS:</source>
        <translation>Passwort erneut per &amp;SMS:</translation>
    </message>
    <message>
        <source>&amp;Gateway address:</source>
        <translation>&amp;Gateway-Adresse:</translation>
    </message>
    <message>
        <source>The SMS settings are not saved: %1</source>
        <translation>Die SMS-Einstellungen sind nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The settings are saved, but a password could not be: %1</source>
        <translation>Die Einstellungen sind gespeichert, ein Passwort jedoch nicht: %1</translation>
    </message>
    <message>
        <source>E-mail the link again the day before</source>
        <translation>Link am Vortag erneut per E-Mail senden</translation>
    </message>
    <message>
        <source>the provider&apos;s own</source>
        <translation>die des Anbieters</translation>
    </message>
    <message>
        <source>Only for a proxy: its address, beginning with https://.</source>
        <translation>Nur für einen Proxy: seine Adresse, beginnend mit https://.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Mail server (for links)</source>
        <translation>Mailserver (für Links)</translation>
    </message>
    <message>
        <source>SMS gateway (for passwords)</source>
        <translation>SMS-Gateway (für Passwörter)</translation>
    </message>
</context>
<context>
    <name>InviteCommands</name>
    <message>
        <source>Link message</source>
        <translation>Link-Nachricht</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Passwort-Nachricht</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Composes and sends the invitation of appointment UID: the link message and, on another way, the password message, to every participant or to the one named.</source>
        <translation>Erstellt und sendet die Einladung zum Termin UID: die Link-Nachricht und auf einem anderen Weg die Passwort-Nachricht, an alle Teilnehmenden oder an die genannte Person.</translation>
    </message>
    <message>
        <source>only participant N (1, 2, …)</source>
        <translation>nur teilnehmende Person N (1, 2, …)</translation>
    </message>
    <message>
        <source>smtp, mailto or clipboard</source>
        <translation>smtp, mailto oder clipboard</translation>
    </message>
    <message>
        <source>sms, phone or clipboard</source>
        <translation>sms, phone oder clipboard</translation>
    </message>
    <message>
        <source>for a series: the date&apos;s original start</source>
        <translation>bei Serien: der ursprüngliche Beginn des Termins</translation>
    </message>
    <message>
        <source>only print the messages</source>
        <translation>Nachrichten nur ausgeben</translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation>der Termin</translation>
    </message>
    <message>
        <source>invite needs a UID; channels are smtp, mailto, clipboard (link) and sms, phone, clipboard (password).</source>
        <translation>invite braucht eine UID; Wege sind smtp, mailto, clipboard (Link) und sms, phone, clipboard (Passwort).</translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation>Es gibt keinen Termin %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 participants; --participant takes 1 to %2.</source>
        <translation>„%1“ hat %2 Teilnehmende; --participant erwartet 1 bis %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no participants to invite. Add one first (participant-add).</source>
        <translation>„%1“ hat keine Teilnehmenden zum Einladen. Fügen Sie zuerst jemanden hinzu (participant-add).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open in your mail program: %1</source>
        <translation>In Ihrem E-Mail-Programm öffnen: %1</translation>
    </message>
    <message>
        <source>Read out to %1 on the phone: %2</source>
        <translation>Am Telefon für %1 vorlesen: %2</translation>
    </message>
    <message>
        <source>%1 via %2 to %3: %4</source>
        <translation>%1 über %2 an %3: %4</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>Lists the invitation messages that wait or failed; --retry sends them now.</source>
        <translation>Listet wartende oder fehlgeschlagene Einladungsnachrichten auf; --retry sendet sie sofort.</translation>
    </message>
    <message>
        <source>try every waiting or failed message now</source>
        <translation>alle wartenden oder fehlgeschlagenen Nachrichten sofort versuchen</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
</context>
<context>
    <name>InviteComposer</name>
    <message>
        <source>The invitation template %1 cannot be read: %2</source>
        <translation>Die Einladungsvorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The template %1 may not use {%2}: it would put it into the wrong message.</source>
        <translation>Die Vorlage %1 darf {%2} nicht verwenden: Es käme in die falsche Nachricht.</translation>
    </message>
    <message>
        <source>The template %1 uses {%2}, which Vieraugen does not know. Known are: %3.</source>
        <translation>Die Vorlage %1 verwendet {%2}, das Vieraugen nicht kennt. Bekannt sind: %3.</translation>
    </message>
    <message>
        <source>the participant</source>
        <translation>die teilnehmende Person</translation>
    </message>
    <message>
        <source>There is no e-mail address for %1. Add one to the appointment, or choose another way.</source>
        <translation>Für %1 ist keine E-Mail-Adresse hinterlegt. Ergänzen Sie sie im Termin oder wählen Sie einen anderen Weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address for %2.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse für %2.</translation>
    </message>
    <message>
        <source>There is no mobile number for %1. Add one to the appointment, or read the password out on the phone.</source>
        <translation>Für %1 ist keine Mobilnummer hinterlegt. Ergänzen Sie sie im Termin oder lesen Sie das Passwort am Telefon vor.</translation>
    </message>
    <message>
        <source>%1 cannot receive text messages at %2. Enter a mobile number, or read the password out on the phone.</source>
        <translation>%1 kann unter %2 keine SMS empfangen. Geben Sie eine Mobilnummer ein oder lesen Sie das Passwort am Telefon vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no participant %2.</source>
        <translation>„%1“ hat keine teilnehmende Person Nr. %2.</translation>
    </message>
    <message>
        <source>The link and the password must go different ways; choose another way for one of them.</source>
        <translation>Link und Passwort müssen auf verschiedenen Wegen verschickt werden; wählen Sie für eines davon einen anderen Weg.</translation>
    </message>
    <message>
        <source>The link goes by e-mail (or your own way) and the password by text message, phone or your own way, never the other way round.</source>
        <translation>Der Link geht per E-Mail (oder auf Ihrem eigenen Weg), das Passwort per SMS, Telefon oder auf Ihrem eigenen Weg – nie umgekehrt.</translation>
    </message>
    <message>
        <source>The link message would contain the room password. Remove {password} from the link template.</source>
        <translation>Die Link-Nachricht würde das Raumpasswort enthalten. Entfernen Sie {password} aus der Link-Vorlage.</translation>
    </message>
    <message>
        <source>The password message does not contain the password. Put {password} into its template.</source>
        <translation>Die Passwort-Nachricht enthält das Passwort nicht. Fügen Sie {password} in ihre Vorlage ein.</translation>
    </message>
    <message>
        <source>The password message would contain &quot;%1&quot;. It may carry only the password and who sends it: no link, room, date, time or case details.</source>
        <translation>Die Passwort-Nachricht würde „%1“ enthalten. Sie darf nur das Passwort und den Absender enthalten: keinen Link, Raum, Termin, keine Uhrzeit und keine Falldetails.</translation>
    </message>
    <message>
        <source>the participant&apos;s name</source>
        <translation>den Namen der teilnehmenden Person</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihren Namen</translation>
    </message>
    <message>
        <source>your counseling service</source>
        <translation>den Namen Ihrer Beratungsstelle</translation>
    </message>
    <message>
        <source>the address of your privacy notice</source>
        <translation>die Adresse Ihrer Datenschutzhinweise</translation>
    </message>
    <message>
        <source>Enter it under File → Settings (General and Invitations).</source>
        <translation>Tragen Sie es unter Datei → Einstellungen ein (Allgemein und Einladungen).</translation>
    </message>
    <message>
        <source>Add it to the appointment.</source>
        <translation>Tragen Sie ihn im Termin ein.</translation>
    </message>
    <message>
        <source>The invitation cannot go out without %1. %2</source>
        <translation>Ohne %1 kann die Einladung nicht verschickt werden. %2</translation>
    </message>
    <message>
        <source>A change goes the way the link went: by e-mail or your own way.</source>
        <translation>Eine Änderung geht den Weg, den der Link ging: per E-Mail oder auf Ihrem eigenen Weg.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Invite to &quot;%1&quot;</source>
        <translation>Zu „%1“ einladen</translation>
    </message>
    <message>
        <source>E-mail, sent by Vieraugen</source>
        <translation>E-Mail, von Vieraugen gesendet</translation>
    </message>
    <message>
        <source>E-mail from my mail program</source>
        <translation>E-Mail aus meinem E-Mail-Programm</translation>
    </message>
    <message>
        <source>Copy, I pass it on myself</source>
        <translation>Kopieren, ich gebe es selbst weiter</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Read out on the phone</source>
        <translation>Am Telefon vorlesen</translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation>Teilnehmende &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Teilnehmende Person:</translation>
    </message>
    <message>
        <source>&amp;Link goes by:</source>
        <translation>&amp;Link per:</translation>
    </message>
    <message>
        <source>Pass&amp;word goes by:</source>
        <translation>Pass&amp;wort per:</translation>
    </message>
    <message>
        <source>As it will be sent</source>
        <translation>So wird es verschickt</translation>
    </message>
    <message>
        <source>Link message</source>
        <translation>Link-Nachricht</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Passwort-Nachricht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Sent and waiting</source>
        <translation>Gesendet und wartend</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>This appointment has nobody to invite yet. Add a participant first.</source>
        <translation>Zu diesem Termin ist noch niemand einzuladen. Fügen Sie zuerst eine teilnehmende Person hinzu.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>An: %1
Betreff: %2

%3</translation>
    </message>
    <message>
        <source>Invitation Not Sent</source>
        <translation>Einladung nicht gesendet</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>Den Termin gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation>wartet im Postausgang</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>weitergegeben</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enter &amp;Your Details…</source>
        <translation>&amp;Ihre Angaben eintragen …</translation>
    </message>
    <message>
        <source>Your Details for Invitations</source>
        <translation>Ihre Angaben für Einladungen</translation>
    </message>
    <message>
        <source>Clients read these in every invitation. You can change them later under File → Settings.</source>
        <translation>Klientinnen und Klienten lesen diese Angaben in jeder Einladung. Sie können sie später unter Datei → Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Your counseling &amp;service:</source>
        <translation>Ihre &amp;Beratungsstelle:</translation>
    </message>
    <message>
        <source>&amp;Privacy notice (web address):</source>
        <translation>&amp;Datenschutzhinweise (Webadresse):</translation>
    </message>
    <message>
        <source>The invitation to %1 is still waiting in the outbox. Send it again?</source>
        <translation>Die Einladung an %1 wartet noch im Postausgang. Erneut senden?</translation>
    </message>
    <message>
        <source>%1 was already invited on %2. Send the invitation again?</source>
        <translation>%1 wurde am %2 bereits eingeladen. Die Einladung erneut senden?</translation>
    </message>
    <message>
        <source>Invite Again?</source>
        <translation>Erneut einladen?</translation>
    </message>
    <message>
        <source>no mail program on this computer</source>
        <translation>kein E-Mail-Programm auf diesem Computer</translation>
    </message>
    <message>
        <source>No Mail Program</source>
        <translation>Kein E-Mail-Programm</translation>
    </message>
    <message>
        <source>This computer has no mail program to open the invitation in, so nothing was sent. Choose &quot;Copy, I pass it on myself&quot; and paste the message into your e-mail.</source>
        <translation>Auf diesem Computer ist kein E-Mail-Programm eingerichtet, in dem sich die Einladung öffnen ließe; es wurde nichts gesendet. Wählen Sie „Kopieren, ich gebe es selbst weiter“ und fügen Sie die Nachricht in Ihre E-Mail ein.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail (mail program)</source>
        <translation>E-Mail (Mailprogramm)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The link message to %1 (%2) did not go out: %3</source>
        <translation>Die Link-Nachricht an %1 (%2) wurde nicht verschickt: %3</translation>
    </message>
    <message>
        <source>The password message to %1 (%2) did not go out: %3</source>
        <translation>Die Passwort-Nachricht an %1 (%2) wurde nicht verschickt: %3</translation>
    </message>
    <message>
        <source>Vieraugen tries again by itself; Retry sends it now.</source>
        <translation>Vieraugen versucht es von selbst erneut; „Erneut versuchen“ sendet sie sofort.</translation>
    </message>
    <message>
        <source>Choose it above and press Retry, or send it another way.</source>
        <translation>Wählen Sie sie oben aus und drücken Sie „Erneut versuchen“, oder senden Sie sie auf einem anderen Weg.</translation>
    </message>
    <message>
        <source>%1 has the link but not the room password yet: Resend Password passes it on.</source>
        <translation>%1 hat den Link, aber noch nicht das Raumpasswort: „Passwort erneut senden“ gibt es weiter.</translation>
    </message>
    <message>
        <source>&amp;Mark as Passed On</source>
        <translation>Als weitergegeben &amp;markieren</translation>
    </message>
    <message>
        <source>The link message is copied. Paste it where you want to send it; once it is on its way, mark it as passed on in the list.</source>
        <translation>Die Link-Nachricht ist kopiert. Fügen Sie sie dort ein, wo Sie sie verschicken möchten; sobald sie unterwegs ist, markieren Sie sie in der Liste als weitergegeben.</translation>
    </message>
    <message>
        <source>The password message is copied. Send it another way than the link; once it is on its way, mark it as passed on in the list.</source>
        <translation>Die Passwort-Nachricht ist kopiert. Verschicken Sie sie auf einem anderen Weg als den Link; sobald sie unterwegs ist, markieren Sie sie in der Liste als weitergegeben.</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <source>Your own way</source>
        <translation>Eigener Weg</translation>
    </message>
    <message>
        <source>, for %1 – outdated</source>
        <translation>, für %1 – überholt</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Absage</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard forgets it in %n seconds (unless you copy something else before).</source>
        <translation>
            <numerusform>Die Zwischenablage vergisst sie in %n Sekunde (außer Sie kopieren vorher etwas anderes).</numerusform>
            <numerusform>Die Zwischenablage vergisst sie in %n Sekunden (außer Sie kopieren vorher etwas anderes).</numerusform>
        </translation>
    </message>
    <message>
        <source>link sent by e-mail</source>
        <translation>Link per E-Mail gesendet</translation>
    </message>
    <message>
        <source>password sent by SMS</source>
        <translation>Passwort per SMS gesendet</translation>
    </message>
    <message>
        <source>link opened in your mail program</source>
        <translation>Link im E-Mail-Programm geöffnet</translation>
    </message>
    <message>
        <source>password given on the phone</source>
        <translation>Passwort am Telefon weitergegeben</translation>
    </message>
    <message>
        <source>link passed on</source>
        <translation>Link weitergegeben</translation>
    </message>
    <message>
        <source>password passed on</source>
        <translation>Passwort weitergegeben</translation>
    </message>
    <message>
        <source>link copied</source>
        <translation>Link kopiert</translation>
    </message>
    <message>
        <source>password copied</source>
        <translation>Passwort kopiert</translation>
    </message>
    <message>
        <source>link waiting in the outbox</source>
        <translation>Link wartet im Postausgang</translation>
    </message>
    <message>
        <source>password waiting in the outbox</source>
        <translation>Passwort wartet im Postausgang</translation>
    </message>
    <message>
        <source>Resend Passw&amp;ord</source>
        <translation>&amp;Passwort erneut senden</translation>
    </message>
    <message>
        <source>Send New L&amp;ink</source>
        <translation>Neuen Lin&amp;k senden</translation>
    </message>
    <message>
        <source>, time it named unknown – may be outdated</source>
        <translation>, genannte Zeit unbekannt – evtl. überholt</translation>
    </message>
    <message>
        <source>&amp;Send Again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>The room password follows once the link has gone.</source>
        <translation>Das Raumpasswort folgt, sobald der Link verschickt ist.</translation>
    </message>
</context>
<context>
    <name>InviteService</name>
    <message>
        <source>This message is not waiting in the outbox.</source>
        <translation>Diese Nachricht wartet nicht im Postausgang.</translation>
    </message>
    <message>
        <source>This message has already left.</source>
        <translation>Diese Nachricht ist bereits verschickt.</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>Den Termin gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This invitation is being sent already.</source>
        <translation>Diese Einladung wird gerade schon gesendet.</translation>
    </message>
    <message>
        <source>Vieraugen cannot send this message itself. Send the invitation again and choose another way.</source>
        <translation>Diese Nachricht kann Vieraugen nicht selbst senden. Senden Sie die Einladung noch einmal und wählen Sie einen anderen Weg.</translation>
    </message>
    <message>
        <source>Only a copied message can be marked as passed on.</source>
        <translation>Nur eine kopierte Nachricht kann als weitergegeben markiert werden.</translation>
    </message>
    <message>
        <source>This change was composed before Vieraugen was last closed and is gone with it. Send the invitation again.</source>
        <translation>Diese Änderung wurde verfasst, bevor Vieraugen zuletzt geschlossen wurde, und ist damit verloren. Senden Sie die Einladung erneut.</translation>
    </message>
</context>
<context>
    <name>JitsiConfigReader</name>
    <message>
        <source>This is not a Jitsi configuration: &quot;%1 = {&quot; is missing.</source>
        <translation>Das ist keine Jitsi-Konfiguration: „%1 = {“ fehlt.</translation>
    </message>
    <message>
        <source>The configuration cannot be read in line %1: %2 expected.</source>
        <translation>Die Konfiguration lässt sich in Zeile %1 nicht lesen: %2 erwartet.</translation>
    </message>
    <message>
        <source>The configuration of %1 could not be fetched: %2</source>
        <translation>Die Konfiguration von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>config.js of %1: %2</source>
        <translation>config.js von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The configuration nests objects and lists more than %n levels deep. No Jitsi server writes that, so Vieraugen does not read it.</source>
        <translation>
            <numerusform>Die Konfiguration verschachtelt Objekte und Listen tiefer als %n Ebene. Das schreibt kein Jitsi-Server, daher liest Vieraugen sie nicht.</numerusform>
            <numerusform>Die Konfiguration verschachtelt Objekte und Listen tiefer als %n Ebenen. Das schreibt kein Jitsi-Server, daher liest Vieraugen sie nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The configuration is larger than %n MB. No Jitsi server sends that much, so Vieraugen does not read it.</source>
        <translation>
            <numerusform>Die Konfiguration ist größer als %n MB. So viel sendet kein Jitsi-Server, daher liest Vieraugen sie nicht.</numerusform>
            <numerusform>Die Konfiguration ist größer als %n MB. So viel sendet kein Jitsi-Server, daher liest Vieraugen sie nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JitsiLink</name>
    <message>
        <source>The appointment has no valid room name. Open it and save it again to get a new room.</source>
        <translation>Der Termin hat keinen gültigen Raumnamen. Öffnen und speichern Sie ihn erneut, damit er einen neuen Raum erhält.</translation>
    </message>
</context>
<context>
    <name>JwtMinter</name>
    <message numerus="yes">
        <source>This session can be started from %1 on, %n minutes before it begins.</source>
        <translation>
            <numerusform>Diese Sitzung kann ab %1 gestartet werden, %n Minute vor Beginn.</numerusform>
            <numerusform>Diese Sitzung kann ab %1 gestartet werden, %n Minuten vor Beginn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This appointment ended more than %n minutes ago. Move it to a new time to hold the session.</source>
        <translation>
            <numerusform>Dieser Termin ist seit mehr als %n Minute vorbei. Verschieben Sie ihn auf eine neue Zeit, um die Sitzung abzuhalten.</numerusform>
            <numerusform>Dieser Termin ist seit mehr als %n Minuten vorbei. Verschieben Sie ihn auf eine neue Zeit, um die Sitzung abzuhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnockWindow</name>
    <message>
        <source>Someone Is Waiting – Vieraugen</source>
        <translation>Jemand wartet – Vieraugen</translation>
    </message>
    <message>
        <source>&amp;Open the Session</source>
        <translation>Sitzung ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>Waiting in the lobby: %n person(s)</source>
        <translation>
            <numerusform>Im Warteraum: %n Person</numerusform>
            <numerusform>Im Warteraum: %n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnockerList</name>
    <message>
        <source>Waiting person %1</source>
        <translation>Wartende Person %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Abweisen</translation>
    </message>
    <message>
        <source>Admit %1</source>
        <translation>%1 einlassen</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>%1 abweisen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <translation>Vollb&amp;ild</translation>
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
    <message>
        <source>&amp;New Appointment…</source>
        <translation>&amp;Neuer Termin …</translation>
    </message>
    <message>
        <source>&amp;Import Calendar File…</source>
        <translation>Kalenderdatei &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export Calendar…</source>
        <translation>Kalender e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Open Appointment</source>
        <translation>Termin ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete Appointment</source>
        <translation>Termin &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Work Week</source>
        <translation>&amp;Arbeitswoche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>V&amp;or</translation>
    </message>
    <message>
        <source>Import Calendar File</source>
        <translation>Kalenderdatei importieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Kalenderdateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>calendar.ics</source>
        <translation>kalender.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Start Selected Session</source>
        <translation>&amp;Ausgewählte Sitzung starten</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>Den Termin gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Select an appointment in the calendar first.</source>
        <translation>Wählen Sie zuerst einen Termin im Kalender aus.</translation>
    </message>
    <message>
        <source>&amp;Invite Participants…</source>
        <translation>Teilnehmende &amp;einladen …</translation>
    </message>
    <message>
        <source>Send the selected appointment&apos;s link and password on separate ways.</source>
        <translation>Link und Passwort des ausgewählten Termins auf getrennten Wegen verschicken.</translation>
    </message>
    <message>
        <source>Vieraugen &amp;Help</source>
        <translation>Vieraugen-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Check Camera, Microphone and Connection…</source>
        <translation>Kamera, Mikrofon und Verbindung &amp;prüfen …</translation>
    </message>
    <message>
        <source>Test the devices and the video server of the selected or next session.</source>
        <translation>Prüft die Geräte und den Videoserver der ausgewählten oder nächsten Sitzung.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Set &amp;Up Vieraugen…</source>
        <translation>Vieraugen &amp;einrichten …</translation>
    </message>
    <message>
        <source>Your name and service, the video server from your IT&apos;s setup file, and a device check.</source>
        <translation>Ihr Name und Ihre Beratungsstelle, der Videoserver aus der Einrichtungsdatei Ihrer IT und eine Geräteprüfung.</translation>
    </message>
    <message>
        <source>You can set up Vieraugen any time: Help → Set Up Vieraugen…</source>
        <translation>Sie können Vieraugen jederzeit einrichten: Hilfe → Vieraugen einrichten …</translation>
    </message>
    <message>
        <source>Vieraugen keeps running</source>
        <translation>Vieraugen läuft weiter</translation>
    </message>
    <message>
        <source>Vieraugen stays in the system tray, so that reminders still come. To end it, choose Quit in the tray icon&apos;s menu or File → Quit.</source>
        <translation>Vieraugen bleibt im Infobereich der Taskleiste, damit Erinnerungen weiter kommen. Zum Beenden wählen Sie im Menü des Symbols „Beenden“ oder Datei → Beenden.</translation>
    </message>
    <message>
        <source>Check for Up&amp;dates…</source>
        <translation>Nach Up&amp;dates suchen …</translation>
    </message>
    <message>
        <source>Asks the address your organization set for updates whether a newer version exists.</source>
        <translation>Fragt bei der Update-Adresse Ihrer Einrichtung nach, ob es eine neuere Version gibt.</translation>
    </message>
    <message>
        <source>%1 holds this appointment: only their Vieraugen starts the session. You can still send the invitation.</source>
        <translation>%1 führt diesen Termin: Nur in deren Vieraugen lässt sich die Sitzung starten. Die Einladung können Sie trotzdem senden.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Decide &amp;Conflicts with the Server…</source>
        <translation>&amp;Konflikte mit dem Server entscheiden …</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Entscheiden …</translation>
    </message>
    <message>
        <source>Syncing the team calendars…</source>
        <translation>Teamkalender werden abgeglichen …</translation>
    </message>
    <message>
        <source>Should the file hold clients&apos; names, contact details and your private notes? Anyone who gets the file can read what it holds.</source>
        <translation>Soll die Datei Namen und Kontaktdaten der Klient/-innen und Ihre privaten Notizen enthalten? Wer die Datei bekommt, kann alles darin lesen.</translation>
    </message>
    <message>
        <source>&amp;Times only, no clients&apos; data</source>
        <translation>Nur &amp;Zeiten, ohne Daten der Klient/-innen</translation>
    </message>
    <message>
        <source>&amp;Everything, with clients&apos; data</source>
        <translation>&amp;Vollständig, mit Daten der Klient/-innen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Ready. Team calendars are kept in step with their server; the calendar &quot;On this computer&quot; stays here.</source>
        <translation>Bereit. Teamkalender werden mit ihrem Server abgeglichen; der Kalender „Auf diesem Computer“ bleibt hier.</translation>
    </message>
    <message>
        <source>Changes Set Aside</source>
        <translation>Änderungen zurückgestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here could not go to the server: the same appointment was changed there meanwhile. The calendar shows the server&apos;s version; yours is kept until you decide.</source>
        <translation>
            <numerusform>%n Änderung von hier konnte nicht auf den Server: Derselbe Termin wurde dort inzwischen geändert. Der Kalender zeigt die Fassung des Servers; Ihre wird aufbewahrt, bis Sie entscheiden.</numerusform>
            <numerusform>%n Änderungen von hier konnten nicht auf den Server: Dieselben Termine wurden dort inzwischen geändert. Der Kalender zeigt die Fassung des Servers; Ihre werden aufbewahrt, bis Sie entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decide Now…</source>
        <translation>Jetzt &amp;entscheiden …</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Sync Team Calendars &amp;Now</source>
        <translation>Teamkalender jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Make 15 Minutes &amp;Longer</source>
        <translation>Um 15 Minuten &amp;verlängern</translation>
    </message>
    <message>
        <source>Make 15 Minutes &amp;Shorter</source>
        <translation>Um 15 Minuten verkür&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>S&amp;eitenleiste</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>E&amp;rinnerungen</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Keine Erinnerung ist fällig.</translation>
    </message>
    <message>
        <source>Quit Vieraugen</source>
        <translation>Vieraugen beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to participants still wait in the outbox. They can only be sent while Vieraugen runs: if you quit now, they wait until you open it again.</source>
        <translation>
            <numerusform>%n Nachricht an Teilnehmende wartet noch im Postausgang. Sie kann nur gesendet werden, solange Vieraugen läuft: Wenn Sie jetzt beenden, wartet sie, bis Sie es wieder öffnen.</numerusform>
            <numerusform>%n Nachrichten an Teilnehmende warten noch im Postausgang. Sie können nur gesendet werden, solange Vieraugen läuft: Wenn Sie jetzt beenden, warten sie, bis Sie es wieder öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Starts the next session by video, phone or link (not appointments in person).</source>
        <translation>Startet die nächste Sitzung per Video, Telefon oder Link (keine Termine vor Ort).</translation>
    </message>
    <message>
        <source>No session is planned for the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist keine Sitzung geplant.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) set aside until you decide: the calendar shows the server&apos;s version.</source>
        <translation>
            <numerusform>%n Änderung bis zu Ihrer Entscheidung zurückgestellt: Der Kalender zeigt die Fassung vom Server.</numerusform>
            <numerusform>%n Änderungen bis zu Ihrer Entscheidung zurückgestellt: Der Kalender zeigt die Fassung vom Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided: the calendar shows what you chose.</source>
        <translation>
            <numerusform>%n Konflikt entschieden: Der Kalender zeigt, was Sie gewählt haben.</numerusform>
            <numerusform>%n Konflikte entschieden: Der Kalender zeigt, was Sie gewählt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) combined with a change on the server: both are in the calendar.</source>
        <translation>
            <numerusform>%n Änderung mit einer Änderung auf dem Server zusammengeführt: Beide stehen im Kalender.</numerusform>
            <numerusform>%n Änderungen mit Änderungen auf dem Server zusammengeführt: Beide stehen im Kalender.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>Prints the link into the video room of appointment UID.
The guest link is what clients receive. The moderator link carries a token that makes whoever opens it the room&apos;s moderator until the token expires: use it only yourself, to test a server, and never send it to anyone.</source>
        <translation>Gibt den Link in den Videoraum des Termins UID aus.
Den Gästelink erhalten die Klient/-innen. Der Moderationslink enthält ein Token, das jede Person, die ihn öffnet, bis zum Ablauf des Tokens zur Moderation des Raums macht: Verwenden Sie ihn nur selbst, um einen Server zu testen, und geben Sie ihn niemals weiter.</translation>
    </message>
    <message>
        <source>guest (default) or moderator</source>
        <translation>guest (Standard) oder moderator</translation>
    </message>
    <message>
        <source>for a series: the date&apos;s original start (default: the next one)</source>
        <translation>bei Serien: der ursprüngliche Beginn des Termins (Standard: der nächste)</translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation>der Termin</translation>
    </message>
    <message>
        <source>join-link needs a UID and --role guest or --role moderator.</source>
        <translation>join-link braucht eine UID und --role guest oder --role moderator.</translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation>Es gibt keinen Termin %1.</translation>
    </message>
    <message>
        <source>Reads a Jitsi server&apos;s own configuration and lists what matters for privacy, with fixes.
Exit code: 0 green, 3 amber (settings to change), 4 red (data leaves for third parties).</source>
        <translation>Liest die Konfiguration eines Jitsi-Servers und listet auf, was für den Datenschutz wichtig ist, mit Abhilfen.
Exit-Code: 0 grün, 3 gelb (Einstellungen ändern), 4 rot (Daten gehen an Dritte).</translation>
    </message>
    <message>
        <source>a server profile&apos;s id, or a server address</source>
        <translation>die ID eines Serverprofils oder eine Serveradresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checks a Jitsi server before a session: name lookup, trusted TLS with the meeting API, answer time.
Exit code: 0 all passed, 3 a warning, 4 a failure.</source>
        <translation>Prüft einen Jitsi-Server vor einer Sitzung: Namensauflösung, vertrauenswürdiges TLS mit der Sitzungs-API, Antwortzeit.
Exit-Code: 0 alles bestanden, 3 eine Warnung, 4 ein Fehler.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Participant %1</source>
        <translation>Teilnehmende Person %1</translation>
    </message>
    <message>
        <source>The connection to the meeting broke off. Rejoin to continue.</source>
        <translation>Die Verbindung zur Sitzung ist abgebrochen. Treten Sie erneut bei, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The connection to the meeting on &quot;%1&quot; broke off. Rejoin to continue.</source>
        <translation>Die Verbindung zur Sitzung auf „%1“ ist abgebrochen. Treten Sie erneut bei, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The video server does not answer. Check the internet connection, then rejoin.</source>
        <translation>Der Videoserver antwortet nicht. Prüfen Sie die Internetverbindung und treten Sie dann erneut bei.</translation>
    </message>
    <message>
        <source>The video server &quot;%1&quot; does not answer. Check the internet connection, then rejoin.</source>
        <translation>Der Videoserver „%1“ antwortet nicht. Prüfen Sie die Internetverbindung und treten Sie dann erneut bei.</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>appointments, participants and search</source>
        <translation>Termine, Teilnehmende und Suche</translation>
    </message>
    <message>
        <source>room names unique per series; invitation log and outbox</source>
        <translation>eindeutige Raumnamen je Serie; Einladungsprotokoll und Postausgang</translation>
    </message>
    <message>
        <source>series expanded ahead of time</source>
        <translation>Serientermine im Voraus berechnet</translation>
    </message>
    <message>
        <source>search folds ı, İ and ß</source>
        <translation>Suche findet ı, İ und ß auch als i, I und ss</translation>
    </message>
    <message>
        <source>extra dates of a series (RDATE)</source>
        <translation>zusätzliche Termine einer Serie (RDATE)</translation>
    </message>
    <message>
        <source>what happened in a session (recording, streaming, transcription)</source>
        <translation>was in einer Sitzung geschah (Aufzeichnung, Streaming, Transkription)</translation>
    </message>
    <message>
        <source>cancelled by the client or by us</source>
        <translation>abgesagt von der Klientin oder dem Klienten oder von uns</translation>
    </message>
    <message>
        <source>team calendars on a CalDAV server</source>
        <translation>Teamkalender auf einem CalDAV-Server</translation>
    </message>
    <message>
        <source>index of appointment lengths</source>
        <translation>Index der Termindauern</translation>
    </message>
    <message>
        <source>a colour of your own for each calendar</source>
        <translation>eine eigene Farbe für jeden Kalender</translation>
    </message>
    <message>
        <source>which time an invitation was for</source>
        <translation>für welche Zeit eine Einladung galt</translation>
    </message>
    <message>
        <source>search finds phone numbers and e-mail addresses</source>
        <translation>Suche findet Telefonnummern und E-Mail-Adressen</translation>
    </message>
    <message>
        <source>changes the counselor chose not to tell</source>
        <translation>nicht mitgeteilte Änderungen</translation>
    </message>
    <message>
        <source>which dates of a series a message said are cancelled</source>
        <translation>welche Termine einer Reihe eine Nachricht als ausfallend nannte</translation>
    </message>
    <message>
        <source>team calendar changes merged with a colleague&apos;s</source>
        <translation>Änderungen im Teamkalender mit denen von Kolleginnen und Kollegen zusammengeführt</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextAppointmentPanel</name>
    <message>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <source>Nothing planned for the next two weeks.</source>
        <translation>In den nächsten zwei Wochen ist nichts geplant.</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the appointment</source>
        <translation>Den Termin zeigen</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the video session (Ctrl+Return)</source>
        <translation>Videositzung starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Test camera, microphone, speaker and the connection to the video server</source>
        <translation>Kamera, Mikrofon, Lautsprecher und die Verbindung zum Videoserver prüfen</translation>
    </message>
    <message>
        <source>Check Camera and Microphone Now…</source>
        <translation>Jetzt Kamera und Mikrofon prüfen …</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Prüfen …</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>session running</source>
        <translation>Sitzung läuft</translation>
    </message>
    <message>
        <source>Back to the Session</source>
        <translation>Zurück zur Sitzung</translation>
    </message>
    <message>
        <source>Bring the session window to the front (Ctrl+Return)</source>
        <translation>Zum Sitzungsfenster wechseln (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Open the meeting&apos;s link in the web browser</source>
        <translation>Den Link der Besprechung im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Show the number to dial</source>
        <translation>Die zu wählende Nummer zeigen</translation>
    </message>
</context>
<context>
    <name>OccurrenceAccessible</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Invite participants</source>
        <translation>Teilnehmende einladen</translation>
    </message>
    <message>
        <source>Opens the appointment to read or change it</source>
        <translation>Öffnet den Termin zum Lesen oder Ändern</translation>
    </message>
    <message>
        <source>Starts the video session of this appointment</source>
        <translation>Startet die Videositzung dieses Termins</translation>
    </message>
    <message>
        <source>Sends the link and the password to the participants</source>
        <translation>Schickt Link und Passwort an die Teilnehmenden</translation>
    </message>
</context>
<context>
    <name>OccurrenceModel</name>
    <message>
        <source>(details removed)</source>
        <translation>(Angaben entfernt)</translation>
    </message>
    <message>
        <source>Part of a series</source>
        <translation>Teil einer Serie</translation>
    </message>
    <message>
        <source>planned for %1 in %2</source>
        <translation>geplant für %1 Uhr in %2</translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation>%1, ganztägig</translation>
    </message>
    <message>
        <source>%1 to %2, all day</source>
        <translation>%1 bis %2, ganztägig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>This appointment is in &quot;%1&quot;, a calendar you may only read: only its owner can change it.</source>
        <translation>Dieser Termin steht in „%1“, einem Kalender, den Sie nur lesen dürfen: Ändern kann ihn nur, wem der Kalender gehört.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add Participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>for the link</source>
        <translation>für den Link</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>&amp;Mobilnummer:</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>for the password</source>
        <translation>für das Passwort</translation>
    </message>
</context>
<context>
    <name>PhoneCall</name>
    <message>
        <source>No program on this computer dials phone numbers. Call %1 by phone.</source>
        <translation>Auf diesem Computer wählt kein Programm Telefonnummern. Rufen Sie %1 mit dem Telefon an.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Check the digits and the country code.</source>
        <translation>„%1“ ist keine gültige Telefonnummer. Prüfen Sie die Ziffern und die Landesvorwahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter it with its area code, e.g. 0151 23456789 or +49 151 23456789.</source>
        <translation>„%1“ ist keine Telefonnummer. Geben Sie sie mit Vorwahl ein, z. B. 0151 23456789 oder +49 151 23456789.</translation>
    </message>
</context>
<context>
    <name>PhoneReadoutDialog</name>
    <message>
        <source>Read Out the Password</source>
        <translation>Passwort vorlesen</translation>
    </message>
    <message>
        <source>Call %1 and read out the password. Give the link another way.</source>
        <translation>Rufen Sie %1 an und lesen Sie das Passwort vor. Den Link geben Sie auf einem anderen Weg weiter.</translation>
    </message>
    <message>
        <source>Lowercase letters only, without spaces. There is no 0, o, 1, l or i in it.</source>
        <translation>Nur Kleinbuchstaben, ohne Leerzeichen. Es kommen kein 0, o, 1, l und i darin vor.</translation>
    </message>
    <message>
        <source>&amp;Told by Phone</source>
        <translation>Am Telefon &amp;durchgegeben</translation>
    </message>
    <message>
        <source>&amp;Call %1</source>
        <translation>%1 an&amp;rufen</translation>
    </message>
</context>
<context>
    <name>PreSessionCheckDialog</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet …</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Mikrofon wird gestartet …</translation>
    </message>
    <message>
        <source>Play the test sound and listen.</source>
        <translation>Spielen Sie den Testton ab und hören Sie hin.</translation>
    </message>
    <message>
        <source>Play &amp;Test Sound</source>
        <translation>&amp;Testton abspielen</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check Before the Session</source>
        <translation>Prüfung vor der Sitzung</translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation>Kamera und Mikrofon</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Lautsprecher:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Pegel:</translation>
    </message>
    <message>
        <source>Connection to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Audio and video through the relay</source>
        <translation>Ton und Bild über das Relay</translation>
    </message>
    <message>
        <source>Sound arrives from %1.</source>
        <translation>Ton kommt an von %1.</translation>
    </message>
    <message>
        <source>A tone played for a second and a half. Heard nothing? Check the volume, or choose another speaker.</source>
        <translation>Eineinhalb Sekunden lang wurde ein Ton gespielt. Nichts gehört? Prüfen Sie die Lautstärke oder wählen Sie einen anderen Lautsprecher.</translation>
    </message>
    <message>
        <source>The test sound could not be played (%1).</source>
        <translation>Der Testton konnte nicht abgespielt werden (%1).</translation>
    </message>
    <message>
        <source>The picture above comes from %1.</source>
        <translation>Das Bild oben kommt von %1.</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>Sagen Sie etwas: Der Balken sollte sich bewegen.</translation>
    </message>
    <message>
        <source>Playing a tone…</source>
        <translation>Ton wird abgespielt …</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Not checked: the step before failed.</source>
        <translation>Nicht geprüft: Der Schritt davor ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not tested. %1</source>
        <translation>Nicht getestet. %1</translation>
    </message>
    <message>
        <source>This server offers no connection test. Its administrator can turn one on (prejoinConfig.preCallTestICEUrl).</source>
        <translation>Dieser Server bietet keinen Verbindungstest an. Die Administration kann ihn einschalten (prejoinConfig.preCallTestICEUrl).</translation>
    </message>
    <message>
        <source>Sending test data through the relay…</source>
        <translation>Testdaten werden über das Relay geschickt …</translation>
    </message>
    <message>
        <source>%1 ms round trip, %2 % loss, %3 kbit/s</source>
        <translation>%1 ms Umlaufzeit, %2 % Verlust, %3 kbit/s</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The connection can be checked once a video server is set up: Help → Set Up Vieraugen…, step &quot;Video server&quot;. Camera, microphone and speaker need no server.</source>
        <translation>Die Verbindung lässt sich prüfen, sobald ein Videoserver eingerichtet ist: Hilfe → Vieraugen einrichten …, Schritt „Videoserver“. Kamera, Mikrofon und Lautsprecher brauchen keinen Server.</translation>
    </message>
    <message>
        <source>Connection check finished.</source>
        <translation>Prüfung der Verbindung abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
</context>
<context>
    <name>PrivacyAudit</name>
    <message>
        <source>The server is reached without encryption (http).</source>
        <translation>Der Server wird unverschlüsselt (http) erreicht.</translation>
    </message>
    <message>
        <source>Serve Jitsi only over https with a valid certificate.</source>
        <translation>Betreiben Sie Jitsi nur über https mit einem gültigen Zertifikat.</translation>
    </message>
    <message>
        <source>Peer-to-peer calls use a STUN server run by a third party (%1), which learns the participants&apos; IP addresses.</source>
        <translation>Direktverbindungen (P2P) nutzen einen STUN-Server eines Dritten (%1), der die IP-Adressen der Teilnehmenden erfährt.</translation>
    </message>
    <message>
        <source>Use your own STUN/TURN server, or set p2p.enabled to false.</source>
        <translation>Nutzen Sie einen eigenen STUN/TURN-Server oder setzen Sie p2p.enabled auf false.</translation>
    </message>
    <message>
        <source>Usage data is sent to an analytics service (%1).</source>
        <translation>Nutzungsdaten gehen an einen Analysedienst (%1).</translation>
    </message>
    <message>
        <source>Remove the analytics settings from config.js and set analytics.disabled to true.</source>
        <translation>Entfernen Sie die Analyse-Einstellungen aus config.js und setzen Sie analytics.disabled auf true.</translation>
    </message>
    <message>
        <source>Tracking scripts from other servers are loaded into every meeting.</source>
        <translation>In jede Sitzung werden Tracking-Skripte von anderen Servern geladen.</translation>
    </message>
    <message>
        <source>Remove analytics.scriptURLs from config.js.</source>
        <translation>Entfernen Sie analytics.scriptURLs aus config.js.</translation>
    </message>
    <message>
        <source>Call statistics are sent to callstats.io.</source>
        <translation>Gesprächsstatistiken gehen an callstats.io.</translation>
    </message>
    <message>
        <source>Remove callStatsID and callStatsSecret from config.js.</source>
        <translation>Entfernen Sie callStatsID und callStatsSecret aus config.js.</translation>
    </message>
    <message>
        <source>Connection statistics are sent to an rtcstats server.</source>
        <translation>Verbindungsstatistiken gehen an einen rtcstats-Server.</translation>
    </message>
    <message>
        <source>Set analytics.rtcstatsEnabled to false unless the rtcstats server is your own.</source>
        <translation>Setzen Sie analytics.rtcstatsEnabled auf false, außer der rtcstats-Server ist Ihr eigener.</translation>
    </message>
    <message>
        <source>Set disableThirdPartyRequests to true (Vieraugen sets it for its own sessions; clients in a browser get the server&apos;s setting).</source>
        <translation>Setzen Sie disableThirdPartyRequests auf true (Vieraugen setzt es für die eigenen Sitzungen; Klient/-innen im Browser bekommen die Einstellung des Servers).</translation>
    </message>
    <message>
        <source>Phones are sent to the Jitsi app, whose store versions contain trackers.</source>
        <translation>Smartphones werden zur Jitsi-App geschickt, deren Store-Versionen Tracker enthalten.</translation>
    </message>
    <message>
        <source>Recording, streaming or transcription is available (%1).</source>
        <translation>Aufzeichnung, Streaming oder Transkription ist verfügbar (%1).</translation>
    </message>
    <message>
        <source>Turn it off for counseling: %1 = false.</source>
        <translation>Schalten Sie es für die Beratung ab: %1 = false.</translation>
    </message>
    <message>
        <source>There is no guest domain: unless token authentication is required for everyone, any visitor may create rooms and become moderator.</source>
        <translation>Es gibt keine Gast-Domain: Wenn nicht alle ein Token brauchen, kann jeder Besucher Räume anlegen und Moderator werden.</translation>
    </message>
    <message>
        <source>Use token authentication for counselors and a guest domain (hosts.anonymousdomain) for clients.</source>
        <translation>Nutzen Sie Token-Anmeldung für Beratende und eine Gast-Domain (hosts.anonymousdomain) für Klient/-innen.</translation>
    </message>
    <message>
        <source>The lobby cannot be turned on from the meeting.</source>
        <translation>Der Warteraum lässt sich in der Sitzung nicht einschalten.</translation>
    </message>
    <message>
        <source>Remove securityUi.hideLobbyButton.</source>
        <translation>Entfernen Sie securityUi.hideLobbyButton.</translation>
    </message>
    <message>
        <source>Phone users are urged to install the Jitsi app.</source>
        <translation>Smartphone-Nutzende werden gedrängt, die Jitsi-App zu installieren.</translation>
    </message>
    <message>
        <source>Set MOBILE_APP_PROMO to false in interface_config.js.</source>
        <translation>Setzen Sie MOBILE_APP_PROMO in interface_config.js auf false.</translation>
    </message>
    <message>
        <source>In a session of two, counselor and client are connected directly (peer-to-peer) and see each other&apos;s IP address.</source>
        <translation>In einer Sitzung zu zweit sind Berater/-in und Klient/-in direkt verbunden (Peer-to-Peer) und sehen gegenseitig ihre IP-Adresse.</translation>
    </message>
    <message>
        <source>Set p2p.enabled to false so that media runs through your own videobridge, or set p2p.iceTransportPolicy to &quot;relay&quot; with your own TURN server.</source>
        <translation>Setzen Sie p2p.enabled auf false, damit Bild und Ton über Ihre eigene Videobridge laufen, oder setzen Sie p2p.iceTransportPolicy auf „relay“ mit Ihrem eigenen TURN-Server.</translation>
    </message>
    <message>
        <source>The meeting may contact other servers.</source>
        <translation>Die Sitzung darf andere Server kontaktieren.</translation>
    </message>
    <message>
        <source>Set %1 to true so that phones stay in the browser.</source>
        <translation>Setzen Sie %1 auf true, damit Smartphones im Browser bleiben.</translation>
    </message>
    <message>
        <source>Participants&apos; avatars are looked up at %1 by a hash of their e-mail address, so that service learns who takes part in which meeting.</source>
        <translation>Profilbilder der Teilnehmenden werden bei %1 anhand eines Hashwerts ihrer E-Mail-Adresse abgefragt; dieser Dienst erfährt so, wer an welcher Sitzung teilnimmt.</translation>
    </message>
    <message>
        <source>Set gravatar.disabled to true, or let %1 point to an avatar service of your own.</source>
        <translation>Setzen Sie gravatar.disabled auf true oder lassen Sie %1 auf einen eigenen Profilbild-Dienst zeigen.</translation>
    </message>
    <message>
        <source>Browsers keep the room names of past sessions in a list of recent meetings, which anyone using the same computer or phone can read.</source>
        <translation>Browser speichern die Raumnamen vergangener Sitzungen in einer Liste der letzten Besprechungen, die jede Person lesen kann, die denselben Computer oder dasselbe Smartphone nutzt.</translation>
    </message>
    <message>
        <source>Set doNotStoreRoom to true (or RECENT_LIST_ENABLED to false in interface_config.js).</source>
        <translation>Setzen Sie doNotStoreRoom auf true (oder RECENT_LIST_ENABLED in interface_config.js auf false).</translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>Hidden because the screen was locked.</source>
        <translation>Verborgen, weil der Bildschirm gesperrt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden after %n minute(s) without input.</source>
        <translation>
            <numerusform>Verborgen nach %n Minute ohne Eingabe.</numerusform>
            <numerusform>Verborgen nach %n Minuten ohne Eingabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden – Vieraugen</source>
        <translation>Verborgen – Vieraugen</translation>
    </message>
</context>
<context>
    <name>Provisioner</name>
    <message>
        <source>%1: unknown field &quot;%2&quot;. Known fields: %3.</source>
        <translation>%1: unbekanntes Feld „%2“. Bekannte Felder: %3.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>&quot;servers&quot; must be a list.</source>
        <translation>„servers“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: &quot;auth&quot; must be &quot;jwt&quot; or &quot;none&quot;.</source>
        <translation>%1: „auth“ muss „jwt“ oder „none“ sein.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is used twice.</source>
        <translation>%1: die Kennung „%2“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>server %1: its backup &quot;%2&quot; is neither in the file nor configured.</source>
        <translation>Server %1: sein Ausweichserver „%2“ steht weder in der Datei noch ist er eingerichtet.</translation>
    </message>
    <message>
        <source>&quot;smtp&quot; must be an object.</source>
        <translation>„smtp“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>smtp: &quot;security&quot; must be &quot;starttls&quot; or &quot;tls&quot;; mail is never sent unencrypted.</source>
        <translation>smtp: „security“ muss „starttls“ oder „tls“ sein; E-Mails werden nie unverschlüsselt versandt.</translation>
    </message>
    <message>
        <source>smtp: &quot;host&quot;, &quot;from&quot; and a port between 1 and 65535 are needed.</source>
        <translation>smtp: „host“, „from“ und ein Port zwischen 1 und 65535 sind nötig.</translation>
    </message>
    <message>
        <source>&quot;sms&quot; must be an object.</source>
        <translation>„sms“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>sms: &quot;provider&quot; must be one of %1.</source>
        <translation>sms: „provider“ muss einer von %1 sein.</translation>
    </message>
    <message>
        <source>sms (%1): &quot;%2&quot; is needed.</source>
        <translation>sms (%1): „%2“ ist nötig.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; (%2): %3</source>
        <translation>Server „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>App secret for %1: stored in the keychain</source>
        <translation>App-Geheimnis für %1: im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation>Server %1: %2</translation>
    </message>
    <message>
        <source>Warning: server %1 uses token authentication but has no app secret yet; enter it in Settings.</source>
        <translation>Warnung: Server %1 nutzt die Token-Anmeldung, hat aber noch kein App-Geheimnis; geben Sie es in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation>%1: aktualisiert</translation>
    </message>
    <message>
        <source>%1 secret: stored in the keychain</source>
        <translation>%1-Geheimnis: im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>sms (custom): &quot;gateway&quot; must describe the gateway, at least its &quot;url&quot;.</source>
        <translation>sms (custom): „gateway“ muss das Gateway beschreiben, mindestens seine „url“.</translation>
    </message>
    <message>
        <source>Note: %1 has no secret in the file and none is stored yet; enter it in Settings before sending invitations.</source>
        <translation>Hinweis: Für %1 steht kein Geheimnis in der Datei und es ist noch keines gespeichert; tragen Sie es in den Einstellungen ein, bevor Sie Einladungen senden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file must contain one JSON object with &quot;servers&quot;, &quot;smtp&quot;, &quot;sms&quot; and/or &quot;updates&quot;.</source>
        <translation>die Datei muss ein JSON-Objekt mit „servers“, „smtp“, „sms“ und/oder „updates“ enthalten.</translation>
    </message>
    <message>
        <source>&quot;updates&quot; must be an object.</source>
        <translation>„updates“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>updates: &quot;feed&quot; must be an https address.</source>
        <translation>updates: „feed“ muss eine https-Adresse sein.</translation>
    </message>
    <message>
        <source>Update check: off</source>
        <translation>Suche nach Updates: aus</translation>
    </message>
    <message>
        <source>Update check: %1</source>
        <translation>Suche nach Updates: %1</translation>
    </message>
    <message>
        <source>&quot;teamKey&quot; must be %1 random bytes in base64, e.g. from &quot;openssl rand -base64 %1&quot;.</source>
        <translation>„teamKey“ muss aus %1 Zufallsbytes in Base64 bestehen, z. B. von „openssl rand -base64 %1“.</translation>
    </message>
    <message>
        <source>&quot;calendarAccounts&quot; must be a list.</source>
        <translation>„calendarAccounts“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>calendar account %1</source>
        <translation>Kalenderkonto %1</translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; (lower-case letters, digits and -), &quot;user&quot; and an https &quot;url&quot; are needed.</source>
        <translation>%1: „id“ (Kleinbuchstaben, Ziffern und -), „user“ und eine https-„url“ sind nötig.</translation>
    </message>
    <message>
        <source>Calendar account %1</source>
        <translation>Kalenderkonto %1</translation>
    </message>
    <message>
        <source>Team key</source>
        <translation>Teamschlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is longer than %n characters.</source>
        <translation>
            <numerusform>%1: „%2“ ist länger als %n Zeichen.</numerusform>
            <numerusform>%1: „%2“ ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;servers&quot; lists more than %n servers.</source>
        <translation>
            <numerusform>„servers“ enthält mehr als %n Server.</numerusform>
            <numerusform>„servers“ enthält mehr als %n Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; a provisioning file describes servers and channels in a few kilobytes.</source>
        <translation>die Datei ist größer als %1 MB; eine Einrichtungsdatei beschreibt Server und Kanäle in wenigen Kilobyte.</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The repetition rule &quot;%1&quot; is not valid (RFC 5545 RRULE, e.g. FREQ=WEEKLY;INTERVAL=2).</source>
        <translation>Die Wiederholungsregel „%1“ ist ungültig (RFC-5545-RRULE, z. B. FREQ=WEEKLY;INTERVAL=2).</translation>
    </message>
    <message>
        <source>Appointments can repeat at most hourly.</source>
        <translation>Termine können sich höchstens stündlich wiederholen.</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>&amp;never</source>
        <translation>&amp;nie</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>a&amp;m</translation>
    </message>
    <message>
        <source>a&amp;fter</source>
        <translation>&amp;nach</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Im Abstand von</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>years</source>
        <translation>
            <numerusform>Jahr</numerusform>
            <numerusform>Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> Termin</numerusform>
            <numerusform> Terminen</numerusform>
        </translation>
    </message>
    <message>
        <source>This series repeats by a rule from another calendar, which is kept as it is: %1. Choose another repetition to replace it.</source>
        <translation>Diese Serie folgt einer Regel aus einem anderen Kalender, die unverändert bleibt: %1. Wählen Sie eine andere Wiederholung, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation>Anzahl der Termine</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Snooze %1 min</source>
        <translation>&amp;Später (%1 Min.)</translation>
    </message>
    <message>
        <source>&amp;Dismiss All</source>
        <translation>&amp;Alle schließen</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Verpasst: %1</translation>
    </message>
    <message>
        <source>Started at %1.</source>
        <translation>Hat um %1 Uhr begonnen.</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n minutes, at %1.</source>
        <translation>
            <numerusform>Beginnt in %n Minute, um %1 Uhr.</numerusform>
            <numerusform>Beginnt in %n Minuten, um %1 Uhr.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>A&amp;nrufen</translation>
    </message>
    <message>
        <source>Open &amp;Link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Fällige Erinnerungen</translation>
    </message>
    <message>
        <source>Reminder: %1. %2</source>
        <translation>Erinnerung: %1. %2</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>an appointment</source>
        <translation>ein Termin</translation>
    </message>
    <message>
        <source>%1 goes to the reminders.</source>
        <translation>%1 führt zu den Erinnerungen.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Open Keychain Access, make sure your login keychain exists and is unlocked, then try again.</source>
        <translation>Öffnen Sie die Schlüsselbundverwaltung, prüfen Sie, ob Ihr Anmeldeschlüsselbund existiert und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running, then try again.</source>
        <translation>Prüfen Sie, ob der Dienst „Windows-Anmeldeinformationsverwaltung“ läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Install a Secret Service provider such as GNOME Keyring or KeePassXC (with Secret Service integration), make sure it runs and its default collection is unlocked, then restart Vieraugen.</source>
        <translation>Installieren Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KeePassXC (mit Secret-Service-Anbindung), sorgen Sie dafür, dass er läuft und seine Standardsammlung entsperrt ist, und starten Sie Vieraugen neu.</translation>
    </message>
    <message>
        <source>No secret &quot;%1&quot; is stored for %2.</source>
        <translation>Für %2 ist kein Geheimnis „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; is too long for this system&apos;s keychain.</source>
        <translation>Das Geheimnis „%1“ ist zu lang für den Schlüsselbund dieses Systems.</translation>
    </message>
    <message>
        <source>The system keychain returned something other than what was stored in it.</source>
        <translation>Der Schlüsselbund des Systems hat etwas anderes zurückgegeben, als darin gespeichert wurde.</translation>
    </message>
    <message>
        <source>The system keychain has no entry %1. Enter the secret again in Settings.</source>
        <translation>Der Schlüsselbund des Systems hat keinen Eintrag %1. Geben Sie das Geheimnis in den Einstellungen erneut ein.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow Vieraugen to use it and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Erlauben Sie Vieraugen den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No secure storage is available (%1). Vieraugen keeps passwords only in the system keychain and never in a file. %2</source>
        <translation>Es ist kein sicherer Speicher verfügbar (%1). Vieraugen bewahrt Passwörter nur im Schlüsselbund des Systems auf, nie in einer Datei. %2</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked or waiting for a password prompt: unlock it and try again. %2</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet. Vielleicht ist er gesperrt oder wartet auf eine Passworteingabe: Entsperren Sie ihn und versuchen Sie es erneut. %2</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>%1 is an address; nothing to look up.</source>
        <translation>%1 ist eine Adresse; es gibt nichts nachzuschlagen.</translation>
    </message>
    <message>
        <source>The name %1 cannot be found (%2). Check the address and whether this computer is online.</source>
        <translation>Der Name %1 wird nicht gefunden (%2). Prüfen Sie die Adresse und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>%1 was found (%2).</source>
        <translation>%1 wurde gefunden (%2).</translation>
    </message>
    <message>
        <source>That is too slow for video: check your connection, close programs that use the network, or switch to the backup server.</source>
        <translation>Das ist zu langsam für Video: Prüfen Sie Ihre Verbindung, schließen Sie Programme, die das Netz nutzen, oder wechseln Sie zum Ausweichserver.</translation>
    </message>
    <message>
        <source>Video may stutter: lower the video quality or use audio only if it does.</source>
        <translation>Das Video kann ruckeln: Senken Sie dann die Videoqualität oder nutzen Sie nur Ton.</translation>
    </message>
    <message numerus="yes">
        <source>Median answer time %1 ms over %n requests.</source>
        <translation>
            <numerusform>Mittlere Antwortzeit (Median) %1 ms bei %n Anfrage.</numerusform>
            <numerusform>Mittlere Antwortzeit (Median) %1 ms bei %n Anfragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConnectionTest</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Vieraugen only connects to servers with a valid certificate; ask the server&apos;s administrator.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1). Vieraugen verbindet sich nur mit Servern mit gültigem Zertifikat; wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2. Check the address: it should be the page where meetings start, e.g. https://meet.example.org.</source>
        <translation>Der Server antwortete %1 für %2. Prüfen Sie die Adresse: Es sollte die Seite sein, auf der Besprechungen beginnen, z. B. https://meet.example.org.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server answered, but %1 is not Jitsi Meet&apos;s meeting API. Check the address.</source>
        <translation>Der Server antwortet, aber %1 ist nicht die Besprechungsschnittstelle von Jitsi Meet. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server answered in %1 ms and offers Jitsi Meet&apos;s meeting API.</source>
        <translation>Der Server antwortete in %1 ms und bietet die Besprechungsschnittstelle von Jitsi Meet.</translation>
    </message>
    <message>
        <source>The app secret for token authentication is missing: enter it before starting sessions.</source>
        <translation>Das App-Geheimnis für die Token-Anmeldung fehlt: Geben Sie es ein, bevor Sie Sitzungen starten.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds. Check the address and your internet connection.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie die Adresse und Ihre Internetverbindung.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie die Adresse und Ihre Internetverbindung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>&amp;Open the Setup File From Your IT…</source>
        <translation>&amp;Einrichtungsdatei Ihrer IT öffnen …</translation>
    </message>
    <message>
        <source>&amp;Details for IT</source>
        <translation>&amp;Details für die IT</translation>
    </message>
    <message>
        <source>Video Server</source>
        <translation>Videoserver</translation>
    </message>
    <message>
        <source>Video sessions run on your organization&apos;s own server. Your IT usually hands out a setup file for it.</source>
        <translation>Videositzungen laufen auf dem eigenen Server Ihrer Organisation. Dafür gibt Ihre IT meist eine Einrichtungsdatei heraus.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller (Issuer)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe (Audience)</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App-Geheimnis</translation>
    </message>
    <message>
        <source>goes straight into the system keychain</source>
        <translation>kommt direkt in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>App &amp;id:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>The name the server knows Vieraugen by (app_id in the server&apos;s token settings).</source>
        <translation>Der Name, unter dem der Server Vieraugen kennt (app_id in den Token-Einstellungen des Servers).</translation>
    </message>
    <message>
        <source>Iss&amp;uer:</source>
        <translation>Ausstelle&amp;r (Issuer):</translation>
    </message>
    <message>
        <source>Who signs the access tokens (iss); usually the same as the app id.</source>
        <translation>Wer die Zugangs-Token unterschreibt (iss); meist dasselbe wie die App-ID.</translation>
    </message>
    <message>
        <source>Audi&amp;ence:</source>
        <translation>Ziel&amp;gruppe (Audience):</translation>
    </message>
    <message>
        <source>Whom the tokens are meant for (aud), often &quot;jitsi&quot;.</source>
        <translation>Für wen die Token bestimmt sind (aud), oft „jitsi“.</translation>
    </message>
    <message>
        <source>App secre&amp;t:</source>
        <translation>App-Geheim&amp;nis:</translation>
    </message>
    <message>
        <source>The shared key that proves Vieraugen may open rooms as moderator; it is kept in the system keychain only.</source>
        <translation>Der gemeinsame Schlüssel, mit dem Vieraugen beweist, dass es Räume als Moderation öffnen darf; er liegt nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Or enter the server &amp;address your IT gave you:</source>
        <translation>Oder geben Sie die Server&amp;adresse ein, die Sie von Ihrer IT haben:</translation>
    </message>
    <message>
        <source>No setup file yet? Go on without a server: appointments can be planned now, and this step opens again under Help → Set Up Vieraugen…</source>
        <translation>Noch keine Einrichtungsdatei? Machen Sie ohne Server weiter: Termine lassen sich jetzt schon planen, und dieser Schritt öffnet sich wieder unter Hilfe → Vieraugen einrichten …</translation>
    </message>
    <message>
        <source>No video server is set up yet.</source>
        <translation>Noch ist kein Videoserver eingerichtet.</translation>
    </message>
    <message>
        <source>Open the Setup File From Your IT</source>
        <translation>Einrichtungsdatei Ihrer IT öffnen</translation>
    </message>
    <message>
        <source>Setup files (*.json);;All files (*)</source>
        <translation>Einrichtungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your IT for the right file, or enter the server address below.</source>
        <translation>Es wurde nichts geändert. Bitten Sie Ihre IT um die richtige Datei, oder geben Sie unten die Serveradresse ein.</translation>
    </message>
    <message>
        <source>%1 names no video server. Nothing was changed. Ask your IT for the right file.</source>
        <translation>%1 nennt keinen Videoserver. Es wurde nichts geändert. Bitten Sie Ihre IT um die richtige Datei.</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Wird eingerichtet …</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Set up nevertheless:</source>
        <translation>Trotzdem eingerichtet:</translation>
    </message>
    <message>
        <source>Enter the server address too.</source>
        <translation>Geben Sie auch die Serveradresse ein.</translation>
    </message>
    <message>
        <source>The server was not saved: %1</source>
        <translation>Der Server wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>If your IT has a setup file or the details for IT, use them instead.</source>
        <translation>Hat Ihre IT eine Einrichtungsdatei oder die Details für die IT, nutzen Sie besser diese.</translation>
    </message>
    <message>
        <source>Set up: %1. A setup file or address below replaces or adds to it.</source>
        <translation>Eingerichtet: %1. Eine Einrichtungsdatei oder Adresse unten ersetzt oder ergänzt ihn.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter it like https://meet.example.org.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie sie in der Form https://meet.example.org ein.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The server %1 must be reached over https: video sessions are never sent unencrypted.</source>
        <translation>Der Server %1 muss über https erreichbar sein: Videositzungen laufen nie unverschlüsselt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a server id: use lowercase letters, digits and &apos;-&apos;.</source>
        <translation>„%1“ taugt nicht als Serverkennung: Verwenden Sie Kleinbuchstaben, Ziffern und „-“.</translation>
    </message>
    <message>
        <source>The server %1 needs a name.</source>
        <translation>Der Server %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>Token authentication for %1 needs an app id, an issuer and an audience.</source>
        <translation>Die Token-Anmeldung für %1 braucht eine App-ID, einen Aussteller (issuer) und eine Zielgruppe (audience).</translation>
    </message>
    <message>
        <source>The server %1 cannot be its own backup.</source>
        <translation>Der Server %1 kann nicht sein eigener Ausweichserver sein.</translation>
    </message>
    <message>
        <source>Without token authentication, whoever enters a room first becomes its moderator. The Berlin data protection authority considers such servers unsuitable for anything beyond low-risk use.</source>
        <translation>Ohne Token-Anmeldung wird moderierend, wer einen Raum zuerst betritt. Die Berliner Datenschutzbeauftragte hält solche Server nur für Anwendungen mit geringem Risiko für geeignet.</translation>
    </message>
</context>
<context>
    <name>ServerProfileDialog</name>
    <message>
        <source>Add Jitsi Server</source>
        <translation>Jitsi-Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit Jitsi Server</source>
        <translation>Jitsi-Server bearbeiten</translation>
    </message>
    <message>
        <source>A short name for the server that never changes; it names its entries in the keychain.</source>
        <translation>Ein kurzer, unveränderlicher Name für den Server; er benennt seine Einträge im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Token (JWT)</source>
        <translation>Token (JWT)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>optional: the server&apos;s domain or tenant</source>
        <translation>optional: Domain oder Mandant des Servers</translation>
    </message>
    <message>
        <source>needs secure storage</source>
        <translation>braucht einen sicheren Speicher</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>goes straight into the system keychain</source>
        <translation>wird direkt im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>No backup server</source>
        <translation>Kein Ausweichserver</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>App &amp;id:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;bjekt (subject):</translation>
    </message>
    <message>
        <source>Another server already uses the id &quot;%1&quot;.</source>
        <translation>Ein anderer Server verwendet bereits die Kennung „%1“.</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <source>Iss&amp;uer:</source>
        <translation>Aus&amp;steller (issuer):</translation>
    </message>
    <message>
        <source>Audi&amp;ence:</source>
        <translation>&amp;Zielgruppe (audience):</translation>
    </message>
    <message>
        <source>App secre&amp;t:</source>
        <translation>App-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Bac&amp;kup server:</source>
        <translation>Aus&amp;weichserver:</translation>
    </message>
    <message>
        <source>Turn on end-to-end &amp;encryption in sessions where the server offers it</source>
        <translation>Ende-zu-Ende-&amp;Verschlüsselung in Sitzungen einschalten, wenn der Server sie anbietet</translation>
    </message>
    <message>
        <source>Then only the participants can see and hear the session, not the video server. Every participant needs a browser that can (Chromium-based browsers, the Jitsi apps).</source>
        <translation>Dann können nur die Teilnehmenden die Sitzung sehen und hören, nicht der Videoserver. Alle brauchen dafür einen Browser, der das kann (Chromium-basierte Browser, die Jitsi-Apps).</translation>
    </message>
</context>
<context>
    <name>ServerProfilesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Use by &amp;default</source>
        <translation>Als &amp;Standard verwenden</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft …</translation>
    </message>
    <message>
        <source>App secrets are kept in the system keychain, never in a file.</source>
        <translation>App-Geheimnisse liegen im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>none ⚠</source>
        <translation>keine ⚠</translation>
    </message>
    <message>
        <source>token ✓</source>
        <translation>Token ✓</translation>
    </message>
    <message>
        <source>token, app secret missing</source>
        <translation>Token, App-Geheimnis fehlt</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove the server &quot;%1&quot; and its app secret from this computer? Appointments planned on it keep their rooms, but cannot start until you choose another server.</source>
        <translation>Den Server „%1“ und sein App-Geheimnis von diesem Computer entfernen? Darauf geplante Termine behalten ihre Räume, lassen sich aber erst starten, wenn Sie einen anderen Server wählen.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <source>&amp;Privacy Audit</source>
        <translation>&amp;Datenschutz prüfen</translation>
    </message>
    <message>
        <source>Read the server&apos;s own configuration and show what it means for privacy.</source>
        <translation>Die Konfiguration des Servers lesen und zeigen, was sie für den Datenschutz bedeutet.</translation>
    </message>
    <message>
        <source>Reading the configuration of %1…</source>
        <translation>Lese die Konfiguration von %1 …</translation>
    </message>
    <message>
        <source>Green: nothing found.</source>
        <translation>Grün: nichts gefunden.</translation>
    </message>
    <message>
        <source>Amber: settings your organization should change.</source>
        <translation>Gelb: Einstellungen, die Ihre Organisation ändern sollte.</translation>
    </message>
    <message>
        <source>Red: data leaves for third parties or travels unencrypted.</source>
        <translation>Rot: Daten gehen an Dritte oder werden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Video servers</source>
        <translation>Videoserver</translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
</context>
<context>
    <name>SessionLauncher</name>
    <message>
        <source>Session Cannot Start</source>
        <translation>Sitzung kann nicht starten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no link or phone number to start with. Open the appointment and add one.</source>
        <translation>„%1“ hat keinen Link und keine Telefonnummer zum Starten. Öffnen Sie den Termin und ergänzen Sie sie.</translation>
    </message>
    <message>
        <source>Starting the session…</source>
        <translation>Sitzung wird gestartet …</translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Nobody joined &quot;%1&quot;. How should it be recorded?</source>
        <translation>Niemand ist „%1“ beigetreten. Wie soll der Termin vermerkt werden?</translation>
    </message>
    <message>
        <source>No Backup Server</source>
        <translation>Kein Ausweichserver</translation>
    </message>
    <message>
        <source>Switch to the Backup Server</source>
        <translation>Zum Ausweichserver wechseln</translation>
    </message>
    <message>
        <source>Move this session to %1? It gets a new room there, so the client needs the new link; the password stays the same.</source>
        <translation>Diese Sitzung auf %1 verlegen? Sie bekommt dort einen neuen Raum, die Klient/-innen brauchen also den neuen Link; das Passwort bleibt gleich.</translation>
    </message>
    <message>
        <source>Check the video server before the session</source>
        <translation>Videoserver vor der Sitzung prüfen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Video session in a few minutes</source>
        <translation>Videositzung in wenigen Minuten</translation>
    </message>
    <message>
        <source>Test camera, microphone and connection now: &quot;Check&quot; under Next appointment.</source>
        <translation>Prüfen Sie jetzt Kamera, Mikrofon und Verbindung: „Prüfen“ unter „Nächster Termin“.</translation>
    </message>
    <message>
        <source>Check Before the Session</source>
        <translation>Prüfung vor der Sitzung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a video session, and video sessions need your organization&apos;s video server. Set it up here, then press Start again.</source>
        <translation>„%1“ ist eine Videositzung, und Videositzungen brauchen den Videoserver Ihrer Organisation. Richten Sie ihn hier ein und drücken Sie dann noch einmal auf Starten.</translation>
    </message>
    <message>
        <source>Did It Take Place?</source>
        <translation>Hat der Termin stattgefunden?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was planned until %2. Did it take place?</source>
        <translation>„%1“ war bis %2 geplant. Hat der Termin stattgefunden?</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Hat stattgefunden</translation>
    </message>
    <message>
        <source>Client did &amp;not come</source>
        <translation>Klient/-in ist &amp;nicht erschienen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Später &amp;entscheiden</translation>
    </message>
    <message>
        <source>The session never connected: nothing was recorded for the appointment.</source>
        <translation>Die Verbindung zur Sitzung kam nie zustande: Für den Termin wurde nichts vermerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned for %2, in %3. Start its session now anyway?</source>
        <translation>„%1“ ist für %2 geplant, also in %3. Die Sitzung trotzdem jetzt starten?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was planned for %2 and ended %3 ago. Start its session now anyway?</source>
        <translation>„%1“ war für %2 geplant und ist seit %3 vorbei. Die Sitzung trotzdem jetzt starten?</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>&amp;Start Now</source>
        <translation>Jetzt &amp;starten</translation>
    </message>
    <message>
        <source>%1 has no backup server. Your IT can name one for it under File → Settings → Servers.</source>
        <translation>%1 hat keinen Ausweichserver. Ihre IT kann einen unter Datei → Einstellungen → Server eintragen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already recorded as &quot;%2&quot;. Start its session again anyway?</source>
        <translation>„%1“ ist schon als „%2“ vermerkt. Die Sitzung trotzdem noch einmal starten?</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>&amp;Erneut starten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in person, so no session window opens: it is marked as begun.</source>
        <translation>„%1“ findet vor Ort statt, daher öffnet sich kein Sitzungsfenster: Der Termin ist als begonnen vermerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still running. Quitting Vieraugen ends them for everyone taking part.</source>
        <translation>
            <numerusform>%n Sitzung läuft noch. Wenn Sie Vieraugen beenden, endet sie für alle Teilnehmenden.</numerusform>
            <numerusform>%n Sitzungen laufen noch. Wenn Sie Vieraugen beenden, enden sie für alle Teilnehmenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running. Quitting Vieraugen ends the session for everyone taking part.</source>
        <translation>„%1“ läuft noch. Wenn Sie Vieraugen beenden, endet die Sitzung für alle Teilnehmenden.</translation>
    </message>
    <message>
        <source>Quit Vieraugen</source>
        <translation>Vieraugen beenden</translation>
    </message>
    <message>
        <source>&amp;Quit and End the Session</source>
        <translation>Vieraugen und Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>Someone waited in the lobby of &quot;%1&quot; and was not let in. Was the session held all the same?</source>
        <translation>Im Warteraum von „%1“ hat jemand gewartet und wurde nicht eingelassen. Hat die Sitzung trotzdem stattgefunden?</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call %1. Once the call has begun, say so here and the appointment is marked as begun.</source>
        <translation>Rufen Sie %1 an. Sobald das Gespräch begonnen hat, bestätigen Sie es hier; dann wird der Termin als begonnen vermerkt.</translation>
    </message>
    <message>
        <source>&amp;Dial with the Phone Program</source>
        <translation>Mit dem Telefonprogramm &amp;wählen</translation>
    </message>
    <message>
        <source>The Call Has &amp;Begun</source>
        <translation>Das Gespräch hat &amp;begonnen</translation>
    </message>
    <message>
        <source>Note the recording of &quot;%1&quot;</source>
        <translation>Aufzeichnung von „%1“ vermerken</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the backup server</source>
        <translation>„%1“ auf den Ausweichserver verlegen</translation>
    </message>
    <message>
        <source>Record the start of &quot;%1&quot;</source>
        <translation>Beginn von „%1“ vermerken</translation>
    </message>
    <message>
        <source>Record the end of &quot;%1&quot;</source>
        <translation>Ende von „%1“ vermerken</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned for %2. Start its session now anyway?</source>
        <translation>„%1“ ist für %2 geplant. Die Sitzung trotzdem jetzt starten?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was planned for %2. Start its session now anyway?</source>
        <translation>„%1“ war für %2 geplant. Die Sitzung trotzdem jetzt starten?</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>The phone program dials %1. Back here, say whether the call has begun.</source>
        <translation>Das Telefonprogramm wählt %1. Sagen Sie hier, sobald Sie zurück sind, ob das Gespräch begonnen hat.</translation>
    </message>
    <message>
        <source>Has the call with %1 begun?</source>
        <translation>Hat das Gespräch mit %1 begonnen?</translation>
    </message>
    <message>
        <source>&amp;Not Yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <source>The session was recorded as %1 (%2–%3). Undo with %4.</source>
        <translation>Die Sitzung wurde als %1 vermerkt (%2–%3). Rückgängig mit %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded as %2 (%3–%4). Undo with %5.</source>
        <translation>„%1“ als %2 vermerkt (%3–%4). Rückgängig mit %5.</translation>
    </message>
    <message>
        <source>This computer has no program set up that opens the link of &quot;%1&quot; (a web browser, or the meeting&apos;s own program). Copy the link and open it another way, e.g. in a browser or on another device.</source>
        <translation>Auf diesem Computer ist kein Programm eingerichtet, das den Link von „%1“ öffnet (ein Webbrowser oder das eigene Programm des Meetings). Kopieren Sie den Link und öffnen Sie ihn anders, etwa in einem Browser oder auf einem anderen Gerät.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes place in another program (%2). Vieraugen sends no invitation for it: invite the participants from that program, or copy the link and send it yourself.</source>
        <translation>„%1“ findet in einem anderen Programm statt (%2). Vieraugen verschickt dafür keine Einladung: Laden Sie die Teilnehmenden aus diesem Programm ein, oder kopieren Sie den Link und schicken Sie ihn selbst.</translation>
    </message>
    <message>
        <source>The link contains the meeting&apos;s password: whoever has it can join. Send it to the participants only, and not together with other clients&apos; links.</source>
        <translation>Der Link enthält das Passwort des Meetings: Wer ihn hat, kann teilnehmen. Schicken Sie ihn nur an die Teilnehmenden und nicht zusammen mit Links anderer Klient/-innen.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The link is copied.</source>
        <translation>Der Link ist kopiert.</translation>
    </message>
    <message>
        <source>The link is copied. As the meeting&apos;s password is in it, the clipboard forgets it again shortly.</source>
        <translation>Der Link ist kopiert. Weil das Passwort des Meetings darin steht, vergisst die Zwischenablage ihn bald wieder.</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
</context>
<context>
    <name>SessionModuleLoader</name>
    <message>
        <source>Video sessions and the camera check need the session module of Vieraugen (%1), which could not be loaded. The calendar works without it. Reinstall Vieraugen, or ask your IT to.

Details: %2</source>
        <translation>Videositzungen und die Kameraprüfung brauchen das Sitzungsmodul von Vieraugen (%1), das nicht geladen werden konnte. Der Kalender funktioniert auch ohne es. Installieren Sie Vieraugen neu oder bitten Sie Ihre IT darum.

Details: %2</translation>
    </message>
</context>
<context>
    <name>SessionPlanner</name>
    <message>
        <source>&quot;%1&quot; is not a video session in Vieraugen.</source>
        <translation>„%1“ ist keine Videositzung in Vieraugen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid room. Open the appointment and save it to give it a new room.</source>
        <translation>„%1“ hat keinen gültigen Raum. Öffnen und speichern Sie den Termin, damit er einen neuen Raum erhält.</translation>
    </message>
    <message>
        <source>No video server is set up yet. Add one under Settings → Servers.</source>
        <translation>Es ist noch kein Videoserver eingerichtet. Fügen Sie unter Einstellungen → Server einen hinzu.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; of this appointment no longer exists. Choose another server in the appointment.</source>
        <translation>Der Server „%1“ dieses Termins existiert nicht mehr. Wählen Sie im Termin einen anderen Server.</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>The room password cannot be made without the keychain: %1</source>
        <translation>Ohne Schlüsselbund kann kein Raumpasswort erzeugt werden: %1</translation>
    </message>
    <message>
        <source>The app secret for %1 is missing from the keychain. Enter it under Settings → Servers.</source>
        <translation>Das App-Geheimnis für %1 fehlt im Schlüsselbund. Geben Sie es unter Einstellungen → Server ein.</translation>
    </message>
</context>
<context>
    <name>SessionTimer</name>
    <message numerus="yes">
        <source>%1 of %n min</source>
        <comment>session time elapsed of planned</comment>
        <translation>
            <numerusform>%1 von %n Min.</numerusform>
            <numerusform>%1 von %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>&amp;Rejoin</source>
        <translation>&amp;Erneut beitreten</translation>
    </message>
    <message>
        <source>%1 – Session – Vieraugen</source>
        <translation>%1 – Sitzung – Vieraugen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting in the lobby&lt;/b&gt;</source>
        <translation>&lt;b&gt;Im Warteraum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The connection to %1 is not trustworthy (%2), so Vieraugen did not connect. Ask your administrator to renew the server&apos;s certificate, or switch to the backup server.</source>
        <translation>Die Verbindung zu %1 ist nicht vertrauenswürdig (%2), daher hat Vieraugen keine Verbindung aufgebaut. Bitten Sie Ihre Administration, das Zertifikat des Servers zu erneuern, oder wechseln Sie zum Ausweichserver.</translation>
    </message>
    <message>
        <source>The meeting view stopped unexpectedly. Rejoin to continue the session.</source>
        <translation>Die Sitzungsansicht wurde unerwartet beendet. Treten Sie erneut bei, um die Sitzung fortzusetzen.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Problems?</source>
        <translation>&amp;Probleme?</translation>
    </message>
    <message>
        <source>&amp;Mute Microphone</source>
        <translation>&amp;Mikrofon stumm</translation>
    </message>
    <message>
        <source>Turn &amp;Camera Off</source>
        <translation>&amp;Kamera aus</translation>
    </message>
    <message>
        <source>Copy &amp;Guest Link</source>
        <translation>&amp;Gästelink kopieren</translation>
    </message>
    <message>
        <source>The link for another participant. Send the password separately.</source>
        <translation>Der Link für eine weitere teilnehmende Person. Senden Sie das Passwort getrennt.</translation>
    </message>
    <message>
        <source>Open in My &amp;Browser Instead</source>
        <translation>Stattdessen im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation>&amp;Auflegen</translation>
    </message>
    <message>
        <source>Video &amp;Quality</source>
        <translation>Video&amp;qualität</translation>
    </message>
    <message>
        <source>&amp;High (720p)</source>
        <translation>&amp;Hoch (720p)</translation>
    </message>
    <message>
        <source>&amp;Standard (360p)</source>
        <translation>&amp;Standard (360p)</translation>
    </message>
    <message>
        <source>&amp;Low (180p): for weak connections</source>
        <translation>&amp;Niedrig (180p): für schwache Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Audio Only</source>
        <translation>&amp;Nur Ton</translation>
    </message>
    <message>
        <source>Turns off all video; helps most when the picture freezes or sound drops.</source>
        <translation>Schaltet alle Videos ab; hilft am meisten, wenn das Bild einfriert oder der Ton aussetzt.</translation>
    </message>
    <message>
        <source>&amp;Reload the Meeting</source>
        <translation>Sitzung neu &amp;laden</translation>
    </message>
    <message>
        <source>Someone is waiting</source>
        <translation>Jemand wartet</translation>
    </message>
    <message>
        <source>%1 is waiting in the lobby.</source>
        <translation>%1 wartet im Warteraum.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation>Verlasse …</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Warteraum</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Teilnehmende: %1</translation>
    </message>
    <message>
        <source>Guest link copied. Send the password through another channel.</source>
        <translation>Gästelink kopiert. Senden Sie das Passwort über einen anderen Weg.</translation>
    </message>
    <message>
        <source>&amp;Invite Another Participant…</source>
        <translation>Weitere Person &amp;einladen …</translation>
    </message>
    <message>
        <source>Switch to the &amp;Backup Server…</source>
        <translation>Zum &amp;Ausweichserver wechseln …</translation>
    </message>
    <message>
        <source>When this server fails or is overloaded: continue in a new room on the backup server.</source>
        <translation>Wenn dieser Server ausfällt oder überlastet ist: in einem neuen Raum auf dem Ausweichserver weitermachen.</translation>
    </message>
    <message>
        <source>&amp;Echo or Feedback</source>
        <translation>&amp;Echo oder Rückkopplung</translation>
    </message>
    <message>
        <source>The &amp;Client Cannot Get In</source>
        <translation>&amp;Klient/-in kommt nicht hinein</translation>
    </message>
    <message>
        <source>Picture &amp;Freezes, Sound Drops</source>
        <translation>Bild &amp;friert ein, Ton setzt aus</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation>Geräte werden gesucht …</translation>
    </message>
    <message>
        <source>Switch Ca&amp;mera</source>
        <translation>Ka&amp;mera wechseln</translation>
    </message>
    <message>
        <source>Switch M&amp;icrophone</source>
        <translation>M&amp;ikrofon wechseln</translation>
    </message>
    <message>
        <source>Switch &amp;Speaker</source>
        <translation>Lautsprec&amp;her wechseln</translation>
    </message>
    <message>
        <source>Check Camera, Microphone and Co&amp;nnection…</source>
        <translation>Kamera, Mikrofon und Verbindung &amp;prüfen …</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Moderator requested…</source>
        <translation>Moderation angefragt …</translation>
    </message>
    <message>
        <source>Not moderator</source>
        <translation>Keine Moderation</translation>
    </message>
    <message>
        <source>Room lock</source>
        <translation>Raumsperre</translation>
    </message>
    <message>
        <source>Room not locked</source>
        <translation>Raum nicht gesperrt</translation>
    </message>
    <message>
        <source>Lobby requested…</source>
        <translation>Warteraum angefragt …</translation>
    </message>
    <message>
        <source>Lobby on</source>
        <translation>Warteraum an</translation>
    </message>
    <message>
        <source>Lobby off</source>
        <translation>Warteraum aus</translation>
    </message>
    <message>
        <source>Lobby not confirmed</source>
        <translation>Warteraum nicht bestätigt</translation>
    </message>
    <message>
        <source>The meeting has not made you moderator, so Vieraugen cannot lock the room or hold clients in the lobby. Try again; if it stays so, ask your administrator to check the server&apos;s moderator settings.</source>
        <translation>Die Besprechung hat Sie nicht zur Moderation gemacht. Vieraugen kann deshalb den Raum nicht sperren und Klient/-innen nicht im Warteraum halten. Versuchen Sie es erneut; bleibt es so, bitten Sie Ihre Administration, die Moderationseinstellungen des Servers zu prüfen.</translation>
    </message>
    <message>
        <source>The meeting refused to lock the room with its password. Try again; until the room is locked, let in only the people you expect.</source>
        <translation>Die Besprechung hat abgelehnt, den Raum mit seinem Passwort zu sperren. Versuchen Sie es erneut; bis der Raum gesperrt ist, lassen Sie nur die Personen herein, die Sie erwarten.</translation>
    </message>
    <message>
        <source>The meeting has not confirmed that the lobby is on, so people with the link may enter without knocking. Try again; until it is on, watch who joins.</source>
        <translation>Die Besprechung hat nicht bestätigt, dass der Warteraum an ist; wer den Link hat, kommt womöglich ohne Anklopfen herein. Versuchen Sie es erneut; bis er an ist, achten Sie darauf, wer hinzukommt.</translation>
    </message>
    <message>
        <source>&amp;Stop It</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The session is being recorded</source>
        <translation>Die Sitzung wird aufgezeichnet</translation>
    </message>
    <message>
        <source>Someone started recording this session.</source>
        <translation>Jemand hat eine Aufzeichnung dieser Sitzung gestartet.</translation>
    </message>
    <message>
        <source>Someone started streaming this session live.</source>
        <translation>Jemand überträgt diese Sitzung live.</translation>
    </message>
    <message>
        <source>This session is being recorded on this computer.</source>
        <translation>Diese Sitzung wird auf diesem Computer aufgezeichnet.</translation>
    </message>
    <message>
        <source>Someone started a transcription of this session.</source>
        <translation>Jemand hat eine Transkription dieser Sitzung gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in this session.</source>
        <translation>
            <numerusform>Noch %n Minute in dieser Sitzung.</numerusform>
            <numerusform>Noch %n Minuten in dieser Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends the meeting for everyone, so no client is left alone in the room.</source>
        <translation>Beendet die Besprechung für alle, damit keine Klientin und kein Klient allein im Raum bleibt.</translation>
    </message>
    <message>
        <source>&amp;Leave, Others Stay</source>
        <translation>&amp;Verlassen, andere bleiben</translation>
    </message>
    <message>
        <source>You leave; the others can go on talking without you.</source>
        <translation>Sie gehen; die anderen können ohne Sie weitersprechen.</translation>
    </message>
    <message numerus="yes">
        <source>%n people take part in this session. To keep it stable, cameras start off; Vieraugen recommends video for at most %1.</source>
        <translation>
            <numerusform>An dieser Sitzung nimmt %n Person teil. Damit sie stabil bleibt, starten die Kameras ausgeschaltet; Vieraugen empfiehlt Video für höchstens %1.</numerusform>
            <numerusform>An dieser Sitzung nehmen %n Personen teil. Damit sie stabil bleibt, starten die Kameras ausgeschaltet; Vieraugen empfiehlt Video für höchstens %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted to the server</source>
        <translation>Verschlüsselt bis zum Server</translation>
    </message>
    <message>
        <source>End-to-end encryption is turned off for this server in the settings.</source>
        <translation>Die Ende-zu-Ende-Verschlüsselung ist für diesen Server in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>This server does not offer end-to-end encryption.</source>
        <translation>Dieser Server bietet keine Ende-zu-Ende-Verschlüsselung an.</translation>
    </message>
    <message>
        <source>Someone is waiting in the lobby of your session.</source>
        <translation>Jemand wartet im Warteraum Ihrer Sitzung.</translation>
    </message>
    <message>
        <source>Session – Vieraugen</source>
        <translation>Sitzung – Vieraugen</translation>
    </message>
    <message>
        <source>Room password set</source>
        <translation>Raumpasswort gesetzt</translation>
    </message>
    <message>
        <source>End-to-end encryption requested</source>
        <translation>Ende-zu-Ende-Verschlüsselung angefragt</translation>
    </message>
    <message>
        <source>Vieraugen set the room password as moderator; the meeting does not confirm it (Jitsi reports only a refused lock, and none came).</source>
        <translation>Vieraugen hat als Moderation das Raumpasswort gesetzt; die Besprechung bestätigt das nicht (Jitsi meldet nur eine abgelehnte Sperre, und es kam keine).</translation>
    </message>
    <message>
        <source>End-to-end encryption was requested; the meeting does not confirm it, so count on encryption to the server only.</source>
        <translation>Die Ende-zu-Ende-Verschlüsselung wurde angefragt; die Besprechung bestätigt sie nicht. Gehen Sie daher nur von einer Verschlüsselung bis zum Server aus.</translation>
    </message>
    <message>
        <source>Someone joined the session.</source>
        <translation>Jemand ist der Sitzung beigetreten.</translation>
    </message>
    <message>
        <source>%1 joined the session.</source>
        <translation>%1 ist der Sitzung beigetreten.</translation>
    </message>
    <message>
        <source>If it keeps failing, switch to the backup server (Problems? menu).</source>
        <translation>Wenn es weiter nicht klappt, wechseln Sie zum Ausweichserver (Menü „Probleme?“).</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videositzung</translation>
    </message>
    <message>
        <source>Go to the &amp;Waiting Room</source>
        <translation>Zum &amp;Warteraum</translation>
    </message>
    <message>
        <source>Someone left the session.</source>
        <translation>Jemand hat die Sitzung verlassen.</translation>
    </message>
    <message>
        <source>%1 left the session.</source>
        <translation>%1 hat die Sitzung verlassen.</translation>
    </message>
    <message>
        <source>Nobody is waiting in the lobby.</source>
        <translation>Niemand wartet im Warteraum.</translation>
    </message>
    <message>
        <source>Turn Away</source>
        <translation>Abweisen</translation>
    </message>
    <message>
        <source>Turn %1 away? They will not be let into this session.</source>
        <translation>%1 abweisen? Die Person wird nicht in diese Sitzung eingelassen.</translation>
    </message>
    <message>
        <source>&amp;Turn Away</source>
        <translation>&amp;Abweisen</translation>
    </message>
    <message>
        <source>You turned %1 away.</source>
        <translation>Sie haben %1 abgewiesen.</translation>
    </message>
    <message>
        <source>Microphone muted.</source>
        <translation>Mikrofon stumm.</translation>
    </message>
    <message>
        <source>Microphone on.</source>
        <translation>Mikrofon wieder an.</translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation>Kamera aus.</translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation>Kamera an.</translation>
    </message>
    <message>
        <source>Audio only: all video is off.</source>
        <translation>Nur Ton: alles Video ist aus.</translation>
    </message>
    <message>
        <source>Video is on again.</source>
        <translation>Video ist wieder an.</translation>
    </message>
    <message>
        <source>No Browser</source>
        <translation>Kein Browser</translation>
    </message>
    <message>
        <source>No web browser is set up on this computer, so the session stays here.</source>
        <translation>Auf diesem Computer ist kein Webbrowser eingerichtet, deshalb bleibt die Sitzung hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting in the lobby.</source>
        <translation>
            <numerusform>%n Person wartet im Warteraum.</numerusform>
            <numerusform>%n Personen warten im Warteraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hanging up ends the session, and nobody will let them in.</source>
        <translation>Wenn Sie auflegen, endet die Sitzung, und niemand lässt die Wartenden herein.</translation>
    </message>
    <message>
        <source>If you leave, nobody will let them in.</source>
        <translation>Wenn Sie die Sitzung verlassen, lässt niemand die Wartenden herein.</translation>
    </message>
    <message>
        <source>Hang Up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Leave the Session</source>
        <translation>Sitzung verlassen</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlassen</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <source>Closing this window ends the session for everyone taking part.</source>
        <translation>Wenn Sie dieses Fenster schließen, endet die Sitzung für alle Teilnehmenden.</translation>
    </message>
    <message>
        <source>End the Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>&amp;End the Session</source>
        <translation>&amp;Sitzung beenden</translation>
    </message>
    <message>
        <source>Video meeting – %1</source>
        <translation>Videositzung – %1</translation>
    </message>
    <message>
        <source>Stop the recording, live stream or transcription</source>
        <translation>Aufzeichnung, Livestream oder Transkription beenden</translation>
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
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>The name clients see in video sessions, e.g. &quot;Ms Berger, counseling centre&quot;.</source>
        <translation>Der Name, den Klient/-innen in Videositzungen sehen, z. B. „Frau Berger, Beratungsstelle“.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>How long before its start and after its end an appointment&apos;s video session can be opened.</source>
        <translation>Wie lange vor Beginn und nach Ende eines Termins seine Videositzung geöffnet werden kann.</translation>
    </message>
    <message>
        <source>Your &amp;name in sessions:</source>
        <translation>Ihr &amp;Name in Sitzungen:</translation>
    </message>
    <message>
        <source>Sessions open &amp;within:</source>
        <translation>Sitzungen öffnen &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>only when the screen locks</source>
        <translation>nur beim Sperren des Bildschirms</translation>
    </message>
    <message>
        <source>Clients&apos; names, contacts and notes are hidden after this time without input, and always when the screen locks.</source>
        <translation>Namen, Kontaktdaten und Notizen der Klient/-innen werden nach dieser Zeit ohne Eingabe verborgen, und immer, wenn der Bildschirm gesperrt wird.</translation>
    </message>
    <message>
        <source>&amp;Hide clients&apos; data after:</source>
        <translation>Daten der Klient/-innen &amp;verbergen nach:</translation>
    </message>
    <message>
        <source>A server could not be saved: %1</source>
        <translation>Ein Server konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>&amp;Skip Setup</source>
        <translation>Einrichtung über&amp;springen</translation>
    </message>
    <message>
        <source>Camera and Microphone</source>
        <translation>Kamera und Mikrofon</translation>
    </message>
    <message>
        <source>Optional: see and hear that your camera, microphone and speaker work.</source>
        <translation>Freiwillig: Sehen und hören Sie, ob Kamera, Mikrofon und Lautsprecher funktionieren.</translation>
    </message>
    <message>
        <source>&amp;Check Camera and Microphone…</source>
        <translation>Kamera und Mikrofon &amp;prüfen …</translation>
    </message>
    <message>
        <source>The check shows your camera&apos;s picture, the level of your microphone and plays a test sound. Nothing is sent anywhere. With a video server set up, it also tests the connection to it.</source>
        <translation>Die Prüfung zeigt das Bild Ihrer Kamera und den Pegel Ihres Mikrofons und spielt einen Testton. Dabei wird nichts verschickt. Ist ein Videoserver eingerichtet, wird auch die Verbindung zu ihm getestet.</translation>
    </message>
    <message>
        <source>You can skip this: the check is always there under Session → Check Camera, Microphone and Connection (Ctrl+Shift+K), and Vieraugen offers it ten minutes before every video session.</source>
        <translation>Sie können das überspringen: Die Prüfung finden Sie jederzeit unter Sitzung → Kamera, Mikrofon und Verbindung prüfen (Strg+Umschalt+K), und Vieraugen bietet sie zehn Minuten vor jeder Videositzung an.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Vieraugen is set up. What to do next:</source>
        <translation>Vieraugen ist eingerichtet. So geht es weiter:</translation>
    </message>
    <message>
        <source>Create the &amp;First Appointment</source>
        <translation>Den &amp;ersten Termin anlegen</translation>
    </message>
    <message>
        <source>1. Create your first appointment: the time, the kind of session and your client&apos;s name and contact.
2. Invite your client (Session → Invite Participants…): the link goes one way, the room password another.
3. At the time, select the appointment and press Start.</source>
        <translation>1. Legen Sie Ihren ersten Termin an: die Zeit, die Art der Sitzung und Name und Kontakt Ihrer Klientin oder Ihres Klienten.
2. Laden Sie ein (Sitzung → Teilnehmende einladen …): Der Link geht auf dem einen Weg, das Raumpasswort auf einem anderen.
3. Wählen Sie zur Zeit des Termins den Termin aus und drücken Sie auf Starten.</translation>
    </message>
    <message>
        <source>Everything here can be changed later under File → Settings, or by running this assistant again: Help → Set Up Vieraugen…</source>
        <translation>Alles hier lässt sich später unter Datei → Einstellungen ändern oder mit diesem Assistenten: Hilfe → Vieraugen einrichten …</translation>
    </message>
    <message>
        <source>Invitations come from %1, %2.</source>
        <translation>Einladungen kommen von %1, %2.</translation>
    </message>
    <message>
        <source>No video server yet: plan appointments now; before the first video session, open the setup file from your IT under Help → Set Up Vieraugen…</source>
        <translation>Noch kein Videoserver: Planen Sie jetzt Termine; öffnen Sie vor der ersten Videositzung die Einrichtungsdatei Ihrer IT unter Hilfe → Vieraugen einrichten …</translation>
    </message>
    <message>
        <source>Set Up Vieraugen – Step %1 of %2: %3</source>
        <translation>Vieraugen einrichten – Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Video sessions run on %1.</source>
        <translation>Videositzungen laufen auf %1.</translation>
    </message>
</context>
<context>
    <name>SmsGatewayChannel</name>
    <message>
        <source>%1 is not based in the EU. Your organization needs a data-processing agreement with it and a legal basis for transferring data outside the EU.</source>
        <translation>%1 hat seinen Sitz nicht in der EU. Ihre Organisation braucht mit diesem Anbieter einen Vertrag zur Auftragsverarbeitung und eine Rechtsgrundlage für die Übermittlung von Daten außerhalb der EU.</translation>
    </message>
    <message>
        <source>The custom SMS gateway has no address. Complete its definition in the settings.</source>
        <translation>Das eigene SMS-Gateway hat keine Adresse. Vervollständigen Sie seine Beschreibung in den Einstellungen.</translation>
    </message>
    <message>
        <source>No SMS gateway is set up. Set one up under Settings → Invitations, or read the password out on the phone.</source>
        <translation>Es ist kein SMS-Gateway eingerichtet. Richten Sie eines unter Einstellungen → Einladungen ein oder lesen Sie das Passwort am Telefon vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMS gateway Vieraugen knows.</source>
        <translation>„%1“ ist kein SMS-Gateway, das Vieraugen kennt.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s field &quot;%1&quot; is not a valid name.</source>
        <translation>Das Feld „%1“ des SMS-Gateways ist kein gültiger Name.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2). Check the SMS settings.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2). Prüfen Sie die SMS-Einstellungen.</translation>
    </message>
    <message>
        <source>%1 cannot take the message right now (HTTP %2). It waits in the outbox for another try.</source>
        <translation>%1 kann die Nachricht gerade nicht annehmen (HTTP %2). Sie wartet im Postausgang auf einen neuen Versuch.</translation>
    </message>
    <message>
        <source>%1 did not accept the message (HTTP %2).</source>
        <translation>%1 hat die Nachricht nicht angenommen (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered that the message was not sent (%2: %3). Check the number and the SMS settings.</source>
        <translation>%1 meldet, dass die Nachricht nicht versendet wurde (%2: %3). Prüfen Sie die Nummer und die SMS-Einstellungen.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The SMS gateway %1 cannot be reached right now (%2). The message waits in the outbox for another try.</source>
        <translation>Das SMS-Gateway %1 ist gerade nicht erreichbar (%2). Die Nachricht wartet im Postausgang auf einen neuen Versuch.</translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s address &quot;%1&quot; is not a web address without user name and password, like https://sms.example.org/send.</source>
        <translation>Die Adresse des SMS-Gateways „%1“ ist keine Webadresse ohne Benutzername und Passwort wie https://sms.example.org/send.</translation>
    </message>
    <message>
        <source>The SMS gateway %1 must be reached over https: its credentials and room passwords are never sent unencrypted.</source>
        <translation>Das SMS-Gateway %1 muss über https erreicht werden: Seine Zugangsdaten und Raumpasswörter werden nie unverschlüsselt gesendet.</translation>
    </message>
</context>
<context>
    <name>SmtpChannel</name>
    <message>
        <source>E-mail cannot be sent: libcurl could not start.</source>
        <translation>E-Mails können nicht versendet werden: libcurl ließ sich nicht starten.</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer encryption (STARTTLS), so nothing was sent. Ask your administrator for the encrypted port, or choose &quot;TLS&quot;.</source>
        <translation>Der Mailserver %1 bietet keine Verschlüsselung (STARTTLS) an, daher wurde nichts gesendet. Fragen Sie Ihre Administration nach dem verschlüsselten Port oder wählen Sie „TLS“.</translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1 could be made, so nothing was sent. Check the port and the encryption setting.</source>
        <translation>Zum Mailserver %1 kam keine sichere Verbindung zustande, daher wurde nichts gesendet. Prüfen Sie Port und Verschlüsselung.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached right now. The message waits in the outbox and is sent when the server answers again.</source>
        <translation>Der Mailserver %1 ist gerade nicht erreichbar. Die Nachricht wartet im Postausgang und wird gesendet, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message (reply %2). Check the recipient&apos;s address.</source>
        <translation>Der Mailserver %1 hat die Nachricht abgelehnt (Antwort %2). Prüfen Sie die Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>Sending through %1 failed (%2). The message waits in the outbox for another try.</source>
        <translation>Das Senden über %1 ist fehlgeschlagen (%2). Die Nachricht wartet im Postausgang auf einen neuen Versuch.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 could not be verified, so nothing was sent. If your organization uses its own certificate authority, enter its file under Settings → Invitations.</source>
        <translation>Das Zertifikat des Mailservers %1 konnte nicht geprüft werden, daher wurde nichts gesendet. Wenn Ihre Organisation eine eigene Zertifizierungsstelle nutzt, tragen Sie deren Datei unter Einstellungen → Einladungen ein.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login. Check the user name and password under Settings → Invitations.</source>
        <translation>Der Mailserver %1 hat die Anmeldung abgelehnt. Prüfen Sie Benutzername und Passwort unter Einstellungen → Einladungen.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Adds an account on a CalDAV server (Nextcloud, Radicale, …). The password or app password is read from standard input and goes to the keychain only.</source>
        <translation>Fügt ein Konto auf einem CalDAV-Server hinzu (Nextcloud, Radicale, …). Das Passwort oder App-Passwort wird von der Standardeingabe gelesen und nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation>die Adresse des Servers (https://…)</translation>
    </message>
    <message>
        <source>the user name on the server</source>
        <translation>der Benutzername auf dem Server</translation>
    </message>
    <message>
        <source>what to call the account (default: user@server)</source>
        <translation>wie das Konto heißen soll (Standard: benutzer@server)</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>the kind of account</source>
        <translation>die Art des Kontos</translation>
    </message>
    <message>
        <source>Write &quot;account add caldav --url URL --user NAME&quot;.</source>
        <translation>Schreiben Sie „account add caldav --url URL --user NAME“.</translation>
    </message>
    <message>
        <source>account add caldav needs --url and --user.</source>
        <translation>account add caldav braucht --url und --user.</translation>
    </message>
    <message>
        <source>The server&apos;s address must begin with https:// (plain http only to this computer).</source>
        <translation>Die Adresse des Servers muss mit https:// beginnen (einfaches http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>No password on standard input; e.g. write it to the command through a pipe. Nothing was changed.</source>
        <translation>Kein Passwort auf der Standardeingabe; geben Sie es z. B. über eine Pipe an den Befehl. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation>Das Konto wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Lists the calendar server accounts: id, name, address and user.</source>
        <translation>Listet die Konten auf Kalenderservern auf: Kennung, Name, Adresse und Benutzer.</translation>
    </message>
    <message>
        <source>No calendar server accounts. Add one with &quot;vieraugen-cli account add caldav&quot;.</source>
        <translation>Keine Konten auf Kalenderservern. Fügen Sie eines mit „vieraugen-cli account add caldav“ hinzu.</translation>
    </message>
    <message>
        <source>Lists the calendars (id, name, account, access, details mode); &quot;use ID&quot; puts new appointments there, &quot;show ID&quot; and &quot;hide ID&quot; choose what the views show.</source>
        <translation>Listet die Kalender auf (Kennung, Name, Konto, Zugriff, Umfang der Angaben); „use ID“ legt neue Termine dort an, „show ID“ und „hide ID“ wählen, was die Ansichten zeigen.</translation>
    </message>
    <message>
        <source>with use: what goes to the server: notes-kept-local, everything or busy</source>
        <translation>mit use: was an den Server geht: notes-kept-local, everything oder busy</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>was zu tun ist</translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation>der Kalender</translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;; see vieraugen-cli calendars.</source>
        <translation>Es gibt keinen Kalender „%1“; siehe vieraugen-cli calendars.</translation>
    </message>
    <message>
        <source>--details goes with use and is notes-kept-local, everything or busy.</source>
        <translation>--details gehört zu use und ist notes-kept-local, everything oder busy.</translation>
    </message>
    <message>
        <source>Calendar %1 changed.</source>
        <translation>Kalender %1 geändert.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>Lists appointments changed both here and on the server: the server&apos;s version is in the calendar, this computer&apos;s is kept. &quot;resolve ID --keep mine|theirs&quot; decides.</source>
        <translation>Listet Termine auf, die hier und auf dem Server geändert wurden: Die Fassung des Servers steht im Kalender, die dieses Computers ist aufbewahrt. „resolve ID --keep mine|theirs“ entscheidet.</translation>
    </message>
    <message>
        <source>with resolve: mine or theirs</source>
        <translation>mit resolve: mine (meine) oder theirs (die des Servers)</translation>
    </message>
    <message>
        <source>decide a conflict</source>
        <translation>einen Konflikt entscheiden</translation>
    </message>
    <message>
        <source>the conflict</source>
        <translation>der Konflikt</translation>
    </message>
    <message>
        <source>Write &quot;conflicts resolve ID --keep mine&quot; or &quot;--keep theirs&quot;.</source>
        <translation>Schreiben Sie „conflicts resolve ID --keep mine“ oder „--keep theirs“.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Konflikt %1 gelöst.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>(removed on this computer)</source>
        <translation>(auf diesem Computer gelöscht)</translation>
    </message>
    <message>
        <source>Calendar account %1: %2</source>
        <translation>Kalenderkonto %1: %2</translation>
    </message>
    <message>
        <source>Calendar account %1 (%2): saved</source>
        <translation>Kalenderkonto %1 (%2): gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Added account %1 (%2) with %n calendar(s):</source>
        <translation>
            <numerusform>Konto %1 (%2) mit %n Kalender hinzugefügt:</numerusform>
            <numerusform>Konto %1 (%2) mit %n Kalendern hinzugefügt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Brings every team calendar in step with its server once: the changes made here go up, the others&apos; come down. The passwords come from the keychain. Exit code 2 when a calendar could not be synced; nothing is lost then, the changes wait for the next sync.</source>
        <translation>Gleicht jeden Teamkalender einmal mit seinem Server ab: Die hier gemachten Änderungen gehen hinauf, die der anderen kommen herunter. Die Passwörter kommen aus dem Schlüsselbund. Exit-Code 2, wenn ein Kalender nicht abgeglichen werden konnte; verloren geht dann nichts, die Änderungen warten auf den nächsten Abgleich.</translation>
    </message>
    <message>
        <source>No team calendars to sync. Add an account with &quot;vieraugen-cli account add caldav&quot;.</source>
        <translation>Keine Teamkalender zum Abgleichen. Fügen Sie ein Konto mit „vieraugen-cli account add caldav“ hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 downloaded, %2 uploaded, %3 deleted, %n conflict(s)</source>
        <translation>
            <numerusform>%1 heruntergeladen, %2 hochgeladen, %3 gelöscht, %n Konflikt</numerusform>
            <numerusform>%1 heruntergeladen, %2 hochgeladen, %3 gelöscht, %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>not in step with the server</source>
        <translation>nicht auf dem Stand des Servers</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here wait for the server.</source>
        <translation>
            <numerusform>%n hier gemachte Änderung wartet auf den Server.</numerusform>
            <numerusform>%n hier gemachte Änderungen warten auf den Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both versions of an appointment changed on both sides are kept: see &quot;vieraugen-cli conflicts&quot;.</source>
        <translation>Von einem auf beiden Seiten geänderten Termin sind beide Fassungen erhalten: siehe „vieraugen-cli conflicts“.</translation>
    </message>
    <message>
        <source>Nothing was lost: what changed here waits for the next sync.</source>
        <translation>Nichts ging verloren: Was hier geändert wurde, wartet auf den nächsten Abgleich.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>There is no conflict %1 (any more).</source>
        <translation>Es gibt keinen Konflikt %1 (mehr).</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The keychain holds no password for the account %1: enter it again in Settings → Calendars.</source>
        <translation>Im Schlüsselbund liegt kein Passwort für das Konto %1: Geben Sie es unter Einstellungen → Kalender erneut ein.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Team calendars synced at %1</source>
        <translation>Teamkalender abgeglichen um %1</translation>
    </message>
    <message>
        <source>Team calendars not synced yet</source>
        <translation>Teamkalender noch nicht abgeglichen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n Konflikt zu entscheiden</numerusform>
            <numerusform>%n Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>There is already an account for %1 on %2 (%3).</source>
        <translation>Es gibt schon ein Konto für %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only: new appointments cannot go there.</source>
        <translation>„%1“ ist schreibgeschützt: Neue Termine können nicht dorthin.</translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;.</source>
        <translation>Es gibt keinen Kalender „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no colour: write it as #rrggbb.</source>
        <translation>„%1“ ist keine Farbe: Schreiben Sie sie als #rrggbb.</translation>
    </message>
</context>
<context>
    <name>TeamCalendar</name>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Details without notes</source>
        <translation>Angaben ohne Notizen</translation>
    </message>
    <message>
        <source>Everything, notes too</source>
        <translation>Alles, auch Notizen</translation>
    </message>
    <message>
        <source>Busy only (no client data)</source>
        <translation>Nur „belegt“</translation>
    </message>
</context>
<context>
    <name>TeamKey</name>
    <message>
        <source>The team key is missing, so the room password of a team appointment cannot be made. Open the setup file from your administrator again (Help → Set Up Vieraugen…).</source>
        <translation>Der Teamschlüssel fehlt, daher lässt sich das Raumpasswort eines Teamtermins nicht bilden. Öffnen Sie die Einrichtungsdatei Ihrer Administration erneut (Hilfe → Vieraugen einrichten…).</translation>
    </message>
    <message>
        <source>The team key in the keychain is damaged. Open the setup file from your administrator again.</source>
        <translation>Der Teamschlüssel im Schlüsselbund ist beschädigt. Öffnen Sie die Einrichtungsdatei Ihrer Administration erneut.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Type hours and minutes, e.g. 930 or 9:30.</source>
        <translation>Geben Sie Stunden und Minuten ein, z. B. 930 oder 9:30.</translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n more earlier</source>
        <translation>
            <numerusform>▲ %n Termin früher</numerusform>
            <numerusform>▲ %n Termine früher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n more later</source>
        <translation>
            <numerusform>▼ %n Termin später</numerusform>
            <numerusform>▼ %n Termine später</numerusform>
        </translation>
    </message>
    <message>
        <source>Scrolls to them.</source>
        <translation>Blättert zu ihnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more appointments earlier, before the hours shown</source>
        <translation>
            <numerusform>%n weiterer Termin früher, vor den gezeigten Stunden</numerusform>
            <numerusform>%n weitere Termine früher, vor den gezeigten Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more appointments later, after the hours shown</source>
        <translation>
            <numerusform>%n weiterer Termin später, nach den gezeigten Stunden</numerusform>
            <numerusform>%n weitere Termine später, nach den gezeigten Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Vieraugen</source>
        <translation>Vieraugen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Nächster Termin: %1, %2</translation>
    </message>
    <message>
        <source>No appointments in the next two weeks</source>
        <translation>Keine Termine in den nächsten zwei Wochen</translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <source>The update address does not describe a release (no &quot;version&quot;). Ask your IT to check the address in the provisioning file.</source>
        <translation>Unter der Update-Adresse steht keine Versionsbeschreibung (kein „version“). Bitten Sie Ihre IT, die Adresse in der Einrichtungsdatei zu prüfen.</translation>
    </message>
    <message>
        <source>The update address %1 is not an https address, so Vieraugen does not use it. Ask your IT for the correct address.</source>
        <translation>Die Update-Adresse %1 ist keine https-Adresse, daher verwendet Vieraugen sie nicht. Bitten Sie Ihre IT um die richtige Adresse.</translation>
    </message>
    <message>
        <source>The update server sent far more than a release description. Ask your IT to check the address in the provisioning file.</source>
        <translation>Der Update-Server hat weit mehr als eine Versionsbeschreibung geschickt. Bitten Sie Ihre IT, die Adresse in der Einrichtungsdatei zu prüfen.</translation>
    </message>
    <message>
        <source>The update server could not be reached: %1. Check the internet connection and try again later.</source>
        <translation>Der Update-Server war nicht erreichbar: %1. Prüfen Sie die Internetverbindung und versuchen Sie es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Check for Updates</source>
        <translation>Nach Updates suchen</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>Open &amp;Download Page</source>
        <translation>&amp;Download-Seite öffnen</translation>
    </message>
    <message>
        <source>Update checks are off: your organization has not named an address that announces new versions. Your IT can set one in the provisioning file (&quot;updates&quot;). Until then Vieraugen asks no server about updates.</source>
        <translation>Die Suche nach Updates ist aus: Ihre Einrichtung hat keine Adresse angegeben, unter der neue Versionen angekündigt werden. Ihre IT kann sie in der Einrichtungsdatei festlegen („updates“). Bis dahin fragt Vieraugen keinen Server nach Updates.</translation>
    </message>
    <message>
        <source>Asking %1 …</source>
        <translation>Frage bei %1 nach …</translation>
    </message>
    <message>
        <source>Vieraugen %1 is the newest version.</source>
        <translation>Vieraugen %1 ist die neueste Version.</translation>
    </message>
    <message>
        <source>Vieraugen %1 is available; you have %2.</source>
        <translation>Vieraugen %1 ist verfügbar; Sie haben %2.</translation>
    </message>
    <message>
        <source>Vieraugen %1 is available since %2; you have %3.</source>
        <translation>Vieraugen %1 ist seit %2 verfügbar; Sie haben %3.</translation>
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
    <message>
        <source>Restore the newest backup, from %1? The damaged file is kept in the backup folder.</source>
        <translation>Die neueste Sicherung vom %1 wiederherstellen? Die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>Calendar damaged</source>
        <translation>Kalender beschädigt</translation>
    </message>
    <message>
        <source>Calendar read-only</source>
        <translation>Kalender nur lesbar</translation>
    </message>
</context>
</TS>
