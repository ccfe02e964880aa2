#include "core/calendar/Appointment.h"

#include <QTest>
#include <QTimeZone>

class TestAppointment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localTimesBecomeUtcInstants();
    void timeInTheSpringGapIsRefused();
    void sessionPastMidnightEndsNextDay();
    void allDayKeepsDatesAndWidestSpan();
    void validationExplainsProblems_data();
    void validationExplainsProblems();
    void namesRoundTrip();

private:
    static Appointment valid();
};

Appointment TestAppointment::valid()
{
    Appointment appointment;
    appointment.title = QStringLiteral("Beratung");
    QString error;
    appointment.setLocalTimes(QDate(2026, 12, 1), QTime(9, 0), QTime(9, 50), QStringLiteral("Europe/Berlin"),
                              &error);
    return appointment;
}

void TestAppointment::localTimesBecomeUtcInstants()
{
    const Appointment appointment = valid();
    QCOMPARE(appointment.start, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(appointment.end, QDateTime(QDate(2026, 12, 1), QTime(8, 50), Qt::UTC));
    QCOMPARE(appointment.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(appointment.durationMs(), 50 * 60 * 1000);
}

void TestAppointment::timeInTheSpringGapIsRefused()
{
    Appointment appointment = valid();
    QString error;
    QVERIFY(!appointment.setLocalTimes(QDate(2026, 3, 29), QTime(2, 30), QTime(3, 30),
                                       QStringLiteral("Europe/Berlin"), &error));
    QVERIFY2(error.contains(QStringLiteral("02:30")) && error.contains(QStringLiteral("forward")),
             qPrintable(error));
    QCOMPARE(appointment.start, valid().start); // unchanged
    QVERIFY(!appointment.setLocalTimes(QDate(2026, 3, 29), QTime(9, 0), QTime(10, 0),
                                       QStringLiteral("Mars/Olympus"), &error));
    QVERIFY(error.contains(QStringLiteral("time zone")));
}

void TestAppointment::sessionPastMidnightEndsNextDay()
{
    Appointment appointment;
    QString error;
    QVERIFY(appointment.setLocalTimes(QDate(2026, 12, 31), QTime(23, 30), QTime(0, 30),
                                      QStringLiteral("Europe/Berlin"), &error));
    QCOMPARE(appointment.durationMs(), 60 * 60 * 1000);
}

void TestAppointment::allDayKeepsDatesAndWidestSpan()
{
    Appointment appointment;
    appointment.setAllDayDates(QDate(2026, 12, 24), QDate(2026, 12, 27), QStringLiteral("Europe/Berlin"));
    QVERIFY(appointment.allDay);
    QCOMPARE(appointment.startDate, QDate(2026, 12, 24));
    QCOMPARE(appointment.start, QDateTime(QDate(2026, 12, 23), QTime(10, 0), Qt::UTC));
    QCOMPARE(appointment.end, QDateTime(QDate(2026, 12, 27), QTime(12, 0), Qt::UTC));
}

void TestAppointment::validationExplainsProblems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ok") << QString() << QString();
    QTest::newRow("no title") << QStringLiteral("title") << QStringLiteral("title");
    QTest::newRow("ends before start") << QStringLiteral("end") << QStringLiteral("end after it starts");
    QTest::newRow("bad e-mail") << QStringLiteral("email") << QStringLiteral("not an e-mail address");
    QTest::newRow("bad language") << QStringLiteral("language")
                                  << QStringLiteral("German (de) or English (en)");
    QTest::newRow("bad rule") << QStringLiteral("rrule") << QStringLiteral("repetition rule");
    QTest::newRow("link without url") << QStringLiteral("link") << QStringLiteral("https://");
    QTest::newRow("reminder a month ahead") << QStringLiteral("reminder") << QStringLiteral("a week");
    QTest::newRow("unknown zone") << QStringLiteral("zone") << QStringLiteral("time zone");
}

void TestAppointment::validationExplainsProblems()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Appointment appointment = valid();
    appointment.participants
        = { { QStringLiteral("Jana"), QStringLiteral("jana@example.org"), QString(), QStringLiteral("de") } };
    if (field == QLatin1String("title"))
        appointment.title = QStringLiteral("  ");
    else if (field == QLatin1String("end"))
        appointment.end = appointment.start;
    else if (field == QLatin1String("email"))
        appointment.participants[0].email = QStringLiteral("jana at example");
    else if (field == QLatin1String("language"))
        appointment.participants[0].language = QStringLiteral("fr");
    else if (field == QLatin1String("rrule"))
        appointment.rrule = QStringLiteral("sometimes");
    else if (field == QLatin1String("link"))
        appointment.kind = SessionKind::ExternalLink;
    else if (field == QLatin1String("reminder"))
        appointment.reminderMinutes = { 30 * 24 * 60 };
    else if (field == QLatin1String("zone"))
        appointment.timeZone = QStringLiteral("Europe/Atlantis");
    QString error;
    QCOMPARE(appointment.validate(&error), expected.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestAppointment::namesRoundTrip()
{
    for (SessionKind kind :
         { SessionKind::Jitsi, SessionKind::ExternalLink, SessionKind::Phone, SessionKind::InPerson })
        QCOMPARE(Appointment::parseKind(Appointment::kindName(kind)), std::optional<SessionKind>(kind));
    for (AppointmentStatus status : { AppointmentStatus::Planned, AppointmentStatus::Started,
                                      AppointmentStatus::Done, AppointmentStatus::CancelledByUs,
                                      AppointmentStatus::NoShow, AppointmentStatus::CancelledByClient })
        QCOMPARE(Appointment::parseStatus(Appointment::statusName(status)),
                 std::optional<AppointmentStatus>(status));
    QCOMPARE(Appointment::kindName(SessionKind::InPerson), QStringLiteral("in-person"));
    // Written before there were two kinds of cancellation: the counseling service's own.
    QCOMPARE(Appointment::parseStatus(QStringLiteral("cancelled")),
             std::optional<AppointmentStatus>(AppointmentStatus::CancelledByUs));
    QVERIFY(!Appointment::parseKind(QStringLiteral("carrier-pigeon")));
    QVERIFY(Appointment::isValidEmail(QStringLiteral("jana.mueller+beratung@example.co.uk")));
    QVERIFY(!Appointment::isValidEmail(QStringLiteral("jana@localhost")));
}

QTEST_GUILESS_MAIN(TestAppointment)
#include "tst_Appointment.moc"
