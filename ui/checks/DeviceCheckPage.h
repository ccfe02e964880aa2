#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWebEnginePage>

class QWebChannel;

// What the check page reports about one camera, microphone or speaker.
struct MediaDeviceInfo
{
    QString kind; // "videoinput", "audioinput" or "audiooutput"
    QString label;
    QString deviceId; // valid for this page only
};

// The object the check page sees as "bridge". Requests go to the page as signals; the page's
// answers come back through the invokables and leave as the C++ signals below. Calls are taken
// only while the page shows the check page itself.
class DeviceCheckBridge : public QObject
{
    Q_OBJECT

public:
    explicit DeviceCheckBridge(QWebEnginePage& page);

    Q_INVOKABLE void pageReady();
    Q_INVOKABLE void devicesListed(const QJsonArray& devices);
    Q_INVOKABLE void deviceOpened(const QString& kind, const QString& label);
    Q_INVOKABLE void deviceFailed(const QString& kind, const QString& errorName, const QString& message);
    Q_INVOKABLE void levelChanged(double level);
    Q_INVOKABLE void tonePlayed(bool played, const QString& error);
    Q_INVOKABLE void connectionMeasured(const QJsonObject& result);

Q_SIGNALS:
    // To the page.
    void openRequested(const QString& kind, const QString& deviceId);
    void stopRequested();
    void toneRequested(const QString& outputId);
    void connectionTestRequested(const QJsonArray& iceServers);
    // To C++.
    void ready();
    void devicesChanged(const QList<MediaDeviceInfo>& devices);
    void opened(const QString& kind, const QString& label);
    void failed(const QString& kind, const QString& errorName);
    void level(double level);
    void toneFinished(bool played, const QString& error);
    void measured(const QJsonObject& result);

private:
    bool fromCheckPage() const;

    QWebEnginePage& m_page;
};

// The page behind the pre-session check: qrc:/check/check.html and nothing else. Camera and
// microphone are granted to that page alone; it loads nothing from the network.
class DeviceCheckPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit DeviceCheckPage(QWebEngineProfile* profile, QObject* parent = nullptr);

    static QUrl checkUrl();
    DeviceCheckBridge& bridge() const { return *m_bridge; }

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message, int line,
                                  const QString& source) override;

private:
    DeviceCheckBridge* m_bridge;
    QWebChannel* m_channel;
};
