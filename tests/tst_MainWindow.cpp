#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasTheFiveMenus();
    void remembersGeometry();
    void settingsDialogSavesLanguageOnOk();
    void settingsDialogCancelKeepsLanguage();
    void undoActionsFollowTheStack();
};

void TestMainWindow::hasTheFiveMenus()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    QCOMPARE(titles,
             QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                           QStringLiteral("&Session"), QStringLiteral("&Help") }));
    auto* settingsAction = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(settingsAction);
    QVERIFY(!settingsAction->shortcut().isEmpty());
}

void TestMainWindow::remembersGeometry()
{
    TestWorkspace workspace;
    {
        SecretStore secrets(workspace.settings());
        MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1180, 733);
        QTest::qWait(10);
        window.close();
    }
    QVERIFY(!workspace.settings().mainWindowGeometry().isEmpty());
    Settings reread(workspace.settings().fileName());
    SecretStore secrets(reread);
    MainWindow window(reread, secrets, workspace.appointments(), workspace.clock());
    QCOMPARE(window.size(), QSize(1180, 733));
}

void TestMainWindow::settingsDialogSavesLanguageOnOk()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    SettingsDialog dialog(workspace.settings(), secrets);
    QCOMPARE(dialog.pageCount(), 2);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QString());
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Settings(workspace.settings().fileName()).uiLanguage(), QStringLiteral("de"));
}

void TestMainWindow::settingsDialogCancelKeepsLanguage()
{
    TestWorkspace workspace;
    workspace.settings().setUiLanguage(QStringLiteral("en"));
    SecretStore secrets(workspace.settings());
    SettingsDialog dialog(workspace.settings(), secrets);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(workspace.settings().uiLanguage(), QStringLiteral("en"));
}

void TestMainWindow::undoActionsFollowTheStack()
{
    TestWorkspace workspace;
    SecretStore secrets(workspace.settings());
    MainWindow window(workspace.settings(), secrets, workspace.appointments(), workspace.clock());
    QAction* undo = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    window.undoStack()->push(new QUndoCommand(QStringLiteral("Move appointment")));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Move appointment")), qPrintable(undo->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
