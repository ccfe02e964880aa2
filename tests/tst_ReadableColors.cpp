#include "tests/support/ColorSchemes.h"
#include "tests/support/TestWorkspace.h"
#include "ui/common/ReadableColors.h"
#include "ui/common/ReadablePlaceholders.h"
#include "ui/invite/ParticipantDialog.h"
#include "ui/setup/IdentityPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

// The lines under forms and on the setup pages that say what is wrong, what needs a look, or what
// worked read in every scheme the system may set: light, dark, high contrast. Measured on what the
// dialogs paint, so a colour fixed in a style sheet or a palette is caught alike.
class TestReadableColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void theRatioIsWcags();
    void noticesRead_data();
    void noticesRead();
    void dialogNoticesRead_data();
    void dialogNoticesRead();
    void placeholdersRead_data();
    void placeholdersRead();
};

namespace {

void addSchemes()
{
    QTest::addColumn<QPalette>("palette");
    ColorSchemes::addRows();
}

// The contrast farthest from the most frequent pixel (the background) of image.
qreal farthestContrast(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(background))
            background = it.key();
    }
    qreal farthest = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        farthest = std::max(farthest, ReadableColors::contrast(QColor(it.key()), QColor(background)));
    return farthest;
}

// The contrast of the text a label paints against its background: the painted pixel farthest from
// the background (the most frequent one). Large and bold, so that the strokes have solid pixels.
qreal paintedContrast(QLabel* label)
{
    QFont large = label->font();
    large.setPointSize(28);
    large.setBold(true);
    label->setFont(large);
    label->setWordWrap(false);
    label->resize(label->sizeHint());
    return farthestContrast(label->grab().toImage());
}

} // namespace

void TestReadableColors::cleanup()
{
    QApplication::setPalette(QPalette());
}

void TestReadableColors::theRatioIsWcags()
{
    QCOMPARE(qRound(ReadableColors::contrast(Qt::white, Qt::black) * 100), 2100);
    QCOMPARE(qRound(ReadableColors::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(ReadableColors::contrast(Qt::white, QColor(0x76, 0x76, 0x76)) * 100), 454);
    // The red the problem lines had, on Breeze Dark's window: unreadable.
    QCOMPARE(qRound(ReadableColors::contrast(QColor(0xb0, 0x00, 0x20), QColor(0x2a, 0x2e, 0x32)) * 100), 187);
}

void TestReadableColors::noticesRead_data()
{
    addSchemes();
}

void TestReadableColors::noticesRead()
{
    QFETCH(QPalette, palette);
    using Notice = ReadableColors::Notice;
    for (Notice notice : { Notice::Problem, Notice::Warning, Notice::Success }) {
        const QColor text = ReadableColors::noticeText(notice, palette);
        for (QPalette::ColorRole background : { QPalette::Window, QPalette::Base })
            QVERIFY2(
                ReadableColors::contrast(text, palette.color(background)) >= 4.5,
                qPrintable(QStringLiteral("%1 on %2").arg(text.name(), palette.color(background).name())));
    }
    // Still a red, an amber and a green: a problem does not read like a success.
    QVERIFY(ReadableColors::noticeText(Notice::Problem, palette).hslHue() < 20
            || ReadableColors::noticeText(Notice::Problem, palette).hslHue() > 330);
    QVERIFY(qAbs(ReadableColors::noticeText(Notice::Success, palette).hslHue() - 123) < 20);
}

void TestReadableColors::dialogNoticesRead_data()
{
    addSchemes();
}

void TestReadableColors::dialogNoticesRead()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);

    ParticipantDialog participant(QStringLiteral("de"));
    participant.findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("kein-at"));
    auto* problem = participant.findChild<QLabel*>(QStringLiteral("problem"));
    QVERIFY(!problem->text().isEmpty());
    QVERIFY2(paintedContrast(problem) >= 4.5, "the problem line under a form");

    participant.showReadOnly(QStringLiteral("Kommt vom Server des Teams"));
    QVERIFY2(paintedContrast(participant.findChild<QLabel*>(QStringLiteral("warning"))) >= 4.5,
             "the warning line under a form");

    TestWorkspace workspace;
    IdentityPage identity(workspace.settings());
    identity.findChild<QLineEdit*>(QStringLiteral("counselorName"))->setText(QStringLiteral("Jana Schulz"));
    identity.findChild<QLineEdit*>(QStringLiteral("organizationName"))->setText(QStringLiteral("Nord"));
    identity.findChild<QLineEdit*>(QStringLiteral("privacyNotice"))->setText(QStringLiteral("ftp://x"));
    auto* identityProblem = identity.findChild<QLabel*>(QStringLiteral("identityProblem"));
    QVERIFY(!identityProblem->text().isEmpty());
    QVERIFY2(paintedContrast(identityProblem) >= 4.5, "the problem line on the first-run page");
}

void TestReadableColors::placeholdersRead_data()
{
    addSchemes();
}

void TestReadableColors::placeholdersRead()
{
    QFETCH(QPalette, palette);
    const ReadablePlaceholders readablePlaceholders;
    // As the system sets a scheme while the application runs.
    QApplication::setPalette(palette);

    QLineEdit search;
    search.setPlaceholderText(QStringLiteral("Suchen (Strg+F)"));
    QFont large = search.font();
    large.setPointSize(28);
    large.setBold(true);
    search.setFont(large);
    search.resize(search.sizeHint().width() * 2, search.sizeHint().height());
    // The field's frame and margins are left out: only the base and the hint in it.
    const QImage image = search.grab().toImage();
    const QImage inside = image.copy(image.rect().adjusted(6, 6, -6, -6));
    const QColor base = QApplication::palette().color(QPalette::Base);
    const qreal painted = farthestContrast(inside);
    QVERIFY2(painted >= 4.5,
             qPrintable(QStringLiteral("placeholder %1 on %2: %3:1")
                            .arg(QApplication::palette().color(QPalette::PlaceholderText).name(), base.name())
                            .arg(painted, 0, 'f', 2)));
    // Still a hint: dimmer than what is typed.
    QVERIFY(ReadableColors::contrast(QApplication::palette().color(QPalette::PlaceholderText), base)
            < ReadableColors::contrast(QApplication::palette().color(QPalette::Text), base));
}

QTEST_MAIN(TestReadableColors)
#include "tst_ReadableColors.moc"
