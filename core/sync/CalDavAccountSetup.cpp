#include "core/sync/CalDavAccountSetup.h"

#include "core/base/Logging.h"
#include "core/dav/CalDavDiscovery.h"
#include "core/dav/DavClient.h"
#include "core/secrets/SecretStore.h"
#include "core/sync/SyncStore.h"

CalDavAccountSetup::CalDavAccountSetup(SyncStore& store, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{ }

CalDavAccountSetup::~CalDavAccountSetup() = default;

void CalDavAccountSetup::start(const QUrl& address, const QString& user, const QString& password,
                               const QString& displayName)
{
    m_account = {};
    m_account.serverUrl = address;
    m_account.user = user;
    m_account.displayName
        = displayName.isEmpty() ? QStringLiteral("%1@%2").arg(user, address.host()) : displayName;
    m_calendars.clear();
    m_error.clear();
    delete m_discovery;
    delete m_client;
    m_client = new DavClient(m_network, this);
    m_client->setCredentials(user, password);
    m_discovery = new CalDavDiscovery(*m_client, this);
    connect(m_discovery, &CalDavDiscovery::finished, this, [this, password] { discovered(password); });
    m_discovery->start(address);
}

void CalDavAccountSetup::discovered(const QString& password)
{
    if (m_discovery->error().isError()) {
        finish(m_discovery->error().message());
        return;
    }
    if (m_discovery->calendars().isEmpty()) {
        finish(tr("The server shows this account no calendar. Create one there, or ask who runs the "
                  "server to share one with you."));
        return;
    }
    QString error;
    if (!m_store.addAccount(m_account, &error)) {
        finish(error);
        return;
    }
    SecretReply* reply
        = m_secrets.write(m_account.secretOwner(), QLatin1String(CalDavAccount::passwordName), password);
    connect(reply, &SecretReply::finished, this, [this, reply] {
        QString problem;
        if (!reply->ok())
            problem = tr("The password could not be stored in the keychain, so the account was not added: %1")
                          .arg(reply->errorString());
        else if (!m_store.saveFound(m_account.id, m_discovery->calendars(), &m_calendars, &problem))
            m_secrets.removeOwner(m_account.secretOwner());
        if (!problem.isEmpty()) {
            // Without its password or its calendars the account is no use: it goes again.
            m_store.removeAccount(m_account.id, nullptr);
            m_calendars.clear();
        }
        finish(problem);
    });
}

void CalDavAccountSetup::finish(const QString& error)
{
    m_error = error;
    if (error.isEmpty())
        qCInfo(lcSync) << "account" << m_account.id << "added with" << m_calendars.size() << "calendars";
    else
        qCInfo(lcSync) << "account not added";
    Q_EMIT finished();
}
