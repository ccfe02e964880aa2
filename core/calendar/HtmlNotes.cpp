#include "core/calendar/HtmlNotes.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// The tags calendar programs put into descriptions (Google's editor, pasted web text).
const QRegularExpression& knownTag()
{
    static const QRegularExpression tag(
        QStringLiteral(
            "<(?:br|b|i|u|s|em|strong|p|div|span|a|ul|ol|li|h[1-6]|blockquote|font|html-blob|html|body)"
            "(?:\\s[^<>]*)?/?>|</(?:b|i|u|s|em|strong|p|div|span|a|ul|ol|li|h[1-6]|blockquote|font)>"),
        QRegularExpression::CaseInsensitiveOption);
    return tag;
}

bool isBlock(const QString& name)
{
    static const QStringList blocks {
        QStringLiteral("p"),  QStringLiteral("div"),        QStringLiteral("ul"),    QStringLiteral("ol"),
        QStringLiteral("li"), QStringLiteral("blockquote"), QStringLiteral("table"), QStringLiteral("tr"),
        QStringLiteral("h1"), QStringLiteral("h2"),         QStringLiteral("h3"),    QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"),         QStringLiteral("pre"),   QStringLiteral("hr")
    };
    return blocks.contains(name);
}

// The named references that turn up in descriptions; the numeric ones are decoded by number.
QString namedCharacter(const QString& name)
{
    static const QHash<QString, QChar> characters {
        { QStringLiteral("amp"), u'&' },    { QStringLiteral("lt"), u'<' },
        { QStringLiteral("gt"), u'>' },     { QStringLiteral("quot"), u'"' },
        { QStringLiteral("apos"), u'\'' },  { QStringLiteral("nbsp"), u' ' },
        { QStringLiteral("auml"), u'ä' },   { QStringLiteral("ouml"), u'ö' },
        { QStringLiteral("uuml"), u'ü' },   { QStringLiteral("Auml"), u'Ä' },
        { QStringLiteral("Ouml"), u'Ö' },   { QStringLiteral("Uuml"), u'Ü' },
        { QStringLiteral("szlig"), u'ß' },  { QStringLiteral("euro"), u'€' },
        { QStringLiteral("ndash"), u'–' },  { QStringLiteral("mdash"), u'—' },
        { QStringLiteral("hellip"), u'…' }, { QStringLiteral("bdquo"), u'„' },
        { QStringLiteral("ldquo"), u'“' },  { QStringLiteral("rdquo"), u'”' },
        { QStringLiteral("sbquo"), u'‚' },  { QStringLiteral("lsquo"), u'‘' },
        { QStringLiteral("rsquo"), u'’' },  { QStringLiteral("laquo"), u'«' },
        { QStringLiteral("raquo"), u'»' },  { QStringLiteral("copy"), u'©' },
        { QStringLiteral("reg"), u'®' },    { QStringLiteral("middot"), u'·' },
        { QStringLiteral("bull"), u'•' },
    };
    const auto found = characters.constFind(name);
    return found == characters.cend() ? QString() : QString(*found);
}

QString decodedReferences(const QString& text)
{
    static const QRegularExpression reference(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString result;
    qsizetype copied = 0;
    for (auto matches = reference.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(1);
        QString decoded;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            const char32_t character = code;
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
                decoded = QString::fromUcs4(&character, 1);
        } else {
            decoded = namedCharacter(name);
        }
        if (decoded.isEmpty())
            continue; // not a reference we know: left as written
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += decoded;
        copied = match.capturedEnd();
    }
    result += QStringView(text).mid(copied);
    return result;
}

// Builds the text as a browser lays it out: spaces collapse, blocks start on a line of their own.
class PlainText
{
public:
    void addWords(const QString& text)
    {
        for (const QChar character : text) {
            if (character.isSpace()) {
                m_pendingSpace = !atLineStart();
                continue;
            }
            if (m_pendingSpace)
                m_text += u' ';
            m_pendingSpace = false;
            m_text += character;
        }
    }
    void lineBreak()
    {
        m_text += u'\n';
        m_pendingSpace = false;
    }
    void endBlock()
    {
        if (!atLineStart())
            lineBreak();
        m_pendingSpace = false;
    }
    QString finished() const
    {
        QStringList lines = m_text.split(u'\n');
        for (QString& line : lines) {
            while (line.endsWith(u' '))
                line.chop(1);
        }
        return lines.join(u'\n').trimmed();
    }

private:
    bool atLineStart() const { return m_text.isEmpty() || m_text.endsWith(u'\n'); }

    QString m_text;
    bool m_pendingSpace = false;
};

} // namespace

bool HtmlNotes::isMarkup(const QString& text)
{
    return text.contains(u'<') && knownTag().match(text).hasMatch();
}

QString HtmlNotes::toPlainText(const QString& html)
{
    static const QRegularExpression piece(
        QStringLiteral("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s[^<>]*)?)/?>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression href(
        QStringLiteral("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    PlainText text;
    QString linkAddress;
    QString linkText;
    qsizetype hiddenUntil = -1; // inside <script> or <style>: nothing shown
    qsizetype copied = 0;
    const auto addText = [&](QStringView raw) {
        const QString decoded = decodedReferences(raw.toString());
        text.addWords(decoded);
        if (!linkAddress.isNull())
            linkText += decoded;
    };
    for (auto matches = piece.globalMatch(html); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedStart() < hiddenUntil)
            continue;
        if (hiddenUntil < 0)
            addText(QStringView(html).mid(copied, match.capturedStart() - copied));
        copied = match.capturedEnd();
        hiddenUntil = -1;
        const QString name = match.captured(2).toLower();
        const bool closing = !match.captured(1).isEmpty();
        if (name.isEmpty())
            continue; // a comment
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
            const qsizetype end = html.indexOf(QLatin1String("</") + name, copied, Qt::CaseInsensitive);
            hiddenUntil = end < 0 ? html.size() : end;
            copied = hiddenUntil;
            continue;
        }
        if (name == QLatin1String("br")) {
            text.lineBreak();
        } else if (name == QLatin1String("li") && !closing) {
            text.endBlock();
            text.addWords(QStringLiteral("• "));
        } else if (isBlock(name)) {
            text.endBlock();
        } else if (name == QLatin1String("a") && !closing) {
            const QRegularExpressionMatch address = href.match(match.captured(3));
            linkAddress = address.hasMatch()
                ? decodedReferences(address.captured(1) + address.captured(2) + address.captured(3)).trimmed()
                : QString();
            linkText.clear();
        } else if (name == QLatin1String("a") && !linkAddress.isNull()) {
            // The address is what a click would have opened: without it, "hier klicken" leads nowhere.
            const QString shown = linkText.simplified();
            const QString bare = QString(linkAddress).remove(QRegularExpression(QStringLiteral("^mailto:")));
            if (!linkAddress.isEmpty() && shown != linkAddress && shown != bare)
                text.addWords(QStringLiteral(" (%1)").arg(linkAddress));
            linkAddress = QString();
        }
    }
    if (hiddenUntil < 0)
        addText(QStringView(html).mid(copied));
    return text.finished();
}
