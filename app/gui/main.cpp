#include "core/base/Clock.h"
#include "core/base/DataLocation.h"
#include "core/base/LogFile.h"
#include "core/base/Logging.h"
#include "core/base/Translations.h"
#include "core/calendar/AppointmentStore.h"
#include "core/calendar/CalendarSchema.h"
#include "core/calendar/DailyMaintenance.h"
#include "core/instance/SingleInstance.h"
#include "core/invite/InvitationLog.h"
#include "core/invite/InviteService.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncQueue.h"
#include "core/sync/SyncStore.h"
#include "ui/calendar/CalendarWidget.h"
#include "ui/calendar/ReminderNotifier.h"
#include "ui/common/EnterPressesButtons.h"
#include "ui/common/FocusedWheel.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadablePlaceholders.h"
#include "ui/common/WindowModalDialogs.h"
#include "ui/curtain/PrivacyCurtain.h"
#include "ui/curtain/ScreenLockMonitor.h"
#include "ui/session/SessionLauncher.h"
#include "ui/shell/DesktopNotifier.h"
#include "ui/shell/FirstPaint.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/TrayIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTimer>

namespace {

int refuseToStart(const QString& message)
{
    MessageBox::critical(nullptr, QCoreApplication::translate("main", "Vieraugen cannot start"), message);
    return 2;
}

// The way out of a damaged calendar: asks whether the newest backup may take its place (the damaged
// file is kept in the backup folder). Nothing to restore: says what is wrong.
bool offerNewestBackup(const Database& database, const DataLocation& location)
{
    const QList<QFileInfo> backups = Backups::list(location.backupDirectory());
    if (database.error() != Database::Error::Corrupt || backups.isEmpty()) {
        MessageBox::critical(nullptr, QCoreApplication::translate("main", "Vieraugen cannot start"),
                             database.errorString());
        return false;
    }
    const QString question = database.errorString() + QStringLiteral("\n\n")
        + QCoreApplication::translate("main",
                                      "Restore the newest backup, from %1? The damaged file is kept in the "
                                      "backup folder.")
              .arg(QLocale().toString(backups.first().lastModified(), QLocale::ShortFormat));
    return MessageBox::question(nullptr, QCoreApplication::translate("main", "Calendar damaged"), question)
        == QMessageBox::Yes;
}

bool restoreNewestBackup(const DataLocation& location, QString* error)
{
    QString savedAs;
    return Backups::restore(Backups::list(location.backupDirectory()).first().filePath(),
                            location.databaseFile(), location.backupDirectory(), CalendarSchema::migrations(),
                            &savedAs, error);
}

// A damage found after the window showed: once the calendar is closed (this object is declared
// before it, so it goes after it), the newest backup takes its place and Vieraugen starts again.
class RestoreAfterClosing
{
public:
    explicit RestoreAfterClosing(const DataLocation& location)
        : m_location(location)
    { }
    ~RestoreAfterClosing()
    {
        if (!m_armed)
            return;
        QString error;
        if (restoreNewestBackup(m_location, &error))
            QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    QCoreApplication::arguments().mid(1));
        else
            MessageBox::critical(nullptr, QCoreApplication::translate("main", "Vieraugen cannot start"),
                                 error);
    }
    void arm() { m_armed = true; }

private:
    const DataLocation& m_location;
    bool m_armed = false;
};

} // namespace

int main(int argc, char* argv[])
{
    // Qt WebEngine (session windows) shares OpenGL contexts with the widgets.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vieraugen"));
    QApplication::setOrganizationDomain(QStringLiteral("vieraugen.de"));
    QApplication::setApplicationName(QStringLiteral("Vieraugen"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vieraugen"));
    QApplication::setApplicationVersion(QStringLiteral(VIERAUGEN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(VIERAUGEN_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vieraugen.svg")));
    const WindowModalDialogs windowModalDialogs;
    const FocusedWheel focusedWheel;
    const ReadablePlaceholders readablePlaceholders;
    const EnterPressesButtons enterPressesButtons;

    // The data folder's own settings, read before the command line is parsed so that --help speaks
    // the language chosen there.
    const std::unique_ptr<Settings> folderSettings
        = Settings::forDataFolder(DataLocation(DataLocation::explicitPathIn(QCoreApplication::arguments())));
    Settings& settings = *folderSettings;
    Translations::install(app, settings.uiLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Appointments and confidential video sessions for counselors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Use the calendar in <folder> instead of the usual place."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption openOption(
        QStringLiteral("open"), QCoreApplication::translate("main", "Show the appointment with <uid>."),
        QStringLiteral("uid"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the main window to <file> and quit."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions({ dataDirOption, openOption, screenshotOption });
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Calendar files (.ics) to import."),
                                 QStringLiteral("[files.ics…]"));
    parser.process(app);

    const DataLocation location(parser.value(dataDirOption));
    RestoreAfterClosing restoreAfterClosing(location);
    SingleInstance instance(location.path());
    const bool takingScreenshot = parser.isSet(screenshotOption);
    if (!takingScreenshot
        && instance.sendToRunningInstance(QCoreApplication::arguments().mid(1), QDir::currentPath()))
        return 0;

    QString error;
    QString readOnlyReason;
    if (!location.prepare(&error, &readOnlyReason))
        return refuseToStart(error);

    LogFile log(location.logDirectory());
    if (log.open(&error))
        log.installAsMessageHandler();
    else
        qCWarning(lcApp) << "no log file:" << error;
    qCInfo(lcApp) << "Vieraugen" << VIERAUGEN_VERSION << "starting";

    // The integrity check waits until the calendar shows (see below); a damaged calendar stays where
    // it is, and the newest backup can take its place.
    Database database(QStringLiteral("calendar"), CalendarSchema::migrations());
    if (!readOnlyReason.isEmpty() && !database.openReadOnly(location.databaseFile(), readOnlyReason))
        return refuseToStart(database.errorString());
    if (readOnlyReason.isEmpty()
        && !database.open(location.databaseFile(), location.backupDirectory(),
                          Database::IntegrityCheck::Later)) {
        if (!offerNewestBackup(database, location))
            return 2;
        if (!restoreNewestBackup(location, &error)
            || !database.open(location.databaseFile(), location.backupDirectory()))
            return refuseToStart(error.isEmpty() ? database.errorString() : error);
    }

    AppointmentStore appointments(database, SystemClock::instance());
    // Daily: the retention period applied to the calendar and every copy of it, and a backup — written
    // on a worker thread, so that the calendar stays responsive meanwhile.
    DailyMaintenance maintenance(appointments, SystemClock::instance(), location.databaseFile(),
                                 location.backupDirectory());
    QObject::connect(&maintenance, &DailyMaintenance::finished, &appointments, [](const QString& failure) {
        if (!failure.isEmpty())
            qCWarning(lcApp) << "maintenance failed:" << failure;
    });
    QTimer maintenanceTimer;
    QObject::connect(&maintenanceTimer, &QTimer::timeout, &maintenance,
                     [&] { maintenance.run(settings.retentionDays()); });

    SecretStore secrets(settings);
    MainWindow window(settings, secrets, appointments, SystemClock::instance());
    SyncStore teamCalendars(database, appointments, SystemClock::instance());
    window.setTeamCalendars(&teamCalendars);
    PrivacyCurtain curtain(window, settings, SystemClock::instance(),
                           ScreenLockMonitor::createForPlatform(&window));
    InvitationLog invitationLog(database, SystemClock::instance());
    QNetworkAccessManager network;
    InviteService invitations(settings, secrets, appointments, invitationLog, network,
                              SystemClock::instance());
    window.setInvitations(&invitations, &invitationLog);
    SyncQueue syncQueue(database);
    SyncEngine teamSync(network, teamCalendars, appointments, syncQueue,
                        SyncEngine::keychainPasswords(secrets));
    window.setSyncEngine(&teamSync);
    window.show();
    if (!readOnlyReason.isEmpty())
        QTimer::singleShot(0, &window, [&window, readOnlyReason] {
            MessageBox::warning(&window, QCoreApplication::translate("main", "Calendar read-only"),
                                readOnlyReason);
        });
    // After the first paint: the integrity check, on a thread of its own (writes wait for it); then
    // what may take long or need the network — retention and the daily backup, the outbox.
    FirstPaint::then(&window, [&] {
        database.checkIntegrityInBackground([&](bool passed) {
            if (!passed) {
                window.hide();
                if (offerNewestBackup(database, location))
                    restoreAfterClosing.arm();
                QApplication::exit(2);
                return;
            }
            maintenance.run(settings.retentionDays());
            maintenanceTimer.start(6 * 3600 * 1000);
            if (readOnlyReason.isEmpty() && !takingScreenshot) {
                invitations.startOutbox();
                // Team calendars: now, a moment after each change, every 5 minutes and when the
                // network returns.
                teamSync.start();
            }
        });
    });
    if (readOnlyReason.isEmpty() && !takingScreenshot)
        QTimer::singleShot(0, &window, &MainWindow::offerSetupOnFirstStart);

    // A window of its own, not the main window's: a dialog open over the calendar blocks only the
    // calendar, and the reminder stays usable.
    ReminderNotifier reminders(appointments, settings, SystemClock::instance());
    window.setReminders(&reminders);
    DesktopNotifier* notifier = DesktopNotifier::createForPlatform(&window);
    if (!takingScreenshot && QSystemTrayIcon::isSystemTrayAvailable()) {
        auto* tray = new TrayIcon(window);
        window.setTray(tray);
        reminders.setTray(tray);
        notifier->setTray(tray);
        tray->show();
    }
    QObject::connect(&reminders, &ReminderNotifier::openRequested, &window,
                     [&window](const QString& uid, const QDateTime& id) {
                         window.bringToFront();
                         window.calendar()->openAppointment(uid, id);
                     });
    QObject::connect(&reminders, &ReminderNotifier::startRequested, &window, &MainWindow::startSession);
    QObject::connect(&reminders, &ReminderNotifier::attentionRequested, notifier, &DesktopNotifier::notify);
    QObject::connect(&curtain, &PrivacyCurtain::loweredChanged, &reminders,
                     &ReminderNotifier::setNamesHidden);
    QObject::connect(&window, &MainWindow::attentionRequested, notifier, &DesktopNotifier::notify);
    QObject::connect(window.sessions(), &SessionLauncher::attentionRequested, notifier,
                     &DesktopNotifier::notify);
    QObject::connect(&curtain, &PrivacyCurtain::loweredChanged, window.sessions(),
                     &SessionLauncher::setNamesHidden);
    if (!takingScreenshot)
        QTimer::singleShot(1000, &reminders, &ReminderNotifier::check);

    // Files and appointments named on the command line, now or by a later launch.
    const auto handle
        = [&window, &parser, &openOption](const QStringList& arguments, const QString& workingDirectory) {
              if (!parser.parse(arguments))
                  return;
              QStringList files;
              for (const QString& file : parser.positionalArguments())
                  files.append(QDir(workingDirectory).absoluteFilePath(file));
              window.openFiles(files);
              if (parser.isSet(openOption))
                  window.showAppointment(parser.value(openOption));
          };
    QTimer::singleShot(0, &window, [&] { handle(QCoreApplication::arguments(), QDir::currentPath()); });

    if (takingScreenshot) {
        const QString file = parser.value(screenshotOption);
        // As soon as the window is on screen and every pending event is handled.
        QTimer::singleShot(0, &window, [&window, file] {
            QTimer::singleShot(0, &window, [&window, file] {
                if (!window.grab().save(file))
                    qCWarning(lcApp) << "screenshot could not be saved";
                QApplication::quit();
            });
        });
    } else if (instance.listen(&error)) {
        qCInfo(lcApp) << "ready for further launches";
        QObject::connect(&instance, &SingleInstance::argumentsReceived, &window,
                         [&window, &handle](const QStringList& arguments, const QString& workingDirectory) {
                             window.bringToFront();
                             handle(QStringList { QCoreApplication::applicationFilePath() } + arguments,
                                    workingDirectory);
                         });
    }

    return QApplication::exec();
}
