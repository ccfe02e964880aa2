#include "ui/calendar/MonthView.h"

#include "ui/calendar/CalendarColors.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

MonthView::MonthView(OccurrenceModel& model, QWidget* parent)
    : CalendarView(model, parent)
{ }

QSize MonthView::minimumSizeHint() const
{
    // Each day with its number, at least: small enough for a desktop scaled to 200 % on a 1024×700
    // screen. What a day holds then is only counted (see paintEvent).
    const int dayWidth = fontMetrics().horizontalAdvance(QStringLiteral("+99 00")) + 8;
    return { 7 * dayWidth, headerHeight() + 6 * (lineHeight() + 4) };
}

int MonthView::headerHeight() const
{
    return std::max(22, fontMetrics().lineSpacing() + 6);
}

int MonthView::lineHeight() const
{
    return std::max(17, fontMetrics().lineSpacing() + 2);
}

QDate MonthView::windowStart(const QDate& date) const
{
    const QDate firstOfMonth(date.year(), date.month(), 1);
    return firstOfMonth.addDays(1 - firstOfMonth.dayOfWeek());
}

QRect MonthView::cellRect(const QDate& date) const
{
    const qint64 index = model().firstDay().daysTo(date);
    if (index < 0 || index >= windowDays())
        return {};
    const int columnWidth = width() / 7;
    const int rowHeight = (height() - headerHeight()) / 6;
    return QRect(int(index % 7) * columnWidth, headerHeight() + int(index / 7) * rowHeight, columnWidth,
                 rowHeight);
}

QString MonthView::cellName(int row, int column) const
{
    return QLocale().toString(model().firstDay().addDays(row * 7 + column), QLocale::LongFormat);
}

QString MonthView::columnName(int column) const
{
    return QLocale().dayName(column + 1);
}

QList<int> MonthView::occurrencesInCell(int row, int column) const
{
    return rowsOn(model().firstDay().addDays(row * 7 + column));
}

QRect MonthView::cellArea(int row, int column) const
{
    return cellRect(model().firstDay().addDays(row * 7 + column));
}

QPoint MonthView::focusCell() const
{
    const qint64 index = std::clamp<qint64>(model().firstDay().daysTo(focusDate()), 0, windowDays() - 1);
    return QPoint(int(index % 7), int(index / 7));
}

QRect MonthView::occurrenceArea(int row) const
{
    const QDate first = model().index(row).data(OccurrenceModel::FirstDayRole).toDate();
    const QRect cell = cellRect(std::max(first, model().firstDay()));
    const qsizetype line = std::max<qsizetype>(0, rowsOn(std::max(first, model().firstDay())).indexOf(row));
    return QRect(cell.left() + 3, cell.top() + lineHeight() + 2 + int(line) * lineHeight(), cell.width() - 6,
                 lineHeight() - 1)
        .intersected(cell);
}

QDate MonthView::dateAt(const QPoint& position) const
{
    const int column = qBound(0, position.x() / qMax(1, width() / 7), 6);
    const int row = qBound(0, (position.y() - headerHeight()) / qMax(1, (height() - headerHeight()) / 6), 5);
    return model().firstDay().addDays(row * 7 + column);
}

void MonthView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const CalendarColors colors(palette());
    painter.fillRect(rect(), colors.dayBackground());
    const QLocale locale;
    const int columnWidth = width() / 7;
    painter.setPen(colors.dayText(false));
    for (int day = 1; day <= 7; ++day)
        painter.drawText(QRect((day - 1) * columnWidth, 0, columnWidth, headerHeight()), Qt::AlignCenter,
                         locale.dayName(day, QLocale::ShortFormat));

    for (int day = 0; day < windowDays(); ++day) {
        const QDate date = model().firstDay().addDays(day);
        const QRect cell = cellRect(date);
        if (date.month() != focusDate().month())
            painter.fillRect(cell, colors.weekendBackground());
        if (date == focusDate())
            painter.fillRect(cell, colors.chosenDayBackground(hasFocus()));
        painter.setPen(colors.gridLine());
        painter.drawRect(cell.adjusted(0, 0, -1, -1));

        QFont font = painter.font();
        font.setBold(date == QDate::currentDate());
        painter.setFont(font);
        painter.setPen(colors.dayText(date == QDate::currentDate()));
        painter.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignRight | Qt::AlignTop,
                         QString::number(date.day()));
        font.setBold(false);
        painter.setFont(font);

        if (date == focusDate() && hasFocus()) {
            painter.save();
            painter.setPen(QPen(colors.focusFrame(), 2));
            painter.drawRect(cell.adjusted(1, 1, -1, -1));
            painter.restore();
        }

        const QList<int> rows = rowsOn(date);
        const int room = qMax(0, (cell.height() - lineHeight() - 4) / lineHeight());
        if (room == 0 && !rows.isEmpty()) {
            // No line below the day's number (large fonts, a small screen): how many, beside it.
            painter.setPen(colors.dayText(false));
            painter.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("+%1").arg(rows.size()));
        }
        for (int line = 0; line < rows.size() && line < room; ++line) {
            const bool lastLine = line == room - 1 && rows.size() > room;
            const QRect textRect(cell.left() + 3, cell.top() + lineHeight() + 2 + line * lineHeight(),
                                 cell.width() - 6, lineHeight() - 1);
            if (lastLine) {
                const int more = int(rows.size() - line);
                const QString text = tr("+%n more", nullptr, more);
                painter.setPen(colors.dayText(false));
                painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                                 painter.fontMetrics().horizontalAdvance(text) <= textRect.width()
                                     ? text
                                     : QStringLiteral("+%1").arg(more));
                break;
            }
            const QModelIndex index = model().index(rows.at(line));
            const auto kind = static_cast<SessionKind>(index.data(OccurrenceModel::KindRole).toInt());
            const auto status
                = static_cast<AppointmentStatus>(index.data(OccurrenceModel::StatusRole).toInt());
            painter.fillRect(textRect, colors.appointmentFill(kind, status, rows.at(line) == selectedRow()));
            const int stripe = CalendarStyle::paintCalendarStripe(painter, textRect, index);
            painter.setPen(colors.appointmentText());
            font.setStrikeOut(CalendarStyle::isStruckOut(status));
            painter.setFont(font);
            // The kind's symbol too: the colour must not be the only sign of it.
            const QString marks = CalendarStyle::marks(kind, status, index) + QLatin1Char(' ');
            const QString time = index.data(OccurrenceModel::AllDayRole).toBool()
                ? QString()
                : index.data(OccurrenceModel::StartRole).toDateTime().toString(QStringLiteral("HH:mm "));
            painter.drawText(textRect.adjusted(3 + stripe, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(marks + time + index.data().toString(),
                                                              Qt::ElideRight, textRect.width() - 5 - stripe));
            font.setStrikeOut(false);
            painter.setFont(font);
        }
    }
}

void MonthView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QDate date = dateAt(event->position().toPoint());
    setFocusDate(date);
    const QRect cell = cellRect(date);
    const int line = (event->position().toPoint().y() - cell.top() - lineHeight() - 2) / lineHeight();
    const QList<int> rows = rowsOn(date);
    selectRow(line >= 0 && line < rows.size() ? rows.at(line) : -1);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event)
{
    mousePressEvent(event);
    if (selectedRow() >= 0)
        Q_EMIT openRequested(selectedRow());
    else
        Q_EMIT dayRequested(focusDate());
}

void MonthView::keyPressEvent(QKeyEvent* event)
{
    // In a month, up and down move by a week; the rest is as in every view.
    if (event->modifiers() == Qt::NoModifier
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        setFocusDate(focusDate().addDays(event->key() == Qt::Key_Up ? -7 : 7));
        return;
    }
    CalendarView::keyPressEvent(event);
}
