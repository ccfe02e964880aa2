#pragma once

#include "core/calendar/Occurrence.h"
#include "core/invite/InviteMessage.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QUrl>

#include <optional>

// Builds the two messages each participant receives, in the participant's language: the link
// message (when, the guest link, how to join well, the privacy notice) and the password message
// (the password and who sends it, nothing else).
//
// It refuses a pair that breaks the separation, whatever the templates say: the password in the
// link message; the link, room, server, date, time or title in the password message; both
// messages on one channel; a message on a channel that must not carry it.
class InviteComposer
{
    Q_DECLARE_TR_FUNCTIONS(InviteComposer)

public:
    struct Context
    {
        Occurrence occurrence;
        int participantIndex = 0;
        QUrl guestLink;
        QString password;
        QString counselorName;
        QString organization;
        QUrl privacyNotice;
        // A date of a series: the series' dates from this one on, for the client to read, and the
        // series with its changed dates for the calendar file. Empty for a single appointment.
        QList<Occurrence> seriesDates;
        bool seriesHasNoEnd = false; // the dates go on after the last of seriesDates
        QList<Appointment> series;
        // The revision of the appointment the calendar file carries (RFC 5545 SEQUENCE): every
        // message about a change counts one up, so that the client's calendar takes the newest.
        int sequence = 0;
        // The sender's address, as organizer of a change the client's calendar is to apply.
        QString organizerEmail;
        // A change of a series: the original starts of its dates cancelled since the last message,
        // each said plainly to be cancelled.
        QList<QDateTime> cancelledDates;
    };

    // What happened to a date or series after its invitation went out.
    enum class Change
    {
        Moved, // the invited date is at another time (a single appointment, or one date of a series)
        SeriesChanged, // other dates of the invited series moved, were added or removed
        Cancelled, // the invited date is cancelled (a single appointment, or one date of a series)
        SeriesCancelled, // the whole series is cancelled
        Reinstated // the participant was told of a cancellation, and the date takes place after all
    };
    static bool isCancellation(Change change)
    {
        return change == Change::Cancelled || change == Change::SeriesCancelled;
    }

    // How many dates of a series the message lists before "…" (and the last one, if there is one).
    static constexpr int listedSeriesDates = 12;

    // Templates in templateDirectory (link.de.txt, password.en.txt, …) replace the built-in ones.
    explicit InviteComposer(const QString& templateDirectory = {});

    // A template placeholder without a value is an error, never a gap in the client's text; the
    // placeholders concerned go to missingValues.
    std::optional<InvitePair> compose(const Context& context, InviteChannel linkChannel,
                                      InviteChannel passwordChannel, QString* errorMessage,
                                      QStringList* missingValues = nullptr) const;
    // One message of the pair once more ("Resend password", "Send new link", the outbox): the
    // other one went by otherChannel, which the rules check against; only this one needs its
    // recipient's address.
    std::optional<InvitePair> composeAgain(const Context& context, InviteMessage::Kind kind,
                                           InviteChannel channel, InviteChannel otherChannel,
                                           QString* errorMessage) const;

    // The message that tells the participant about a change: context.occurrence as it is now (as it
    // was, when cancelled), previousStart the time the last message named. By e-mail it carries a
    // calendar file that changes or removes the entry the invitation made (RFC 5546 REQUEST or
    // CANCEL with the same UID, RECURRENCE-ID for one date of a series). The link stays the same and
    // the password is never in it.
    std::optional<InviteMessage> composeChange(const Context& context, Change change,
                                               const QDateTime& previousStart, InviteChannel channel,
                                               QString* errorMessage) const;

    static bool check(const InvitePair& pair, const Context& context, QString* errorMessage);

    static const QStringList& languages();
    static const QStringList& placeholders();
    // The placeholders the counselor fills in once, in the settings: counselor, organization,
    // privacyNotice.
    static const QStringList& senderDetails();
    // "your name", "the participant's name", … for a placeholder.
    static QString detailLabel(const QString& placeholder);
    static QString missingValuesMessage(const QStringList& placeholders);
    // "- Tuesday, 1 December 2026, 10:00" per date of the series, in the participant's language.
    static QString seriesDateLines(const Context& context, const QLocale& locale);
    // "The appointment on Tuesday, 1 December 2026 at 10:00 is cancelled." per date of
    // context.cancelledDates (template cancelled-date), in the participant's language.
    std::optional<QString> cancelledDateLines(const Context& context, const QString& language,
                                              const QLocale& locale, QString* errorMessage) const;

private:
    // addressed: the message that goes out, or both when empty.
    std::optional<InvitePair> build(const Context& context, InviteChannel linkChannel,
                                    InviteChannel passwordChannel,
                                    std::optional<InviteMessage::Kind> addressed, QString* errorMessage,
                                    QStringList* missingValues) const;
    // builtIn: the template Vieraugen brings, even where the organization has its own.
    std::optional<QString> templateText(const QString& kind, const QString& language, QString* errorMessage,
                                        bool builtIn = false) const;
    // Removes a first line "Subject: …" from text and returns what it names.
    static QString takeSubject(QString& text);
    static std::optional<QString> fill(const QString& text, const QHash<QString, QString>& values,
                                       const QString& templateName, QStringList* missing,
                                       QString* errorMessage);
    static bool recipientFor(InviteMessage& message, const Participant& participant, QString* errorMessage);
    // The appointments as the client's calendar gets them: a neutral title, the guest link, no notes
    // and nobody else's contacts.
    static QList<Appointment> forClient(QList<Appointment> appointments, const QString& title,
                                        const QUrl& link);

    QString m_templateDirectory;
};
