#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Someone taking part besides the counselor: usually one client, sometimes relatives or a group.
struct Participant
{
    QString displayName;
    QString email;
    QString phone; // E.164, e.g. +4930123456
    QString language = QStringLiteral("de");

    friend bool operator==(const Participant&, const Participant&) = default;
};

// An extra date of a series (RFC 5545 RDATE), besides those its rule yields.
struct RecurrenceDate
{
    QDateTime start; // UTC; on an all-day series the date at 00:00 UTC
    std::optional<qint64> durationMs; // given as a PERIOD: its own length instead of the series'

    friend bool operator==(const RecurrenceDate&, const RecurrenceDate&) = default;
};

// Something that happened in a session and must be accounted for (someone recorded, streamed or
// transcribed it): when and what, never who or what was said.
struct SessionFact
{
    enum class Kind
    {
        Recording,
        Streaming,
        LocalRecording,
        Transcription
    };
    QDateTime at; // UTC
    Kind kind = Kind::Recording;

    static QString kindName(Kind kind);
    static std::optional<Kind> parseKind(const QString& name);

    friend bool operator==(const SessionFact&, const SessionFact&) = default;
};

enum class SessionKind
{
    Jitsi,
    ExternalLink,
    Phone,
    InPerson
};
// Whether an appointment took place. Started: a session was opened and nobody has said yet how it
// went. Done: it was held.
enum class AppointmentStatus
{
    Planned,
    Started,
    Done,
    CancelledByUs,
    NoShow,
    CancelledByClient
};

// One appointment or recurring series as the counselor planned it.
//
// Instants are UTC; timeZone is the IANA zone the appointment was planned in, in which its
// recurrence is expanded. All-day items are dates (endDate exclusive) and look the same from
// every zone.
struct Appointment
{
    Q_DECLARE_TR_FUNCTIONS(Appointment)

public:
    // The calendar of this computer alone, which every appointment is in unless it was put in a
    // team calendar (see core/sync).
    static constexpr const char* localCalendar = "local";

    qint64 id = 0;
    QString uid;
    QString calendarId = QLatin1String(localCalendar);
    // Set on an exception of a series: the original start of the occurrence it replaces.
    std::optional<QDateTime> recurrenceId;

    QString title;
    QDateTime start;
    QDateTime end;
    QString timeZone;
    bool allDay = false;
    QDate startDate;
    QDate endDate;

    QString rrule; // RFC 5545 RRULE value without "RRULE:", empty for single appointments
    // More dates of the series (RDATE); with these alone, and no rule, it is a series too.
    QList<RecurrenceDate> recurrenceDates;
    QList<QDateTime> exceptionDates; // original starts (UTC) of cancelled occurrences

    SessionKind kind = SessionKind::Jitsi;
    QString serverProfileId;
    QString roomName;
    QUrl externalUrl;
    // Who holds the appointment in a team: that counselor's user name on the calendar server.
    // Empty: whoever's calendar it is.
    QString counselor;

    QList<int> reminderMinutes { 10 };
    AppointmentStatus status = AppointmentStatus::Planned;
    QString notes;
    QList<Participant> participants;

    std::optional<QDateTime> sessionStarted;
    std::optional<QDateTime> sessionEnded;
    QList<SessionFact> sessionFacts;
    bool personalDataPurged = false;
    QDateTime created;
    QDateTime modified;

    bool isCancelled() const
    {
        return status == AppointmentStatus::CancelledByUs || status == AppointmentStatus::CancelledByClient;
    }
    // Held, missed or cancelled: nothing is left to start.
    bool isSettled() const
    {
        return status == AppointmentStatus::Done || status == AppointmentStatus::NoShow || isCancelled();
    }
    bool isRecurring() const { return !rrule.isEmpty() || !recurrenceDates.isEmpty(); }
    qint64 durationMs() const;
    // How long the date of the series that starts at originalStart lasts: a PERIOD's own length, or
    // the series'.
    qint64 durationMs(const QDateTime& originalStart) const;
    // The longest any date of the appointment lasts.
    qint64 longestDurationMs() const;
    // Moves a series whose start its rule skips (every other Tue + Thu, planned on a Monday) to the
    // rule's first date, at the same wall-clock time and length. RFC 5545 counts DTSTART as a date of
    // the series, so every other calendar would show the skipped day as an extra date.
    void startOnFirstRuleDate();
    // Makes this a single appointment: no rule, no extra or cancelled dates.
    void clearRecurrence();
    // The participants' names on one line, "; " between them: a name may hold a comma (Outlook's
    // "Müller, Jana"), and with ", " between them one could not tell where a name ended.
    QString participantNames() const;

    // A timed appointment from local wall-clock times in the given zone. False (with a message)
    // for times that do not exist there, such as 02:30 on the night clocks spring forward.
    bool setLocalTimes(const QDate& date, const QTime& startTime, const QTime& endTime, const QString& zoneId,
                       QString* errorMessage);
    void setAllDayDates(const QDate& first, const QDate& endExclusive, const QString& zoneId);

    // The same in everything planned and recorded about it; only the bookkeeping may differ (the
    // row, when it was created and last changed).
    bool plansTheSameAs(const Appointment& other) const;

    // Everything a user could get wrong, in words they can act on.
    bool validate(QString* errorMessage) const;

    static QString kindName(SessionKind kind);
    static std::optional<SessionKind> parseKind(const QString& name);
    static QString statusName(AppointmentStatus status);
    static std::optional<AppointmentStatus> parseStatus(const QString& name);
    // The status in words, as a counselor says it ("held", "cancelled by the client").
    static QString statusText(AppointmentStatus status);
    // Every status a counselor can set by hand, in the order they are offered.
    static QList<AppointmentStatus> statusesToChoose();
    static bool isValidEmail(const QString& email);
    // What is wrong with a participant's address as typed, or nothing (an empty one is none).
    static QString emailProblem(const QString& email);

    friend bool operator==(const Appointment&, const Appointment&) = default;
};
