#include "core/sync/CalendarObject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// What a team calendar's server gets of an appointment in each details mode, read back by an
// independent parser (python3-icalendar), and how the server's version comes back in.
class TestCalendarObject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detailsModes_data();
    void detailsModes();
    void busyOnlyLeavesNoClientData();
    void roomPasswordNeverTravels();
    void aSeriesTravelsWithItsExceptions();
    void eventsOfOtherProgramsAreInPerson();
    void otherProgramsChangesKeepOurProperties();
    void whatStaysHereStaysHere();
    void unreadableObjectIsRefused();

private:
    static Appointment sample();
    // Every property python3-icalendar reads from each VEVENT: name → list of values, with parameters.
    static QJsonArray parsedByPython(const QByteArray& ics);
    static TeamCalendar calendar(TeamCalendar::Details details);
};

Appointment TestCalendarObject::sample()
{
    Appointment appointment;
    appointment.uid = QStringLiteral("team-1");
    appointment.calendarId = QStringLiteral("team");
    appointment.title = QStringLiteral("Erstgespräch Jana Müller");
    QString error;
    appointment.setLocalTimes(QDate(2026, 12, 1), QTime(9, 0), QTime(9, 50), QStringLiteral("Europe/Berlin"),
                              &error);
    appointment.kind = SessionKind::Jitsi;
    appointment.serverProfileId = QStringLiteral("berlin");
    appointment.roomName = QStringLiteral("qv3k9x2m7p4t8w6z");
    appointment.counselor = QStringLiteral("anna");
    appointment.notes = QStringLiteral("Vertraulich: Trennung, Schlafstörungen");
    appointment.reminderMinutes = { 15 };
    appointment.participants = { { QStringLiteral("Jana Müller"), QStringLiteral("jana@example.org"),
                                   QStringLiteral("+4915123456789"), QStringLiteral("de") },
                                 { QStringLiteral("Tom Müller"), QString(), QStringLiteral("+4930123456"),
                                   QStringLiteral("de") } };
    appointment.created = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    appointment.modified = appointment.created;
    return appointment;
}

TeamCalendar TestCalendarObject::calendar(TeamCalendar::Details details)
{
    TeamCalendar team;
    team.id = QStringLiteral("team");
    team.accountId = QStringLiteral("acc");
    team.details = details;
    return team;
}

QJsonArray TestCalendarObject::parsedByPython(const QByteArray& ics)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("object.ics"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(ics) != ics.size())
        qFatal("cannot write %s", qPrintable(file));
    out.close();
    const QString script = QStringLiteral(
        "import icalendar, json, sys\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "events = []\n"
        "for event in cal.walk('VEVENT'):\n"
        "    props = {}\n"
        "    for component in event.walk():\n"
        "        for name, value in component.property_items(recursive=False):\n"
        "            if name in ('BEGIN', 'END'):\n"
        "                continue\n"
        "            params = ';'.join('%s=%s' % (k, v) for k, v in getattr(value, 'params', {}).items())\n"
        "            text = value.to_ical().decode() if hasattr(value, 'to_ical') else str(value)\n"
        "            if isinstance(value, icalendar.vText):\n"
        "                text = str(value)\n"
        "            props.setdefault(name, []).append(text + ('|' + params if params else ''))\n"
        "    events.append(props)\n"
        "print(json.dumps(events))\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, file });
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qFatal("python3-icalendar failed: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

void TestCalendarObject::detailsModes_data()
{
    QTest::addColumn<int>("details");
    QTest::addColumn<bool>("title");
    QTest::addColumn<bool>("client");
    QTest::addColumn<bool>("notes");
    QTest::newRow("notes-kept-local") << int(TeamCalendar::Details::NotesKeptLocal) << true << true << false;
    QTest::newRow("everything") << int(TeamCalendar::Details::Everything) << true << true << true;
    QTest::newRow("busy") << int(TeamCalendar::Details::BusyOnly) << false << false << false;
}

void TestCalendarObject::detailsModes()
{
    QFETCH(int, details);
    QFETCH(bool, title);
    QFETCH(bool, client);
    QFETCH(bool, notes);
    const QJsonArray events
        = parsedByPython(CalendarObject::write({ sample() }, TeamCalendar::Details(details)));
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.at(0).toObject();
    const auto values = [&event](const char* name) {
        QStringList list;
        for (const QJsonValue& value : event.value(QLatin1String(name)).toArray())
            list.append(value.toString());
        return list;
    };
    QCOMPARE(values("UID"), QStringList { QStringLiteral("team-1") });
    QCOMPARE(values("DTSTART"), QStringList { QStringLiteral("20261201T090000|TZID=Europe/Berlin") });
    // When, who counsels and how travel in every mode.
    QCOMPARE(values("X-VIERAUGEN-COUNSELOR"), QStringList { QStringLiteral("anna") });
    QCOMPARE(values("X-VIERAUGEN-KIND"), QStringList { QStringLiteral("jitsi") });
    QCOMPARE(values("X-VIERAUGEN-ROOM"), QStringList { QStringLiteral("qv3k9x2m7p4t8w6z") });
    QCOMPARE(values("SUMMARY").contains(QStringLiteral("Erstgespräch Jana Müller")), title);
    QCOMPARE(values("DESCRIPTION").contains(QStringLiteral("Vertraulich: Trennung, Schlafstörungen")), notes);
    const QStringList attendees = values("ATTENDEE");
    if (client) {
        QCOMPARE(attendees.size(), 2);
        QVERIFY2(attendees.at(0).startsWith(QStringLiteral("mailto:jana@example.org|")),
                 qPrintable(attendees.at(0)));
        QVERIFY2(attendees.at(0).contains(QStringLiteral("CN=Jana Müller")), qPrintable(attendees.at(0)));
        QVERIFY2(attendees.at(0).contains(QStringLiteral("X-VIERAUGEN-PHONE=+4915123456789")),
                 qPrintable(attendees.at(0)));
        QVERIFY2(attendees.at(1).startsWith(QStringLiteral("tel:+4930123456|")), qPrintable(attendees.at(1)));
    } else {
        QVERIFY2(attendees.isEmpty(), qPrintable(attendees.join(QLatin1Char(' '))));
    }

    // And back: the same appointment, whatever this computer keeps to itself taken from its copy.
    QString error;
    const std::optional<QList<Appointment>> back
        = CalendarObject::read(CalendarObject::write({ sample() }, TeamCalendar::Details(details)),
                               { sample() }, calendar(TeamCalendar::Details(details)), &error);
    QVERIFY2(back, qPrintable(error));
    Appointment expected = sample();
    Appointment got = back->constFirst();
    got.modified = expected.modified;
    QCOMPARE(got.participants, expected.participants);
    QCOMPARE(got.title, expected.title);
    QCOMPARE(got.notes, expected.notes);
    QCOMPARE(got, expected);
}

void TestCalendarObject::busyOnlyLeavesNoClientData()
{
    const QByteArray ics = CalendarObject::write({ sample() }, TeamCalendar::Details::BusyOnly);
    for (const char* secret : { "Jana", "Müller", "jana@example.org", "4915123456789", "4930123456",
                                "Vertraulich", "Erstgespräch", "Trennung" })
        QVERIFY2(!ics.contains(secret), secret);
    const QJsonArray events = parsedByPython(ics);
    QCOMPARE(events.at(0).toObject().value(QStringLiteral("SUMMARY")).toArray().at(0).toString(),
             QStringLiteral("Busy"));
}

void TestCalendarObject::roomPasswordNeverTravels()
{
    // The password is derived from a key that is never written; what travels is the room and the kind.
    for (TeamCalendar::Details details :
         { TeamCalendar::Details::NotesKeptLocal, TeamCalendar::Details::Everything,
           TeamCalendar::Details::BusyOnly }) {
        const QByteArray ics = CalendarObject::write({ sample() }, details);
        QVERIFY(!ics.contains("PASSWORD"));
        QVERIFY(!ics.toLower().contains("password"));
    }
}

void TestCalendarObject::aSeriesTravelsWithItsExceptions()
{
    Appointment series = sample();
    series.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    Appointment moved = sample();
    moved.rrule.clear();
    moved.recurrenceId = series.start.addDays(7);
    moved.start = series.start.addDays(8);
    moved.end = series.end.addDays(8);
    moved.title = QStringLiteral("verschoben");
    const QByteArray ics = CalendarObject::write({ series, moved }, TeamCalendar::Details::NotesKeptLocal);
    QCOMPARE(parsedByPython(ics).size(), 2);
    QString error;
    const std::optional<QList<Appointment>> back = CalendarObject::read(
        ics, { series, moved }, calendar(TeamCalendar::Details::NotesKeptLocal), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->at(1).recurrenceId, moved.recurrenceId);
    QCOMPARE(back->at(1).title, QStringLiteral("verschoben"));
    QCOMPARE(back->at(1).notes, moved.notes);
}

void TestCalendarObject::eventsOfOtherProgramsAreInPerson()
{
    const QByteArray thunderbird
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla "
          "Calendar V1.1//EN\r\nBEGIN:VEVENT\r\nUID:tb-1\r\nSUMMARY:Teamsitzung\r\n"
          "DTSTART:20261203T130000Z\r\nDTEND:20261203T140000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    QString error;
    const std::optional<QList<Appointment>> read
        = CalendarObject::read(thunderbird, {}, calendar(TeamCalendar::Details::NotesKeptLocal), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->constFirst().kind, SessionKind::InPerson);
    QCOMPARE(read->constFirst().title, QStringLiteral("Teamsitzung"));
    QCOMPARE(read->constFirst().calendarId, QStringLiteral("team"));
    QVERIFY(read->constFirst().roomName.isEmpty());
}

void TestCalendarObject::otherProgramsChangesKeepOurProperties()
{
    // Another program moved the appointment and renamed it, and wrote it back without our properties.
    const QByteArray rewritten
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nextcloud//EN\r\nBEGIN:VEVENT\r\n"
          "UID:team-1\r\nSUMMARY:Erstgespräch (verlegt)\r\nDTSTART;TZID=Europe/Berlin:"
          "20261202T110000\r\nDTEND;TZID=Europe/Berlin:20261202T115000\r\nEND:VEVENT\r\n"
          "END:VCALENDAR\r\n";
    QString error;
    const std::optional<QList<Appointment>> read = CalendarObject::read(
        rewritten, { sample() }, calendar(TeamCalendar::Details::NotesKeptLocal), &error);
    QVERIFY2(read, qPrintable(error));
    const Appointment& merged = read->constFirst();
    QCOMPARE(merged.title, QStringLiteral("Erstgespräch (verlegt)"));
    QCOMPARE(merged.start, QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
    QCOMPARE(merged.kind, SessionKind::Jitsi);
    QCOMPARE(merged.roomName, sample().roomName);
    QCOMPARE(merged.serverProfileId, sample().serverProfileId);
    QCOMPARE(merged.counselor, QStringLiteral("anna"));
    QCOMPARE(merged.participants, sample().participants);
    QCOMPARE(merged.notes, sample().notes);
}

void TestCalendarObject::whatStaysHereStaysHere()
{
    // A colleague's Vieraugen changed the time; this computer's reminders and session stay its own.
    Appointment mine = sample();
    mine.reminderMinutes = { 5, 60 };
    mine.sessionStarted = QDateTime(QDate(2026, 12, 1), QTime(8, 1), Qt::UTC);
    Appointment theirs = sample();
    theirs.start = theirs.start.addSecs(1800);
    theirs.end = theirs.end.addSecs(1800);
    theirs.notes = QStringLiteral("Notizen der Kollegin");
    QString error;
    const std::optional<QList<Appointment>> read
        = CalendarObject::read(CalendarObject::write({ theirs }, TeamCalendar::Details::Everything), { mine },
                               calendar(TeamCalendar::Details::NotesKeptLocal), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->constFirst().start, theirs.start);
    QCOMPARE(read->constFirst().reminderMinutes, mine.reminderMinutes);
    QCOMPARE(read->constFirst().sessionStarted, mine.sessionStarted);
    // Notes are kept here in this calendar: a server's notes do not replace them.
    QCOMPARE(read->constFirst().notes, mine.notes);
}

void TestCalendarObject::unreadableObjectIsRefused()
{
    QString error;
    QVERIFY(!CalendarObject::read("no calendar at all", {}, calendar(TeamCalendar::Details::NotesKeptLocal),
                                  &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CalendarObject::read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", {},
                                  calendar(TeamCalendar::Details::NotesKeptLocal), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCalendarObject)
#include "tst_CalendarObject.moc"
