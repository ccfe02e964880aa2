#include "ui/shell/AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsVersionsAndLicenses();
    void copiesVersionsForBugReports();
};

void TestAboutDialog::listsVersionsAndLicenses()
{
    AboutDialog dialog;
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("components"));
    QVERIFY(table);
    QMap<QString, QString> versions;
    QMap<QString, QString> licenses;
    for (int row = 0; row < table->rowCount(); ++row) {
        versions.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        licenses.insert(table->item(row, 0)->text(), table->item(row, 2)->text());
    }
    QCOMPARE(versions.value(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
    QCOMPARE(versions.value(QStringLiteral("Chromium (Qt WebEngine)")),
             QString::fromLatin1(qWebEngineChromiumVersion()));
    QVERIFY(versions.value(QStringLiteral("SQLite")).startsWith(QStringLiteral("3.")));
    QVERIFY(versions.contains(QStringLiteral("libical")));
    QVERIFY(versions.contains(QStringLiteral("libcurl")));
    QVERIFY(versions.contains(QStringLiteral("QtKeychain")));
    for (auto it = licenses.cbegin(); it != licenses.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    // Every version is there: an empty cell is silence to a screen reader (QtKeychain's was).
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    // The table has a name of its own.
    QCOMPARE(table->accessibleName(), QStringLiteral("Components"));
}

void TestAboutDialog::copiesVersionsForBugReports()
{
    AboutDialog dialog;
    QPushButton* copy = nullptr;
    for (QPushButton* button : dialog.findChild<QDialogButtonBox*>()->findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("Copy")))
            copy = button;
    }
    QVERIFY(copy);
    copy->click();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("Vieraugen " VIERAUGEN_VERSION)), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("Qt %1").arg(QLatin1String(qVersion()))));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_AboutDialog.moc"
