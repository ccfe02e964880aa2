#include "core/base/Translations.h"
#include "core/calendar/AppointmentStore.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/sync/CalendarObject.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/TeamCalendars.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/AppointmentDialog.h"
#include "ui/calendar/CalendarWidget.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/OccurrenceModel.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/common/DateField.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadableColors.h"
#include "ui/common/TimeField.h"
#include "ui/invite/InviteDialog.h"
#include "ui/invite/ParticipantDialog.h"
#include "ui/invite/PhoneReadoutDialog.h"
#include "ui/session/SessionEngine.h"
#include "ui/session/SessionPage.h"
#include "ui/session/SessionWindow.h"
#include "ui/settings/CalDavAccountDialog.h"
#include "ui/settings/CalendarsPage.h"
#include "ui/settings/ServerProfileDialog.h"
#include "ui/setup/SetupAssistant.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/HelpWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/UpdateDialog.h"
#include "ui/sync/ConflictDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtMath>

// Fonts at 200 % (WCAG 1.4.4) on a small screen: the main window and the dialogs a counselor works
// with fit the screen and show every text whole. Three runs (tests/CMakeLists.txt): the app's font
// doubled on a 1024×700 screen; the desktop's 200 % font setting (QT_FONT_DPI=192: Qt scales
// everything by 2, a 1024×700 screen has room for 512×350); the desktop scaled to 150 % on a
// 1280×800 laptop (QT_SCALE_FACTOR=1.5: 853×533). A widget's text is cut off when the widget got
// less room than it needs for it (its minimum size, or the height its wrapped text takes at its
// width), when it reaches out of its parent (unless that scrolls), or when the window does not fit
// the screen.
class TestLargeFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void mainWindowOpensWithinTheScreen();
    void mainWindowFitsTheScreen();
    void mainWindowRestoresWithinTheScreen();
    void mainWindowShowsEveryTextWhole();
    void sidebarComesBackWithStart();
    void checkBeforeASessionShowsWhole();
    void teamCalendarsStateShowsWhole();
    void statusMessageEndsBeforeTheSyncState();
    void appointmentDialogShowsEveryTextWhole();
    void settingsPagesShowEveryTextWhole();
    void calendarsPageShowsEveryRowWhole();
    void helpTopicsShowEveryTitleWhole();
    void inviteDialogShowsEveryTextWhole();
    void setupAssistantShowsEveryTextWhole();
    void smallDialogsFitTheScreen();
    void accountDialogOpensAtItsFormsSize();
    void conflictDialogShowsEveryTextWhole();
    void sessionWindowShowsTheRoomStateWhole();
    void fileDialogFitsTheScreen();
    void longMessageBoxFitsTheScreen();
    void messageBoxChoicesShowWhole();
    void participantDialogKeepsItsButtonsInPlace();
    void weekAndMonthSayWhichAppointmentIsWhere();
    void fieldReachedByItsLetterScrollsIntoView();
    void newAppointmentScrollsIntoView();

private:
    // The widgets of window whose text is cut off, and why.
    static QStringList cutOff(QWidget* window);
    // The buttons of window that are not in sight as it opens (scrolled away, or out of it).
    static QStringList buttonsOutOfSight(QWidget* window);
    // Shows window as a user opens it; what does not fit the screen, is cut off or out of reach.
    static QStringList openedAndChecked(QWidget* window);
    static bool showsText(QWidget* widget);
    // The width an empty field needs to show its placeholder whole.
    static int placeholderWidth(const QLineEdit* edit);
    static int textWidth(const QLineEdit* edit);
    static int aroundText(const QLineEdit* edit);
    static QString describe(QWidget* widget);
    // The rows of list whose text does not fit them, wrapped at their width (or does not fit the list).
    static QStringList rowsCutOff(QAbstractItemView* list);

    QFont m_normalFont;
    std::unique_ptr<TestWorkspace> m_workspace;
};

namespace {
// The room a shown window has on the screen (tests/data/screens), in Qt's pixels: the screen less
// the window's frame, with a title bar of 30 of the screen's pixels at least (the offscreen platform
// draws only a thin border).
QSize roomFor(const QWidget* window)
{
    const QSize frame = window->frameGeometry().size() - window->size();
    return window->screen()->availableSize()
        - frame.expandedTo(QSize(0, qCeil(30 / window->devicePixelRatioF())));
}

bool fits(const QWidget* window, const QSize& size)
{
    const QSize room = roomFor(window);
    return size.width() <= room.width() && size.height() <= room.height();
}

QString sizeText(const QSize& size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}
} // namespace

void TestLargeFonts::initTestCase()
{
    // In German, whose words are the longest the app speaks.
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    m_normalFont = QApplication::font();
    // The desktop scales (QT_FONT_DPI, QT_SCALE_FACTOR): as it is. Else the font doubled, which
    // leaves the style's spacing as it is.
    if (QGuiApplication::primaryScreen()->devicePixelRatio() == 1) {
        QFont doubled = m_normalFont;
        doubled.setPointSizeF(m_normalFont.pointSizeF() * 2);
        QApplication::setFont(doubled);
    }
}

void TestLargeFonts::cleanupTestCase()
{
    QApplication::setFont(m_normalFont);
}

void TestLargeFonts::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
}

void TestLargeFonts::cleanup()
{
    m_workspace.reset();
}

bool TestLargeFonts::showsText(QWidget* widget)
{
    if (auto* label = qobject_cast<QLabel*>(widget))
        return !label->text().isEmpty();
    // An icon in a field (the calendar in a date field) shows its text only as a tooltip.
    if (auto* button = qobject_cast<QToolButton*>(widget);
        button && button->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return button->icon().isNull() && !button->text().isEmpty();
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        return !button->text().isEmpty();
    if (auto* box = qobject_cast<QGroupBox*>(widget))
        return !box->title().isEmpty();
    if (qobject_cast<TimeField*>(widget))
        return true;
    // An empty field shows its placeholder: what belongs in it.
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        return edit->text().isEmpty() && !edit->placeholderText().isEmpty();
    return qobject_cast<QTabBar*>(widget) || qobject_cast<QComboBox*>(widget);
}

int TestLargeFonts::placeholderWidth(const QLineEdit* edit)
{
    return aroundText(edit) + edit->fontMetrics().horizontalAdvance(edit->placeholderText());
}

int TestLargeFonts::textWidth(const QLineEdit* edit)
{
    return aroundText(edit) + edit->fontMetrics().horizontalAdvance(edit->text());
}

int TestLargeFonts::aroundText(const QLineEdit* edit)
{
    // A field's size hint is room for 17 "x" and its frame, margins and buttons (clear, …).
    return edit->sizeHint().width() - 17 * edit->fontMetrics().horizontalAdvance(QLatin1Char('x'));
}

QString TestLargeFonts::describe(QWidget* widget)
{
    QString text;
    if (auto* label = qobject_cast<QLabel*>(widget))
        text = label->text();
    else if (auto* button = qobject_cast<QAbstractButton*>(widget))
        text = button->text();
    else if (auto* box = qobject_cast<QGroupBox*>(widget))
        text = box->title();
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        text = combo->currentText();
    else if (auto* edit = qobject_cast<QLineEdit*>(widget))
        text = edit->placeholderText();
    return QStringLiteral("%1 %2 \"%3\" at %4×%5")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), text.left(40))
        .arg(widget->width())
        .arg(widget->height());
}

QStringList TestLargeFonts::cutOff(QWidget* window)
{
    QStringList found;
    if (!fits(window, window->size()))
        found.append(QStringLiteral("the window is %1 (at least %2) in %3")
                         .arg(sizeText(window->size()), sizeText(window->minimumSizeHint()),
                              sizeText(roomFor(window))));
    // A scroll area that does not scroll sideways cuts off what is wider than it (the side column
    // beside the calendar did, tester12's J11).
    for (QScrollArea* area : window->findChildren<QScrollArea*>()) {
        if (area->isVisibleTo(window) && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
            && area->widget() && area->widget()->width() > area->viewport()->width())
            found.append(QStringLiteral("%1 is %2 wide in %3")
                             .arg(describe(area->widget()))
                             .arg(area->widget()->width())
                             .arg(describe(area)));
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || !showsText(widget))
            continue;
        // A combo box shows its current choice whole only at its size hint; others at their minimum.
        QSize needed = qobject_cast<QComboBox*>(widget) ? widget->sizeHint() : widget->minimumSizeHint();
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            needed.setWidth(placeholderWidth(edit));
        // A time is read whole or not at all: "3:30" for 23:30 is another time.
        if (auto* time = qobject_cast<TimeField*>(widget); time && !time->text().isEmpty())
            needed.setWidth(textWidth(time));
        if (widget->hasHeightForWidth())
            needed.setHeight(std::max(needed.height(), widget->heightForWidth(widget->width())));
        if (widget->width() < needed.width() || widget->height() < needed.height())
            found.append(QStringLiteral("%1 needs %2×%3")
                             .arg(describe(widget))
                             .arg(needed.width())
                             .arg(needed.height()));
        // Out of its parent's or the window's bounds, unless a scroll area brings it into sight.
        for (QWidget* inner = widget; inner != window; inner = inner->parentWidget()) {
            QWidget* parent = inner->parentWidget();
            if (qobject_cast<QScrollArea*>(parent ? parent->parentWidget() : nullptr))
                break;
            const QRect bounds = parent->rect();
            const QRect shown(widget->mapTo(parent, QPoint(0, 0)), widget->size());
            if (!bounds.contains(shown)) {
                found.append(QStringLiteral("%1 reaches out of %2").arg(describe(widget), describe(parent)));
                break;
            }
        }
    }
    return found;
}

QStringList TestLargeFonts::rowsCutOff(QAbstractItemView* list)
{
    QStringList found;
    QStyle* style = list->style();
    const QAbstractItemModel* model = list->model();
    QModelIndexList parents { QModelIndex() };
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeFirst();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (model->hasChildren(index))
                parents.append(index);
            // The row as the style lays it out: tick box, colour, then the text, wrapped at word ends.
            QStyleOptionViewItem option;
            option.initFrom(list->viewport());
            option.font = list->font(); // as the view paints it (initFrom leaves the default font)
            option.rect = list->visualRect(index);
            // Its lines as the delegate hands them to the style.
            option.text = index.data().toString().replace(QLatin1Char('\n'), QChar::LineSeparator);
            option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::WrapText;
            // A tick box where the row has a check state, as the delegate has it (a list widget's items
            // are all checkable, ticked or not).
            if (index.data(Qt::CheckStateRole).isValid())
                option.features |= QStyleOptionViewItem::HasCheckIndicator;
            if (!index.data(Qt::DecorationRole).value<QIcon>().isNull()) {
                option.features |= QStyleOptionViewItem::HasDecoration;
                const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, list);
                option.decorationSize = QSize(icon, icon);
            }
            // What the style needs for it at the row's width, against what the row has.
            const QSize needed = style->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), list);
            if (needed.width() > option.rect.width() || needed.height() > option.rect.height()
                || option.rect.right() >= list->viewport()->width())
                found.append(QStringLiteral("\"%1\" needs %2×%3 in a row %4×%5 at %6 of %7")
                                 .arg(option.text)
                                 .arg(needed.width())
                                 .arg(needed.height())
                                 .arg(option.rect.width())
                                 .arg(option.rect.height())
                                 .arg(option.rect.x())
                                 .arg(list->viewport()->width()));
        }
    }
    return found;
}

QStringList TestLargeFonts::buttonsOutOfSight(QWidget* window)
{
    QStringList found;
    for (QPushButton* button : window->findChildren<QPushButton*>()) {
        if (!button->isVisibleTo(window))
            continue;
        for (QWidget* inner = button; inner != window; inner = inner->parentWidget()) {
            QWidget* parent = inner->parentWidget();
            if (!parent->rect().contains(QRect(button->mapTo(parent, QPoint(0, 0)), button->size()))) {
                found.append(QStringLiteral("%1 is out of %2").arg(describe(button), describe(parent)));
                break;
            }
        }
    }
    return found;
}

QStringList TestLargeFonts::openedAndChecked(QWidget* window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return { QStringLiteral("not shown") };
    QTest::qWait(50); // labels that wrap get their height once the window has its width
    QStringList found;
    if (!fits(window, window->minimumSizeHint()))
        found.append(QStringLiteral("cannot be smaller than %1").arg(sizeText(window->minimumSizeHint())));
    found += cutOff(window);
    found += buttonsOutOfSight(window);
    return found;
}

void TestLargeFonts::mainWindowOpensWithinTheScreen()
{
    // The first start, no size remembered: on a small screen the window was larger than it, the
    // views and the search beyond its right edge.
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(fits(&window, window.size()),
             qPrintable(sizeText(window.size()) + QStringLiteral(" in ") + sizeText(roomFor(&window))));
}

void TestLargeFonts::mainWindowFitsTheScreen()
{
    // At the desktop's 200 % the window could not be smaller than 1344×888 screen pixels.
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(fits(&window, window.minimumSizeHint()),
             qPrintable(QStringLiteral("at least %1 in %2")
                            .arg(sizeText(window.minimumSizeHint()), sizeText(roomFor(&window)))));
    window.resize(roomFor(&window));
    QTest::qWait(50); // the bar rearranges itself once it knows its width
    // The search, every view and the status bar in sight.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("search"));
    auto* views = window.findChild<QTabBar*>(QStringLiteral("views"));
    QVERIFY(search && views);
    for (QWidget* control : { static_cast<QWidget*>(search), static_cast<QWidget*>(views),
                              static_cast<QWidget*>(window.statusBar()) }) {
        QVERIFY2(control->isVisible(), qPrintable(describe(control)));
        QVERIFY2(window.rect().contains(QRect(control->mapTo(&window, QPoint(0, 0)), control->size())),
                 qPrintable(describe(control)));
    }
}

void TestLargeFonts::mainWindowRestoresWithinTheScreen()
{
    // A size remembered from a larger screen, or from before the desktop was scaled to 150 %:
    // the window came up 1650×1080 screen pixels on a 1280×800 laptop.
    SecretStore secrets(m_workspace->settings());
    {
        MainWindow before(m_workspace->settings(), secrets, m_workspace->appointments(),
                          m_workspace->clock());
        before.setMinimumSize(1100, 720);
        before.setGeometry(0, 0, 1100, 720);
        m_workspace->settings().setMainWindowGeometry(before.saveGeometry());
    }
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect shown = window.frameGeometry();
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(shown),
             qPrintable(QStringLiteral("%1 at %2,%3 on %4")
                            .arg(sizeText(shown.size()))
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(sizeText(available.size()))));
}

void TestLargeFonts::mainWindowShowsEveryTextWhole()
{
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(roomFor(&window));
    QTest::qWait(50); // the bar rearranges itself once it knows its width
    const QStringList found = cutOff(&window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // Every view can still be chosen in sight.
    auto* views = window.findChild<QTabBar*>(QStringLiteral("views"));
    QVERIFY(views);
    for (int index = 0; index < views->count(); ++index)
        QVERIFY(views->rect().contains(views->tabRect(index)));
}

void TestLargeFonts::sidebarComesBackWithStart()
{
    // At 200 % the month overview and the next appointment gave way to the views, and nothing brought
    // them back: a mouse user had no Start for the next session.
    Appointment appointment;
    appointment.title = QStringLiteral("Erstgespräch Frau Schneider");
    appointment.kind = SessionKind::Jitsi;
    appointment.start = m_workspace->clock().nowUtc().addSecs(3600);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    SecretStore secrets(m_workspace->settings());
    const auto opened = [this, &secrets] {
        auto window = std::make_unique<MainWindow>(m_workspace->settings(), secrets,
                                                   m_workspace->appointments(), m_workspace->clock());
        window->show();
        if (QTest::qWaitForWindowExposed(window.get()))
            window->resize(roomFor(window.get()));
        QTest::qWait(50); // the side column comes or goes once the window has its size
        return window;
    };
    // Start whole in the window, where the mouse reaches it (the side column scrolls to it).
    const auto startInSight = [](MainWindow& window) {
        auto* start = window.findChild<QWidget*>(QStringLiteral("nextAppointment"))
                          ->findChild<QPushButton*>(QStringLiteral("action"));
        if (!start->isVisible())
            return false;
        auto* column = window.findChild<QScrollArea*>(QStringLiteral("sideColumn"));
        if (column->isAncestorOf(start))
            column->ensureWidgetVisible(start);
        return start->visibleRegion() == QRegion(start->rect());
    };
    {
        std::unique_ptr<MainWindow> window = opened();
        auto* sidebar = window->findChild<QAction*>(QStringLiteral("sidebarAction"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->isChecked(),
                 window->findChild<QWidget*>(QStringLiteral("sideColumn"))->isVisible());
        if (sidebar->isChecked())
            sidebar->trigger();
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("nextAppointment"))->isVisible());
        sidebar->trigger();
        QTest::qWait(50);
        QVERIFY(sidebar->isChecked());
        QVERIFY(startInSight(*window));
        const QStringList found = cutOff(window.get());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
    // Chosen once, it stays.
    std::unique_ptr<MainWindow> window = opened();
    QVERIFY(window->findChild<QAction*>(QStringLiteral("sidebarAction"))->isChecked());
    QVERIFY(startInSight(*window));
}

void TestLargeFonts::checkBeforeASessionShowsWhole()
{
    // Tester12's J11 (at 100 % in tst_CalendarWidget): ten minutes before a video session the
    // button under the next appointment turns into „Jetzt Kamera und Mikrofon prüfen …“ and made
    // the side column wider than its place. With the side column as the user chose it, and without.
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(roomFor(&window));
    auto* sidebar = window.findChild<QAction*>(QStringLiteral("sidebarAction"));
    if (!sidebar->isChecked())
        sidebar->trigger();
    QTest::qWait(50); // the side column comes, or the next appointment moves above the views
    Appointment appointment;
    appointment.title = QStringLiteral("Videoberatung Hoffmann");
    appointment.kind = SessionKind::Jitsi;
    appointment.roomName = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    appointment.start = m_workspace->clock().nowUtc().addSecs(8 * 60);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    auto* check = window.findChild<QPushButton*>(QStringLiteral("check"));
    QTRY_VERIFY(check->isVisible());
    QCOMPARE(check->text(), QStringLiteral("Jetzt Kamera und Mikrofon prüfen …"));
    for (const bool sidebarOn : { true, false }) {
        QTest::qWait(50); // the panel lays itself out anew
        QCOMPARE(sidebar->isChecked(), sidebarOn);
        // Without the side column the next appointment is not shown.
        QCOMPARE(check->isVisible(), sidebarOn);
        // The label on as many lines as the button's width needs (cutOff asks its height for it).
        const QStringList found = cutOff(&window);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("side column %1\n")
                                .arg(sidebarOn ? QStringLiteral("on") : QStringLiteral("off"))
                            + found.join(QLatin1Char('\n'))));
        sidebar->trigger();
    }
}

void TestLargeFonts::teamCalendarsStateShowsWhole()
{
    // What went wrong and what to do about it, in the status bar: cut off at 150 %, it read
    // "Teamkalender a…".
    SecretStore secrets(m_workspace->settings());
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    const TeamCalendar team = TeamCalendars::addCalendar(
        sync, TeamCalendars::addAccount(sync, QStringLiteral("eva"), QStringLiteral("Team")),
        QStringLiteral("Team"));
    QString error;
    QVERIFY2(
        sync.setSyncState(team.id, {}, {},
                          QCoreApplication::translate("SyncEngine",
                                                      "The keychain holds no password for the account %1: "
                                                      "enter it again in Settings → Calendars.")
                              .arg(QStringLiteral("eva@beratung-nord.example")),
                          &error),
        qPrintable(error));
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.setTeamCalendars(&sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(roomFor(&window));
    QTest::qWait(50);
    auto* state = window.findChild<QLabel*>(QStringLiteral("syncState"));
    QVERIFY(state);
    QVERIFY2(state->text().contains(QStringLiteral("eva@beratung-nord.example")), qPrintable(state->text()));
    const QStringList found = cutOff(&window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLargeFonts::statusMessageEndsBeforeTheSyncState()
{
    // A message longer than the room left of the sync state: Qt cut it off right at the state, and
    // "Bereit. Ihr Kalender wird nur auf diesem C" ran on into "Teamkalender abgeglichen um 20:23"
    // (tester13's K7).
    SecretStore secrets(m_workspace->settings());
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    TeamCalendars::addCalendar(sync,
                               TeamCalendars::addAccount(sync, QStringLiteral("eva"), QStringLiteral("Team")),
                               QStringLiteral("Team"));
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.setTeamCalendars(&sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(roomFor(&window));
    const QString message
        = QStringLiteral("„Fallbesprechung Familie Roth“ wurde im Teamkalender gespeichert; "
                         "die Einladung geht mit dem nächsten Abgleich hinaus.");
    window.statusBar()->showMessage(message);
    QTest::qWait(50);
    auto* state = window.findChild<QLabel*>(QStringLiteral("syncState"));
    QVERIFY(state);
    QVERIFY(!state->text().isEmpty());

    // Nothing is painted in the gap before the sync state: the message ends (elided) before it.
    QStatusBar* bar = window.statusBar();
    const QImage image = bar->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QColor background = bar->palette().color(QPalette::Window);
    const QRect gap(state->mapTo(bar, QPoint(-6, 0)), QSize(4, state->height()));
    int ink = 0;
    for (int y = qFloor(gap.top() * ratio); y < qCeil((gap.bottom() + 1) * ratio) && y < image.height();
         ++y) {
        for (int x = qFloor(gap.left() * ratio); x < qCeil((gap.right() + 1) * ratio); ++x)
            ink += ReadableColors::contrast(image.pixelColor(x, y), background) > 1.5 ? 1 : 0;
    }
    QVERIFY2(ink == 0,
             qPrintable(QStringLiteral("%1 pixels of text in the gap before the sync state at %2")
                            .arg(ink)
                            .arg(gap.left())));
    // Said whole where it is cut short.
    auto* shown = bar->findChild<QLabel*>(QStringLiteral("statusMessage"));
    QVERIFY(shown);
    QCOMPARE(shown->text(), message);
    QCOMPARE(shown->toolTip(), message);
    QVERIFY(shown->geometry().right() < state->x());
}

void TestLargeFonts::appointmentDialogShowsEveryTextWhole()
{
    Appointment appointment;
    appointment.kind = SessionKind::InPerson;
    QString error;
    QVERIFY(appointment.setLocalTimes(QDate(2026, 11, 30), QTime(9, 0), QTime(9, 50),
                                      QStringLiteral("Europe/Berlin"), &error));
    AppointmentDialog dialog(appointment, m_workspace->settings(), m_workspace->appointments(),
                             m_workspace->clock(), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList found = cutOff(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // A series of one's own shows the rule's fields too.
    auto* repeat = dialog.findChild<QComboBox*>(QStringLiteral("repeat"));
    QVERIFY(repeat);
    repeat->setCurrentIndex(repeat->count() - 1);
    QTest::qWait(50);
    found = cutOff(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // "… is in the past" made the dialog grow below the screen's edge at 200 %, and OK with it.
    dialog.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Erstgespräch"));
    dialog.findChild<DateField*>(QStringLiteral("date"))->setDate(QDate(2026, 11, 20)); // today: 27 Nov
    QTRY_VERIFY(dialog.findChild<QLabel*>(QStringLiteral("warning"))->isVisible());
    const QRect available = dialog.screen()->availableGeometry();
    QTRY_VERIFY2(available.contains(dialog.geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3×%4 on %5×%6")
                                .arg(dialog.x())
                                .arg(dialog.y())
                                .arg(dialog.width())
                                .arg(dialog.height())
                                .arg(available.width())
                                .arg(available.height())));
}

void TestLargeFonts::settingsPagesShowEveryTextWhole()
{
    // Values longer than their fields, and a server whose name and address are longer than a
    // column: at 200 % the Server page read „Adress“ and „https:/“, and the Invitations page showed
    // only the ends of the values, „ungsberatungsstelle Lindenstraße“ (tester13).
    Settings& settings = m_workspace->settings();
    settings.setOrganizationName(QStringLiteral("Erziehungs- und Familienberatungsstelle Lindenstraße"));
    settings.setPrivacyNoticeUrl(QUrl(QStringLiteral("https://beratung-lindenstrasse.example/datenschutz")));
    ServerProfile server;
    server.id = QStringLiteral("lindenstrasse");
    server.name = QStringLiteral("Beratungsstelle Lindenstraße");
    server.baseUrl = QUrl(QStringLiteral("https://meet.beratung-lindenstrasse.example"));
    settings.saveServerProfile(server);
    settings.setDefaultServerProfileId(server.id);
    SecretStore secrets(m_workspace->settings());
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    SettingsDialog dialog(m_workspace->settings(), secrets);
    dialog.addPage(QStringLiteral("Kalender"), new CalendarsPage(sync, secrets, &dialog));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* pages = dialog.findChild<QListWidget*>();
    QVERIFY(pages);
    QCOMPARE(pages->count(), dialog.pageCount());
    auto* stack = dialog.findChild<QStackedWidget*>();
    QVERIFY(stack);
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentRow(page);
        QTest::qWait(20);
        QStringList found = cutOff(&dialog);
        // The page as wide as the dialog shows it: at 200 % its fields went on beyond the right
        // edge, a scroll bar away.
        auto* scroll = qobject_cast<QScrollArea*>(stack->currentWidget());
        QVERIFY(scroll);
        if (scroll->horizontalScrollBar()->isVisible())
            found.append(QStringLiteral("%1 wide (at least %2) in %3")
                             .arg(scroll->widget()->width())
                             .arg(scroll->widget()->minimumSizeHint().width())
                             .arg(scroll->viewport()->width()));
        for (QAbstractItemView* list : scroll->widget()->findChildren<QTreeWidget*>()) {
            if (!list->isVisible())
                continue;
            found += rowsCutOff(list);
            if (list->horizontalScrollBar()->isVisible())
                found.append(QStringLiteral("%1 scrolls sideways").arg(describe(list)));
        }
        // A value shows from its start, where it says what it is.
        for (QLineEdit* field : scroll->widget()->findChildren<QLineEdit*>()) {
            // (A spin box keeps its own field at its number.)
            if (field->isVisible() && !field->text().isEmpty() && field->cursorPosition() != 0
                && !qobject_cast<QAbstractSpinBox*>(field->parentWidget()))
                found.append(QStringLiteral("%1 shows \"%2\" from letter %3")
                                 .arg(describe(field), field->text())
                                 .arg(field->cursorPosition()));
        }
        QVERIFY2(found.isEmpty(),
                 qPrintable(pages->item(page)->text() + QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
    }
}

void TestLargeFonts::calendarsPageShowsEveryRowWhole()
{
    // Tester12's J13, tester13 on 1ab8a68: at 200 % the calendars' names were cut to "Kalende…" beside
    // a second column for what the server gets, and a team calendar's row showed no name at all.
    SecretStore secrets(m_workspace->settings());
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    const CalDavAccount account = TeamCalendars::addAccount(sync, QStringLiteral("pkrueger"),
                                                            QStringLiteral("Beratungsstelle Lindenstraße"));
    QVERIFY(!TeamCalendars::addCalendar(sync, account, QStringLiteral("Team Lindenstraße"),
                                        QStringLiteral("#3a7bd5"))
                 .id.isEmpty());
    QVERIFY(
        !TeamCalendars::addCalendar(sync, account, QStringLiteral("Vertretung Frau Krüger"), QString(), true)
             .id.isEmpty());
    SettingsDialog dialog(m_workspace->settings(), secrets);
    dialog.addPage(QStringLiteral("Kalender"), new CalendarsPage(sync, secrets, &dialog));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* pages = dialog.findChild<QListWidget*>();
    pages->setCurrentRow(pages->count() - 1);
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("calendars"));
    QVERIFY(list);
    // The team calendar chosen: its choice is in the field below the list.
    for (QTreeWidgetItemIterator it(list); *it; ++it) {
        if ((*it)->text(0).startsWith(QStringLiteral("Team Lindenstraße")))
            list->setCurrentItem(*it);
    }
    QTest::qWait(50); // the rows wrap once the list has its width
    const QStringList rows = rowsCutOff(list);
    QVERIFY2(rows.isEmpty(), qPrintable(rows.join(QLatin1Char('\n'))));
    // The field below as wide as the page shows it (cutOff: whole, in its parent, no scrolling sideways).
    auto* details = dialog.findChild<QComboBox*>(QStringLiteral("details"));
    QVERIFY(details && details->isEnabled());
    QStringList found = cutOff(&dialog);
    auto* scroll = qobject_cast<QScrollArea*>(dialog.findChild<QStackedWidget*>()->currentWidget());
    if (scroll->horizontalScrollBar()->isVisible())
        found.append(QStringLiteral("the page is %1 wide in %2")
                         .arg(scroll->widget()->width())
                         .arg(scroll->viewport()->width()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLargeFonts::helpTopicsShowEveryTitleWhole()
{
    // Tester13's K19: "Ihr Kalender: Termine, Serien, Erinnerunge", "Vieraugen mit Screenreader oder
    // Tastatu…" and a scroll bar sideways under the help's topics.
    HelpWindow help(QStringLiteral("de"));
    help.QDialog::show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    auto* topics = help.findChild<QListWidget*>(QStringLiteral("topics"));
    // The rows are laid out anew once a scroll bar has narrowed them.
    QStringList rows;
    QTRY_VERIFY2((rows = rowsCutOff(topics)).isEmpty(), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(!topics->horizontalScrollBar()->isVisible());
}

void TestLargeFonts::inviteDialogShowsEveryTextWhole()
{
    Settings& settings = m_workspace->settings();
    settings.setCounselorName(QStringLiteral("Frau Berger"));
    settings.setOrganizationName(QStringLiteral("Beratungsstelle Nord"));
    Appointment appointment;
    appointment.title = QStringLiteral("Beratung");
    appointment.kind = SessionKind::Phone;
    appointment.start = m_workspace->clock().nowUtc().addDays(1);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.participants = { Participant { QStringLiteral("Mia Roth"), QStringLiteral("mia@example.org"),
                                               QStringLiteral("+4915112345678"), QStringLiteral("de") } };
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    SecretStore secrets(settings);
    InvitationLog log(m_workspace->database(), m_workspace->clock());
    QNetworkAccessManager network;
    InviteService service(settings, secrets, m_workspace->appointments(), log, network, m_workspace->clock());
    InviteDialog dialog(service, log, m_workspace->appointments(),
                        *m_workspace->appointments().occurrenceOf(appointment.uid, {}));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50);
    QStringList found = cutOff(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // Send, Close and the buttons for what was sent are where the user can press them: scrolled
    // away below the messages, "Send New Link" was out of reach of the mouse.
    found = buttonsOutOfSight(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLargeFonts::setupAssistantShowsEveryTextWhole()
{
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    SetupAssistant assistant(m_workspace->settings(), secrets, *window.sessions());
    for (SetupAssistant::Step step : { SetupAssistant::Step::Identity, SetupAssistant::Step::Server,
                                       SetupAssistant::Step::Check, SetupAssistant::Step::Done }) {
        assistant.startAt(step);
        const QStringList found = openedAndChecked(&assistant);
        QVERIFY2(found.isEmpty(),
                 qPrintable(assistant.windowTitle() + QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
    }
}

void TestLargeFonts::smallDialogsFitTheScreen()
{
    SecretStore secrets(m_workspace->settings());
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    ServerProfile server;
    server.name = QStringLiteral("Jitsi der Beratungsstelle");
    server.baseUrl = QUrl(QStringLiteral("https://meet.beratung-nord.example"));
    std::vector<std::unique_ptr<QWidget>> windows;
    windows.push_back(std::make_unique<AboutDialog>());
    windows.push_back(
        std::make_unique<UpdateDialog>(QUrl(QStringLiteral("https://beratung-nord.example/updates"))));
    windows.push_back(std::make_unique<HelpWindow>(QStringLiteral("de")));
    windows.push_back(std::make_unique<ParticipantDialog>(QStringLiteral("de")));
    windows.push_back(std::make_unique<PhoneReadoutDialog>(QStringLiteral("K7m-2pQ"), QStringLiteral("de"),
                                                           QStringLiteral("Frau A."),
                                                           QStringLiteral("+4915112345678")));
    windows.push_back(std::make_unique<CalDavAccountDialog>(sync, secrets));
    windows.push_back(
        std::make_unique<ServerProfileDialog>(server, QList<ServerProfile> {}, false, true, QString()));
    for (const std::unique_ptr<QWidget>& window : windows) {
        const QStringList found = openedAndChecked(window.get());
        QVERIFY2(found.isEmpty(),
                 qPrintable(QLatin1String(window->metaObject()->className()) + QLatin1Char('\n')
                            + found.join(QLatin1Char('\n'))));
        window->close();
    }
}

void TestLargeFonts::accountDialogOpensAtItsFormsSize()
{
    // At 200 % Qt opened it at two thirds of the screen, 341×148: the fields under two scroll bars,
    // "Passwort" half hidden, while the screen had room (tester13's K6).
    SecretStore secrets(m_workspace->settings());
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    CalDavAccountDialog dialog(sync, secrets);
    const QStringList found = openedAndChecked(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    auto* scroll = dialog.findChild<QScrollArea*>();
    QVERIFY(scroll);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible() && !scroll->verticalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("the form needs %1 and has %2 in a dialog of %3")
                            .arg(sizeText(scroll->widget()->sizeHint()), sizeText(scroll->viewport()->size()),
                                 sizeText(dialog.size()))));
}

void TestLargeFonts::conflictDialogShowsEveryTextWhole()
{
    SyncStore sync(m_workspace->database(), m_workspace->appointments(), m_workspace->clock());
    const TeamCalendar team = TeamCalendars::addCalendar(
        sync, TeamCalendars::addAccount(sync, QStringLiteral("anna"), QStringLiteral("Team")),
        QStringLiteral("Team"));
    Appointment appointment;
    appointment.title = QStringLiteral("Erstgespräch Frau Schneider");
    appointment.calendarId = team.id;
    appointment.kind = SessionKind::Jitsi;
    appointment.counselor = QStringLiteral("anna");
    appointment.start = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    QString error;
    QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    Appointment server = appointment;
    server.title = QStringLiteral("Erstgespräch Frau Schneider (Raum 3)");
    server.start = server.start.addSecs(3600);
    server.end = server.end.addSecs(3600);
    QVERIFY(sync.applyServerVersion(
        team.id, appointment.uid + QStringLiteral(".ics"), QStringLiteral("\"e2\""),
        CalendarObject::write({ server }, TeamCalendar::Details::NotesKeptLocal), &error));
    ConflictDialog dialog(sync.conflicts(), m_workspace->appointments());
    const QStringList found = openedAndChecked(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLargeFonts::sessionWindowShowsTheRoomStateWhole()
{
    // At 200 % on a small screen every state in the session window's status strip was squeezed to a
    // stub ("○ Raumpa", "✔ Wartera"): whether the room had a password and a lobby could not be read.
    SessionEngine engine;
    SessionPlan plan;
    plan.server.name = QStringLiteral("Jitsi der Beratungsstelle");
    plan.server.baseUrl = QUrl(QStringLiteral("https://meet.beratung-nord.example"));
    plan.server.endToEndEncryption = true;
    plan.roomPassword = QStringLiteral("K7m-2pQ");
    auto appointment = std::make_shared<Appointment>();
    appointment->title = QStringLiteral("Erstgespräch Frau Schneider");
    appointment->kind = SessionKind::Jitsi;
    appointment->start = m_workspace->clock().nowUtc();
    appointment->end = appointment->start.addSecs(3000);
    plan.occurrence = { appointment, appointment->start, appointment->end, {}, {}, {} };
    auto window = std::make_unique<SessionWindow>(plan, engine.takePage(), m_workspace->clock());
    QTRY_VERIFY_WITH_TIMEOUT(window->page().isHostReady(), 30000);
    // The meeting joined with the counselor as moderator: the password set, the lobby and
    // end-to-end encryption asked for, the longest of the texts.
    window->setServerOffersEndToEndEncryption(true);
    MeetingSession& meeting = window->meeting();
    meeting.handleEvent(QStringLiteral("videoConferenceJoined"),
                        { { QStringLiteral("id"), QStringLiteral("me") } });
    meeting.handleEvent(QStringLiteral("participantRoleChanged"),
                        { { QStringLiteral("id"), QStringLiteral("me") },
                          { QStringLiteral("role"), QStringLiteral("moderator") } });
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTest::qWait(50); // the strip wraps once the window has its width
    QVERIFY2(fits(window.get(), window->size()),
             qPrintable(sizeText(window->size()) + QStringLiteral(" in ") + sizeText(roomFor(window.get()))));
    const QStringList states { QStringLiteral("sessionTimer"),    QStringLiteral("connectionState"),
                               QStringLiteral("moderatorState"),  QStringLiteral("lockState"),
                               QStringLiteral("lobbyState"),      QStringLiteral("encryptionState"),
                               QStringLiteral("participantState") };
    for (const QString& name : states) {
        auto* state = window->findChild<QLabel*>(name);
        QVERIFY2(state && state->isVisible(), qPrintable(name));
        const QRect shown(state->mapTo(window.get(), QPoint(0, 0)), state->size());
        QVERIFY2(state->width() >= state->sizeHint().width() && window->rect().contains(shown),
                 qPrintable(QStringLiteral("%1 needs %2 wide, shown at %3,%4 in %5")
                                .arg(describe(state))
                                .arg(state->sizeHint().width())
                                .arg(shown.x())
                                .arg(shown.y())
                                .arg(sizeText(window->size()))));
    }
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("lockState"))
                ->text()
                .contains(QStringLiteral("Raumpasswort")));
}

void TestLargeFonts::fileDialogFitsTheScreen()
{
    // At 200 % on a 1024×768 screen the file dialog opened 1248×824: the name field at the screen's
    // edge, Open and Cancel beyond it.
    FileDialog dialog(nullptr, QStringLiteral("Einrichtungsdatei Ihrer IT öffnen"), QDir::tempPath(),
                      QStringLiteral("Einrichtungsdateien (*.json)"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(fits(&dialog, dialog.size()),
             qPrintable(sizeText(dialog.size()) + QStringLiteral(" in ") + sizeText(roomFor(&dialog))));
    const QStringList found = buttonsOutOfSight(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLargeFonts::longMessageBoxFitsTheScreen()
{
    // An import's report with its details opened: what was left out, line by line.
    QStringList findings;
    for (int line = 1; line <= 40; ++line)
        findings.append(QStringLiteral("Zeile %1 („Termin %2“): Er hat keinen Beginn (DTSTART).")
                            .arg(line * 12)
                            .arg(line));
    QStringList found;
    QTimer::singleShot(0, this, [&found] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            found.append(QStringLiteral("no message box"));
            return;
        }
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::ActionRole)
                button->click(); // Show Details…
        }
        QTest::qWait(50);
        if (!fits(box, box->size()))
            found.append(sizeText(box->size()) + QStringLiteral(" in ") + sizeText(roomFor(box)));
        found += buttonsOutOfSight(box);
        box->done(QMessageBox::Ok);
    });
    MessageBox::report(
        nullptr, QMessageBox::Information, QStringLiteral("Import"),
        QStringLiteral("Aus „Kalender-Export der Beratungsstelle Nord für das Jahr 2026.ics“ kamen "
                       "12 Termine dazu. 40 Termine hat Vieraugen ausgelassen, weil ihnen etwas "
                       "fehlt; welche, steht in den Details. Rückgängig mit Strg+Z."),
        findings.join(QLatin1Char('\n')));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLargeFonts::participantDialogKeepsItsButtonsInPlace()
{
    // Typing the e-mail address brought "… is not a valid e-mail address" below the form: the dialog
    // grew, OK and Cancel moved down, and a click on Cancel where it had been hit empty space.
    ParticipantDialog dialog(QStringLiteral("de"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    const auto buttonsAt = [buttons] { return QRect(buttons->mapToGlobal(QPoint(0, 0)), buttons->size()); };
    const QRect before = buttonsAt();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Tom Wagner"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("email")), QStringLiteral("tom.wagner@"));
    QTRY_VERIFY(dialog.findChild<QLabel*>(QStringLiteral("problem"))->isVisible());
    QTest::qWait(50);
    QCOMPARE(buttonsAt(), before);
    const QStringList found = cutOff(&dialog);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLargeFonts::messageBoxChoicesShowWhole()
{
    // At 200 % the export question cut both of its choices to "Zeiten, ohne Daten der Klient/-in"
    // and "ständig, mit Daten der Klient/-in": whether clients' data leaves the office.
    QStringList found;
    QTimer::singleShot(0, this, [&found] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            found.append(QStringLiteral("no message box"));
            return;
        }
        QTest::qWait(50);
        if (!fits(box, box->size()))
            found.append(sizeText(box->size()) + QStringLiteral(" in ") + sizeText(roomFor(box)));
        found += cutOff(box);
        found += buttonsOutOfSight(box);
        box->reject();
    });
    MessageBox::choose(
        nullptr, QStringLiteral("Kalender exportieren"),
        QStringLiteral("Soll die Datei Namen und Kontaktdaten der Klient/-innen und Ihre privaten "
                       "Notizen enthalten? Wer die Datei bekommt, kann alles darin lesen."),
        { QStringLiteral("Nur &Zeiten, ohne Daten der Klient/-innen"),
          QStringLiteral("&Vollständig, mit Daten der Klient/-innen") });
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLargeFonts::weekAndMonthSayWhichAppointmentIsWhere()
{
    // At 200 % a week's blocks showed "▶" over "09:00" and the month "+1" beside the day: which
    // appointment was where could not be read. Now each shows a piece of its title at least.
    const QList<std::pair<QString, QDateTime>> planned {
        { QStringLiteral("Erstgespräch Frau Schneider"),
          QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC) },
        { QStringLiteral("Teamsitzung"), QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC) },
        { QStringLiteral("Beratung Herr Yilmaz"), QDateTime(QDate(2026, 12, 2), QTime(13, 0), Qt::UTC) },
    };
    for (const auto& [title, start] : planned) {
        Appointment appointment;
        appointment.title = title;
        appointment.kind = SessionKind::Jitsi;
        appointment.start = start;
        appointment.end = start.addSecs(3000);
        appointment.timeZone = QStringLiteral("Europe/Berlin");
        if (title.startsWith(QLatin1String("Erst")))
            appointment.participants
                = { Participant { QStringLiteral("Mia Roth"), {}, {}, QStringLiteral("de") } };
        QString error;
        QVERIFY2(m_workspace->appointments().save(appointment, &error), qPrintable(error));
    }
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(roomFor(&window));
    auto* calendar = window.findChild<CalendarWidget*>();
    QVERIFY(calendar);
    calendar->setFocusDate(QDate(2026, 12, 1));
    // Two letters at least: "Te… +1" in a day of a month on a 1024 pixel screen at 200 %.
    const auto piece = [](const QString& title) { return title.left(2); };
    calendar->setMode(CalendarWidget::Mode::Week);
    QTest::qWait(50);
    auto* week = window.findChildren<TimeGridView*>().at(2);
    QVERIFY(week->isVisible());
    QCOMPARE(calendar->model().rowCount(), planned.size());
    for (int row = 0; row < calendar->model().rowCount(); ++row) {
        const QString title = calendar->model().index(row).data().toString();
        const QStringList shown = week->itemText(row);
        QVERIFY2(shown.join(QString()).contains(piece(title)),
                 qPrintable(title + QStringLiteral(" shows as: ") + shown.join(QStringLiteral(" | "))));
    }
    calendar->setMode(CalendarWidget::Mode::Month);
    QTest::qWait(50);
    auto* month = window.findChild<MonthView*>();
    QVERIFY(month->isVisible());
    // A day with room for one line only shows the first appointment there, and how many more.
    QMap<QDate, QStringList> titlesByDay;
    for (const auto& [title, start] : planned)
        titlesByDay[start.toLocalTime().date()].append(title);
    for (auto day = titlesByDay.cbegin(); day != titlesByDay.cend(); ++day) {
        const QStringList shown = month->dayText(day.key());
        QVERIFY(!shown.isEmpty());
        const qsizetype checked = shown.size() == day->size() ? shown.size() : 1;
        for (qsizetype index = 0; index < checked; ++index)
            QVERIFY2(shown.at(index).contains(piece(day->at(index))),
                     qPrintable(day->at(index) + QStringLiteral(" shows as: ")
                                + shown.join(QStringLiteral(" | "))));
    }
}

void TestLargeFonts::fieldReachedByItsLetterScrollsIntoView()
{
    // At 200 % Alt and a field's letter put the keyboard in a field below the part of the page in
    // sight, and the page stayed where it was: the counselor typed into a field she could not see.
    SecretStore secrets(m_workspace->settings());
    SettingsDialog dialog(m_workspace->settings(), secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.findChild<QListWidget*>()->setCurrentRow(2); // Einladungen
    dialog.findChild<QComboBox*>(QStringLiteral("smsProvider"))->setCurrentIndex(1);
    QTest::qWait(20);
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("smsEndpoint"));
    QVERIFY(field && field->isEnabled());
    QVERIFY(field->visibleRegion().isEmpty()); // below the page's visible part
    QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier); // &Gateway-Adresse
    QTRY_VERIFY(field->hasFocus());
    QTRY_COMPARE(field->visibleRegion(), QRegion(field->rect()));
}

void TestLargeFonts::newAppointmentScrollsIntoView()
{
    // At 200 % a day shows three of its hours: an appointment just made for the evening was
    // selected below them, out of sight.
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(roomFor(&window));
    auto* calendar = window.findChild<CalendarWidget*>();
    QVERIFY(calendar);
    calendar->setFocusDate(QDate(2026, 12, 1));
    calendar->setMode(CalendarWidget::Mode::Day);
    QTest::qWait(50);
    QTimer::singleShot(0, this, [] {
        if (auto* dialog = qobject_cast<AppointmentDialog*>(QApplication::activeModalWidget())) {
            dialog->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Abendtermin"));
            dialog->accept();
        }
    });
    calendar->newAppointment(QDate(2026, 12, 1), QTime(19, 0));
    auto* day = qobject_cast<TimeGridView*>(calendar->currentView());
    QVERIFY(day);
    const int row = day->selectedRow();
    QVERIFY(row >= 0);
    QCOMPARE(calendar->model().index(row).data().toString(), QStringLiteral("Abendtermin"));
    const QRect block = day->itemRects(row).value(0);
    auto* scroll = day->findChild<QScrollArea*>();
    QVERIFY(scroll);
    const QRect inView(day->grid()->mapFrom(scroll->viewport(), QPoint(0, 0)), scroll->viewport()->size());
    QVERIFY2(inView.contains(block),
             qPrintable(QStringLiteral("the block at %1–%2, in view %3–%4")
                            .arg(block.top())
                            .arg(block.bottom())
                            .arg(inView.top())
                            .arg(inView.bottom())));
}

QTEST_MAIN(TestLargeFonts)
#include "tst_LargeFonts.moc"
