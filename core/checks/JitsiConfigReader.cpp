#include "core/checks/JitsiConfigReader.h"

#include "core/base/BoundedGet.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace {
class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    { }

    qsizetype position() const { return m_at; }
    void seek(qsizetype at) { m_at = at; }
    int line() const { return int(m_text.left(m_at).count(QLatin1Char('\n'))) + 1; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool tooDeep() const { return m_tooDeep; }

    QJsonValue value()
    {
        skipSpace();
        if (atEnd())
            return fail(QStringLiteral("value"));
        const QChar c = m_text.at(m_at);
        QJsonValue result;
        if (c == QLatin1Char('{'))
            result = object();
        else if (c == QLatin1Char('['))
            result = array();
        else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
            result = string();
        else
            result = word();
        if (failed())
            return {};
        // Anything that continues the value (+ 'x', .call(), ? :) makes it an expression.
        skipSpace();
        if (!atEnd() && !QStringLiteral(",}]);").contains(m_text.at(m_at))) {
            skipExpression();
            return QString::fromLatin1(JitsiConfigReader::expressionMarker);
        }
        return result;
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }

    QJsonValue fail(const QString& expected)
    {
        if (m_error.isEmpty())
            m_error = expected;
        return {};
    }

    // Counts the objects and lists the reader is inside of, for as long as it reads one.
    class Nesting
    {
    public:
        explicit Nesting(int& depth)
            : m_depth(depth)
        {
            ++m_depth;
        }
        ~Nesting() { --m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;
        // Nested readers have returned before this is asked, so the counter is this level's depth.
        bool tooDeep() const { return m_depth > JitsiConfigReader::maximumNesting; }

    private:
        int& m_depth;
    };

    QJsonValue failTooDeep()
    {
        m_tooDeep = true;
        m_at = m_text.size(); // nothing after this point is read
        return fail(QStringLiteral("less nesting"));
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = m_text.at(m_at);
            if (c.isSpace()) {
                ++m_at;
            } else if (m_text.mid(m_at, 2) == QLatin1String("//")) {
                const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_at);
                m_at = end < 0 ? m_text.size() : end + 1;
            } else if (m_text.mid(m_at, 2) == QLatin1String("/*")) {
                const qsizetype end = m_text.indexOf(QLatin1String("*/"), m_at + 2);
                if (end < 0) {
                    fail(QStringLiteral("end of comment"));
                    m_at = m_text.size();
                    return;
                }
                m_at = end + 2;
            } else if (m_text.mid(m_at, 4) == QLatin1String("<!--")) {
                // nginx server-side includes in Debian's config.js.
                const qsizetype end = m_text.indexOf(QLatin1String("-->"), m_at);
                m_at = end < 0 ? m_text.size() : end + 3;
            } else {
                return;
            }
        }
    }

    // Skips to the end of the current value at this nesting level.
    void skipExpression()
    {
        int depth = 0;
        while (!atEnd()) {
            const QChar c = m_text.at(m_at);
            if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
                string();
                continue;
            }
            if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
                if (depth == 0)
                    return;
                --depth;
            } else if (c == QLatin1Char(',') && depth == 0)
                return;
            ++m_at;
            skipSpace();
        }
    }

    QJsonValue object()
    {
        const Nesting nesting(m_depth);
        if (nesting.tooDeep())
            return failTooDeep();
        QJsonObject result;
        ++m_at; // {
        for (;;) {
            skipSpace();
            if (atEnd())
                return fail(QStringLiteral("}"));
            if (m_text.at(m_at) == QLatin1Char('}')) {
                ++m_at;
                return result;
            }
            QString key;
            const QChar c = m_text.at(m_at);
            if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
                key = string().toString();
            else
                key = identifier();
            if (key.isEmpty())
                return fail(QStringLiteral("a key"));
            skipSpace();
            if (atEnd() || m_text.at(m_at) != QLatin1Char(':'))
                return fail(QStringLiteral(":"));
            ++m_at;
            const QJsonValue item = value();
            if (failed())
                return {};
            result.insert(key, item);
            skipSpace();
            if (!atEnd() && m_text.at(m_at) == QLatin1Char(','))
                ++m_at;
            else if (atEnd() || m_text.at(m_at) != QLatin1Char('}'))
                return fail(QStringLiteral(", or }"));
        }
    }

    QJsonValue array()
    {
        const Nesting nesting(m_depth);
        if (nesting.tooDeep())
            return failTooDeep();
        QJsonArray result;
        ++m_at; // [
        for (;;) {
            skipSpace();
            if (atEnd())
                return fail(QStringLiteral("]"));
            if (m_text.at(m_at) == QLatin1Char(']')) {
                ++m_at;
                return result;
            }
            result.append(value());
            if (failed())
                return {};
            skipSpace();
            if (!atEnd() && m_text.at(m_at) == QLatin1Char(','))
                ++m_at;
            else if (atEnd() || m_text.at(m_at) != QLatin1Char(']'))
                return fail(QStringLiteral(", or ]"));
        }
    }

    QJsonValue string()
    {
        const QChar quote = m_text.at(m_at++);
        QString result;
        while (!atEnd() && m_text.at(m_at) != quote) {
            if (m_text.at(m_at) == QLatin1Char('\\') && m_at + 1 < m_text.size())
                ++m_at;
            result.append(m_text.at(m_at++));
        }
        if (atEnd())
            return fail(QStringLiteral("end of string"));
        ++m_at;
        return result;
    }

    QString identifier()
    {
        const qsizetype start = m_at;
        while (!atEnd()
               && (m_text.at(m_at).isLetterOrNumber() || m_text.at(m_at) == QLatin1Char('_')
                   || m_text.at(m_at) == QLatin1Char('$')))
            ++m_at;
        return m_text.mid(start, m_at - start);
    }

    QJsonValue word()
    {
        static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?"));
        const QRegularExpressionMatch match = number.match(QStringView(m_text).mid(m_at));
        if (match.hasMatch()) {
            m_at += match.capturedLength();
            return match.captured().toDouble();
        }
        const QString name = identifier();
        if (name == QLatin1String("true"))
            return true;
        if (name == QLatin1String("false"))
            return false;
        if (name == QLatin1String("null") || name == QLatin1String("undefined"))
            return QJsonValue::Null;
        if (name.isEmpty())
            return fail(QStringLiteral("a value"));
        return QString::fromLatin1(JitsiConfigReader::expressionMarker); // a variable or a call
    }

    QString m_text;
    qsizetype m_at = 0;
    QString m_error;
    int m_depth = 0;
    bool m_tooDeep = false;
};
} // namespace

bool JitsiConfigReader::read(const QByteArray& script, const QString& variable, QJsonObject* object,
                             QString* errorMessage)
{
    if (script.size() > maximumScriptBytes) {
        *errorMessage = tooLarge();
        return false;
    }
    const QString text = QString::fromUtf8(script);
    const QRegularExpression assignment(
        QStringLiteral("\\b%1\\s*=\\s*\\{").arg(QRegularExpression::escape(variable)));
    const QRegularExpressionMatch match = assignment.match(text);
    if (!match.hasMatch()) {
        *errorMessage = tr("This is not a Jitsi configuration: \"%1 = {\" is missing.").arg(variable);
        return false;
    }
    Parser parser(text);
    parser.seek(match.capturedEnd() - 1);
    const QJsonValue value = parser.value();
    if (parser.tooDeep()) {
        *errorMessage = tr("The configuration nests objects and lists more than %n levels deep. No Jitsi "
                           "server writes that, so Vieraugen does not read it.",
                           nullptr, maximumNesting);
        return false;
    }
    if (parser.failed() || !value.isObject()) {
        *errorMessage = tr("The configuration cannot be read in line %1: %2 expected.")
                            .arg(parser.line())
                            .arg(parser.error());
        return false;
    }
    *object = value.toObject();
    return true;
}

QString JitsiConfigReader::tooLarge()
{
    return tr("The configuration is larger than %n MB. No Jitsi server sends that much, so Vieraugen "
              "does not read it.",
              nullptr, int(maximumScriptBytes / (1024 * 1024)));
}

void JitsiConfigReader::fetchConfig(QNetworkAccessManager& network, const QUrl& server, QObject* context,
                                    const Fetched& done)
{
    const QUrl root = server.resolved(QUrl(QStringLiteral("/")));
    QNetworkRequest request(root.resolved(QUrl(QStringLiteral("config.js"))));
    request.setTransferTimeout(15000);
    BoundedGet::get(network, request, maximumScriptBytes, context,
                    [root, done](const BoundedGet::Answer& answer) {
                        switch (answer.outcome) {
                        case BoundedGet::Outcome::TooLarge:
                            done({}, tr("config.js of %1: %2").arg(root.toString(), tooLarge()));
                            return;
                        case BoundedGet::Outcome::Failed:
                            done({},
                                 tr("The configuration of %1 could not be fetched: %2")
                                     .arg(root.toString(), answer.errorString));
                            return;
                        case BoundedGet::Outcome::Received: {
                            QJsonObject config;
                            QString errorMessage;
                            if (!read(answer.body, QStringLiteral("config"), &config, &errorMessage)) {
                                done({}, tr("config.js of %1: %2").arg(root.toString(), errorMessage));
                                return;
                            }
                            done(config, {});
                            return;
                        }
                        }
                    });
}
