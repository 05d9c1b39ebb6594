#pragma once
// remote/LocalHost: RemoteHost for this machine — commands run as `/bin/sh -c` subprocesses (own process group,
// killed on time-out), files are copied through `<name>.part` and renamed into place. The same scheduler code that
// talks to a cluster over SSH runs against it (tests drive a real Slurm on loopback through it).
#include "RemoteHost.h"

namespace xrs::remote {

class LocalHost final : public RemoteHost {
public:
    QString describe() const override { return QStringLiteral("local"); }
    CommandResult run(const QString& command, std::chrono::milliseconds timeout = std::chrono::seconds(60)) override;
    void upload(const QString& localPath, const QString& remotePath, const TransferProgress& progress = {},
                std::stop_token stop = {}) override;
    void download(const QString& remotePath, const QString& localPath, const TransferProgress& progress = {},
                  std::stop_token stop = {}) override;

    // The copy both transfers use: resumes `<to>.part` when it is a prefix-sized leftover, renames when complete.
    static void copyFile(const QString& from, const QString& to, const TransferProgress& progress,
                         std::stop_token stop);
};

}  // namespace xrs::remote
