#include "core/base/DataLocation.h"
#include "core/calendar/Appointment.h"
#include "core/meeting/SessionPlanner.h"
#include "core/secrets/SecretStore.h"
#include "core/secrets/TeamKey.h"
#include "core/settings/Provisioner.h"
#include "core/settings/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Reception and counselor, each with a data folder and keychain entries of their own, derive the same
// room password for an appointment in their team calendar: from the team key the setup file gave both.
class TestTeamKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void teamAppointmentsHaveOnePasswordInEveryFolder();
    void missingTeamKeyIsExplained();
    void setupFileChecksTheTeamKey();

private:
    struct Folder
    {
        std::unique_ptr<Settings> settings;
        std::unique_ptr<SecretStore> secrets;
    };
    Folder folder(const QString& name);
    static QString roomPassword(SecretStore& secrets, const Appointment& appointment, QString* error);
    static bool unlocked()
    {
        return qEnvironmentVariable("VIERAUGEN_KEYRING_SCENARIO") == QLatin1String("unlocked");
    }

    QTemporaryDir m_dir;
    // 32 bytes, as "openssl rand -base64 32" writes them.
    const QString m_teamKey = QStringLiteral("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
};

TestTeamKey::Folder TestTeamKey::folder(const QString& name)
{
    Folder folder;
    folder.settings = Settings::forDataFolder(DataLocation(m_dir.filePath(name)));
    folder.secrets = std::make_unique<SecretStore>(*folder.settings);
    return folder;
}

QString TestTeamKey::roomPassword(SecretStore& secrets, const Appointment& appointment, QString* error)
{
    QString password;
    bool answered = false;
    QObject context;
    SessionPlanner::fetchRoomPassword(secrets, appointment, &context,
                                      [&](const std::optional<QString>& derived, const QString& problem) {
                                          password = derived.value_or(QString());
                                          *error = problem;
                                          answered = true;
                                      });
    if (!QTest::qWaitFor([&] { return answered; }, 8000))
        *error = QStringLiteral("no answer");
    return password;
}

void TestTeamKey::teamAppointmentsHaveOnePasswordInEveryFolder()
{
    if (!unlocked())
        QSKIP("needs an unlocked keychain");
    const QByteArray setupFile = "{\"teamKey\": \"" + m_teamKey.toLatin1() + "\"}";
    Appointment booked;
    booked.uid = QStringLiteral("booked-by-reception");
    QStringList teamPasswords;
    QStringList ownPasswords;
    for (const QString& name : { QStringLiteral("reception"), QStringLiteral("counselor") }) {
        Folder member = folder(name);
        Provisioner provisioner(*member.settings, *member.secrets);
        Provisioner::Plan plan;
        QString error;
        QVERIFY2(provisioner.parse(setupFile, &plan, &error), qPrintable(error));
        QSignalSpy finished(&provisioner, &Provisioner::finished);
        provisioner.apply(plan);
        QVERIFY(finished.wait(8000));
        QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(2).toString()));

        // The calendar's id is each computer's own; a team calendar is any but this computer's.
        booked.calendarId = name + QStringLiteral("-team");
        teamPasswords.append(roomPassword(*member.secrets, booked, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        booked.calendarId = QLatin1String(Appointment::localCalendar);
        ownPasswords.append(roomPassword(*member.secrets, booked, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(
            !member.secrets->entryKey(QLatin1String(TeamKey::owner), QLatin1String(TeamKey::name)).isEmpty());
    }
    QCOMPARE(teamPasswords.at(0), teamPasswords.at(1));
    QCOMPARE(teamPasswords.at(0).size(), 12);
    // Appointments in this computer's calendar keep the install key, which is each computer's own.
    QVERIFY(ownPasswords.at(0) != ownPasswords.at(1));
    QVERIFY(!ownPasswords.contains(teamPasswords.at(0)));
}

void TestTeamKey::missingTeamKeyIsExplained()
{
    if (!unlocked())
        QSKIP("needs an unlocked keychain");
    Folder member = folder(QStringLiteral("new-member"));
    Appointment booked;
    booked.uid = QStringLiteral("x");
    booked.calendarId = QStringLiteral("team");
    QString error;
    QVERIFY(roomPassword(*member.secrets, booked, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("team key")), qPrintable(error));
    // The keychain works: blaming it sent people looking in the wrong place.
    QVERIFY2(!error.contains(QStringLiteral("without the keychain")), qPrintable(error));
}

void TestTeamKey::setupFileChecksTheTeamKey()
{
    Folder member = folder(QStringLiteral("checked"));
    Provisioner provisioner(*member.settings, *member.secrets);
    Provisioner::Plan plan;
    QString error;
    QVERIFY(!provisioner.parse("{\"teamKey\": \"zu-kurz\"}", &plan, &error));
    QVERIFY2(error.contains(QStringLiteral("teamKey")), qPrintable(error));
    QVERIFY(!provisioner.parse("{\"calendarAccounts\": [{\"id\": \"team\", \"url\": "
                               "\"http://cloud.example.org/\", \"user\": \"a\"}]}",
                               &plan, &error));
    QVERIFY(provisioner.parse(
        "{\"calendarAccounts\": [{\"id\": \"team\", \"url\": \"https://cloud.example.org/\", "
        "\"user\": \"empfang\", \"name\": \"Team\", \"password\": \"app-pw\"}], \"teamKey\": \""
            + m_teamKey.toLatin1() + "\"}",
        &plan, &error));
    QCOMPARE(plan.calendarAccounts.size(), 1);
    QCOMPARE(plan.calendarAccounts.constFirst().user, QStringLiteral("empfang"));
    QCOMPARE(plan.calendarPasswords.value(QStringLiteral("team")), QStringLiteral("app-pw"));
    QCOMPARE(plan.teamKey, m_teamKey);
    QVERIFY(plan.hasSecrets());
}

QTEST_GUILESS_MAIN(TestTeamKey)
#include "tst_TeamKey.moc"
