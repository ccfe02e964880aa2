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
    const QDate first
        = std::max(model().index(row).data(OccurrenceModel::FirstDayRole).toDate(), model().firstDay());
    for (const DayLine& line : dayLines(first)) {
        if (line.row == row)
            return line.rect;
    }
    return cellRect(first); // among those only counted
}

QString MonthView::lineText(int row, int width) const
{
    const QModelIndex index = model().index(row);
    const auto kind = static_cast<SessionKind>(index.data(OccurrenceModel::KindRole).toInt());
    const auto status = static_cast<AppointmentStatus>(index.data(OccurrenceModel::StatusRole).toInt());
    // The kind's symbol too: the colour must not be the only sign of it.
    const QString marks = CalendarStyle::marks(kind, status, index) + QLatin1Char(' ');
    const QString time = index.data(OccurrenceModel::AllDayRole).toBool()
        ? QString()
        : index.data(OccurrenceModel::StartRole).toDateTime().toString(QStringLiteral("HH:mm "));
    const QString title = index.data().toString();
    const QFontMetrics metrics = fontMetrics();
    return metrics.elidedText(CalendarStyle::lead(marks, time, title, metrics, width) + title, Qt::ElideRight,
                              width);
}

QList<MonthView::DayLine> MonthView::dayLines(const QDate& date) const
{
    const QRect cell = cellRect(date);
    const QList<int> rows = rowsOn(date);
    QList<DayLine> lines;
    if (cell.isEmpty() || rows.isEmpty())
        return lines;
    const QFontMetrics metrics = fontMetrics();
    const auto textWidth = [this](int row, const QRect& rect) {
        return rect.width() - 3 - CalendarStyle::stripeWidth(model().index(row));
    };
    const int room = (cell.height() - lineHeight() - 4) / lineHeight();
    if (room < 1 || (room == 1 && rows.size() > 1)) {
        // One line for all (large fonts, a small screen): the first appointment and how many more,
        // beside the day's number when there is no line below it. "+2" alone there gave no clue
        // which appointment a day held.
        QFont bold = font();
        bold.setBold(true);
        const int number = QFontMetrics(bold).horizontalAdvance(QString::number(date.day())) + 6;
        const QRect rect = room < 1
            ? QRect(cell.left() + 3, cell.top() + 2, cell.width() - 6 - number, lineHeight() - 1)
            : QRect(cell.left() + 3, cell.top() + lineHeight() + 2, cell.width() - 6, lineHeight() - 1);
        const QString more = rows.size() > 1 ? QStringLiteral(" +%1").arg(rows.size() - 1) : QString();
        const int width = textWidth(rows.first(), rect) - metrics.horizontalAdvance(more);
        lines.append({ rows.first(), rect, lineText(rows.first(), width) + more });
        return lines;
    }
    for (int line = 0; line < rows.size() && line < room; ++line) {
        const QRect rect(cell.left() + 3, cell.top() + lineHeight() + 2 + line * lineHeight(),
                         cell.width() - 6, lineHeight() - 1);
        if (line == room - 1 && rows.size() > room) {
            const int more = int(rows.size() - line);
            const QString text = tr("+%n more", nullptr, more);
            lines.append(
                { -1, rect,
                  metrics.horizontalAdvance(text) <= rect.width() ? text : QStringLiteral("+%1").arg(more) });
            break;
        }
        lines.append({ rows.at(line), rect, lineText(rows.at(line), textWidth(rows.at(line), rect)) });
    }
    return lines;
}

QStringList MonthView::dayText(const QDate& date) const
{
    QStringList texts;
    for (const DayLine& line : dayLines(date))
        texts.append(line.text);
    return texts;
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

        for (const DayLine& line : dayLines(date)) {
            if (line.row < 0) {
                painter.setPen(colors.dayText(false));
                painter.drawText(line.rect, Qt::AlignLeft | Qt::AlignVCenter, line.text);
                continue;
            }
            const QModelIndex index = model().index(line.row);
            const auto kind = static_cast<SessionKind>(index.data(OccurrenceModel::KindRole).toInt());
            const auto status
                = static_cast<AppointmentStatus>(index.data(OccurrenceModel::StatusRole).toInt());
            painter.fillRect(line.rect, colors.appointmentFill(kind, status, line.row == selectedRow()));
            const int stripe = CalendarStyle::paintCalendarStripe(painter, line.rect, index);
            painter.setPen(colors.appointmentText());
            font.setStrikeOut(CalendarStyle::isStruckOut(status));
            painter.setFont(font);
            painter.drawText(line.rect.adjusted(2 + stripe, 0, -1, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             line.text);
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
    int row = -1;
    for (const DayLine& line : dayLines(date)) {
        if (line.row >= 0 && line.rect.contains(event->position().toPoint()))
            row = line.row;
    }
    selectRow(row);
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
