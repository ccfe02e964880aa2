#include "core/contact/LibraryContactModule.h"

#include <algorithm>
#include <cstring>
#include <curl/curl.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumberUtil;

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t chunk = std::min(room, left);
    memcpy(buffer, upload->data.constData() + upload->offset, chunk);
    upload->offset += qsizetype(chunk);
    return chunk;
}

ContactModule::MailOutcome outcomeOf(CURLcode code)
{
    using Outcome = ContactModule::MailOutcome;
    switch (code) {
    case CURLE_OK:
        return Outcome::Sent;
    case CURLE_LOGIN_DENIED:
        return Outcome::LoginDenied;
    case CURLE_USE_SSL_FAILED:
        return Outcome::NoEncryption;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return Outcome::CertificateUnverified;
    case CURLE_SSL_CONNECT_ERROR:
        return Outcome::NoSecureConnection;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return Outcome::Unreachable;
    default:
        return Outcome::Failed;
    }
}

} // namespace

LibraryContactModule::LibraryContactModule()
{
    // Once, before any thread sends: curl_global_init is not thread-safe in every libcurl.
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

ContactModule::PhoneParse LibraryContactModule::parsePhone(const QString& input, const QString& defaultRegion,
                                                           QString* e164) const
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util.Parse(input.toStdString(), defaultRegion.toUpper().toStdString(), &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return PhoneParse::NotANumber;
    if (!util.IsValidNumber(number))
        return PhoneParse::Invalid;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    *e164 = QString::fromStdString(formatted);
    return PhoneParse::Valid;
}

QString LibraryContactModule::formatPhone(const QString& e164, const QString& homeRegion) const
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    std::string formatted;
    util.Format(number,
                QString::fromStdString(region).compare(homeRegion, Qt::CaseInsensitive) == 0
                    ? PhoneNumberUtil::NATIONAL
                    : PhoneNumberUtil::INTERNATIONAL,
                &formatted);
    return QString::fromStdString(formatted);
}

bool LibraryContactModule::isPossiblyMobile(const QString& e164) const
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
    return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

ContactModule::MailReport LibraryContactModule::sendMail(const MailTransfer& transfer) const
{
    CURL* curl = curl_easy_init();
    if (!curl)
        return { MailOutcome::CannotStart, 0, 0, {} };
    Upload upload { transfer.mail, 0 };
    curl_slist* recipients = curl_slist_append(nullptr, transfer.to.constData());

    curl_easy_setopt(curl, CURLOPT_URL, transfer.url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!transfer.caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, transfer.caFile.constData());
    if (!transfer.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, transfer.user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, transfer.password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, transfer.from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(transfer.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(transfer.transferTimeoutSeconds));
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return { outcomeOf(code), response, int(code), QString::fromUtf8(curl_easy_strerror(code)) };
}

QString LibraryContactModule::mailLibraryVersion() const
{
    return QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version);
}
