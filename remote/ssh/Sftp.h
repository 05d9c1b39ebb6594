#pragma once
// remote/ssh/Sftp: file transfers over an SshSession's SFTP subsystem. A destination appears complete or not at all:
// data goes to `<name>.part`, is checked (size, and SHA-256 of both sides: libcrypto here, `openssl dgst` or
// `sha256sum` there, skipped when the remote has neither) and only then renamed onto the name. A `.part` left by an
// interrupted transfer is resumed from its size. Downloads keep several reads in flight; uploads write large chunks.
// Stop tokens end a transfer between chunks (RemoteCancelled), leaving the `.part` for a later resume. SFTP paths are
// plain bytes (no shell), so any file name is safe here.
#include <QString>
#include <QStringList>

#include <optional>
#include <stop_token>

#include "remote/RemoteHost.h"

namespace xrs::remote {

class SshSession;

struct SftpOptions {
    // Bytes per SFTP write. libssh 0.10 waits for each write's answer, so the chunk is as large as OpenSSH's server
    // takes (messages up to 256 KiB); lower it for servers with smaller limits.
    int uploadChunk = 248 * 1024;
    int downloadChunk = 128 * 1024;  // bytes per read request
    int readsInFlight = 16;          // read requests outstanding during a download
    bool verifySha256 = true;        // compare SHA-256 of both sides after each file (size is always checked)
};

class SftpClient {
public:
    explicit SftpClient(SshSession& session, SftpOptions options = {});
    ~SftpClient();
    SftpClient(const SftpClient&) = delete;
    SftpClient& operator=(const SftpClient&) = delete;

    // Missing destination folders are created. Throw RemoteError naming both paths; RemoteCancelled when `stop` is
    // requested.
    void upload(const QString& localPath, const QString& remotePath, const TransferProgress& progress = {},
                std::stop_token stop = {});
    void download(const QString& remotePath, const QString& localPath, const TransferProgress& progress = {},
                  std::stop_token stop = {});
    // Whole trees (regular files and folders; links and special files are skipped). Progress counts all bytes.
    void uploadDirectory(const QString& localDir, const QString& remoteDir, const TransferProgress& progress = {},
                         std::stop_token stop = {});
    void downloadDirectory(const QString& remoteDir, const QString& localDir, const TransferProgress& progress = {},
                           std::stop_token stop = {});

    // Size of a remote regular file; nullopt when it does not exist.
    std::optional<qint64> remoteSize(const QString& remotePath);
    bool remoteIsDirectory(const QString& remotePath);
    // mkdir -p.
    void makeRemoteDirectories(const QString& remoteDir);
    void removeRemoteFile(const QString& remotePath);
    // Lower-case hex SHA-256 of a remote file via `openssl dgst` or `sha256sum` (empty when the remote cannot).
    QString remoteSha256(const QString& remotePath);

    const SftpOptions& options() const { return m_options; }

private:
    SshSession& m_session;
    SftpOptions m_options;

    void* sftp();  // sftp_session of the session's current connection (opened on first use)
    bool uploadOnce(const QString& localPath, const QString& remotePath, qint64 total, const TransferProgress& progress,
                    const std::stop_token& stop, bool allowResume);
    bool downloadOnce(const QString& remotePath, const QString& localPath, qint64 total,
                      const TransferProgress& progress, const std::stop_token& stop, bool allowResume);
    void renameRemote(const QString& from, const QString& to);
    [[noreturn]] void fail(const QString& what, const QString& a, const QString& b = {});
};

// Lower-case hex SHA-256 of a local file.
QString localSha256(const QString& path);

}  // namespace xrs::remote
