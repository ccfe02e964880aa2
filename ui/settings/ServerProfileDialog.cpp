#include "ui/settings/ServerProfileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

ServerProfileDialog::ServerProfileDialog(const ServerProfile& profile,
                                         const QList<ServerProfile>& otherProfiles, bool hasAppSecret,
                                         bool secureStorageAvailable, const QString& storageProblem,
                                         QWidget* parent)
    : FormDialog(parent)
    , m_original(profile)
    , m_isNew(profile.id.isEmpty())
    , m_secureStorageAvailable(secureStorageAvailable)
    , m_name(new QLineEdit(profile.name, this))
    , m_id(new QLineEdit(profile.id, this))
    , m_url(new QLineEdit(profile.baseUrl.toString(), this))
    , m_auth(new QComboBox(this))
    , m_appId(new QLineEdit(profile.appId, this))
    , m_issuer(new QLineEdit(profile.issuer, this))
    , m_audience(new QLineEdit(profile.audience, this))
    , m_subject(new QLineEdit(profile.subject, this))
    , m_appSecret(new QLineEdit(this))
    , m_backup(new QComboBox(this))
    , m_endToEndEncryption(
          new QCheckBox(tr("Turn on end-to-end &encryption in sessions where the server offers it"), this))
{
    setWindowTitle(m_isNew ? tr("Add Jitsi Server") : tr("Edit Jitsi Server"));
    m_name->setObjectName(QStringLiteral("name"));
    m_id->setObjectName(QStringLiteral("id"));
    m_id->setReadOnly(!m_isNew);
    m_id->setToolTip(
        tr("A short name for the server that never changes; it names its entries in the keychain."));
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://meet.example.org"));
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItem(tr("Token (JWT)"), QVariant::fromValue(int(ServerProfile::AuthMode::Jwt)));
    m_auth->addItem(tr("None"), QVariant::fromValue(int(ServerProfile::AuthMode::None)));
    m_auth->setCurrentIndex(profile.auth == ServerProfile::AuthMode::Jwt ? 0 : 1);
    m_appId->setObjectName(QStringLiteral("appId"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_audience->setObjectName(QStringLiteral("audience"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(tr("optional: the server's domain or tenant"));
    m_appSecret->setObjectName(QStringLiteral("appSecret"));
    m_appSecret->setEchoMode(QLineEdit::Password);
    if (!secureStorageAvailable) {
        m_appSecret->setPlaceholderText(tr("needs secure storage"));
        m_appSecret->setToolTip(storageProblem);
    } else {
        m_appSecret->setPlaceholderText(hasAppSecret ? tr("stored in the keychain; type to replace")
                                                     : tr("goes straight into the system keychain"));
    }
    m_backup->setObjectName(QStringLiteral("backup"));
    m_backup->addItem(tr("No backup server"), QString());
    for (const ServerProfile& other : otherProfiles) {
        m_takenIds.append(other.id);
        if (other.id != profile.id)
            m_backup->addItem(other.name, other.id);
    }
    m_backup->setCurrentIndex(qMax(0, m_backup->findData(profile.backupProfileId)));
    m_endToEndEncryption->setObjectName(QStringLiteral("endToEndEncryption"));
    m_endToEndEncryption->setChecked(profile.endToEndEncryption);
    m_endToEndEncryption->setToolTip(
        tr("Then only the participants can see and hear the session, not the video server. Every "
           "participant needs a browser that can (Chromium-based browsers, the Jitsi apps)."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("I&d:"), m_id);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("Si&gn-in:"), m_auth);
    form->addRow(tr("App &id:"), m_appId);
    form->addRow(tr("Iss&uer:"), m_issuer);
    form->addRow(tr("Audi&ence:"), m_audience);
    form->addRow(tr("Su&bject:"), m_subject);
    form->addRow(tr("App secre&t:"), m_appSecret);
    form->addRow(tr("Bac&kup server:"), m_backup);
    form->addRow(QString(), m_endToEndEncryption);
    setForm(form);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (m_isNew)
            m_id->setText(ServerProfile::suggestedId(name));
        updateState();
    });
    for (QLineEdit* edit : { m_id, m_url, m_appId, m_issuer, m_audience })
        connect(edit, &QLineEdit::textChanged, this, &ServerProfileDialog::updateState);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerProfileDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

ServerProfileDialog::~ServerProfileDialog()
{
    // Don't leave the typed secret in a widget's memory longer than needed.
    m_appSecret->clear();
}

ServerProfile ServerProfileDialog::profile() const
{
    ServerProfile profile = m_original;
    profile.id = m_id->text().trimmed();
    profile.name = m_name->text().trimmed();
    profile.baseUrl = QUrl(m_url->text().trimmed());
    profile.auth = static_cast<ServerProfile::AuthMode>(m_auth->currentData().toInt());
    if (profile.auth == ServerProfile::AuthMode::Jwt) {
        profile.appId = m_appId->text().trimmed();
        profile.issuer = m_issuer->text().trimmed();
        profile.audience = m_audience->text().trimmed();
        profile.subject = m_subject->text().trimmed();
    } else {
        profile.appId = profile.issuer = profile.audience = profile.subject = QString();
    }
    profile.backupProfileId = m_backup->currentData().toString();
    profile.endToEndEncryption = m_endToEndEncryption->isChecked();
    return profile;
}

QString ServerProfileDialog::appSecret() const
{
    return m_appSecret->text();
}

void ServerProfileDialog::updateState()
{
    const bool jwt = m_auth->currentData().toInt() == int(ServerProfile::AuthMode::Jwt);
    for (QLineEdit* edit : { m_appId, m_issuer, m_audience, m_subject })
        edit->setEnabled(jwt);
    m_appSecret->setEnabled(jwt && m_secureStorageAvailable);
    showWarning(jwt ? QString() : ServerProfile::noAuthenticationWarning());

    QString problem;
    const ServerProfile candidate = profile();
    bool valid = candidate.validate(&problem);
    if (valid && m_isNew && m_takenIds.contains(candidate.id)) {
        problem = tr("Another server already uses the id \"%1\".").arg(candidate.id);
        valid = false;
    }
    showProblem(valid ? QString() : problem, m_name->text().isEmpty() && m_url->text().isEmpty());
}
