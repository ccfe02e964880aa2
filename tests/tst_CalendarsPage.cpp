#include "core/calendar/AppointmentStore.h"
#include "core/secrets/SecretStore.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/settings/CalendarsPage.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

// Settings → Calendars on a real calendar file: what the user ticks and chooses is what the file says.
class TestCalendarsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsThisComputersCalendarAndTheTeams();
    void untickingHidesTheCalendar();
    void detailsModeIsStoredPerCalendar();
    void readOnlyCalendarCannotTakeNewAppointments();

private:
    QTreeWidgetItem* itemFor(const QString& calendarId) const;

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SyncStore> m_sync;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<CalendarsPage> m_page;
    QString m_team;
    QString m_shared;
};

void TestCalendarsPage::init()
{
    m_page.reset();
    m_workspace = std::make_unique<TestWorkspace>();
    m_sync = std::make_unique<SyncStore>(m_workspace->database(), m_workspace->appointments(),
                                         m_workspace->clock());
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
    CalDavAccount account { {},
                            QUrl(QStringLiteral("https://cloud.example.org/")),
                            QStringLiteral("empfang"),
                            QStringLiteral("Beratungsstelle"),
                            {} };
    QVERIFY(m_sync->addAccount(account, nullptr));
    for (bool readOnly : { false, true }) {
        TeamCalendar calendar;
        calendar.accountId = account.id;
        calendar.url = QUrl(readOnly ? QStringLiteral("https://cloud.example.org/c/anna/")
                                     : QStringLiteral("https://cloud.example.org/c/team/"));
        calendar.name = readOnly ? QStringLiteral("Anna") : QStringLiteral("Team");
        calendar.color = QStringLiteral("#3a7bd5");
        calendar.readOnly = readOnly;
        QVERIFY(m_sync->saveCalendar(calendar, nullptr));
        (readOnly ? m_shared : m_team) = calendar.id;
    }
    m_page = std::make_unique<CalendarsPage>(*m_sync, *m_secrets);
}

QTreeWidgetItem* TestCalendarsPage::itemFor(const QString& calendarId) const
{
    auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("calendars"));
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == calendarId)
            return *it;
    }
    return nullptr;
}

void TestCalendarsPage::listsThisComputersCalendarAndTheTeams()
{
    QTreeWidgetItem* local = itemFor(QLatin1String(Appointment::localCalendar));
    QVERIFY(local);
    QCOMPARE(local->text(0), QStringLiteral("On this computer (new appointments)"));
    QVERIFY(itemFor(m_team));
    QCOMPARE(itemFor(m_team)->parent()->text(0), QStringLiteral("Beratungsstelle"));
    QCOMPARE(itemFor(m_shared)->text(1), QStringLiteral("read-only"));
}

void TestCalendarsPage::untickingHidesTheCalendar()
{
    QSignalSpy changed(m_page.get(), &CalendarsPage::calendarsChanged);
    itemFor(m_team)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!m_sync->calendar(m_team)->shown);
    QCOMPARE(changed.count(), 1);
    itemFor(m_team)->setCheckState(0, Qt::Checked);
    QVERIFY(m_sync->calendar(m_team)->shown);
}

void TestCalendarsPage::detailsModeIsStoredPerCalendar()
{
    auto* details = m_page->findChild<QComboBox*>(QStringLiteral("details-") + m_team);
    QVERIFY(details);
    QCOMPARE(details->currentData().toInt(), int(TeamCalendar::Details::NotesKeptLocal));
    details->setCurrentIndex(details->findData(int(TeamCalendar::Details::BusyOnly)));
    QCOMPARE(m_sync->calendar(m_team)->details, TeamCalendar::Details::BusyOnly);
    QCOMPARE(m_sync->calendar(m_shared)->details, TeamCalendar::Details::NotesKeptLocal);
}

void TestCalendarsPage::readOnlyCalendarCannotTakeNewAppointments()
{
    auto* useForNew = m_page->findChild<QPushButton*>(QStringLiteral("useForNew"));
    itemFor(m_shared)->setSelected(true);
    QVERIFY(!useForNew->isEnabled());
    itemFor(m_shared)->setSelected(false);
    itemFor(m_team)->setSelected(true);
    QVERIFY(useForNew->isEnabled());
    useForNew->click();
    QCOMPARE(m_sync->defaultCalendar().id, m_team);
    QVERIFY(itemFor(m_team)->text(0).endsWith(QStringLiteral("(new appointments)")));
}

QTEST_MAIN(TestCalendarsPage)
#include "tst_CalendarsPage.moc"
