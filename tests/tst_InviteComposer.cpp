#include "core/calendar/IcsCodec.h"
#include "core/invite/InviteComposer.h"
#include "core/meeting/RoomPassword.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// The separation rules over every built-in template and language, and over customized ones.
class TestInviteComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInPairsKeepLinkAndPasswordApart_data();
    void builtInPairsKeepLinkAndPasswordApart();
    void linkMessageCarriesWhatTheClientNeeds();
    void invitationFileParsesBackWithTheGuestLinkOnly();
    void channelsThatBreakTheSeparationAreRefused_data();
    void channelsThatBreakTheSeparationAreRefused();
    void customizedTemplatesCannotLeak_data();
    void customizedTemplatesCannotLeak();
    void customizedTemplatesAreUsed();
    void badContactsAreRefusedBeforeSending();
    void missingValuesAreAskedForInsteadOfLeftAsGaps_data();
    void missingValuesAreAskedForInsteadOfLeftAsGaps();
    void seriesInvitationNamesItsDatesAndCarriesItsRule();

private:
    InviteComposer::Context context(const QString& language = QStringLiteral("de")) const;
};

InviteComposer::Context TestInviteComposer::context(const QString& language) const
{
    Appointment appointment;
    appointment.uid = QStringLiteral("invite-1@vieraugen");
    appointment.title = QStringLiteral("Trennungsberatung Özdemir");
    appointment.notes = QStringLiteral("vertraulich: Sorgerecht");
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.start = QDateTime(QDate(2026, 12, 3), QTime(14, 30), QTimeZone("Europe/Berlin")).toUTC();
    appointment.end = appointment.start.addSecs(3000);
    appointment.roomName = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    appointment.participants
        = { Participant { QStringLiteral("Ayşe Özdemir"), QStringLiteral("ayse@example.org"),
                          QStringLiteral("+4915112345678"), language } };
    InviteComposer::Context context;
    context.occurrence = {
        std::make_shared<const Appointment>(appointment), appointment.start, appointment.end, {}, {}, {}
    };
    context.guestLink = QUrl(QStringLiteral("https://meet.beratung.example/abcdefghijklmnopqrstuvwxyz"));
    context.password = QStringLiteral("k7qm4xpa9bcd");
    context.counselorName = QStringLiteral("Frau Berger");
    context.organization = QStringLiteral("Beratungsstelle Mitte");
    context.privacyNotice = QUrl(QStringLiteral("https://beratung.example/datenschutz"));
    return context;
}

void TestInviteComposer::seriesInvitationNamesItsDatesAndCarriesItsRule()
{
    InviteComposer::Context c = context();
    Appointment series = *c.occurrence.appointment;
    series.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=14");
    const auto stored = std::make_shared<const Appointment>(series);
    for (int week = 0; week < 14; ++week) {
        const QDateTime start = series.start.addDays(7 * week);
        c.seriesDates.append({ stored, start, start.addSecs(3000), {}, {}, start });
    }
    c.occurrence = c.seriesDates.first();
    c.series = { series };
    QString error;
    std::optional<InvitePair> pair
        = InviteComposer().compose(c, InviteChannel::Smtp, InviteChannel::Sms, &error);
    QVERIFY2(pair, qPrintable(error));
    const QString dates = QStringLiteral("Es ist eine Terminreihe. Ihre Termine:\n"
                                         "- Donnerstag, 3. Dezember 2026, 14:30\n"
                                         "- Donnerstag, 10. Dezember 2026, 14:30\n");
    QVERIFY2(pair->link.body.contains(dates), qPrintable(pair->link.body));
    // Twelve dates, then "…" and the last.
    QVERIFY(pair->link.body.contains(QStringLiteral("- Donnerstag, 18. Februar 2027, 14:30\n- …\n"
                                                    "- Donnerstag, 4. März 2027, 14:30\n\nZum Termin")));
    QVERIFY(!pair->link.body.contains(QStringLiteral("25. Februar")));
    // Named as a series; each date in the client's calendar is called alike, by an independent reader.
    QCOMPARE(pair->link.subject, QStringLiteral("Ihre Videotermine ab Donnerstag, 3. Dezember 2026"));
    const QByteArray ics = pair->link.attachments.first().data;
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("invitation.ics")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(ics) == ics.size());
    file.close();
    QProcess python;
    python.start(
        qEnvironmentVariable("VIERAUGEN_PYTHON"),
        { qEnvironmentVariable("VIERAUGEN_SOURCE_DIR") + QStringLiteral("/tests/support/ics_occurrences.py"),
          file.fileName(), QStringLiteral("2026-12-01"), QStringLiteral("2027-04-01"),
          QStringLiteral("Europe/Berlin") });
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray calendarDates = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(calendarDates.size(), 14);
    for (const QJsonValue& date : calendarDates)
        QCOMPARE(date[QStringLiteral("summary")].toString(),
                 QStringLiteral("Videotermin mit Frau Berger, Beratungsstelle Mitte"));
    IcsImportReport report;
    const QList<Appointment> parsed = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.first().rrule, QStringLiteral("FREQ=WEEKLY;COUNT=14"));
    QCOMPARE(parsed.first().externalUrl, c.guestLink);
    QVERIFY(parsed.first().notes.isEmpty());
    QVERIFY(!ics.contains("Trennung"));

    // Without an end: the coming dates and "…"; in English too; a template of the organization's
    // own without {series} gets them after its date.
    c.seriesDates = c.seriesDates.mid(0, 3);
    c.seriesHasNoEnd = true;
    Appointment english = series;
    english.participants.first().language = QStringLiteral("en");
    c.occurrence.appointment = std::make_shared<const Appointment>(english);
    QTemporaryDir templates;
    QFile link(templates.filePath(QStringLiteral("link.en.txt")));
    QVERIFY(link.open(QIODevice::WriteOnly));
    link.write("Subject: Appointment on {date}\n\nHello {name},\nwe meet on {date} at {time}.\n\n{link}\n"
               "{counselor}, {organization}, {privacyNotice}\n");
    link.close();
    pair = InviteComposer(templates.path()).compose(c, InviteChannel::Smtp, InviteChannel::Sms, &error);
    QVERIFY2(pair, qPrintable(error));
    QCOMPARE(pair->link.body.section(QStringLiteral("\n\n"), 0, 1),
             QStringLiteral("Hello Ayşe Özdemir,\nwe meet on Thursday, 3 December 2026 at 14:30.\n\n"
                            "This is a series of appointments. Your dates:\n"
                            "- Thursday, 3 December 2026, 14:30\n- Thursday, 10 December 2026, 14:30\n"
                            "- Thursday, 17 December 2026, 14:30\n- …"));
    QCOMPARE(pair->link.subject, QStringLiteral("Your video appointments from Thursday, 3 December 2026"));

    // A series text of the organization's own without a subject keeps the series' subject.
    QFile seriesText(templates.filePath(QStringLiteral("series.en.txt")));
    QVERIFY(seriesText.open(QIODevice::WriteOnly));
    seriesText.write("Our dates:\n{dates}\n");
    seriesText.close();
    pair = InviteComposer(templates.path()).compose(c, InviteChannel::Smtp, InviteChannel::Sms, &error);
    QVERIFY2(pair, qPrintable(error));
    QVERIFY(pair->link.body.contains(QStringLiteral("Our dates:\n- Thursday, 3 December 2026, 14:30")));
    QCOMPARE(pair->link.subject, QStringLiteral("Your video appointments from Thursday, 3 December 2026"));
}

void TestInviteComposer::builtInPairsKeepLinkAndPasswordApart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<InviteChannel>("linkChannel");
    QTest::addColumn<InviteChannel>("passwordChannel");
    for (const QString& language : InviteComposer::languages()) {
        for (InviteChannel link : { InviteChannel::Smtp, InviteChannel::Mailto, InviteChannel::Clipboard }) {
            for (InviteChannel password :
                 { InviteChannel::Sms, InviteChannel::Phone, InviteChannel::Clipboard }) {
                if (link == password)
                    continue;
                QTest::addRow("%s %s→%s", qPrintable(language), qPrintable(InviteMessage::channelName(link)),
                              qPrintable(InviteMessage::channelName(password)))
                    << language << link << password;
            }
        }
    }
}

void TestInviteComposer::builtInPairsKeepLinkAndPasswordApart()
{
    QFETCH(QString, language);
    QFETCH(InviteChannel, linkChannel);
    QFETCH(InviteChannel, passwordChannel);
    const InviteComposer::Context c = context(language);
    QString error;
    const std::optional<InvitePair> pair = InviteComposer().compose(c, linkChannel, passwordChannel, &error);
    QVERIFY2(pair, qPrintable(error));
    QVERIFY(pair->link.body.contains(c.guestLink.toString()));
    QVERIFY(!pair->link.body.contains(c.password));
    QVERIFY(!pair->link.body.contains(RoomPassword::grouped(c.password)));
    QVERIFY(pair->password.body.contains(c.password));
    for (const QString& leak :
         { c.guestLink.toString(), c.guestLink.host(), QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
           QStringLiteral("14:30"), QStringLiteral("Özdemir"), QStringLiteral("Sorgerecht"),
           QStringLiteral("Trennung") })
        QVERIFY2(!pair->password.body.contains(leak), qPrintable(leak));
    // Case details never reach the client.
    QVERIFY(!pair->link.body.contains(QLatin1String("Sorgerecht")));
    QVERIFY(!pair->link.subject.contains(QLatin1String("Trennung")));
    QCOMPARE(pair->link.channel, linkChannel);
    QCOMPARE(pair->password.channel, passwordChannel);
    QCOMPARE(pair->link.attachments.isEmpty(), linkChannel != InviteChannel::Smtp);
}

void TestInviteComposer::linkMessageCarriesWhatTheClientNeeds()
{
    QString error;
    const std::optional<InvitePair> german = InviteComposer().compose(
        context(QStringLiteral("de")), InviteChannel::Smtp, InviteChannel::Sms, &error);
    QVERIFY2(german, qPrintable(error));
    QCOMPARE(german->link.to, QStringLiteral("ayse@example.org"));
    QCOMPARE(german->password.to, QStringLiteral("+4915112345678"));
    QCOMPARE(german->link.subject,
             QStringLiteral("Ihr Videotermin am Donnerstag, 3. Dezember 2026 um 14:30 Uhr"));
    for (const char* text :
         { "Guten Tag Ayşe Özdemir", "Frau Berger", "Firefox", "F-Droid", "Kopfhörer", "4 Personen",
           "nicht aufgezeichnet", "https://beratung.example/datenschutz", "Beratungsstelle Mitte" })
        QVERIFY2(german->link.body.contains(QString::fromUtf8(text)), text);
    QCOMPARE(
        german->password.body,
        QStringLiteral(
            "Beratungsstelle Mitte: Das Passwort für Ihren Videotermin lautet k7qm4xpa9bcd – Frau Berger"));

    const std::optional<InvitePair> english = InviteComposer().compose(
        context(QStringLiteral("en")), InviteChannel::Mailto, InviteChannel::Phone, &error);
    QVERIFY2(english, qPrintable(error));
    QCOMPARE(english->link.subject,
             QStringLiteral("Your video appointment on Thursday, 3 December 2026 at 14:30"));
    QVERIFY(english->link.body.contains(QString::fromUtf8("Hello Ayşe Özdemir")));
    QVERIFY(english->link.body.contains(QLatin1String("Firefox")));
}

void TestInviteComposer::invitationFileParsesBackWithTheGuestLinkOnly()
{
    const InviteComposer::Context c = context();
    QString error;
    const std::optional<InvitePair> pair
        = InviteComposer().compose(c, InviteChannel::Smtp, InviteChannel::Sms, &error);
    QVERIFY2(pair, qPrintable(error));
    QCOMPARE(pair->link.attachments.size(), 1);
    const QByteArray ics = pair->link.attachments.first().data;
    // Added to the client's calendar, not a meeting request that expects replies to an organizer.
    QVERIFY(ics.contains("METHOD:PUBLISH"));
    QVERIFY(!ics.contains("ORGANIZER") && !ics.contains("ATTENDEE"));
    QCOMPARE(pair->link.attachments.first().mimeType,
             QByteArray("text/calendar; method=PUBLISH; charset=UTF-8"));
    IcsImportReport report;
    const QList<Appointment> parsed = IcsCodec::read(ics, QTimeZone("Europe/Berlin"), &report);
    QVERIFY2(parsed.size() == 1, qPrintable(report.text(QStringLiteral("invitation.ics"))));
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.findingsText()));
    QCOMPARE(parsed.first().start, c.occurrence.start);
    QCOMPARE(parsed.first().externalUrl, c.guestLink);
    // The client's calendar entry is neutral: no title of the counselor's own, no date repeated.
    QCOMPARE(parsed.first().title, QStringLiteral("Videotermin mit Frau Berger, Beratungsstelle Mitte"));
    QVERIFY(parsed.first().notes.isEmpty());
    QVERIFY(!ics.contains("X-VIERAUGEN"));
}

void TestInviteComposer::channelsThatBreakTheSeparationAreRefused_data()
{
    QTest::addColumn<InviteChannel>("linkChannel");
    QTest::addColumn<InviteChannel>("passwordChannel");
    QTest::newRow("both to the clipboard") << InviteChannel::Clipboard << InviteChannel::Clipboard;
    QTest::newRow("password by e-mail") << InviteChannel::Clipboard << InviteChannel::Smtp;
    QTest::newRow("password by mail program") << InviteChannel::Smtp << InviteChannel::Mailto;
    QTest::newRow("link by SMS") << InviteChannel::Sms << InviteChannel::Phone;
    QTest::newRow("link on the phone") << InviteChannel::Phone << InviteChannel::Sms;
}

void TestInviteComposer::channelsThatBreakTheSeparationAreRefused()
{
    QFETCH(InviteChannel, linkChannel);
    QFETCH(InviteChannel, passwordChannel);
    QString error;
    QVERIFY(!InviteComposer().compose(context(), linkChannel, passwordChannel, &error));
    QVERIFY(!error.isEmpty());
}

void TestInviteComposer::customizedTemplatesCannotLeak_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("password in link template") << "link.de.txt"
                                               << "Link {link}, Passwort {password}"
                                               << "{password}";
    QTest::newRow("link in password template") << "password.en.txt"
                                               << "{password} for {link}"
                                               << "{link}";
    QTest::newRow("date in password template") << "password.de.txt"
                                               << "{password} am {date}"
                                               << "{date}";
    QTest::newRow("server written out") << "password.de.txt"
                                        << "{password} auf meet.beratung.example"
                                        << "meet.beratung.example";
    QTest::newRow("time written out") << "password.de.txt"
                                      << "{password}, Beginn 14:30"
                                      << "14:30";
    QTest::newRow("no password at all") << "password.de.txt"
                                        << "Hallo"
                                        << "{password}";
    QTest::newRow("unknown placeholder") << "link.de.txt"
                                         << "Hallo {nmae}, {link}"
                                         << "{nmae}";
}

void TestInviteComposer::customizedTemplatesCannotLeak()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QTemporaryDir templates;
    QFile custom(templates.filePath(file));
    QVERIFY(custom.open(QIODevice::WriteOnly));
    custom.write(text.toUtf8());
    custom.close();
    const QString language = file.section(QLatin1Char('.'), 1, 1);
    QString error;
    QVERIFY(!InviteComposer(templates.path())
                 .compose(context(language), InviteChannel::Smtp, InviteChannel::Sms, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestInviteComposer::customizedTemplatesAreUsed()
{
    QTemporaryDir templates;
    QFile custom(templates.filePath(QStringLiteral("password.de.txt")));
    QVERIFY(custom.open(QIODevice::WriteOnly));
    custom.write("Ihr Code: {password}. {organization}");
    custom.close();
    QString error;
    const std::optional<InvitePair> pair
        = InviteComposer(templates.path())
              .compose(context(), InviteChannel::Smtp, InviteChannel::Sms, &error);
    QVERIFY2(pair, qPrintable(error));
    QCOMPARE(pair->password.body, QStringLiteral("Ihr Code: k7qm4xpa9bcd. Beratungsstelle Mitte"));
    // The other templates stay built in.
    QVERIFY(pair->link.body.contains(QLatin1String("F-Droid")));
}

void TestInviteComposer::badContactsAreRefusedBeforeSending()
{
    InviteComposer::Context c = context();
    Appointment appointment = *c.occurrence.appointment;
    appointment.participants.first().email = QStringLiteral("ayse@@example");
    appointment.participants.first().phone = QStringLiteral("+493012345678"); // a landline
    c.occurrence.appointment = std::make_shared<const Appointment>(appointment);
    QString error;
    QVERIFY(!InviteComposer().compose(c, InviteChannel::Smtp, InviteChannel::Phone, &error));
    QVERIFY2(error.contains(QLatin1String("ayse@@example")), qPrintable(error));
    QVERIFY(!InviteComposer().compose(c, InviteChannel::Clipboard, InviteChannel::Sms, &error));
    QVERIFY2(error.contains(QLatin1String("text messages")), qPrintable(error));
    // Reading the password out works with any number.
    QVERIFY2(InviteComposer().compose(c, InviteChannel::Clipboard, InviteChannel::Phone, &error),
             qPrintable(error));
    c.participantIndex = 3;
    QVERIFY(!InviteComposer().compose(c, InviteChannel::Clipboard, InviteChannel::Phone, &error));
}

void TestInviteComposer::missingValuesAreAskedForInsteadOfLeftAsGaps_data()
{
    QTest::addColumn<QString>("blank");
    QTest::addColumn<QString>("asked");
    QTest::newRow("counselor") << QStringLiteral("counselor") << QStringLiteral("your name");
    QTest::newRow("organization") << QStringLiteral("organization")
                                  << QStringLiteral("your counseling service");
    QTest::newRow("privacy notice") << QStringLiteral("privacyNotice")
                                    << QStringLiteral("the address of your privacy notice");
    QTest::newRow("participant") << QStringLiteral("name") << QStringLiteral("the participant's name");
}

void TestInviteComposer::missingValuesAreAskedForInsteadOfLeftAsGaps()
{
    QFETCH(QString, blank);
    QFETCH(QString, asked);
    for (const QString& language : InviteComposer::languages()) {
        InviteComposer::Context c = context(language);
        if (blank == QLatin1String("counselor"))
            c.counselorName.clear();
        else if (blank == QLatin1String("organization"))
            c.organization.clear();
        else if (blank == QLatin1String("privacyNotice"))
            c.privacyNotice.clear();
        Appointment appointment = *c.occurrence.appointment;
        if (blank == QLatin1String("name"))
            appointment.participants.first().displayName.clear();
        c.occurrence.appointment = std::make_shared<const Appointment>(appointment);
        QString error;
        QStringList missing;
        QVERIFY(!InviteComposer().compose(c, InviteChannel::Smtp, InviteChannel::Sms, &error, &missing));
        QCOMPARE(missing, QStringList { blank });
        QVERIFY2(error.contains(asked), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestInviteComposer)
#include "tst_InviteComposer.moc"
