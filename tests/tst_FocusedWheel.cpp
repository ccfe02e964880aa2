#include "ui/common/FocusedWheel.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

class TestFocusedWheel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnfocusedFieldLetsTheFormScroll();
    void aFocusedFieldTakesTheWheel();

private:
    // A form taller than its scroll area, as the appointment form is at 1024×768.
    struct Form
    {
        Form()
        {
            auto* content = new QWidget;
            auto* layout = new QVBoxLayout(content);
            language = new QComboBox;
            language->addItems(
                { QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Türkçe") });
            minutes = new QSpinBox;
            minutes->setValue(50);
            layout->addWidget(language);
            layout->addWidget(minutes);
            layout->addSpacing(2000);
            area.setWidget(content);
            area.resize(300, 200);
            area.show();
        }
        // One notch down with the pointer over the widget, as the desktop delivers it.
        static void turnWheelOver(QWidget* widget)
        {
            const QPointF centre = QRectF(widget->rect()).center();
            QWheelEvent wheel(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &wheel);
        }

        QScrollArea area;
        QComboBox* language = nullptr;
        QSpinBox* minutes = nullptr;
    };

    FocusedWheel m_focusedWheel;
};

void TestFocusedWheel::anUnfocusedFieldLetsTheFormScroll()
{
    // Tester12's J2: the wheel over "Sprache" turned it from Deutsch to English, and the form did not scroll.
    Form form;
    QVERIFY(QTest::qWaitForWindowExposed(&form.area));
    form.area.setFocus(); // the keyboard is elsewhere, not in the fields
    QVERIFY(!form.language->hasFocus() && !form.minutes->hasFocus());
    // The wheel does not hand it the focus either (Qt's combo box takes it by the wheel).
    QCOMPARE(form.language->focusPolicy(), Qt::StrongFocus);
    QScrollBar* scrollBar = form.area.verticalScrollBar();
    QCOMPARE(scrollBar->value(), 0);
    Form::turnWheelOver(form.language);
    QCOMPARE(form.language->currentText(), QStringLiteral("Deutsch"));
    QVERIFY(scrollBar->value() > 0);
    const int scrolled = scrollBar->value();
    Form::turnWheelOver(form.minutes);
    QCOMPARE(form.minutes->value(), 50);
    QVERIFY(scrollBar->value() > scrolled);
}

void TestFocusedWheel::aFocusedFieldTakesTheWheel()
{
    Form form;
    QVERIFY(QTest::qWaitForWindowExposed(&form.area));
    form.area.activateWindow();
    form.language->setFocus();
    QTRY_VERIFY(form.language->hasFocus());
    Form::turnWheelOver(form.language);
    QCOMPARE(form.language->currentText(), QStringLiteral("English"));
    QCOMPARE(form.area.verticalScrollBar()->value(), 0);
}

QTEST_MAIN(TestFocusedWheel)
#include "tst_FocusedWheel.moc"
