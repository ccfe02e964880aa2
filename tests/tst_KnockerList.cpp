#include "ui/session/KnockerList.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestKnockerList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void admitKeepsTheKeyboardWhileOthersKnock();
    void enterPressesTheFocusedButton();
    void hiddenNamesSayOnlyWaitingPerson();
    void longNameGivesWayToTheMeeting();
};

namespace {

const MeetingSession::Person schmidt { QStringLiteral("guest7"), QStringLiteral("Frau Schmidt") };
const MeetingSession::Person yilmaz { QStringLiteral("guest8"), QStringLiteral("Herr Yilmaz") };

QPushButton* admitButton(const KnockerList& list, const MeetingSession::Person& person)
{
    return list.findChild<QPushButton*>(QStringLiteral("admit-") + person.id);
}

} // namespace

// A keyboard user on "Admit Frau Schmidt" lost the focus (and a screen reader its place) whenever
// someone else knocked: every update built the rows anew.
void TestKnockerList::admitKeepsTheKeyboardWhileOthersKnock()
{
    KnockerList list;
    QSignalSpy admitted(&list, &KnockerList::admitRequested);
    list.setKnocking({ schmidt }, false);
    list.show();
    QVERIFY(QTest::qWaitForWindowActive(&list));
    const QPointer<QPushButton> admitSchmidt = admitButton(list, schmidt);
    admitSchmidt->setFocus();
    QTRY_VERIFY(admitSchmidt->hasFocus());

    list.setKnocking({ schmidt, yilmaz }, false);
    QVERIFY(admitSchmidt);
    QVERIFY(admitSchmidt->hasFocus());
    QCOMPARE(admitSchmidt->accessibleName(), QStringLiteral("Admit Frau Schmidt"));
    QTRY_VERIFY(admitButton(list, yilmaz)->mapTo(&list, QPoint()).y()
                > admitSchmidt->mapTo(&list, QPoint()).y()); // in the order they knocked

    QTest::keyClick(admitSchmidt, Qt::Key_Space);
    QCOMPARE(admitted.size(), 1);
    QCOMPARE(admitted.first().first().toString(), schmidt.id);

    // Admitted, the row goes; the other stays.
    list.setKnocking({ yilmaz }, false);
    QTRY_VERIFY(!admitSchmidt);
    QCOMPARE(list.findChildren<QPushButton*>().size(), 2);
    QCOMPARE(admitButton(list, yilmaz)->accessibleName(), QStringLiteral("Admit Herr Yilmaz"));
}

// The test user's J12: Enter on the focused Admit did nothing (the list is no dialog, where Qt's
// buttons take Enter); only Space admitted, and on Windows Enter presses the focused button.
void TestKnockerList::enterPressesTheFocusedButton()
{
    KnockerList list;
    QSignalSpy admitted(&list, &KnockerList::admitRequested);
    QSignalSpy denied(&list, &KnockerList::denyRequested);
    list.setKnocking({ schmidt, yilmaz }, false);
    list.show();
    QVERIFY(QTest::qWaitForWindowActive(&list));
    QVERIFY(list.focusFirst());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(admitted.size(), 1);
    QCOMPARE(admitted.first().first().toString(), schmidt.id);
    auto* denyYilmaz = list.findChild<QPushButton*>(QStringLiteral("deny-") + yilmaz.id);
    denyYilmaz->setFocus();
    QTest::keyClick(denyYilmaz, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.first().first().toString(), yilmaz.id);
    QCOMPARE(admitted.size(), 1);
}

void TestKnockerList::hiddenNamesSayOnlyWaitingPerson()
{
    KnockerList list;
    list.setKnocking({ schmidt, yilmaz }, false);
    list.setKnocking({ schmidt, yilmaz }, true);
    for (const QLabel* label : list.findChildren<QLabel*>())
        QVERIFY2(label->text().startsWith(QLatin1String("Waiting person ")), qPrintable(label->text()));
    QCOMPARE(admitButton(list, yilmaz)->accessibleName(), QStringLiteral("Admit Waiting person 2"));
    list.setKnocking({ schmidt, yilmaz }, false);
    QCOMPARE(list.findChild<QLabel*>(QStringLiteral("knocker-guest8"))->text(), yilmaz.name);
}

void TestKnockerList::longNameGivesWayToTheMeeting()
{
    // A long lobby name made the list as wide as the name, and the lobby panel beside the meeting
    // with it: the meeting was squeezed. The name gives way (elided), whole in its tooltip and to
    // screen readers.
    const MeetingSession::Person longName { QStringLiteral("guest9"),
                                            QStringLiteral(
                                                "Maximiliane Friederike von Hohenstein-Schwarzenberg "
                                                "(Beratungsstelle Nord, Gruppe 3)") };
    KnockerList list;
    list.setKnocking({ longName }, false);
    const int nameWidth = list.fontMetrics().horizontalAdvance(longName.name);
    QVERIFY2(
        list.sizeHint().width() < nameWidth,
        qPrintable(QStringLiteral("%1 wide for a name of %2").arg(list.sizeHint().width()).arg(nameWidth)));
    auto* label = list.findChild<QLabel*>(QStringLiteral("knocker-guest9"));
    QCOMPARE(label->text(), longName.name);
    QCOMPARE(label->toolTip(), longName.name);
    QCOMPARE(admitButton(list, longName)->accessibleName(), QStringLiteral("Admit ") + longName.name);
}

QTEST_MAIN(TestKnockerList)
#include "tst_KnockerList.moc"
