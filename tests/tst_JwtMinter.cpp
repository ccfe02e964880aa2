#include "core/meeting/JwtMinter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Tokens are checked by an independent implementation, PyJWT (Debian's python3-jwt), the way
// Prosody checks them: signature, alg, typ, iss, aud, exp, nbf.
class TestJwtMinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pyJwtAcceptsTheCounselorToken();
    void pyJwtRejectsWrongSecretExpiredAndEarlyTokens();
    void guestsGetNoModeratorClaim();
    void roomSecurityClaimsOnlyWhenAsked();
    void userValuesAreAlwaysStrings();
    void validityIsBoundedByTheAppointment();

private:
    JwtMinter::Claims counselorClaims() const;
    // PyJWT's verdict: the decoded payload, or the exception's class name.
    QString verify(const QByteArray& token, const QByteArray& secret, QJsonObject* payload = nullptr);
    static QJsonObject segment(const QByteArray& token, int index);

    QString m_python;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
};

void TestJwtMinter::initTestCase()
{
    m_python = qEnvironmentVariable("VIERAUGEN_PYTHON");
    QVERIFY2(!m_python.isEmpty(), "CTest passes the Python interpreter that has python3-jwt");
}

JwtMinter::Claims TestJwtMinter::counselorClaims() const
{
    JwtMinter::Claims claims;
    claims.issuer = QStringLiteral("vieraugen");
    claims.audience = QStringLiteral("jitsi");
    claims.subject = QStringLiteral("meet.example.org");
    claims.room = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    claims.userId = QStringLiteral("counselor");
    claims.userName = QStringLiteral("Jörg Müller-Lüdenscheidt \"Beratung\"");
    claims.moderator = true;
    claims.notBefore = m_now.addSecs(-JwtMinter::clockSkewSeconds);
    claims.expires = m_now.addSecs(3600);
    return claims;
}

QString TestJwtMinter::verify(const QByteArray& token, const QByteArray& secret, QJsonObject* payload)
{
    static const char* script = R"(
import json, sys, jwt
token, secret = sys.argv[1], sys.argv[2]
header = jwt.get_unverified_header(token)
assert header == {"alg": "HS256", "typ": "JWT"}, header
try:
    claims = jwt.decode(token, secret, algorithms=["HS256"], audience="jitsi", issuer="vieraugen",
                        options={"require": ["exp", "iss", "aud", "nbf"]})
    print(json.dumps(claims))
except jwt.PyJWTError as error:
    print(type(error).__name__)
)";
    QProcess python;
    python.start(m_python,
                 { QStringLiteral("-c"), QLatin1String(script), QString::fromLatin1(token),
                   QString::fromUtf8(secret) });
    if (!python.waitForFinished(20000) || python.exitCode() != 0)
        return QStringLiteral("python failed: ") + QString::fromUtf8(python.readAllStandardError());
    const QByteArray out = python.readAllStandardOutput().trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(out);
    if (!document.isObject())
        return QString::fromUtf8(out);
    if (payload)
        *payload = document.object();
    return QStringLiteral("valid");
}

QJsonObject TestJwtMinter::segment(const QByteArray& token, int index)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(token.split('.').value(index), QByteArray::Base64UrlEncoding))
        .object();
}

void TestJwtMinter::pyJwtAcceptsTheCounselorToken()
{
    const QByteArray token = JwtMinter::mint(counselorClaims(), "app-secret-äöü");
    QCOMPARE(token.count('.'), 2);
    QVERIFY2(!token.contains('=') && !token.contains('+') && !token.contains('/'),
             "base64url without padding");
    QJsonObject payload;
    QCOMPARE(verify(token, "app-secret-äöü", &payload), QStringLiteral("valid"));
    QCOMPARE(payload.value(QLatin1String("room")).toString(), QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
    QCOMPARE(payload.value(QLatin1String("sub")).toString(), QStringLiteral("meet.example.org"));
    QCOMPARE(payload.value(QLatin1String("nbf")).toInteger(),
             m_now.toSecsSinceEpoch() - JwtMinter::clockSkewSeconds);
    const QJsonObject user
        = payload.value(QLatin1String("context")).toObject().value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("name")).toString(), counselorClaims().userName);
    QCOMPARE(user.value(QLatin1String("moderator")).toBool(), true);
    QCOMPARE(user.value(QLatin1String("affiliation")).toString(), QStringLiteral("owner"));
}

void TestJwtMinter::pyJwtRejectsWrongSecretExpiredAndEarlyTokens()
{
    QCOMPARE(verify(JwtMinter::mint(counselorClaims(), "app-secret"), "other-secret"),
             QStringLiteral("InvalidSignatureError"));

    JwtMinter::Claims expired = counselorClaims();
    expired.expires = m_now.addSecs(-10);
    QCOMPARE(verify(JwtMinter::mint(expired, "app-secret"), "app-secret"),
             QStringLiteral("ExpiredSignatureError"));

    JwtMinter::Claims early = counselorClaims();
    early.notBefore = m_now.addSecs(600);
    QCOMPARE(verify(JwtMinter::mint(early, "app-secret"), "app-secret"),
             QStringLiteral("ImmatureSignatureError"));

    JwtMinter::Claims otherAudience = counselorClaims();
    otherAudience.audience = QStringLiteral("someone-else");
    QCOMPARE(verify(JwtMinter::mint(otherAudience, "app-secret"), "app-secret"),
             QStringLiteral("InvalidAudienceError"));
}

void TestJwtMinter::guestsGetNoModeratorClaim()
{
    JwtMinter::Claims guest = counselorClaims();
    guest.moderator = false;
    const QJsonObject user = segment(JwtMinter::mint(guest, "s"), 1)
                                 .value(QLatin1String("context"))
                                 .toObject()
                                 .value(QLatin1String("user"))
                                 .toObject();
    QVERIFY(!user.contains(QLatin1String("moderator")));
    QVERIFY(!user.contains(QLatin1String("affiliation")));
}

void TestJwtMinter::roomSecurityClaimsOnlyWhenAsked()
{
    QVERIFY(!segment(JwtMinter::mint(counselorClaims(), "s"), 1)
                 .value(QLatin1String("context"))
                 .toObject()
                 .contains(QLatin1String("room")));
    JwtMinter::Claims secured = counselorClaims();
    secured.roomLobby = true;
    secured.roomPassword = QStringLiteral("abcdefghjkmn");
    const QJsonObject room = segment(JwtMinter::mint(secured, "s"), 1)
                                 .value(QLatin1String("context"))
                                 .toObject()
                                 .value(QLatin1String("room"))
                                 .toObject();
    QCOMPARE(room.value(QLatin1String("lobby")).toBool(), true);
    QCOMPARE(room.value(QLatin1String("password")).toString(), QStringLiteral("abcdefghjkmn"));
}

void TestJwtMinter::userValuesAreAlwaysStrings()
{
    // Prosody throws on null or numbers in context.user.
    JwtMinter::Claims claims = counselorClaims();
    claims.userName.clear();
    const QJsonObject user = segment(JwtMinter::mint(claims, "s"), 1)
                                 .value(QLatin1String("context"))
                                 .toObject()
                                 .value(QLatin1String("user"))
                                 .toObject();
    QVERIFY(user.value(QLatin1String("name")).isString());
    QVERIFY(user.value(QLatin1String("id")).isString());
}

void TestJwtMinter::validityIsBoundedByTheAppointment()
{
    const QDateTime start(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC);
    const QDateTime end = start.addSecs(3600);
    QDateTime notBefore;
    QDateTime expires;
    QString error;
    QVERIFY(JwtMinter::validityWindow(start.addSecs(-600), start, end, 60, &notBefore, &expires, &error));
    QCOMPARE(notBefore, start.addSecs(-600 - JwtMinter::clockSkewSeconds));
    QCOMPARE(expires, end.addSecs(3600));

    QVERIFY(!JwtMinter::validityWindow(start.addSecs(-3601), start, end, 60, &notBefore, &expires, &error));
    QVERIFY(error.contains(QLatin1String("60")));
    error.clear();
    QVERIFY(!JwtMinter::validityWindow(end.addSecs(3600), start, end, 60, &notBefore, &expires, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestJwtMinter)
#include "tst_JwtMinter.moc"
