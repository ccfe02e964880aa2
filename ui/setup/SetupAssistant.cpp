#include "ui/setup/SetupAssistant.h"

#include "core/settings/Settings.h"
#include "ui/common/DiscardQuestion.h"
#include "ui/common/ScreenRoom.h"
#include "ui/common/ScrollingContent.h"
#include "ui/session/SessionLauncher.h"
#include "ui/setup/IdentityPage.h"
#include "ui/setup/ServerPage.h"

#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

SetupAssistant::SetupAssistant(Settings& settings, SecretStore& secrets, SessionLauncher& sessions,
                               QWidget* parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_sessions(sessions)
    , m_identityPage(new IdentityPage(settings, this))
    , m_serverPage(new ServerPage(settings, secrets, this))
    , m_discardQuestion(new DiscardQuestion(this))
{
    setObjectName(QStringLiteral("setupAssistant"));
    setWizardStyle(QWizard::ClassicStyle);
    // On the last page nothing is left to skip: only Finish.
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage
               | QWizard::HaveHelpButton);
    setButtonText(QWizard::CancelButton, tr("&Skip Setup"));
    setPage(int(Step::Identity), m_identityPage);
    setPage(int(Step::Server), m_serverPage);
    setPage(int(Step::Check), createCheckPage());
    setPage(int(Step::Done), createDonePage());
    setStartId(int(Step::Identity));

    connect(this, &QWizard::currentIdChanged, this, &SetupAssistant::updateTitle);
    // Escape on step 2 dropped the name confirmed on step 1 without a word. What a step was filled
    // with counts as unchanged; what earlier steps took, Skip undoes (restoreIdentity).
    m_discardQuestion->setAlsoChanged([this] { return identity() != m_identityAtStart; });
    connect(this, &QWizard::currentIdChanged, this, [this] {
        m_discardQuestion->setFields({ currentPage() });
        m_discardQuestion->remember();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == int(Step::Done))
            showSummary();
    });
    connect(this, &QWizard::helpRequested, this, [this] { Q_EMIT helpRequested(QStringLiteral("start")); });
    ScreenRoom::resize(this, QSize(720, 560));
    updateTitle();
    rememberIdentity();
}

QStringList SetupAssistant::identity() const
{
    return { m_settings.counselorName(), m_settings.organizationName(),
             m_settings.privacyNoticeUrl().toString() };
}

void SetupAssistant::rememberIdentity()
{
    m_identityAtStart = identity();
}

void SetupAssistant::restoreIdentity()
{
    m_settings.setCounselorName(m_identityAtStart.value(0));
    m_settings.setOrganizationName(m_identityAtStart.value(1));
    m_settings.setPrivacyNoticeUrl(QUrl(m_identityAtStart.value(2)));
}

QWizardPage* SetupAssistant::createCheckPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Camera and Microphone"));
    auto* check = new QPushButton(tr("&Check Camera and Microphone…"), page);
    check->setObjectName(QStringLiteral("checkDevices"));
    // Space opens the check; Enter skips it, as on every page Enter goes on.
    check->setAutoDefault(false);
    connect(check, &QPushButton::clicked, this, &SetupAssistant::checkDevices);
    auto* layout = new QVBoxLayout;
    // The pages' subtitles are in the page: the assistant cuts them off when they wrap (large fonts).
    layout->addWidget(
        paragraph(tr("Optional: see and hear that your camera, microphone and speaker work."), page));
    layout->addWidget(
        paragraph(tr("The check shows your camera's picture, the level of your microphone and "
                     "plays a test sound. Nothing is sent anywhere. With a video server set up, "
                     "it also tests the connection to it."),
                  page));
    layout->addWidget(check, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(
        paragraph(tr("You can skip this: the check is always there under Session → Check Camera, "
                     "Microphone and Connection (Ctrl+Shift+K), and Vieraugen offers it ten "
                     "minutes before every video session."),
                  page));
    ScrollingContent::fill(page, layout);
    return page;
}

QWizardPage* SetupAssistant::createDonePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Ready"));
    m_createAppointment = new QPushButton(tr("Create the &First Appointment"), page);
    m_createAppointment->setObjectName(QStringLiteral("createFirstAppointment"));
    connect(m_createAppointment, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT newAppointmentRequested();
    });
    m_summary = paragraph(QString(), page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout;
    layout->addWidget(paragraph(tr("Vieraugen is set up. What to do next:"), page));
    layout->addWidget(m_summary);
    layout->addWidget(
        paragraph(tr("1. Create your first appointment: the time, the kind of session and your "
                     "client's name and contact.\n"
                     "2. Invite your client (Session → Invite Participants…): the link goes one "
                     "way, the room password another.\n"
                     "3. At the time, select the appointment and press Start."),
                  page));
    layout->addWidget(m_createAppointment, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(paragraph(tr("Everything here can be changed later under File → Settings, or by "
                                   "running this assistant again: Help → Set Up Vieraugen…"),
                                page));
    ScrollingContent::fill(page, layout);
    return page;
}

void SetupAssistant::startAt(Step step, const QString& notice)
{
    m_serverPage->setNotice(step == Step::Server ? notice : QString());
    setStartId(int(step));
    restart();
    updateTitle();
    rememberIdentity();
}

void SetupAssistant::checkDevices()
{
    m_sessions.openCheck(m_settings.serverProfile(m_settings.defaultServerProfileId()), this);
}

void SetupAssistant::showSummary()
{
    const std::optional<ServerProfile> server = m_settings.serverProfile(m_settings.defaultServerProfileId());
    QStringList lines = {
        tr("Invitations come from %1, %2.").arg(m_settings.counselorName(), m_settings.organizationName()),
        server ? tr("Video sessions run on %1.").arg(server->displayName())
               : tr("No video server yet: plan appointments now; before the first video session, open "
                    "the setup file from your IT under Help → Set Up Vieraugen…"),
    };
    if (m_settings.counselorName().isEmpty() || m_settings.organizationName().isEmpty())
        lines.removeFirst();
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void SetupAssistant::updateTitle()
{
    const int step = qMax(0, currentId());
    const QWizardPage* current = page(step);
    setWindowTitle(tr("Set Up Vieraugen – Step %1 of %2: %3")
                       .arg(step + 1)
                       .arg(pageIds().size())
                       .arg(current ? current->title() : QString()));
}

void SetupAssistant::reject()
{
    m_discardQuestion->closeAsking([this] { QWizard::reject(); });
}

void SetupAssistant::done(int result)
{
    // Skipped counts like finished: whoever skips has decided, and is not asked at every start.
    // The assistant stays under Help, and a video session without server leads back here. What
    // was typed into the first step before skipping is not taken, as in any dialog cancelled.
    if (result == QDialog::Rejected)
        restoreIdentity();
    m_settings.setSetupDone(true);
    m_settings.sync();
    QWizard::done(result);
}
