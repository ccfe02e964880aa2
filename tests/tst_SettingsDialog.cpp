#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/settings/ServerProfilesPage.h"
#include "ui/shell/SettingsDialog.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

// Settings closed without OK (Escape, Cancel, Alt+F4) ask before they drop what was changed, as
// every form does; unchanged, they close at once.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unchangedClosesAtOnce();
    void changedNameAsksAndBackKeepsIt();
    void closingTheWindowAsksToo();
    void serverMadeDefaultIsAChange();
    void okSavesWithoutAsking();

private:
    // The dialog, shown, with the general page's name field.
    void open(SettingsDialog& dialog);
    // Types over the general page's name, as the user does; returns its field.
    static QLineEdit* typeName(SettingsDialog& dialog, const QString& name);

    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestSettingsDialog::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_workspace->settings().setCounselorName(QStringLiteral("Petra Krüger"));
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
}

void TestSettingsDialog::cleanup()
{
    m_secrets.reset();
    m_workspace.reset();
}

void TestSettingsDialog::open(SettingsDialog& dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

QLineEdit* TestSettingsDialog::typeName(SettingsDialog& dialog, const QString& name)
{
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("counselorName"));
    field->selectAll();
    QTest::keyClicks(field, name);
    return field;
}

void TestSettingsDialog::unchangedClosesAtOnce()
{
    SettingsDialog dialog(m_workspace->settings(), *m_secrets);
    open(dialog);
    // Were it asked, Back would keep it open.
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestSettingsDialog::changedNameAsksAndBackKeepsIt()
{
    SettingsDialog dialog(m_workspace->settings(), *m_secrets);
    open(dialog);
    QLineEdit* name = typeName(dialog, QStringLiteral("Petra K."));

    MessageBox::setNextChoice(MessageBox::cancelIsDefault); // Back
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Discard your changes?"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), QStringLiteral("Petra K."));

    MessageBox::setNextChoice(0); // Discard
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_workspace->settings().counselorName(), QStringLiteral("Petra Krüger"));
}

void TestSettingsDialog::closingTheWindowAsksToo()
{
    // Alt+F4 is the window's close: tester13 lost „Petra K.“ to it without a question.
    SettingsDialog dialog(m_workspace->settings(), *m_secrets);
    open(dialog);
    const int graceMinutes = m_workspace->settings().sessionGraceMinutes();
    dialog.findChild<QSpinBox*>(QStringLiteral("graceMinutes"))->setValue(graceMinutes + 15);
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    QVERIFY(!dialog.close());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Discard your changes?"));
    QVERIFY(dialog.isVisible());
    MessageBox::setNextChoice(0);
    QVERIFY(dialog.close());
    QCOMPARE(m_workspace->settings().sessionGraceMinutes(), graceMinutes);
}

void TestSettingsDialog::serverMadeDefaultIsAChange()
{
    // The servers' page keeps its changes until OK: a new default would go unsaid.
    for (const QString& id : { QStringLiteral("nord"), QStringLiteral("sued") }) {
        ServerProfile profile;
        profile.id = id;
        profile.name = id;
        profile.baseUrl = QUrl(QStringLiteral("https://%1.example/").arg(id));
        m_workspace->settings().saveServerProfile(profile);
    }
    m_workspace->settings().setDefaultServerProfileId(QStringLiteral("nord"));
    SettingsDialog dialog(m_workspace->settings(), *m_secrets);
    open(dialog);
    auto* servers = dialog.findChild<ServerProfilesPage*>();
    auto* list = servers->findChild<QTreeWidget*>();
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    list->setCurrentItem(list->topLevelItem(1));
    servers->makeSelectedDefault();
    MessageBox::setNextChoice(MessageBox::cancelIsDefault);
    dialog.reject();
    QVERIFY(dialog.isVisible());
    MessageBox::setNextChoice(0);
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_workspace->settings().defaultServerProfileId(), QStringLiteral("nord"));
}

void TestSettingsDialog::okSavesWithoutAsking()
{
    SettingsDialog dialog(m_workspace->settings(), *m_secrets);
    open(dialog);
    typeName(dialog, QStringLiteral("Petra K."));
    dialog.accept();
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_workspace->settings().counselorName(), QStringLiteral("Petra K."));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_SettingsDialog.moc"
