#include "core/secrets/SecretStore.h"
#include "core/sync/SyncStore.h"
#include "tests/support/MockClock.h"
#include "tests/support/RadicaleServer.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestWorkspace.h"
#include "ui/settings/CalDavAccountDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

// The account dialog against a real Radicale whose certificate nobody vouches for: what the
// server's refusal says must be readable in full, however long.
class TestCalDavAccountDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aLongProblemShowsInFullAndTheDialogGrows();
    void anAddressTypedWithoutSchemeIsHttps();

private:
    TestCertificates m_certificates;
    RadicaleServer m_server;
};

void TestCalDavAccountDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    m_server.addUser(QStringLiteral("empfang"), QStringLiteral("richtig-1234"));
    QVERIFY2(m_server.createCalendar(QStringLiteral("empfang/termine"), QStringLiteral("Termine"), QString(),
                                     &error),
             qPrintable(error));
    QVERIFY2(m_server.start(&error, &m_certificates, RadicaleServer::Certificate::SelfSigned),
             qPrintable(error));
}

void TestCalDavAccountDialog::aLongProblemShowsInFullAndTheDialogGrows()
{
    TestWorkspace workspace;
    SyncStore sync(workspace.database(), workspace.appointments(), workspace.clock());
    SecretStore secrets(workspace.settings());
    CalDavAccountDialog dialog(sync, secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(QStringLiteral("url"))->setText(m_server.url().toString());
    dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("empfang"));
    dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("richtig-1234"));
    const int heightBefore = dialog.height();

    dialog.accept();
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 60000);
    QVERIFY2(problem->text().contains(QStringLiteral("certificate")), qPrintable(problem->text()));
    QVERIFY(dialog.isVisible());

    // Every line of it fits in the label, and the label and the buttons below it in the dialog.
    QTRY_VERIFY(problem->height() >= problem->heightForWidth(problem->width()));
    QVERIFY(dialog.rect().contains(problem->geometry()));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(dialog.rect().contains(buttons->geometry()));
    QVERIFY(buttons->geometry().top() >= problem->geometry().bottom());
    QVERIFY(dialog.height() > heightBefore);
}

void TestCalDavAccountDialog::anAddressTypedWithoutSchemeIsHttps()
{
    // Tester12's J16: an address typed as IT writes it on a note, without "https://", was used as
    // plain http (to this computer; to any other it was refused as unencrypted).
    TestWorkspace workspace;
    SyncStore sync(workspace.database(), workspace.appointments(), workspace.clock());
    SecretStore secrets(workspace.settings());
    CalDavAccountDialog dialog(sync, secrets);
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("url"));
    address->setText(QStringLiteral(" cloud.beratung.example/remote.php/dav "));
    QCOMPARE(dialog.serverUrl(), QUrl(QStringLiteral("https://cloud.beratung.example/remote.php/dav")));
    address->setText(QStringLiteral("127.0.0.1:41431/"));
    QCOMPARE(dialog.serverUrl(), QUrl(QStringLiteral("https://127.0.0.1:41431/")));
    address->setText(QStringLiteral("http://127.0.0.1:41431/")); // written out, it is taken as written
    QCOMPARE(dialog.serverUrl(), QUrl(QStringLiteral("http://127.0.0.1:41431/")));
}

QTEST_MAIN(TestCalDavAccountDialog)
#include "tst_CalDavAccountDialog.moc"
