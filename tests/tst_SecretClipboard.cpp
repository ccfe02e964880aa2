#include "ui/common/ConcealedMimeData.h"
#include "ui/common/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTest>

using namespace std::chrono_literals;

// A room password on the clipboard: marked for clipboard managers, and gone again after a while
// unless the counselor has copied something else meanwhile.
class TestSecretClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSecretIsMarkedAndTakenOffAfterItsLifetime();
    void whatWasCopiedSinceIsKept();
};

void TestSecretClipboard::theSecretIsMarkedAndTakenOffAfterItsLifetime()
{
    // The test user's finding: the password message was still in the clipboard minutes later.
    SecretClipboard secret(300ms);
    secret.copy(QStringLiteral("Das Passwort lautet c8npt7yc27r8"));
    QClipboard* clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), QStringLiteral("Das Passwort lautet c8npt7yc27r8"));
    QCOMPARE(clipboard->mimeData()->data(QLatin1String(ConcealedMimeData::passwordManagerHint)),
             QByteArray("secret"));
    QTRY_COMPARE(clipboard->text(), QString());
    QCOMPARE(SecretClipboard().lifetime(), 45s);
}

void TestSecretClipboard::whatWasCopiedSinceIsKept()
{
    SecretClipboard secret(300ms);
    secret.copy(QStringLiteral("Das Passwort lautet c8npt7yc27r8"));
    QGuiApplication::clipboard()->setText(QStringLiteral("Rückruf Herr Demir"));
    QTest::qWait(1000);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Rückruf Herr Demir"));
}

QTEST_MAIN(TestSecretClipboard)
#include "tst_SecretClipboard.moc"
