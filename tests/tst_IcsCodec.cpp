#include "core/calendar/IcsCodec.h"
#include "core/calendar/IcsReader.h"
#include "core/calendar/Recurrence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestIcsCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsThunderbirdSeriesWithExceptions();
    void readsOutlookWindowsZoneNames();
    void readsGoogleUtcAndAllDay();
    void googleHtmlDescriptionsBecomeText();
    void foldsInsideACharacterAreJoinedBeforeDecoding();
    void windowsTextIsReadAsWindows1252();
    void aSeriesWhoseStartItsRuleSkipsReadsBackUnchanged();
    void floatingTimesAreLocal();
    void zoneOnlyTheFileDefines();
    void customZoneNamesRepeatInTheFilesZone_data();
    void customZoneNamesRepeatInTheFilesZone();
    void customZoneWithoutMatchIsConvertedByItsRules();
    void exchangeAllDaySeriesKeepTheirDays();
    void changeFromThenOnSplitsTheSeries();
    void meetingLinksBecomeExternalSessions();
    void teamsMeetAndConferenceLinksBecomeExternalSessions();
    void unreadableFilesNameTheLineAndGiveNothing_data();
    void unreadableFilesNameTheLineAndGiveNothing();
    void meaninglessEventsAreRefusedAlone_data();
    void meaninglessEventsAreRefusedAlone();
    void harmlessFlawsLeaveOutThePropertyOnly();
    void readsExtraDatesOfASeries();
    void linkNamesOfZonesAreKnownZones();
    void extraDatesSurviveARoundTrip();
    void fixedOffsetZonesSurviveARoundTrip();
    void roundTripKeepsEverything();
    void statusesSurviveARoundTripAndCancelledStaysStandard();
    void independentParserAgrees();
    void seriesStartsOnItsRulesFirstDate();
    void invitationsLeaveOutPrivateDetails();
    void aTimesOnlyFileSaysWhenAndNothingElse();
    void joinedCalendarsKeepTheirOwnZones();
    void remindersFarAwayAreNoReminders();
    void carriageReturnsInTextSurviveARoundTrip();
    void zoneChangesAreBounded_data();
    void zoneChangesAreBounded();
    void customZoneIsComparedOverBoundedYears();
    void participantKnownByNameAloneSurvivesExport();
    void participantWithoutEmailGetsNoEmptyMailto();
    void controlCharactersInANameSurviveARoundTrip();
    void escapedBlanksAtTheEndsSurviveARoundTrip();
    void fileSizeIsBounded_data();
    void fileSizeIsBounded();
    void lineLengthIsBounded_data();
    void lineLengthIsBounded();
    void eventCountIsBounded_data();
    void eventCountIsBounded();
    void counselorInAnInvitationIsNotTheClient_data();
    void counselorInAnInvitationIsNotTheClient();
    void attendeesTakenAsColleaguesAreReported();
    void outlookNamesLastNameFirstAreTurned();
    void ownFileKeepsANameAsTyped();

private:
    static QList<Appointment> read(const QByteArray& ics, const QByteArray& localZone = "Europe/Berlin");
    static QByteArray fixture(const QString& name);
    static QDateTime utc(int y, int mo, int d, int h, int mi = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
    }
    static Appointment sample();
};

QList<Appointment> TestIcsCodec::read(const QByteArray& ics, const QByteArray& localZone)
{
    IcsImportReport report;
    const QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone(localZone), &report);
    if (!report.fatal.isEmpty() || !report.refused.isEmpty() || !report.warnings.isEmpty())
        qWarning("%s%s", qPrintable(report.fatal), qPrintable(report.findingsText()));
    return appointments;
}

QByteArray TestIcsCodec::fixture(const QString& name)
{
    QFile file(qEnvironmentVariable("VIERAUGEN_SOURCE_DIR") + QStringLiteral("/tests/data/ics/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(name));
    return file.readAll();
}

void TestIcsCodec::readsThunderbirdSeriesWithExceptions()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\n"
          "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
          "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:"
          "19700329T020000\r\n"
          "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
          "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:"
          "19701025T030000\r\n"
          "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
          "BEGIN:VEVENT\r\nUID:tb-series-1\r\nSUMMARY:Beratung\\, wöchentlich\r\n"
          "DTSTART;TZID=Europe/Berlin:20260305T090000\r\nDTEND;TZID=Europe/Berlin:20260305T095000\r\n"
          "RRULE:FREQ=WEEKLY;UNTIL=20260430T070000Z\r\nEXDATE;TZID=Europe/Berlin:20260312T090000\r\n"
          "DESCRIPTION:Erste Zeile\\nZweite Zeile\r\n"
          "ATTENDEE;CN=Jana Müller;PARTSTAT=NEEDS-ACTION:mailto:jana@example.org\r\n"
          "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DURATION:-PT15M\r\nDESCRIPTION:x\r\nEND:VALARM\r\n"
          "END:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:tb-series-1\r\nRECURRENCE-ID;TZID=Europe/Berlin:20260402T090000\r\n"
          "SUMMARY:Beratung (verschoben)\r\nDTSTART;TZID=Europe/Berlin:20260403T140000\r\n"
          "DTEND;TZID=Europe/Berlin:20260403T145000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QList<Appointment> appointments = read(ics);
    QCOMPARE(appointments.size(), 2);
    const Appointment& series = appointments.at(0);
    QCOMPARE(series.uid, QStringLiteral("tb-series-1"));
    QCOMPARE(series.title, QStringLiteral("Beratung, wöchentlich"));
    QCOMPARE(series.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(series.start, utc(2026, 3, 5, 8));
    QCOMPARE(series.end, utc(2026, 3, 5, 8, 50));
    QVERIFY2(series.rrule.startsWith(QStringLiteral("FREQ=WEEKLY;UNTIL=20260430T070000Z")),
             qPrintable(series.rrule));
    QCOMPARE(series.exceptionDates, QList<QDateTime>({ utc(2026, 3, 12, 8) }));
    QCOMPARE(series.notes, QStringLiteral("Erste Zeile\nZweite Zeile"));
    QCOMPARE(series.participants.size(), 1);
    QCOMPARE(series.participants.first().displayName, QStringLiteral("Jana Müller"));
    QCOMPARE(series.participants.first().email, QStringLiteral("jana@example.org"));
    QCOMPARE(series.reminderMinutes, QList<int>({ 15 }));
    const Appointment& moved = appointments.at(1);
    QCOMPARE(moved.recurrenceId, std::optional<QDateTime>(utc(2026, 4, 2, 7))); // summer time
    QCOMPARE(moved.start, utc(2026, 4, 3, 12));
}

void TestIcsCodec::readsOutlookWindowsZoneNames()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
          "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T030000\n"
          "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\n"
          "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
          "BEGIN:VEVENT\nUID:040000008200E00074C5B7101A82E008\nSUMMARY;LANGUAGE=de-DE:Teamsitzung\n"
          "DTSTART;TZID=W. Europe Standard Time:20260715T100000\n"
          "DTEND;TZID=W. Europe Standard Time:20260715T110000\nEND:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> appointments = read(ics);
    QCOMPARE(appointments.size(), 1);
    QCOMPARE(appointments.first().timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(appointments.first().start, utc(2026, 7, 15, 8));
}

void TestIcsCodec::readsGoogleUtcAndAllDay()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
          "BEGIN:VEVENT\r\nDTSTART:20260601T120000Z\r\nDTEND:20260601T130000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\n"
          "UID:g1@google.com\r\nSUMMARY:Mittag\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\nUID:g2@google.com\r\n"
          "SUMMARY:Feiertage\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nDTSTART:20260601T150000Z\r\nDTEND:20260601T160000Z\r\nUID:g3@google.com\r\n"
          "SUMMARY:Einmalig\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QList<Appointment> appointments = read(ics);
    QCOMPARE(appointments.size(), 3);
    QCOMPARE(appointments.at(0).timeZone, QStringLiteral("UTC")); // a UTC series repeats in UTC
    QCOMPARE(appointments.at(0).start, utc(2026, 6, 1, 12));
    QVERIFY(appointments.at(1).allDay);
    QCOMPARE(appointments.at(1).startDate, QDate(2026, 12, 24));
    QCOMPARE(appointments.at(1).endDate, QDate(2026, 12, 27));
    QCOMPARE(appointments.at(2).timeZone,
             QStringLiteral("Europe/Berlin")); // single UTC times are edited locally
}

void TestIcsCodec::googleHtmlDescriptionsBecomeText()
{
    // Tester12's J3: Google exports a description edited in its web page as HTML, and the notes
    // showed "<b>Mails</b> bearbeiten<br>Anrufbeantworter abhören". Notes typed as text stay as typed.
    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
          "BEGIN:VEVENT\r\nDTSTART:20261201T080000Z\r\nDTEND:20261201T083000Z\r\nUID:h1@google.com\r\n"
          "SUMMARY:Post & Anrufbeantworter\r\n"
          "DESCRIPTION:<b>Mails</b> bearbeiten<br>Anrufbeantworter abh\xC3\xB6ren<br><a "
          "href=\"https://exa\r\n"
          " mple.org/liste\">Liste</a>\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nDTSTART:20261202T080000Z\r\nDTEND:20261202T083000Z\r\nUID:h2@google.com\r\n"
          "SUMMARY:Notiz\r\nDESCRIPTION:Wartezeit < 2 Wochen\\nDanke <3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QList<Appointment> appointments = read(ics);
    QCOMPARE(appointments.size(), 2);
    QCOMPARE(appointments.at(0).notes,
             QStringLiteral("Mails bearbeiten\nAnrufbeantworter abhören\nListe (https://example.org/liste)"));
    QCOMPARE(appointments.at(1).notes, QStringLiteral("Wartezeit < 2 Wochen\nDanke <3"));
}

void TestIcsCodec::foldsInsideACharacterAreJoinedBeforeDecoding()
{
    // RFC 5545 folds at 75 octets, so a fold may split the two bytes of an "ä" (Nextcloud's and
    // Outlook's exports do). The whole file was refused as "not UTF-8 text".
    const QByteArray ics = "\xEF\xBB\xBF" // a byte order mark, as Windows programs write
                           "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nextcloud calendar v4//EN\r\n"
                           "BEGIN:VEVENT\r\nUID:n1\r\nDTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\n"
                           "SUMMARY:Erstgespr\xC3\r\n \xA4"
                           "ch mit Frau \xC3\x96zdemir \xE2\x80\r\n\t\x93 "
                           "Familienhilfe\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QList<Appointment> appointments = read(ics);
    QCOMPARE(appointments.size(), 1);
    QCOMPARE(appointments.first().title, QStringLiteral("Erstgespräch mit Frau Özdemir – Familienhilfe"));
}

void TestIcsCodec::windowsTextIsReadAsWindows1252()
{
    // Tester12's J23: a file from older practice software, saved as Windows text (Windows-1252,
    // "ANSI"), was refused whole as "not UTF-8"; the counselor had no way to convert it.
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Praxis 2009//DE\r\n"
                           "BEGIN:VEVENT\r\nUID:p1\r\nDTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\n"
                           "SUMMARY:Beratung Fam. M\xFCller \x96 \xDC"
                           "bergabe\r\n"
                           "DESCRIPTION:Kosten 20 \x80\\, \x84"
                           "Akte\x93 mitbringen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    IcsImportReport report;
    const QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(appointments.size(), 1);
    QCOMPARE(appointments.first().title, QStringLiteral("Beratung Fam. Müller – Übergabe"));
    QCOMPARE(appointments.first().notes, QStringLiteral("Kosten 20 €, „Akte“ mitbringen"));
    // Said, so that she looks at the special characters.
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings.first().reason.contains(QLatin1String("Windows-1252")),
             qPrintable(report.warnings.first().reason));

    // What is no Windows text either stays refused: a byte Windows-1252 does not assign (0x81).
    IcsImportReport refused;
    QVERIFY(IcsCodec::read(QByteArray(ics).replace("\x80", "\x81"), QTimeZone("Europe/Berlin"), &refused)
                .isEmpty());
    QVERIFY2(refused.fatal.contains(QLatin1String("not UTF-8")), qPrintable(refused.fatal));
}

void TestIcsCodec::aSeriesWhoseStartItsRuleSkipsReadsBackUnchanged()
{
    // Found by fuzzing after J28: a file's series on a Monday whose rule names last Fridays was kept
    // on the Monday, while its export began on the Friday, so reading the export gave another series.
    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:s1\r\n"
          "DTSTART;TZID=Europe/Berlin:20261026T140000\r\nDTEND;TZID=Europe/Berlin:20261026T145000\r\n"
          "RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=-1FR\r\nSUMMARY:Gruppe\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QList<Appointment> first = read(ics);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().start, QDateTime(QDate(2026, 10, 30), QTime(13, 0), Qt::UTC));
    QCOMPARE(read(IcsCodec::write(first)), first);
}

void TestIcsCodec::floatingTimesAreLocal()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:f\nSUMMARY:Lokal\nDTSTART:20260601T090000\n"
          "DURATION:PT45M\nEND:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> appointments = read(ics, "America/New_York");
    QCOMPARE(appointments.first().start, utc(2026, 6, 1, 13));
    QCOMPARE(appointments.first().end, utc(2026, 6, 1, 13, 45));
    QCOMPARE(appointments.first().timeZone, QStringLiteral("America/New_York"));
}

void TestIcsCodec::zoneOnlyTheFileDefines()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Customized Time Zone\n"
          "BEGIN:STANDARD\nDTSTART:16010101T000000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0300\nEND:STANDARD\n"
          "END:VTIMEZONE\nBEGIN:VEVENT\nUID:c\nSUMMARY:Custom\n"
          "DTSTART;TZID=Customized Time Zone:20260601T090000\nDTEND;TZID=Customized Time "
          "Zone:20260601T100000\n"
          "END:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> appointments = read(ics);
    QCOMPARE(appointments.size(), 1);
    QCOMPARE(appointments.first().start, utc(2026, 6, 1, 6));
    QCOMPARE(appointments.first().end, utc(2026, 6, 1, 7));
    // A zone that never changes is its offset, which export can name.
    QCOMPARE(appointments.first().timeZone, QStringLiteral("UTC+03:00"));
}

void TestIcsCodec::customZoneNamesRepeatInTheFilesZone_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("computerZone");
    QTest::addColumn<QByteArray>("expectedZone");
    QTest::addColumn<QTime>("localStart");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("count");
    // Outlook's display name lists cities: the first that keeps the file's rules, the user's own
    // city if it is among them.
    QTest::newRow("Outlook, computer in New York")
        << QStringLiteral("outlook-custom-tzid.ics") << QByteArray("America/New_York")
        << QByteArray("Europe/Amsterdam") << QTime(9, 30) << 45 << 30;
    QTest::newRow("Outlook, computer in Berlin")
        << QStringLiteral("outlook-custom-tzid.ics") << QByteArray("Europe/Berlin")
        << QByteArray("Europe/Berlin") << QTime(9, 30) << 45 << 30;
    QTest::newRow("Zimbra") << QStringLiteral("zimbra-custom-tzid.ics") << QByteArray("Asia/Tokyo")
                            << QByteArray("Europe/Amsterdam") << QTime(16, 0) << 90 << 6;
    // No name to go by: the zone Windows knows for these rules.
    QTest::newRow("southern hemisphere")
        << QStringLiteral("custom-tzid-sydney.ics") << QByteArray("Europe/Berlin")
        << QByteArray("Australia/Sydney") << QTime(8, 30) << 50 << 8;
    // Series late enough that the years compared reach past 2037, where the zone database's
    // listed changes end and only its rule goes on.
    QTest::newRow("southern hemisphere, 2030")
        << QStringLiteral("custom-tzid-sydney-2030.ics") << QByteArray("Europe/Berlin")
        << QByteArray("Australia/Sydney") << QTime(8, 30) << 50 << 8;
    QTest::newRow("US Eastern, 2031")
        << QStringLiteral("custom-tzid-eastern-2031.ics") << QByteArray("Europe/Berlin")
        << QByteArray("America/New_York") << QTime(9, 0) << 60 << 5;
}

void TestIcsCodec::customZoneNamesRepeatInTheFilesZone()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, computerZone);
    QFETCH(QByteArray, expectedZone);
    QFETCH(QTime, localStart);
    QFETCH(int, minutes);
    QFETCH(int, count);
    const QList<Appointment> appointments = read(fixture(file), computerZone);
    QVERIFY(!appointments.isEmpty());
    const Appointment& series = appointments.first();
    QCOMPARE(series.timeZone, QString::fromUtf8(expectedZone));
    QCOMPARE(series.durationMs(), minutes * 60000LL);
    const QTimeZone zone(expectedZone);
    const QList<QDateTime> starts
        = Recurrence::starts(series.rrule, series.start, zone, series.start, series.start.addYears(10));
    QCOMPARE(starts.size(), count);
    // Across the change to or from summer time, at the same hour on the same weekdays.
    const int weekday = series.start.toTimeZone(zone).date().dayOfWeek();
    for (const QDateTime& start : starts) {
        const QDateTime local = start.toTimeZone(zone);
        QCOMPARE(local.time(), localStart);
        if (series.rrule.contains(QLatin1String("BYDAY=MO,TU,WE,TH,FR")))
            QVERIFY2(local.date().dayOfWeek() <= 5, qPrintable(local.toString()));
        else
            QCOMPARE(local.date().dayOfWeek(), weekday);
    }
}

void TestIcsCodec::customZoneWithoutMatchIsConvertedByItsRules()
{
    // Summer time from the first Sunday in May to the first Sunday in September: no place does that.
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Nowhere Time\n"
          "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
          "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=9\nEND:STANDARD\n"
          "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
          "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=5\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
          "BEGIN:VEVENT\nUID:n\nSUMMARY:Irgendwo\nDTSTART;TZID=Nowhere Time:20260415T100000\n"
          "DTEND;TZID=Nowhere Time:20260415T110000\nRECURRENCE-ID;TZID=Nowhere Time:20260414T100000\n"
          "END:VEVENT\nEND:VCALENDAR\n";
    IcsImportReport report;
    const QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    QCOMPARE(appointments.size(), 1);
    // April is winter time there (+01:00), although it is summer time in Berlin.
    QCOMPARE(appointments.first().start, utc(2026, 4, 15, 9));
    QCOMPARE(appointments.first().end, utc(2026, 4, 15, 10));
    QCOMPARE(appointments.first().recurrenceId, std::optional(utc(2026, 4, 14, 9)));
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.first().line, 4);
    QVERIFY(report.warnings.first().reason.contains(QStringLiteral("Nowhere Time")));
}

void TestIcsCodec::exchangeAllDaySeriesKeepTheirDays()
{
    // Daily from 12 July; Exchange removes the 15th with a date-time EXDATE and ends the series
    // at 2024-07-18T22:00Z, the midnight after the 19th in Berlin.
    const QList<Appointment> appointments
        = read(fixture(QStringLiteral("exchange-allday-series.ics")), "America/Los_Angeles");
    QCOMPARE(appointments.size(), 1);
    const Appointment& series = appointments.first();
    QVERIFY(series.allDay);
    QList<QDate> days;
    for (const QDate& day :
         Recurrence::dates(series.rrule, series.startDate, QDate(2024, 1, 1), QDate(2025, 1, 1))) {
        if (!series.exceptionDates.contains(QDateTime(day, QTime(0, 0), Qt::UTC)))
            days.append(day);
    }
    QCOMPARE(days,
             QList<QDate>({ QDate(2024, 7, 12), QDate(2024, 7, 13), QDate(2024, 7, 14), QDate(2024, 7, 16),
                            QDate(2024, 7, 17), QDate(2024, 7, 18), QDate(2024, 7, 19) }));
}

void TestIcsCodec::changeFromThenOnSplitsTheSeries()
{
    // Weekly ten times from 5 January at 10:00; from 2 February on at 14:00 under a new title.
    const QList<Appointment> appointments = read(fixture(QStringLiteral("thisandfuture.ics")));
    QCOMPARE(appointments.size(), 3);
    const Appointment& before = appointments.at(0);
    QCOMPARE(before.uid, QStringLiteral("taf-series@example.org"));
    QCOMPARE(before.title, QStringLiteral("Gruppe"));
    const QTimeZone berlin("Europe/Berlin");
    const auto localStarts = [&](const Appointment& series) {
        QStringList result;
        for (const QDateTime& start :
             Recurrence::starts(series.rrule, series.start, berlin, utc(2025, 1, 1, 0), utc(2028, 1, 1, 0))) {
            if (!series.exceptionDates.contains(start))
                result << start.toTimeZone(berlin).toString(QStringLiteral("dd.MM. HH:mm"));
        }
        return result;
    };
    QCOMPARE(localStarts(before),
             QStringList({ QStringLiteral("05.01. 10:00"), QStringLiteral("12.01. 10:00"),
                           QStringLiteral("19.01. 10:00"), QStringLiteral("26.01. 10:00") }));
    const auto following = std::find_if(appointments.cbegin(), appointments.cend(), [](const Appointment& a) {
        return a.uid == QStringLiteral("taf-series@example.org/from-20260202T090000Z") && !a.recurrenceId;
    });
    QVERIFY(following != appointments.cend());
    QCOMPARE(following->title, QStringLiteral("Gruppe (ab Februar um 14 Uhr)"));
    QCOMPARE(following->durationMs(), 90 * 60000LL);
    // The EXDATE of 23 February moves with the series; the one-off change of 2 March stays one.
    QCOMPARE(localStarts(*following),
             QStringList({ QStringLiteral("02.02. 14:00"), QStringLiteral("09.02. 14:00"),
                           QStringLiteral("16.02. 14:00"), QStringLiteral("02.03. 14:00"),
                           QStringLiteral("09.03. 14:00") }));
    const auto moved = std::find_if(appointments.cbegin(), appointments.cend(),
                                    [](const Appointment& a) { return a.recurrenceId.has_value(); });
    QVERIFY(moved != appointments.cend());
    QCOMPARE(moved->uid, following->uid);
    QCOMPARE(*moved->recurrenceId, utc(2026, 3, 2, 13));
    QCOMPARE(moved->start, utc(2026, 3, 2, 15));
}

void TestIcsCodec::meetingLinksBecomeExternalSessions()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:z\nSUMMARY:Zoom\nDTSTART:20260601T090000Z\n"
          "DTEND:20260601T100000Z\nLOCATION:https://us02web.zoom.us/j/123456789?pwd=abc\nEND:VEVENT\n"
          "BEGIN:VEVENT\nUID:r\nSUMMARY:Raum\nDTSTART:20260601T090000Z\nDTEND:20260601T100000Z\n"
          "LOCATION:Beratungsstelle\\, Raum 2\nEND:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> appointments = read(ics);
    QCOMPARE(appointments.at(0).kind, SessionKind::ExternalLink);
    QCOMPARE(appointments.at(0).externalUrl.host(), QStringLiteral("us02web.zoom.us"));
    QCOMPARE(appointments.at(1).kind, SessionKind::InPerson);
    QCOMPARE(appointments.at(1).notes, QStringLiteral("Beratungsstelle, Raum 2"));
}

void TestIcsCodec::teamsMeetAndConferenceLinksBecomeExternalSessions()
{
    // Tester13's K11: a Teams meeting from Outlook 365 and a Google Meet date came in as in person,
    // their links only in the notes, though the files name them in properties of their own.
    const QList<Appointment> teams = read(fixture(QStringLiteral("outlook365-teams-meeting.ics")));
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams.first().kind, SessionKind::ExternalLink);
    QCOMPARE(teams.first().externalUrl.host(), QStringLiteral("teams.microsoft.com"));
    QVERIFY2(
        teams.first()
            .externalUrl.toString(QUrl::FullyEncoded)
            .startsWith(QLatin1String(
                "https://teams.microsoft.com/l/meetup-join/19%3Ameeting_NjQ5ZTk4YzEtZDQ2Mi00%40thread.v2/0")),
        qPrintable(teams.first().externalUrl.toString(QUrl::FullyEncoded)));
    // The place Outlook names stays readable, with the meeting ID and passcode of the description.
    QVERIFY(teams.first().notes.startsWith(QLatin1String("Microsoft Teams-Besprechung\n")));
    QVERIFY(teams.first().notes.contains(QLatin1String("Passcode: aB3cD4")));

    const QList<Appointment> meet = read(fixture(QStringLiteral("google-meet.ics")));
    QCOMPARE(meet.size(), 1);
    QCOMPARE(meet.first().kind, SessionKind::ExternalLink);
    QCOMPARE(meet.first().externalUrl, QUrl(QStringLiteral("https://meet.google.com/abc-defg-hij")));

    // RFC 7986's CONFERENCE; one that is a phone number is no link to open.
    const QByteArray conference
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:c\nSUMMARY:Online\nDTSTART:20260601T090000Z\n"
          "DTEND:20260601T100000Z\nCONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+49-30-1234567\n"
          "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Videoraum:https://talk.example.org/call/x7k2\n"
          "END:VEVENT\nBEGIN:VEVENT\nUID:t\nSUMMARY:Telefon\nDTSTART:20260601T090000Z\n"
          "DTEND:20260601T100000Z\nCONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+49-30-1234567\nEND:VEVENT\n"
          "END:VCALENDAR\n";
    const QList<Appointment> conferences = read(conference);
    QCOMPARE(conferences.size(), 2);
    QCOMPARE(conferences.at(0).kind, SessionKind::ExternalLink);
    QCOMPARE(conferences.at(0).externalUrl, QUrl(QStringLiteral("https://talk.example.org/call/x7k2")));
    QCOMPARE(conferences.at(1).kind, SessionKind::InPerson);
}

void TestIcsCodec::unreadableFilesNameTheLineAndGiveNothing_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:Gut\nDTSTART:"
                            "20260601T090000Z\nEND:VEVENT\n";
    QTest::newRow("not iCalendar") << QByteArray("Hello, world\n") << QStringLiteral("Line 1");
    QTest::newRow("not a calendar") << QByteArray("BEGIN:VEVENT\nUID:a\nEND:VEVENT\n")
                                    << QStringLiteral(
                                           "Line 1: a calendar file must start with BEGIN:VCALENDAR");
    QTest::newRow("unclosed") << head + "BEGIN:VEVENT\nUID:b\n" << QStringLiteral("ends before END:VEVENT");
    QTest::newRow("wrong end") << head + "BEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR\n"
                               << QStringLiteral("Line 9: END:VTODO");
    QTest::newRow("no events") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n")
                               << QStringLiteral("no appointments");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", 12)
                            << QStringLiteral("not UTF-8");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void TestIcsCodec::unreadableFilesNameTheLineAndGiveNothing()
{
    QFETCH(QByteArray, ics);
    QFETCH(QString, expected);
    IcsImportReport report;
    QVERIFY(IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report).isEmpty());
    QVERIFY2(report.fatal.contains(expected), qPrintable(report.fatal));
}

void TestIcsCodec::meaninglessEventsAreRefusedAlone_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    // The refused event begins at line 8 (its first property at line 10), after a good one.
    QTest::newRow("bad start value") << QByteArray("SUMMARY:x\nDTSTART:20261301T250000\n") << 11
                                     << QStringLiteral("not a valid date");
    QTest::newRow("dashes in a date")
        << QByteArray("SUMMARY:x\nDTSTART:2026-12-02\n") << 11 << QStringLiteral("DTSTART must be a date");
    QTest::newRow("no start") << QByteArray("SUMMARY:x\n") << 8 << QStringLiteral("no start (DTSTART)");
    QTest::newRow("end before start")
        << QByteArray("SUMMARY:x\nDTSTART:20260601T090000Z\nDTEND:20260601T080000Z\n") << 12
        << QStringLiteral("ends before it starts");
    QTest::newRow("negative duration") << QByteArray("SUMMARY:x\nDTSTART:20260601T090000Z\nDURATION:-PT1H\n")
                                       << 12 << QStringLiteral("ends before it starts");
    QTest::newRow("unreadable rule") << QByteArray(
        "SUMMARY:x\nDTSTART:20260601T090000Z\nRRULE:FREQ=SOMETIMES\n")
                                     << 12 << QStringLiteral("RRULE cannot be read");
    QTest::newRow("too frequent") << QByteArray("SUMMARY:x\nDTSTART:20260601T090000Z\nRRULE:FREQ=MINUTELY\n")
                                  << 12 << QStringLiteral("at most hourly");
    QTest::newRow("unknown zone") << QByteArray("SUMMARY:x\nDTSTART;TZID=Mars/Olympus:20260601T090000\n")
                                  << 11 << QStringLiteral("\"Mars/Olympus\" is neither known nor defined");
    QTest::newRow("unreadable exception date")
        << QByteArray("SUMMARY:x\nDTSTART:20260601T090000Z\nRRULE:FREQ=DAILY\nEXDATE:tomorrow\n") << 13
        << QStringLiteral("EXDATE");
    QTest::newRow("unreadable recurrence id")
        << QByteArray("SUMMARY:x\nDTSTART:20260601T090000Z\nRECURRENCE-ID;TZID=Nowhere:20260601T090000\n")
        << 12 << QStringLiteral("\"Nowhere\"");
}

void TestIcsCodec::meaninglessEventsAreRefusedAlone()
{
    QFETCH(QByteArray, event);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:Gut\nDTSTART:"
                           "20260601T090000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\n"
        + event + "END:VEVENT\nEND:VCALENDAR\n";
    IcsImportReport report;
    const QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
    QCOMPARE(appointments.size(), 1);
    QCOMPARE(appointments.first().title, QStringLiteral("Gut"));
    QCOMPARE(report.refused.size(), 1);
    const IcsImportReport::Finding& refused = report.refused.first();
    QVERIFY2(refused.reason.contains(reason), qPrintable(refused.reason));
    QCOMPARE(refused.line, line);
    QCOMPARE(refused.summary, event.contains("SUMMARY:x") ? QStringLiteral("x") : QString());
}

void TestIcsCodec::harmlessFlawsLeaveOutThePropertyOnly()
{
    // What Outlook, Google and others write: empty texts, junk in properties nobody here uses.
    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:o1\r\nSUMMARY:Beratung\r\n"
          "LOCATION:\r\nDESCRIPTION:\r\nX-ALT-DESC;FMTTYPE=text/html:\r\n" // 6-8: empty, legal, no warning
          "GEO:irgendwo\r\n" // 9
          "DTSTART:20260601T090000Z\r\nDTEND:20260601T100000Z\r\n"
          "FOO BAR\r\n" // 12: no iCalendar line
          "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:Erinnerung\r\nEND:VALARM\r\n"
          "END:VEVENT\r\nEND:VCALENDAR\r\n";
    IcsImportReport report;
    const QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    QVERIFY2(report.fatal.isEmpty() && report.refused.isEmpty(), qPrintable(report.text(QString())));
    QCOMPARE(appointments.size(), 1);
    QCOMPARE(appointments.first().title, QStringLiteral("Beratung"));
    QCOMPARE(appointments.first().start, utc(2026, 6, 1, 9));
    QCOMPARE(appointments.first().reminderMinutes, QList<int>({ 15 }));
    QList<int> lines;
    for (const IcsImportReport::Finding& warning : std::as_const(report.warnings))
        lines.append(warning.line);
    QCOMPARE(lines, QList<int>({ 12, 9 }));
    QVERIFY(report.warnings.last().reason.contains(QStringLiteral("GEO")));
}

void TestIcsCodec::readsExtraDatesOfASeries()
{
    const QList<Appointment> appointments
        = read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
               "BEGIN:VEVENT\r\nUID:timed\r\nSUMMARY:Serie\r\n"
               "DTSTART;TZID=Europe/Berlin:20261005T090000\r\n"
               "DTEND;TZID=Europe/Berlin:20261005T095000\r\n"
               "RRULE:FREQ=WEEKLY;COUNT=4\r\n"
               "RDATE;TZID=Europe/Berlin:20261029T140000,20261105T140000\r\n"
               "RDATE:20261201T080000Z\r\n"
               "RDATE;VALUE=PERIOD:20261210T150000Z/20261210T163000Z\r\n"
               "RDATE;VALUE=PERIOD;TZID=America/New_York:20261211T090000/PT2H\r\n"
               "END:VEVENT\r\n"
               "BEGIN:VEVENT\r\nUID:dates\r\nSUMMARY:Tage\r\n"
               "DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n"
               "RDATE;VALUE=DATE:20261224,20261231\r\n"
               "END:VEVENT\r\nEND:VCALENDAR\r\n");
    QCOMPARE(appointments.size(), 2);
    const Appointment& timed = appointments.at(0);
    QCOMPARE(timed.rrule, QStringLiteral("FREQ=WEEKLY;COUNT=4"));
    const QList<RecurrenceDate> expected = {
        { utc(2026, 10, 29, 13), {} },
        { utc(2026, 11, 5, 13), {} }, // after the change to winter time, still 14:00 in Berlin
        { utc(2026, 12, 1, 8), {} },
        { utc(2026, 12, 10, 15), 90 * 60 * 1000 },
        { utc(2026, 12, 11, 14), 2 * 3600 * 1000 },
    };
    QCOMPARE(timed.recurrenceDates, expected);
    // Dates alone, without a rule, make a series too.
    const Appointment& allDay = appointments.at(1);
    QVERIFY(allDay.isRecurring());
    QVERIFY(allDay.rrule.isEmpty());
    QCOMPARE(allDay.recurrenceDates,
             QList<RecurrenceDate>({ { QDateTime(QDate(2026, 12, 24), QTime(0, 0), Qt::UTC), {} },
                                     { QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC), {} } }));
}

void TestIcsCodec::linkNamesOfZonesAreKnownZones()
{
    // Qt maps "India Standard Time" to Asia/Calcutta, a link in tzdata that Qt does not list as
    // available; our own export writes that name. Such series repeat in that zone, not locally.
    for (const QByteArray& tzid :
         { QByteArray("Asia/Calcutta"), QByteArray("US/Eastern"), QByteArray("India Standard Time") }) {
        IcsImportReport report;
        const QList<Appointment> appointments = IcsCodec::read(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:l\r\nSUMMARY:x\r\n"
            "DTSTART;TZID="
                + tzid + ":20260105T090000\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            QTimeZone("Europe/Berlin"), &report);
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.findingsText()));
        QCOMPARE(appointments.size(), 1);
        const QTimeZone zone(appointments.first().timeZone.toUtf8());
        QVERIFY2(zone.isValid() && appointments.first().timeZone != QLatin1String("Europe/Berlin"),
                 qPrintable(appointments.first().timeZone));
        QCOMPARE(appointments.first().start.toTimeZone(zone).time(), QTime(9, 0));
    }
}

void TestIcsCodec::extraDatesSurviveARoundTrip()
{
    Appointment series = sample();
    series.recurrenceDates = { { utc(2026, 4, 20, 12), {} }, { utc(2026, 5, 1, 7), 45 * 60 * 1000 } };
    Appointment dates;
    dates.uid = QStringLiteral("dates-only");
    dates.title = QStringLiteral("Tage");
    dates.kind = SessionKind::InPerson;
    dates.setAllDayDates(QDate(2026, 5, 4), QDate(2026, 5, 5), QStringLiteral("Europe/Berlin"));
    dates.recurrenceDates = { { QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC), {} } };
    Appointment utcSeries = sample();
    utcSeries.uid = QStringLiteral("utc");
    utcSeries.timeZone = QStringLiteral("UTC");
    utcSeries.recurrenceDates = { { utc(2026, 7, 1, 6), 20 * 60 * 1000 } };
    const QList<Appointment> back = read(IcsCodec::write({ series, dates, utcSeries }), "Asia/Tokyo");
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.at(0).recurrenceDates, series.recurrenceDates);
    QCOMPARE(back.at(0).rrule, series.rrule);
    QCOMPARE(back.at(1).recurrenceDates, dates.recurrenceDates);
    QVERIFY(back.at(1).rrule.isEmpty());
    QCOMPARE(back.at(2).recurrenceDates, utcSeries.recurrenceDates);
}

// A zone a file defines with one constant offset and no IANA twin becomes Qt's "UTC+02:00"; its
// name holds a colon, which a TZID parameter must quote (found by the round-trip fuzz target: the
// exported file could not be read again).
void TestIcsCodec::fixedOffsetZonesSurviveARoundTrip()
{
    Appointment appointment = sample();
    QString error;
    QVERIFY2(appointment.setLocalTimes(QDate(2026, 10, 26), QTime(14, 0), QTime(14, 50),
                                       QStringLiteral("UTC+02:00"), &error),
             qPrintable(error));
    appointment.exceptionDates = { utc(2026, 11, 2, 12) };
    appointment.recurrenceDates = { { utc(2026, 6, 5, 8), 2 * 3600 * 1000 }, { utc(2026, 6, 12, 8), {} } };
    const QByteArray written = IcsCodec::write({ appointment });
    const QList<Appointment> back = read(written, "Asia/Tokyo");
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).timeZone, QStringLiteral("UTC+02:00"));
    QCOMPARE(back.at(0).start, appointment.start);
    QCOMPARE(back.at(0).end, appointment.end);
    QCOMPARE(back.at(0).exceptionDates, appointment.exceptionDates);
    QCOMPARE(back.at(0).recurrenceDates, appointment.recurrenceDates);
    // Another reader sees the same time: 14:00 at +02:00 is 12:00 UTC.
    QVERIFY2(written.contains("TZOFFSETTO:+0200"), written.constData());
}

Appointment TestIcsCodec::sample()
{
    Appointment appointment;
    appointment.uid = QStringLiteral("round-trip-1");
    appointment.title = QStringLiteral("Beratung; mit Komma, und \"Zitat\"");
    QString error;
    appointment.setLocalTimes(QDate(2026, 3, 26), QTime(9, 0), QTime(9, 50), QStringLiteral("Europe/Berlin"),
                              &error);
    appointment.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=6");
    appointment.exceptionDates = { utc(2026, 4, 2, 7) };
    appointment.kind = SessionKind::Jitsi;
    appointment.serverProfileId = QStringLiteral("berlin");
    appointment.roomName = QStringLiteral("qv3k9x2m7p4t8w6z");
    appointment.notes = QStringLiteral("Zeile eins\nZeile zwei; mit Semikolon");
    appointment.reminderMinutes = { 10, 1440 };
    appointment.participants = { { QStringLiteral("Jana Müller"), QStringLiteral("jana@example.org"),
                                   QString(), QStringLiteral("en") } };
    appointment.created = utc(2026, 3, 1, 10);
    appointment.modified = utc(2026, 3, 2, 10);
    return appointment;
}

void TestIcsCodec::roundTripKeepsEverything()
{
    Appointment allDay;
    allDay.uid = QStringLiteral("all-day");
    allDay.title = QStringLiteral("Fortbildung");
    allDay.kind = SessionKind::InPerson;
    allDay.setAllDayDates(QDate(2026, 5, 4), QDate(2026, 5, 6), QStringLiteral("Europe/Berlin"));
    allDay.reminderMinutes.clear();
    const QByteArray ics = IcsCodec::write({ sample(), allDay });
    const QList<Appointment> back = read(ics, "America/New_York");
    QCOMPARE(back.size(), 2);
    const Appointment& first = back.at(0);
    const Appointment original = sample();
    QCOMPARE(first.uid, original.uid);
    QCOMPARE(first.title, original.title);
    QCOMPARE(first.start, original.start);
    QCOMPARE(first.end, original.end);
    QCOMPARE(first.timeZone, original.timeZone);
    QCOMPARE(first.rrule, original.rrule);
    QCOMPARE(first.exceptionDates, original.exceptionDates);
    QCOMPARE(first.kind, SessionKind::Jitsi);
    QCOMPARE(first.serverProfileId, original.serverProfileId);
    QCOMPARE(first.roomName, original.roomName);
    QCOMPARE(first.notes, original.notes);
    QCOMPARE(first.reminderMinutes, original.reminderMinutes);
    QCOMPARE(first.participants, original.participants);
    QCOMPARE(back.at(1).startDate, allDay.startDate);
    QCOMPARE(back.at(1).endDate, allDay.endDate);
}

void TestIcsCodec::statusesSurviveARoundTripAndCancelledStaysStandard()
{
    QList<Appointment> appointments;
    for (AppointmentStatus status :
         { AppointmentStatus::Planned, AppointmentStatus::Done, AppointmentStatus::NoShow,
           AppointmentStatus::CancelledByClient, AppointmentStatus::CancelledByUs }) {
        Appointment appointment = sample();
        appointment.uid = Appointment::statusName(status);
        appointment.rrule.clear();
        appointment.exceptionDates.clear();
        appointment.roomName = appointment.uid;
        appointment.status = status;
        appointments.append(appointment);
    }
    const QByteArray ics = IcsCodec::write(appointments);
    // Both cancellations are STATUS:CANCELLED for every other program; who cancelled is Vieraugen's.
    QCOMPARE(ics.count("STATUS:CANCELLED"), 2);
    QVERIFY(ics.contains("X-VIERAUGEN-STATUS:cancelled-by-client"));
    for (const Appointment& back : read(ics, "Europe/Berlin"))
        QCOMPARE(Appointment::statusName(back.status), back.uid);

    // Cancelled in another program: by the calendar's owner.
    QByteArray foreign = IcsCodec::write({ appointments.at(3) }, IcsCodec::Detail::Full);
    foreign.replace("X-VIERAUGEN-STATUS:cancelled-by-client\r\n", "");
    QVERIFY(!foreign.contains("X-VIERAUGEN-STATUS"));
    QCOMPARE(read(foreign, "Europe/Berlin").value(0).status, AppointmentStatus::CancelledByUs);
}

void TestIcsCodec::independentParserAgrees()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.ics"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    Appointment appointment = sample();
    appointment.participants.append({ QStringLiteral("Familie Roth"), {}, {}, QStringLiteral("de") });
    out.write(IcsCodec::write({ appointment }));
    out.close();
    // python3-icalendar reads the file on its own and reports instants in UTC.
    const QString script = QStringLiteral(
        "import icalendar, json, sys, datetime\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "tz = [c['TZID'] for c in cal.walk('VTIMEZONE')]\n"
        "out = []\n"
        "for e in cal.walk('VEVENT'):\n"
        "    u = lambda p: e.decoded(p).astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')\n"
        "    ex = e.get('EXDATE'); ex = ex if isinstance(ex, list) else [ex]\n"
        "    out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'start': u('DTSTART'), 'end': "
        "u('DTEND'),\n"
        "                'rrule': e['RRULE'].to_ical().decode(), 'description': str(e['DESCRIPTION']), "
        "'tzids': tz,\n"
        "                'exdates': [d.dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ') "
        "for x in ex for d in x.dts],\n"
        "                'alarms': len(e.walk('VALARM')),\n"
        "                'attendees': [[str(a), str(a.params.get('CN', ''))] for a in e.get('ATTENDEE', "
        "[])]})\n"
        "print(json.dumps(out))\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, file });
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray events = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(event[QStringLiteral("uid")].toString(), QStringLiteral("round-trip-1"));
    QCOMPARE(event[QStringLiteral("summary")].toString(), sample().title);
    QCOMPARE(event[QStringLiteral("start")].toString(), QStringLiteral("2026-03-26T08:00:00Z"));
    QCOMPARE(event[QStringLiteral("end")].toString(), QStringLiteral("2026-03-26T08:50:00Z"));
    QCOMPARE(event[QStringLiteral("rrule")].toString(), QStringLiteral("FREQ=WEEKLY;COUNT=6"));
    QCOMPARE(event[QStringLiteral("description")].toString(), sample().notes);
    QCOMPARE(event[QStringLiteral("tzids")].toArray(), QJsonArray({ QStringLiteral("Europe/Berlin") }));
    QCOMPARE(event[QStringLiteral("exdates")].toArray(),
             QJsonArray({ QStringLiteral("2026-04-02T07:00:00Z") }));
    QCOMPARE(event[QStringLiteral("alarms")].toInt(), 2);
    // Known by name alone: an address of her own, not an empty "mailto:" (J30).
    const QJsonArray attendees = event[QStringLiteral("attendees")].toArray();
    QCOMPARE(attendees.size(), 2);
    QCOMPARE(attendees.at(0).toArray(),
             QJsonArray({ QStringLiteral("mailto:jana@example.org"), QStringLiteral("Jana Müller") }));
    QVERIFY2(attendees.at(1).toArray().at(0).toString().startsWith(QLatin1String("urn:uuid:")),
             qPrintable(attendees.at(1).toArray().at(0).toString()));
    QCOMPARE(attendees.at(1).toArray().at(1).toString(), QStringLiteral("Familie Roth"));
}

void TestIcsCodec::seriesStartsOnItsRulesFirstDate()
{
    // Planned on a Monday, every other Tuesday and Thursday: RFC 5545 makes DTSTART a date of the
    // series, so a Monday start in the file was an extra date in every other calendar.
    Appointment series;
    series.uid = QStringLiteral("tue-thu@vieraugen");
    series.title = QStringLiteral("Jugendgruppe");
    QVERIFY(series.setLocalTimes(QDate(2026, 11, 30), QTime(19, 0), QTime(20, 30),
                                 QStringLiteral("Europe/Berlin"), nullptr));
    series.rrule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270331T215959Z;BYDAY=TU,TH");
    const QTimeZone zone("Europe/Berlin");
    series.exceptionDates = { QDateTime(QDate(2026, 12, 3), QTime(19, 0), zone).toUTC() };
    const QDateTime from(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2027, 5, 1), QTime(0, 0), Qt::UTC);
    QStringList ownDates;
    for (const QDateTime& start : Recurrence::starts(series.rrule, series.start, zone, from, to)) {
        if (!series.exceptionDates.contains(start))
            ownDates.append(start.toString(Qt::ISODate));
    }
    QCOMPARE(ownDates.size(), 17);
    QCOMPARE(ownDates.first(), QStringLiteral("2026-12-01T18:00:00Z"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("series.ics"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray ics = IcsCodec::write({ series });
    out.write(ics);
    out.close();
    QVERIFY2(ics.contains(
                 "DTSTART;TZID=Europe/Berlin:20261201T190000\r\nDTEND;TZID=Europe/Berlin:20261201T203000"),
             ics.constData());
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        { qEnvironmentVariable("VIERAUGEN_SOURCE_DIR") + QStringLiteral("/tests/support/ics_occurrences.py"),
          file, QStringLiteral("2026-11-01"), QStringLiteral("2027-05-01"),
          QStringLiteral("Europe/Berlin") });
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QStringList calendarDates;
    for (const QJsonValue& date : QJsonDocument::fromJson(python.readAllStandardOutput()).array())
        calendarDates.append(date[QStringLiteral("start")].toString());
    QCOMPARE(calendarDates, ownDates);

    // Saved so: the start is the rule's first date, at the same time and length; a series already on
    // a date of its rule stays as it is.
    series.startOnFirstRuleDate();
    QCOMPARE(series.start, QDateTime(QDate(2026, 12, 1), QTime(19, 0), zone).toUTC());
    QCOMPARE(series.end, QDateTime(QDate(2026, 12, 1), QTime(20, 30), zone).toUTC());
    const Appointment onItsDate = series;
    series.startOnFirstRuleDate();
    QCOMPARE(series, onItsDate);
}

void TestIcsCodec::invitationsLeaveOutPrivateDetails()
{
    const QByteArray ics
        = IcsCodec::write({ sample() }, IcsCodec::Detail::Invitation, QStringLiteral("REQUEST"));
    QVERIFY(ics.contains("METHOD:REQUEST"));
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260326T090000"));
    for (const char* secret : { "Zeile eins", "qv3k9x2m7p4t8w6z", "jana@example.org", "X-VIERAUGEN" })
        QVERIFY2(!ics.contains(secret), secret);
}

void TestIcsCodec::aTimesOnlyFileSaysWhenAndNothingElse()
{
    Appointment zoom = sample();
    zoom.uid = QStringLiteral("zoom-1");
    zoom.kind = SessionKind::ExternalLink;
    zoom.externalUrl = QUrl(QStringLiteral("https://zoom.example/j/8812345"));
    zoom.counselor = QStringLiteral("anna");
    const QByteArray ics = IcsCodec::write({ sample(), zoom }, IcsCodec::Detail::Times);
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260326T090000"));
    QVERIFY(ics.contains("RRULE:FREQ=WEEKLY;COUNT=6"));
    // The room is the client's link, the Zoom address the way into the session: whoever gets the
    // file could knock at every session.
    for (const char* leak : { "qv3k9x2m7p4t8w6z", "zoom.example", "berlin", "anna", "Beratung", "Zeile eins",
                              "jana@example.org", "Jana", "X-VIERAUGEN" })
        QVERIFY2(!ics.contains(leak), leak);
}

void TestIcsCodec::joinedCalendarsKeepTheirOwnZones()
{
    // cat berlin.ics newyork.ics: two Outlook exports that both call their zone "Customized Time
    // Zone", with different rules.
    const auto calendar
        = [](const QByteArray& standard, const QByteArray& summer, const QByteArray& uid) -> QByteArray {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n"
               "BEGIN:STANDARD\r\n"
            + standard + "END:STANDARD\r\nBEGIN:DAYLIGHT\r\n" + summer
            + "END:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:" + uid
            + "\r\nSUMMARY:Sitzung\r\nDTSTART;TZID=Customized Time Zone:20260610T090000\r\n"
              "DTEND;TZID=Customized Time Zone:20260610T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    };
    const QByteArray berlin = calendar("DTSTART:16011028T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                                       "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n",
                                       "DTSTART:16010325T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                                       "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n",
                                       "berlin");
    const QByteArray newYork
        = calendar("DTSTART:16011104T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
                   "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n",
                   "DTSTART:16010311T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
                   "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n",
                   "new-york");
    const QList<Appointment> appointments = read(berlin + newYork);
    QCOMPARE(appointments.size(), 2);
    QCOMPARE(appointments.at(0).start, utc(2026, 6, 10, 7));
    QCOMPARE(appointments.at(0).timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(appointments.at(1).start, utc(2026, 6, 10, 13));
    QCOMPARE(appointments.at(1).timeZone, QStringLiteral("America/New_York"));
}

void TestIcsCodec::remindersFarAwayAreNoReminders()
{
    // 2^31 seconds and 136 years (2^32 + 600 seconds) before the start: no reminder, not a
    // reminder 10 minutes before (what 32-bit arithmetic makes of the second).
    for (const QByteArray& trigger : { QByteArray("-PT2147483648S"), QByteArray("-P49710DT6H38M16S") }) {
        const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:r\nSUMMARY:Sitzung\n"
                               "DTSTART:20260610T090000Z\nDTEND:20260610T100000Z\nBEGIN:VALARM\n"
                               "ACTION:DISPLAY\nDESCRIPTION:Sitzung\nTRIGGER:"
            + trigger + "\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n";
        const QList<Appointment> appointments = read(ics);
        QCOMPARE(appointments.size(), 1);
        QVERIFY2(appointments.first().reminderMinutes.isEmpty(), trigger.constData());
    }
}

void TestIcsCodec::carriageReturnsInTextSurviveARoundTrip()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:cr\nSUMMARY:Sitzung\n"
          "DTSTART:20260610T090000Z\nDTEND:20260610T100000Z\n"
          "DESCRIPTION:erste Zeile\rzweite Zeile\r\\ndritte Zeile\nEND:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> first = read(ics);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().notes, QStringLiteral("erste Zeile\nzweite Zeile\ndritte Zeile"));
    const QList<Appointment> again = read(IcsCodec::write(first));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().notes, first.first().notes);

    // Other control characters are no text: left out when read, as export leaves them out.
    const QList<Appointment> controls = read("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:c\n"
                                             "SUMMARY:Ur\blaub\x01\tfrei\nDTSTART:20260610T090000Z\n"
                                             "DTEND:20260610T100000Z\nEND:VEVENT\nEND:VCALENDAR\n");
    QCOMPARE(controls.size(), 1);
    QCOMPARE(controls.first().title, QStringLiteral("Urlaub\tfrei"));
    QCOMPARE(read(IcsCodec::write(controls)).first().title, controls.first().title);
}

void TestIcsCodec::zoneChangesAreBounded_data()
{
    QTest::addColumn<QByteArray>("standardRule");
    QTest::addColumn<QString>("refusal");
    const QString tooOften = QStringLiteral("more than 12 times a year");
    // With the yearly change to summer time: 11 + 1 and 12 + 1 changes a year.
    QTest::newRow("at the limit") << QByteArray("FREQ=MONTHLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11;BYMONTHDAY=1")
                                  << QString();
    QTest::newRow("one more") << QByteArray("FREQ=MONTHLY;BYMONTHDAY=1") << tooOften;
    QTest::newRow("every second") << QByteArray("FREQ=SECONDLY") << tooOften;
    // libical never returned from looking for the first sixth Sunday of a month (fuzzing found it).
    QTest::newRow("a sixth Sunday of the month")
        << QByteArray("FREQ=MONTHLY;BYDAY=6SU") << QStringLiteral("in a week no month has");
    QTest::newRow("the last Sunday of October")
        << QByteArray("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU") << QString();
}

void TestIcsCodec::zoneChangesAreBounded()
{
    QFETCH(QByteArray, standardRule);
    QFETCH(QString, refusal);
    const bool readable = refusal.isEmpty();
    const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Restless\n"
                           "BEGIN:STANDARD\nDTSTART:20240101T000000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
                           "RRULE:"
        + standardRule
        + "\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:20240615T000000\nTZOFFSETFROM:+0100\n"
          "TZOFFSETTO:+0200\nRRULE:FREQ=YEARLY\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
          "BEGIN:VEVENT\nUID:z\nSUMMARY:Sitzung\nDTSTART;TZID=Restless:20260610T090000\n"
          "DTEND;TZID=Restless:20260610T100000\nEND:VEVENT\nEND:VCALENDAR\n";
    IcsImportReport report;
    const QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    QCOMPARE(appointments.size(), readable ? 1 : 0);
    if (readable)
        return;
    QCOMPARE(report.refused.size(), 1);
    QVERIFY2(report.refused.first().reason.contains(refusal), qPrintable(report.refused.first().reason));
    QVERIFY(report.refused.first().reason.contains(QStringLiteral("(line 4)")));
}

void TestIcsCodec::customZoneIsComparedOverBoundedYears()
{
    // A time in the year 9999 made the comparison of the file's zone with the known zones walk
    // 8,000 years day by day, long past this test's timeout (fuzzing found it with 4346).
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Custom Zone\n"
          "BEGIN:STANDARD\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
          "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
          "DTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nTZOFFSETFROM:+0100\n"
          "TZOFFSETTO:+0200\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
          "BEGIN:VEVENT\nUID:now\nSUMMARY:Sitzung\nDTSTART;TZID=Custom Zone:20261026T140000\n"
          "DURATION:PT50M\nEND:VEVENT\n"
          "BEGIN:VEVENT\nUID:far\nSUMMARY:Sitzung\nDTSTART;TZID=Custom Zone:99991026T140000\n"
          "DURATION:PT50M\nEND:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> appointments = read(ics);
    QCOMPARE(appointments.size(), 2);
    QCOMPARE(appointments.first().start, utc(2026, 10, 26, 13));
    QCOMPARE(appointments.first().timeZone, QStringLiteral("Europe/Berlin"));

    // A zone of its own, used only far ahead, was compared there, libical expanding it from 1970
    // anew for each year asked for: 107 s for this file (fuzzing found it).
    const QByteArray unknownZone
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Own Zone\n"
          "BEGIN:STANDARD\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
          "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
          "DTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=6;BYDAY=-1SU\nTZOFFSETFROM:+0100\n"
          "TZOFFSETTO:+0200\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
          "BEGIN:VEVENT\nUID:far\nSUMMARY:Sitzung\nDTSTART;TZID=Own Zone:30261026T140000\n"
          "DURATION:PT50M\nRRULE:FREQ=MONTHLY;COUNT=3\nEND:VEVENT\nEND:VCALENDAR\n";
    QCOMPARE(read(unknownZone).size(), 1);
}

void TestIcsCodec::participantKnownByNameAloneSurvivesExport()
{
    // An attendee whose address is no e-mail address is kept by name; the export left them out, so
    // read → write → read lost them (fuzzing found it).
    const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:p\nSUMMARY:Sitzung\n"
                           "DTSTART:20260610T090000Z\nDTEND:20260610T100000Z\n"
                           "ATTENDEE;CN=Klientin:mailto:keine-adresse\nATTENDEE;CN=Vater:tel:+4930123456\n"
                           "ATTENDEE;CN=Mutter:mailto:mutter@example.org\nEND:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> first = read(ics);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().participants.size(), 3);
    QCOMPARE(first.first().participants.at(0).displayName, QStringLiteral("Klientin"));
    QVERIFY(first.first().participants.at(0).email.isEmpty());
    const QList<Appointment> again = read(IcsCodec::write(first));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().participants, first.first().participants);
}

void TestIcsCodec::participantWithoutEmailGetsNoEmptyMailto()
{
    // "mailto:" without an address is no address (RFC 6068): other programs showed an empty attendee
    // or offered to mail no one (J30). Known by name alone, she is written with a urn:uuid, the same
    // each time, and read back by name, with no e-mail made up.
    Appointment appointment = sample();
    appointment.participants = { { QStringLiteral("Familie Roth"), {}, {}, QStringLiteral("de") } };
    for (const IcsCodec::Detail detail : { IcsCodec::Detail::Full, IcsCodec::Detail::Team }) {
        // A long line may be folded anywhere (RFC 5545 3.1).
        const QByteArray ics = IcsCodec::write({ appointment }, detail).replace("\r\n ", "");
        QVERIFY2(!QString::fromUtf8(ics).contains(QRegularExpression(QStringLiteral("mailto:(\\r|\\n|$)"))),
                 ics.constData());
        const qsizetype urn = ics.indexOf("ATTENDEE;CN=Familie Roth;LANGUAGE=de:urn:uuid:");
        QVERIFY2(urn >= 0, ics.constData());
        const QByteArray address = ics.mid(urn, ics.indexOf('\r', urn) - urn);
        QVERIFY(IcsCodec::write({ appointment }, detail).replace("\r\n ", "").contains(address));
        const QList<Appointment> again = read(ics);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().participants, appointment.participants);
    }
}

void TestIcsCodec::counselorInAnInvitationIsNotTheClient_data()
{
    QTest::addColumn<QByteArray>("people");
    QTest::addColumn<QStringList>("participants");
    const QByteArray counselor = "CN=Eva Berger:mailto:Eva.Berger@beratung-nord.example\n";
    const QByteArray client = "CN=Jana Müller:mailto:jana@example.org\n";
    const QByteArray colleague = "CN=Kollegin:mailto:kollegin@beratung-nord.example\n";
    const QStringList jana { QStringLiteral("Jana Müller") };
    // Outlook lists the organizer among the attendees too.
    QTest::newRow("she organized it") << QByteArray("ORGANIZER;" + counselor + "ATTENDEE;ROLE=CHAIR;"
                                                    + counselor + "ATTENDEE;ROLE=REQ-PARTICIPANT;" + client)
                                      << jana;
    QTest::newRow("the client invited her")
        << QByteArray("ORGANIZER;" + client + "ATTENDEE;" + counselor) << jana;
    QTest::newRow("known by her name alone")
        << QByteArray("ORGANIZER;" + client + "ATTENDEE;CN=eva berger:mailto:eva@privat.example\n") << jana;
    QTest::newRow("a colleague's appointment")
        << QByteArray("ORGANIZER;" + colleague + "ATTENDEE;" + client) << jana;
    QTest::newRow("a colleague's own") << QByteArray("ORGANIZER;" + colleague) << QStringList {};
    QTest::newRow("only she") << QByteArray("ORGANIZER;" + counselor + "ATTENDEE;" + counselor)
                              << QStringList {};
    // G20: her service's mailbox became the client of her own meeting, and a room a participant.
    QTest::newRow("her organisation and a room")
        << QByteArray("ORGANIZER;CN=\"Berger, Eva\":mailto:eva.berger@beratung-nord.example\n"
                      "ATTENDEE;CN=\"Beratung Nord\";RSVP=TRUE:mailto:info@beratung-nord.example\n"
                      "ATTENDEE;CN=Jana Müller;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                      "mailto:jana@example.org\n"
                      "ATTENDEE;CN=\"Raum 1\";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE:"
                      "mailto:raum1@jugendamt.example\n"
                      "ATTENDEE;CN=Herr Weber;ROLE=NON-PARTICIPANT:mailto:weber@jugendamt.example\n")
        << jana;
    QTest::newRow("a colleague invited her")
        << QByteArray("ORGANIZER;" + colleague + "ATTENDEE;" + counselor) << QStringList {};
    // Whom Vieraugen does not know as her: the organizer, listed among the attendees as well.
    QTest::newRow("Outlook, organizer among the attendees")
        << QByteArray("ORGANIZER;CN=Petra Krüger:mailto:p.krueger@eb-linden.example\n"
                      "ATTENDEE;CN=Petra Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:"
                      "mailto:p.krueger@eb-linden.example\nATTENDEE;"
                      + client)
        << jana;
    QTest::newRow("Google, the calendar's owner among the attendees")
        << QByteArray("ORGANIZER;CN=eva.privat@gmail.com:mailto:eva.privat@gmail.com\n"
                      "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
                      "CN=eva.privat@gmail.com;X-NUM-GUESTS=0:mailto:eva.privat@gmail.com\n")
        << QStringList {};
}

void TestIcsCodec::counselorInAnInvitationIsNotTheClient()
{
    QFETCH(QByteArray, people);
    QFETCH(QStringList, participants);
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n"
          "METHOD:REQUEST\nBEGIN:VEVENT\nUID:einladung\nSUMMARY:Beratung\n"
          "DTSTART:20260610T090000Z\nDTEND:20260610T100000Z\n"
        + people + "END:VEVENT\nEND:VCALENDAR\n";
    CounselorIdentity eva;
    eva.emailAddresses = { QStringLiteral("eva.berger@beratung-nord.example") };
    eva.name = QStringLiteral("Eva Berger");
    IcsImportReport report;
    const QList<Appointment> read = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report, eva);
    QCOMPARE(read.size(), 1);
    QStringList names;
    for (const Participant& participant : read.first().participants)
        names.append(participant.displayName);
    QCOMPARE(names, participants);
}

void TestIcsCodec::attendeesTakenAsColleaguesAreReported()
{
    // G20: an attendee at her service's domain was left out of the appointment without a word.
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n"
          "BEGIN:VEVENT\nUID:einladung\nSUMMARY:Beratung\nDTSTART:20260610T090000Z\nDTEND:20260610T100000Z\n"
          "ORGANIZER;CN=Eva Berger:mailto:eva.berger@beratung-nord.example\n"
          "ATTENDEE;CN=Beratung Nord:mailto:info@beratung-nord.example\n"
          "ATTENDEE;CN=Jana Müller:mailto:jana@example.org\n"
          "ATTENDEE;CN=Raum 1;CUTYPE=ROOM:mailto:raum1@beratung-nord.example\n"
          "END:VEVENT\nEND:VCALENDAR\n";
    CounselorIdentity eva;
    eva.emailAddresses = { QStringLiteral("eva.berger@beratung-nord.example") };
    eva.name = QStringLiteral("Eva Berger");
    IcsImportReport report;
    const QList<Appointment> read = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report, eva);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().participants.size(), 1);
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.first().summary, QStringLiteral("Beratung"));
    QVERIFY2(report.warnings.first().reason.startsWith(
                 QLatin1String("one attendee at your organisation's own domain")),
             qPrintable(report.warnings.first().reason));
    QVERIFY(!report.warnings.first().reason.contains(QLatin1String("info@")));
}

void TestIcsCodec::outlookNamesLastNameFirstAreTurned()
{
    // The test user's F17: Outlook's CN="Müller, Jana" became the client "Müller, Jana", and an
    // invitation would have greeted "Guten Tag Müller, Jana,". Only plain names are turned.
    CounselorIdentity eva;
    eva.emailAddresses = { QStringLiteral("eva.berger@beratung-nord.example") };
    eva.name = QStringLiteral("Eva Berger");
    IcsImportReport report;
    const QList<Appointment> read
        = IcsCodec::read(fixture(QStringLiteral("outlook-meeting-last-name-first.ics")),
                         QTimeZone("Europe/Berlin"), &report, eva);
    QCOMPARE(read.size(), 1);
    QStringList names;
    for (const Participant& participant : read.first().participants)
        names.append(participant.displayName);
    // Her supervision team (at her domain) and the room booked with it are no participants (G20).
    QCOMPARE(names, QStringList({ QStringLiteral("Jana Müller"), QStringLiteral("Jan van der Berg") }));
    // One line tells where each name ends.
    QCOMPARE(read.first().participantNames(), QStringLiteral("Jana Müller; Jan van der Berg"));
}

void TestIcsCodec::ownFileKeepsANameAsTyped()
{
    Appointment typed = sample();
    typed.participants
        = { Participant { QStringLiteral("Müller, Jana"), QStringLiteral("jana@example.org"), {} } };
    const QList<Appointment> again = read(IcsCodec::write({ typed }));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().participants.first().displayName, QStringLiteral("Müller, Jana"));
}

void TestIcsCodec::controlCharactersInANameSurviveARoundTrip()
{
    // A name with a control character (here U+0017) came back from the export with a blank in its
    // place, so read → write → read changed the participant (fuzzing found it).
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:c\nSUMMARY:Sitzung\n"
          "DTSTART:20260610T090000Z\nDTEND:20260610T100000Z\n"
          "ATTENDEE;CN=\x17Klient\x01in:mailto:klientin@example.org\nEND:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> first = read(ics);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().participants.size(), 1);
    QCOMPARE(first.first().participants.first().displayName, QStringLiteral("Klientin"));
    const QList<Appointment> again = read(IcsCodec::write(first));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().participants, first.first().participants);
}

void TestIcsCodec::escapedBlanksAtTheEndsSurviveARoundTrip()
{
    // libical drops blanks at either end of a value, but not escaped ones: "\t" (read as a tab)
    // before a title came back from the export without it (fuzzing found it).
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:b\nSUMMARY:\\tTelefon\\ \n"
          "DESCRIPTION:\\ Rückruf\\nbitte\\t\nDTSTART:20260610T090000Z\nDTEND:20260610T100000Z\n"
          "END:VEVENT\nEND:VCALENDAR\n";
    const QList<Appointment> first = read(ics);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().title, QStringLiteral("Telefon"));
    QCOMPARE(first.first().notes, QStringLiteral("Rückruf\nbitte"));
    const QList<Appointment> again = read(IcsCodec::write(first));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().title, first.first().title);
    QCOMPARE(again.first().notes, first.first().notes);
}

void TestIcsCodec::fileSizeIsBounded_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("at the limit") << IcsReader::maxFileBytes;
    QTest::newRow("one byte more") << IcsReader::maxFileBytes + 1;
}

void TestIcsCodec::fileSizeIsBounded()
{
    QFETCH(qint64, size);
    // Appointments with a page of notes each, the last one's notes filling up to the size.
    const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    const QByteArray tail = "END:VCALENDAR\r\n";
    const auto event = [](int number, qsizetype notes) -> QByteArray {
        return "BEGIN:VEVENT\r\nUID:e" + QByteArray::number(number)
            + "\r\nSUMMARY:Sitzung\r\nDTSTART:20260610T090000Z\r\nDTEND:20260610T100000Z\r\nDESCRIPTION:"
            + QByteArray(notes, 'x') + "\r\nEND:VEVENT\r\n";
    };
    QByteArray ics = head;
    int count = 0;
    while (ics.size() + 2 * event(0, 2000).size() + tail.size() <= size)
        ics += event(count++, 2000);
    ics += event(count, 0);
    ics.insert(ics.size() - QByteArray("\r\nEND:VEVENT\r\n").size(),
               QByteArray(size - ics.size() - tail.size(), 'x'));
    ics += tail;
    QCOMPARE(ics.size(), size);
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("big.ics")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(ics) == size);
    file.close();
    for (const bool fromFile : { true, false }) {
        IcsImportReport report;
        const QList<Appointment> appointments = fromFile
            ? IcsCodec::readFile(file.fileName(), QTimeZone("Europe/Berlin"), &report)
            : IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
        if (size <= IcsReader::maxFileBytes) {
            QCOMPARE(appointments.size(), count + 1);
            QVERIFY(report.fatal.isEmpty());
        } else {
            QVERIFY(appointments.isEmpty());
            QCOMPARE(report.fatal, IcsReader::fileTooLarge());
            QVERIFY(report.fatal.contains(QStringLiteral("larger than 20 MB")));
        }
    }
}

void TestIcsCodec::lineLengthIsBounded_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::newRow("at the limit") << IcsReader::maxLineChars;
    QTest::newRow("one more") << IcsReader::maxLineChars + 1;
}

void TestIcsCodec::lineLengthIsBounded()
{
    QFETCH(qsizetype, length);
    const QByteArray notes = "DESCRIPTION:" + QByteArray(length - 12, 'x');
    const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:l\nSUMMARY:Sitzung\n"
                           "DTSTART:20260610T090000Z\nDTEND:20260610T100000Z\n"
        + notes + "\nEND:VEVENT\nEND:VCALENDAR\n";
    IcsImportReport report;
    const QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    QCOMPARE(appointments.size(), 1);
    if (length <= IcsReader::maxLineChars) {
        QCOMPARE(appointments.first().notes.size(), length - 12);
        QVERIFY(report.warnings.isEmpty());
    } else {
        QVERIFY(appointments.first().notes.isEmpty());
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings.first().line, 8);
        QVERIFY(report.warnings.first().reason.contains(QStringLiteral("DESCRIPTION is longer than")));
    }
}

void TestIcsCodec::eventCountIsBounded_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("at the limit") << IcsReader::maxEvents;
    QTest::newRow("one more") << IcsReader::maxEvents + 1;
}

void TestIcsCodec::eventCountIsBounded()
{
    QFETCH(int, count);
    QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\n";
    for (int i = 0; i < count; ++i)
        ics += "BEGIN:VEVENT\nUID:e" + QByteArray::number(i)
            + "\nDTSTART:20260610T090000Z\nDTEND:20260610T100000Z\nEND:VEVENT\n";
    ics += "END:VCALENDAR\n";
    IcsImportReport report;
    const QList<Appointment> appointments = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    if (count <= IcsReader::maxEvents) {
        QCOMPARE(appointments.size(), count);
    } else {
        QVERIFY(appointments.isEmpty());
        QVERIFY2(report.fatal.contains(QStringLiteral("more than 20000 appointments")),
                 qPrintable(report.fatal));
    }
}

QTEST_GUILESS_MAIN(TestIcsCodec)
#include "tst_IcsCodec.moc"
