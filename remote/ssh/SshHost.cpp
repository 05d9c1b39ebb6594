// remote/ssh/SshHost: RemoteHost over one reused SshSession and its SftpClient.
#include "SshHost.h"

namespace xrs::remote {

SshHost::SshHost(HostProfile profile, SshCallbacks callbacks, const std::function<void(SshOptions&)>& tune,
                 SftpOptions sftpOptions)
    : m_profile(std::move(profile))
{
    SshOptions options = SshOptions::fromProfile(m_profile);
    if (tune) tune(options);
    m_session = std::make_unique<SshSession>(std::move(options), std::move(callbacks));
    m_sftp = std::make_unique<SftpClient>(*m_session, sftpOptions);
}

SshHost::~SshHost() = default;

QString SshHost::describe() const
{
    return m_profile.describe();
}

void SshHost::ensureConnected()
{
    if (m_session->isConnected()) return;
    m_session->connect();
    ++m_connects;
}

void SshHost::connect()
{
    std::lock_guard lock(m_mutex);
    ensureConnected();
}

bool SshHost::keepAlive()
{
    std::lock_guard lock(m_mutex);
    return m_session->keepAlive();
}

template <typename Retry, typename Op>
auto SshHost::withReconnect(Op&& op) -> decltype(op())
{
    // A connection that died while idle is noticed here, before anything is sent.
    if (m_session->isConnected() && !m_session->keepAlive()) m_session->disconnect();
    ensureConnected();
    try {
        return op();
    } catch (const HostKeyError&) {
        throw;
    } catch (const AuthenticationError&) {
        throw;
    } catch (const RemoteCancelled&) {
        throw;
    } catch (const Retry&) {
        // Only a dropped connection is worth another try; the second attempt resumes transfers from their .part.
        if (m_session->isConnected() && m_session->keepAlive()) throw;
        m_session->disconnect();
        ensureConnected();
        return op();
    }
}

QString SshHost::wrapCommand(const QString& command) const
{
    if (m_profile.environment.isEmpty()) return command;
    return m_profile.environment.join(u'\n') + u'\n' + command;
}

CommandResult SshHost::run(const QString& command, std::chrono::milliseconds timeout)
{
    std::lock_guard lock(m_mutex);
    const QString wrapped = wrapCommand(command);
    return withReconnect<CommandNotStarted>([&] { return m_session->run(wrapped, timeout); });
}

void SshHost::upload(const QString& localPath, const QString& remotePath, const TransferProgress& progress,
                     std::stop_token stop)
{
    std::lock_guard lock(m_mutex);
    withReconnect<RemoteError>([&] { m_sftp->upload(localPath, remotePath, progress, stop); });
}

void SshHost::download(const QString& remotePath, const QString& localPath, const TransferProgress& progress,
                       std::stop_token stop)
{
    std::lock_guard lock(m_mutex);
    withReconnect<RemoteError>([&] { m_sftp->download(remotePath, localPath, progress, stop); });
}

void SshHost::uploadDirectory(const QString& localDir, const QString& remoteDir, const TransferProgress& progress,
                              std::stop_token stop)
{
    std::lock_guard lock(m_mutex);
    withReconnect<RemoteError>([&] { m_sftp->uploadDirectory(localDir, remoteDir, progress, stop); });
}

void SshHost::downloadDirectory(const QString& remoteDir, const QString& localDir, const TransferProgress& progress,
                                std::stop_token stop)
{
    std::lock_guard lock(m_mutex);
    withReconnect<RemoteError>([&] { m_sftp->downloadDirectory(remoteDir, localDir, progress, stop); });
}

}  // namespace xrs::remote
