#include "core/calendar/AppointmentMerge.h"

#include <QTest>

using Part = AppointmentMerge::Part;

// Petra's change and a colleague's, each made to the version both had: what each changed survives,
// and only what both changed differently is a conflict.
class TestAppointmentMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void herTitleAndTheirNewTimeBothSurvive();
    void bothChangedTheTitleIsAConflictThatKeepsHers();
    void bothMadeTheSameChangeIsNoConflict();
    void nothingChangedHereTakesTheirs();
    void anExceptionRemovedThereStaysRemovedUnlessChangedHere();
    void anExceptionAddedOnEitherSideIsKept();
    void aMoveToAnotherCalendarIsAChangeOfItsOwn();

private:
    static Appointment meeting();
    static Appointment exceptionOf(const Appointment& series, const QDateTime& date);
};

Appointment TestAppointmentMerge::meeting()
{
    Appointment appointment;
    appointment.id = 7;
    appointment.uid = QStringLiteral("fall-1");
    appointment.calendarId = QStringLiteral("team");
    appointment.title = QStringLiteral("Fallbesprechung Team");
    appointment.kind = SessionKind::InPerson;
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.start = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
    appointment.end = appointment.start.addSecs(3600);
    return appointment;
}

Appointment TestAppointmentMerge::exceptionOf(const Appointment& series, const QDateTime& date)
{
    Appointment exception = series;
    exception.rrule.clear();
    exception.recurrenceId = date;
    exception.start = date.addSecs(1800);
    exception.end = exception.start.addSecs(3600);
    return exception;
}

void TestAppointmentMerge::herTitleAndTheirNewTimeBothSurvive()
{
    const Appointment base = meeting();
    Appointment mine = base;
    mine.title += QStringLiteral(" – bitte Akte");
    Appointment theirs = base;
    theirs.start = base.start.addSecs(3.5 * 3600);
    theirs.end = theirs.start.addSecs(3600);
    theirs.id = 9;

    const AppointmentMerge::Result result = AppointmentMerge::merge({ base }, { mine }, { theirs });
    QVERIFY(!result.hasConflicts());
    QCOMPARE(result.changedByMine, QList<Part> { Part::Title });
    QCOMPARE(result.merged.size(), 1);
    QCOMPARE(result.merged.constFirst().title, mine.title);
    QCOMPARE(result.merged.constFirst().start, theirs.start);
    QCOMPARE(result.merged.constFirst().end, theirs.end);
    QCOMPARE(result.merged.constFirst().id, theirs.id);
}

void TestAppointmentMerge::bothChangedTheTitleIsAConflictThatKeepsHers()
{
    const Appointment base = meeting();
    Appointment mine = base;
    mine.title = QStringLiteral("Fallbesprechung Team – bitte Akte");
    mine.notes = QStringLiteral("Akte mitbringen");
    Appointment theirs = base;
    theirs.title = QStringLiteral("Fallbesprechung Team – verlegt");
    theirs.start = base.start.addSecs(3600);
    theirs.end = base.end.addSecs(3600);

    const AppointmentMerge::Result result = AppointmentMerge::merge({ base }, { mine }, { theirs });
    QCOMPARE(result.conflicts, QList<Part> { Part::Title });
    QCOMPARE(result.changedByMine, (QList<Part> { Part::Title, Part::Notes }));
    QCOMPARE(result.merged.constFirst().title, mine.title);
    QCOMPARE(result.merged.constFirst().notes, mine.notes);
    QCOMPARE(result.merged.constFirst().start, theirs.start);

    // Preferring theirs where both changed: their title, her notes, their time.
    const AppointmentMerge::Result theirsWin
        = AppointmentMerge::merge({ base }, { mine }, { theirs }, AppointmentMerge::Prefer::Theirs);
    QCOMPARE(theirsWin.conflicts, QList<Part> { Part::Title });
    QCOMPARE(theirsWin.merged.constFirst().title, theirs.title);
    QCOMPARE(theirsWin.merged.constFirst().notes, mine.notes);
    QCOMPARE(theirsWin.merged.constFirst().start, theirs.start);
}

void TestAppointmentMerge::bothMadeTheSameChangeIsNoConflict()
{
    const Appointment base = meeting();
    Appointment mine = base;
    mine.status = AppointmentStatus::CancelledByClient;
    Appointment theirs = mine;
    theirs.modified = QDateTime(QDate(2026, 11, 30), QTime(20, 0), Qt::UTC);

    const AppointmentMerge::Result result = AppointmentMerge::merge({ base }, { mine }, { theirs });
    QVERIFY(!result.hasConflicts());
    QCOMPARE(result.merged, QList<Appointment> { theirs });
}

void TestAppointmentMerge::nothingChangedHereTakesTheirs()
{
    const Appointment base = meeting();
    Appointment theirs = base;
    theirs.participants = { Participant { QStringLiteral("Frau Berg"), {}, {}, QStringLiteral("de") } };
    theirs.counselor = QStringLiteral("mkoch");

    const AppointmentMerge::Result result = AppointmentMerge::merge({ base }, { base }, { theirs });
    QVERIFY(!result.hasConflicts());
    QVERIFY(result.changedByMine.isEmpty());
    QCOMPARE(result.merged, QList<Appointment> { theirs });
}

void TestAppointmentMerge::anExceptionRemovedThereStaysRemovedUnlessChangedHere()
{
    Appointment series = meeting();
    series.rrule = QStringLiteral("FREQ=WEEKLY");
    const QDateTime second = series.start.addDays(7);
    const Appointment moved = exceptionOf(series, second);

    // Removed there, untouched here: it stays removed.
    AppointmentMerge::Result result
        = AppointmentMerge::merge({ series, moved }, { series, moved }, { series });
    QVERIFY(!result.hasConflicts());
    QCOMPARE(result.merged, QList<Appointment> { series });

    // Removed there, changed here: a conflict, and keeping hers keeps the date.
    Appointment changed = moved;
    changed.notes = QStringLiteral("Dolmetscherin kommt");
    result = AppointmentMerge::merge({ series, moved }, { series, changed }, { series });
    QCOMPARE(result.conflicts, QList<Part> { Part::Dates });
    QCOMPARE(result.merged, (QList<Appointment> { series, changed }));
    result = AppointmentMerge::merge({ series, moved }, { series, changed }, { series },
                                     AppointmentMerge::Prefer::Theirs);
    QCOMPARE(result.merged, QList<Appointment> { series });
}

void TestAppointmentMerge::anExceptionAddedOnEitherSideIsKept()
{
    Appointment series = meeting();
    series.rrule = QStringLiteral("FREQ=WEEKLY");
    const Appointment mineMoved = exceptionOf(series, series.start.addDays(7));
    const Appointment theirsMoved = exceptionOf(series, series.start.addDays(14));

    const AppointmentMerge::Result result
        = AppointmentMerge::merge({ series }, { series, mineMoved }, { series, theirsMoved });
    QVERIFY(!result.hasConflicts());
    QCOMPARE(result.merged, (QList<Appointment> { series, mineMoved, theirsMoved }));
}

void TestAppointmentMerge::aMoveToAnotherCalendarIsAChangeOfItsOwn()
{
    const Appointment base = meeting();
    Appointment mine = base;
    mine.calendarId = QLatin1String(Appointment::localCalendar);
    Appointment theirs = base;
    theirs.notes = QStringLiteral("Raum 2");

    const AppointmentMerge::Result result = AppointmentMerge::merge({ base }, { mine }, { theirs });
    QVERIFY(!result.hasConflicts());
    QCOMPARE(result.changedByMine, QList<Part> { Part::Calendar });
    QCOMPARE(result.merged.constFirst().calendarId, mine.calendarId);
    QCOMPARE(result.merged.constFirst().notes, theirs.notes);
}

QTEST_GUILESS_MAIN(TestAppointmentMerge)
#include "tst_AppointmentMerge.moc"
