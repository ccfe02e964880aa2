#include "ui/settings/InvitationsPage.h"

#include "core/base/SecureUrl.h"
#include "core/invite/SmsGatewayChannel.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/FirstSetup.h"
#include "core/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

InvitationsPage::InvitationsPage(Settings& settings, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_organization(new QLineEdit(settings.organizationName(), this))
    , m_privacyNotice(new QLineEdit(settings.privacyNoticeUrl().toString(), this))
    , m_templates(new QLineEdit(settings.inviteTemplateDirectory(), this))
    , m_smtpHost(new QLineEdit(this))
    , m_smtpPort(new QSpinBox(this))
    , m_smtpSecurity(new QComboBox(this))
    , m_smtpUser(new QLineEdit(this))
    , m_smtpPassword(new QLineEdit(this))
    , m_smtpFrom(new QLineEdit(this))
    , m_smtpCaFile(new QLineEdit(this))
    , m_smsProvider(new QComboBox(this))
    , m_smsSender(new QLineEdit(this))
    , m_smsAccount(new QLineEdit(this))
    , m_smsExtension(new QLineEdit(this))
    , m_smsEndpoint(new QLineEdit(this))
    , m_smsSecret(new QLineEdit(this))
    , m_smsNote(new QLabel(this))
    , m_reminderEmail(new QCheckBox(tr("E-mail the link again the day before"), this))
    , m_reminderSms(new QSpinBox(this))
{
    m_reminderEmail->setObjectName(QStringLiteral("reminderEmail"));
    m_reminderEmail->setChecked(settings.reminderEmailDayBefore());
    m_reminderSms->setObjectName(QStringLiteral("reminderSms"));
    m_reminderSms->setRange(0, 180);
    m_reminderSms->setSingleStep(15);
    m_reminderSms->setSpecialValueText(tr("no SMS reminder"));
    m_reminderSms->setSuffix(tr(" min before"));
    m_reminderSms->setValue(settings.reminderSmsMinutesBefore());
    setObjectName(QStringLiteral("invitationsPage"));
    m_organization->setObjectName(QStringLiteral("organization"));
    m_privacyNotice->setObjectName(QStringLiteral("privacyNotice"));
    m_smtpHost->setObjectName(QStringLiteral("smtpHost"));
    m_smtpPassword->setObjectName(QStringLiteral("smtpPassword"));
    m_smsProvider->setObjectName(QStringLiteral("smsProvider"));
    m_smsSecret->setObjectName(QStringLiteral("smsSecret"));
    m_smsNote->setObjectName(QStringLiteral("smsNote"));
    m_smsEndpoint->setObjectName(QStringLiteral("smsEndpoint"));
    m_smsEndpoint->setPlaceholderText(tr("the provider's own"));
    m_smsEndpoint->setToolTip(tr("Only for a proxy: its address, beginning with https://."));
    m_privacyNotice->setPlaceholderText(QStringLiteral("https://"));
    m_templates->setPlaceholderText(tr("built-in texts"));

    const SmtpSettings smtp = settings.smtp();
    m_smtpHost->setText(smtp.host);
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(smtp.port);
    m_smtpSecurity->addItem(tr("STARTTLS (port 587)"), int(SmtpSettings::Security::StartTls));
    m_smtpSecurity->addItem(tr("TLS (port 465)"), int(SmtpSettings::Security::ImplicitTls));
    m_smtpSecurity->setCurrentIndex(m_smtpSecurity->findData(int(smtp.security)));
    m_smtpUser->setText(smtp.user);
    m_smtpFrom->setText(smtp.from);
    m_smtpFrom->setPlaceholderText(tr("Counseling Centre <counseling@example.org>"));
    m_smtpCaFile->setText(smtp.caFile);
    m_smtpCaFile->setPlaceholderText(tr("only for a private certificate authority"));
    const QList<std::pair<QLineEdit*, bool>> secretFields {
        { m_smtpPassword,
          secrets.contains(QLatin1String(SmtpSettings::secretOwner),
                           QLatin1String(SmtpSettings::passwordName)) },
        { m_smsSecret,
          secrets.contains(QLatin1String(SmsSettings::secretOwner), QLatin1String(SmsSettings::secretName)) },
    };
    for (const auto& [field, stored] : secretFields) {
        field->setEchoMode(QLineEdit::Password);
        field->setPlaceholderText(stored ? tr("unchanged (kept in the keychain)") : tr("not set"));
        field->setToolTip(tr("Kept in the system keychain, never in a file."));
    }

    const SmsSettings sms = settings.sms();
    m_smsProvider->addItem(tr("None: read passwords out on the phone"), QString());
    for (const QString& id : SmsGatewayChannel::presetIds())
        m_smsProvider->addItem(SmsGatewayChannel::displayName(id), id);
    if (sms.provider == QLatin1String("custom"))
        m_smsProvider->addItem(tr("Own gateway (set up by the administrator)"), sms.provider);
    m_smsProvider->setCurrentIndex(qMax(0, m_smsProvider->findData(sms.provider)));
    m_smsSender->setText(sms.sender);
    m_smsAccount->setText(sms.account);
    m_smsExtension->setText(sms.extension);
    m_smsEndpoint->setText(sms.endpoint.toString());
    m_smsNote->setWordWrap(true);

    auto* general = new QFormLayout;
    general->addRow(tr("&Organization:"), m_organization);
    general->addRow(tr("&Privacy notice:"), m_privacyNotice);
    general->addRow(tr("&Templates folder:"), m_templates);

    auto* mail = new QGroupBox(tr("Mail server (for links)"), this);
    auto* mailForm = new QFormLayout(mail);
    mailForm->addRow(tr("&Server:"), m_smtpHost);
    mailForm->addRow(tr("P&ort:"), m_smtpPort);
    mailForm->addRow(tr("&Encryption:"), m_smtpSecurity);
    mailForm->addRow(tr("&User name:"), m_smtpUser);
    mailForm->addRow(tr("Pass&word:"), m_smtpPassword);
    mailForm->addRow(tr("&From:"), m_smtpFrom);
    mailForm->addRow(tr("&CA file:"), m_smtpCaFile);

    auto* text = new QGroupBox(tr("SMS gateway (for passwords)"), this);
    auto* textForm = new QFormLayout(text);
    textForm->addRow(tr("Pro&vider:"), m_smsProvider);
    textForm->addRow(tr("Se&nder name:"), m_smsSender);
    textForm->addRow(tr("&Account:"), m_smsAccount);
    textForm->addRow(tr("E&xtension:"), m_smsExtension);
    textForm->addRow(tr("API &key:"), m_smsSecret);
    textForm->addRow(tr("&Gateway address:"), m_smsEndpoint);
    textForm->addRow(m_smsNote);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(mail);
    layout->addWidget(text);
    auto* reminders = new QGroupBox(tr("Reminders for invited participants"), this);
    auto* reminderForm = new QFormLayout(reminders);
    reminderForm->addRow(m_reminderEmail);
    reminderForm->addRow(tr("Password again by &SMS:"), m_reminderSms);
    layout->addWidget(reminders);
    layout->addStretch();

    connect(m_smsProvider, &QComboBox::currentIndexChanged, this, &InvitationsPage::providerChanged);
    providerChanged();
}

void InvitationsPage::providerChanged()
{
    const QString provider = m_smsProvider->currentData().toString();
    const bool twoPart = provider == QLatin1String("twilio") || provider == QLatin1String("sipgate")
        || provider == QLatin1String("vonage");
    m_smsAccount->setEnabled(twoPart);
    m_smsExtension->setEnabled(provider == QLatin1String("sipgate"));
    for (QWidget* field : { static_cast<QWidget*>(m_smsSender), static_cast<QWidget*>(m_smsSecret),
                            static_cast<QWidget*>(m_smsEndpoint) })
        field->setEnabled(!provider.isEmpty());
    const bool outsideEu = !provider.isEmpty() && provider != QLatin1String("custom")
        && !SmsGatewayChannel::isEuBased(provider);
    m_smsNote->setText(outsideEu ? SmsGatewayChannel::nonEuNote(provider) : QString());
}

void InvitationsPage::save(const std::function<void(const QString& errorMessage)>& done)
{
    SmsSettings sms = m_settings.sms();
    sms.provider = m_smsProvider->currentData().toString();
    sms.sender = m_smsSender->text().trimmed();
    sms.account = m_smsAccount->text().trimmed();
    sms.extension = m_smsExtension->text().trimmed();
    sms.endpoint = SecureUrl::fromUserInput(m_smsEndpoint->text());
    QString smsProblem;
    const bool smsSaved = m_settings.setSms(sms, &smsProblem);
    m_settings.setOrganizationName(m_organization->text());
    QUrl privacyNotice;
    QString privacyNoticeError;
    if (FirstSetup::privacyNoticeFromInput(m_privacyNotice->text(), &privacyNotice, &privacyNoticeError))
        m_settings.setPrivacyNoticeUrl(privacyNotice);
    m_settings.setInviteTemplateDirectory(m_templates->text().trimmed());
    SmtpSettings smtp = m_settings.smtp();
    smtp.host = m_smtpHost->text().trimmed();
    smtp.port = m_smtpPort->value();
    smtp.security = SmtpSettings::Security(m_smtpSecurity->currentData().toInt());
    smtp.user = m_smtpUser->text().trimmed();
    smtp.from = m_smtpFrom->text().trimmed();
    smtp.caFile = m_smtpCaFile->text().trimmed();
    m_settings.setSmtp(smtp);
    m_settings.setReminderEmailDayBefore(m_reminderEmail->isChecked());
    m_settings.setReminderSmsMinutesBefore(m_reminderSms->value());

    QList<std::pair<std::pair<const char*, const char*>, QString>> secrets;
    if (!m_smtpPassword->text().isEmpty())
        secrets.append({ { SmtpSettings::secretOwner, SmtpSettings::passwordName }, m_smtpPassword->text() });
    if (smsSaved && !m_smsSecret->text().isEmpty())
        secrets.append({ { SmsSettings::secretOwner, SmsSettings::secretName }, m_smsSecret->text() });
    // What was refused is named, the gateway first; what the user typed stays on the page to be
    // corrected.
    QStringList problems;
    if (!smsSaved)
        problems.append(tr("The SMS settings are not saved: %1").arg(smsProblem));
    if (!privacyNoticeError.isEmpty())
        problems.append(privacyNoticeError);
    const QString refusal = problems.join(QLatin1Char(' '));
    if (secrets.isEmpty()) {
        done(refusal);
        return;
    }
    auto remaining = std::make_shared<int>(int(secrets.size()));
    auto firstError = std::make_shared<QString>(refusal);
    for (const auto& [key, value] : std::as_const(secrets)) {
        SecretReply* reply = m_secrets.write(QLatin1String(key.first), QLatin1String(key.second), value);
        connect(reply, &SecretReply::finished, this, [reply, remaining, firstError, done] {
            if (!reply->ok() && firstError->isEmpty())
                *firstError
                    = tr("The settings are saved, but a password could not be: %1").arg(reply->errorString());
            if (--*remaining == 0)
                done(*firstError);
        });
    }
}
