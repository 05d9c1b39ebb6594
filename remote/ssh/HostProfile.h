#pragma once
// remote/ssh/HostProfile: one remote machine as the user configured it — how to reach it (host, port, user, jump host,
// key), which scheduler runs jobs there, where they run (work directory, environment lines, engine command) and the
// default resources a job asks for. A list of profiles lives in one JSON file (saved atomically); profiles can be
// imported from the Host aliases of an OpenSSH client config (~/.ssh/config).
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "remote/RemoteHost.h"  // RemoteError

namespace xrs::remote {

enum class SchedulerKind { Local, Slurm, Pbs };
QString schedulerName(SchedulerKind kind);                             // "local", "slurm", "pbs" (stable: used in JSON)
std::optional<SchedulerKind> parseSchedulerKind(const QString& name);  // case-insensitive inverse

// What a job asks the scheduler for unless it says otherwise. Empty / 0 fields are left to the site's defaults.
struct JobResources {
    QString partition;  // Slurm partition or PBS queue
    QString account;    // project to charge
    int nodes = 1;
    int gpusPerNode = 0;
    int cpusPerTask = 0;
    QString memory;    // as the scheduler writes it: "64G"
    QString wallTime;  // "HH:MM:SS"

    QJsonObject toJson() const;
    static JobResources fromJson(const QJsonObject& json);
    bool operator==(const JobResources&) const = default;
};

struct HostProfile {
    QString name;  // what people pick in the GUI ("polaris"); unique within a list
    QString host;  // host name or address to connect to
    int port = 22;
    QString user;            // empty: the local user name (or what ~/.ssh/config says)
    QString jumpHost;        // ProxyJump value ("user@gateway:22", several comma-separated); empty: direct
    QString identityFile;    // private key file; empty: agent and the default ~/.ssh/id_* keys
    QString knownHostsFile;  // empty: ~/.ssh/known_hosts
    SchedulerKind scheduler = SchedulerKind::Local;
    QString workDirectory;                          // remote directory where job folders are created
    QStringList environment;                        // shell lines run before every command ("module load cuda")
    QString engineCommand = QStringLiteral("xrs");  // the xrs CLI there: a path or a container command line
    JobResources resources;

    // "user@host:port" (user and port left out when not set / 22); prefixed with the jump host when there is one.
    QString describe() const;

    QJsonObject toJson() const;
    // Missing fields keep their defaults. Throws RemoteError for a bad scheduler name or port.
    static HostProfile fromJson(const QJsonObject& json);
    bool operator==(const HostProfile&) const = default;
};

// The list file: {"version": 1, "profiles": [...]}. A missing file is an empty list; unreadable or malformed JSON
// throws RemoteError naming the file and the problem.
QList<HostProfile> loadHostProfiles(const QString& file);
// Written atomically (temporary file, then rename); parent directories are created.
void saveHostProfiles(const QString& file, const QList<HostProfile>& profiles);

// One profile per concrete Host alias of an OpenSSH client config (patterns with * ? or ! are not aliases but their
// settings apply to the aliases they match, first value wins as in ssh). Reads HostName, Port, User, ProxyJump and
// IdentityFile (~ expanded); Include lines are followed (relative to ~/.ssh). A missing file gives an empty list.
// Scheduler and the job fields stay at their defaults.
QList<HostProfile> importSshConfig(const QString& configFile);
// ~/.ssh/config of the current user.
QString defaultSshConfigFile();

}  // namespace xrs::remote
