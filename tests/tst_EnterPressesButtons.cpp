#include "ui/common/EnterPressesButtons.h"

#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

class TestEnterPressesButtons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enterPressesTheFocusedButtonOfAWindow();
    void aDialogKeepsEnterForItsDefaultButton();

private:
    EnterPressesButtons m_enterPressesButtons;
};

void TestEnterPressesButtons::enterPressesTheFocusedButtonOfAWindow()
{
    // Tester13's K16: F6 put the keyboard on "Start" under the next appointment; Enter did nothing.
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* start = new QPushButton(QStringLiteral("Start"));
    auto* today = new QToolButton;
    today->setText(QStringLiteral("Today"));
    today->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(start);
    layout->addWidget(today);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy started(start, &QPushButton::clicked);
    QSignalSpy wentToToday(today, &QToolButton::clicked);

    start->setFocus();
    QTest::keyClick(start, Qt::Key_Return);
    QTRY_COMPARE(started.size(), 1);
    today->setFocus();
    QTest::keyClick(today, Qt::Key_Enter, Qt::KeypadModifier);
    QTRY_COMPARE(wentToToday.size(), 1);

    // Ctrl+Enter keeps its own meaning (Start Next Session), and a greyed button stays unpressed.
    QTest::keyClick(today, Qt::Key_Return, Qt::ControlModifier);
    start->setFocus();
    start->setEnabled(false);
    QTest::keyClick(&window, Qt::Key_Return);
    QTest::qWait(300); // longer than animateClick's 100 ms
    QCOMPARE(wentToToday.size(), 1);
    QCOMPARE(started.size(), 1);
}

void TestEnterPressesButtons::aDialogKeepsEnterForItsDefaultButton()
{
    QDialog dialog;
    auto* layout = new QVBoxLayout(&dialog);
    auto* more = new QToolButton;
    more->setText(QStringLiteral("More"));
    more->setFocusPolicy(Qt::StrongFocus);
    auto* ok = new QPushButton(QStringLiteral("OK"));
    ok->setDefault(true);
    layout->addWidget(more);
    layout->addWidget(ok);
    QObject::connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy moreClicked(more, &QToolButton::clicked);
    more->setFocus();
    QTest::keyClick(more, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QTest::qWait(300);
    QCOMPARE(moreClicked.size(), 0);
}

QTEST_MAIN(TestEnterPressesButtons)
#include "tst_EnterPressesButtons.moc"
