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
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessibleCalendarWidget</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (day %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks are put forward that night. Choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An all-day appointment must end on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the meeting link of the external tool, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations can be written in German (de) or English (en), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder can come at most a week before the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by us</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>All &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Counseling session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video session (Jitsi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to another tool (Zoom, Teams, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short notes, for you only. They are never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;inder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video server is set up yet. You can plan the session now; before it starts, open the setup file from your IT under Help → Set Up Vieraugen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the times as hours and minutes, e.g. 09:30 or 930.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile, e.g. 0151 23456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record how one date went, open that date only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the day the series ends, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time (%1) must be after the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounselor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the appointment: the counselor&apos;s user name on the calendar server. Only that counselor&apos;s Vieraugen starts its session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last day, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (%1) must not be before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a landline: text messages (the room password by SMS) cannot reach it. Enter a mobile number, or read the password out on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overlaps with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overlaps with %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This overlaps with %1, %2 and %n more appointments.</source>
        <translation>
            <numerusform>This overlaps with %1, %2 and %n more appointment.</numerusform>
            <numerusform>This overlaps with %1, %2 and %n more appointments.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new appointment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 030 1234567 or 0151 23456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the next day, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentStore</name>
    <message>
        <source>The appointments to put back do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice with the same UID and date; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted meanwhile, so nothing was saved for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable Vieraugen calendar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current calendar could not be saved before restoring, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into place; the calendar is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place. Your previous calendar is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalDavAccountDialog</name>
    <message>
        <source>Add Calendar Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Nextcloud, create an app password under Settings → Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the calendar server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must begin with https://: the password must not travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password or app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalDavAccountSetup</name>
    <message>
        <source>The server shows this account no calendar. Create one there, or ask who runs the server to share one with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain, so the account was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCellAccessible</name>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarChanges</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the session of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>Adds an appointment and prints its UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the appointment is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, e.g. 2026-12-01T09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end, e.g. 2026-12-01T09:50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone of the times (default: this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an all-day appointment (dates only; --end is the last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a video session on this server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session in an external tool (Zoom, Teams, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s language for invitations: de or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat by an RFC 5545 rule, e.g. FREQ=WEEKLY;COUNT=10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --title, --start and --end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --jitsi, --link, --phone and --in-person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all-day, --start and --end are dates like 2026-12-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are written like 2026-12-01T09:00 (or with an offset: 2026-12-01T09:00+01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks are put forward then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Jitsi server is set up. Add one (vieraugen-cli provision) or choose --link, --phone or --in-person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server profile &quot;%1&quot;; see vieraugen-cli profiles list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a participant to the appointment UID, e.g. a relative joining the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant-add needs a UID and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2; participants now: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates like 2026-12-01 (or date-times), and --to must come after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the appointments from --from (default: today) to --to (default: 31 days later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes appointments to an iCalendar file: all, or those in --from … --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge needs --older-than DAYS, e.g. --older-than 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments whose personal data was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence takes a date-time like 2026-12-01T09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the calendar to FILE, also while Vieraugen runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the appointments of an iCalendar file, all in one step; a report names the lines it left out or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes names, contacts and notes of appointments that ended more than DAYS days ago, from the calendar and its backups; their time and status stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n appointments to %1.</source>
        <translation>
            <numerusform>Exported %n appointment to %1.</numerusform>
            <numerusform>Exported %n appointments to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup written to %1 (%n appointments).</source>
        <translation>
            <numerusform>Backup written to %1 (%n appointment).</numerusform>
            <numerusform>Backup written to %1 (%n appointments).</numerusform>
        </translation>
    </message>
    <message>
        <source>the calendar to put it in (default: the one chosen for new appointments; see vieraugen-cli calendars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who holds it: the counselor&apos;s user name on the calendar server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;; see vieraugen-cli calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is in the read-only calendar &quot;%1&quot;; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the appointment UID (a series as a whole): what is given, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned, done, cancelled-by-us, cancelled-by-client or no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start and --end change timed appointments only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the appointment UID, a series with all its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar to import into (default: this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarObject</name>
    <message>
        <source>The server sent a calendar entry without any event.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarStyle</name>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to another tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Recurring Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of a series. What do you want to change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Recurring Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of a series. What do you want to delete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment Not Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointments could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n appointments to %1.</source>
        <translation>
            <numerusform>Exported %n appointment to %1.</numerusform>
            <numerusform>Exported %n appointments to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; now ends at %2. Undo with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; moved to %2. Undo with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move series &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was added to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End series &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this date of &quot;%1&quot; moved to %2. Undo with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this date of &quot;%1&quot; now ends at %2. Undo with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date of the series &quot;%1&quot; now ends at %2. Undo with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole series &quot;%1&quot; moved; this date is now %2. Undo with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this date of &quot;%1&quot; was deleted. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole series &quot;%1&quot; was deleted. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is now marked &quot;%3&quot;. Undo with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointments</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single dates of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you edited &quot;%1&quot;, this was changed in the team calendar as well: %2. Keep yours or the other? Everything else you changed is saved either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you edited &quot;%1&quot;, it was deleted, in the team calendar or elsewhere. Save it again with your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved: it was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarsPage</name>
    <message>
        <source>&amp;Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for &amp;new appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the calendars the views show. Team calendars are kept in step with their server; what a server gets of each appointment is chosen per calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new appointments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 gets of each appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1? Its calendars&apos; appointments are removed from this computer; the server keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Account added with %n calendar(s).</source>
        <translation>
            <numerusform>Account added with %n calendar.</numerusform>
            <numerusform>Account added with %n calendars.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Co&amp;lour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the calendar&apos;s appointments in the views, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the colour the server gives the calendar (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations and sessions for its appointments need the team key from your administrator&apos;s setup file: open it with Help → Set Up Vieraugen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the server: nothing (stays on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the server: nothing (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a team calendar in the list to choose what its server gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only calendar: nothing goes from here to its server.</source>
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
    <message>
        <source>Set up servers, e-mail and SMS from an administrator&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the Jitsi server profiles (&quot;profiles list [--json]&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the keychain and which secrets are present (&quot;secrets check&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates or updates server profiles, e-mail and SMS settings from FILE. Secrets in the file are stored in the system keychain and nowhere else; delete the file once every computer is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provisioning file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server profiles. Add one in Settings or with &quot;vieraugen-cli provision FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token authentication, app secret missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage: available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app secret of server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secrets are expected yet: no server, e-mail or SMS settings need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appointment; prints its UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant to an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List appointments [--from D --to D] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointments to an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the calendar to FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the calendar with a backup (the current one is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove personal data of old appointments (--older-than DAYS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen is running with this calendar. Close it first, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets missing: %1. Enter them in Settings or provision them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the guest or moderator link of a video appointment (the moderator link carries a token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invitation of an appointment: link and password on separate ways (--dry-run to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List invitation messages that wait or failed; --retry sends them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a Jitsi server&apos;s configuration for privacy (exit code 0 green, 3 amber, 4 red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a Jitsi server before a session: lookup, TLS, meeting API, answer time (exit code 0/3/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the calendar with the backup FILE. The current calendar is kept in the backup folder. Close Vieraugen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows where the calendar, its backups and the log are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the Jitsi server profiles: id, name, address and authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the keychain works and which of the secrets the settings need are in it. Prints no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an iCalendar file; a report names what was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an appointment&apos;s title, times or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an appointment (a series with all its dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account on a CalDAV server (&quot;account add caldav --url URL --user NAME&quot;, password on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the calendar server accounts [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the calendars [--json]; &quot;calendars use ID&quot; chooses where new appointments go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List appointments changed here and on the server [--json]; &quot;conflicts resolve ID&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the team calendars in step with their servers once: what went up, came down or conflicts [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSyntax</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
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
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Here and on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version goes to the server and replaces the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s version stays; your change is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later: nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) to decide. This one:</source>
        <translation>
            <numerusform>%n appointment to decide:</numerusform>
            <numerusform>%n appointments to decide. This one:</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These appointments were changed on this computer and, at the same time, on the team calendar&apos;s server (by a colleague or another program), in the same detail. Your calendar shows the server&apos;s version now; yours is kept until you choose. Your version is what you changed, on the server&apos;s version; in bold, where the two differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No audio or video got through the server&apos;s relay. A firewall or proxy probably blocks it: try another network, or ask your IT team to allow the video server&apos;s media ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even audio will break up on this connection. Use another network, or call the client by phone instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio will work, video will not. Start the session with audio only (Problems? → Audio only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video may freeze. Close other programs that use the network, or lower the video quality in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video may be blurry at times. Lowering the video quality in the session helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good enough for audio and video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not optimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer holds no list of relay servers (iceServers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay server in the answer has no address (urls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a STUN or TURN address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server names its relay credentials at %1, which is not HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay credentials could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactModuleLoader</name>
    <message>
        <source>Checking phone numbers and sending e-mail need the module %1 of Vieraugen, which could not be loaded. The calendar works without it. Reinstall Vieraugen, or ask your IT to.

Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurtainCover</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients&apos; data is hidden</source>
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
    <message>
        <source>Changes cannot be saved: nothing can be written to %1 (%2). Free space on the disk, then start Vieraugen again.</source>
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
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file is read-only, so nothing was saved. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another program kept writing to the calendar for more than %n seconds (for example vieraugen-cli or a second Vieraugen), so nothing was saved. Try again in a moment.</source>
        <translation>
            <numerusform>Another program kept writing to the calendar for more than %n second (for example vieraugen-cli or a second Vieraugen), so nothing was saved. Try again in a moment.</numerusform>
            <numerusform>Another program kept writing to the calendar for more than %n seconds (for example vieraugen-cli or a second Vieraugen), so nothing was saved. Try again in a moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar file %1 needs an update, which cannot be saved now. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file is damaged, so nothing was saved. Restore the newest backup when Vieraugen offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type the date, e.g. %1, or pick it from the calendar (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DavError</name>
    <message>
        <source>The calendar server&apos;s address must start with https://. Ask your administrator for the secure address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server did not accept the user name or password. Check them, or create a new app password on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server does not allow this account to do that. Ask your administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server does not know this address. Check the address, or whether the calendar was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this appointment on the server first. Both versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server forgot where the last sync ended. Vieraugen compares the whole calendar again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server cannot be reached. Check the network connection; changes are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server&apos;s certificate is not trusted, so nothing was sent. Ask your administrator to check the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server sent an answer Vieraugen cannot read. Check that the address points to a CalDAV server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar server reported an error (%1). Try again later; changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceAdvice</name>
    <message>
        <source>The operating system does not let Vieraugen use the camera. Allow it in the privacy settings (Windows: Settings → Privacy → Camera; macOS: System Settings → Privacy &amp; Security → Camera), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system does not let Vieraugen use the microphone. Allow it in the privacy settings (Windows: Settings → Privacy → Microphone; macOS: System Settings → Privacy &amp; Security → Microphone), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found. Connect one, or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found. Connect a headset, or choose another microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close other video programs and browser tabs with calls, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone is in use by another program. Close other call programs and browser tabs with calls, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used. Close other programs that may be using it, and check that the operating system allows Vieraugen to use the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone cannot be used. Close other programs that may be using it, and check that the operating system allows Vieraugen to use the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlyStatusQuestion</name>
    <message>
        <source>Mark Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 is still to come. Mark it as &quot;%3&quot; anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstSetup</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter it like https://beratung.example.org/datenschutz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token authentication needs the app secret too (Details for IT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Vieraugen Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsCodec</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsImportReport</name>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from %1 could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appointment(s) from %1: %2 new, %3 updated.</source>
        <translation>
            <numerusform>Imported %n appointment from %1: %2 new, %3 updated.</numerusform>
            <numerusform>Imported %n appointments from %1: %2 new, %3 updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not imported</source>
        <translation>
            <numerusform>%n event not imported</numerusform>
            <numerusform>%n events not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in %1: its %n appointment(s) are in the calendar already, as they are.</source>
        <translation>
            <numerusform>Nothing new in %1: its %n appointment is in the calendar already, as it is.</numerusform>
            <numerusform>Nothing new in %1: its %n appointments are in the calendar already, as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n appointment(s) from %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>Imported %n appointment from %1: %2 new, %3 updated, %4 unchanged.</numerusform>
            <numerusform>Imported %n appointments from %1: %2 new, %3 updated, %4 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>The file is not UTF-8 text, so it cannot be a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not an iCalendar line (NAME:value): &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an iCalendar line (NAME:value); it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a calendar file must start with BEGIN:VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not close %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands outside BEGIN:VCALENDAR … END:VCALENDAR; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends before END:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property cannot be read; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; matches no known zone; its times were converted, but series repeat in your computer&apos;s time zone (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; is neither known nor defined in the file (VTIMEZONE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier event in the file already changes this date of the series (same UID and RECURRENCE-ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier event in the file has the same UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no appointments (VEVENT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no start (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; Vieraugen reads calendar files up to that size. Export a shorter period from your other calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file holds more than %n appointments; Vieraugen imports up to that many at once. Export a shorter period from your other calendar.</source>
        <translation>
            <numerusform>The file holds more than %n appointment; Vieraugen imports up to that many at once. Export a shorter period from your other calendar.</numerusform>
            <numerusform>The file holds more than %n appointments; Vieraugen imports up to that many at once. Export a shorter period from your other calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the time zone &quot;%1&quot; (line %2) changes the clocks more than %n times a year, which no real time zone does; its times cannot be read.</source>
        <translation>
            <numerusform>the time zone &quot;%1&quot; (line %2) changes the clocks more than %n time a year, which no real time zone does; its times cannot be read.</numerusform>
            <numerusform>the time zone &quot;%1&quot; (line %2) changes the clocks more than %n times a year, which no real time zone does; its times cannot be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; (line %2) changes the clocks in a week no month has; its times cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is written in Windows-1252, not in UTF-8 as calendar files are; it was read as Windows-1252. Check that umlauts and other special characters look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one attendee at your organisation&apos;s own domain was taken as a colleague, not as a client. If they are a client, add them to the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attendees at your organisation&apos;s own domain were taken as colleagues, not as clients. If one of them is a client, add them to the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your Name and Counseling Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients read these in the invitations Vieraugen sends for you, and see your name in the video session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jana Schulz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counseling service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Beratungsstelle Nord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice (web address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counseling &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name as clients should read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of your counseling service (or of your practice, if you work on your own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page where clients read how your service handles their data. Every invitation links to it, so invitations can be sent once its address is entered, here or later under File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallKey</name>
    <message>
        <source>The install key in the keychain is damaged. Remove the entry %1 to create a new one; room passwords derived from the old key change with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationChangeNotice</name>
    <message>
        <source>%1 was invited for %2. Tell them it is cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was invited for %2. Tell them the new time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen e-mails it with an entry for their calendar, as it did the invitation. The link and the room password stay the same; the password is not in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program opens with the message, as it did for the invitation. The room password is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is copied for you to pass on the way the link went. The room password is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not told; the invitation is marked outdated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to %1 is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened. Tell %1 another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program has the message to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to %1 is copied. Pass it on the way the link went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was told that %2 is cancelled. Tell them it takes place after all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 and %n more</numerusform>
            <numerusform>%1, %2 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 were told that %2 is cancelled. Tell them it takes place after all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were invited for %2. Tell them it is cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were invited for %2. Tell them the new time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each is told the way their link went: by Vieraugen&apos;s e-mail, in your mail program, or copied for you to pass on. The room password is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were not told; the invitations are marked outdated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages to %1 are in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program has the messages to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Not Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen may ask again after a restart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was invited for %2. Tell them the new time, %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were invited for %2. Tell them the new time, %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen e-mails it with an entry that takes the date out of their calendar, as it sent the invitation. The room password is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invited to this series. Tell them that the date on %2 is cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invited to this series. Tell them that the dates on %2 are cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are invited to this series. Tell them that the date on %2 is cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are invited to this series. Tell them that the dates on %2 are cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass On the Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to %1 is copied. Pass it on the way the link went; then copy the message to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the Message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>built-in texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counseling Centre &lt;counseling@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a private certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: read passwords out on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own gateway (set up by the administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMS reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders for invited participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again by &amp;SMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS settings are not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved, but a password could not be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the link again the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a proxy: its address, beginning with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server (for links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway (for passwords)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteCommands</name>
    <message>
        <source>Link message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composes and sends the invitation of appointment UID: the link message and, on another way, the password message, to every participant or to the one named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only participant N (1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp, mailto or clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms, phone or clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a series: the date&apos;s original start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only print the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite needs a UID; channels are smtp, mailto, clipboard (link) and sms, phone, clipboard (password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 participants; --participant takes 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no participants to invite. Add one first (participant-add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your mail program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read out to %1 on the phone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the invitation messages that wait or failed; --retry sends them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try every waiting or failed message now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteComposer</name>
    <message>
        <source>The invitation template %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 may not use {%2}: it would put it into the wrong message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 uses {%2}, which Vieraugen does not know. Known are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no e-mail address for %1. Add one to the appointment, or choose another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mobile number for %1. Add one to the appointment, or read the password out on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot receive text messages at %2. Enter a mobile number, or read the password out on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no participant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link and the password must go different ways; choose another way for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link goes by e-mail (or your own way) and the password by text message, phone or your own way, never the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link message would contain the room password. Remove {password} from the link template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password message does not contain the password. Put {password} into its template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password message would contain &quot;%1&quot;. It may carry only the password and who sends it: no link, room, date, time or case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your counseling service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address of your privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it under File → Settings (General and Invitations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation cannot go out without %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change goes the way the link went: by e-mail or your own way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail, sent by Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail from my mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy, I pass it on myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read out on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link goes by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word goes by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent and waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment has nobody to invite yet. Add a participant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Your Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Details for Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients read these in every invitation. You can change them later under File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counseling &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy notice (web address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 is still waiting in the outbox. Send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already invited on %2. Send the invitation again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite Again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail program on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Mail Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no mail program to open the invitation in, so nothing was sent. Choose &quot;Copy, I pass it on myself&quot; and paste the message into your e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (mail program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link message to %1 (%2) did not go out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password message to %1 (%2) did not go out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen tries again by itself; Retry sends it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose it above and press Retry, or send it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the link but not the room password yet: Resend Password passes it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as Passed On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link message is copied. Paste it where you want to send it; once it is on its way, mark it as passed on in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password message is copied. Send it another way than the link; once it is on its way, mark it as passed on in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, for %1 – outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clipboard forgets it in %n seconds (unless you copy something else before).</source>
        <translation>
            <numerusform>The clipboard forgets it in %n second (unless you copy something else before).</numerusform>
            <numerusform>The clipboard forgets it in %n seconds (unless you copy something else before).</numerusform>
        </translation>
    </message>
    <message>
        <source>link sent by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password sent by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link opened in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password given on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend Passw&amp;ord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send New L&amp;ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, time it named unknown – may be outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room password follows once the link has gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteService</name>
    <message>
        <source>This message is not waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has already left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation is being sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen cannot send this message itself. Send the invitation again and choose another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a copied message can be marked as passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was composed before Vieraugen was last closed and is gone with it. Send the invitation again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JitsiConfigReader</name>
    <message>
        <source>This is not a Jitsi configuration: &quot;%1 = {&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration cannot be read in line %1: %2 expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration of %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.js of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The configuration nests objects and lists more than %n levels deep. No Jitsi server writes that, so Vieraugen does not read it.</source>
        <translation>
            <numerusform>The configuration nests objects and lists more than %n level deep. No Jitsi server writes that, so Vieraugen does not read it.</numerusform>
            <numerusform>The configuration nests objects and lists more than %n levels deep. No Jitsi server writes that, so Vieraugen does not read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The configuration is larger than %n MB. No Jitsi server sends that much, so Vieraugen does not read it.</source>
        <translation>
            <numerusform>The configuration is larger than %n MB. No Jitsi server sends that much, so Vieraugen does not read it.</numerusform>
            <numerusform>The configuration is larger than %n MB. No Jitsi server sends that much, so Vieraugen does not read it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JitsiLink</name>
    <message>
        <source>The appointment has no valid room name. Open it and save it again to get a new room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtMinter</name>
    <message numerus="yes">
        <source>This session can be started from %1 on, %n minutes before it begins.</source>
        <translation>
            <numerusform>This session can be started from %1 on, %n minute before it begins.</numerusform>
            <numerusform>This session can be started from %1 on, %n minutes before it begins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This appointment ended more than %n minutes ago. Move it to a new time to hold the session.</source>
        <translation>
            <numerusform>This appointment ended more than %n minute ago. Move it to a new time to hold the session.</numerusform>
            <numerusform>This appointment ended more than %n minutes ago. Move it to a new time to hold the session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnockWindow</name>
    <message>
        <source>Someone Is Waiting – Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting in the lobby: %n person(s)</source>
        <translation>
            <numerusform>Waiting in the lobby: %n person</numerusform>
            <numerusform>Waiting in the lobby: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnockerList</name>
    <message>
        <source>Waiting person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>&amp;New Appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Calendar File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Calendar File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Selected Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an appointment in the calendar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite Participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected appointment&apos;s link and password on separate ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Camera, Microphone and Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the devices and the video server of the selected or next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Up Vieraugen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and service, the video server from your IT&apos;s setup file, and a device check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can set up Vieraugen any time: Help → Set Up Vieraugen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen stays in the system tray, so that reminders still come. To end it, choose Quit in the tray icon&apos;s menu or File → Quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for Up&amp;dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the address your organization set for updates whether a newer version exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds this appointment: only their Vieraugen starts the session. You can still send the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Conflicts with the Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the team calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should the file hold clients&apos; names, contact details and your private notes? Anyone who gets the file can read what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times only, no clients&apos; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything, with clients&apos; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Team calendars are kept in step with their server; the calendar &quot;On this computer&quot; stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Set Aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here could not go to the server: the same appointment was changed there meanwhile. The calendar shows the server&apos;s version; yours is kept until you decide.</source>
        <translation>
            <numerusform>%n change made here could not go to the server: the same appointment was changed there meanwhile. The calendar shows the server&apos;s version; yours is kept until you decide.</numerusform>
            <numerusform>%n changes made here could not go to the server: the same appointments were changed there meanwhile. The calendar shows the server&apos;s version; yours are kept until you decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decide Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Team Calendars &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make 15 Minutes &amp;Longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make 15 Minutes &amp;Shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to participants still wait in the outbox. They can only be sent while Vieraugen runs: if you quit now, they wait until you open it again.</source>
        <translation>
            <numerusform>%n message to participants still waits in the outbox. They can only be sent while Vieraugen runs: if you quit now, they wait until you open it again.</numerusform>
            <numerusform>%n messages to participants still wait in the outbox. They can only be sent while Vieraugen runs: if you quit now, they wait until you open it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the next session by video, phone or link (not appointments in person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is planned for the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) set aside until you decide: the calendar shows the server&apos;s version.</source>
        <translation>
            <numerusform>%n change set aside until you decide: the calendar shows the server&apos;s version.</numerusform>
            <numerusform>%n changes set aside until you decide: the calendar shows the server&apos;s version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) decided: the calendar shows what you chose.</source>
        <translation>
            <numerusform>%n conflict decided: the calendar shows what you chose.</numerusform>
            <numerusform>%n conflicts decided: the calendar shows what you chose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) combined with a change on the server: both are in the calendar.</source>
        <translation>
            <numerusform>%n change combined with a change on the server: both are in the calendar.</numerusform>
            <numerusform>%n changes combined with changes on the server: both are in the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>Prints the link into the video room of appointment UID.
The guest link is what clients receive. The moderator link carries a token that makes whoever opens it the room&apos;s moderator until the token expires: use it only yourself, to test a server, and never send it to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest (default) or moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a series: the date&apos;s original start (default: the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>join-link needs a UID and --role guest or --role moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a Jitsi server&apos;s own configuration and lists what matters for privacy, with fixes.
Exit code: 0 green, 3 amber (settings to change), 4 red (data leaves for third parties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server profile&apos;s id, or a server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a Jitsi server before a session: name lookup, trusted TLS with the meeting API, answer time.
Exit code: 0 all passed, 3 a warning, 4 a failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the meeting broke off. Rejoin to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the meeting on &quot;%1&quot; broke off. Rejoin to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video server does not answer. Check the internet connection, then rejoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video server &quot;%1&quot; does not answer. Check the internet connection, then rejoin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>appointments, participants and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room names unique per series; invitation log and outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series expanded ahead of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search folds ı, İ and ß</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra dates of a series (RDATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened in a session (recording, streaming, transcription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the client or by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team calendars on a CalDAV server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index of appointment lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colour of your own for each calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which time an invitation was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search finds phone numbers and e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes the counselor chose not to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which dates of a series a message said are cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team calendar changes merged with a colleague&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextAppointmentPanel</name>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned for the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the video session (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test camera, microphone, speaker and the connection to the video server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Camera and Microphone Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the session window to the front (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting&apos;s link in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the number to dial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceAccessible</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the appointment to read or change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the video session of this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the link and the password to the participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceModel</name>
    <message>
        <source>(details removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is in &quot;%1&quot;, a calendar you may only read: only its owner can change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the participant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneCall</name>
    <message>
        <source>No program on this computer dials phone numbers. Call %1 by phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Check the digits and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter it with its area code, e.g. 0151 23456789 or +49 151 23456789.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneReadoutDialog</name>
    <message>
        <source>Read Out the Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 and read out the password. Give the link another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters only, without spaces. There is no 0, o, 1, l or i in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Told by Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreSessionCheckDialog</name>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the test sound and listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;Test Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Before the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera and microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio and video through the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound arrives from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tone played for a second and a half. Heard nothing? Check the volume, or choose another speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test sound could not be played (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture above comes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing a tone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the step before failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server offers no connection test. Its administrator can turn one on (prejoinConfig.preCallTestICEUrl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending test data through the relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms round trip, %2 % loss, %3 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection can be checked once a video server is set up: Help → Set Up Vieraugen…, step &quot;Video server&quot;. Camera, microphone and speaker need no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection check finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyAudit</name>
    <message>
        <source>The server is reached without encryption (http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve Jitsi only over https with a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer-to-peer calls use a STUN server run by a third party (%1), which learns the participants&apos; IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own STUN/TURN server, or set p2p.enabled to false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage data is sent to an analytics service (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the analytics settings from config.js and set analytics.disabled to true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking scripts from other servers are loaded into every meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove analytics.scriptURLs from config.js.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call statistics are sent to callstats.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove callStatsID and callStatsSecret from config.js.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection statistics are sent to an rtcstats server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set analytics.rtcstatsEnabled to false unless the rtcstats server is your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set disableThirdPartyRequests to true (Vieraugen sets it for its own sessions; clients in a browser get the server&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones are sent to the Jitsi app, whose store versions contain trackers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording, streaming or transcription is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it off for counseling: %1 = false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guest domain: unless token authentication is required for everyone, any visitor may create rooms and become moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use token authentication for counselors and a guest domain (hosts.anonymousdomain) for clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lobby cannot be turned on from the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove securityUi.hideLobbyButton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone users are urged to install the Jitsi app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set MOBILE_APP_PROMO to false in interface_config.js.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a session of two, counselor and client are connected directly (peer-to-peer) and see each other&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set p2p.enabled to false so that media runs through your own videobridge, or set p2p.iceTransportPolicy to &quot;relay&quot; with your own TURN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting may contact other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to true so that phones stay in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; avatars are looked up at %1 by a hash of their e-mail address, so that service learns who takes part in which meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set gravatar.disabled to true, or let %1 point to an avatar service of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers keep the room names of past sessions in a list of recent meetings, which anyone using the same computer or phone can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set doNotStoreRoom to true (or RECENT_LIST_ENABLED to false in interface_config.js).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>Hidden because the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hidden after %n minute(s) without input.</source>
        <translation>
            <numerusform>Hidden after %n minute without input.</numerusform>
            <numerusform>Hidden after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden – Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provisioner</name>
    <message>
        <source>%1: unknown field &quot;%2&quot;. Known fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;servers&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;auth&quot; must be &quot;jwt&quot; or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: its backup &quot;%2&quot; is neither in the file nor configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;smtp&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp: &quot;security&quot; must be &quot;starttls&quot; or &quot;tls&quot;; mail is never sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp: &quot;host&quot;, &quot;from&quot; and a port between 1 and 65535 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sms&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms: &quot;provider&quot; must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms (%1): &quot;%2&quot; is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret for %1: stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: server %1 uses token authentication but has no app secret yet; enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secret: stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms (custom): &quot;gateway&quot; must describe the gateway, at least its &quot;url&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 has no secret in the file and none is stored yet; enter it in Settings before sending invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must contain one JSON object with &quot;servers&quot;, &quot;smtp&quot;, &quot;sms&quot; and/or &quot;updates&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;updates&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates: &quot;feed&quot; must be an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update check: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;teamKey&quot; must be %1 random bytes in base64, e.g. from &quot;openssl rand -base64 %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;calendarAccounts&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;id&quot; (lower-case letters, digits and -), &quot;user&quot; and an https &quot;url&quot; are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; is longer than %n characters.</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; is longer than %n character.</numerusform>
            <numerusform>%1: &quot;%2&quot; is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;servers&quot; lists more than %n servers.</source>
        <translation>
            <numerusform>&quot;servers&quot; lists more than %n server.</numerusform>
            <numerusform>&quot;servers&quot; lists more than %n servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; a provisioning file describes servers and channels in a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The repetition rule &quot;%1&quot; is not valid (RFC 5545 RRULE, e.g. FREQ=WEEKLY;INTERVAL=2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments can repeat at most hourly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>&amp;never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;fter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>years</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> times</source>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
    <message>
        <source>This series repeats by a rule from another calendar, which is kept as it is: %1. Choose another repetition to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of appointments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n minutes, at %1.</source>
        <translation>
            <numerusform>Starts in %n minute, at %1.</numerusform>
            <numerusform>Starts in %n minutes, at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes to the reminders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Open Keychain Access, make sure your login keychain exists and is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the Windows Credential Manager service is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a Secret Service provider such as GNOME Keyring or KeePassXC (with Secret Service integration), make sure it runs and its default collection is unlocked, then restart Vieraugen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret &quot;%1&quot; is stored for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; is too long for this system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain returned something other than what was stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain has no entry %1. Enter the secret again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Allow Vieraugen to use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure storage is available (%1). Vieraugen keeps passwords only in the system keychain and never in a file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be locked or waiting for a password prompt: unlock it and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>%1 is an address; nothing to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 cannot be found (%2). Check the address and whether this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was found (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too slow for video: check your connection, close programs that use the network, or switch to the backup server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video may stutter: lower the video quality or use audio only if it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median answer time %1 ms over %n requests.</source>
        <translation>
            <numerusform>Median answer time %1 ms over %n request.</numerusform>
            <numerusform>Median answer time %1 ms over %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerConnectionTest</name>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Vieraugen only connects to servers with a valid certificate; ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 for %2. Check the address: it should be the page where meetings start, e.g. https://meet.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, but %1 is not Jitsi Meet&apos;s meeting API. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in %1 ms and offers Jitsi Meet&apos;s meeting API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret for token authentication is missing: enter it before starting sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds. Check the address and your internet connection.</source>
        <translation>
            <numerusform>The server did not answer within %n second. Check the address and your internet connection.</numerusform>
            <numerusform>The server did not answer within %n seconds. Check the address and your internet connection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>&amp;Open the Setup File From Your IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video sessions run on your organization&apos;s own server. Your IT usually hands out a setup file for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes straight into the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the server knows Vieraugen by (app_id in the server&apos;s token settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iss&amp;uer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the access tokens (iss); usually the same as the app id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audi&amp;ence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom the tokens are meant for (aud), often &quot;jitsi&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secre&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared key that proves Vieraugen may open rooms as moderator; it is kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or enter the server &amp;address your IT gave you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setup file yet? Go on without a server: appointments can be planned now, and this step opens again under Help → Set Up Vieraugen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video server is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Setup File From Your IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Ask your IT for the right file, or enter the server address below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no video server. Nothing was changed. Ask your IT for the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up nevertheless:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your IT has a setup file or the details for IT, use them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up: %1. A setup file or address below replaces or adds to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter it like https://meet.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 must be reached over https: video sessions are never sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a server id: use lowercase letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token authentication for %1 needs an app id, an issuer and an audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be its own backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without token authentication, whoever enters a room first becomes its moderator. The Berlin data protection authority considers such servers unsuitable for anything beyond low-risk use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfileDialog</name>
    <message>
        <source>Add Jitsi Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Jitsi Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the server that never changes; it names its entries in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the server&apos;s domain or tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs secure storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes straight into the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server already uses the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iss&amp;uer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audi&amp;ence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secre&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kup server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on end-to-end &amp;encryption in sessions where the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then only the participants can see and hear the session, not the video server. Every participant needs a browser that can (Chromium-based browsers, the Jitsi apps).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfilesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secrets are kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token, app secret missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server &quot;%1&quot; and its app secret from this computer? Appointments planned on it keep their rooms, but cannot start until you choose another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s own configuration and show what it means for privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber: settings your organization should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: data leaves for third parties or travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLauncher</name>
    <message>
        <source>Session Cannot Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no link or phone number to start with. Open the appointment and add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody joined &quot;%1&quot;. How should it be recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Backup Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the Backup Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this session to %1? It gets a new room there, so the client needs the new link; the password stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the video server before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video session in a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test camera, microphone and connection now: &quot;Check&quot; under Next appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Before the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a video session, and video sessions need your organization&apos;s video server. Set it up here, then press Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did It Take Place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was planned until %2. Did it take place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client did &amp;not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session never connected: nothing was recorded for the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned for %2, in %3. Start its session now anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was planned for %2 and ended %3 ago. Start its session now anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup server. Your IT can name one for it under File → Settings → Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already recorded as &quot;%2&quot;. Start its session again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in person, so no session window opens: it is marked as begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) still running. Quitting Vieraugen ends them for everyone taking part.</source>
        <translation>
            <numerusform>%n session still running. Quitting Vieraugen ends it for everyone taking part.</numerusform>
            <numerusform>%n sessions still running. Quitting Vieraugen ends them for everyone taking part.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running. Quitting Vieraugen ends the session for everyone taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit and End the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone waited in the lobby of &quot;%1&quot; and was not let in. Was the session held all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1. Once the call has begun, say so here and the appointment is marked as begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial with the Phone Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Call Has &amp;Begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the recording of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the backup server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the start of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the end of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is planned for %2. Start its session now anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was planned for %2. Start its session now anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone program dials %1. Back here, say whether the call has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the call with %1 begun?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was recorded as %1 (%2–%3). Undo with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; recorded as %2 (%3–%4). Undo with %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program set up that opens the link of &quot;%1&quot; (a web browser, or the meeting&apos;s own program). Copy the link and open it another way, e.g. in a browser or on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes place in another program (%2). Vieraugen sends no invitation for it: invite the participants from that program, or copy the link and send it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains the meeting&apos;s password: whoever has it can join. Send it to the participants only, and not together with other clients&apos; links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is copied. As the meeting&apos;s password is in it, the clipboard forgets it again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionModuleLoader</name>
    <message>
        <source>Video sessions and the camera check need the session module of Vieraugen (%1), which could not be loaded. The calendar works without it. Reinstall Vieraugen, or ask your IT to.

Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPlanner</name>
    <message>
        <source>&quot;%1&quot; is not a video session in Vieraugen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid room. Open the appointment and save it to give it a new room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video server is set up yet. Add one under Settings → Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; of this appointment no longer exists. Choose another server in the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room password cannot be made without the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app secret for %1 is missing from the keychain. Enter it under Settings → Servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTimer</name>
    <message numerus="yes">
        <source>%1 of %n min</source>
        <comment>session time elapsed of planned</comment>
        <translation>
            <numerusform>%1 of %n min</numerusform>
            <numerusform>%1 of %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>&amp;Rejoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Session – Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting in the lobby&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not trustworthy (%2), so Vieraugen did not connect. Ask your administrator to renew the server&apos;s certificate, or switch to the backup server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting view stopped unexpectedly. Rejoin to continue the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;Camera Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Guest Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link for another participant. Send the password separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in My &amp;Browser Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video &amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High (720p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard (360p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low (180p): for weak connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audio Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns off all video; helps most when the picture freezes or sound drops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting in the lobby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest link copied. Send the password through another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite Another Participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the &amp;Backup Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this server fails or is overloaded: continue in a new room on the backup server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Echo or Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;Client Cannot Get In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture &amp;Freezes, Sound Drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Ca&amp;mera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch M&amp;icrophone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Camera, Microphone and Co&amp;nnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has not made you moderator, so Vieraugen cannot lock the room or hold clients in the lobby. Try again; if it stays so, ask your administrator to check the server&apos;s moderator settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting refused to lock the room with its password. Try again; until the room is locked, let in only the people you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has not confirmed that the lobby is on, so people with the link may enter without knocking. Try again; until it is on, watch who joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is being recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone started recording this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone started streaming this session live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is being recorded on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone started a transcription of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in this session.</source>
        <translation>
            <numerusform>%n minute left in this session.</numerusform>
            <numerusform>%n minutes left in this session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends the meeting for everyone, so no client is left alone in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave, Others Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You leave; the others can go on talking without you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people take part in this session. To keep it stable, cameras start off; Vieraugen recommends video for at most %1.</source>
        <translation>
            <numerusform>%n person takes part in this session. To keep it stable, cameras start off; Vieraugen recommends video for at most %1.</numerusform>
            <numerusform>%n people take part in this session. To keep it stable, cameras start off; Vieraugen recommends video for at most %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-to-end encryption is turned off for this server in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer end-to-end encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is waiting in the lobby of your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session – Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-to-end encryption requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen set the room password as moderator; the meeting does not confirm it (Jitsi reports only a refused lock, and none came).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-to-end encryption was requested; the meeting does not confirm it, so count on encryption to the server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone joined the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it keeps failing, switch to the backup server (Problems? menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Waiting Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone left the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting in the lobby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1 away? They will not be let into this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You turned %1 away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio only: all video is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video is on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser is set up on this computer, so the session stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting in the lobby.</source>
        <translation>
            <numerusform>%n person is waiting in the lobby.</numerusform>
            <numerusform>%n people are waiting in the lobby.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hanging up ends the session, and nobody will let them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you leave, nobody will let them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing this window ends the session for everyone taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video meeting – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the recording, live stream or transcription</source>
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
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name clients see in video sessions, e.g. &quot;Ms Berger, counseling centre&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long before its start and after its end an appointment&apos;s video session can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name in sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions open &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients&apos; names, contacts and notes are hidden after this time without input, and always when the screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide clients&apos; data after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>&amp;Skip Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera and Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: see and hear that your camera, microphone and speaker work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Camera and Microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check shows your camera&apos;s picture, the level of your microphone and plays a test sound. Nothing is sent anywhere. With a video server set up, it also tests the connection to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can skip this: the check is always there under Session → Check Camera, Microphone and Connection (Ctrl+Shift+K), and Vieraugen offers it ten minutes before every video session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen is set up. What to do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;First Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Create your first appointment: the time, the kind of session and your client&apos;s name and contact.
2. Invite your client (Session → Invite Participants…): the link goes one way, the room password another.
3. At the time, select the appointment and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here can be changed later under File → Settings, or by running this assistant again: Help → Set Up Vieraugen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations come from %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video server yet: plan appointments now; before the first video session, open the setup file from your IT under Help → Set Up Vieraugen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Vieraugen – Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video sessions run on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsGatewayChannel</name>
    <message>
        <source>%1 is not based in the EU. Your organization needs a data-processing agreement with it and a legal basis for transferring data outside the EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom SMS gateway has no address. Complete its definition in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS gateway is set up. Set one up under Settings → Invitations, or read the password out on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMS gateway Vieraugen knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s field &quot;%1&quot; is not a valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2). Check the SMS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take the message right now (HTTP %2). It waits in the outbox for another try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the message (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered that the message was not sent (%2: %3). Check the number and the SMS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway %1 cannot be reached right now (%2). The message waits in the outbox for another try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s address &quot;%1&quot; is not a web address without user name and password, like https://sms.example.org/send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway %1 must be reached over https: its credentials and room passwords are never sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpChannel</name>
    <message>
        <source>E-mail cannot be sent: libcurl could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 does not offer encryption (STARTTLS), so nothing was sent. Ask your administrator for the encrypted port, or choose &quot;TLS&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection to the mail server %1 could be made, so nothing was sent. Check the port and the encryption setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached right now. The message waits in the outbox and is sent when the server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the message (reply %2). Check the recipient&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending through %1 failed (%2). The message waits in the outbox for another try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 could not be verified, so nothing was sent. If your organization uses its own certificate authority, enter its file under Settings → Invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the login. Check the user name and password under Settings → Invitations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Adds an account on a CalDAV server (Nextcloud, Radicale, …). The password or app password is read from standard input and goes to the keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s address (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to call the account (default: user@server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;account add caldav --url URL --user NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add caldav needs --url and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address must begin with https:// (plain http only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input; e.g. write it to the command through a pipe. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the calendar server accounts: id, name, address and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar server accounts. Add one with &quot;vieraugen-cli account add caldav&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the calendars (id, name, account, access, details mode); &quot;use ID&quot; puts new appointments there, &quot;show ID&quot; and &quot;hide ID&quot; choose what the views show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with use: what goes to the server: notes-kept-local, everything or busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;; see vieraugen-cli calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--details goes with use and is notes-kept-local, everything or busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists appointments changed both here and on the server: the server&apos;s version is in the calendar, this computer&apos;s is kept. &quot;resolve ID --keep mine|theirs&quot; decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with resolve: mine or theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;conflicts resolve ID --keep mine&quot; or &quot;--keep theirs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar account %1 (%2): saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added account %1 (%2) with %n calendar(s):</source>
        <translation>
            <numerusform>Added account %1 (%2) with %n calendar:</numerusform>
            <numerusform>Added account %1 (%2) with %n calendars:</numerusform>
        </translation>
    </message>
    <message>
        <source>Brings every team calendar in step with its server once: the changes made here go up, the others&apos; come down. The passwords come from the keychain. Exit code 2 when a calendar could not be synced; nothing is lost then, the changes wait for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team calendars to sync. Add an account with &quot;vieraugen-cli account add caldav&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 downloaded, %2 uploaded, %3 deleted, %n conflict(s)</source>
        <translation>
            <numerusform>%1 downloaded, %2 uploaded, %3 deleted, %n conflict</numerusform>
            <numerusform>%1 downloaded, %2 uploaded, %3 deleted, %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>not in step with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here wait for the server.</source>
        <translation>
            <numerusform>%n change made here waits for the server.</numerusform>
            <numerusform>%n changes made here wait for the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both versions of an appointment changed on both sides are kept: see &quot;vieraugen-cli conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost: what changed here waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>There is no conflict %1 (any more).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The keychain holds no password for the account %1: enter it again in Settings → Calendars.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Team calendars synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team calendars not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>There is already an account for %1 on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only: new appointments cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calendar &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no colour: write it as #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCalendar</name>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details without notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, notes too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy only (no client data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamKey</name>
    <message>
        <source>The team key is missing, so the room password of a team appointment cannot be made. Open the setup file from your administrator again (Help → Set Up Vieraugen…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team key in the keychain is damaged. Open the setup file from your administrator again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Type hours and minutes, e.g. 930 or 9:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeGridView</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>▲ %n more earlier</source>
        <translation>
            <numerusform>▲ %n more earlier</numerusform>
            <numerusform>▲ %n more earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ %n more later</source>
        <translation>
            <numerusform>▼ %n more later</numerusform>
            <numerusform>▼ %n more later</numerusform>
        </translation>
    </message>
    <message>
        <source>Scrolls to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more appointments earlier, before the hours shown</source>
        <translation>
            <numerusform>%n more appointment earlier, before the hours shown</numerusform>
            <numerusform>%n more appointments earlier, before the hours shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more appointments later, after the hours shown</source>
        <translation>
            <numerusform>%n more appointment later, after the hours shown</numerusform>
            <numerusform>%n more appointments later, after the hours shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open Vieraugen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <source>The update address does not describe a release (no &quot;version&quot;). Ask your IT to check the address in the provisioning file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update address %1 is not an https address, so Vieraugen does not use it. Ask your IT for the correct address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server sent far more than a release description. Ask your IT to check the address in the provisioning file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update server could not be reached: %1. Check the internet connection and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Check for Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Download Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update checks are off: your organization has not named an address that announces new versions. Your IT can set one in the provisioning file (&quot;updates&quot;). Until then Vieraugen asks no server about updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen %1 is the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen %1 is available; you have %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vieraugen %1 is available since %2; you have %3.</source>
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
    <message>
        <source>Restore the newest backup, from %1? The damaged file is kept in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
