#include "ui/checks/PreSessionCheckDialog.h"

#include "core/checks/DeviceAdvice.h"
#include "ui/common/Announcer.h"
#include "ui/common/ScreenRoom.h"
#include "ui/common/ScrollingContent.h"
#include "ui/session/SessionEngine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace {
// Above this peak level (0..1) the microphone clearly picks something up.
constexpr double heardLevel = 0.02;

QString kindOf(MediaDevice device)
{
    switch (device) {
    case MediaDevice::Camera:
        return QStringLiteral("videoinput");
    case MediaDevice::Microphone:
        return QStringLiteral("audioinput");
    case MediaDevice::Speaker:
        return QStringLiteral("audiooutput");
    }
    return {};
}

MediaDevice deviceOf(const QString& kind)
{
    return kind == QLatin1String("videoinput") ? MediaDevice::Camera
        : kind == QLatin1String("audioinput")  ? MediaDevice::Microphone
                                               : MediaDevice::Speaker;
}
} // namespace

PreSessionCheckDialog::PreSessionCheckDialog(Settings& settings, SessionEngine& engine,
                                             const std::optional<ServerProfile>& server, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_server(server)
    , m_serverCheck(new ServerCheck(m_network, this))
    , m_connectionTest(new ConnectionTest(m_network, this))
    , m_page(new DeviceCheckPage(engine.profile(), this))
    , m_preview(new QWebEngineView(this))
    , m_cameraStatus(new QLabel(tr("Starting the camera…"), this))
    , m_microphoneStatus(new QLabel(tr("Starting the microphone…"), this))
    , m_speakerStatus(new QLabel(tr("Play the test sound and listen."), this))
    , m_level(new QProgressBar(this))
    , m_testSound(new QPushButton(tr("Play &Test Sound"), this))
    , m_again(new QPushButton(tr("Check &Again"), this))
    , m_announcer(new Announcer(this))
    , m_columns(new QBoxLayout(QBoxLayout::LeftToRight))
{
    setWindowTitle(tr("Check Before the Session"));
    m_preview->setPage(m_page);
    m_preview->setMinimumSize(320, 200);
    // Only to look at, and named: a screen reader met an unnamed document (tester10's G13).
    m_preview->setAccessibleName(tr("Camera picture"));
    m_preview->setFocusPolicy(Qt::NoFocus);

    auto* devicesBox = new QGroupBox(tr("Camera and microphone"), this);
    auto* form = new QFormLayout;
    for (const auto& [device, label] : { std::pair(MediaDevice::Camera, tr("&Camera:")),
                                         std::pair(MediaDevice::Microphone, tr("&Microphone:")),
                                         std::pair(MediaDevice::Speaker, tr("&Speaker:")) }) {
        auto* choice = new QComboBox(this);
        choice->setObjectName(kindOf(device) + QStringLiteral("Choice"));
        choice->addItem(tr("System default"), QString());
        m_choices.insert(device, choice);
        connect(choice, &QComboBox::activated, this, [this, device, choice] {
            m_settings.setPreferredDevice(device, choice->currentData().toString());
            if (device == MediaDevice::Speaker)
                playTestSound();
            else
                openDevice(device);
        });
        form->addRow(label, choice);
        if (device == MediaDevice::Camera) {
            form->addRow(QString(), m_cameraStatus);
        } else if (device == MediaDevice::Microphone) {
            m_level->setRange(0, 100);
            m_level->setTextVisible(false);
            m_level->setAccessibleName(tr("Microphone level"));
            form->addRow(tr("Level:"), m_level);
            form->addRow(QString(), m_microphoneStatus);
        } else {
            form->addRow(QString(), m_testSound);
            form->addRow(QString(), m_speakerStatus);
        }
    }
    for (QLabel* status : { m_cameraStatus, m_microphoneStatus, m_speakerStatus })
        status->setWordWrap(true);
    auto* devicesLayout = new QVBoxLayout(devicesBox);
    devicesLayout->addWidget(m_preview, 1);
    devicesLayout->addLayout(form);

    auto* serverBox
        = new QGroupBox(server ? tr("Connection to %1").arg(server->name) : tr("Connection"), this);
    auto* serverLayout = new QVBoxLayout(serverBox);
    if (server) {
        auto* grid = new QGridLayout;
        grid->setColumnStretch(2, 1);
        int gridRow = 0;
        for (const QString& name : { tr("Server name"), tr("Secure connection"), tr("Response time"),
                                     tr("Audio and video through the relay") }) {
            CheckRow row { name, new QLabel(this), new QLabel(this), ServerCheck::Status::Fail };
            auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), this);
            row.detail->setWordWrap(true);
            row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(row.icon, gridRow, 0, Qt::AlignTop);
            grid->addWidget(title, gridRow, 1, Qt::AlignTop);
            grid->addWidget(row.detail, gridRow + 1, 1, 1, 2, Qt::AlignTop);
            gridRow += 2;
            m_rows.append(row);
        }
        grid->setRowStretch(gridRow, 1);
        serverLayout->addLayout(grid, 1);
        serverLayout->addWidget(m_again, 0, Qt::AlignRight);
    } else {
        auto* noServer = new QLabel(tr("The connection can be checked once a video server is set up: Help → "
                                       "Set Up Vieraugen…, step \"Video server\". Camera, microphone and "
                                       "speaker need no server."),
                                    this);
        noServer->setObjectName(QStringLiteral("noServer"));
        noServer->setWordWrap(true);
        serverLayout->addWidget(noServer);
        serverLayout->addStretch(1);
        m_again->hide();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::Help, this);
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->addWidget(devicesBox, 1);
    m_columns->addWidget(serverBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ScrollingContent::around(m_columns, this), 1);
    layout->addWidget(buttons);
    ScreenRoom::resize(this, QSize(960, 560));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::helpRequested, this,
            [this] { Q_EMIT helpRequested(QStringLiteral("check")); });
    connect(m_again, &QPushButton::clicked, this, &PreSessionCheckDialog::checkServerAgain);
    connect(m_testSound, &QPushButton::clicked, this, &PreSessionCheckDialog::playTestSound);

    DeviceCheckBridge& bridge = m_page->bridge();
    connect(&bridge, &DeviceCheckBridge::ready, this, [this] {
        m_pageReady = true;
        openDevice(MediaDevice::Camera);
        openDevice(MediaDevice::Microphone);
        if (!m_waitingIceServers.isEmpty())
            Q_EMIT m_page->bridge().connectionTestRequested(std::exchange(m_waitingIceServers, {}));
    });
    connect(&bridge, &DeviceCheckBridge::devicesChanged, this, &PreSessionCheckDialog::showDevices);
    connect(&bridge, &DeviceCheckBridge::opened, this, &PreSessionCheckDialog::deviceOpened);
    connect(&bridge, &DeviceCheckBridge::failed, this, &PreSessionCheckDialog::deviceFailed);
    connect(&bridge, &DeviceCheckBridge::level, this, [this](double level) {
        m_level->setValue(int(level * 100));
        if (level > heardLevel && !m_heardMicrophone) {
            m_heardMicrophone = true;
            m_microphoneStatus->setText(
                tr("Sound arrives from %1.").arg(m_openLabels.value(MediaDevice::Microphone)));
        }
    });
    connect(&bridge, &DeviceCheckBridge::toneFinished, this, [this](bool played, const QString& error) {
        m_testSound->setEnabled(true);
        m_speakerStatus->setText(played
                                     ? tr("A tone played for a second and a half. Heard nothing? Check the "
                                          "volume, or choose another speaker.")
                                     : tr("The test sound could not be played (%1).").arg(error));
        Q_EMIT testSoundFinished(played);
    });
    connect(&bridge, &DeviceCheckBridge::measured, this, &PreSessionCheckDialog::connectionMeasured);

    checkServerAgain();
}

PreSessionCheckDialog::~PreSessionCheckDialog()
{
    // The view goes before its page, and the page (with camera and microphone) before the engine.
    delete m_preview;
    delete m_page;
}

void PreSessionCheckDialog::resizeEvent(QResizeEvent* event)
{
    // The camera and the connection side by side where both have room for their lines, else one
    // under the other, scrolling (large fonts, a small screen): Close and Help stay in sight.
    m_columns->setDirection(event->size().width() >= fontMetrics().averageCharWidth() * 100
                                ? QBoxLayout::LeftToRight
                                : QBoxLayout::TopToBottom);
    QDialog::resizeEvent(event);
}

void PreSessionCheckDialog::done(int result)
{
    // Camera and microphone are free again for the session as soon as the check closes.
    Q_EMIT m_page->bridge().stopRequested();
    QDialog::done(result);
}

QComboBox* PreSessionCheckDialog::deviceChoice(MediaDevice device) const
{
    return m_choices.value(device);
}

QString PreSessionCheckDialog::cameraState() const
{
    return m_cameraStatus->text();
}

QString PreSessionCheckDialog::microphoneState() const
{
    return m_microphoneStatus->text();
}

QString PreSessionCheckDialog::preferredDeviceId(MediaDevice device) const
{
    const QString preferred = m_settings.preferredDevice(device);
    // The last listed of equally named devices, as the page lists them.
    for (auto info = m_devices.crbegin(); info != m_devices.crend(); ++info) {
        if (info->kind == kindOf(device) && info->label == preferred)
            return info->deviceId;
    }
    return {}; // the system default
}

void PreSessionCheckDialog::openDevice(MediaDevice device)
{
    if (!m_pageReady)
        return;
    const QString deviceId = preferredDeviceId(device);
    if (device == MediaDevice::Microphone)
        m_heardMicrophone = false;
    Q_EMIT m_page->bridge().openRequested(kindOf(device), deviceId);
}

void PreSessionCheckDialog::showDevices(const QList<MediaDeviceInfo>& devices)
{
    const bool firstList = m_devices.isEmpty();
    m_devices = devices;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        QComboBox* choice = it.value();
        const QString preferred = m_settings.preferredDevice(it.key());
        const QSignalBlocker blocker(choice);
        while (choice->count() > 1)
            choice->removeItem(1);
        for (const MediaDeviceInfo& device : devices) {
            if (device.kind == kindOf(it.key()) && !device.label.isEmpty()
                && choice->findData(device.label) < 0)
                choice->addItem(device.label, device.label);
        }
        choice->setCurrentIndex(qMax(0, choice->findData(preferred)));
        // Labels are known only once a device is open: now the remembered one can be opened.
        const bool known = choice->findData(preferred) > 0;
        if (firstList && known && it.key() != MediaDevice::Speaker
            && m_openLabels.value(it.key()) != preferred)
            openDevice(it.key());
    }
}

void PreSessionCheckDialog::deviceOpened(const QString& kind, const QString& label)
{
    const MediaDevice device = deviceOf(kind);
    m_openLabels.insert(device, label);
    if (device == MediaDevice::Camera)
        m_cameraStatus->setText(tr("The picture above comes from %1.").arg(label));
    else if (!m_heardMicrophone)
        m_microphoneStatus->setText(tr("Say something: the bar should move."));
}

void PreSessionCheckDialog::deviceFailed(const QString& kind, const QString& errorName)
{
    const MediaDevice device = deviceOf(kind);
    m_openLabels.remove(device);
    QLabel* status = device == MediaDevice::Camera ? m_cameraStatus : m_microphoneStatus;
    status->setText(DeviceAdvice::forError(device == MediaDevice::Camera ? DeviceAdvice::Device::Camera
                                                                         : DeviceAdvice::Device::Microphone,
                                           errorName));
}

void PreSessionCheckDialog::playTestSound()
{
    const QString outputId = preferredDeviceId(MediaDevice::Speaker);
    m_testSound->setEnabled(false);
    m_speakerStatus->setText(tr("Playing a tone…"));
    Q_EMIT m_page->bridge().toneRequested(outputId);
}

ServerCheck::Status PreSessionCheckDialog::status(Check check) const
{
    return m_rows.at(int(check)).status;
}

QString PreSessionCheckDialog::detail(Check check) const
{
    return m_rows.at(int(check)).detail->text();
}

void PreSessionCheckDialog::setRow(Check check, ServerCheck::Status status, const QString& detail)
{
    static const QHash<ServerCheck::Status, QStyle::StandardPixmap> icons {
        { ServerCheck::Status::Pass, QStyle::SP_DialogApplyButton },
        { ServerCheck::Status::Warn, QStyle::SP_MessageBoxWarning },
        { ServerCheck::Status::Fail, QStyle::SP_MessageBoxCritical },
    };
    CheckRow& row = m_rows[int(check)];
    row.status = status;
    row.icon->setPixmap(style()->standardIcon(icons.value(status)).pixmap(16, 16));
    row.icon->setAccessibleName(statusWord(status));
    row.detail->setText(detail);
}

void PreSessionCheckDialog::checkServerAgain()
{
    if (!m_server || m_pendingChecks > 0)
        return;
    m_pendingChecks = 2;
    m_again->setEnabled(false);
    for (CheckRow& row : m_rows) {
        row.icon->clear();
        row.detail->setText(tr("Checking…"));
        row.status = ServerCheck::Status::Fail;
    }
    m_serverCheck->run(m_server->baseUrl, [this](const QList<ServerCheck::Step>& steps) {
        static const QHash<QString, Check> rows { { QStringLiteral("dns"), Check::Dns },
                                                  { QStringLiteral("api"), Check::Api },
                                                  { QStringLiteral("latency"), Check::Latency } };
        for (Check check : { Check::Dns, Check::Api, Check::Latency })
            setRow(check, ServerCheck::Status::Fail, tr("Not checked: the step before failed."));
        for (const ServerCheck::Step& step : steps)
            setRow(rows.value(step.name), step.status, step.detail);
        checkFinished();
    });
    runConnectionTest();
}

void PreSessionCheckDialog::runConnectionTest()
{
    m_connectionTest->findIceServers(
        m_server->baseUrl, [this](const QJsonArray& iceServers, const QString& error) {
            if (!error.isEmpty()) {
                setRow(Check::Connection, ServerCheck::Status::Warn, tr("Not tested. %1").arg(error));
                checkFinished();
            } else if (iceServers.isEmpty()) {
                setRow(Check::Connection, ServerCheck::Status::Warn,
                       tr("This server offers no connection test. Its administrator can turn one on "
                          "(prejoinConfig.preCallTestICEUrl)."));
                checkFinished();
            } else {
                setRow(Check::Connection, ServerCheck::Status::Warn,
                       tr("Sending test data through the relay…"));
                if (m_pageReady)
                    Q_EMIT m_page->bridge().connectionTestRequested(iceServers);
                else
                    m_waitingIceServers = iceServers;
            }
        });
}

void PreSessionCheckDialog::connectionMeasured(const QJsonObject& result)
{
    const ConnectionTest::Measurement measurement = ConnectionTest::fromJson(result);
    const ConnectionTest::Verdict verdict = ConnectionTest::rate(measurement);
    static const QHash<ConnectionTest::Rating, ServerCheck::Status> statuses {
        { ConnectionTest::Rating::Good, ServerCheck::Status::Pass },
        { ConnectionTest::Rating::NonOptimal, ServerCheck::Status::Warn },
        { ConnectionTest::Rating::Poor, ServerCheck::Status::Fail },
    };
    const QLocale locale;
    const QString figures = measurement.mediaConnectivity
        ? tr("%1 ms round trip, %2 % loss, %3 kbit/s")
              .arg(locale.toString(qRound(measurement.rttMs)),
                   locale.toString(measurement.fractionalLoss * 100, 'f', 1),
                   locale.toString(qRound(measurement.throughputKbps)))
        : tr("no connection");
    setRow(Check::Connection, statuses.value(verdict.overall),
           tr("%1 (%2). %3").arg(ConnectionTest::ratingName(verdict.overall), figures, verdict.summary));
    checkFinished();
}

void PreSessionCheckDialog::checkFinished()
{
    if (--m_pendingChecks > 0)
        return;
    m_again->setEnabled(true);
    QStringList results { tr("Connection check finished.") };
    for (const CheckRow& row : std::as_const(m_rows))
        results.append(tr("%1: %2. %3").arg(row.name, statusWord(row.status), row.detail->text()));
    m_announcer->announce(results.join(QLatin1Char('\n')));
    Q_EMIT checksFinished();
}

QString PreSessionCheckDialog::statusWord(ServerCheck::Status status)
{
    switch (status) {
    case ServerCheck::Status::Pass:
        return tr("passed");
    case ServerCheck::Status::Warn:
        return tr("warning");
    case ServerCheck::Status::Fail:
        break;
    }
    return tr("failed");
}
