#include "ui/calendar/AgendaView.h"

#include "ui/calendar/CalendarColors.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/calendar/OccurrenceModel.h"

#include <QAbstractListModel>
#include <QKeyEvent>
#include <QListView>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

constexpr int DayRole = AgendaView::DayRole;
constexpr int OccurrenceRowRole = AgendaView::OccurrenceRowRole;

// The occurrences as the agenda lists them: one that lasts several days (a three-day training, a
// night shift) is listed under each of its days in the window, not only under its first.
class AgendaLines : public QAbstractListModel
{
public:
    explicit AgendaLines(OccurrenceModel& occurrences, QObject* parent)
        : QAbstractListModel(parent)
        , m_occurrences(occurrences)
    {
        connect(&occurrences, &QAbstractItemModel::modelAboutToBeReset, this, &AgendaLines::beginResetModel);
        connect(&occurrences, &QAbstractItemModel::modelReset, this, [this] {
            collectLines();
            endResetModel();
        });
        collectLines();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_lines.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const auto& [occurrenceRow, day] = m_lines.at(index.row());
        if (role == DayRole)
            return day;
        if (role == OccurrenceRowRole)
            return occurrenceRow;
        return m_occurrences.index(occurrenceRow).data(role);
    }

private:
    void collectLines()
    {
        const QDate windowFirst = m_occurrences.firstDay();
        const QDate windowLast = windowFirst.addDays(m_occurrences.dayCount() - 1);
        QMap<QDate, QList<int>> rowsByDay;
        for (int row = 0; row < m_occurrences.rowCount(); ++row) {
            const QModelIndex index = m_occurrences.index(row);
            const QDate first = qMax(index.data(OccurrenceModel::FirstDayRole).toDate(), windowFirst);
            const QDate last = qMin(index.data(OccurrenceModel::LastDayRole).toDate(), windowLast);
            for (QDate day = first; day <= last; day = day.addDays(1))
                rowsByDay[day].append(row);
        }
        m_lines.clear();
        for (auto day = rowsByDay.cbegin(); day != rowsByDay.cend(); ++day) {
            for (int row : day.value())
                m_lines.append({ row, day.key() });
        }
    }

    OccurrenceModel& m_occurrences;
    QList<std::pair<int, QDate>> m_lines; // occurrence row, day
};

// A line per appointment and day; the first appointment of a day carries the day as a heading.
class AgendaDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static bool startsDay(const QModelIndex& index)
    {
        if (index.row() == 0)
            return true;
        const QModelIndex previous = index.siblingAtRow(index.row() - 1);
        return previous.data(DayRole).toDate() != index.data(DayRole).toDate();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int line = option.fontMetrics.height() + 8;
        return QSize(400, startsDay(index) ? 2 * line + 4 : line);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int line = option.fontMetrics.height() + 8;
        QRect row = option.rect;
        const QDate day = index.data(DayRole).toDate();
        const QLocale locale;
        const CalendarColors colors(option.palette);
        painter->save();
        if (startsDay(index)) {
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(colors.dayText(day == QDate::currentDate()));
            painter->drawText(row.adjusted(6, 4, 0, 0).topLeft() + QPoint(0, option.fontMetrics.ascent() + 4),
                              locale.toString(day, QLocale::LongFormat));
            painter->setFont(option.font);
            row.setTop(row.top() + line + 4);
        }
        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(row, colors.selectedBackground());
        const auto kind = static_cast<SessionKind>(index.data(OccurrenceModel::KindRole).toInt());
        const auto status = static_cast<AppointmentStatus>(index.data(OccurrenceModel::StatusRole).toInt());
        CalendarStyle::paintCalendarStripe(*painter, row.adjusted(0, 4, 0, -4), index);
        painter->fillRect(QRect(row.left() + 6, row.top() + 4, 5, row.height() - 8),
                          colors.appointmentFill(kind, status, false));
        painter->setPen(selected ? colors.selectedText() : colors.dayText(false));
        QString text = AgendaView::timeOnDay(index, day) + QStringLiteral("   ")
            + CalendarStyle::marks(kind, status, index) + QLatin1Char(' ') + index.data().toString();
        const QString participants = index.data(OccurrenceModel::ParticipantsRole).toString();
        if (!participants.isEmpty())
            text += QStringLiteral(" — ") + participants;
        QFont font = option.font;
        font.setStrikeOut(CalendarStyle::isStruckOut(status));
        painter->setFont(font);
        painter->drawText(row.adjusted(18, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(text, Qt::ElideRight, row.width() - 24));
        painter->restore();
    }
};

// The lines are read through the agenda itself (CalendarViewAccessible: a list of appointments),
// which says the appointment the keyboard moved to. The list said it too, for its own line, so a
// screen reader heard every appointment twice (the test user's H7): here the list keeps still.
class AgendaList : public QListView
{
public:
    using QListView::QListView;

protected:
    // QListView's own add only the accessibility events.
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override
    {
        QAbstractItemView::currentChanged(current, previous);
    }
    void selectionChanged(const QItemSelection& selected, const QItemSelection& deselected) override
    {
        QAbstractItemView::selectionChanged(selected, deselected);
    }
};

} // namespace

AgendaView::AgendaView(OccurrenceModel& model, QWidget* parent)
    : CalendarView(model, parent)
    , m_list(new AgendaList(this))
    , m_lines(new AgendaLines(model, this))
{
    m_list->setModel(m_lines);
    m_list->setItemDelegate(new AgendaDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);
    m_list->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(nullptr);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                selectRow(current.isValid() ? current.data(OccurrenceRowRole).toInt() : -1);
            });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT openRequested(index.data(OccurrenceRowRole).toInt());
    });
    connect(this, &CalendarView::selectionChanged, this,
            [this](int row) { m_list->setCurrentIndex(lineOf(row)); });
}

QString AgendaView::timeOnDay(const QModelIndex& index, const QDate& day)
{
    const QDate firstDay = index.data(OccurrenceModel::FirstDayRole).toDate();
    const QDate lastDay = index.data(OccurrenceModel::LastDayRole).toDate();
    const QString start
        = index.data(OccurrenceModel::StartRole).toDateTime().toString(QStringLiteral("HH:mm"));
    const QString end = index.data(OccurrenceModel::EndRole).toDateTime().toString(QStringLiteral("HH:mm"));
    QString time;
    if (index.data(OccurrenceModel::AllDayRole).toBool() || (day > firstDay && day < lastDay))
        time = tr("all day");
    else if (firstDay == lastDay)
        time = start + QStringLiteral("–") + end;
    else
        time = day == firstDay ? tr("from %1").arg(start) : tr("until %1").arg(end);
    if (firstDay == lastDay)
        return time;
    return tr("%1 (day %2 of %3)").arg(time).arg(firstDay.daysTo(day) + 1).arg(firstDay.daysTo(lastDay) + 1);
}

QModelIndex AgendaView::lineOf(int row) const
{
    // An occurrence listed under several days keeps the line the user is on.
    if (m_list->currentIndex().isValid() && m_list->currentIndex().data(OccurrenceRowRole).toInt() == row)
        return m_list->currentIndex();
    QModelIndex first;
    for (int line = 0; line < m_lines->rowCount() && row >= 0; ++line) {
        const QModelIndex index = m_lines->index(line);
        if (index.data(OccurrenceRowRole).toInt() != row)
            continue;
        if (index.data(DayRole).toDate() == focusDate())
            return index;
        if (!first.isValid())
            first = index;
    }
    return first;
}

QRect AgendaView::occurrenceArea(int row) const
{
    return m_list->visualRect(lineOf(row)).translated(m_list->viewport()->mapTo(this, QPoint(0, 0)));
}

void AgendaView::keyPressEvent(QKeyEvent* event)
{
    const int lines = m_lines->rowCount();
    if (lines > 0 && event->modifiers() == Qt::NoModifier
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        const int current = lineOf(selectedRow()).row();
        const QModelIndex line = m_lines->index(current < 0 ? 0 : qBound(0, current + step, lines - 1));
        // The list stays as it is: moving the focus date to the line's day started the list anew
        // at that day, so Up could not go back, and the row chosen before belonged to the old list.
        m_list->setCurrentIndex(line);
        selectRow(line.data(OccurrenceRowRole).toInt());
        return;
    }
    CalendarView::keyPressEvent(event);
}
