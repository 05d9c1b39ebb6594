// remote/ssh/Keyring: qtkeychain jobs run to completion on a local event loop.
#include "Keyring.h"

#ifdef XRS_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#endif

namespace xrs::remote {

#ifdef XRS_HAVE_QTKEYCHAIN
namespace {
void runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}
}  // namespace

bool keyringAvailable()
{
    return true;
}

std::optional<QString> readKeyringPassword(const QString& service, const QString& account)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError) return std::nullopt;
    return job.textData();
}

bool storeKeyringPassword(const QString& service, const QString& account, const QString& password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(account);
    job.setTextData(password);
    runJob(job);
    return job.error() == QKeychain::NoError;
}

bool forgetKeyringPassword(const QString& service, const QString& account)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(account);
    runJob(job);
    return job.error() == QKeychain::NoError;
}
#else
bool keyringAvailable()
{
    return false;
}
std::optional<QString> readKeyringPassword(const QString&, const QString&)
{
    return std::nullopt;
}
bool storeKeyringPassword(const QString&, const QString&, const QString&)
{
    return false;
}
bool forgetKeyringPassword(const QString&, const QString&)
{
    return false;
}
#endif

}  // namespace xrs::remote
