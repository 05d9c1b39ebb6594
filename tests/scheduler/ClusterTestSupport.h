#pragma once
// Helpers for the suites that run against the loopback Slurm of the ctest fixture: whether there is one, a LocalHost
// that counts downloads, a minimal batch script, waiting for a condition.
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QThread>

#include <algorithm>

#include <map>
#include <mutex>

#include "remote/LocalHost.h"

namespace xrs::test {

// Empty when the test cluster answers; else why not (for QSKIP).
inline QString clusterUnavailable()
{
    const QString dir = qEnvironmentVariable("XRS_TEST_CLUSTER_DIR");
    if (QFile why(dir + QStringLiteral("/unavailable.txt")); !dir.isEmpty() && why.open(QIODevice::ReadOnly))
        return QStringLiteral("no test cluster: ") + QString::fromUtf8(why.readAll()).trimmed();
    if (qEnvironmentVariable("SLURM_CONF").isEmpty())
        return QStringLiteral(
            "no test cluster: SLURM_CONF is not set (run through ctest, whose scheduler_cluster_start "
            "fixture starts one with scripts/test-cluster/slurm.sh; needs root, slurm-wlm and munge)");
    const remote::CommandResult r =
        remote::LocalHost().run(QStringLiteral("sinfo -h -N -o %t"), std::chrono::seconds(10));
    if (!r.ok()) return QStringLiteral("no test cluster: sinfo failed: ") + QString::fromUtf8(r.err).trimmed();
    return {};
}

// LocalHost that counts downloads per remote file (the monitor's exactly-once promise).
class CountingHost final : public remote::RemoteHost {
public:
    QString describe() const override { return QStringLiteral("local (counting)"); }
    remote::CommandResult run(const QString& command, std::chrono::milliseconds timeout) override
    {
        {
            std::lock_guard lock(m_mutex);
            m_commands << command;
        }
        return m_host.run(command, timeout);
    }
    void upload(const QString& from, const QString& to, const remote::TransferProgress& p, std::stop_token s) override
    {
        m_host.upload(from, to, p, s);
    }
    void download(const QString& from, const QString& to, const remote::TransferProgress& p, std::stop_token s) override
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_downloads[from];
        }
        m_host.download(from, to, p, s);
    }
    std::map<QString, int> downloads() const
    {
        std::lock_guard lock(m_mutex);
        return m_downloads;
    }
    // How many commands run so far contain `part`.
    int commandsWith(const QString& part) const
    {
        std::lock_guard lock(m_mutex);
        return int(
            std::count_if(m_commands.begin(), m_commands.end(), [&](const QString& c) { return c.contains(part); }));
    }

private:
    remote::LocalHost m_host;
    mutable std::mutex m_mutex;
    std::map<QString, int> m_downloads;
    QStringList m_commands;
};

inline QString plainScript(const QString& name, const QString& body)
{
    return QStringLiteral("#!/bin/sh\n#SBATCH --job-name=%1\n#SBATCH --output=%1_%j.out\n%2\n").arg(name, body);
}

// Polls until `done` holds or the time is up; returns whether it held.
template <class F>
bool waitFor(F done, int timeoutMs, int stepMs = 100)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) return false;
        QThread::msleep(stepMs);
    }
    return true;
}

}  // namespace xrs::test
