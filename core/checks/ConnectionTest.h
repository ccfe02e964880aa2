#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// The connection part of the pre-session check, in the style of Jitsi's pre-call test: media
// is sent through the server's TURN relay and back, and round-trip time, loss and throughput
// tell whether audio and video will work. The measurement runs in the browser engine (WebRTC);
// this class finds the TURN credentials a server offers (config.js
// prejoinConfig.preCallTestICEUrl returns {iceServers: […]}) and rates the figures with the
// thresholds Jitsi's own prejoin screen uses.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Rating
    {
        Good,
        NonOptimal,
        Poor
    };
    Q_ENUM(Rating)

    struct Measurement
    {
        bool mediaConnectivity = false; // a relayed connection came up at all
        double rttMs = 0;
        double fractionalLoss = 0; // 0..1
        double throughputKbps = 0;
    };

    struct Verdict
    {
        Rating overall = Rating::Poor;
        Rating audio = Rating::Poor;
        Rating video = Rating::Poor;
        QString summary; // what the counselor can expect, and what to do
    };

    // Loss above these fractions (Jitsi: audio [0.33, 0.05], video [0.33, 0.1, 0.05]) and
    // throughput below these kbps (audio [8, 20], video [60, 750]) lower the rating.
    static constexpr double poorLoss = 0.33;
    static constexpr double videoFreezingLoss = 0.1;
    static constexpr double noticeableLoss = 0.05;
    static constexpr double audioPoorKbps = 8;
    static constexpr double audioGoodKbps = 20;
    static constexpr double videoPoorKbps = 60;
    static constexpr double videoGoodKbps = 750;

    static Verdict rate(const Measurement& measurement);
    static QString ratingName(Rating rating);
    // The measurement as the check page reports it: {mediaConnectivity, rtt, fractionalLoss, throughput}.
    static Measurement fromJson(const QJsonObject& result);

    explicit ConnectionTest(QNetworkAccessManager& network, QObject* parent = nullptr);

    // done gets the ICE servers to test through; none and no error means the server offers no
    // test (it names no credential source).
    using IceServersFound = std::function<void(const QJsonArray& iceServers, const QString& errorMessage)>;
    void findIceServers(const QUrl& server, const IceServersFound& done);

    // Keeps what RTCPeerConnection accepts: objects with "urls" (a string or strings) and,
    // for TURN, username and credential. False with a message for anything else.
    static bool validateIceServers(const QJsonValue& value, QJsonArray* iceServers, QString* errorMessage);

private:
    QNetworkAccessManager& m_network;
};
