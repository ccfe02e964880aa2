#include "core/base/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "vieraugen.app")
Q_LOGGING_CATEGORY(lcStorage, "vieraugen.core.storage")
Q_LOGGING_CATEGORY(lcCalendar, "vieraugen.core.calendar")
Q_LOGGING_CATEGORY(lcSecrets, "vieraugen.core.secrets")
Q_LOGGING_CATEGORY(lcMeeting, "vieraugen.core.meeting")
Q_LOGGING_CATEGORY(lcInvite, "vieraugen.core.invite")
Q_LOGGING_CATEGORY(lcChecks, "vieraugen.core.checks")
Q_LOGGING_CATEGORY(lcSettings, "vieraugen.core.settings")
Q_LOGGING_CATEGORY(lcInstance, "vieraugen.core.instance")
Q_LOGGING_CATEGORY(lcUi, "vieraugen.ui")
