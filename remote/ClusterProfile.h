#pragma once
// remote/ClusterProfile: what job scripts and the scheduler code need to know about one cluster — the scheduler, the
// folder jobs work in, the shell lines every job runs first (module load …), the engine command there, and default
// resources. Profiles are read from the same JSON list file as the SSH host profiles (remote/ssh/HostProfile:
// {"version": 1, "profiles": [{name, host, port, user, scheduler, workDirectory, environment, engineCommand,
// resources{partition, account, nodes, gpusPerNode, cpusPerTask, memory, wallTime}}]}), so one file configures both;
// this type is kept apart so the scheduler part builds without libssh.
// environment and engineCommand are the user's own shell text and go into scripts as written; every value that comes
// from a job (paths, names, arguments) is quoted.
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace xrs::remote {

// Scheduler resources; empty / zero: the site's defaults.
struct ClusterResources {
    QString partition;  // Slurm partition / PBS queue
    QString account;    // Slurm account / PBS project (-A)
    int nodes = 1;
    int gpusPerNode = 0;
    int cpusPerTask = 0;
    QString memory;    // per node, as the scheduler writes it: "64G", "500M"
    QString wallTime;  // "HH:MM:SS"
    static ClusterResources fromJson(const QJsonObject& json);
};

struct ClusterProfile {
    QString name = QStringLiteral("local");
    QString host = QStringLiteral("local");         // "local" = this machine; else an SSH host (needs xrs_ssh)
    QString scheduler = QStringLiteral("slurm");    // "slurm" or "pbs"
    QString workDirectory;                          // job folders are made under it
    QStringList environment;                        // shell lines run first in every job script
    QString engineCommand = QStringLiteral("xrs");  // the xrs CLI there: a path or a container command line
    ClusterResources resources;
    static ClusterProfile fromJson(const QJsonObject& json);
};

// The profiles in `file` ($XRS_REMOTE_HOSTS when empty, else <AppConfigLocation>/hosts.json); a built-in "local"
// profile (this machine's Slurm, engine = the xrs next to this program, work folder ~/xrs-jobs) comes first unless the
// file has one named "local". Profiles whose scheduler is "local" are left out (no batch scheduler).
// Throws RemoteError for a file that exists but is not valid JSON.
std::vector<ClusterProfile> loadClusterProfiles(const QString& file = {});
// The file loadClusterProfiles reads for `file` (resolves the empty default).
QString clusterProfilesFile(const QString& file = {});

}  // namespace xrs::remote
