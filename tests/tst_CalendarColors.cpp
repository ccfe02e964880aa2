#include "tests/support/ColorSchemes.h"
#include "ui/calendar/CalendarColors.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/common/AccessibleCalendarWidget.h"
#include "ui/common/ReadableColors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QSet>
#include <QTest>

#include <cmath>

// The contrast of every pair of colours the calendar views paint with (text on its backgrounds,
// appointments' text on their blocks, frames and lines that carry meaning), computed from
// CalendarColors, which the views paint with, in the default palette, a dark one and the two
// high-contrast schemes. The ratio is computed here again, after WCAG 2.1, as the judge.
class TestCalendarColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theJudgeMeasuresAsWcag();
    void everyPairReads_data();
    void everyPairReads();
    void theColoursFollowThePalette();
    void everyKindAndStatusHasItsOwnMarks();
    void theMonthOverviewPaintsWithThem();
};

namespace {

double luminance(const QColor& color)
{
    double sum = 0;
    const double weights[] = { 0.2126, 0.7152, 0.0722 };
    const int channels[] = { color.red(), color.green(), color.blue() };
    for (int index = 0; index < 3; ++index) {
        const double value = channels[index] / 255.0;
        sum += weights[index] * (value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4));
    }
    return sum;
}

double ratio(const QColor& a, const QColor& b)
{
    const double first = luminance(a) + 0.05;
    const double second = luminance(b) + 0.05;
    return first > second ? first / second : second / first;
}

const QList<SessionKind> kinds
    = { SessionKind::Jitsi, SessionKind::ExternalLink, SessionKind::Phone, SessionKind::InPerson };
const QList<AppointmentStatus> statuses
    = { AppointmentStatus::Planned, AppointmentStatus::Started,       AppointmentStatus::Done,
        AppointmentStatus::NoShow,  AppointmentStatus::CancelledByUs, AppointmentStatus::CancelledByClient };

} // namespace

void TestCalendarColors::theJudgeMeasuresAsWcag()
{
    QCOMPARE(qRound(ratio(Qt::white, Qt::black) * 100), 2100);
    QCOMPARE(qRound(ratio(Qt::white, QColor(0x76, 0x76, 0x76)) * 100), 454); // the grey known to pass
    // What the views painted with before: white on the cancelled grey and on the in-person green,
    // today's date in Fusion's highlight on white.
    QCOMPARE(qRound(ratio(Qt::white, QColor(0x9a, 0x9a, 0x9a)) * 100), 281);
    QCOMPARE(qRound(ratio(Qt::white, QColor(0x4f, 0x8a, 0x3c)) * 100), 417);
    QCOMPARE(qRound(ratio(Qt::white, QColor(0x30, 0x8c, 0xc6)) * 100), 369);
    QCOMPARE(qRound(ReadableColors::contrast(QColor(0x4f, 0x8a, 0x3c), Qt::white) * 100), 417);
}

void TestCalendarColors::everyPairReads_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("default") << QApplication::palette();
    ColorSchemes::addRows();
}

void TestCalendarColors::everyPairReads()
{
    QFETCH(QPalette, palette);
    const CalendarColors colors(palette);
    const QList<std::pair<const char*, QColor>> dayBackgrounds = {
        { "day", colors.dayBackground() },
        { "weekend", colors.weekendBackground() },
        { "chosen day", colors.chosenDayBackground(false) },
        { "focused day", colors.chosenDayBackground(true) },
        { "header", colors.headerBackground() },
    };
    QStringList failures;
    const auto expect = [&](const QString& what, const QColor& front, const QColor& back, double needed) {
        if (ratio(front, back) < needed)
            failures.append(QStringLiteral("%1: %2 on %3 is %4:1")
                                .arg(what, front.name(), back.name())
                                .arg(ratio(front, back), 0, 'f', 2));
    };
    for (const auto& [name, background] : dayBackgrounds) {
        const QString on = QStringLiteral(" on the %1").arg(QLatin1String(name));
        expect(QStringLiteral("a date") + on, colors.dayText(false), background, 4.5);
        expect(QStringLiteral("today's date") + on, colors.dayText(true), background, 4.5);
        expect(QStringLiteral("a weekend date") + on, colors.weekendText(), background, 4.5);
        expect(QStringLiteral("another month's date") + on, colors.otherMonthText(), background, 4.5);
        expect(QStringLiteral("the focus frame") + on, colors.focusFrame(), background, 3.0);
        expect(QStringLiteral("the present time") + on, colors.nowLine(), background, 3.0);
    }
    expect(QStringLiteral("an hour"), colors.hourText(), colors.dayBackground(), 4.5);
    // The selected appointment: a ring of the day's colour around its block, then the focus frame.
    expect(QStringLiteral("the selection's frame on its ring"), colors.focusFrame(), colors.appointmentText(),
           3.0);
    expect(QStringLiteral("a selected line"), colors.selectedText(), colors.selectedBackground(), 4.5);
    for (SessionKind kind : kinds) {
        for (AppointmentStatus status : statuses) {
            for (bool selected : { false, true }) {
                const QColor fill = colors.appointmentFill(kind, status, selected);
                const QString what = QStringLiteral("appointment %1/%2%3")
                                         .arg(int(kind))
                                         .arg(int(status))
                                         .arg(selected ? QStringLiteral(" selected") : QString());
                expect(what + QStringLiteral(" text"), colors.appointmentText(), fill, 4.5);
                for (const auto& [name, background] : dayBackgrounds)
                    expect(what + QStringLiteral(" on the ") + QLatin1String(name), fill, background, 3.0);
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
}

// Derived from the palette, not fixed: on a dark scheme the appointments are light with dark text.
void TestCalendarColors::theColoursFollowThePalette()
{
    const CalendarColors light(
        ColorSchemes::scheme("#efefef", "#000000", "#ffffff", "#f7f7f7", "#308cc6", "#ffffff"));
    const CalendarColors dark(
        ColorSchemes::scheme("#2a2e32", "#fcfcfc", "#1b1e20", "#232629", "#3daee9", "#fcfcfc"));
    for (SessionKind kind : kinds) {
        QVERIFY(luminance(light.appointmentFill(kind, AppointmentStatus::Planned, false)) < 0.18);
        QVERIFY(luminance(dark.appointmentFill(kind, AppointmentStatus::Planned, false)) > 0.18);
    }
    QCOMPARE(light.appointmentText(), QColor(Qt::white));
    QCOMPARE(dark.appointmentText(), QColor(0x1b, 0x1e, 0x20));
    QVERIFY(luminance(dark.hourText()) > luminance(dark.dayBackground()));
    QVERIFY(luminance(light.hourText()) < luminance(light.dayBackground()));
}

// Colour is never the only sign: each kind and status reads differently without it.
void TestCalendarColors::everyKindAndStatusHasItsOwnMarks()
{
    QSet<QString> seen;
    for (SessionKind kind : kinds) {
        for (AppointmentStatus status : statuses) {
            if (status == AppointmentStatus::CancelledByClient)
                continue; // cancelled is cancelled; who cancelled is in the text
            const QString marks = CalendarStyle::marks(kind, status, QModelIndex());
            QVERIFY2(!seen.contains(marks), qPrintable(marks));
            seen.insert(marks);
        }
    }
}

void TestCalendarColors::theMonthOverviewPaintsWithThem()
{
    // The pairs above passed while the month overview painted the days of the months before and
    // after in Fusion's disabled grey, 1.9:1 on white: what it paints is measured here, in pixels.
    AccessibleCalendarWidget overview;
    overview.setSelectedDate(QDate(2026, 11, 30)); // 26 to 31 October and 1 to 6 December around it
    overview.resize(overview.sizeHint());
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    auto* days = overview.findChild<QAbstractItemView*>(QStringLiteral("qt_calendar_calendarview"));
    QVERIFY(days);
    const auto darkestAndBackground = [days](int row, int column) {
        const QModelIndex cell = days->model()->index(row, column);
        const QImage image = days->viewport()->grab(days->visualRect(cell)).toImage();
        QColor darkest = image.pixelColor(1, 1);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (luminance(image.pixelColor(x, y)) < luminance(darkest))
                    darkest = image.pixelColor(x, y);
            }
        }
        return std::pair { cell.data().toString(), ratio(darkest, image.pixelColor(1, 1)) };
    };
    // Row 0 names the weekdays and column 0 holds the week numbers.
    const auto [october, octoberContrast] = darkestAndBackground(1, 1);
    QCOMPARE(october, QStringLiteral("26"));
    QVERIFY2(octoberContrast >= 4.5, qPrintable(QStringLiteral("26 October at %1:1").arg(octoberContrast)));
    const auto [december, decemberContrast] = darkestAndBackground(6, 2);
    QCOMPARE(december, QStringLiteral("1"));
    QVERIFY2(decemberContrast >= 4.5, qPrintable(QStringLiteral("1 December at %1:1").arg(decemberContrast)));
}

QTEST_MAIN(TestCalendarColors)
#include "tst_CalendarColors.moc"
