#include "core/calendar/AppointmentStore.h"
#include "core/cli/CalendarCommands.h"
#include "core/cli/CommandLineTool.h"
#include "core/instance/SingleInstance.h"
#include "core/meeting/RoomFactory.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

// vieraugen-cli's calendar commands, run in-process on a throwaway data folder.
class TestCalendarCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addThenListAsJson();
    void seriesListsEachOccurrence();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void videoAppointmentGetsItsOwnRoom();
    void participantsCanBeAdded();
    void importTakesTheReadableEventsAndUpdatesByUid();
    void importReportKeepsClientsOutOfTheLog();
    void importingAgainKeepsWhatWasAddedHere();
    void clientFilesAgreeWithAnIndependentExpansion_data();
    void clientFilesAgreeWithAnIndependentExpansion();
    void countedSeriesEndWhereTheReferenceEnds_data();
    void countedSeriesEndWhereTheReferenceEnds();
    void exportWritesWhatImportReads();
    void fullDiskOpensTheCalendarReadOnly();
    void backupAndRestore();
    void restoreIsRefusedWhileTheAppRuns();
    void purgeRemovesOldPersonalData();
    void parseInstantUnderstandsThreeForms();

private:
    int run(const QStringList& arguments);
    QJsonArray listJson(const QString& from, const QString& to);
    // Compares what vieraugen-cli lists from from to lastDay with python3-recurring-ical-events'
    // expansion of file.
    void compareWithReference(const QString& file, const QDate& from, const QDate& lastDay);
    QString writeFile(const QString& name, const QByteArray& content);

    std::unique_ptr<TestWorkspace> m_workspace;
    QString m_out;
    QString m_err;
};

void TestCalendarCommands::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    qputenv("VIERAUGEN_DATA_DIR", QFile::encodeName(m_workspace->filePath(QStringLiteral("data"))));
}

int TestCalendarCommands::run(const QStringList& arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandLineTool tool(out, err, &m_workspace->settings());
    const int code = tool.run(QStringList { QStringLiteral("vieraugen-cli") } + arguments);
    out.flush();
    err.flush();
    return code;
}

QJsonArray TestCalendarCommands::listJson(const QString& from, const QString& to)
{
    if (run({ QStringLiteral("list"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
              QStringLiteral("--json") })
        != 0)
        return {};
    return QJsonDocument::fromJson(m_out.toUtf8()).array();
}

QString TestCalendarCommands::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_workspace->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

void TestCalendarCommands::addThenListAsJson()
{
    QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Erstgespräch"),
                   QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"), QStringLiteral("--end"),
                   QStringLiteral("2026-12-01T09:50"), QStringLiteral("--zone"),
                   QStringLiteral("America/New_York"), QStringLiteral("--phone"),
                   QStringLiteral("--client-name"), QStringLiteral("Jana Müller"),
                   QStringLiteral("--client-phone"), QStringLiteral("0151 23456789") }),
             0);
    const QString uid = m_out.trimmed();
    QVERIFY(!QUuid::fromString(uid).isNull());
    const QJsonArray list = listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-02"));
    QCOMPARE(list.size(), 1);
    const QJsonObject item = list.first().toObject();
    QCOMPARE(item[QStringLiteral("uid")].toString(), uid);
    QCOMPARE(item[QStringLiteral("title")].toString(), QStringLiteral("Erstgespräch"));
    QCOMPARE(item[QStringLiteral("start")].toString(), QStringLiteral("2026-12-01T09:00:00-05:00"));
    QCOMPARE(item[QStringLiteral("end")].toString(), QStringLiteral("2026-12-01T09:50:00-05:00"));
    QCOMPARE(item[QStringLiteral("timeZone")].toString(), QStringLiteral("America/New_York"));
    QCOMPARE(item[QStringLiteral("kind")].toString(), QStringLiteral("phone"));
    QCOMPARE(item[QStringLiteral("status")].toString(), QStringLiteral("planned"));

    QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-12-03") }),
             0);
    QVERIFY2(m_out.contains(QStringLiteral("Erstgespräch")) && m_out.contains(uid), qPrintable(m_out));
}

void TestCalendarCommands::seriesListsEachOccurrence()
{
    QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Serie"),
                   QStringLiteral("--start"), QStringLiteral("2026-10-19T09:00"), QStringLiteral("--end"),
                   QStringLiteral("2026-10-19T09:50"), QStringLiteral("--zone"),
                   QStringLiteral("Europe/Berlin"), QStringLiteral("--in-person"), QStringLiteral("--rrule"),
                   QStringLiteral("FREQ=WEEKLY;COUNT=3") }),
             0);
    const QJsonArray list = listJson(QStringLiteral("2026-10-01"), QStringLiteral("2026-11-30"));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0)[QStringLiteral("start")].toString(), QStringLiteral("2026-10-19T09:00:00+02:00"));
    QCOMPARE(list.at(1)[QStringLiteral("start")].toString(), QStringLiteral("2026-10-26T09:00:00+01:00"));
    QVERIFY(list.at(1).toObject().contains(QStringLiteral("recurrenceId")));
}

void TestCalendarCommands::addRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList base { QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--zone"),
                             QStringLiteral("Europe/Berlin") };
    const auto times = [](const char* start, const char* end) {
        return QStringList { QStringLiteral("--start"), QLatin1String(start), QStringLiteral("--end"),
                             QLatin1String(end) };
    };
    QTest::newRow("no title") << times("2026-12-01T09:00", "2026-12-01T10:00") << 1
                              << QStringLiteral("--title");
    QTest::newRow("not a time") << base + times("tomorrow", "2026-12-01T10:00")
            + QStringList { QStringLiteral("--phone") }
                                << 1 << QStringLiteral("2026-12-01T09:00");
    QTest::newRow("spring gap") << base + times("2026-03-29T02:30", "2026-03-29T03:30")
            + QStringList { QStringLiteral("--phone") }
                                << 2 << QStringLiteral("clocks are put forward");
    QTest::newRow("end before start")
        << base + times("2026-12-01T10:00", "2026-12-01T09:00") + QStringList { QStringLiteral("--phone") }
        << 2 << QStringLiteral("end after it starts");
    QTest::newRow("two kinds") << base + times("2026-12-01T09:00", "2026-12-01T10:00")
            + QStringList { QStringLiteral("--phone"), QStringLiteral("--in-person") }
                               << 1 << QStringLiteral("one of");
    QTest::newRow("bad phone") << base + times("2026-12-01T09:00", "2026-12-01T10:00")
            + QStringList { QStringLiteral("--phone"), QStringLiteral("--client-phone"),
                            QStringLiteral("12") }
                               << 2 << QStringLiteral("phone number");
    QTest::newRow("bad e-mail") << base + times("2026-12-01T09:00", "2026-12-01T10:00")
            + QStringList { QStringLiteral("--phone"), QStringLiteral("--client-email"),
                            QStringLiteral("jana(at)example") }
                                << 2 << QStringLiteral("not an e-mail address");
    QTest::newRow("unknown zone") << QStringList { QStringLiteral("--title"), QStringLiteral("T"),
                                                   QStringLiteral("--zone"), QStringLiteral("Mars/Olympus") }
            + times("2026-12-01T09:00", "2026-12-01T10:00")
                                  << 1 << QStringLiteral("time zone");
    QTest::newRow("video without server")
        << base + times("2026-12-01T09:00", "2026-12-01T10:00") << 2 << QStringLiteral("No Jitsi server");
    QTest::newRow("bad rule") << base + times("2026-12-01T09:00", "2026-12-01T10:00")
            + QStringList { QStringLiteral("--phone"), QStringLiteral("--rrule"), QStringLiteral("often") }
                              << 2 << QStringLiteral("repetition rule");
}

void TestCalendarCommands::addRefusesBadInput()
{
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, message);
    QCOMPARE(run(QStringList { QStringLiteral("add") } + extra), code);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
    QCOMPARE(listJson(QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31")).size(), 0);
}

void TestCalendarCommands::videoAppointmentGetsItsOwnRoom()
{
    ServerProfile profile;
    profile.id = QStringLiteral("berlin");
    profile.name = QStringLiteral("Berlin");
    profile.baseUrl = QUrl(QStringLiteral("https://meet.example.org"));
    profile.auth = ServerProfile::AuthMode::None;
    m_workspace->settings().saveServerProfile(profile);
    QStringList rooms;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Video"),
                       QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"), QStringLiteral("--end"),
                       QStringLiteral("2026-12-01T09:50") }),
                 0);
        QCOMPARE(run({ QStringLiteral("export"), m_workspace->filePath(QStringLiteral("e.ics")) }), 0);
    }
    QFile file(m_workspace->filePath(QStringLiteral("e.ics")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("X-VIERAUGEN-ROOM:"))
            rooms.append(QString::fromLatin1(line.mid(17).trimmed()));
    }
    QCOMPARE(rooms.size(), 2);
    QVERIFY(rooms.at(0) != rooms.at(1));
    QVERIFY(RoomFactory::isWellFormed(rooms.at(0)));
}

void TestCalendarCommands::participantsCanBeAdded()
{
    QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Familie"),
                   QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"), QStringLiteral("--end"),
                   QStringLiteral("2026-12-01T10:00"), QStringLiteral("--in-person"),
                   QStringLiteral("--client-name"), QStringLiteral("Mutter") }),
             0);
    const QString uid = m_out.trimmed();
    QCOMPARE(run({ QStringLiteral("participant-add"), uid, QStringLiteral("--name"), QStringLiteral("Sohn"),
                   QStringLiteral("--email"), QStringLiteral("sohn@example.org"),
                   QStringLiteral("--language"), QStringLiteral("en") }),
             0);
    QVERIFY2(m_out.contains(QStringLiteral("participants now: 2")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("participant-add"), QStringLiteral("no-such-uid"), QStringLiteral("--name"),
                   QStringLiteral("X") }),
             2);
    QCOMPARE(run({ QStringLiteral("participant-add"), uid }), 1);
}

void TestCalendarCommands::importTakesTheReadableEventsAndUpdatesByUid()
{
    const QByteArray good
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:u1\nSUMMARY:Eins\nDTSTART:20261201T090000Z\n"
          "DTEND:20261201T100000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:u2\nSUMMARY:Zwei\nDTSTART:20261202T090000Z\n"
          "DTEND:20261202T100000Z\nEND:VEVENT\nEND:VCALENDAR\n";
    QByteArray bad = good;
    bad.replace("DTSTART:20261201T090000Z", "DTSTART:2026-12-01");
    bad.replace("DTSTART:20261202T090000Z", "DTSTART:2026-12-02");
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("bad.ics"), bad) }), 2);
    QVERIFY2(m_err.contains(QStringLiteral("Line 6 (\"Eins\"): DTSTART must be a date"))
                 && m_err.contains(QStringLiteral("Line 12 (\"Zwei\"): DTSTART must be a date"))
                 && m_err.contains(QStringLiteral("Nothing was imported")),
             qPrintable(m_err));
    QCOMPARE(listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31")).size(), 0);

    // One meaningless event does not keep the other out; the report names it.
    QByteArray half = good;
    half.replace("DTSTART:20261202T090000Z", "DTSTART:2026-12-02");
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("half.ics"), half) }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("1 new, 0 updated"))
                 && m_out.contains(QStringLiteral("Line 12 (\"Zwei\"): DTSTART must be a date")),
             qPrintable(m_out));
    QCOMPARE(listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31")).size(), 1);

    // What is in the calendar as the file has it counts as unchanged, not as updated.
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("good.ics"), good) }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("1 new, 0 updated, 1 unchanged")), qPrintable(m_out));
    QByteArray changed = good;
    changed.replace("SUMMARY:Eins", "SUMMARY:Eins (geändert)");
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("changed.ics"), changed) }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("0 new, 1 updated, 1 unchanged")), qPrintable(m_out));
    const QJsonArray list = listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31"));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first()[QStringLiteral("title")].toString(), QStringLiteral("Eins (geändert)"));
    // The same file again: nothing new, and nothing is written.
    const QDateTime modified = m_workspace->appointments().find(QStringLiteral("u1"))->modified;
    m_workspace->clock().advance(60000);
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("changed.ics"), changed) }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("Nothing new in"))
                 && m_out.contains(QStringLiteral("its 2 appointment")),
             qPrintable(m_out));
    QCOMPARE(m_workspace->appointments().find(QStringLiteral("u1"))->modified, modified);

    // A series with a moved date is one appointment.
    const QByteArray series
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:s1\nSUMMARY:Gruppe\nDTSTART:20261207T090000Z\n"
          "DTEND:20261207T100000Z\nRRULE:FREQ=WEEKLY;COUNT=4\nEND:VEVENT\nBEGIN:VEVENT\nUID:s1\n"
          "RECURRENCE-ID:20261214T090000Z\nSUMMARY:Gruppe (verschoben)\nDTSTART:20261215T090000Z\n"
          "DTEND:20261215T100000Z\nEND:VEVENT\nEND:VCALENDAR\n";
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("series.ics"), series) }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("Imported 1 appointment"))
                 && m_out.contains(QStringLiteral("1 new, 0 updated")),
             qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("import"), m_workspace->filePath(QStringLiteral("missing.ics")) }), 2);
}

void TestCalendarCommands::importReportKeepsClientsOutOfTheLog()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:l1\nSUMMARY:Jana Müller\nGEO:Beratungsstelle\n"
          "DTSTART:20261201T090000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:l2\nSUMMARY:Jonas Weber\nEND:VEVENT\n"
          "END:VCALENDAR\n";
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("clients.ics"), ics) }), 0);
    // The user sees which events the report is about ...
    QVERIFY2(m_out.contains(QStringLiteral("Line 6 (\"Jana Müller\"): GEO"))
                 && m_out.contains(QStringLiteral("Line 9 (\"Jonas Weber\"): it has no start")),
             qPrintable(m_out));
    // ... the log only lines and counts.
    QFile logFile(m_workspace->filePath(QStringLiteral("data/logs/vieraugen.log")));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(logFile.readAll());
    QVERIFY2(log.contains(QStringLiteral("refused at lines [9]")), qPrintable(log));
    for (const char* personal : { "Jana", "Jonas", "Beratungsstelle" })
        QVERIFY2(!log.contains(QLatin1String(personal)), qPrintable(log));
}

void TestCalendarCommands::importingAgainKeepsWhatWasAddedHere()
{
    // A colleague's file imported, the client and a note added here, the file imported again: the
    // client and the note were gone, with no word of it.
    const QByteArray file
        = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//macOS 14.0//EN\nBEGIN:VEVENT\n"
          "UID:apple-1\nSUMMARY:Erstgespräch\nDTSTART:20261201T090000Z\nDTEND:20261201T100000Z\n"
          "END:VEVENT\nEND:VCALENDAR\n";
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("apple.ics"), file) }), 0);
    std::optional<Appointment> stored = m_workspace->appointments().find(QStringLiteral("apple-1"));
    QVERIFY(stored);
    stored->participants = { Participant { QStringLiteral("Mia Roth"), QStringLiteral("mia@example.org"),
                                           QStringLiteral("+4915112345678"), QStringLiteral("de") } };
    stored->notes = QStringLiteral("Kommt mit der Schwester");
    stored->kind = SessionKind::Jitsi;
    stored->serverProfileId = QStringLiteral("berlin");
    stored->roomName = QStringLiteral("raum-1");
    QString error;
    QVERIFY2(m_workspace->appointments().save(*stored, &error), qPrintable(error));

    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("apple.ics"), file) }), 0);
    std::optional<Appointment> again = m_workspace->appointments().find(QStringLiteral("apple-1"));
    QVERIFY(again);
    QCOMPARE(again->participants, stored->participants);
    QCOMPARE(again->notes, stored->notes);
    QCOMPARE(again->kind, SessionKind::Jitsi);
    QCOMPARE(again->roomName, stored->roomName);

    // What the file does say, it still brings: a new time and title.
    QByteArray moved = file;
    moved.replace("SUMMARY:Erstgespräch", "SUMMARY:Erstgespräch (verschoben)");
    moved.replace("20261201T090000Z", "20261202T090000Z").replace("20261201T100000Z", "20261202T100000Z");
    QCOMPARE(run({ QStringLiteral("import"), writeFile(QStringLiteral("apple.ics"), moved) }), 0);
    again = m_workspace->appointments().find(QStringLiteral("apple-1"));
    QVERIFY(again);
    QCOMPARE(again->title, QStringLiteral("Erstgespräch (verschoben)"));
    QCOMPARE(again->start, QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(again->participants, stored->participants);
    QCOMPARE(again->notes, stored->notes);
}

void TestCalendarCommands::clientFilesAgreeWithAnIndependentExpansion_data()
{
    QTest::addColumn<QString>("file");
    const QDir fixtures(qEnvironmentVariable("VIERAUGEN_SOURCE_DIR") + QStringLiteral("/tests/data/ics"));
    const QStringList files = fixtures.entryList({ QStringLiteral("*.ics") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString& file : files) {
        // recurring-ical-events 2.0 does not apply RANGE=THISANDFUTURE (tst_IcsCodec checks it).
        if (file != QLatin1String("thisandfuture.ics"))
            QTest::newRow(qPrintable(file)) << fixtures.filePath(file);
    }
}

void TestCalendarCommands::clientFilesAgreeWithAnIndependentExpansion()
{
    // What vieraugen-cli lists after the import must be what python3-recurring-ical-events
    // expands from the same file: every start instant, every end, no date more or less.
    QFETCH(QString, file);
    QCOMPARE(run({ QStringLiteral("import"), file }), 0);
    // Ten years, as in tst_IcsDifferential: some fixtures' series start in 2030.
    compareWithReference(file, QDate(2024, 1, 1), QDate(2033, 12, 31));
}

void TestCalendarCommands::countedSeriesEndWhereTheReferenceEnds_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("lastDay");
    const auto timed = [](const char* start, const char* rule) -> QByteArray {
        return QByteArray("DTSTART;TZID=Europe/Berlin:") + start + "\r\nDURATION:PT30M\r\nRRULE:" + rule;
    };
    // The end of a counted series is arithmetic where each occurrence is the one before plus a step;
    // the stored end was the 500,000th occurrence of an hourly COUNT=1000000 series.
    QTest::newRow("hourly, a million")
        << timed("20260105T093000", "FREQ=HOURLY;COUNT=1000000") << QDate(2140, 1, 25) << QDate(2140, 2, 10);
    QTest::newRow("hourly, ends on the night clocks go forward")
        << timed("20260328T203000", "FREQ=HOURLY;COUNT=8") << QDate(2026, 3, 28) << QDate(2026, 3, 29);
    QTest::newRow("every 3 days, a thousand") << timed("20260105T093000", "FREQ=DAILY;INTERVAL=3;COUNT=1000")
                                              << QDate(2034, 3, 1) << QDate(2034, 4, 30);
    // Before 2038: the reference's zone rules end there.
    QTest::newRow("every other week") << timed("20261030T180000", "FREQ=WEEKLY;INTERVAL=2;COUNT=250")
                                      << QDate(2036, 5, 1) << QDate(2036, 8, 31);
    QTest::newRow("monthly from the 28th")
        << timed("20260128T093000", "FREQ=MONTHLY;COUNT=100") << QDate(2034, 3, 1) << QDate(2034, 6, 30);
    QTest::newRow("monthly from the 31st, walked")
        << timed("20260131T093000", "FREQ=MONTHLY;COUNT=30") << QDate(2030, 1, 1) << QDate(2031, 12, 31);
    QTest::newRow("yearly from 29 February, walked")
        << timed("20280229T093000", "FREQ=YEARLY;COUNT=3") << QDate(2035, 1, 1) << QDate(2045, 12, 31);
    QTest::newRow("yearly, once") << timed("20260315T093000", "FREQ=YEARLY;COUNT=1") << QDate(2026, 3, 1)
                                  << QDate(2027, 12, 31);
    QTest::newRow("with BYDAY, walked") << timed("20260105T093000", "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=300")
                                        << QDate(2028, 3, 1) << QDate(2028, 8, 31);
    QTest::newRow("all-day, every day") << QByteArray(
        "DTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260106\r\nRRULE:FREQ=DAILY;COUNT=5000")
                                        << QDate(2039, 9, 1) << QDate(2039, 9, 30);
}

void TestCalendarCommands::countedSeriesEndWhereTheReferenceEnds()
{
    QFETCH(QByteArray, event);
    QFETCH(QDate, from);
    QFETCH(QDate, lastDay);
    const QString file = writeFile(QStringLiteral("counted.ics"),
                                   "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
                                   "UID:counted\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Gruppe\r\n"
                                       + event + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QCOMPARE(run({ QStringLiteral("import"), file }), 0);
    compareWithReference(file, from, lastDay);
}

void TestCalendarCommands::compareWithReference(const QString& file, const QDate& from, const QDate& lastDay)
{
    QJsonArray ours;
    for (const QJsonValue& value : listJson(from.toString(Qt::ISODate), lastDay.toString(Qt::ISODate))) {
        const QJsonObject occurrence = value.toObject();
        const auto text = [&](const QString& key) {
            const QString iso = occurrence[key].toString();
            return occurrence[QStringLiteral("allDay")].toBool()
                ? iso.left(10)
                : QDateTime::fromString(iso, Qt::ISODate)
                      .toUTC()
                      .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
        };
        ours.append(QJsonObject { { QStringLiteral("uid"), occurrence[QStringLiteral("uid")] },
                                  { QStringLiteral("start"), text(QStringLiteral("start")) },
                                  { QStringLiteral("end"), text(QStringLiteral("end")) } });
    }
    QProcess python;
    python.start(
        qEnvironmentVariable("VIERAUGEN_PYTHON"),
        { qEnvironmentVariable("VIERAUGEN_SOURCE_DIR") + QStringLiteral("/tests/support/ics_occurrences.py"),
          file, from.toString(Qt::ISODate), lastDay.addDays(1).toString(Qt::ISODate),
          QStringLiteral("Europe/Berlin") });
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray reference = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QVERIFY(!reference.isEmpty());
    const auto sorted = [](const QJsonArray& array) {
        QStringList lines;
        for (const QJsonValue& value : array) {
            const QJsonObject object = value.toObject();
            lines << object[QStringLiteral("start")].toString() + QLatin1Char(' ')
                    + object[QStringLiteral("end")].toString() + QLatin1Char(' ')
                    + object[QStringLiteral("uid")].toString();
        }
        lines.sort();
        return lines;
    };
    QCOMPARE(sorted(ours), sorted(reference));
}

void TestCalendarCommands::exportWritesWhatImportReads()
{
    QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Dezember"),
                   QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"), QStringLiteral("--end"),
                   QStringLiteral("2026-12-01T10:00"), QStringLiteral("--in-person") }),
             0);
    QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Januar"),
                   QStringLiteral("--start"), QStringLiteral("2027-01-05T09:00"), QStringLiteral("--end"),
                   QStringLiteral("2027-01-05T10:00"), QStringLiteral("--in-person") }),
             0);
    const QString december = m_workspace->filePath(QStringLiteral("december.ics"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                   QStringLiteral("--to"), QStringLiteral("2026-12-31"), december }),
             0);
    QVERIFY2(m_out.contains(QStringLiteral("Exported 1 appointments")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("export"), m_workspace->filePath(QStringLiteral("all.ics")) }), 0);
    QVERIFY(m_out.contains(QStringLiteral("Exported 2 appointments")));
    // With clients' data, for its owner only, as the calendar is (it was readable by every account).
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(m_workspace->filePath(QStringLiteral("all.ics"))) & others,
             QFileDevice::Permissions());

    qputenv("VIERAUGEN_DATA_DIR", QFile::encodeName(m_workspace->filePath(QStringLiteral("other"))));
    QCOMPARE(run({ QStringLiteral("import"), december }), 0);
    QCOMPARE(listJson(QStringLiteral("2026-12-01"), QStringLiteral("2027-01-31")).size(), 1);
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("/nonexistent-dir/x.ics") }), 2);
}

void TestCalendarCommands::fullDiskOpensTheCalendarReadOnly()
{
#ifdef Q_OS_LINUX
    // A real full disk: a small tmpfs, filled to the last byte. Mounting needs root (CI containers);
    // elsewhere the test is skipped.
    const QString disk = m_workspace->filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(disk));
    if (QProcess::execute(QStringLiteral("mount"),
                          { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                            QStringLiteral("size=1m"), QStringLiteral("tmpfs"), disk })
        != 0)
        QSKIP("cannot mount a tmpfs here (needs root)");
    const auto unmount = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), disk });
    });
    qputenv("VIERAUGEN_DATA_DIR", QFile::encodeName(disk + QStringLiteral("/data")));
    const QStringList add = { QStringLiteral("add"),
                              QStringLiteral("--title"),
                              QStringLiteral("Termin"),
                              QStringLiteral("--start"),
                              QStringLiteral("2026-12-01T09:00"),
                              QStringLiteral("--end"),
                              QStringLiteral("2026-12-01T10:00"),
                              QStringLiteral("--in-person") };
    QCOMPARE(run(add), 0);
    QFile filler(disk + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();

    // Reading works, and says why nothing can be saved.
    const QJsonArray listed = listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-01"));
    QCOMPARE(listed.size(), 1);
    QVERIFY2(m_err.contains(QStringLiteral("Changes cannot be saved")), qPrintable(m_err));
    // A change is refused with that reason, and the calendar is as it was.
    QVERIFY(run(add) != 0);
    QVERIFY2(m_err.contains(QStringLiteral("Changes cannot be saved")), qPrintable(m_err));
    QCOMPARE(listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-01")).size(), 1);
#else
    QSKIP("mounts a tmpfs");
#endif
}

void TestCalendarCommands::backupAndRestore()
{
    QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Vorher"),
                   QStringLiteral("--start"), QStringLiteral("2026-12-01T09:00"), QStringLiteral("--end"),
                   QStringLiteral("2026-12-01T10:00"), QStringLiteral("--in-person") }),
             0);
    const QString backup = m_workspace->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(run({ QStringLiteral("backup"), backup }), 0);
    QCOMPARE(run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Nachher"),
                   QStringLiteral("--start"), QStringLiteral("2026-12-02T09:00"), QStringLiteral("--end"),
                   QStringLiteral("2026-12-02T10:00"), QStringLiteral("--in-person") }),
             0);
    QCOMPARE(listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31")).size(), 2);
    QCOMPARE(run({ QStringLiteral("restore"), backup }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("kept as")), qPrintable(m_out));
    const QJsonArray list = listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[QStringLiteral("title")].toString(), QStringLiteral("Vorher"));
    QCOMPARE(
        run({ QStringLiteral("restore"), writeFile(QStringLiteral("junk.sqlite"), QByteArray(3000, 'x')) }),
        2);
    QCOMPARE(listJson(QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31")).size(), 1);
}

void TestCalendarCommands::restoreIsRefusedWhileTheAppRuns()
{
    QCOMPARE(run({ QStringLiteral("backup"), m_workspace->filePath(QStringLiteral("b.sqlite")) }), 0);
    SingleInstance runningApp(m_workspace->filePath(QStringLiteral("data")));
    QVERIFY(runningApp.listen(nullptr));
    QCOMPARE(run({ QStringLiteral("restore"), m_workspace->filePath(QStringLiteral("b.sqlite")) }), 2);
    QVERIFY2(m_err.contains(QStringLiteral("Close it first")), qPrintable(m_err));
}

void TestCalendarCommands::purgeRemovesOldPersonalData()
{
    const QString past = QDateTime::currentDateTimeUtc().addDays(-120).toString(Qt::ISODate);
    const QString pastEnd = QDateTime::currentDateTimeUtc().addDays(-120).addSecs(3600).toString(Qt::ISODate);
    QCOMPARE(
        run({ QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Frau Alt"),
              QStringLiteral("--start"), past, QStringLiteral("--end"), pastEnd,
              QStringLiteral("--in-person"), QStringLiteral("--client-name"), QStringLiteral("Anna Alt") }),
        0);
    QCOMPARE(run({ QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("90") }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("personal data was removed: 1")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("purge") }), 1);
    QCOMPARE(run({ QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("-3") }), 1);
}

void TestCalendarCommands::parseInstantUnderstandsThreeForms()
{
    const QTimeZone berlin("Europe/Berlin");
    QCOMPARE(CalendarCommands::parseInstant(QStringLiteral("2026-12-01"), berlin),
             std::optional(QDateTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC)));
    QCOMPARE(CalendarCommands::parseInstant(QStringLiteral("2026-07-01T09:30"), berlin),
             std::optional(QDateTime(QDate(2026, 7, 1), QTime(7, 30), Qt::UTC)));
    QCOMPARE(CalendarCommands::parseInstant(QStringLiteral("2026-07-01T09:30-04:00"), berlin),
             std::optional(QDateTime(QDate(2026, 7, 1), QTime(13, 30), Qt::UTC)));
    QCOMPARE(CalendarCommands::parseInstant(QStringLiteral("2026-07-01T09:30Z"), berlin),
             std::optional(QDateTime(QDate(2026, 7, 1), QTime(9, 30), Qt::UTC)));
    QVERIFY(!CalendarCommands::parseInstant(QStringLiteral("next tuesday"), berlin));
}

QTEST_GUILESS_MAIN(TestCalendarCommands)
#include "tst_CalendarCommands.moc"
