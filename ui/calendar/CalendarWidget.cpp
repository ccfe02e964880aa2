#include "ui/calendar/CalendarWidget.h"

#include "core/base/Clock.h"
#include "core/base/DateFormats.h"
#include "core/base/DateTimeInput.h"
#include "core/calendar/AppointmentMerge.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/IcsCodec.h"
#include "core/calendar/LocalDetails.h"
#include "core/calendar/RecurrenceRule.h"
#include "core/meeting/RoomFactory.h"
#include "core/settings/Settings.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/AppointmentDialog.h"
#include "ui/calendar/CalendarStyle.h"
#include "ui/calendar/EarlyStatusQuestion.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/NextAppointmentPanel.h"
#include "ui/calendar/OccurrenceModel.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/common/AccessibleCalendarWidget.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PlaceholderRoom.h"
#include "ui/common/ScrollingContent.h"
#include "ui/common/WrappingBar.h"

#include <QAccessible>
#include <QActionGroup>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int searchPage = 5;
// A search result's appointment: its UID, and the date it replaces when it is a date of a series.
constexpr int uidRole = Qt::UserRole;
constexpr int recurrenceIdRole = Qt::UserRole + 1;
constexpr int defaultSessionMinutes = 50; // the counseling hour
} // namespace

CalendarWidget::CalendarWidget(AppointmentStore& store, const Settings& settings, const Clock& clock,
                               QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_changes(store, undoStack, this)
    , m_model(new OccurrenceModel(store, this))
    , m_stack(new QStackedWidget(this))
    , m_modeTabs(new QTabBar(this))
    , m_period(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_searchTimer(new QTimer(this))
    , m_dayTimer(new QTimer(this))
    , m_today(clock.nowUtc().toLocalTime().date())
    , m_navigator(new AccessibleCalendarWidget(this))
    , m_navigatorDays(new OccurrenceModel(store, this))
    , m_next(new NextAppointmentPanel(store, clock, this))
{
    setObjectName(QStringLiteral("calendar"));
    m_views = { new TimeGridView(*m_model, 1, this), new TimeGridView(*m_model, 5, this),
                new TimeGridView(*m_model, 7, this), new MonthView(*m_model, this),
                new AgendaView(*m_model, this) };
    for (CalendarView* view : std::as_const(m_views)) {
        m_stack->addWidget(view);
        connect(view, &CalendarView::focusDateChanged, this, &CalendarWidget::windowChanged);
        connect(view, &CalendarView::selectionChanged, this,
                [this](int row) { Q_EMIT selectionChanged(row >= 0); });
        connect(view, &CalendarView::openRequested, this, &CalendarWidget::editOccurrence);
        connect(view, &CalendarView::rescheduleRequested, this,
                [this](int row, const QDateTime& start, const QDateTime& end) {
                    // Dragged: say where it went, and that only this date of a series moved.
                    const Occurrence occurrence = m_model->occurrence(row);
                    if (reschedule(row, start, end))
                        Q_EMIT statusMessage(
                            rescheduledMessage(occurrence, start, end,
                                               isPartOfSeries(occurrence) ? Scope::ThisDate : Scope::Single));
                });
        connect(view, &CalendarView::keyboardRescheduleRequested, this,
                &CalendarWidget::rescheduleFromKeyboard);
        connect(view, &CalendarView::deleteRequested, this, &CalendarWidget::deleteOccurrence);
        connect(view, &CalendarView::newRequested, this, &CalendarWidget::newAppointment);
        connect(view, &CalendarView::menuRequested, this, &CalendarWidget::showMenu);
        connect(view, &CalendarView::startRequested, this,
                [this](int row) { Q_EMIT startRequested(m_model->occurrence(row)); });
        connect(view, &CalendarView::inviteRequested, this,
                [this](int row) { Q_EMIT inviteRequested(m_model->occurrence(row)); });
        connect(view, &CalendarView::dayRequested, this, [this](const QDate& date) {
            setMode(Mode::Day);
            setFocusDate(date);
        });
    }
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_stack->addWidget(m_results);

    auto* today = new QToolButton(this);
    today->setText(tr("Today"));
    today->setToolTip(tr("Go to today (T)"));
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous (Page Up)"));
    previous->setAccessibleName(tr("Previous"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next (Page Down)"));
    next->setAccessibleName(tr("Next"));
    connect(today, &QToolButton::clicked, this, &CalendarWidget::goToday);
    connect(previous, &QToolButton::clicked, this, &CalendarWidget::goPrevious);
    connect(next, &QToolButton::clicked, this, &CalendarWidget::goNext);
    QFont periodFont = m_period->font();
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.2);
    periodFont.setBold(true);
    m_period->setFont(periodFont);
    m_period->setObjectName(QStringLiteral("period"));

    auto* moving = new QWidget(this);
    auto* movingLayout = new QHBoxLayout(moving);
    movingLayout->setContentsMargins(0, 0, 0, 0);
    movingLayout->addWidget(today);
    movingLayout->addWidget(previous);
    movingLayout->addWidget(next);
    movingLayout->addSpacing(8);
    movingLayout->addWidget(m_period, 1);
    const QStringList modeNames = { tr("Day"), tr("Work week"), tr("Week"), tr("Month"), tr("Agenda") };
    m_modeTabs->setObjectName(QStringLiteral("views"));
    m_modeTabs->setDrawBase(false);
    m_modeTabs->setExpanding(false);
    // All of them always in sight: with large fonts the bar wraps instead.
    m_modeTabs->setUsesScrollButtons(false);
    for (int index = 0; index < modeNames.size(); ++index) {
        m_modeTabs->addTab(modeNames.at(index));
        m_modeTabs->setTabToolTip(index, tr("%1 (Ctrl+%2)").arg(modeNames.at(index)).arg(index + 1));
        m_views.at(index)->setAccessibleName(modeNames.at(index));
    }
    connect(m_modeTabs, &QTabBar::currentChanged, this, [this](int index) {
        // Qt names the tab list after its current tab, but does not say when that changes: a
        // screen reader kept calling it "Month" while the agenda was shown.
        QAccessibleEvent renamed(m_modeTabs, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&renamed);
        if (index != int(m_mode))
            showMode(static_cast<Mode>(index));
    });
    // The shown view's tab still looks chosen over the search results; a click on it is how a
    // Windows user goes back (it did nothing, and the results stayed).
    connect(m_modeTabs, &QTabBar::tabBarClicked, this, [this] {
        if (m_stack->currentIndex() == searchPage)
            clearSearch();
    });
    auto* switching = new QWidget(this);
    auto* switchingLayout = new QHBoxLayout(switching);
    switchingLayout->setContentsMargins(0, 0, 0, 0);
    switchingLayout->addWidget(m_modeTabs);
    switchingLayout->addStretch(1);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search appointments"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    PlaceholderRoom::keep(m_search);
    switchingLayout->addSpacing(12);
    switchingLayout->addWidget(m_search);
    m_topBar = new WrappingBar(moving, switching, this);
    m_topBar->setObjectName(QStringLiteral("topBar"));

    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setGridVisible(false);
    m_navigator->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_navigator->setFirstDayOfWeek(Qt::Monday);
    m_navigator->setAccessibleName(tr("Month overview"));
    m_navigator->setClock(m_clock);
    connect(m_navigator, &QCalendarWidget::currentPageChanged, m_navigatorDays, [this] {
        m_navigatorDays->setWindow(m_navigator->firstDayShown(), AccessibleCalendarWidget::daysShown);
    });
    connect(m_navigatorDays, &QAbstractItemModel::modelReset, this,
            &CalendarWidget::countNavigatorAppointments);
    m_navigatorDays->setWindow(m_navigator->firstDayShown(), AccessibleCalendarWidget::daysShown);
    // The arrow keys choose a day here; the calendar shows it at once.
    connect(m_navigator, &QCalendarWidget::selectionChanged, this,
            [this] { setFocusDate(m_navigator->selectedDate()); });
    connect(m_navigator, &QCalendarWidget::clicked, this, &CalendarWidget::setFocusDate);
    connect(m_navigator, &QCalendarWidget::activated, this, [this] { currentView()->setFocus(); });
    connect(m_next, &NextAppointmentPanel::openRequested, this, &CalendarWidget::openAppointment);
    connect(m_next, &NextAppointmentPanel::startRequested, this, &CalendarWidget::startRequested);
    connect(m_next, &NextAppointmentPanel::startingSoon, this, &CalendarWidget::startingSoon);
    connect(m_next, &NextAppointmentPanel::checkRequested, this, &CalendarWidget::checkRequested);

    m_sideLayout = new QVBoxLayout;
    m_sideLayout->setContentsMargins(0, 0, 0, 0);
    m_sideLayout->addWidget(m_navigator);
    m_sideLayout->addWidget(m_next);
    m_sideLayout->addStretch();
    m_side = ScrollingContent::around(m_sideLayout, this);
    m_side->setObjectName(QStringLiteral("sideColumn"));
    m_side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Fitted again when its content changes, not only when the window is resized.
    m_side->widget()->installEventFilter(this);
    auto* body = new QHBoxLayout;
    body->addWidget(m_side);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_topBar);
    layout->addLayout(body, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    m_dayTimer->setObjectName(QStringLiteral("dayTimer"));
    m_dayTimer->setSingleShot(true);
    m_dayTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may be half an hour late after a day
    connect(m_dayTimer, &QTimer::timeout, this, &CalendarWidget::followToday);
    followToday();
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openAppointment(item->data(uidRole).toString(), QDateTime()); });

    m_tabOrder = { m_navigator, today, previous, next, m_modeTabs };
    for (CalendarView* view : std::as_const(m_views))
        m_tabOrder.append(view);
    for (QWidget* part : m_next->findChildren<QWidget*>()) {
        if (part->focusPolicy() & Qt::TabFocus)
            m_tabOrder.append(part);
    }
    m_tabOrder.append({ m_search, m_results });
    orderTabs();
    // F6 and Shift+F6 jump from region to region.
    auto* nextRegion = new QShortcut(QKeySequence(Qt::Key_F6), this, [this] { moveToRegion(1); });
    auto* previousRegion
        = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), this, [this] { moveToRegion(-1); });
    for (QShortcut* shortcut : { nextRegion, previousRegion })
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);

    setMode(Mode::WorkWeek);
    setFocusDate(m_clock.nowUtc().toLocalTime().date());
}

void CalendarWidget::orderTabs()
{
    for (qsizetype index = 1; index < m_tabOrder.size(); ++index)
        setTabOrder(m_tabOrder.at(index - 1), m_tabOrder.at(index));
}

void CalendarWidget::moveToRegion(int step)
{
    const QList<QWidget*> regions = { m_navigator, m_modeTabs, m_stack->currentWidget(), m_next, m_search };
    const auto contains = [](QWidget* region, QWidget* widget) {
        return widget && (region == widget || region->isAncestorOf(widget));
    };
    qsizetype current = -1;
    for (qsizetype index = 0; index < regions.size(); ++index) {
        if (contains(regions.at(index), focusWidget()))
            current = index;
    }
    // The region itself, or the first of its parts Tab reaches (the Tab order above may have put
    // them anywhere in the window's focus chain); a region with nothing to focus (no next
    // appointment) is passed over.
    for (qsizetype tried = 1; tried <= regions.size(); ++tried) {
        QWidget* region = regions.at((current + step * tried + regions.size() * 2) % regions.size());
        QWidget* part = region;
        do {
            if (contains(region, part) && (part->focusPolicy() & Qt::TabFocus) && part->isVisible()
                && part->isEnabled()) {
                part->setFocus(Qt::ShortcutFocusReason);
                return;
            }
            part = part->nextInFocusChain();
        } while (part != region);
    }
}

QSize CalendarWidget::minimumSizeHint() const
{
    const QMargins margins = layout()->contentsMargins();
    const int width = std::max(m_topBar->minimumSizeHint().width(), m_stack->minimumSizeHint().width());
    return { width + margins.left() + margins.right(),
             m_topBar->heightForWidth(width) + layout()->spacing() + m_stack->minimumSizeHint().height()
                 + margins.top() + margins.bottom() };
}

void CalendarWidget::resizeEvent(QResizeEvent* event)
{
    fitSideColumn();
    QWidget::resizeEvent(event);
}

void CalendarWidget::setSidebarChoice(std::optional<bool> shown)
{
    m_sidebarChoice = shown;
    fitSideColumn();
}

bool CalendarWidget::isSidebarShown() const
{
    return !m_side->isHidden();
}

void CalendarWidget::fitSideColumn()
{
    const QMargins margins = layout()->contentsMargins();
    const int innerWidth = width() - margins.left() - margins.right();
    const int bodyHeight = height() - margins.top() - margins.bottom() - m_topBar->heightForWidth(innerWidth)
        - layout()->spacing();
    const QSize column = m_side->widget()->minimumSizeHint();
    const bool scrolls = bodyHeight < column.height();
    // As wide as the month overview; the next appointment's lines and buttons wrap in it (a
    // longer button later, „Jetzt Kamera und Mikrofon prüfen …“, pushed the Sunday out of sight).
    const int sideWidth = std::max(m_navigator->sizeHint().width(), column.width())
        + (scrolls ? m_side->verticalScrollBar()->sizeHint().width() : 0);
    m_side->setFixedWidth(sideWidth);
    bool shown = false;
    if (m_sidebarChoice.value_or(false)) {
        shown = innerWidth >= sideWidth + layout()->spacing() + m_stack->minimumSizeHint().width();
        placeNextAppointment(!shown);
    } else if (!m_sidebarChoice) {
        // A work week stays readable: about ten characters for each of its days.
        const int viewsWidth
            = std::max(m_stack->minimumSizeHint().width(), fontMetrics().averageCharWidth() * 60);
        shown = innerWidth >= sideWidth + layout()->spacing() + viewsWidth && !scrolls;
    }
    if (!m_sidebarChoice.value_or(false))
        placeNextAppointment(false);
    if (shown == isSidebarShown())
        return;
    m_side->setVisible(shown);
    Q_EMIT sidebarShownChanged(shown);
}

void CalendarWidget::placeNextAppointment(bool aboveViews)
{
    auto* main = static_cast<QVBoxLayout*>(layout());
    if (aboveViews == (main->indexOf(m_next) >= 0))
        return;
    if (aboveViews) {
        m_sideLayout->removeWidget(m_next);
        main->insertWidget(1, m_next);
    } else {
        main->removeWidget(m_next);
        m_sideLayout->insertWidget(1, m_next);
    }
    m_next->setWide(aboveViews);
    m_next->show();
    orderTabs();
}

CalendarView* CalendarWidget::currentView() const
{
    return m_views.at(int(m_mode));
}

QDate CalendarWidget::focusDate() const
{
    return currentView()->focusDate();
}

void CalendarWidget::setMode(Mode mode)
{
    showMode(mode);
    currentView()->setFocus();
}

void CalendarWidget::showMode(Mode mode)
{
    const QDate date = focusDate();
    m_mode = mode;
    m_modeTabs->setCurrentIndex(int(mode));
    m_stack->setCurrentWidget(currentView());
    currentView()->setFocusDate(date);
    windowChanged();
}

void CalendarWidget::setFocusDate(const QDate& date)
{
    if (m_stack->currentIndex() == searchPage)
        m_search->clear();
    currentView()->setFocusDate(date);
    windowChanged();
}

void CalendarWidget::windowChanged()
{
    if (m_stack->currentIndex() == searchPage && m_search->text().isEmpty())
        m_stack->setCurrentWidget(currentView());
    CalendarView* view = currentView();
    const QDate date = view->focusDate();
    m_model->setWindow(view->windowStart(date), view->windowDays());
    m_navigator->selectDay(date);
    const QLocale locale;
    const QDate first = m_model->firstDay();
    const QDate last = first.addDays(m_model->dayCount() - 1);
    switch (m_mode) {
    case Mode::Day:
        m_period->setText(locale.toString(date, QLocale::LongFormat));
        break;
    case Mode::WorkWeek:
    case Mode::Week:
        m_period->setText(tr("Week %1: %2 – %3")
                              .arg(first.weekNumber())
                              .arg(locale.toString(first, DateFormats::dayMonth(locale)),
                                   locale.toString(m_mode == Mode::WorkWeek ? first.addDays(4) : last,
                                                   DateFormats::dayMonthYear(locale))));
        break;
    case Mode::Month:
        m_period->setText(locale.toString(date, QStringLiteral("MMMM yyyy")));
        break;
    case Mode::Agenda:
        m_period->setText(tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                            locale.toString(last, QLocale::ShortFormat)));
        break;
    }
    view->setAccessibleDescription(m_period->text());
}

void CalendarWidget::countNavigatorAppointments()
{
    QHash<QDate, QString> notes;
    for (QDate day = m_navigatorDays->firstDay();
         day < m_navigatorDays->firstDay().addDays(m_navigatorDays->dayCount()); day = day.addDays(1)) {
        if (const int count = int(m_navigatorDays->rowsOn(day).size()))
            notes.insert(day, tr("%n appointments", nullptr, count));
    }
    m_navigator->setDayNotes(notes);
}

void CalendarWidget::goToday()
{
    setFocusDate(m_clock.nowUtc().toLocalTime().date());
}

void CalendarWidget::followToday()
{
    // Left open overnight, the calendar still showed yesterday as the day to plan on: a new
    // appointment opened on it, "in the past".
    const QDateTime now = m_clock.nowUtc().toLocalTime();
    if (now.date() != m_today) {
        if (m_stack->currentIndex() != searchPage && focusDate() == m_today)
            setFocusDate(now.date());
        m_today = now.date();
        currentView()->update();
    }
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    constexpr qint64 minute = 60 * 1000;
    m_dayTimer->start(int(std::clamp(now.msecsTo(midnight) + 1000, qint64(1000), minute)));
}

void CalendarWidget::goPrevious()
{
    setFocusDate(focusDate().addDays(-currentView()->pageDays()));
}

void CalendarWidget::goNext()
{
    setFocusDate(focusDate().addDays(currentView()->pageDays()));
}

void CalendarWidget::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool CalendarWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_side->widget() && event->type() == QEvent::LayoutRequest)
        fitSideColumn();
    if ((watched != m_search && watched != m_results) || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    // Escape in the search field or its results leaves the search, like closing a find bar, also
    // when nothing was typed: the next key (T for today) went into the field.
    if (key == Qt::Key_Escape) {
        clearSearch();
        return true;
    }
    // Down goes from the field into the results, as in a browser's address bar.
    if (watched == m_search && key == Qt::Key_Down && m_stack->currentWidget() == m_results
        && m_results->count() > 0) {
        m_results->setFocus();
        m_results->setCurrentRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CalendarWidget::clearSearch()
{
    m_search->clear();
    m_searchTimer->stop(); // nothing left to search for
    m_results->clear();
    m_stack->setCurrentWidget(currentView());
    currentView()->setFocus();
}

void CalendarWidget::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_stack->setCurrentWidget(currentView());
        return;
    }
    m_results->clear();
    const QLocale locale;
    for (const Appointment& appointment : m_store.search(text)) {
        const QString names = appointment.participantNames();
        const QString when = appointment.allDay
            ? locale.toString(appointment.startDate, QLocale::ShortFormat)
            : locale.toString(appointment.start.toLocalTime(), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(when + QStringLiteral("   ") + appointment.title
                                             + (names.isEmpty() ? QString() : QStringLiteral(" — ") + names),
                                         m_results);
        item->setData(uidRole, appointment.uid);
        if (appointment.recurrenceId)
            item->setData(recurrenceIdRole, *appointment.recurrenceId);
    }
    if (m_results->count() == 0)
        new QListWidgetItem(tr("Nothing found for \"%1\".").arg(text), m_results);
    m_results->setCurrentRow(0);
    m_stack->setCurrentIndex(searchPage);
}

bool CalendarWidget::hasSelection() const
{
    return currentView()->selectedRow() >= 0;
}

std::optional<Occurrence> CalendarWidget::selectedOccurrence() const
{
    // With search results shown, the one chosen there: Start Selected Session started the appointment
    // selected in the calendar hidden behind them.
    if (m_stack->currentIndex() == searchPage)
        return chosenResult();
    if (!hasSelection())
        return std::nullopt;
    return m_model->occurrence(currentView()->selectedRow());
}

std::optional<Occurrence> CalendarWidget::chosenResult() const
{
    const QListWidgetItem* item = m_results->currentItem();
    const QString uid = item ? item->data(uidRole).toString() : QString();
    const std::optional<Appointment> appointment = m_store.find(uid);
    if (!appointment)
        return std::nullopt;
    if (const QDateTime recurrenceId = item->data(recurrenceIdRole).toDateTime(); recurrenceId.isValid())
        return m_store.occurrenceOf(uid, recurrenceId);
    if (!appointment->isRecurring())
        return m_store.occurrenceOf(uid, {});
    // A series stands in the results by its first date; the one to act on is under way or next.
    const QDateTime now = m_clock.nowUtc();
    for (const Occurrence& date : m_store.occurrences(now, now.addYears(1))) {
        if (date.appointment->uid == uid)
            return date;
    }
    return m_store.occurrenceOf(uid, {});
}

std::optional<Occurrence> CalendarWidget::nextAppointment() const
{
    return m_next->next();
}

std::optional<Occurrence> CalendarWidget::nextSession() const
{
    return m_next->nextSession();
}

void CalendarWidget::setOpenSessions(const QStringList& occurrenceKeys)
{
    m_next->setOpenSessions(occurrenceKeys);
}

bool CalendarWidget::change(const QString& text, const QList<Appointment>& before,
                            const QList<Appointment>& after)
{
    return m_changes.change(text, before, after);
}

namespace {

QString partName(AppointmentMerge::Part part)
{
    switch (part) {
    case AppointmentMerge::Part::Title:
        return CalendarWidget::tr("title");
    case AppointmentMerge::Part::When:
        return CalendarWidget::tr("time");
    case AppointmentMerge::Part::Recurrence:
        return CalendarWidget::tr("repetition");
    case AppointmentMerge::Part::Session:
        return CalendarWidget::tr("kind of session");
    case AppointmentMerge::Part::Counselor:
        return CalendarWidget::tr("counselor");
    case AppointmentMerge::Part::Reminders:
        return CalendarWidget::tr("reminders");
    case AppointmentMerge::Part::Status:
        return CalendarWidget::tr("status");
    case AppointmentMerge::Part::Notes:
        return CalendarWidget::tr("notes");
    case AppointmentMerge::Part::Participants:
        return CalendarWidget::tr("participants");
    case AppointmentMerge::Part::SessionRecord:
        return CalendarWidget::tr("what happened in the session");
    case AppointmentMerge::Part::Calendar:
        return CalendarWidget::tr("calendar");
    case AppointmentMerge::Part::Dates:
        break;
    }
    return CalendarWidget::tr("single dates of the series");
}

} // namespace

bool CalendarWidget::ontoStoredNow(const QString& title, QList<Appointment>& before,
                                   QList<Appointment>& after)
{
    const QList<Appointment> now = m_store.series(before.constFirst().uid);
    if (now.isEmpty()) {
        // Deleted meanwhile (a colleague in the team calendar): saved without a word, it came back.
        if (MessageBox::choose(this, tr("Deleted Meanwhile"),
                               tr("While you edited \"%1\", it was deleted, in the team calendar or "
                                  "elsewhere. Save it again with your changes?")
                                   .arg(title),
                               { tr("&Save Again") })
            != 0) {
            Q_EMIT statusMessage(tr("\"%1\" was not saved: it was deleted meanwhile.").arg(title));
            return false;
        }
        before.clear();
        return true;
    }
    if (std::is_permutation(now.cbegin(), now.cend(), before.cbegin(), before.cend()))
        return true;
    AppointmentMerge::Result merged = AppointmentMerge::merge(before, after, now);
    if (merged.hasConflicts()) {
        QStringList parts;
        for (const AppointmentMerge::Part part : std::as_const(merged.conflicts))
            parts.append(partName(part));
        const int choice = MessageBox::choose(this, tr("Changed Meanwhile"),
                                              tr("While you edited \"%1\", this was changed in the team "
                                                 "calendar as well: %2. Keep yours or the "
                                                 "other? Everything else you changed is saved either way.")
                                                  .arg(title, QLocale().createSeparatedList(parts)),
                                              { tr("Keep &Mine"), tr("Keep the &Other") });
        if (choice < 0) {
            Q_EMIT statusMessage(tr("\"%1\" was not saved.").arg(title));
            return false;
        }
        if (choice == 1)
            merged = AppointmentMerge::merge(before, after, now, AppointmentMerge::Prefer::Theirs);
    }
    before = now;
    after = merged.merged;
    return true;
}

void CalendarWidget::changeFromDialog(const QString& title, const QString& text, QList<Appointment> before,
                                      QList<Appointment> after)
{
    if (!before.isEmpty() && !ontoStoredNow(title, before, after))
        return;
    if (std::is_permutation(after.cbegin(), after.cend(), before.cbegin(), before.cend())) {
        Q_EMIT statusMessage(tr("\"%1\" was not changed.").arg(title));
        return;
    }
    if (change(text, before, after))
        Q_EMIT statusMessage(tr("\"%1\" was saved. Undo with %2.").arg(title, CalendarChanges::undoKey()));
}

void CalendarWidget::newAppointment(const QDate& date, const QTime& time)
{
    Appointment appointment;
    appointment.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    appointment.kind = m_settings.serverProfiles().isEmpty() ? SessionKind::InPerson : SessionKind::Jitsi;
    const QDate day = date.isValid() ? date : plannedDay();
    const QTime start = time.isValid() ? time : suggestedStart(day);
    QString error;
    appointment.setLocalTimes(day, start, start.addSecs(defaultSessionMinutes * 60),
                              QString::fromUtf8(QTimeZone::systemTimeZone().id()), &error);
    // Where the user chose new appointments to go (Settings → Calendars).
    const QList<TeamCalendar> writable = writableCalendars();
    const auto chosen = std::find_if(writable.cbegin(), writable.cend(),
                                     [](const TeamCalendar& calendar) { return calendar.isDefault; });
    if (chosen != writable.cend())
        appointment.calendarId = chosen->id;
    AppointmentDialog dialog(appointment, m_settings, m_store, m_clock, false, this);
    dialog.offerCalendars(writable);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Appointment created = dialog.appointment();
    if (created.kind == SessionKind::Jitsi)
        created.roomName = RoomFactory().newRoomName();
    if (change(tr("Create \"%1\"").arg(created.title), {}, { created }))
        selectInCalendar(created);
    const auto in
        = std::find_if(writable.cbegin(), writable.cend(), [&created](const TeamCalendar& calendar) {
              return calendar.id == created.calendarId;
          });
    Q_EMIT statusMessage(writable.size() > 1 && in != writable.cend()
                             ? tr("\"%1\" was added to \"%2\".").arg(created.title, in->displayName())
                             : tr("\"%1\" was added.").arg(created.title));
}

void CalendarWidget::selectInCalendar(const Appointment& appointment)
{
    m_stack->setCurrentWidget(currentView());
    // An all-day appointment's start is widened into the day before for other zones: its day is its date.
    setFocusDate(appointment.allDay ? appointment.startDate : appointment.start.toLocalTime().date());
    m_model->reload();
    const int row = m_model->rowOf(appointment.uid, {});
    currentView()->selectRow(row >= 0 ? row : m_model->rowOf(appointment.uid, appointment.start));
    currentView()->setFocus(Qt::OtherFocusReason);
}

QDate CalendarWidget::plannedDay() const
{
    // On a weekend the work week shows the coming one, but its day stays the weekend's (the full
    // week shows it): a new appointment went to that Saturday, out of sight.
    const QDate day = focusDate();
    return shows(day) ? day : m_model->firstDay();
}

QTime CalendarWidget::suggestedStart(const QDate& day) const
{
    // 09:00 on today, once the morning had gone, opened the dialog with "lies in the past".
    const QTime morning(9, 0);
    const QDateTime now = m_clock.nowUtc().toLocalTime();
    if (day != now.date() || now.time() < morning)
        return morning;
    return QTime(std::min(now.time().hour() + 1, 23), 0);
}

QList<TeamCalendar> CalendarWidget::writableCalendars() const
{
    QList<TeamCalendar> writable;
    std::copy_if(m_calendars.cbegin(), m_calendars.cend(), std::back_inserter(writable),
                 [](const TeamCalendar& calendar) { return !calendar.readOnly; });
    return writable;
}

void CalendarWidget::openAppointment(const QString& uid, const QDateTime& recurrenceId)
{
    if (uid.isEmpty())
        return;
    const std::optional<Appointment> master = m_store.find(uid);
    if (!master)
        return;
    if (const QString reason = m_model->readOnlyReason(*master); !reason.isEmpty()) {
        showReadOnly(*master, reason);
        return;
    }
    if (!recurrenceId.isValid() || !master->isRecurring()) {
        const QList<Appointment> before = m_store.series(uid);
        AppointmentDialog dialog(*master, m_settings, m_store, m_clock, false, this);
        dialog.offerCalendars(writableCalendars());
        if (dialog.exec() != QDialog::Accepted)
            return;
        QList<Appointment> after = before;
        after[0] = dialog.appointment();
        // Only a changed time of day moves the dates: the first date also moves when the rule
        // changes, or onto the rule's first date for a series saved before that was done, and
        // neither moves what was held or cancelled.
        if (const qint64 seconds
            = before[0].start.toLocalTime().time().secsTo(after[0].start.toLocalTime().time());
            before[0].isRecurring() && seconds != 0)
            moveDatesOfSeries(after, 0, seconds);
        // A series moves to another calendar with its changed dates: one UID lives in one calendar.
        for (Appointment& appointment : after)
            appointment.calendarId = after[0].calendarId;
        if (after[0].kind == SessionKind::Jitsi && after[0].roomName.isEmpty())
            after[0].roomName = RoomFactory().newRoomName();
        changeFromDialog(after[0].title, tr("Edit \"%1\"").arg(after[0].title), before, after);
        return;
    }
    int row = m_model->rowOf(uid, recurrenceId);
    if (row < 0) { // not in view: go to its day first
        setFocusDate(recurrenceId.toLocalTime().date());
        row = m_model->rowOf(uid, recurrenceId);
    }
    if (row >= 0)
        editOccurrence(row);
}

void CalendarWidget::editOccurrence(int row)
{
    const Occurrence occurrence = m_model->occurrence(row);
    if (const QString reason = m_model->readOnlyReason(*occurrence.appointment); !reason.isEmpty()) {
        showReadOnly(occurrence.standalone(), reason);
        return;
    }
    const QString uid = occurrence.appointment->uid;
    const QList<Appointment> before = m_store.series(uid);
    const bool inSeries
        = occurrence.recurrenceId.isValid() || occurrence.appointment->recurrenceId.has_value();
    const int choice = askWhatToChange(occurrence);
    if (choice < 0)
        return;
    if (!inSeries || choice == 1) {
        openAppointment(uid, {});
        return;
    }
    AppointmentDialog dialog(occurrence.standalone(), m_settings, m_store, m_clock, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Appointment edited = dialog.appointment();
    changeFromDialog(
        edited.title,
        tr("Edit \"%1\" on %2")
            .arg(edited.title,
                 QLocale().toString(occurrence.isAllDay() ? occurrence.date
                                                          : occurrence.start.toLocalTime().date(),
                                    QLocale::ShortFormat)),
        before, CalendarChanges::withDate(before, edited));
}

int CalendarWidget::askWhatToChange(const Occurrence& occurrence)
{
    if (!isPartOfSeries(occurrence))
        return 0;
    return MessageBox::choose(
        this, tr("Edit Recurring Appointment"),
        tr("\"%1\" is part of a series. What do you want to change?").arg(occurrence.appointment->title),
        { tr("&Only this appointment"), tr("The &whole series") });
}

void CalendarWidget::setCalendars(const QList<TeamCalendar>& calendars)
{
    m_calendars = calendars;
    m_model->setCalendars(calendars);
    m_navigatorDays->setCalendars(calendars);
}

bool CalendarWidget::refusedAsReadOnly(int row)
{
    const QString reason = m_model->readOnlyReason(*m_model->occurrence(row).appointment);
    if (!reason.isEmpty())
        Q_EMIT statusMessage(reason);
    return !reason.isEmpty();
}

void CalendarWidget::showReadOnly(const Appointment& appointment, const QString& reason)
{
    AppointmentDialog dialog(appointment, m_settings, m_store, m_clock, false, this);
    dialog.showReadOnly(reason);
    dialog.exec();
}

bool CalendarWidget::reschedule(int row, const QDateTime& start, const QDateTime& end)
{
    if (refusedAsReadOnly(row))
        return false;
    const Occurrence occurrence = m_model->occurrence(row);
    const QString uid = occurrence.appointment->uid;
    const QList<Appointment> before = m_store.series(uid);
    Appointment moved = occurrence.standalone();
    moved.start = start.toUTC();
    moved.end = end.toUTC();
    QString problem;
    if (!moved.validate(&problem)) {
        MessageBox::warning(this, tr("Appointment Not Moved"), problem);
        return false;
    }
    // Named for what it did: the Edit menu offers "Undo End … at 11:05", not a move that never was.
    const QString text = moved.start == occurrence.start
        ? tr("End \"%1\" at %2").arg(moved.title, end.toString(DateTimeInput::timeFormat()))
        : tr("Move \"%1\" to %2").arg(moved.title, QLocale().toString(start, QLocale::ShortFormat));
    if (!change(text, before, CalendarChanges::withDate(before, moved)))
        return false;
    // Moved out of the days shown (past midnight in the day view, beyond the week), the view goes
    // with it, so that the next Alt+arrow still moves it: left behind, it was no longer selected.
    if (!shows(start.toLocalTime().date()))
        selectMoved(uid, occurrence.appointment->recurrenceId.value_or(occurrence.recurrenceId), start);
    return true;
}

void CalendarWidget::selectMoved(const QString& uid, const QDateTime& recurrenceId, const QDateTime& start)
{
    if (const QDate day = start.toLocalTime().date(); !shows(day))
        setFocusDate(day);
    m_model->reload();
    currentView()->selectRow(m_model->rowOf(uid, recurrenceId));
}

bool CalendarWidget::shows(const QDate& day) const
{
    return day >= m_model->firstDay() && day < m_model->firstDay().addDays(m_model->dayCount());
}

void CalendarWidget::rescheduleFromKeyboard(int row, const QDateTime& start, const QDateTime& end)
{
    if (refusedAsReadOnly(row))
        return;
    const Occurrence occurrence = m_model->occurrence(row);
    const int choice = askWhatToChange(occurrence);
    if (choice < 0 || !(choice == 1 ? rescheduleSeries(row, start, end) : reschedule(row, start, end)))
        return;
    Q_EMIT statusMessage(rescheduledMessage(occurrence, start, end,
                                            choice == 1                      ? Scope::WholeSeries
                                                : isPartOfSeries(occurrence) ? Scope::ThisDate
                                                                             : Scope::Single));
}

QString CalendarWidget::rescheduledMessage(const Occurrence& occurrence, const QDateTime& start,
                                           const QDateTime& end, Scope scope)
{
    const QString title = occurrence.appointment->title;
    const QString undo = CalendarChanges::undoKey();
    if (start == occurrence.start.toLocalTime()) {
        const QString time = end.toString(DateTimeInput::timeFormat());
        switch (scope) {
        case Scope::Single:
            return tr("\"%1\" now ends at %2. Undo with %3.").arg(title, time, undo);
        case Scope::ThisDate:
            return tr("Only this date of \"%1\" now ends at %2. Undo with %3.").arg(title, time, undo);
        case Scope::WholeSeries:
            return tr("Every date of the series \"%1\" now ends at %2. Undo with %3.").arg(title, time, undo);
        }
    }
    const QString when = QLocale().toString(start, QStringLiteral("ddd ") + DateTimeInput::timeFormat());
    switch (scope) {
    case Scope::Single:
        break;
    case Scope::ThisDate:
        return tr("Only this date of \"%1\" moved to %2. Undo with %3.").arg(title, when, undo);
    case Scope::WholeSeries:
        return tr("The whole series \"%1\" moved; this date is now %2. Undo with %3.").arg(title, when, undo);
    }
    return tr("\"%1\" moved to %2. Undo with %3.").arg(title, when, undo);
}

bool CalendarWidget::isPartOfSeries(const Occurrence& occurrence)
{
    return occurrence.recurrenceId.isValid() || occurrence.appointment->recurrenceId.has_value();
}

QDateTime CalendarWidget::movedBy(const QDateTime& time, qint64 days, qint64 seconds)
{
    return time.toLocalTime().addDays(days).addSecs(seconds).toUTC();
}

void CalendarWidget::moveDatesOfSeries(QList<Appointment>& series, qint64 days, qint64 seconds)
{
    for (Appointment& appointment : series) {
        if (appointment.recurrenceId)
            appointment.recurrenceId = movedBy(*appointment.recurrenceId, days, seconds);
        for (QDateTime& date : appointment.exceptionDates)
            date = movedBy(date, days, seconds);
        for (RecurrenceDate& date : appointment.recurrenceDates)
            date.start = movedBy(date.start, days, seconds);
    }
}

bool CalendarWidget::rescheduleSeries(int row, const QDateTime& start, const QDateTime& end)
{
    const Occurrence occurrence = m_model->occurrence(row);
    const QList<Appointment> before = m_store.series(occurrence.appointment->uid);
    if (before.isEmpty() || before.first().recurrenceId) // an exception whose series is not here
        return reschedule(row, start, end);
    // Steps in wall-clock time: a day later stays at the same hour across a change of summer time.
    const QDateTime oldStart = occurrence.start.toLocalTime();
    const qint64 days = oldStart.date().daysTo(start.date());
    const qint64 startSeconds = oldStart.addDays(days).secsTo(start);
    const qint64 endSeconds = occurrence.end.toLocalTime().addDays(days).secsTo(end);
    QList<Appointment> after;
    for (Appointment appointment : before) {
        appointment.start = movedBy(appointment.start, days, startSeconds);
        appointment.end = movedBy(appointment.end, days, endSeconds);
        after.append(appointment);
    }
    moveDatesOfSeries(after, days, startSeconds);
    Appointment& series = after.first();
    const QTimeZone zone(series.timeZone.toUtf8());
    std::optional<RecurrenceRule> rule
        = series.rrule.isEmpty() ? std::nullopt : RecurrenceRule::parse(series.rrule, zone);
    if (rule && !rule->weekdays.isEmpty() && days % 7 != 0) {
        for (Qt::DayOfWeek& weekday : rule->weekdays)
            weekday = Qt::DayOfWeek((int(weekday) - 1 + days % 7 + 7) % 7 + 1);
        series.rrule = rule->toString(zone, series.allDay);
    }
    QString problem;
    if (!series.validate(&problem)) {
        MessageBox::warning(this, tr("Appointment Not Moved"), problem);
        return false;
    }
    if (!change(
            days == 0 && startSeconds == 0
                ? tr("End series \"%1\" at %2").arg(series.title, end.toString(DateTimeInput::timeFormat()))
                : tr("Move series \"%1\"").arg(series.title),
            before, after))
        return false;
    // A date of a series is known by its original start, and that moved with the series: the view
    // lost the moved date, and the next Alt+arrow moved nothing.
    const QDateTime original = occurrence.recurrenceId.isValid()
        ? occurrence.recurrenceId
        : occurrence.appointment->recurrenceId.value_or(QDateTime());
    selectMoved(series.uid, movedBy(original, days, startSeconds), start);
    return true;
}

void CalendarWidget::setStatus(int row, AppointmentStatus status)
{
    if (refusedAsReadOnly(row))
        return;
    const Occurrence occurrence = m_model->occurrence(row);
    if (occurrence.appointment->status == status)
        return;
    const QString title = occurrence.appointment->title;
    const QDateTime start = occurrence.start.toLocalTime();
    const QString day
        = QLocale().toString(occurrence.isAllDay() ? occurrence.date : start.date(), QLocale::ShortFormat);
    if (!EarlyStatusQuestion::allows(this, occurrence.standalone(), status, m_clock.nowUtc()))
        return;
    if (m_changes.setStatus(occurrence, status))
        Q_EMIT statusMessage(
            tr("\"%1\" on %2 is now marked \"%3\". Undo with %4.")
                .arg(title, day, Appointment::statusText(status), CalendarChanges::undoKey()));
}

void CalendarWidget::showMenu(int row, const QPoint& globalPosition)
{
    const Occurrence occurrence = m_model->occurrence(row);
    QMenu menu(this);
    menu.addAction(tr("&Open…"), this, [this, row] { editOccurrence(row); });
    if (!m_model->readOnlyReason(*occurrence.appointment).isEmpty()) {
        menu.exec(globalPosition);
        return;
    }
    QMenu* statuses = menu.addMenu(tr("&Status"));
    auto* oneStatus = new QActionGroup(statuses); // a date has one status: radio items
    for (AppointmentStatus status : Appointment::statusesToChoose()) {
        QAction* action = statuses->addAction(CalendarStyle::statusChoice(status), this,
                                              [this, row, status] { setStatus(row, status); });
        action->setActionGroup(oneStatus);
        action->setCheckable(true);
        action->setChecked(occurrence.appointment->status == status);
    }
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, [this, row] { deleteOccurrence(row); });
    menu.exec(globalPosition);
}

void CalendarWidget::openSelected()
{
    if (hasSelection())
        editOccurrence(currentView()->selectedRow());
}

void CalendarWidget::resizeSelected(int minutes)
{
    QDateTime start;
    QDateTime end;
    if (currentView()->resizedSelection(minutes * 60, &start, &end))
        rescheduleFromKeyboard(currentView()->selectedRow(), start, end);
}

void CalendarWidget::deleteSelected()
{
    if (hasSelection())
        deleteOccurrence(currentView()->selectedRow());
}

void CalendarWidget::deleteOccurrence(int row)
{
    if (refusedAsReadOnly(row))
        return;
    const Occurrence occurrence = m_model->occurrence(row);
    const Appointment& appointment = *occurrence.appointment;
    const QList<Appointment> before = m_store.series(appointment.uid);
    const QDateTime recurrenceId = appointment.recurrenceId.value_or(occurrence.recurrenceId);
    QList<Appointment> after;
    Scope scope = Scope::Single;
    if (recurrenceId.isValid()) {
        const int choice = MessageBox::choose(
            this, tr("Delete Recurring Appointment"),
            tr("\"%1\" is part of a series. What do you want to delete?").arg(appointment.title),
            { tr("&Only this appointment"), tr("The &whole series") });
        if (choice < 0)
            return;
        scope = choice == 0 ? Scope::ThisDate : Scope::WholeSeries;
        if (choice == 0) {
            for (Appointment stored : before) {
                if (stored.recurrenceId == recurrenceId)
                    continue;
                if (!stored.recurrenceId && !stored.exceptionDates.contains(recurrenceId))
                    stored.exceptionDates.append(recurrenceId);
                after.append(stored);
            }
        }
    }
    change(tr("Delete \"%1\"").arg(appointment.title), before, after);
    currentView()->selectRow(-1);
    const QString title = appointment.title;
    Q_EMIT statusMessage(
        scope == Scope::ThisDate
            ? tr("Only this date of \"%1\" was deleted. Undo with %2.").arg(title, CalendarChanges::undoKey())
            : scope == Scope::WholeSeries
            ? tr("The whole series \"%1\" was deleted. Undo with %2.").arg(title, CalendarChanges::undoKey())
            : tr("\"%1\" was deleted. Undo with %2.").arg(title, CalendarChanges::undoKey()));
}

bool CalendarWidget::importFile(const QString& path, IcsImportReport* report)
{
    const QList<Appointment> imported = IcsCodec::readFile(path, QTimeZone::systemTimeZone(), report,
                                                           CounselorIdentity::fromSettings(m_settings));
    if (imported.isEmpty()) {
        report->log();
        return false;
    }
    QSet<QString> uids;
    for (const Appointment& appointment : imported)
        uids.insert(appointment.uid);
    QList<Appointment> before;
    for (const QString& uid : std::as_const(uids))
        before.append(m_store.series(uid));
    // What the file brings replaces the same appointment or occurrence, keeping what was added here
    // since (a file knows nothing of the client, notes, kind or room entered in Vieraugen); the
    // rest stays.
    QList<Appointment> after = imported;
    const LocalDetails storedCopies(before);
    for (Appointment& appointment : after) {
        if (const Appointment* mine = storedCopies.counterpart(appointment))
            LocalDetails::keep(appointment, *mine, false);
    }
    report->count(after, before);
    const LocalDetails importedCopies(imported);
    for (const Appointment& stored : std::as_const(before)) {
        if (!importedCopies.counterpart(stored))
            after.append(stored);
    }
    // A file already in the calendar as it is changes nothing, and leaves nothing to undo.
    if (report->changesAnything()
        && !change(tr("Import \"%1\"").arg(QFileInfo(path).fileName()), before, after)) {
        report->created = report->updated = report->unchanged = 0;
        report->fatal = tr("the appointments could not be saved.");
    }
    report->log();
    return report->fatal.isEmpty();
}

bool CalendarWidget::exportFile(const QString& path, IcsCodec::Detail detail, QString* report)
{
    const QList<Appointment> appointments = m_store.all();
    QString error;
    if (!IcsCodec::writeFile(path, appointments, detail, &error)) {
        *report = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    *report = tr("Exported %n appointments to %1.", nullptr, int(appointments.size()))
                  .arg(QDir::toNativeSeparators(path));
    return true;
}
