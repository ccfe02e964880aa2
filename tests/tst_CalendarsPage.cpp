#include "core/calendar/AppointmentStore.h"
#include "core/secrets/SecretStore.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/TeamCalendars.h"
#include "tests/support/TestWorkspace.h"
#include "ui/settings/CalendarsPage.h"

#include <QAccessible>
#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
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
    void detailsAreChosenOnlyForAWritableTeamCalendar();
    void readOnlyCalendarCannotTakeNewAppointments();
    void colourChosenHereIsKeptAndCanBeReset();
    void whatTheServerGetsIsReadableInFull();

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
    const CalDavAccount account
        = TeamCalendars::addAccount(*m_sync, QStringLiteral("empfang"), QStringLiteral("Beratungsstelle"));
    m_team
        = TeamCalendars::addCalendar(*m_sync, account, QStringLiteral("Team"), QStringLiteral("#3a7bd5")).id;
    m_shared = TeamCalendars::addCalendar(*m_sync, account, QStringLiteral("Anna"), QStringLiteral("#3a7bd5"),
                                          true)
                   .id;
    QVERIFY(!m_team.isEmpty() && !m_shared.isEmpty());
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
    // What the server gets, in each calendar's row: one column that wraps, no second one that
    // squeezed the names (tester12's J13).
    QCOMPARE(local->text(0),
             QStringLiteral(
                 "On this computer (new appointments)\nTo the server: nothing (stays on this computer)"));
    QVERIFY(itemFor(m_team));
    QCOMPARE(itemFor(m_team)->text(0), QStringLiteral("Team\nTo the server: Details without notes"));
    QCOMPARE(itemFor(m_team)->parent()->text(0), QStringLiteral("Beratungsstelle"));
    QCOMPARE(itemFor(m_shared)->text(0),
             QStringLiteral("Anna (read-only)\nTo the server: nothing (read-only)"));
    // A screen reader hears the name and what is sent, in one line.
    QCOMPARE(itemFor(m_team)->data(0, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Team. To the server: Details without notes"));
    auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("calendars"));
    QCOMPARE(list->columnCount(), 1);
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
    auto* details = m_page->findChild<QComboBox*>(QStringLiteral("details"));
    QVERIFY(details);
    itemFor(m_team)->setSelected(true);
    QVERIFY(details->isEnabled());
    QCOMPARE(details->currentData().toInt(), int(TeamCalendar::Details::NotesKeptLocal));
    QCOMPARE(details->accessibleName(), QStringLiteral("What Team gets of each appointment"));
    details->setCurrentIndex(details->findData(int(TeamCalendar::Details::BusyOnly)));
    QCOMPARE(m_sync->calendar(m_team)->details, TeamCalendar::Details::BusyOnly);
    QCOMPARE(m_sync->calendar(m_shared)->details, TeamCalendar::Details::NotesKeptLocal);
    // Its row says so at once.
    QCOMPARE(itemFor(m_team)->text(0), QStringLiteral("Team\nTo the server: Busy only (no client data)"));
    QVERIFY(itemFor(m_team)->isSelected());
}

void TestCalendarsPage::detailsAreChosenOnlyForAWritableTeamCalendar()
{
    auto* details = m_page->findChild<QComboBox*>(QStringLiteral("details"));
    auto* note = m_page->findChild<QLabel*>(QStringLiteral("detailsNote"));
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // Nothing selected: nothing to choose, and the field is named by its label.
    QVERIFY(!details->isEnabled());
    QVERIFY(note->isVisible());
    QCOMPARE(QAccessible::queryAccessibleInterface(details)->text(QAccessible::Name),
             QStringLiteral("Sent to the server:"));

    QVERIFY2(m_sync->setDetails(m_team, TeamCalendar::Details::Everything, nullptr), "stored");
    const QList<std::pair<QString, TeamCalendar::Details>> before
        = { { m_team, TeamCalendar::Details::Everything },
            { m_shared, TeamCalendar::Details::NotesKeptLocal } };
    for (const QString& id : { QString::fromLatin1(Appointment::localCalendar), m_shared }) {
        m_page->findChild<QTreeWidget*>(QStringLiteral("calendars"))->setCurrentItem(itemFor(id));
        QVERIFY(!details->isEnabled());
        QCOMPARE(details->currentIndex(), -1);
        QCOMPARE(details->currentText(), QString());
        QVERIFY(note->isVisible());
        QVERIFY(!note->text().isEmpty());
    }
    QCOMPARE(note->text(), QStringLiteral("A read-only calendar: nothing goes from here to its server."));
    // Selecting one shows its choice and stores nothing (nothing is sent until chosen).
    m_page->findChild<QTreeWidget*>(QStringLiteral("calendars"))->setCurrentItem(itemFor(m_team));
    QVERIFY(details->isEnabled());
    QVERIFY(!note->isVisible());
    QCOMPARE(details->currentData().toInt(), int(TeamCalendar::Details::Everything));
    for (const auto& [id, stored] : before)
        QCOMPARE(m_sync->calendar(id)->details, stored);
}

void TestCalendarsPage::readOnlyCalendarCannotTakeNewAppointments()
{
    auto* useForNew = m_page->findChild<QPushButton*>(QStringLiteral("useForNew"));
    itemFor(m_shared)->setSelected(true);
    QVERIFY(!useForNew->isEnabled());
    itemFor(m_shared)->setSelected(false);
    itemFor(m_team)->setSelected(true);
    QVERIFY(useForNew->isEnabled());
    QSignalSpy changed(m_page.get(), &CalendarsPage::calendarsChanged);
    useForNew->click();
    QCOMPARE(m_sync->defaultCalendar().id, m_team);
    QVERIFY(itemFor(m_team)->text(0).startsWith(QStringLiteral("Team (new appointments)\n")));
    // Said at once, so that the calendar's next new appointment goes there (it did so only after a
    // restart).
    QCOMPARE(changed.size(), 1);
}

void TestCalendarsPage::colourChosenHereIsKeptAndCanBeReset()
{
    auto* choose = m_page->findChild<QPushButton*>(QStringLiteral("chooseColor"));
    auto* reset = m_page->findChild<QPushButton*>(QStringLiteral("resetColor"));
    QVERIFY(!choose->isEnabled());
    itemFor(m_shared)->setSelected(true);
    // A read-only calendar's colour is the viewer's choice too.
    QVERIFY(choose->isEnabled());
    QVERIFY(!reset->isEnabled());

    QSignalSpy changed(m_page.get(), &CalendarsPage::calendarsChanged);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto* dialog = qobject_cast<QColorDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QCOMPARE(dialog->currentColor(), QColor(0x3a, 0x7b, 0xd5));
        dialog->setCurrentColor(QColor(0x2e, 0x7d, 0x32));
        dialog->accept();
    });
    choose->click();
    QVERIFY(dialogSeen);
    QCOMPARE(m_sync->calendar(m_shared)->chosenColor, QStringLiteral("#2e7d32"));
    QCOMPARE(m_sync->calendar(m_team)->shownColor(), QStringLiteral("#3a7bd5"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(itemFor(m_shared)->icon(0).pixmap(14, 14).toImage().pixelColor(7, 7), QColor(0x2e, 0x7d, 0x32));
    // The list was read again: the calendar stays selected, so Reset applies to it.
    QVERIFY(itemFor(m_shared)->isSelected());
    QVERIFY(reset->isEnabled());

    // Cancel keeps the colour.
    QTimer::singleShot(0, this, [] {
        if (auto* dialog = qobject_cast<QColorDialog*>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    choose->click();
    QCOMPARE(m_sync->calendar(m_shared)->chosenColor, QStringLiteral("#2e7d32"));

    reset->click();
    QVERIFY(m_sync->calendar(m_shared)->chosenColor.isEmpty());
    QCOMPARE(m_sync->calendar(m_shared)->shownColor(), QStringLiteral("#3a7bd5"));
    QVERIFY(!reset->isEnabled());
}

void TestCalendarsPage::whatTheServerGetsIsReadableInFull()
{
    // As large as the page is in the settings dialog; a confidentiality choice cut off to
    // "Details wi…" behind a scroll bar could not be read.
    m_page->resize(640, 420);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    itemFor(m_team)->setSelected(true);
    auto* details = m_page->findChild<QComboBox*>(QStringLiteral("details"));
    QVERIFY(details->isVisible());
    QVERIFY(details->width() >= details->sizeHint().width());
    QVERIFY(m_page->rect().contains(QRect(details->mapTo(m_page.get(), QPoint()), details->size())));
}

QTEST_MAIN(TestCalendarsPage)
#include "tst_CalendarsPage.moc"
