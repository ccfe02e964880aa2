#include "core/calendar/AppointmentStore.h"
#include "core/meeting/RoomFactory.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestWorkspace.h"
#include "ui/common/MessageBox.h"
#include "ui/session/SessionLauncher.h"
#include "ui/session/SessionModule.h"
#include "ui/session/SessionModuleLoader.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The calendar starts without Qt WebEngine: the session module is loaded when a session first
// needs it, and without the module everything but video sessions keeps working.
class TestSessionModuleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutTheModuleTheCalendarWorksAndStartExplains();
    void aboutSaysChromiumIsNotInstalledWithoutTheModule();
    void theModuleIsLoadedOnlyWhenASessionNears();

private:
    Occurrence save(SessionKind kind);
    static bool webEngineIsLoaded();

    QStringList m_searchPath;
    QTemporaryDir m_emptyFolder;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
};

void TestSessionModuleLoader::initTestCase()
{
    m_searchPath = SessionModuleLoader::searchPath();
    QVERIFY(m_emptyFolder.isValid());
}

void TestSessionModuleLoader::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_secrets = std::make_unique<SecretStore>(m_workspace->settings());
    ServerProfile profile;
    profile.id = QStringLiteral("server");
    profile.name = QStringLiteral("Server");
    profile.baseUrl = QUrl(QStringLiteral("https://meet.example"));
    m_workspace->settings().saveServerProfile(profile);
}

void TestSessionModuleLoader::cleanup()
{
    m_secrets.reset();
    m_workspace.reset();
}

Occurrence TestSessionModuleLoader::save(SessionKind kind)
{
    Appointment appointment;
    appointment.title = QStringLiteral("Erstgespräch");
    appointment.start = m_workspace->clock().nowUtc().addSecs(300);
    appointment.end = appointment.start.addSecs(3000);
    appointment.timeZone = QStringLiteral("Europe/Berlin");
    appointment.kind = kind;
    appointment.serverProfileId = QStringLiteral("server");
    appointment.roomName = RoomFactory().newRoomName();
    QString error;
    if (!m_workspace->appointments().save(appointment, &error))
        qWarning() << error;
    return {
        std::make_shared<const Appointment>(appointment), appointment.start, appointment.end, {}, {}, {}
    };
}

bool TestSessionModuleLoader::webEngineIsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("libQt6WebEngineCore");
}

void TestSessionModuleLoader::withoutTheModuleTheCalendarWorksAndStartExplains()
{
    SessionModuleLoader::setSearchPath({ m_emptyFolder.path() });
    MainWindow window(m_workspace->settings(), *m_secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A video session cannot start, and says why and what to do.
    const Occurrence video = save(SessionKind::Jitsi);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.sessions()->start(video);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("session module")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Reinstall")));
    QVERIFY(!window.sessions()->windowFor(video));
    QCOMPARE(m_workspace->appointments().find(video.appointment->uid)->status, AppointmentStatus::Planned);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.sessions()->checkDevices();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("session module")));

    // The warm-up ahead of a session passes quietly; the other kinds of session start as always.
    window.sessions()->warmUpFor(video);
    QVERIFY(!window.sessions()->isWarm());
    const Occurrence inPerson = save(SessionKind::InPerson);
    window.sessions()->start(inPerson);
    QCOMPARE(m_workspace->appointments().find(inPerson.appointment->uid)->status, AppointmentStatus::Started);
    QVERIFY(!SessionModuleLoader::isLoaded());
    QVERIFY(!webEngineIsLoaded());
}

void TestSessionModuleLoader::aboutSaysChromiumIsNotInstalledWithoutTheModule()
{
    SessionModuleLoader::setSearchPath({ m_emptyFolder.path() });
    AboutDialog dialog;
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("components"));
    QVERIFY(table);
    const QList<QTableWidgetItem*> chromium
        = table->findItems(QStringLiteral("Chromium (Qt WebEngine)"), Qt::MatchExactly);
    QCOMPARE(chromium.size(), 1);
    QCOMPARE(table->item(chromium.first()->row(), 1)->text(), QStringLiteral("not installed"));
}

void TestSessionModuleLoader::theModuleIsLoadedOnlyWhenASessionNears()
{
    SessionModuleLoader::setSearchPath(m_searchPath);
    MainWindow window(m_workspace->settings(), *m_secrets, m_workspace->appointments(), m_workspace->clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!SessionModuleLoader::isLoaded());
    QVERIFY(!webEngineIsLoaded());

    window.sessions()->warmUpFor(save(SessionKind::Jitsi));
    QVERIFY(SessionModuleLoader::isLoaded());
    QVERIFY(webEngineIsLoaded());
    QVERIFY(window.sessions()->isWarm());
    QVERIFY(!SessionModuleLoader::load()->chromiumVersion().isEmpty());
}

// As in app/gui/main.cpp: Qt WebEngine, loaded with the module after QApplication, needs the
// shared OpenGL contexts set up by QApplication.
int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSessionModuleLoader test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_SessionModuleLoader.moc"
