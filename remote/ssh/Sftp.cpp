// remote/ssh/Sftp: pipelined, resumable, verified SFTP transfers on libssh 0.10 (sftp_async_read for downloads).
#include "Sftp.h"

#include <fcntl.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <system_error>

#include "Sha256.h"
#include "SshSession.h"
#include "remote/ShellQuote.h"

namespace xrs::remote {

namespace {

QString sftpStatusText(int code)
{
    switch (code) {
        case SSH_FX_OK:
            return {};
        case SSH_FX_EOF:
            return QStringLiteral("end of file");
        case SSH_FX_NO_SUCH_FILE:
            return QStringLiteral("no such file");
        case SSH_FX_PERMISSION_DENIED:
            return QStringLiteral("permission denied");
        case SSH_FX_FAILURE:
            return QStringLiteral("failure");
        case SSH_FX_BAD_MESSAGE:
            return QStringLiteral("bad message");
        case SSH_FX_NO_CONNECTION:
            return QStringLiteral("no connection");
        case SSH_FX_CONNECTION_LOST:
            return QStringLiteral("connection lost");
        case SSH_FX_OP_UNSUPPORTED:
            return QStringLiteral("operation unsupported");
        case SSH_FX_FILE_ALREADY_EXISTS:
            return QStringLiteral("file already exists");
        default:
            return QStringLiteral("SFTP status %1").arg(code);
    }
}

QByteArray bytes(const QString& path)
{
    return path.toUtf8();
}

QString joinRemote(const QString& dir, const QString& name)
{
    if (dir.isEmpty()) return name;
    return dir.endsWith(u'/') ? dir + name : dir + u'/' + name;
}

struct SftpFile {
    sftp_file f = nullptr;
    ~SftpFile()
    {
        if (f) sftp_close(f);
    }
};
struct Attributes {
    sftp_attributes a = nullptr;
    ~Attributes()
    {
        if (a) sftp_attributes_free(a);
    }
};

}  // namespace

namespace {
// Feeds the first `length` bytes of a file into `hash` (the part a resumed transfer does not see again).
bool hashPrefix(const QString& path, qint64 length, Sha256& hash)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < length;) {
        const qint64 n = f.read(block.data(), std::min<qint64>(block.size(), length - done));
        if (n <= 0) return false;
        hash.add(QByteArrayView(block.constData(), n));
        done += n;
    }
    return true;
}
}  // namespace

QString localSha256(const QString& path)
{
    Sha256 hash;
    if (!hashPrefix(path, QFileInfo(path).size(), hash)) return {};
    return hash.hex();
}

SftpClient::SftpClient(SshSession& session, SftpOptions options) : m_session(session), m_options(options)
{
    m_options.uploadChunk = std::clamp(m_options.uploadChunk, 4096, 255 * 1024);
    m_options.downloadChunk = std::clamp(m_options.downloadChunk, 4096, 255 * 1024);
    m_options.readsInFlight = std::clamp(m_options.readsInFlight, 1, 128);
}

SftpClient::~SftpClient() = default;

void* SftpClient::sftp()
{
    return m_session.sftpHandle();
}

void SftpClient::fail(const QString& what, const QString& a, const QString& b)
{
    QString detail;
    if (auto* sftp = static_cast<sftp_session>(m_session.openedSftpHandle())) {
        detail = sftpStatusText(sftp_get_error(sftp));
        const QString sshError = QString::fromUtf8(ssh_get_error(m_session.handle()));
        if (!sshError.isEmpty() && !sshError.contains(detail)) detail += QStringLiteral(" (") + sshError + u')';
    }
    QString where = a;
    if (!b.isEmpty()) where += QStringLiteral(" → ") + b;
    throw RemoteError(
        QStringLiteral("%1: %2: %3%4")
            .arg(m_session.describe(), where, what, detail.isEmpty() ? QString() : QStringLiteral(": ") + detail)
            .toStdString());
}

std::optional<qint64> SftpClient::remoteSize(const QString& remotePath)
{
    auto* s = static_cast<sftp_session>(sftp());
    Attributes at{sftp_stat(s, bytes(remotePath).constData())};
    if (!at.a) return std::nullopt;
    return qint64(at.a->size);
}

bool SftpClient::remoteIsDirectory(const QString& remotePath)
{
    auto* s = static_cast<sftp_session>(sftp());
    Attributes at{sftp_stat(s, bytes(remotePath).constData())};
    return at.a && at.a->type == SSH_FILEXFER_TYPE_DIRECTORY;
}

void SftpClient::makeRemoteDirectories(const QString& remoteDir)
{
    auto* s = static_cast<sftp_session>(sftp());
    const QStringList parts = remoteDir.split(u'/');
    QString path = remoteDir.startsWith(u'/') ? QStringLiteral("/") : QString();
    for (const QString& part : parts) {
        if (part.isEmpty()) continue;
        path = joinRemote(path, part);
        if (remoteIsDirectory(path)) continue;
        if (sftp_mkdir(s, bytes(path).constData(), 0755) != SSH_OK && !remoteIsDirectory(path))
            fail(QStringLiteral("cannot create the folder"), path);
    }
}

void SftpClient::removeRemoteFile(const QString& remotePath)
{
    auto* s = static_cast<sftp_session>(sftp());
    if (sftp_unlink(s, bytes(remotePath).constData()) != SSH_OK) fail(QStringLiteral("cannot remove"), remotePath);
}

namespace {
// Read through stdin so no (possibly escaped) file name is printed. OpenSSL's digest where the host has it (several
// times faster than coreutils' sha256sum), else sha256sum; a missing openssl reads nothing first.
QString sha256Command(const QString& remotePath)
{
    return QStringLiteral("{ openssl dgst -sha256 -r 2>/dev/null || sha256sum; } < ") + shellQuote(remotePath);
}

// The hex digest from the command's output, empty when there is none.
QString parseSha256(const CommandResult& r)
{
    const QByteArray line = r.out.trimmed();
    if (!r.ok() || line.size() < 64) return {};
    const QString hex = QString::fromLatin1(line.left(64)).toLower();
    for (QChar c : hex)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) return {};
    return hex;
}
}  // namespace

QString SftpClient::remoteSha256(const QString& remotePath)
{
    return parseSha256(m_session.run(sha256Command(remotePath)));
}

void SftpClient::renameRemote(const QString& from, const QString& to)
{
    auto* s = static_cast<sftp_session>(sftp());
    // libssh uses posix-rename@openssh.com (atomic replace) when the server offers it; plain SFTP rename refuses an
    // existing target, so that one is removed first.
    if (sftp_rename(s, bytes(from).constData(), bytes(to).constData()) == SSH_OK) return;
    if (remoteSize(to)) {
        removeRemoteFile(to);
        if (sftp_rename(s, bytes(from).constData(), bytes(to).constData()) == SSH_OK) return;
    }
    fail(QStringLiteral("cannot rename"), from, to);
}

// ---- upload ----------------------------------------------------------------------------------------------------

void SftpClient::upload(const QString& localPath, const QString& remotePath, const TransferProgress& progress,
                        std::stop_token stop)
{
    const QFileInfo info(localPath);
    if (!info.isFile())
        throw RemoteError(QStringLiteral("%1 → %2:%3: the local file does not exist or is not a regular file")
                              .arg(localPath, m_session.describe(), remotePath)
                              .toStdString());
    const qint64 total = info.size();
    // A resumed .part whose start differs from the file fails verification: then start once more from zero.
    if (!uploadOnce(localPath, remotePath, total, progress, stop, true))
        if (!uploadOnce(localPath, remotePath, total, progress, stop, false))
            fail(QStringLiteral("the uploaded copy differs from the original (SHA-256)"), localPath, remotePath);
}

bool SftpClient::uploadOnce(const QString& localPath, const QString& remotePath, qint64 total,
                            const TransferProgress& progress, const std::stop_token& stop, bool allowResume)
{
    auto* s = static_cast<sftp_session>(sftp());
    const QString part = remotePath + QStringLiteral(".part");
    QFile in(localPath);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        throw RemoteError(QStringLiteral("%1: cannot read: %2").arg(localPath, in.errorString()).toStdString());

    qint64 offset = 0;
    if (allowResume) {
        if (const auto partSize = remoteSize(part); partSize && *partSize <= total) offset = *partSize;
    }
    SftpFile file;
    const int flags = O_WRONLY | O_CREAT | (offset == 0 ? O_TRUNC : 0);
    file.f = sftp_open(s, bytes(part).constData(), flags, 0644);
    if (!file.f && sftp_get_error(s) == SSH_FX_NO_SUCH_FILE && remotePath.lastIndexOf(u'/') > 0) {
        // The folder is missing: create it (like the local side of a download) and try once more.
        makeRemoteDirectories(remotePath.left(remotePath.lastIndexOf(u'/')));
        file.f = sftp_open(s, bytes(part).constData(), flags, 0644);
    }
    if (!file.f) fail(QStringLiteral("cannot create"), localPath, part);
    if (offset > 0) {
        if (sftp_seek64(file.f, uint64_t(offset)) != 0 || !in.seek(offset))
            fail(QStringLiteral("cannot resume at %1 bytes").arg(offset), localPath, part);
    }
    if (progress) progress(offset, total);

    // The local SHA-256 is computed on the way (the resumed beginning read once more), not in a second pass.
    Sha256 hash;
    const bool hashing = m_options.verifySha256 && hashPrefix(localPath, offset, hash);
    QByteArray buffer(m_options.uploadChunk, Qt::Uninitialized);
    qint64 done = offset;
    while (done < total) {
        if (stop.stop_requested()) throw RemoteCancelled();
        const qint64 n = in.read(buffer.data(), std::min<qint64>(buffer.size(), total - done));
        if (n <= 0)
            throw RemoteError(QStringLiteral("%1: read failed at %2 bytes: %3")
                                  .arg(localPath)
                                  .arg(done)
                                  .arg(in.errorString())
                                  .toStdString());
        if (sftp_write(file.f, buffer.constData(), size_t(n)) != n)
            fail(QStringLiteral("write failed at %1 bytes").arg(done), localPath, part);
        if (hashing) hash.add(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress) progress(done, total);
    }
    if (sftp_close(file.f) != SSH_OK) {
        file.f = nullptr;
        fail(QStringLiteral("closing failed"), localPath, part);
    }
    file.f = nullptr;

    const auto size = remoteSize(part);
    if (!size || *size != total)
        fail(QStringLiteral("size after upload is %1 bytes, expected %2").arg(size.value_or(-1)).arg(total), localPath,
             part);
    if (m_options.verifySha256) {
        const QString remote = remoteSha256(part);
        const QString local = hashing ? hash.hex() : localSha256(localPath);
        if (!remote.isEmpty() && remote != local) {
            if (offset > 0) return false;  // the resumed beginning was not ours
            fail(QStringLiteral("SHA-256 differs after upload"), localPath, part);
        }
    }
    renameRemote(part, remotePath);
    return true;
}

// ---- download --------------------------------------------------------------------------------------------------

void SftpClient::download(const QString& remotePath, const QString& localPath, const TransferProgress& progress,
                          std::stop_token stop)
{
    auto* s = static_cast<sftp_session>(sftp());
    qint64 total = 0;
    {
        Attributes at{sftp_stat(s, bytes(remotePath).constData())};
        if (!at.a) fail(QStringLiteral("cannot read"), remotePath, localPath);
        if (at.a->type != SSH_FILEXFER_TYPE_REGULAR) fail(QStringLiteral("not a regular file"), remotePath, localPath);
        total = qint64(at.a->size);
    }
    if (!downloadOnce(remotePath, localPath, total, progress, stop, true))
        if (!downloadOnce(remotePath, localPath, total, progress, stop, false))
            fail(QStringLiteral("the downloaded copy differs from the original (SHA-256)"), remotePath, localPath);
}

bool SftpClient::downloadOnce(const QString& remotePath, const QString& localPath, qint64 total,
                              const TransferProgress& progress, const std::stop_token& stop, bool allowResume)
{
    auto* s = static_cast<sftp_session>(sftp());
    const QString part = localPath + QStringLiteral(".part");
    const QFileInfo dest(localPath);
    if (!QDir().mkpath(dest.absolutePath()))
        throw RemoteError(
            QStringLiteral("%1: cannot create the folder %2").arg(localPath, dest.absolutePath()).toStdString());
    QFile out(part);
    qint64 offset = 0;
    if (allowResume && out.exists() && out.size() <= total) offset = out.size();
    if (!out.open(QIODevice::ReadWrite | QIODevice::Unbuffered |
                  (offset == 0 ? QIODevice::Truncate : QIODevice::OpenMode())))
        throw RemoteError(QStringLiteral("%1: cannot write: %2").arg(part, out.errorString()).toStdString());

    // The remote checksum runs on the server while the data travels (its answer waits in the channel's buffer).
    std::unique_ptr<RunningCommand> remoteHash;
    if (m_options.verifySha256) remoteHash = m_session.start(sha256Command(remotePath));
    SftpFile file;
    file.f = sftp_open(s, bytes(remotePath).constData(), O_RDONLY, 0);
    if (!file.f) fail(QStringLiteral("cannot open"), remotePath, localPath);
    if (progress) progress(offset, total);

    struct Request {
        int id;
        qint64 offset;
        uint32_t length;
    };
    std::deque<Request> inFlight;
    qint64 next = offset;  // first byte not yet asked for
    qint64 done = offset;
    const auto ask = [&](qint64 at, uint32_t length) {
        if (sftp_seek64(file.f, uint64_t(at)) != 0) fail(QStringLiteral("seek failed"), remotePath, localPath);
        const int id = sftp_async_read_begin(file.f, length);
        if (id < 0) fail(QStringLiteral("read request failed at %1 bytes").arg(at), remotePath, localPath);
        inFlight.push_back({id, at, length});
    };
    // Hashed on the way while the data arrives in order (it does unless the server sends a short read).
    Sha256 hash;
    bool hashing = m_options.verifySha256 && hashPrefix(part, offset, hash);
    qint64 hashedUpTo = offset;
    QByteArray buffer(m_options.downloadChunk, Qt::Uninitialized);
    // Answers to requests already sent must be collected before the handle is closed, also when stopping.
    const auto drain = [&] {
        while (!inFlight.empty()) {
            sftp_async_read(file.f, buffer.data(), inFlight.front().length, uint32_t(inFlight.front().id));
            inFlight.pop_front();
        }
    };
    while (done < total) {
        while (int(inFlight.size()) < m_options.readsInFlight && next < total) {
            const auto length = uint32_t(std::min<qint64>(m_options.downloadChunk, total - next));
            ask(next, length);
            next += length;
        }
        if (stop.stop_requested()) {
            // Everything before the first byte still asked for is on disk; cut the .part there, so a resume from its
            // size never skips a hole left by an answer that came out of order.
            qint64 complete = next;
            for (const Request& q : inFlight) complete = std::min(complete, q.offset);
            drain();
            out.resize(complete);
            throw RemoteCancelled();
        }
        const Request r = inFlight.front();
        inFlight.pop_front();
        const int n = sftp_async_read(file.f, buffer.data(), r.length, uint32_t(r.id));
        if (n < 0) {
            drain();
            fail(QStringLiteral("read failed at %1 bytes").arg(r.offset), remotePath, localPath);
        }
        if (n == 0) {
            drain();
            fail(QStringLiteral("the file ended at %1 bytes, expected %2 (changed while downloading?)")
                     .arg(r.offset)
                     .arg(total),
                 remotePath, localPath);
        }
        if (out.pos() != r.offset) out.seek(r.offset);
        if (out.write(buffer.constData(), n) != n)
            throw RemoteError(QStringLiteral("%1: write failed: %2").arg(part, out.errorString()).toStdString());
        if (hashing && r.offset == hashedUpTo) {
            hash.add(QByteArrayView(buffer.constData(), n));
            hashedUpTo += n;
        } else {
            hashing = false;  // out of order: hash the file afterwards
        }
        if (uint32_t(n) < r.length) ask(r.offset + n, r.length - uint32_t(n));  // short read: ask for the rest
        done += n;
        if (progress) progress(done, total);
    }
    drain();
    out.close();
    if (out.size() != total)
        throw RemoteError(QStringLiteral("%1:%2 → %3: size after download is %4 bytes, expected %5")
                              .arg(m_session.describe(), remotePath, part)
                              .arg(out.size())
                              .arg(total)
                              .toStdString());
    if (remoteHash) {
        const QString remote = parseSha256(m_session.finish(*remoteHash));
        const QString local = hashing && hashedUpTo == total ? hash.hex() : localSha256(part);
        if (!remote.isEmpty() && remote != local) {
            if (offset > 0) return false;
            fail(QStringLiteral("SHA-256 differs after download"), remotePath, part);
        }
    }
    std::error_code ec;
    std::filesystem::rename(part.toStdString(), localPath.toStdString(), ec);
    if (ec)
        throw RemoteError(QStringLiteral("%1: cannot rename to %2: %3")
                              .arg(part, localPath, QString::fromStdString(ec.message()))
                              .toStdString());
    return true;
}

// ---- directories -----------------------------------------------------------------------------------------------

namespace {
// Adds `base` bytes to every report of one file's transfer, so a tree reports one growing count.
TransferProgress offsetProgress(const TransferProgress& progress, qint64 base, qint64 total)
{
    if (!progress) return {};
    return [progress, base, total](qint64 done, qint64) { progress(base + done, total); };
}
}  // namespace

void SftpClient::uploadDirectory(const QString& localDir, const QString& remoteDir, const TransferProgress& progress,
                                 std::stop_token stop)
{
    const QDir root(localDir);
    if (!root.exists())
        throw RemoteError(QStringLiteral("%1: the local folder does not exist").arg(localDir).toStdString());
    QStringList dirs, files;
    qint64 total = 0;
    QDirIterator it(localDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = root.relativeFilePath(fi.filePath());
        if (fi.isDir()) {
            dirs << rel;
        } else if (fi.isFile()) {
            files << rel;
            total += fi.size();
        }
    }
    std::sort(dirs.begin(), dirs.end());  // parents before children
    files.sort();
    makeRemoteDirectories(remoteDir);
    auto* s = static_cast<sftp_session>(sftp());
    for (const QString& d : dirs) {
        const QString path = joinRemote(remoteDir, d);
        if (!remoteIsDirectory(path) && sftp_mkdir(s, bytes(path).constData(), 0755) != SSH_OK)
            fail(QStringLiteral("cannot create the folder"), root.filePath(d), path);
    }
    qint64 base = 0;
    for (const QString& f : files) {
        if (stop.stop_requested()) throw RemoteCancelled();
        const QString local = root.filePath(f);
        upload(local, joinRemote(remoteDir, f), offsetProgress(progress, base, total), stop);
        base += QFileInfo(local).size();
    }
    if (progress) progress(total, total);
}

void SftpClient::downloadDirectory(const QString& remoteDir, const QString& localDir, const TransferProgress& progress,
                                   std::stop_token stop)
{
    auto* s = static_cast<sftp_session>(sftp());
    struct Entry {
        QString rel;
        qint64 size;
    };
    QStringList dirs;
    QList<Entry> files;
    // Breadth-first listing of the remote tree.
    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        const QString rel = pending.takeFirst();
        const QString path = rel.isEmpty() ? remoteDir : joinRemote(remoteDir, rel);
        sftp_dir dir = sftp_opendir(s, bytes(path).constData());
        if (!dir) fail(QStringLiteral("cannot list the folder"), path, localDir);
        while (sftp_attributes a = sftp_readdir(s, dir)) {
            const QString name = QString::fromUtf8(a->name);
            const QString childRel = rel.isEmpty() ? name : rel + u'/' + name;
            if (name != u"." && name != u"..") {
                if (a->type == SSH_FILEXFER_TYPE_DIRECTORY) {
                    dirs << childRel;
                    pending << childRel;
                } else if (a->type == SSH_FILEXFER_TYPE_REGULAR) {
                    files << Entry{childRel, qint64(a->size)};
                }
            }
            sftp_attributes_free(a);
        }
        const bool complete = sftp_dir_eof(dir);
        sftp_closedir(dir);
        if (!complete) fail(QStringLiteral("listing the folder failed"), path, localDir);
    }
    qint64 total = 0;
    for (const Entry& e : files) total += e.size;
    const QDir root(localDir);
    if (!QDir().mkpath(localDir))
        throw RemoteError(QStringLiteral("%1: cannot create the folder").arg(localDir).toStdString());
    for (const QString& d : dirs)
        if (!root.mkpath(d))
            throw RemoteError(QStringLiteral("%1: cannot create the folder").arg(root.filePath(d)).toStdString());
    qint64 base = 0;
    for (const Entry& e : files) {
        if (stop.stop_requested()) throw RemoteCancelled();
        download(joinRemote(remoteDir, e.rel), root.filePath(e.rel), offsetProgress(progress, base, total), stop);
        base += e.size;
    }
    if (progress) progress(total, total);
}

}  // namespace xrs::remote
