#include "core/calendar/CalendarSchema.h"

#include "core/calendar/SearchText.h"

MigrationList CalendarSchema::migrations()
{
    return {
        Migration {
            1,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "appointments, participants and search")),
            {
                // Instants are UTC epoch milliseconds plus the IANA zone they were planned in.
                // All-day items keep their dates; their *_utc columns hold the widest span any
                // time zone could see, so one indexed range query serves every viewer.
                // series_end_utc is the end of the last occurrence (NULL: the series never ends).
                QStringLiteral("CREATE TABLE appointments ("
                               " id INTEGER PRIMARY KEY,"
                               " uid TEXT NOT NULL,"
                               " recurrence_id_utc INTEGER,"
                               " title TEXT NOT NULL DEFAULT '',"
                               " start_utc INTEGER NOT NULL,"
                               " end_utc INTEGER NOT NULL,"
                               " time_zone TEXT NOT NULL,"
                               " all_day INTEGER NOT NULL DEFAULT 0,"
                               " start_date TEXT,"
                               " end_date TEXT,"
                               " rrule TEXT,"
                               " exdates TEXT,"
                               " series_end_utc INTEGER,"
                               " kind TEXT NOT NULL,"
                               " server_profile TEXT,"
                               " room_name TEXT,"
                               " external_url TEXT,"
                               " reminders TEXT NOT NULL DEFAULT '[]',"
                               " status TEXT NOT NULL DEFAULT 'planned',"
                               " notes TEXT NOT NULL DEFAULT '',"
                               " session_started_utc INTEGER,"
                               " session_ended_utc INTEGER,"
                               " personal_data_purged INTEGER NOT NULL DEFAULT 0,"
                               " created_utc INTEGER NOT NULL,"
                               " modified_utc INTEGER NOT NULL,"
                               " CHECK (end_utc >= start_utc))"),
                QStringLiteral("CREATE UNIQUE INDEX appointments_uid ON appointments(uid, "
                               "COALESCE(recurrence_id_utc, -1))"),
                QStringLiteral("CREATE INDEX appointments_start ON appointments(start_utc)"),
                QStringLiteral("CREATE INDEX appointments_series ON appointments(series_end_utc, start_utc) "
                               "WHERE rrule IS NOT NULL"),
                QStringLiteral("CREATE UNIQUE INDEX appointments_room ON appointments(room_name) "
                               "WHERE room_name IS NOT NULL"),
                QStringLiteral(
                    "CREATE TABLE participants ("
                    " id INTEGER PRIMARY KEY,"
                    " appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
                    " position INTEGER NOT NULL,"
                    " display_name TEXT NOT NULL DEFAULT '',"
                    " email TEXT NOT NULL DEFAULT '',"
                    " phone TEXT NOT NULL DEFAULT '',"
                    " language TEXT NOT NULL DEFAULT 'de',"
                    " UNIQUE (appointment_id, position))"),
                // Kept in step by the store (rowid = appointments.id); diacritics folded so
                // "Müller" is found by "muller" too.
                QStringLiteral("CREATE VIRTUAL TABLE appointment_search USING fts5("
                               "title, participants, notes, tokenize = 'unicode61 remove_diacritics 2')"),
            },
        },
        Migration {
            2,
            QStringLiteral(
                QT_TRANSLATE_NOOP("Migration", "room names unique per series; invitation log and outbox")),
            {
                // An exception (one changed date of a series) shares its series' room.
                QStringLiteral("DROP INDEX appointments_room"),
                QStringLiteral("CREATE UNIQUE INDEX appointments_room ON appointments(room_name) "
                               "WHERE room_name IS NOT NULL AND recurrence_id_utc IS NULL"),
                // What was sent how and when, and what still waits: never bodies, passwords or
                // addresses. Messages are composed afresh for each attempt.
                QStringLiteral("CREATE TABLE invitations ("
                               " id INTEGER PRIMARY KEY,"
                               " appointment_uid TEXT NOT NULL,"
                               " recurrence_id_utc INTEGER,"
                               " participant INTEGER NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " purpose TEXT NOT NULL DEFAULT 'invitation',"
                               " channel TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " next_attempt_utc INTEGER,"
                               " last_error TEXT NOT NULL DEFAULT '',"
                               " created_utc INTEGER NOT NULL,"
                               " updated_utc INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX invitations_appointment ON invitations(appointment_uid)"),
                QStringLiteral("CREATE INDEX invitations_due ON invitations(status, next_attempt_utc)"),
            },
        },
        Migration {
            3,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "series expanded ahead of time")),
            {
                // The dates of each series up to a horizon, so that a window is one index range
                // scan rather than a recurrence expansion per series. Dates an EXDATE removes or an
                // exception replaces are left out. All-day dates use recurrence_id_utc = the date
                // at 00:00 UTC and the widest span, like all-day appointments.
                QStringLiteral(
                    "CREATE TABLE series_occurrences ("
                    " appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
                    " recurrence_id_utc INTEGER NOT NULL,"
                    " start_utc INTEGER NOT NULL,"
                    " end_utc INTEGER NOT NULL,"
                    " PRIMARY KEY (appointment_id, recurrence_id_utc)) WITHOUT ROWID"),
                QStringLiteral(
                    "CREATE INDEX series_occurrences_window ON series_occurrences(start_utc, end_utc)"),
                // Single appointments and exceptions in a window without reading their rows.
                QStringLiteral("CREATE INDEX appointments_single_window ON appointments(start_utc, end_utc) "
                               "WHERE rrule IS NULL"),
                // Dates from indexed_until_utc on are expanded when asked for; 0: nothing indexed
                // yet, as for every series this migration finds. The store fills them in.
                QStringLiteral(
                    "ALTER TABLE appointments ADD COLUMN indexed_until_utc INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE INDEX appointments_indexed_until ON appointments(indexed_until_utc) "
                               "WHERE rrule IS NOT NULL"),
            },
        },
        Migration {
            4,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "search folds ı, İ and ß")),
            {},
            // The index holds folded text from now on (so "yilmaz" finds "Yılmaz").
            &SearchText::rebuild,
        },
        Migration {
            5,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "extra dates of a series (RDATE)")),
            {
                // A JSON array of [start_utc] or, for a PERIOD, [start_utc, duration_ms]. A series of
                // such dates alone has rrule = '': rrule IS NOT NULL still tells every series apart.
                QStringLiteral("ALTER TABLE appointments ADD COLUMN rdates TEXT"),
            },
        },
        Migration {
            6,
            QStringLiteral(QT_TRANSLATE_NOOP(
                "Migration", "what happened in a session (recording, streaming, transcription)")),
            {
                // A JSON array of [at_utc, kind]; NULL for none. Facts only, never who.
                QStringLiteral("ALTER TABLE appointments ADD COLUMN session_facts TEXT"),
            },
        },
        Migration {
            7,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "cancelled by the client or by us")),
            {
                // Until now a cancellation was the counseling service's own (or came so in an .ics).
                QStringLiteral(
                    "UPDATE appointments SET status = 'cancelled-by-us' WHERE status = 'cancelled'"),
            },
        },
        Migration {
            8,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "team calendars on a CalDAV server")),
            {
                // Accounts on calendar servers; their passwords live in the keychain only.
                QStringLiteral("CREATE TABLE dav_accounts ("
                               " id TEXT PRIMARY KEY,"
                               " server_url TEXT NOT NULL,"
                               " user_name TEXT NOT NULL,"
                               " display_name TEXT NOT NULL DEFAULT '',"
                               " created_utc INTEGER NOT NULL)"),
                // The calendar of this computer ('local', no account) and those on servers. details:
                // what of an appointment goes to the server (notes-kept-local, everything, busy).
                // ctag and sync_token are the server's markers of the state last synced.
                QStringLiteral("CREATE TABLE calendars ("
                               " id TEXT PRIMARY KEY,"
                               " account_id TEXT REFERENCES dav_accounts(id) ON DELETE CASCADE,"
                               " url TEXT,"
                               " name TEXT NOT NULL DEFAULT '',"
                               " color TEXT NOT NULL DEFAULT '',"
                               " read_only INTEGER NOT NULL DEFAULT 0,"
                               " details TEXT NOT NULL DEFAULT 'notes-kept-local',"
                               " shown INTEGER NOT NULL DEFAULT 1,"
                               " is_default INTEGER NOT NULL DEFAULT 0,"
                               " ctag TEXT,"
                               " sync_token TEXT,"
                               " last_sync_utc INTEGER,"
                               " last_error TEXT NOT NULL DEFAULT '',"
                               " UNIQUE (account_id, url))"),
                QStringLiteral(
                    "CREATE UNIQUE INDEX calendars_default ON calendars(is_default) WHERE is_default = 1"),
                QStringLiteral("INSERT INTO calendars (id, is_default) VALUES ('local', 1)"),
                QStringLiteral(
                    "ALTER TABLE appointments ADD COLUMN calendar_id TEXT NOT NULL DEFAULT 'local'"),
                QStringLiteral("ALTER TABLE appointments ADD COLUMN counselor TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX appointments_calendar ON appointments(calendar_id)"),
                // Where the server keeps each UID (a series with its exceptions is one object) and
                // the ETag of the version this computer has.
                QStringLiteral("CREATE TABLE calendar_objects ("
                               " uid TEXT PRIMARY KEY,"
                               " calendar_id TEXT NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,"
                               " href TEXT NOT NULL,"
                               " etag TEXT NOT NULL DEFAULT '')"),
                // UIDs changed here that the server has not got yet, written in the same transaction
                // as the change. A newer change of a UID replaces its entry with a higher seq, so the
                // engine removes only the entry it has sent.
                QStringLiteral("CREATE TABLE sync_queue ("
                               " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " uid TEXT NOT NULL UNIQUE,"
                               " queued_utc INTEGER NOT NULL)"),
                // Both sides changed: the server's version was applied, this computer's is kept here
                // (as iCalendar with everything) until the user chooses.
                QStringLiteral("CREATE TABLE sync_conflicts ("
                               " id INTEGER PRIMARY KEY,"
                               " uid TEXT NOT NULL,"
                               " calendar_id TEXT NOT NULL,"
                               " local_version BLOB NOT NULL,"
                               " detected_utc INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX sync_conflicts_uid ON sync_conflicts(uid)"),
            },
        },
        Migration {
            9,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "index of appointment lengths")),
            {
                // The window query looks back as far as the longest appointment lasts. With these
                // indexes the calendar finds that length at open without reading every row of it
                // (a tenth of the start with 10k appointments, and their pages kept in memory).
                QStringLiteral("CREATE INDEX appointments_duration ON appointments(end_utc - start_utc)"),
                QStringLiteral(
                    "CREATE INDEX series_occurrences_duration ON series_occurrences(end_utc - start_utc)"),
            },
        },
        Migration {
            10,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "a colour of your own for each calendar")),
            {
                // The colour the user picked here; it outranks the server's, which each discovery
                // writes to color again.
                QStringLiteral("ALTER TABLE calendars ADD COLUMN chosen_color TEXT NOT NULL DEFAULT ''"),
            },
        },
        Migration {
            11,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "which time an invitation was for")),
            {
                // For a link message that went out: the start of the date it named, and a digest of
                // the dates it gave (that date, or a series' dates from it on for a year). When the
                // calendar no longer matches the digest, the client has an outdated invitation. NULL
                // for messages logged before: nothing is guessed about them.
                QStringLiteral("ALTER TABLE invitations ADD COLUMN for_start_utc INTEGER"),
                QStringLiteral("ALTER TABLE invitations ADD COLUMN schedule TEXT"),
            },
        },
        Migration {
            12,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "search finds phone numbers and e-mail addresses")),
            {},
            &SearchText::rebuild,
        },
        Migration {
            13,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "changes the counselor chose not to tell")),
            {
                // The digest of the dates (see schedule) that the counselor chose not to tell this
                // participant about: not asked again, and still marked outdated, after a restart.
                QStringLiteral("ALTER TABLE invitations ADD COLUMN untold_schedule TEXT"),
            },
        },
        Migration {
            14,
            QStringLiteral(
                QT_TRANSLATE_NOOP("Migration", "which dates of a series a message said are cancelled")),
            {
                // For a link message that went out: the original starts (UTC epoch ms, comma-separated)
                // of the series' dates that were cancelled when it went, from the date it named on for
                // a year; so a date cancelled later is told as such. NULL for messages logged before.
                QStringLiteral("ALTER TABLE invitations ADD COLUMN cancelled_dates TEXT"),
            },
        },
        Migration {
            15,
            QStringLiteral(QT_TRANSLATE_NOOP("Migration", "team calendar changes merged with a colleague's")),
            {
                // The UID as this computer and the server last agreed on it (everything, as iCalendar;
                // NULL: not known), so that a change made here and one made there meanwhile can
                // each keep what it changed; and for a conflict, the version both sides changed.
                QStringLiteral("ALTER TABLE calendar_objects ADD COLUMN agreed_version BLOB"),
                QStringLiteral("ALTER TABLE sync_conflicts ADD COLUMN base_version BLOB"),
            },
        },
    };
}
