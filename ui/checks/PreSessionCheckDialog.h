#pragma once

#include "core/checks/ConnectionTest.h"
#include "core/checks/ServerCheck.h"
#include "core/meeting/ServerProfile.h"
#include "core/settings/Settings.h"
#include "ui/checks/DeviceCheckPage.h"

#include <QDialog>
#include <QNetworkAccessManager>

#include <optional>

class Announcer;
class QBoxLayout;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QWebEngineView;
class SessionEngine;

// "Is everything ready for the session?" in one place: camera preview, microphone level, a test
// sound, the choice of devices (remembered, and used by every session), and the server: name,
// secure connection, response time and, where the server offers relay credentials, a relayed
// connection test. Each line passes, warns or fails with what to do next.
class PreSessionCheckDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a server only camera, microphone and speaker are checked; the connection part says
    // that it needs one.
    PreSessionCheckDialog(Settings& settings, SessionEngine& engine,
                          const std::optional<ServerProfile>& server, QWidget* parent = nullptr);
    ~PreSessionCheckDialog() override;

    // Rows of the server part, in this order (none without a server).
    enum class Check
    {
        Dns,
        Api,
        Latency,
        Connection
    };
    ServerCheck::Status status(Check check) const;
    QString detail(Check check) const;
    bool isChecking() const { return m_pendingChecks > 0; }
    // What the device part found: the label in use, or the advice when it failed.
    QString cameraState() const;
    QString microphoneState() const;
    bool heardMicrophone() const { return m_heardMicrophone; }
    QComboBox* deviceChoice(MediaDevice device) const;

public Q_SLOTS:
    void checkServerAgain();
    void playTestSound();

Q_SIGNALS:
    void helpRequested(const QString& topic);
    void checksFinished();
    void testSoundFinished(bool played);

protected:
    void done(int result) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // This page's id of the device chosen in the settings, empty if it is not (yet) listed.
    QString preferredDeviceId(MediaDevice device) const;
    void openDevice(MediaDevice device);
    void showDevices(const QList<MediaDeviceInfo>& devices);
    void deviceOpened(const QString& kind, const QString& label);
    void deviceFailed(const QString& kind, const QString& errorName);
    void setRow(Check check, ServerCheck::Status status, const QString& detail);
    void runConnectionTest();
    void connectionMeasured(const QJsonObject& result);
    void checkFinished();
    static QString statusWord(ServerCheck::Status status);

    Settings& m_settings;
    const std::optional<ServerProfile> m_server;
    QNetworkAccessManager m_network;
    ServerCheck* m_serverCheck;
    ConnectionTest* m_connectionTest;
    DeviceCheckPage* m_page;
    QWebEngineView* m_preview;
    QHash<MediaDevice, QComboBox*> m_choices;
    QHash<MediaDevice, QString> m_openLabels;
    QList<MediaDeviceInfo> m_devices;
    // Relay credentials that arrived before the page was ready.
    QJsonArray m_waitingIceServers;
    QLabel* m_cameraStatus;
    QLabel* m_microphoneStatus;
    QLabel* m_speakerStatus;
    QProgressBar* m_level;
    QPushButton* m_testSound;
    struct CheckRow
    {
        QString name;
        QLabel* icon;
        QLabel* detail;
        ServerCheck::Status status;
    };
    QList<CheckRow> m_rows; // in the order of Check
    QPushButton* m_again;
    // Says the server part's results when they are all in: the focus stays where it was.
    Announcer* m_announcer;
    QBoxLayout* m_columns;
    int m_pendingChecks = 0;
    bool m_heardMicrophone = false;
    bool m_pageReady = false;
};
