#pragma once
// remote/RemoteHost: where a job's commands run and its files live — this machine (LocalHost) or a cluster login node
// over SSH (ssh/SshHost). Schedulers (local, Slurm, PBS) talk only to this interface, so the same submit / poll / cancel
// / fetch code runs against a real cluster and against a Slurm on this machine.
// Blocking calls: use them from a worker thread (the job monitor), never from the GUI thread.
#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <stdexcept>
#include <stop_token>

namespace xrs::remote {

// A connection, command or transfer failed; the message names the host and the file or command.
class RemoteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CommandResult {
    int exitStatus = -1;  // the command's exit status (-1: it could not be run or did not finish)
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitStatus == 0; }
};

// Bytes done and total (total −1 when unknown). Called often; keep it cheap.
using TransferProgress = std::function<void(qint64 done, qint64 total)>;

class RemoteHost {
public:
    virtual ~RemoteHost() = default;

    // For people and logs: "local", "alice@login.cluster:22".
    virtual QString describe() const = 0;

    // Runs one POSIX sh command line and waits for it. Every value that goes into `command` must pass through
    // shellQuote() (remote/ShellQuote.h). Throws RemoteError when the host cannot be reached; a command that runs and
    // fails is a CommandResult with a non-zero status.
    virtual CommandResult run(const QString& command, std::chrono::milliseconds timeout = std::chrono::seconds(60)) = 0;

    // File transfers. The destination appears complete or not at all (written to `<name>.part`, then renamed); a
    // `.part` left by an interrupted transfer is resumed. Throws RemoteError (naming both paths) on failure and
    // xrs::Cancelled-like RemoteError("cancelled") when `stop` is requested.
    virtual void upload(const QString& localPath, const QString& remotePath, const TransferProgress& progress = {},
                        std::stop_token stop = {}) = 0;
    virtual void download(const QString& remotePath, const QString& localPath, const TransferProgress& progress = {},
                          std::stop_token stop = {}) = 0;
};

}  // namespace xrs::remote
