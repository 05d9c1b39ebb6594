#pragma once
// remote/ssh/SshHost: a RemoteHost reached over SSH, built from a HostProfile. One authenticated session is kept and
// reused for every command and transfer (so a one-time code is typed once). A dropped connection is re-established
// once per call: a transfer is then resumed from its .part; a command is retried only when it had not started (a
// command that may have run is never sent twice — think of a job submission). run() puts the profile's environment
// lines (module load …) before each command. Calls are serialised by a mutex: libssh allows one thread at a time per
// session.
#include <memory>
#include <mutex>

#include "HostProfile.h"
#include "Sftp.h"
#include "SshSession.h"
#include "remote/RemoteHost.h"

namespace xrs::remote {

class SshHost : public RemoteHost {
public:
    // `tune` adjusts the options derived from the profile (known_hosts file, config file, timeouts) before connecting.
    SshHost(HostProfile profile, SshCallbacks callbacks, const std::function<void(SshOptions&)>& tune = {},
            SftpOptions sftpOptions = {});
    ~SshHost() override;

    QString describe() const override;
    CommandResult run(const QString& command, std::chrono::milliseconds timeout = std::chrono::seconds(60)) override;
    void upload(const QString& localPath, const QString& remotePath, const TransferProgress& progress = {},
                std::stop_token stop = {}) override;
    void download(const QString& remotePath, const QString& localPath, const TransferProgress& progress = {},
                  std::stop_token stop = {}) override;
    void uploadDirectory(const QString& localDir, const QString& remoteDir, const TransferProgress& progress = {},
                         std::stop_token stop = {});
    void downloadDirectory(const QString& remoteDir, const QString& localDir, const TransferProgress& progress = {},
                           std::stop_token stop = {});

    // Connects now (otherwise the first call does); throws like SshSession::connect.
    void connect();
    // For an idle connection (call it every minute or so from the worker): sends an SSH keepalive so firewalls and
    // NAT keep the connection open. False when it is gone (the next call reconnects).
    bool keepAlive();
    const HostProfile& profile() const { return m_profile; }
    // The command run() sends for `command`: environment lines, then the command, one per line.
    QString wrapCommand(const QString& command) const;
    // How many times the connection was (re)established; for tests and logs.
    int connectCount() const { return m_connects; }

private:
    HostProfile m_profile;
    std::unique_ptr<SshSession> m_session;
    std::unique_ptr<SftpClient> m_sftp;
    std::mutex m_mutex;
    int m_connects = 0;

    void ensureConnected();
    // Runs `op`; if it fails with a `Retry` error because the connection dropped, reconnects and runs it once more.
    template <typename Retry, typename Op>
    auto withReconnect(Op&& op) -> decltype(op());
};

}  // namespace xrs::remote
