// remote/cli/XrsRemoteMain: `xrs-remote` (run as `xrs remote …`) — cluster jobs from the command line over the same
// Scheduler / JobScript / JobStore / JobMonitor code the GUI uses.
//   xrs-remote [--store FILE] [--hosts FILE] hosts
//   xrs-remote [...] submit [--host NAME] [--name NAME] [resources] [--hold] [--dry-run] recon INPUT OUTPUT
//                    [--rows R] [--tasks T] [-- RECON_OPTIONS…]
//   xrs-remote [...] submit [...] train|denoise|fuse [--fetch-to DIR] -- OPTIONS…  (a relative -o comes back to DIR)
//   xrs-remote [...] status [--json] [ID…]      polls once, prints the jobs
//   xrs-remote [...] cancel ID…
//   xrs-remote [...] log [--bytes N] ID           tail of the job's stdout on the host
//   xrs-remote [...] fetch [--wait] [ID…]       polls; completed jobs' outputs come back (once)
//   xrs-remote [...] monitor [--interval-ms N]  polls until no job needs watching
// Hosts: the built-in "local" profile (this machine's Slurm) and those in hosts.json; SSH hosts need xrs_ssh.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cstdio>
#include <thread>

#include "remote/ClusterProfile.h"
#include "remote/JobMonitor.h"
#include "remote/JobScript.h"
#include "remote/JobStore.h"
#include "remote/LocalHost.h"
#include "remote/ShellQuote.h"

#ifdef XRS_HAVE_SSH
namespace xrs::remote {
std::shared_ptr<RemoteHost> openSshHost(const QString& profilesFile, const QString& name);  // SshHostFactory.cpp
}
#endif

using namespace xrs::remote;

namespace {

QString g_profilesFile;  // --hosts, or the default list file

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Flushed per line: a monitor's progress reaches a pipe as it happens.
void out(const QString& s)
{
    std::fputs(qPrintable(s + u'\n'), stdout);
    std::fflush(stdout);
}

const char* kUsage =
    "usage: xrs remote [--store FILE] [--hosts FILE] COMMAND …\n"
    "  hosts                                   list host profiles\n"
    "  check HOST                              connect to a host (asking on the terminal) and run a command\n"
    "  submit [--host H] [--name N] [--partition P] [--account A] [--nodes N] [--gpus-per-node G]\n"
    "         [--cpus-per-task C] [--mem 4G] [--time HH:MM:SS] [--hold] [--dry-run]\n"
    "         recon INPUT OUTPUT [--rows R] [--tasks T] [-- RECON_OPTIONS…]\n"
    "         train|denoise|fuse [--fetch-to DIR] -- OPTIONS…\n"
    "                                          submit a job (--dry-run prints the scripts); a relative -o FILE\n"
    "                                          of denoise/fuse comes back to DIR (default: this folder)\n"
    "  status [--json] [ID…]                   poll once and list jobs\n"
    "  cancel ID…                              cancel jobs\n"
    "  log [--bytes N] ID                      the end of the job's output on the host\n"
    "  fetch [--wait] [ID…]                    poll; bring completed jobs' outputs back\n"
    "  monitor [--interval-ms N]               poll until no job needs watching\n";

std::shared_ptr<RemoteHost> openHost(const ClusterProfile& p)
{
    if (p.host == u"local") return std::make_shared<LocalHost>();
#ifdef XRS_HAVE_SSH
    return openSshHost(clusterProfilesFile(g_profilesFile), p.name);
#else
    throw RemoteError("host '" + p.name.toStdString() + "' (" + p.host.toStdString() +
                      "): this xrs-remote was built without SSH (xrs_ssh); only the local profile works");
#endif
}

ClusterProfile findProfile(const std::vector<ClusterProfile>& profiles, const QString& name)
{
    for (const auto& p : profiles)
        if (p.name == name) return p;
    throw UsageError("no host profile '" + name.toStdString() + "' (see xrs remote hosts)");
}

// Takes "--opt VALUE" from args.
bool takeOption(QStringList& args, const QString& name, QString* value)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0) return false;
    if (i + 1 >= args.size()) throw UsageError(name.toStdString() + " needs a value");
    *value = args[i + 1];
    args.remove(i, 2);
    return true;
}
bool takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll(name) > 0;
}
int toInt(const QString& name, const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 0) throw UsageError(name.toStdString() + ": '" + v.toStdString() + "' is not a whole number");
    return n;
}

// Detector rows of a scan on the host, from `xrs info` ("shape: A×R×C").
int scanRows(RemoteHost& host, const ClusterProfile& p, const QString& input)
{
    const CommandResult r =
        host.run(p.engineCommand + QStringLiteral(" info ") + shellQuote(input), std::chrono::minutes(2));
    static const QRegularExpression shape(QStringLiteral("shape:\\s+(\\d+)×(\\d+)×(\\d+)"));
    const auto m = shape.match(QString::fromUtf8(r.out));
    if (!r.ok() || !m.hasMatch())
        throw RemoteError("cannot read the rows of " + input.toStdString() + " on " + host.describe().toStdString() +
                          " (give --rows): " + QString::fromUtf8(r.err).trimmed().toStdString());
    return m.captured(2).toInt();
}

int cmdHosts(const std::vector<ClusterProfile>& profiles)
{
    for (const auto& p : profiles)
        out(QStringLiteral("%1\t%2\t%3\t%4").arg(p.name, p.host, p.scheduler, p.workDirectory));
    return 0;
}

int cmdSubmit(QStringList args, const std::vector<ClusterProfile>& profiles, JobStore& store)
{
    QStringList tail;
    if (const qsizetype dd = args.indexOf(QStringLiteral("--")); dd >= 0) {
        tail = args.mid(dd + 1);
        args = args.first(dd);
    }
    QString hostName = QStringLiteral("local"), name, v;
    takeOption(args, QStringLiteral("--host"), &hostName);
    takeOption(args, QStringLiteral("--name"), &name);
    const ClusterProfile profile = findProfile(profiles, hostName);
    ClusterResources res = profile.resources;
    if (takeOption(args, QStringLiteral("--partition"), &v)) res.partition = v;
    if (takeOption(args, QStringLiteral("--account"), &v)) res.account = v;
    if (takeOption(args, QStringLiteral("--nodes"), &v)) res.nodes = toInt("--nodes", v);
    if (takeOption(args, QStringLiteral("--gpus-per-node"), &v)) res.gpusPerNode = toInt("--gpus-per-node", v);
    if (takeOption(args, QStringLiteral("--cpus-per-task"), &v)) res.cpusPerTask = toInt("--cpus-per-task", v);
    if (takeOption(args, QStringLiteral("--mem"), &v)) res.memory = v;
    if (takeOption(args, QStringLiteral("--time"), &v)) res.wallTime = v;
    const bool hold = takeFlag(args, QStringLiteral("--hold"));
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    int rows = 0, tasks = 2;
    QString fetchTo = QDir::currentPath();
    takeOption(args, QStringLiteral("--fetch-to"), &fetchTo);
    if (takeOption(args, QStringLiteral("--rows"), &v)) rows = toInt("--rows", v);
    if (takeOption(args, QStringLiteral("--tasks"), &v)) tasks = toInt("--tasks", v);
    if (args.isEmpty()) throw UsageError("submit: which job? recon, train or denoise");
    const QString kind = args.takeFirst();

    std::shared_ptr<RemoteHost> host = openHost(profile);
    StoredJob stored;
    stored.host = profile.name;
    stored.scheduler = profile.scheduler;
    if (name.isEmpty()) name = QStringLiteral("xrs-") + kind;
    const QString shortId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    stored.remoteDir = (profile.workDirectory.isEmpty() ? QStringLiteral("xrs-jobs") : profile.workDirectory) + u'/' +
                       sanitizeJobName(name) + u'-' + shortId;
    ScriptSet scripts;
    if (kind == u"recon") {
        if (args.size() != 2) throw UsageError("submit recon INPUT OUTPUT");
        QString input = args[0];
        const QFileInfo output(args[1]);
        if (profile.host == u"local") {
            input = QFileInfo(input).absoluteFilePath();
        } else if (!dryRun) {
            // Remote hosts get a copy of the input in the job folder.
            host->run(QStringLiteral("mkdir -p -- ") + shellQuote(stored.remoteDir));
            const QString staged = stored.remoteDir + u'/' + QFileInfo(input).fileName();
            host->upload(input, staged);
            input = staged;
        }
        if (rows == 0) rows = scanRows(*host, profile, input);
        ReconSplit split;
        split.input = input;
        split.partsDir = stored.remoteDir + QStringLiteral("/parts");
        split.output = stored.remoteDir + u'/' + output.fileName();
        split.rows = rows;
        split.tasks = std::min(tasks, rows);
        split.reconArgs = tail;
        scripts = reconScripts(profile, res, name, split);
        stored.job = Job::xrs(kind, name,
                              QStringList{QStringLiteral("recon"), input, QStringLiteral("-o"), split.output} + tail);
        stored.localDir = output.absolutePath();
        stored.fetchFiles = {output.fileName()};
        stored.job.expectedOutputs = {output.absoluteFilePath()};
    } else if (kind == u"train" || kind == u"denoise" || kind == u"fuse") {
        scripts.main =
            kind == u"train" ? trainScript(profile, res, name, tail) : engineScript(profile, res, name, kind, tail);
        stored.job = Job::xrs(kind, name, QStringList{kind} + tail);
        if (kind != u"train") {
            // The output written in the job folder (a relative -o / --output file) comes back to --fetch-to.
            QString output;
            for (qsizetype i = 0; i < tail.size(); ++i) {
                if ((tail[i] == u"-o" || tail[i] == u"--output") && i + 1 < tail.size()) output = tail[i + 1];
                if (tail[i].startsWith(QStringLiteral("--output="))) output = tail[i].mid(9);
            }
            if (!output.isEmpty() && QFileInfo(output).isRelative() && !output.endsWith(u'/')) {
                stored.localDir = QFileInfo(fetchTo).absoluteFilePath();
                stored.fetchFiles = {output};
                stored.job.expectedOutputs = {QDir(stored.localDir).absoluteFilePath(output)};
            }
        }
    } else {
        throw UsageError("submit: unknown job '" + kind.toStdString() + "' (recon, train, denoise, fuse)");
    }
    if (dryRun) {
        out(scripts.main);
        if (!scripts.merge.isEmpty()) out(QStringLiteral("# ---- merge job (afterok) ----\n") + scripts.merge);
        return 0;
    }
    std::unique_ptr<Scheduler> scheduler = makeScheduler(profile.scheduler, host);
    stored = submitScriptSet(*scheduler, store, stored, scripts.main, scripts.merge, hold);
    out(QStringLiteral("%1\t%2\t%3").arg(stored.job.id, stored.schedulerIds.join(u','), stored.remoteDir));
    return 0;
}

JobMonitor::SchedulerFactory factoryFor(const std::vector<ClusterProfile>& profiles)
{
    return [profiles](const QString& host, const QString& scheduler) {
        return makeScheduler(scheduler, openHost(findProfile(profiles, host)));
    };
}

void printJobs(JobStore& store, const QStringList& ids, bool json)
{
    QJsonArray array;
    for (const StoredJob& j : store.all()) {
        if (!ids.isEmpty() && !ids.contains(j.job.id)) continue;
        if (json) {
            QJsonObject o = j.job.toJson();
            o.remove(QStringLiteral("log"));
            o["host"] = j.host;
            o["scheduler"] = j.scheduler;
            o["schedulerIds"] = QJsonArray::fromStringList(j.schedulerIds);
            o["fetched"] = j.fetched;
            o["remoteDir"] = j.remoteDir;
            o["localDir"] = j.localDir;
            array.append(o);
        } else {
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7")
                    .arg(j.job.id, j.host, j.schedulerIds.join(u','), j.job.stateName(), j.job.backendState,
                         j.job.title, j.fetched ? QStringLiteral("\tfetched") : QString()));
        }
    }
    if (json) out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

int run(QStringList args)
{
    QString storePath, hostsPath;
    // Global options come before the command.
    while (!args.isEmpty() && args.front().startsWith(QStringLiteral("--"))) {
        const QString opt = args.takeFirst();
        if (opt == u"--help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (args.isEmpty()) throw UsageError(opt.toStdString() + " needs a value");
        if (opt == u"--store")
            storePath = args.takeFirst();
        else if (opt == u"--hosts")
            hostsPath = args.takeFirst();
        else
            throw UsageError("unknown option " + opt.toStdString());
    }
    if (args.isEmpty()) throw UsageError("which command?");
    const QString command = args.takeFirst();
    g_profilesFile = hostsPath;
    const std::vector<ClusterProfile> profiles = loadClusterProfiles(hostsPath);
    if (command == u"hosts") return cmdHosts(profiles);
    if (command == u"check") {
        if (args.size() != 1) throw UsageError("check HOST");
        QElapsedTimer timer;
        timer.start();
        auto host = openHost(findProfile(profiles, args.front()));
        const CommandResult r = host->run(QStringLiteral("uname -n && echo xrs-remote-check"));
        if (!r.ok() || !r.out.contains("xrs-remote-check"))
            throw RemoteError(host->describe().toStdString() +
                              ": the test command failed: " + QString::fromUtf8(r.err).trimmed().toStdString());
        out(QStringLiteral("%1: ok (%2, %3 ms)")
                .arg(host->describe(), QString::fromUtf8(r.out.split('\n').front()).trimmed())
                .arg(timer.elapsed()));
        return 0;
    }
    static const QStringList kCommands{QStringLiteral("submit"), QStringLiteral("status"),  QStringLiteral("cancel"),
                                       QStringLiteral("fetch"),  QStringLiteral("monitor"), QStringLiteral("log")};
    if (!kCommands.contains(command)) throw UsageError("unknown command '" + command.toStdString() + "'");
    JobStore store(storePath);
    if (command == u"submit") return cmdSubmit(args, profiles, store);
    if (command == u"cancel") {
        if (args.isEmpty()) throw UsageError("cancel ID…");
        for (const QString& id : args) {
            std::optional<StoredJob> j = store.get(id);
            if (!j) throw UsageError("no job " + id.toStdString());
            auto scheduler = makeScheduler(j->scheduler, openHost(findProfile(profiles, j->host)));
            for (const QString& sid : j->schedulerIds) scheduler->cancel(sid);
            out(QStringLiteral("%1\tcancel requested").arg(id));
        }
        return 0;
    }
    if (command == u"log") {
        QString v;
        qint64 bytes = 16384;
        if (takeOption(args, QStringLiteral("--bytes"), &v)) bytes = std::max(1, toInt("--bytes", v));
        if (args.size() != 1) throw UsageError("log [--bytes N] ID");
        const std::optional<StoredJob> j = store.get(args.front());
        if (!j) throw UsageError("no job " + args.front().toStdString());
        auto scheduler = makeScheduler(j->scheduler, openHost(findProfile(profiles, j->host)));
        // The main (array) job's output: that is where the work and its errors are.
        std::fputs(qPrintable(scheduler->logTail(j->schedulerIds.front(), bytes)), stdout);
        return 0;
    }
    JobMonitor monitor(store.path(), factoryFor(profiles));
    QObject::connect(&monitor, &JobMonitor::problem, [](const QString& id, const QString& message) {
        std::fprintf(stderr, "xrs-remote: %s%s\n", qPrintable(id.isEmpty() ? QString() : id + QStringLiteral(": ")),
                     qPrintable(message));
    });
    if (command == u"status") {
        const bool json = takeFlag(args, QStringLiteral("--json"));
        monitor.pollOnce(true);
        printJobs(store, args, json);
        return 0;
    }
    if (command == u"fetch" || command == u"monitor") {
        const bool wait = command == u"monitor" || takeFlag(args, QStringLiteral("--wait"));
        QString v;
        int interval = 2000;
        if (takeOption(args, QStringLiteral("--interval-ms"), &v)) interval = std::max(50, toInt("--interval-ms", v));
        monitor.setIntervals(std::chrono::milliseconds(interval), std::chrono::milliseconds(std::max(interval, 30000)));
        QObject::connect(&monitor, &JobMonitor::jobFetched, [&store](const QString& id) {
            if (auto j = store.get(id)) out(QStringLiteral("%1\tfetched to %2").arg(id, j->localDir));
        });
        int active = monitor.pollOnce(true);
        while (wait && active > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min(interval, 500)));
            active = monitor.pollOnce(false);
        }
        printJobs(store, args, false);
        return 0;
    }
    throw UsageError("unknown command '" + command.toStdString() + "'");
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The app's names (app/main.cpp): the CLI and the GUI share one job store and one host list.
    QCoreApplication::setOrganizationName(QStringLiteral("X-ray Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("X-ray Studio"));
    QStringList args = app.arguments();
    args.removeFirst();
    try {
        return run(args);
    } catch (const UsageError& e) {
        std::fprintf(stderr, "xrs remote: %s\n%s", e.what(), kUsage);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "xrs: error: %s\n", e.what());
        return 1;
    }
}
