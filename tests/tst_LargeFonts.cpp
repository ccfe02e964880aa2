#include "core/base/Translations.h"
#include "core/calendar/AppointmentStore.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calendar/AppointmentDialog.h"
#include "ui/invite/InviteDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

// Fonts at 200 % (WCAG 1.4.4) on a 1024×700 screen: the main window and the dialogs a counselor
// works with show every text whole. A widget's text is cut off when the widget got less room than
// it needs for it (its minimum size, or the height its wrapped text takes at its width), when it
// reaches out of its parent (unless that scrolls), or when the window does not fit the screen.
class TestLargeFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void mainWindowOpensWithinTheScreen();
    void mainWindowShowsEveryTextWhole();
    void appointmentDialogShowsEveryTextWhole();
    void settingsPagesShowEveryTextWhole();
    void inviteDialogShowsEveryTextWhole();

private:
    // The widgets of window whose text is cut off, and why.
    static QStringList cutOff(QWidget* window);
    // The buttons of window that are not in sight as it opens (scrolled away, or out of it).
    static QStringList buttonsOutOfSight(QWidget* window);
    static bool showsText(QWidget* widget);
    static QString describe(QWidget* widget);

    QFont m_normalFont;
    std::unique_ptr<TestWorkspace> m_workspace;
};

namespace {
const QSize screen(1024, 700);
// What the window manager's title bar and the desktop's panel leave of it for a dialog.
const QSize dialogRoom(1024, 640);
} // namespace

void TestLargeFonts::initTestCase()
{
    // In German, whose words are the longest the app speaks.
    Translations::install(*QCoreApplication::instance(), QStringLiteral("de"));
    m_normalFont = QApplication::font();
    QFont doubled = m_normalFont;
    doubled.setPointSizeF(m_normalFont.pointSizeF() * 2);
    QApplication::setFont(doubled);
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
    return qobject_cast<QTabBar*>(widget) || qobject_cast<QComboBox*>(widget);
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
    return QStringLiteral("%1 %2 \"%3\" at %4×%5")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), text.left(40))
        .arg(widget->width())
        .arg(widget->height());
}

QStringList TestLargeFonts::cutOff(QWidget* window)
{
    QStringList found;
    const QSize room = window->isWindow() && qobject_cast<QDialog*>(window) ? dialogRoom : screen;
    if (window->width() > room.width() || window->height() > room.height())
        found.append(QStringLiteral("the window is %1×%2 (at least %3×%4)")
                         .arg(window->width())
                         .arg(window->height())
                         .arg(window->minimumSizeHint().width())
                         .arg(window->minimumSizeHint().height()));
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window) || !showsText(widget))
            continue;
        // A combo box shows its current choice whole only at its size hint; others at their minimum.
        QSize needed = qobject_cast<QComboBox*>(widget) ? widget->sizeHint() : widget->minimumSizeHint();
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

void TestLargeFonts::mainWindowOpensWithinTheScreen()
{
    // The first start, no size remembered: on a small screen the window was larger than it, the
    // views and the search beyond its right edge.
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    const QSize room = window.screen()->availableSize();
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(room.width())
                            .arg(room.height())));
}

void TestLargeFonts::mainWindowShowsEveryTextWhole()
{
    SecretStore secrets(m_workspace->settings());
    MainWindow window(m_workspace->settings(), secrets, m_workspace->appointments(), m_workspace->clock());
    window.resize(screen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the bar rearranges itself once it knows its width
    const QStringList found = cutOff(&window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    // Every view can still be chosen in sight.
    auto* views = window.findChild<QTabBar*>(QStringLiteral("views"));
    QVERIFY(views);
    for (int index = 0; index < views->count(); ++index)
        QVERIFY(views->rect().contains(views->tabRect(index)));
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
}

void TestLargeFonts::settingsPagesShowEveryTextWhole()
{
    SecretStore secrets(m_workspace->settings());
    SettingsDialog dialog(m_workspace->settings(), secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* pages = dialog.findChild<QListWidget*>();
    QVERIFY(pages);
    QCOMPARE(pages->count(), dialog.pageCount());
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentRow(page);
        QTest::qWait(20);
        const QStringList found = cutOff(&dialog);
        QVERIFY2(found.isEmpty(),
                 qPrintable(pages->item(page)->text() + QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
    }
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

QTEST_MAIN(TestLargeFonts)
#include "tst_LargeFonts.moc"
