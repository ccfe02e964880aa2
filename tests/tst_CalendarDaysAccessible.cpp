#include "tests/support/MockClock.h"
#include "ui/common/AccessibleCalendarWidget.h"
#include "ui/common/CalendarDaysAccessible.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

// A calendar's table of days as a screen reader reads it (the month overview beside the views, the
// date fields' pop-up): Qt's own table said "1", "2" for the days, "Mon" and "49" around them.
class TestCalendarDaysAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void daysSayTheirDateAndWhatIsOnThem();
    void keysTurnThePageAndSayTheDay();
    void cellsAreTheDaysQtShows_data();
    void cellsAreTheDaysQtShows();

private:
    QAbstractItemView* days() const
    {
        return m_calendar->findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview"));
    }
    QAccessibleInterface* table() const { return QAccessible::queryAccessibleInterface(days()); }

    MockClock m_clock { QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Berlin")) };
    std::unique_ptr<AccessibleCalendarWidget> m_calendar;
};

void TestCalendarDaysAccessible::init()
{
    m_calendar = std::make_unique<AccessibleCalendarWidget>();
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setClock(m_clock);
    m_calendar->setSelectedDate(QDate(2026, 11, 25));
}

void TestCalendarDaysAccessible::cleanup()
{
    m_calendar.reset();
}

void TestCalendarDaysAccessible::daysSayTheirDateAndWhatIsOnThem()
{
    m_calendar->setDayNotes({ { QDate(2026, 12, 1), QStringLiteral("2 appointments") } });
    QAccessibleInterface* days = table();
    QVERIFY(dynamic_cast<CalendarDaysAccessible*>(days));
    QCOMPARE(days->role(), QAccessible::Table);
    QAccessibleTableInterface* cells = days->tableInterface();
    // The weekdays' names above, the week numbers before, six weeks of days. The children come as
    // QTableView counts them in its focus events: its hidden header views first, as a row and a
    // column that are not shown.
    QCOMPARE(cells->rowCount(), 7);
    QCOMPARE(cells->columnCount(), 8);
    QCOMPARE(days->childCount(), 8 * 9);
    QCOMPARE(days->child(1 * 9 + 4), cells->cellAt(0, 3));
    QCOMPARE(days->indexOfChild(cells->cellAt(6, 2)), 7 * 9 + 3);
    QVERIFY(days->child(4)->state().invisible);
    QVERIFY(days->child(4)->text(QAccessible::Name).isEmpty());
    QCOMPARE(cells->cellAt(0, 2)->role(), QAccessible::ColumnHeader);
    QCOMPARE(cells->cellAt(0, 2)->text(QAccessible::Name), QStringLiteral("Tuesday"));
    QCOMPARE(cells->cellAt(3, 0)->role(), QAccessible::RowHeader);
    QCOMPARE(cells->cellAt(3, 0)->text(QAccessible::Name), QStringLiteral("Week 46"));
    QAccessibleInterface* first = cells->cellAt(1, 1);
    QCOMPARE(first->role(), QAccessible::Cell);
    QCOMPARE(first->text(QAccessible::Name), QStringLiteral("Monday, 26 October 2026, previous month"));
    QCOMPARE(cells->cellAt(5, 5)->text(QAccessible::Name), QStringLiteral("Friday, 27 November 2026, today"));
    QCOMPARE(cells->cellAt(6, 2)->text(QAccessible::Name),
             QStringLiteral("Tuesday, 1 December 2026, next month, 2 appointments"));
    QAccessibleInterface* chosen = cells->cellAt(5, 3);
    QCOMPARE(chosen->text(QAccessible::Name), QStringLiteral("Wednesday, 25 November 2026"));
    QVERIFY(chosen->state().selected);
    QCOMPARE(days->focusChild(), chosen);
    QCOMPARE(cells->selectedCells(), QList { chosen });

    // In December the same cell is another day: a new interface, so that nothing read before sticks.
    m_calendar->setSelectedDate(QDate(2026, 12, 1));
    QCOMPARE(days->focusChild()->text(QAccessible::Name),
             QStringLiteral("Tuesday, 1 December 2026, 2 appointments"));
    QCOMPARE(cells->cellAt(1, 1)->text(QAccessible::Name),
             QStringLiteral("Monday, 30 November 2026, previous month"));
}

// Into another month the calendar turns the page itself (Qt selected the day twice on the way, and a
// screen reader heard it twice, see the acceptance test): the keys still go where Qt's went, and
// the day reached is the one the table says has the focus.
void TestCalendarDaysAccessible::keysTurnThePageAndSayTheDay()
{
    m_calendar->setSelectedDate(QDate(2026, 11, 30));
    m_calendar->show();
    QVERIFY(QTest::qWaitForWindowActive(m_calendar.get()));
    days()->setFocus();
    QSignalSpy chosen(m_calendar.get(), &QCalendarWidget::selectionChanged);
    const struct
    {
        Qt::Key key;
        QDate day;
    } moves[] = { { Qt::Key_Right, QDate(2026, 12, 1) },    { Qt::Key_PageUp, QDate(2026, 11, 1) },
                  { Qt::Key_Left, QDate(2026, 10, 31) },    { Qt::Key_Down, QDate(2026, 11, 7) },
                  { Qt::Key_PageDown, QDate(2026, 12, 7) }, { Qt::Key_Up, QDate(2026, 11, 30) } };
    for (const auto& [key, day] : moves) {
        QTest::keyClick(days(), key);
        QCOMPARE(m_calendar->selectedDate(), day);
        QCOMPARE(m_calendar->monthShown(), day.month());
        const QString said = table()->focusChild()->text(QAccessible::Name);
        QVERIFY2(said.startsWith(QLocale().toString(day, QLocale::LongFormat)), qPrintable(said));
    }
    QCOMPARE(chosen.size(), 6);
}

void TestCalendarDaysAccessible::cellsAreTheDaysQtShows_data()
{
    QTest::addColumn<QCalendarWidget::VerticalHeaderFormat>("weekNumbers");
    QTest::addColumn<Qt::DayOfWeek>("firstDay");
    QTest::newRow("week numbers, Monday first") << QCalendarWidget::ISOWeekNumbers << Qt::Monday;
    QTest::newRow("no week numbers, Sunday first") << QCalendarWidget::NoVerticalHeader << Qt::Sunday;
}

// The cells' dates are worked out from the month shown as QCalendarWidget lays it out (its model
// is Qt's own): every day of two years of months against the number Qt shows in the cell.
void TestCalendarDaysAccessible::cellsAreTheDaysQtShows()
{
    QFETCH(QCalendarWidget::VerticalHeaderFormat, weekNumbers);
    QFETCH(Qt::DayOfWeek, firstDay);
    m_calendar->setVerticalHeaderFormat(weekNumbers);
    m_calendar->setFirstDayOfWeek(firstDay);
    const QAbstractItemModel* model = days()->model();
    for (QDate month(2026, 1, 1); month.year() < 2028; month = month.addMonths(1)) {
        m_calendar->setCurrentPage(month.year(), month.month());
        for (int row = m_calendar->headerRows(); row < model->rowCount(); ++row) {
            for (int column = m_calendar->headerColumns(); column < model->columnCount(); ++column) {
                const QDate date = m_calendar->dateAt(row, column);
                QVERIFY2(date.isValid() && model->index(row, column).data().toInt() == date.day(),
                         qPrintable(QStringLiteral("%1 in row %2, column %3 of %4")
                                        .arg(date.toString(Qt::ISODate))
                                        .arg(row)
                                        .arg(column)
                                        .arg(month.toString(QStringLiteral("MMMM yyyy")))));
            }
        }
        QCOMPARE(m_calendar->dateAt(m_calendar->headerRows(), m_calendar->headerColumns()),
                 m_calendar->firstDayShown());
    }
}

QTEST_MAIN(TestCalendarDaysAccessible)
#include "tst_CalendarDaysAccessible.moc"
