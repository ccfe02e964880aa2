#include "core/invite/InviteComposer.h"

#include "core/base/PhoneNumber.h"
#include "core/calendar/IcsCodec.h"
#include "core/contact/ContactModuleLoader.h"
#include "core/meeting/RoomPassword.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

InviteComposer::InviteComposer(const QString& templateDirectory)
    : m_templateDirectory(templateDirectory)
{ }

const QStringList& InviteComposer::languages()
{
    static const QStringList codes { QStringLiteral("de"), QStringLiteral("en") };
    return codes;
}

const QStringList& InviteComposer::placeholders()
{
    static const QStringList names { QStringLiteral("name"),          QStringLiteral("date"),
                                     QStringLiteral("time"),          QStringLiteral("timezone"),
                                     QStringLiteral("link"),          QStringLiteral("password"),
                                     QStringLiteral("counselor"),     QStringLiteral("organization"),
                                     QStringLiteral("privacyNotice"), QStringLiteral("series"),
                                     QStringLiteral("previousDate"),  QStringLiteral("previousTime"),
                                     QStringLiteral("cancelled") };
    return names;
}

QString InviteComposer::seriesDateLines(const Context& context, const QLocale& locale)
{
    const auto line = [&locale](const Occurrence& date) -> QString {
        const Appointment& appointment = *date.appointment;
        if (appointment.allDay)
            return QStringLiteral("- ") + locale.toString(date.date, QLocale::LongFormat);
        const QDateTime start = date.start.toTimeZone(QTimeZone(appointment.timeZone.toUtf8()));
        return QStringLiteral("- ") + locale.toString(start.date(), QLocale::LongFormat)
            + QStringLiteral(", ") + locale.toString(start.time(), QStringLiteral("HH:mm"));
    };
    const QList<Occurrence>& dates = context.seriesDates;
    QStringList lines;
    for (qsizetype index = 0; index < dates.size() && index < listedSeriesDates; ++index)
        lines.append(line(dates.at(index)));
    if (dates.size() > listedSeriesDates || context.seriesHasNoEnd)
        lines.append(QStringLiteral("- …"));
    if (dates.size() > listedSeriesDates && !context.seriesHasNoEnd)
        lines.append(line(dates.constLast()));
    return lines.join(QLatin1Char('\n'));
}

std::optional<QString> InviteComposer::cancelledDateLines(const Context& context, const QString& language,
                                                          const QLocale& locale, QString* errorMessage) const
{
    std::optional<QString> text = templateText(QStringLiteral("cancelled-date"), language, errorMessage);
    if (!text)
        return std::nullopt;
    const QTimeZone zone(context.occurrence.appointment->timeZone.toUtf8());
    QStringList lines;
    for (const QDateTime& date : context.cancelledDates) {
        const QDateTime start = zone.isValid() ? date.toTimeZone(zone) : date.toLocalTime();
        const QHash<QString, QString> values {
            { QStringLiteral("date"), locale.toString(start.date(), QLocale::LongFormat) },
            { QStringLiteral("time"), locale.toString(start.time(), QStringLiteral("HH:mm")) },
        };
        QStringList missing;
        const std::optional<QString> line = fill(
            text->trimmed(), values, QStringLiteral("cancelled-date.") + language + QStringLiteral(".txt"),
            &missing, errorMessage);
        if (!line)
            return std::nullopt;
        lines.append(*line);
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<QString> InviteComposer::templateText(const QString& kind, const QString& language,
                                                    QString* errorMessage, bool builtIn) const
{
    const QString fileName = kind + QLatin1Char('.') + language + QStringLiteral(".txt");
    QString path = QStringLiteral(":/invite/") + fileName;
    if (!builtIn && !m_templateDirectory.isEmpty()
        && QFile::exists(QDir(m_templateDirectory).filePath(fileName)))
        path = QDir(m_templateDirectory).filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("The invitation template %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

QString InviteComposer::takeSubject(QString& text)
{
    if (!text.startsWith(QLatin1String("Subject:")))
        return {};
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString subject = text.mid(8, lineEnd < 0 ? -1 : lineEnd - 8).trimmed();
    text = lineEnd < 0 ? QString() : text.mid(lineEnd + 1);
    return subject;
}

std::optional<QString> InviteComposer::fill(const QString& text, const QHash<QString, QString>& values,
                                            const QString& templateName, QStringList* missing,
                                            QString* errorMessage)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString result;
    qsizetype at = 0;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text)) {
        const QString name = match.captured(1);
        if (!values.contains(name)) {
            *errorMessage = placeholders().contains(name)
                ? tr("The template %1 may not use {%2}: it would put it into the wrong message.")
                      .arg(templateName, name)
                : tr("The template %1 uses {%2}, which Vieraugen does not know. Known are: %3.")
                      .arg(templateName, name,
                           placeholders()
                               .join(QStringLiteral("}, {"))
                               .prepend(QLatin1Char('{'))
                               .append(QLatin1Char('}')));
            return std::nullopt;
        }
        // A single appointment has no series to describe, a series may have no cancelled dates:
        // those gaps are no missing values.
        const bool mayBeEmpty = name == QLatin1String("series") || name == QLatin1String("cancelled");
        if (values.value(name).isEmpty() && !mayBeEmpty && !missing->contains(name))
            missing->append(name);
        result += text.mid(at, match.capturedStart() - at) + values.value(name);
        at = match.capturedEnd();
    }
    return result + text.mid(at);
}

bool InviteComposer::recipientFor(InviteMessage& message, const Participant& participant,
                                  QString* errorMessage)
{
    const QString who = participant.displayName.isEmpty() ? tr("the participant") : participant.displayName;
    switch (message.channel) {
    case InviteChannel::Smtp:
    case InviteChannel::Mailto:
        if (!Appointment::isValidEmail(participant.email)) {
            *errorMessage = participant.email.isEmpty()
                ? tr("There is no e-mail address for %1. Add one to the appointment, or choose another way.")
                      .arg(who)
                : tr("\"%1\" is not a valid e-mail address for %2.").arg(participant.email, who);
            return false;
        }
        message.to = participant.email;
        return true;
    case InviteChannel::Sms:
        if (QString moduleError; !participant.phone.isEmpty() && !ContactModuleLoader::load(&moduleError)) {
            *errorMessage = moduleError;
            return false;
        }
        if (!PhoneNumber::canReceiveSms(participant.phone)) {
            *errorMessage = participant.phone.isEmpty()
                ? tr("There is no mobile number for %1. Add one to the appointment, or read the password out "
                     "on the phone.")
                      .arg(who)
                : tr("%1 cannot receive text messages at %2. Enter a mobile number, or read the password out "
                     "on the phone.")
                      .arg(who, participant.phone);
            return false;
        }
        message.to = participant.phone;
        return true;
    case InviteChannel::Phone:
        message.to = participant.phone;
        return true;
    case InviteChannel::Clipboard:
        return true;
    }
    return false;
}

QString InviteComposer::detailLabel(const QString& placeholder)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("name"), QT_TR_NOOP("the participant's name") },
        { QStringLiteral("counselor"), QT_TR_NOOP("your name") },
        { QStringLiteral("organization"), QT_TR_NOOP("your counseling service") },
        { QStringLiteral("privacyNotice"), QT_TR_NOOP("the address of your privacy notice") },
    };
    const char* label = labels.value(placeholder);
    return label ? tr(label) : QLatin1Char('{') + placeholder + QLatin1Char('}');
}

QString InviteComposer::missingValuesMessage(const QStringList& placeholders)
{
    QStringList labels;
    bool fromSettings = false;
    for (const QString& placeholder : placeholders) {
        labels.append(detailLabel(placeholder));
        fromSettings = fromSettings || senderDetails().contains(placeholder);
    }
    const QString where = fromSettings ? tr("Enter it under File → Settings (General and Invitations).")
                                       : tr("Add it to the appointment.");
    return tr("The invitation cannot go out without %1. %2")
        .arg(QLocale().createSeparatedList(labels), where);
}

const QStringList& InviteComposer::senderDetails()
{
    static const QStringList names { QStringLiteral("counselor"), QStringLiteral("organization"),
                                     QStringLiteral("privacyNotice") };
    return names;
}

std::optional<InvitePair> InviteComposer::compose(const Context& context, InviteChannel linkChannel,
                                                  InviteChannel passwordChannel, QString* errorMessage,
                                                  QStringList* missingValues) const
{
    return build(context, linkChannel, passwordChannel, std::nullopt, errorMessage, missingValues);
}

std::optional<InvitePair> InviteComposer::composeAgain(const Context& context, InviteMessage::Kind kind,
                                                       InviteChannel channel, InviteChannel otherChannel,
                                                       QString* errorMessage) const
{
    const bool link = kind == InviteMessage::Kind::Link;
    return build(context, link ? channel : otherChannel, link ? otherChannel : channel, kind, errorMessage,
                 nullptr);
}

std::optional<InvitePair> InviteComposer::build(const Context& context, InviteChannel linkChannel,
                                                InviteChannel passwordChannel,
                                                std::optional<InviteMessage::Kind> addressed,
                                                QString* errorMessage, QStringList* missingValues) const
{
    const Appointment& appointment = *context.occurrence.appointment;
    if (context.participantIndex < 0 || context.participantIndex >= appointment.participants.size()) {
        *errorMessage
            = tr("\"%1\" has no participant %2.").arg(appointment.title).arg(context.participantIndex + 1);
        return std::nullopt;
    }
    const Participant& participant = appointment.participants.at(context.participantIndex);
    const QString language
        = languages().contains(participant.language) ? participant.language : QStringLiteral("de");
    const QLocale locale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                         language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedKingdom);
    const QTimeZone zone(appointment.timeZone.toUtf8());
    const QDateTime start
        = context.occurrence.start.toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());

    InvitePair pair;
    pair.participantIndex = context.participantIndex;
    pair.secret = context.password;
    pair.link.kind = InviteMessage::Kind::Link;
    pair.link.channel = linkChannel;
    pair.password.kind = InviteMessage::Kind::Password;
    pair.password.channel = passwordChannel;
    for (InviteMessage* message : { &pair.link, &pair.password }) {
        if ((!addressed || *addressed == message->kind) && !recipientFor(*message, participant, errorMessage))
            return std::nullopt;
    }

    const QString organization = context.organization;
    QString series;
    // A series is named by its first date, not as if it were that one date.
    QString seriesSubject;
    if (context.seriesDates.size() > 1 || context.seriesHasNoEnd) {
        std::optional<QString> seriesText = templateText(QStringLiteral("series"), language, errorMessage);
        if (!seriesText)
            return std::nullopt;
        seriesSubject = takeSubject(*seriesText);
        // An organization's own series text from before subjects keeps the built-in subject.
        if (seriesSubject.isEmpty()) {
            std::optional<QString> builtIn
                = templateText(QStringLiteral("series"), language, errorMessage, true);
            if (!builtIn)
                return std::nullopt;
            seriesSubject = takeSubject(*builtIn);
        }
        seriesSubject.replace(QStringLiteral("{date}"), locale.toString(start.date(), QLocale::LongFormat));
        series = seriesText->trimmed().replace(QStringLiteral("{dates}"), seriesDateLines(context, locale));
    }
    const QHash<QString, QString> linkValues {
        { QStringLiteral("name"), participant.displayName },
        { QStringLiteral("date"), locale.toString(start.date(), QLocale::LongFormat) },
        { QStringLiteral("time"), locale.toString(start.time(), QStringLiteral("HH:mm")) },
        { QStringLiteral("timezone"), start.timeZone().displayName(start, QTimeZone::LongName, locale) },
        { QStringLiteral("link"), context.guestLink.toString(QUrl::FullyEncoded) },
        { QStringLiteral("counselor"), context.counselorName },
        { QStringLiteral("organization"), organization },
        { QStringLiteral("privacyNotice"), context.privacyNotice.toString() },
        { QStringLiteral("series"), series },
    };
    const QHash<QString, QString> passwordValues {
        { QStringLiteral("password"), context.password },
        { QStringLiteral("counselor"), context.counselorName },
        { QStringLiteral("organization"), organization },
    };
    const QHash<QString, QString> titleValues {
        { QStringLiteral("counselor"), context.counselorName },
        { QStringLiteral("organization"), organization },
    };
    const QString linkTemplate = QStringLiteral("link.") + language + QStringLiteral(".txt");
    const QString passwordTemplate = QStringLiteral("password.") + language + QStringLiteral(".txt");
    std::optional<QString> linkText = templateText(QStringLiteral("link"), language, errorMessage);
    // A template of the organization's own that predates {series} gets the dates after the
    // paragraph that names the date, so that the client still learns every date.
    if (linkText && !series.isEmpty() && !linkText->contains(QLatin1String("{series}"))) {
        const qsizetype bodyStart
            = linkText->startsWith(QLatin1String("Subject:")) ? linkText->indexOf(QLatin1Char('\n')) : 0;
        const qsizetype date = linkText->indexOf(QLatin1String("{date}"), qMax<qsizetype>(0, bodyStart));
        const qsizetype paragraphEnd = date < 0 ? -1 : linkText->indexOf(QLatin1String("\n\n"), date);
        linkText->insert(paragraphEnd < 0 ? linkText->size() : paragraphEnd, QStringLiteral("\n\n{series}"));
    }
    const std::optional<QString> passwordText
        = templateText(QStringLiteral("password"), language, errorMessage);
    const std::optional<QString> titleText = templateText(QStringLiteral("title"), language, errorMessage);
    if (!linkText || !passwordText || !titleText)
        return std::nullopt;
    QStringList missing;
    const std::optional<QString> linkFilled
        = fill(*linkText, linkValues, linkTemplate, &missing, errorMessage);
    const std::optional<QString> passwordFilled
        = fill(*passwordText, passwordValues, passwordTemplate, &missing, errorMessage);
    // The entry in the client's calendar: the same on every date of a series, so without a date.
    const std::optional<QString> titleFilled
        = fill(*titleText, titleValues, QStringLiteral("title.") + language + QStringLiteral(".txt"),
               &missing, errorMessage);
    if (!linkFilled || !passwordFilled || !titleFilled)
        return std::nullopt;
    if (!missing.isEmpty()) {
        // A gap would reach the client as "with  is on …": ask for the value instead.
        *errorMessage = missingValuesMessage(missing);
        if (missingValues)
            *missingValues = missing;
        return std::nullopt;
    }

    // The link template's first line may be "Subject: …".
    // Without a series, its paragraph leaves no gap.
    static const QRegularExpression emptyParagraphs(QStringLiteral("\n{3,}"));
    QString body = QString(*linkFilled).replace(emptyParagraphs, QStringLiteral("\n\n"));
    pair.link.subject = takeSubject(body);
    if (!seriesSubject.isEmpty())
        pair.link.subject = seriesSubject;
    pair.link.body = body.trimmed() + QLatin1Char('\n');
    pair.password.body = passwordFilled->trimmed();

    if (linkChannel == InviteChannel::Smtp) {
        // Clients see a neutral title and the guest link, not the counselor's own notes or title;
        // for a series, every date of it (its rule, and the dates changed or cancelled).
        QList<Appointment> invitations = context.series;
        if (invitations.isEmpty()) {
            invitations = { context.occurrence.standalone() };
            invitations.first().recurrenceId.reset();
            invitations.first().clearRecurrence();
        }
        // PUBLISH, "put this in your calendar": a REQUEST needs an ORGANIZER who collects replies
        // (RFC 5546), which a client's mail program showed as a broken meeting request.
        IcsCodec::Scheduling publish;
        publish.method = QStringLiteral("PUBLISH");
        publish.sequence = context.sequence;
        pair.link.attachments.append(
            { QStringLiteral("invitation.ics"), "text/calendar; method=PUBLISH; charset=UTF-8",
              IcsCodec::write(forClient(invitations, titleFilled->trimmed(), context.guestLink),
                              IcsCodec::Detail::Invitation, publish) });
    }
    if (!check(pair, context, errorMessage))
        return std::nullopt;
    return pair;
}

QList<Appointment> InviteComposer::forClient(QList<Appointment> appointments, const QString& title,
                                             const QUrl& link)
{
    for (Appointment& invitation : appointments) {
        invitation.title = title;
        invitation.notes.clear();
        invitation.participants.clear();
        invitation.kind = SessionKind::ExternalLink;
        invitation.externalUrl = link;
    }
    return appointments;
}

std::optional<InviteMessage> InviteComposer::composeChange(const Context& context, Change change,
                                                           const QDateTime& previousStart,
                                                           InviteChannel channel, QString* errorMessage) const
{
    const Appointment& appointment = *context.occurrence.appointment;
    if (context.participantIndex < 0 || context.participantIndex >= appointment.participants.size()) {
        *errorMessage
            = tr("\"%1\" has no participant %2.").arg(appointment.title).arg(context.participantIndex + 1);
        return std::nullopt;
    }
    const Participant& participant = appointment.participants.at(context.participantIndex);
    InviteMessage message;
    message.kind = InviteMessage::Kind::Link;
    message.channel = channel;
    if (!InviteMessage::canCarry(message.kind, channel)) {
        *errorMessage = tr("A change goes the way the link went: by e-mail or your own way.");
        return std::nullopt;
    }
    if (!recipientFor(message, participant, errorMessage))
        return std::nullopt;
    const QString language
        = languages().contains(participant.language) ? participant.language : QStringLiteral("de");
    const QLocale locale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                         language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedKingdom);
    QTimeZone zone(appointment.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    const QDateTime start = context.occurrence.start.toTimeZone(zone);
    const QDateTime previous = previousStart.toTimeZone(zone);

    const bool cancelled = isCancellation(change);
    QString series;
    if (!cancelled && (context.seriesDates.size() > 1 || context.seriesHasNoEnd)) {
        std::optional<QString> seriesText = templateText(QStringLiteral("series"), language, errorMessage);
        if (!seriesText)
            return std::nullopt;
        takeSubject(*seriesText);
        series = seriesText->trimmed().replace(QStringLiteral("{dates}"), seriesDateLines(context, locale));
    }
    const std::optional<QString> cancelledDates = cancelledDateLines(context, language, locale, errorMessage);
    if (!cancelledDates)
        return std::nullopt;
    static const QHash<Change, QString> templates {
        { Change::Moved, QStringLiteral("update") },
        { Change::SeriesChanged, QStringLiteral("series-update") },
        { Change::Cancelled, QStringLiteral("cancellation") },
        { Change::SeriesCancelled, QStringLiteral("series-cancellation") },
        { Change::Reinstated, QStringLiteral("reinstatement") },
    };
    const QHash<QString, QString> values {
        { QStringLiteral("name"), participant.displayName },
        { QStringLiteral("date"), locale.toString(start.date(), QLocale::LongFormat) },
        { QStringLiteral("time"), locale.toString(start.time(), QStringLiteral("HH:mm")) },
        { QStringLiteral("timezone"), start.timeZone().displayName(start, QTimeZone::LongName, locale) },
        { QStringLiteral("previousDate"), locale.toString(previous.date(), QLocale::LongFormat) },
        { QStringLiteral("previousTime"), locale.toString(previous.time(), QStringLiteral("HH:mm")) },
        { QStringLiteral("link"), context.guestLink.toString(QUrl::FullyEncoded) },
        { QStringLiteral("counselor"), context.counselorName },
        { QStringLiteral("organization"), context.organization },
        { QStringLiteral("privacyNotice"), context.privacyNotice.toString() },
        { QStringLiteral("series"), series },
        { QStringLiteral("cancelled"), *cancelledDates },
    };
    const QString kind = templates.value(change);
    const std::optional<QString> text = templateText(kind, language, errorMessage);
    const std::optional<QString> titleText = templateText(QStringLiteral("title"), language, errorMessage);
    if (!text || !titleText)
        return std::nullopt;
    QStringList missing;
    const std::optional<QString> filled = fill(
        *text, values, kind + QLatin1Char('.') + language + QStringLiteral(".txt"), &missing, errorMessage);
    const QHash<QString, QString> titleValues { { QStringLiteral("counselor"), context.counselorName },
                                                { QStringLiteral("organization"), context.organization } };
    const std::optional<QString> title
        = fill(*titleText, titleValues, QStringLiteral("title.") + language + QStringLiteral(".txt"),
               &missing, errorMessage);
    if (!filled || !title)
        return std::nullopt;
    if (!missing.isEmpty()) {
        *errorMessage = missingValuesMessage(missing);
        return std::nullopt;
    }
    static const QRegularExpression emptyParagraphs(QStringLiteral("\n{3,}"));
    QString body = QString(*filled).replace(emptyParagraphs, QStringLiteral("\n\n"));
    message.subject = takeSubject(body);
    message.body = body.trimmed() + QLatin1Char('\n');
    if (channel != InviteChannel::Smtp)
        return message;

    // What the client's calendar holds under the UID: the series with all its dates, or the one
    // date (of a series: by its RECURRENCE-ID) that changed or is cancelled.
    QList<Appointment> entries = context.series;
    const bool oneDate = change == Change::Cancelled || entries.isEmpty();
    if (oneDate) {
        Appointment date = context.occurrence.standalone();
        if (!context.occurrence.recurrenceId.isValid() || entries.isEmpty()) {
            date.recurrenceId.reset();
            date.clearRecurrence();
        }
        entries = { date };
    } else if (change == Change::SeriesCancelled) {
        entries = { entries.first() };
    }
    if (cancelled) {
        for (Appointment& entry : entries)
            entry.status = AppointmentStatus::CancelledByUs;
    }
    const QString method = cancelled ? QStringLiteral("CANCEL") : QStringLiteral("REQUEST");
    IcsCodec::Scheduling scheduling;
    scheduling.method = method;
    scheduling.sequence = context.sequence;
    scheduling.organizerName = context.counselorName;
    scheduling.organizerEmail = context.organizerEmail;
    scheduling.attendeeName = participant.displayName;
    scheduling.attendeeEmail = participant.email;
    message.attachments.append({ QStringLiteral("invitation.ics"),
                                 "text/calendar; method=" + method.toLatin1() + "; charset=UTF-8",
                                 IcsCodec::write(forClient(entries, title->trimmed(), context.guestLink),
                                                 IcsCodec::Detail::Invitation, scheduling) });
    return message;
}

bool InviteComposer::check(const InvitePair& pair, const Context& context, QString* errorMessage)
{
    const InviteMessage& link = pair.link;
    const InviteMessage& password = pair.password;
    if (link.channel == password.channel) {
        *errorMessage
            = tr("The link and the password must go different ways; choose another way for one of them.");
        return false;
    }
    if (!InviteMessage::canCarry(InviteMessage::Kind::Link, link.channel)
        || !InviteMessage::canCarry(InviteMessage::Kind::Password, password.channel)) {
        *errorMessage
            = tr("The link goes by e-mail (or your own way) and the password by text message, phone or "
                 "your own way, never the other way round.");
        return false;
    }
    QString linkText = link.subject + QLatin1Char('\n') + link.body;
    for (const InviteAttachment& attachment : link.attachments)
        linkText += QString::fromUtf8(attachment.data);
    const QString secret = context.password;
    const QString squeezed = QString(linkText).remove(QRegularExpression(QStringLiteral("[\\s-]")));
    if (!secret.isEmpty()
        && (linkText.contains(secret, Qt::CaseInsensitive) || squeezed.contains(secret, Qt::CaseInsensitive)
            || linkText.contains(RoomPassword::grouped(secret), Qt::CaseInsensitive))) {
        *errorMessage
            = tr("The link message would contain the room password. Remove {password} from the link "
                 "template.");
        return false;
    }
    if (!password.body.contains(secret)) {
        *errorMessage
            = tr("The password message does not contain the password. Put {password} into its template.");
        return false;
    }

    const Appointment& appointment = *context.occurrence.appointment;
    const QString room = context.guestLink.path().section(QLatin1Char('/'), -1);
    QStringList forbidden { context.guestLink.toString(), context.guestLink.host(), room };
    if (appointment.title.size() >= 4
        && !context.organization.contains(appointment.title, Qt::CaseInsensitive)
        && !context.counselorName.contains(appointment.title, Qt::CaseInsensitive))
        forbidden << appointment.title;
    const QDateTime start = context.occurrence.start.toTimeZone(QTimeZone(appointment.timeZone.toUtf8()));
    for (const QLocale& locale :
         { QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::English, QLocale::UnitedKingdom) }) {
        forbidden << locale.toString(start.date(), QLocale::LongFormat)
                  << locale.toString(start.date(), QLocale::ShortFormat);
    }
    forbidden << start.date().toString(Qt::ISODate) << start.toString(QStringLiteral("dd.MM."))
              << start.toString(QStringLiteral("HH:mm"));
    for (const QString& detail : std::as_const(forbidden)) {
        if (!detail.isEmpty() && password.body.contains(detail, Qt::CaseInsensitive)) {
            *errorMessage
                = tr("The password message would contain \"%1\". It may carry only the password and "
                     "who sends it: no link, room, date, time or case details.")
                      .arg(detail);
            return false;
        }
    }
    return true;
}
