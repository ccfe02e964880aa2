#include "core/base/Logging.h"

// Debug messages are off unless QT_LOGGING_RULES turns them on.

Q_LOGGING_CATEGORY(lcApp, "vieraugen.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "vieraugen.core.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCalendar, "vieraugen.core.calendar", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "vieraugen.core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMeeting, "vieraugen.core.meeting", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInvite, "vieraugen.core.invite", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChecks, "vieraugen.core.checks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDav, "vieraugen.core.dav", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "vieraugen.core.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "vieraugen.core.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInstance, "vieraugen.core.instance", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "vieraugen.ui", QtInfoMsg)
