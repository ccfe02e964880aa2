#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/calendar/Recurrence.h"
#include "core/storage/Database.h"
#include "tests/support/MockClock.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestAppointmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFieldSurvivesARoundTrip();
    void newAppointmentsGetUidAndTimes();
    void sameUidIsUpdatedNotDoubled();
    void invalidAppointmentIsRefusedAndNothingWritten();
    void anExceptionNeverOverwritesItsSeries();
    void windowIsHalfOpen();
    void longAppointmentFromBeforeTheWindowShows();
    void seriesExpandsInItsOwnZone();
    void exceptionsAndRemovedOccurrences();
    void extraDatesOfASeriesShow();
    void seriesOfExtraDatesAlone();
    void extraDatesOfAnAllDaySeries();
    void sessionOnOneDateOfASeriesChangesOnlyThatDate();
    void aSessionDoesNotBringBackADeletedDate();
    void removingASeriesRemovesItsExceptions();
    void windowsAgreeWithLibicalAcrossTheIndexHorizon();
    void hourlySeriesIsExpandedPerWindowNotStored();
    void undoingAnExceptionBringsItsDateBack();
    void seriesFromAnOlderSchemaAreIndexedAtOpen();
    void anOlderCancellationIsOurs();
    void changesByAnotherConnectionShow();
    void openingReadsLittleOfALargeCalendar();
    void allDayItemsKeepTheirDateInEveryZone_data();
    void allDayItemsKeepTheirDateInEveryZone();
    void searchFindsNamesNotesAndPrefixes_data();
    void searchFindsNamesNotesAndPrefixes();
    void searchWithThousandsOfMatchesTakesTheLatestBooked();
    void searchFindsNamesAcrossSpellings_data();
    void searchFindsNamesAcrossSpellings();
    void searchFindsPhoneNumbersAndEmailAddresses_data();
    void searchFindsPhoneNumbersAndEmailAddresses();
    void searchIndexFromAnOlderSchemaIsRebuilt();
    void retentionPurgesOnlyOldPersonalData();
    void fullDiskLosesNothing();
    void readOnlyDatabaseIsExplained();

    void concurrentWritersWaitInsteadOfFailing();

private:
    Appointment timed(const QString& title, const QDateTime& start, int minutes) const;
    // "Serie" weekly from 2026-12-01 09:00; its 12-08 moved to 12-09 as "verschoben". Returns the series.
    Appointment saveWeeklyWithMovedDate();
    QList<QString> titlesIn(const QDateTime& from, const QDateTime& to,
                            const QTimeZone& zone = QTimeZone("Europe/Berlin")) const;
    static QDateTime berlin(int y, int mo, int d, int h, int mi = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Berlin")).toUTC();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<AppointmentStore> m_store;
};

void TestAppointmentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(QStringLiteral("store"), CalendarSchema::migrations());
    QVERIFY(
        m_database->open(m_dir->filePath(QStringLiteral("c.sqlite")), m_dir->filePath(QStringLiteral("b"))));
    m_clock = std::make_unique<MockClock>(berlin(2026, 11, 27, 12));
    m_store = std::make_unique<AppointmentStore>(*m_database, *m_clock);
}

void TestAppointmentStore::cleanup()
{
    m_store.reset();
    m_database.reset();
}

Appointment TestAppointmentStore::timed(const QString& title, const QDateTime& start, int minutes) const
{
    Appointment appointment;
    appointment.title = title;
    appointment.start = start;
    appointment.end = start.addSecs(minutes * 60);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.kind = SessionKind::InPerson;
    return appointment;
}

Appointment TestAppointmentStore::saveWeeklyWithMovedDate()
{
    Appointment weekly = timed(QStringLiteral("Serie"), berlin(2026, 12, 1, 9), 50);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY");
    QString error;
    if (!m_store->save(weekly, &error))
        qFatal("series not saved: %s", qPrintable(error));
    Appointment moved = timed(QStringLiteral("verschoben"), berlin(2026, 12, 9, 9), 50);
    moved.uid = weekly.uid;
    moved.recurrenceId = berlin(2026, 12, 8, 9);
    if (!m_store->save(moved, &error))
        qFatal("exception not saved: %s", qPrintable(error));
    return weekly;
}

QList<QString> TestAppointmentStore::titlesIn(const QDateTime& from, const QDateTime& to,
                                              const QTimeZone& zone) const
{
    QList<QString> titles;
    for (const Occurrence& occurrence : m_store->occurrences(from, to, zone))
        titles.append(occurrence.appointment->title);
    return titles;
}

void TestAppointmentStore::everyFieldSurvivesARoundTrip()
{
    Appointment appointment = timed(QStringLiteral("Erstgespräch"), berlin(2026, 12, 1, 9), 50);
    appointment.kind = SessionKind::Jitsi;
    appointment.serverProfileId = QStringLiteral("berlin");
    appointment.roomName = QStringLiteral("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6");
    appointment.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=10");
    appointment.exceptionDates = { berlin(2026, 12, 8, 9) };
    appointment.recurrenceDates
        = { { berlin(2026, 12, 24, 11), {} }, { berlin(2027, 1, 2, 10), 90 * 60 * 1000 } };
    appointment.reminderMinutes = { 10, 60 };
    appointment.status = AppointmentStatus::Started;
    appointment.notes = QStringLiteral("Zweiter Termin nach Absprache.\nMehrzeilig.");
    appointment.participants = {
        { QStringLiteral("Jana Müller"), QStringLiteral("jana@example.org"), QStringLiteral("+4915112345678"),
          QStringLiteral("de") },
        { QStringLiteral("Sam Lee"), QString(), QString(), QStringLiteral("en") },
    };
    appointment.sessionStarted = berlin(2026, 12, 1, 9, 2);
    appointment.sessionFacts = { { berlin(2026, 12, 1, 9, 20), SessionFact::Kind::Recording },
                                 { berlin(2026, 12, 1, 9, 21), SessionFact::Kind::Transcription } };
    QString error;
    QVERIFY2(m_store->save(appointment, &error), qPrintable(error));
    const std::optional<Appointment> loaded = m_store->find(appointment.uid);
    QVERIFY(loaded);
    QCOMPARE(*loaded, appointment);

    Appointment link = timed(QStringLiteral("Zoom"), berlin(2026, 12, 2, 9), 30);
    link.kind = SessionKind::ExternalLink;
    link.externalUrl = QUrl(QStringLiteral("https://zoom.us/j/123456789"));
    QVERIFY(m_store->save(link, &error));
    QCOMPARE(m_store->find(link.uid)->externalUrl, link.externalUrl);
}

void TestAppointmentStore::newAppointmentsGetUidAndTimes()
{
    QSignalSpy changed(m_store.get(), &AppointmentStore::changed);
    Appointment appointment = timed(QStringLiteral("A"), berlin(2026, 12, 1, 9), 50);
    QString error;
    QVERIFY(m_store->save(appointment, &error));
    QVERIFY(!QUuid::fromString(appointment.uid).isNull());
    QVERIFY(appointment.id > 0);
    QCOMPARE(appointment.created, m_clock->nowUtc());
    QCOMPARE(changed.size(), 1);

    m_clock->advance(60000);
    appointment.title = QStringLiteral("B");
    QVERIFY(m_store->save(appointment, &error));
    QCOMPARE(m_store->find(appointment.uid)->created, berlin(2026, 11, 27, 12));
    QCOMPARE(m_store->find(appointment.uid)->modified, m_clock->nowUtc());
    QCOMPARE(m_store->count(), 1);
}

void TestAppointmentStore::sameUidIsUpdatedNotDoubled()
{
    Appointment first = timed(QStringLiteral("Import 1"), berlin(2026, 12, 1, 9), 50);
    first.uid = QStringLiteral("external-uid@example.org");
    Appointment again = first;
    again.title = QStringLiteral("Import 2");
    QList<Appointment> batch { first };
    int created = 0;
    int updated = 0;
    QString error;
    QVERIFY(m_store->saveAll(batch, &created, &updated, &error));
    QCOMPARE(created, 1);
    batch = { again };
    QVERIFY(m_store->saveAll(batch, &created, &updated, &error));
    QCOMPARE(created, 0);
    QCOMPARE(updated, 1);
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->find(first.uid)->title, QStringLiteral("Import 2"));
}

void TestAppointmentStore::invalidAppointmentIsRefusedAndNothingWritten()
{
    QList<Appointment> batch { timed(QStringLiteral("Fine"), berlin(2026, 12, 1, 9), 50),
                               timed(QStringLiteral("Ends before it starts"), berlin(2026, 12, 1, 9), -10) };
    int created = 0;
    int updated = 0;
    QString error;
    QVERIFY(!m_store->saveAll(batch, &created, &updated, &error));
    QVERIFY2(error.contains(QStringLiteral("end after it starts")), qPrintable(error));
    QCOMPARE(m_store->count(), 0);
}

void TestAppointmentStore::anExceptionNeverOverwritesItsSeries()
{
    Appointment series = timed(QStringLiteral("Serie"), berlin(2026, 12, 1, 9), 50);
    series.uid = QStringLiteral("series@example.org");
    series.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    Appointment exception = timed(QStringLiteral("verschoben"), berlin(2026, 12, 9, 10), 50);
    exception.uid = series.uid;
    // An exception whose RECURRENCE-ID went missing on the way has the key of its series.
    QList<Appointment> batch { series, exception };
    int created = 0;
    int updated = 0;
    QString error;
    QVERIFY(!m_store->saveAll(batch, &created, &updated, &error));
    QVERIFY2(error.contains(QStringLiteral("same UID")), qPrintable(error));
    QCOMPARE(m_store->count(), 0);
    exception.recurrenceId = berlin(2026, 12, 8, 9);
    batch = { series, exception };
    QVERIFY2(m_store->saveAll(batch, &created, &updated, &error), qPrintable(error));
    QCOMPARE(created, 2);
    QCOMPARE(m_store->find(series.uid)->rrule, series.rrule);
}

void TestAppointmentStore::windowIsHalfOpen()
{
    QString error;
    for (Appointment appointment :
         { timed(QStringLiteral("ends at window start"), berlin(2026, 12, 6, 23), 60),
           timed(QStringLiteral("first minute"), berlin(2026, 12, 7, 0), 30),
           timed(QStringLiteral("14:00 on the last day"), berlin(2026, 12, 13, 14), 50),
           timed(QStringLiteral("starts at window end"), berlin(2026, 12, 14, 0), 30) })
        QVERIFY(m_store->save(appointment, &error));
    QCOMPARE(titlesIn(berlin(2026, 12, 7, 0), berlin(2026, 12, 14, 0)),
             QList<QString>({ QStringLiteral("first minute"), QStringLiteral("14:00 on the last day") }));
}

void TestAppointmentStore::longAppointmentFromBeforeTheWindowShows()
{
    Appointment retreat = timed(QStringLiteral("Klausur"), berlin(2026, 11, 30, 9), 3 * 24 * 60);
    QString error;
    QVERIFY(m_store->save(retreat, &error));
    AppointmentStore reopened(*m_database, *m_clock); // learns the longest duration from the file
    QCOMPARE(reopened.occurrences(berlin(2026, 12, 2, 0), berlin(2026, 12, 3, 0)).size(), 1);
}

void TestAppointmentStore::seriesExpandsInItsOwnZone()
{
    Appointment weekly = timed(QStringLiteral("Wöchentlich"), berlin(2026, 10, 19, 9), 50);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY");
    QString error;
    QVERIFY(m_store->save(weekly, &error));
    const QList<Occurrence> occurrences
        = m_store->occurrences(berlin(2026, 10, 19, 0), berlin(2026, 11, 2, 0));
    QCOMPARE(occurrences.size(), 2);
    QCOMPARE(occurrences.at(1).start,
             berlin(2026, 10, 26, 9)); // after the change to winter time, still 09:00
    QCOMPARE(occurrences.at(1).recurrenceId, occurrences.at(1).start);
    QCOMPARE(occurrences.at(1).end, berlin(2026, 10, 26, 9, 50));
    // A series from years ago still expands in today's window.
    QCOMPARE(m_store->occurrences(berlin(2036, 10, 20, 0), berlin(2036, 10, 27, 0)).size(), 1);
}

void TestAppointmentStore::exceptionsAndRemovedOccurrences()
{
    Appointment weekly = timed(QStringLiteral("Serie"), berlin(2026, 12, 1, 9), 50);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    QString error;
    QVERIFY(m_store->save(weekly, &error));

    weekly.exceptionDates.append(berlin(2026, 12, 8, 9)); // that one is cancelled
    QVERIFY2(m_store->save(weekly, &error), qPrintable(error));
    Appointment moved = timed(QStringLiteral("Serie (verschoben)"), berlin(2026, 12, 16, 15), 50);
    moved.uid = weekly.uid;
    moved.recurrenceId = berlin(2026, 12, 15, 9);
    QVERIFY(m_store->save(moved, &error));

    QCOMPARE(titlesIn(berlin(2026, 12, 1, 0), berlin(2027, 1, 1, 0)),
             QList<QString>(
                 { QStringLiteral("Serie"), QStringLiteral("Serie (verschoben)"), QStringLiteral("Serie") }));
    QCOMPARE(m_store->exceptionsOf(weekly.uid).size(), 1);
    QVERIFY(m_store->findException(weekly.uid, berlin(2026, 12, 15, 9)));
}

void TestAppointmentStore::extraDatesOfASeriesShow()
{
    // Weekly on Mondays in October, plus RDATEs: one across the change to winter time, one PERIOD
    // of 90 minutes, one that falls on a date of the rule (shown once), one an EXDATE removes, and
    // one beyond the two years the index holds.
    Appointment weekly = timed(QStringLiteral("Serie"), berlin(2026, 10, 5, 9), 50);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    weekly.recurrenceDates = { { berlin(2026, 10, 29, 14), {} },
                               { berlin(2026, 11, 3, 16), 90 * 60 * 1000 },
                               { berlin(2026, 10, 12, 9), {} },
                               { berlin(2026, 11, 10, 9), {} },
                               { berlin(2029, 6, 1, 8), {} } };
    weekly.exceptionDates = { berlin(2026, 11, 10, 9) };
    QString error;
    QVERIFY2(m_store->save(weekly, &error), qPrintable(error));

    QList<std::pair<QDateTime, QDateTime>> shown;
    for (const Occurrence& occurrence :
         m_store->occurrences(berlin(2026, 10, 1, 0), berlin(2026, 12, 1, 0))) {
        shown.append({ occurrence.start, occurrence.end });
        QCOMPARE(occurrence.recurrenceId, occurrence.start);
    }
    const QList<std::pair<QDateTime, QDateTime>> expected = {
        { berlin(2026, 10, 5, 9), berlin(2026, 10, 5, 9, 50) },
        { berlin(2026, 10, 12, 9), berlin(2026, 10, 12, 9, 50) },
        { berlin(2026, 10, 19, 9), berlin(2026, 10, 19, 9, 50) },
        { berlin(2026, 10, 26, 9), berlin(2026, 10, 26, 9, 50) },
        { berlin(2026, 10, 29, 14), berlin(2026, 10, 29, 14, 50) },
        { berlin(2026, 11, 3, 16), berlin(2026, 11, 3, 17, 30) },
    };
    QCOMPARE(shown, expected);
    QCOMPARE(m_store->occurrences(berlin(2029, 5, 1, 0), berlin(2029, 7, 1, 0)).size(), 1);
    // The PERIOD keeps its own length when it is looked up alone.
    QCOMPARE(m_store->occurrenceOf(weekly.uid, berlin(2026, 11, 3, 16))->end, berlin(2026, 11, 3, 17, 30));
    // The series ends with its last date, the extra one in 2029: retention leaves it alone until then.
    m_clock->setTime(berlin(2028, 1, 1, 12));
    QCOMPARE(m_store->purgePersonalData(berlin(2027, 1, 1, 0), &error), 0);
}

void TestAppointmentStore::seriesOfExtraDatesAlone()
{
    // No RRULE: DTSTART and the RDATEs make the series; a date of it can be moved like any other.
    Appointment dates = timed(QStringLiteral("Termine"), berlin(2026, 12, 1, 9), 50);
    dates.recurrenceDates = { { berlin(2026, 12, 3, 15), {} }, { berlin(2026, 12, 10, 8), 30 * 60 * 1000 } };
    QString error;
    QVERIFY2(m_store->save(dates, &error), qPrintable(error));
    QVERIFY(m_store->find(dates.uid)->isRecurring());
    Appointment moved = timed(QStringLiteral("Termine (verschoben)"), berlin(2026, 12, 4, 15), 50);
    moved.uid = dates.uid;
    moved.recurrenceId = berlin(2026, 12, 3, 15);
    QVERIFY2(m_store->save(moved, &error), qPrintable(error));

    QList<QDateTime> starts;
    for (const Occurrence& occurrence : m_store->occurrences(berlin(2026, 11, 1, 0), berlin(2027, 1, 1, 0)))
        starts.append(occurrence.start);
    QCOMPARE(starts,
             QList<QDateTime>({ berlin(2026, 12, 1, 9), berlin(2026, 12, 4, 15), berlin(2026, 12, 10, 8) }));
    QCOMPARE(titlesIn(berlin(2026, 12, 10, 0), berlin(2026, 12, 11, 0)),
             QList<QString>({ QStringLiteral("Termine") }));
    // Such a series ends with its last date.
    QCOMPARE(m_store->purgePersonalData(berlin(2026, 12, 11, 0), &error), 2);
}

void TestAppointmentStore::extraDatesOfAnAllDaySeries()
{
    Appointment allDay;
    allDay.title = QStringLiteral("Klausur");
    allDay.kind = SessionKind::InPerson;
    allDay.setAllDayDates(QDate(2026, 12, 1), QDate(2026, 12, 3), QStringLiteral("Europe/Berlin"));
    allDay.rrule = QStringLiteral("FREQ=MONTHLY;COUNT=2");
    allDay.recurrenceDates = { { QDateTime(QDate(2026, 12, 15), QTime(0, 0), Qt::UTC), {} },
                               { QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC), {} } };
    allDay.exceptionDates = { QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC) };
    QString error;
    QVERIFY2(m_store->save(allDay, &error), qPrintable(error));
    for (const QByteArray& zone : { QByteArray("Europe/Berlin"), QByteArray("Pacific/Auckland") }) {
        QList<QDate> dates;
        for (const Occurrence& occurrence :
             m_store->occurrences(berlin(2026, 11, 1, 0), berlin(2027, 6, 1, 0), QTimeZone(zone))) {
            dates.append(occurrence.date);
            QCOMPARE(occurrence.date.daysTo(occurrence.endDate), 2);
        }
        QCOMPARE(dates, QList<QDate>({ QDate(2026, 12, 1), QDate(2026, 12, 15), QDate(2027, 1, 1) }));
    }
}

void TestAppointmentStore::sessionOnOneDateOfASeriesChangesOnlyThatDate()
{
    Appointment weekly = timed(QStringLiteral("Serie"), berlin(2026, 12, 1, 9), 50);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=3");
    weekly.roomName = QStringLiteral("abcdefghijklmnopqrstuvwxyz"); // the exception shares its series' room
    QString error;
    QVERIFY(m_store->save(weekly, &error));
    const QList<Occurrence> dates = m_store->occurrences(berlin(2026, 12, 1, 0), berlin(2026, 12, 31, 0));
    QCOMPARE(dates.size(), 3);
    const auto markDone = [](Appointment& stored) { stored.status = AppointmentStatus::Done; };
    QVERIFY2(m_store->updateOccurrence(dates.at(1), markDone, &error), qPrintable(error));
    // A second change to the same date (from the same, now outdated, occurrence) updates the exception.
    QVERIFY(m_store->updateOccurrence(
        dates.at(1), [](Appointment& stored) { stored.notes = QStringLiteral("kurz"); }, &error));

    QCOMPARE(m_store->exceptionsOf(weekly.uid).size(), 1);
    const Appointment exception = *m_store->findException(weekly.uid, berlin(2026, 12, 8, 9));
    QCOMPARE(exception.status, AppointmentStatus::Done);
    QCOMPARE(exception.notes, QStringLiteral("kurz"));
    QCOMPARE(exception.start, berlin(2026, 12, 8, 9));
    QCOMPARE(m_store->find(weekly.uid)->status, AppointmentStatus::Planned);
    const QList<Occurrence> after = m_store->occurrences(berlin(2026, 12, 1, 0), berlin(2026, 12, 31, 0));
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(1).appointment->status, AppointmentStatus::Done);
    QCOMPARE(after.at(2).appointment->status, AppointmentStatus::Planned);
}

void TestAppointmentStore::aSessionDoesNotBringBackADeletedDate()
{
    // A session window records its start and end on the date it was opened for. If that date was
    // deleted meanwhile (in the main window, or by a colleague through the team calendar), the
    // record brought the deleted appointment back.
    Appointment single = timed(QStringLiteral("Einzel"), berlin(2026, 12, 1, 9), 50);
    Appointment weekly = timed(QStringLiteral("Serie"), berlin(2026, 12, 2, 9), 50);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=3");
    QString error;
    QVERIFY(m_store->save(single, &error));
    QVERIFY(m_store->save(weekly, &error));
    const QList<Occurrence> dates = m_store->occurrences(berlin(2026, 12, 1, 0), berlin(2026, 12, 31, 0));
    QCOMPARE(dates.size(), 4);
    const auto markStarted = [](Appointment& stored) { stored.status = AppointmentStatus::Started; };

    QVERIFY(m_store->remove(single.uid, &error));
    QVERIFY(!m_store->updateOccurrence(dates.at(0), markStarted, &error));
    QCOMPARE(error, QStringLiteral("\"Einzel\" was deleted meanwhile, so nothing was saved for it."));
    QVERIFY(!m_store->find(single.uid));

    // Only the second date of the series deleted: it stays deleted, the others can still be marked.
    weekly.exceptionDates.append(dates.at(2).recurrenceId);
    QVERIFY(m_store->save(weekly, &error));
    QVERIFY(!m_store->updateOccurrence(dates.at(2), markStarted, &error));
    QVERIFY(m_store->exceptionsOf(weekly.uid).isEmpty());
    QVERIFY2(m_store->updateOccurrence(dates.at(3), markStarted, &error), qPrintable(error));
    QCOMPARE(m_store->occurrences(berlin(2026, 12, 1, 0), berlin(2026, 12, 31, 0)).size(), 2);

    // The whole series deleted: no date of it comes back either.
    QVERIFY(m_store->remove(weekly.uid, &error));
    QVERIFY(!m_store->updateOccurrence(dates.at(1), markStarted, &error));
    QVERIFY(m_store->occurrences(berlin(2026, 12, 1, 0), berlin(2026, 12, 31, 0)).isEmpty());
}

void TestAppointmentStore::removingASeriesRemovesItsExceptions()
{
    const Appointment weekly = saveWeeklyWithMovedDate();
    QString error;
    QCOMPARE(m_store->count(), 2);
    QVERIFY(m_store->remove(weekly.uid, &error));
    QCOMPARE(m_store->count(), 0);
    QVERIFY(m_store->search(QStringLiteral("verschoben")).isEmpty());
}

void TestAppointmentStore::windowsAgreeWithLibicalAcrossTheIndexHorizon()
{
    // The index holds two years from "now" (2026-11-27); later dates are expanded on demand.
    Appointment weekly = timed(QStringLiteral("weekly"), berlin(2026, 3, 2, 9), 50);
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH");
    weekly.exceptionDates = { berlin(2027, 1, 4, 9), berlin(2029, 3, 1, 9) };
    Appointment newYork
        = timed(QStringLiteral("new york"),
                QDateTime(QDate(2026, 12, 1), QTime(17, 0), QTimeZone("America/New_York")).toUTC(), 60);
    newYork.timeZone = QStringLiteral("America/New_York");
    newYork.rrule = QStringLiteral("FREQ=WEEKLY;INTERVAL=2;UNTIL=20300101T000000Z");
    Appointment monthlyAllDay;
    monthlyAllDay.title = QStringLiteral("all day");
    monthlyAllDay.kind = SessionKind::InPerson;
    monthlyAllDay.setAllDayDates(QDate(2026, 1, 15), QDate(2026, 1, 17), QStringLiteral("Europe/Berlin"));
    monthlyAllDay.rrule = QStringLiteral("FREQ=MONTHLY");
    QString error;
    for (Appointment* series : { &weekly, &newYork, &monthlyAllDay })
        QVERIFY2(m_store->save(*series, &error), qPrintable(error));
    Appointment moved = timed(QStringLiteral("weekly (moved)"), berlin(2028, 12, 6, 9), 50);
    moved.uid = weekly.uid;
    moved.recurrenceId = berlin(2028, 12, 4, 9); // just beyond the horizon
    QVERIFY(m_store->save(moved, &error));
    Appointment movedEarlier = timed(QStringLiteral("weekly (moved)"), berlin(2027, 6, 8, 9), 50);
    movedEarlier.uid = weekly.uid;
    movedEarlier.recurrenceId = berlin(2027, 6, 7, 9);
    QVERIFY(m_store->save(movedEarlier, &error));

    // What libical says, straight from the rules, minus EXDATEs and replaced dates.
    const QDateTime begin = berlin(2026, 10, 1, 0);
    const QDateTime end = berlin(2030, 2, 1, 0);
    QMultiMap<qint64, QString> expected;
    for (const Appointment& series : { weekly, newYork }) {
        for (const QDateTime& start : Recurrence::starts(series.rrule, series.start,
                                                         QTimeZone(series.timeZone.toUtf8()), begin, end)) {
            if (!series.exceptionDates.contains(start) && start != *moved.recurrenceId
                && start != *movedEarlier.recurrenceId)
                expected.insert(start.toMSecsSinceEpoch(), series.title);
        }
    }
    for (const Appointment& exception : { moved, movedEarlier })
        expected.insert(exception.start.toMSecsSinceEpoch(), exception.title);
    int allDayDates = 0;
    for (const QDate& date : Recurrence::dates(monthlyAllDay.rrule, monthlyAllDay.startDate,
                                               QDate(2026, 10, 1), QDate(2030, 2, 1))) {
        expected.insert(QDateTime(date, QTime(0, 0), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch(),
                        monthlyAllDay.title);
        ++allDayDates;
    }
    QCOMPARE(allDayDates, 40);

    // Month by month, the windows together show each date exactly once. An all-day item of
    // two days that spans a month boundary would show in both; this one never does.
    QMultiMap<qint64, QString> shown;
    for (QDateTime month = begin; month < end;
         month = month.toTimeZone(QTimeZone("Europe/Berlin")).addMonths(1)) {
        const QDateTime next = month.toTimeZone(QTimeZone("Europe/Berlin")).addMonths(1).toUTC();
        for (const Occurrence& occurrence : m_store->occurrences(month, next, QTimeZone("Europe/Berlin"))) {
            QVERIFY(occurrence.start >= month.addDays(-2) && occurrence.start < next);
            shown.insert(occurrence.start.toMSecsSinceEpoch(), occurrence.appointment->title);
        }
    }
    QCOMPARE(shown.size(), expected.size());
    QCOMPARE(shown, expected);
}

void TestAppointmentStore::hourlySeriesIsExpandedPerWindowNotStored()
{
    Appointment hourly = timed(QStringLiteral("stündlich"), berlin(2026, 12, 1, 8), 30);
    hourly.rrule = QStringLiteral("FREQ=HOURLY");
    QString error;
    QVERIFY2(m_store->save(hourly, &error), qPrintable(error));
    Appointment moved = timed(QStringLiteral("verschoben"), berlin(2026, 12, 2, 10, 15), 30);
    moved.uid = hourly.uid;
    moved.recurrenceId = berlin(2026, 12, 2, 10);
    QVERIFY2(m_store->save(moved, &error), qPrintable(error));

    // Two years of hours were 17,520 stored rows (5,000 with the expansion's bound), written on every
    // save of the series.
    QSqlQuery stored(m_database->connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT COUNT(*) FROM series_occurrences")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toInt(), 0);

    // Every window shows each hour once, the moved one moved, near and years ahead.
    const QStringList day = titlesIn(berlin(2026, 12, 2, 0), berlin(2026, 12, 3, 0));
    QCOMPARE(day.size(), 24);
    QCOMPARE(day.count(QStringLiteral("verschoben")), 1);
    QCOMPARE(titlesIn(berlin(2031, 4, 6, 0), berlin(2031, 4, 13, 0)).size(), 7 * 24);
}

void TestAppointmentStore::undoingAnExceptionBringsItsDateBack()
{
    const Appointment weekly = saveWeeklyWithMovedDate();
    QString error;
    const QDateTime from = berlin(2026, 12, 7, 0);
    const QDateTime to = berlin(2026, 12, 14, 0);
    QCOMPARE(titlesIn(from, to), QList<QString>({ QStringLiteral("verschoben") }));

    // Undo puts back what was there before: the series alone.
    QVERIFY(m_store->replaceAll({ weekly.uid }, { weekly }, &error));
    const QList<Occurrence> back = m_store->occurrences(from, to);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().appointment->title, QStringLiteral("Serie"));
    QCOMPARE(back.first().start, berlin(2026, 12, 8, 9));
}

void TestAppointmentStore::anOlderCancellationIsOurs()
{
    const QString file = m_dir->filePath(QStringLiteral("cancelled.sqlite"));
    {
        // Schema 6 knew one kind of cancellation.
        Database old(QStringLiteral("old"), CalendarSchema::migrations().mid(0, 6));
        QVERIFY(old.open(file, m_dir->filePath(QStringLiteral("old-backups"))));
        QSqlQuery insert(old.connection());
        QVERIFY(
            insert.exec(QStringLiteral("INSERT INTO appointments (uid, title, start_utc, end_utc, time_zone, "
                                       "kind, status, created_utc, modified_utc) VALUES ('u1', 'Abgesagt', "
                                       "%1, %2, 'Europe/Berlin', 'in-person', 'cancelled', 0, 0)")
                            .arg(berlin(2026, 1, 5, 9).toMSecsSinceEpoch())
                            .arg(berlin(2026, 1, 5, 10).toMSecsSinceEpoch())));
    }
    Database migrated(QStringLiteral("migrated"), CalendarSchema::migrations());
    QVERIFY2(migrated.open(file, m_dir->filePath(QStringLiteral("old-backups"))),
             qPrintable(migrated.errorString()));
    QSqlQuery stored(migrated.connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT status FROM appointments WHERE uid = 'u1'")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), QStringLiteral("cancelled-by-us"));
    QCOMPARE(AppointmentStore(migrated, *m_clock).find(QStringLiteral("u1"))->status,
             AppointmentStatus::CancelledByUs);
}

void TestAppointmentStore::seriesFromAnOlderSchemaAreIndexedAtOpen()
{
    const QString file = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        // A calendar as schema 2 left it: a weekly series, which had no index then.
        Database old(QStringLiteral("old"), CalendarSchema::migrations().mid(0, 2));
        QVERIFY(old.open(file, m_dir->filePath(QStringLiteral("old-backups"))));
        QSqlQuery insert(old.connection());
        QVERIFY(insert.exec(
            QStringLiteral(
                "INSERT INTO appointments (uid, title, start_utc, end_utc, time_zone, rrule, kind, "
                "created_utc, modified_utc) VALUES ('u1', 'Alt', %1, %2, 'Europe/Berlin', "
                "'FREQ=WEEKLY', 'in-person', 0, 0)")
                .arg(berlin(2026, 1, 5, 9).toMSecsSinceEpoch())
                .arg(berlin(2026, 1, 5, 10).toMSecsSinceEpoch())));
    }
    Database migrated(QStringLiteral("migrated"), CalendarSchema::migrations());
    QVERIFY2(migrated.open(file, m_dir->filePath(QStringLiteral("old-backups"))),
             qPrintable(migrated.errorString()));
    QCOMPARE(migrated.schemaVersion(), migrated.latestSchemaVersion());
    AppointmentStore store(migrated, *m_clock);
    QSqlQuery stored(migrated.connection());
    QVERIFY(stored.exec(QStringLiteral("SELECT COUNT(*), MAX(start_utc) FROM series_occurrences")));
    QVERIFY(stored.next());
    // Every Monday from 2026-01-05 up to the horizon two years from now.
    QCOMPARE(stored.value(0).toInt(), 151);
    QCOMPARE(stored.value(1).toLongLong(), berlin(2028, 11, 20, 9).toMSecsSinceEpoch());
    QCOMPARE(store.occurrences(berlin(2026, 11, 30, 0), berlin(2026, 12, 7, 0)).size(), 1);

    // A year and a half later the index reaches two years ahead again.
    m_clock->setTime(berlin(2028, 6, 1, 12));
    AppointmentStore later(migrated, *m_clock);
    QVERIFY(stored.exec(QStringLiteral("SELECT MAX(start_utc) FROM series_occurrences")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toLongLong(), berlin(2030, 5, 27, 9).toMSecsSinceEpoch());
}

void TestAppointmentStore::changesByAnotherConnectionShow()
{
    Appointment single = timed(QStringLiteral("vorher"), berlin(2026, 12, 1, 9), 50);
    QString error;
    QVERIFY(m_store->save(single, &error));
    const QDateTime from = berlin(2026, 12, 1, 0);
    const QDateTime to = berlin(2026, 12, 2, 0);
    QCOMPARE(titlesIn(from, to), QList<QString>({ QStringLiteral("vorher") }));

    // The command-line tool writes through a connection of its own.
    Database other(QStringLiteral("other"), CalendarSchema::migrations());
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("c.sqlite")), m_dir->filePath(QStringLiteral("b"))));
    AppointmentStore otherStore(other, *m_clock);
    single.title = QStringLiteral("nachher");
    QVERIFY(otherStore.save(single, &error));
    QCOMPARE(titlesIn(from, to), QList<QString>({ QStringLiteral("nachher") }));
}

void TestAppointmentStore::openingReadsLittleOfALargeCalendar()
{
    // Three years of appointments, and a retreat that lasts a week.
    QList<Appointment> appointments;
    for (int i = 0; i < 3000; ++i)
        appointments.append(timed(QStringLiteral("Beratung %1").arg(i),
                                  berlin(2025, 1, 1, 9).addSecs(qint64(i) * 8 * 3600), 50));
    appointments.append(timed(QStringLiteral("Klausur"), berlin(2026, 12, 7, 9), 7 * 24 * 60));
    int created = 0;
    int updated = 0;
    QString error;
    QVERIFY2(m_store->saveAll(appointments, &created, &updated, &error), qPrintable(error));
    m_store.reset();
    m_database.reset();

    // Opened as the program opens it, its integrity checked later on a connection of its own.
    Database reopened(QStringLiteral("reopened"), CalendarSchema::migrations());
    QVERIFY(reopened.open(m_dir->filePath(QStringLiteral("c.sqlite")), m_dir->filePath(QStringLiteral("b")),
                          Database::IntegrityCheck::Later));
    QSqlQuery query(reopened.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next());
    if (query.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        QSKIP("Qt's SQLite driver brings its own SQLite: its page counts are not ours to read");
    sqlite3* handle = *static_cast<sqlite3* const*>(reopened.connection().driver()->handle().constData());
    const auto pagesRead = [handle] {
        int current = 0;
        int highwater = 0;
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, 0);
        return current;
    };
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    const int before = pagesRead();
    AppointmentStore store(reopened, *m_clock);
    const int read = pagesRead() - before;
    QVERIFY2(read * 10 < pages, qPrintable(QStringLiteral("%1 of %2 pages read").arg(read).arg(pages)));

    // What it read is still enough to look back far enough: the retreat shows on its fourth day.
    const QList<Occurrence> thursday = store.occurrences(berlin(2026, 12, 10, 0), berlin(2026, 12, 11, 0));
    QVERIFY(std::any_of(thursday.cbegin(), thursday.cend(), [](const Occurrence& occurrence) {
        return occurrence.appointment->title == QLatin1String("Klausur");
    }));
}

void TestAppointmentStore::allDayItemsKeepTheirDateInEveryZone_data()
{
    QTest::addColumn<QByteArray>("viewer");
    QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
    QTest::newRow("Honolulu (UTC-10)") << QByteArray("Pacific/Honolulu");
    QTest::newRow("Kiritimati (UTC+14)") << QByteArray("Pacific/Kiritimati");
    QTest::newRow("New York") << QByteArray("America/New_York");
}

void TestAppointmentStore::allDayItemsKeepTheirDateInEveryZone()
{
    QFETCH(QByteArray, viewer);
    const QTimeZone zone(viewer);
    Appointment holiday;
    holiday.title = QStringLiteral("Heiligabend");
    holiday.kind = SessionKind::InPerson;
    holiday.setAllDayDates(QDate(2026, 12, 24), QDate(2026, 12, 25), QStringLiteral("Europe/Berlin"));
    QString error;
    QVERIFY2(m_store->save(holiday, &error), qPrintable(error));
    const auto day = [&zone](int d) { return QDateTime(QDate(2026, 12, d), QTime(0, 0), zone).toUTC(); };
    QCOMPARE(titlesIn(day(23), day(24), zone), QList<QString>());
    QCOMPARE(titlesIn(day(24), day(25), zone), QList<QString>({ QStringLiteral("Heiligabend") }));
    QCOMPARE(titlesIn(day(25), day(26), zone), QList<QString>());
    const QList<Occurrence> occurrences = m_store->occurrences(day(24), day(25), zone);
    QCOMPARE(occurrences.first().date, QDate(2026, 12, 24));
    QCOMPARE(occurrences.first().start, day(24));
}

void TestAppointmentStore::searchFindsNamesNotesAndPrefixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("client name") << QStringLiteral("Müller") << 1;
    QTest::newRow("without umlaut") << QStringLiteral("muller") << 1;
    QTest::newRow("prefix") << QStringLiteral("Mül") << 1;
    QTest::newRow("title word") << QStringLiteral("Erstgespräch") << 1;
    QTest::newRow("notes") << QStringLiteral("Wohnung") << 1;
    QTest::newRow("two words") << QStringLiteral("jana wohnung") << 1;
    QTest::newRow("both must match") << QStringLiteral("jana zoom") << 0;
    QTest::newRow("shared word") << QStringLiteral("beratung") << 2;
    QTest::newRow("fts syntax is text") << QStringLiteral("\"NEAR( OR * AND") << 0;
    QTest::newRow("empty") << QStringLiteral("  ") << 0;
}

void TestAppointmentStore::searchFindsNamesNotesAndPrefixes()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    Appointment first = timed(QStringLiteral("Erstgespräch Beratung"), berlin(2026, 12, 1, 9), 50);
    first.participants = { { QStringLiteral("Jana Müller"), {}, {}, QStringLiteral("de") } };
    first.notes = QStringLiteral("Sucht eine Wohnung.");
    Appointment second = timed(QStringLiteral("Beratung per Zoom"), berlin(2026, 12, 2, 9), 50);
    QString error;
    QVERIFY(m_store->save(first, &error));
    QVERIFY(m_store->save(second, &error));
    QCOMPARE(m_store->search(text).size(), hits);
}

void TestAppointmentStore::searchWithThousandsOfMatchesTakesTheLatestBooked()
{
    // Years of sessions with one client: more matches than are worth ranking.
    QList<Appointment> sessions;
    for (int i = 0; i <= AppointmentStore::maxRankedMatches; ++i) {
        Appointment session
            = timed(QStringLiteral("Sitzung %1").arg(i), berlin(2020, 1, 6, 9).addDays(i), 50);
        session.participants = { { QStringLiteral("Jana Müller"), {}, {}, QStringLiteral("de") } };
        sessions.append(session);
    }
    int created = 0;
    int updated = 0;
    QString error;
    QVERIFY2(m_store->saveAll(sessions, &created, &updated, &error), qPrintable(error));
    const QList<Appointment> found = m_store->search(QStringLiteral("mül"), 20);
    QCOMPARE(found.size(), 20);
    for (int i = 0; i < found.size(); ++i)
        QCOMPARE(found.at(i).title, QStringLiteral("Sitzung %1").arg(AppointmentStore::maxRankedMatches - i));
}

void TestAppointmentStore::searchFindsNamesAcrossSpellings_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("typed");
    QTest::newRow("dotless i typed without") << QStringLiteral("Ayşe Yılmaz") << QStringLiteral("yilmaz");
    QTest::newRow("dotless i typed as stored") << QStringLiteral("Ayşe Yilmaz") << QStringLiteral("Yılmaz");
    QTest::newRow("dotless i prefix") << QStringLiteral("Yılmaz") << QStringLiteral("yıl");
    QTest::newRow("capital dotted I") << QStringLiteral("İbrahim Öztürk") << QStringLiteral("ibrahim");
    QTest::newRow("capital dotted I typed") << QStringLiteral("Ibrahim Ozturk") << QStringLiteral("İbrahim");
    QTest::newRow("all capitals") << QStringLiteral("YILMAZ") << QStringLiteral("yılmaz");
    QTest::newRow("s cedilla") << QStringLiteral("Şahin") << QStringLiteral("sahin");
    QTest::newRow("g breve") << QStringLiteral("Doğan") << QStringLiteral("DOGAN");
    QTest::newRow("sharp s typed as ss") << QStringLiteral("Alte Straße 4") << QStringLiteral("strasse");
    QTest::newRow("ss typed as sharp s") << QStringLiteral("Alte Strasse 4") << QStringLiteral("Straße");
    QTest::newRow("sharp s prefix") << QStringLiteral("Weißmann") << QStringLiteral("weiss");
    QTest::newRow("capital sharp s") << QStringLiteral("GROẞMANN") << QStringLiteral("grossmann");
}

void TestAppointmentStore::searchFindsNamesAcrossSpellings()
{
    QFETCH(QString, stored);
    QFETCH(QString, typed);
    Appointment session = timed(QStringLiteral("Beratung"), berlin(2026, 12, 1, 9), 50);
    session.participants = { { stored, {}, {}, QStringLiteral("de") } };
    Appointment other = timed(QStringLiteral("Beratung"), berlin(2026, 12, 2, 9), 50);
    other.participants = { { QStringLiteral("Jana Müller"), {}, {}, QStringLiteral("de") } };
    QString error;
    QVERIFY(m_store->save(session, &error));
    QVERIFY(m_store->save(other, &error));
    const QList<Appointment> found = m_store->search(typed);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().uid, session.uid);
}

void TestAppointmentStore::searchFindsPhoneNumbersAndEmailAddresses_data()
{
    // The test user's finding: "0151" and "23456789" found nothing for Anna Schneider's
    // 0151 23456789, nor "jugendamt.example" her e-mail address.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("hits");
    QTest::newRow("area code") << QStringLiteral("0151") << 1;
    QTest::newRow("the number without area code") << QStringLiteral("23456789") << 1;
    QTest::newRow("its end") << QStringLiteral("6789") << 1;
    QTest::newRow("as written") << QStringLiteral("0151 23456789") << 1;
    QTest::newRow("dashes and spaces") << QStringLiteral("0151-234 567 89") << 1;
    QTest::newRow("slash") << QStringLiteral("0151/23456789") << 1;
    QTest::newRow("brackets") << QStringLiteral("(0151) 2345") << 1;
    QTest::newRow("international") << QStringLiteral("+49 151 2345") << 1;
    QTest::newRow("international with 00") << QStringLiteral("0049 15123") << 1;
    QTest::newRow("with a name") << QStringLiteral("anna 0151") << 1;
    QTest::newRow("another number") << QStringLiteral("0151 9999") << 0;
    QTest::newRow("the other client's number") << QStringLiteral("030 1234") << 1;
    QTest::newRow("domain") << QStringLiteral("jugendamt.example") << 1;
    QTest::newRow("address") << QStringLiteral("anna.schneider@jugendamt") << 1;
    QTest::newRow("part of the domain") << QStringLiteral("jugendamt") << 1;
    QTest::newRow("date in the notes") << QStringLiteral("12.12.2026") << 1;
}

void TestAppointmentStore::searchFindsPhoneNumbersAndEmailAddresses()
{
    QFETCH(QString, typed);
    QFETCH(int, hits);
    Appointment anna = timed(QStringLiteral("Rückruf"), berlin(2026, 12, 1, 9), 30);
    anna.participants
        = { { QStringLiteral("Anna Schneider"), QStringLiteral("anna.schneider@jugendamt.example"),
              QStringLiteral("+4915123456789"), QStringLiteral("de") } };
    Appointment other = timed(QStringLiteral("Beratung"), berlin(2026, 12, 2, 9), 50);
    other.participants = { { QStringLiteral("Jonas Weber"), QStringLiteral("jonas@example.org"),
                             QStringLiteral("+49301234567"), QStringLiteral("de") } };
    other.notes = QStringLiteral("Hilfeplangespräch am 12.12.2026");
    QString error;
    QVERIFY(m_store->save(anna, &error));
    QVERIFY(m_store->save(other, &error));
    QCOMPARE(m_store->search(typed).size(), hits);
}

void TestAppointmentStore::searchIndexFromAnOlderSchemaIsRebuilt()
{
    const QString file = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        // A calendar as schema 3 left it: the search entry holds the name as written.
        Database old(QStringLiteral("old"), CalendarSchema::migrations().mid(0, 3));
        QVERIFY(old.open(file, m_dir->filePath(QStringLiteral("old-backups"))));
        QSqlQuery insert(old.connection());
        for (const QString& statement :
             { QStringLiteral(
                   "INSERT INTO appointments (id, uid, title, start_utc, end_utc, time_zone, kind, "
                   "notes, created_utc, modified_utc) VALUES (7, 'u7', 'Erstgespräch', %1, %2, "
                   "'Europe/Berlin', 'in-person', 'Wohnt in der Lindenstraße', 0, 0)")
                   .arg(berlin(2026, 12, 1, 9).toMSecsSinceEpoch())
                   .arg(berlin(2026, 12, 1, 10).toMSecsSinceEpoch()),
               QStringLiteral("INSERT INTO participants (appointment_id, position, display_name, phone) "
                              "VALUES (7, 1, 'Yılmaz', ''), (7, 0, 'Ayşe', '+4915123456789')"),
               QStringLiteral("INSERT INTO appointment_search (rowid, title, participants, notes) "
                              "VALUES (7, 'Erstgespräch', 'Ayşe Yılmaz', 'Wohnt in der Lindenstraße')") })
            QVERIFY2(insert.exec(statement), qPrintable(insert.lastError().text()));
    }
    Database migrated(QStringLiteral("migrated"), CalendarSchema::migrations());
    QVERIFY2(migrated.open(file, m_dir->filePath(QStringLiteral("old-backups"))),
             qPrintable(migrated.errorString()));
    AppointmentStore store(migrated, *m_clock);
    for (const QString& typed : { QStringLiteral("ayse yilmaz"), QStringLiteral("lindenstrasse"),
                                  QStringLiteral("erstgesprach"), QStringLiteral("0151 23456789") }) {
        const QList<Appointment> found = store.search(typed);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().uid, QStringLiteral("u7"));
    }
}

void TestAppointmentStore::retentionPurgesOnlyOldPersonalData()
{
    Appointment old = timed(QStringLiteral("Frau Alt"), m_clock->nowUtc().addDays(-100), 50);
    old.participants = { { QStringLiteral("Anna Alt"), QStringLiteral("anna@example.org"), QString(),
                           QStringLiteral("de") } };
    old.notes = QStringLiteral("vertraulich");
    old.status = AppointmentStatus::Done;
    Appointment recent = timed(QStringLiteral("Herr Neu"), m_clock->nowUtc().addDays(-10), 50);
    recent.participants = old.participants;
    Appointment endless = timed(QStringLiteral("Laufende Serie"), m_clock->nowUtc().addDays(-400), 50);
    endless.rrule = QStringLiteral("FREQ=WEEKLY");
    Appointment finishedSeries = timed(QStringLiteral("Beendete Serie"), m_clock->nowUtc().addDays(-400), 50);
    finishedSeries.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=5");
    QString error;
    for (Appointment* appointment : { &old, &recent, &endless, &finishedSeries })
        QVERIFY(m_store->save(*appointment, &error));

    QCOMPARE(m_store->purgePersonalData(m_clock->nowUtc().addDays(-90), &error), 2);
    const Appointment purged = *m_store->find(old.uid);
    QVERIFY(purged.personalDataPurged);
    QCOMPARE(purged.title, QString());
    QCOMPARE(purged.notes, QString());
    QVERIFY(purged.participants.isEmpty());
    QCOMPARE(purged.start, old.start); // time and status stay
    QCOMPARE(purged.status, AppointmentStatus::Done);
    QVERIFY(m_store->search(QStringLiteral("Alt")).size() == 1); // only "Herr Neu"'s participant
    QCOMPARE(m_store->find(recent.uid)->participants.size(), 1);
    QCOMPARE(m_store->find(endless.uid)->title, QStringLiteral("Laufende Serie"));
    QVERIFY(m_store->find(finishedSeries.uid)->personalDataPurged);
    QCOMPARE(m_store->purgePersonalData(m_clock->nowUtc().addDays(-90), &error), 0);
}

void TestAppointmentStore::fullDiskLosesNothing()
{
    QString error;
    Appointment kept = timed(QStringLiteral("Bleibt"), berlin(2026, 12, 1, 9), 50);
    QVERIFY(m_store->save(kept, &error));
    // SQLite reports SQLITE_FULL once the file may not grow: the same error as a full disk.
    QSqlQuery limit(m_database->connection());
    QVERIFY(limit.exec(QStringLiteral("PRAGMA page_count")) && limit.next());
    QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit.value(0).toInt() + 2)));

    QList<Appointment> batch;
    for (int i = 0; i < 500; ++i) {
        Appointment appointment
            = timed(QStringLiteral("Neu %1").arg(i), berlin(2026, 12, 2, 9).addDays(i), 50);
        appointment.notes = QString(400, QLatin1Char('n'));
        batch.append(appointment);
    }
    int created = 0;
    int updated = 0;
    QVERIFY(!m_store->saveAll(batch, &created, &updated, &error));
    QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->find(kept.uid)->title, QStringLiteral("Bleibt"));
}

void TestAppointmentStore::readOnlyDatabaseIsExplained()
{
    QSqlQuery readOnly(m_database->connection());
    QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = 1")));
    Appointment appointment = timed(QStringLiteral("Neu"), berlin(2026, 12, 1, 9), 50);
    QString error;
    QVERIFY(!m_store->save(appointment, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
}

// vieraugen-cli and the app (or two CLI runs, or the sync engine) writing to one calendar at once:
// every write waits for the other instead of failing with "database is locked", and none is lost.
void TestAppointmentStore::concurrentWritersWaitInsteadOfFailing()
{
    const QString cli = qEnvironmentVariable("VIERAUGEN_CLI_EXECUTABLE");
    QVERIFY2(QFileInfo(cli).isExecutable(), "VIERAUGEN_CLI_EXECUTABLE names no program");
    const QString dataDirectory = m_dir->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(dataDirectory));
    Database database(QStringLiteral("app"), CalendarSchema::migrations());
    QVERIFY(database.open(dataDirectory + QStringLiteral("/calendar.sqlite"), dataDirectory));
    AppointmentStore app(database, *m_clock);

    constexpr int writersEach = 20;
    std::vector<std::unique_ptr<QProcess>> clis;
    for (int i = 0; i < writersEach; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(
            cli,
            { QStringLiteral("--data-dir"), dataDirectory, QStringLiteral("add"), QStringLiteral("--title"),
              QStringLiteral("Von der Kommandozeile %1").arg(i), QStringLiteral("--start"),
              QStringLiteral("2026-12-%1T09:00").arg(i + 1, 2, 10, QLatin1Char('0')), QStringLiteral("--end"),
              QStringLiteral("2026-12-%1T10:00").arg(i + 1, 2, 10, QLatin1Char('0')),
              QStringLiteral("--in-person") });
        clis.push_back(std::move(process));
    }
    QStringList refused;
    for (int i = 0; i < writersEach; ++i) {
        Appointment appointment
            = timed(QStringLiteral("Aus der App %1").arg(i), berlin(2027, 1, 1 + i, 14), 50);
        QString error;
        if (!app.save(appointment, &error))
            refused << error;
        QTest::qWait(5);
    }
    for (const auto& process : clis) {
        if (process->state() != QProcess::NotRunning)
            QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        if (process->exitCode() != 0)
            refused << QString::fromUtf8(process->readAllStandardError());
    }
    QVERIFY2(refused.isEmpty(),
             qPrintable(QString::number(refused.size()) + QStringLiteral(" writes refused: ")
                        + refused.join(QLatin1String(" | "))));
    QSqlQuery count(database.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM appointments")) && count.next());
    QCOMPARE(count.value(0).toInt(), 2 * writersEach);
}

QTEST_GUILESS_MAIN(TestAppointmentStore)
#include "tst_AppointmentStore.moc"
