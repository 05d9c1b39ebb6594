// remote/JobScript: directives, template rendering and the recon / train / denoise scripts.
#include "JobScript.h"

#include <QFile>
#include <QRegularExpression>

#include "RemoteHost.h"
#include "Scheduler.h"
#include "ShellQuote.h"

namespace xrs::remote {

namespace {

// Directive values are read by sbatch/qsub, not by a shell: allow only what cannot split or escape the line.
QString directiveValue(const QString& what, const QString& value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.,:=@+%/-]+$"));
    if (!safe.match(value).hasMatch())
        throw RemoteError(
            QStringLiteral("%1 '%2' may only hold letters, digits and _.,:=@+%/-").arg(what, value).toStdString());
    return value;
}

QString setupBlock(const ClusterProfile& profile)
{
    for (const QString& line : profile.environment)
        if (line.contains(u'\n') || line.contains(u'\r'))
            throw RemoteError("an environment line of host profile '" + profile.name.toStdString() +
                              "' spans several lines");
    return profile.environment.join(u'\n');
}

QString xrsCommand(const ClusterProfile& profile)
{
    const QString command = profile.engineCommand.trimmed();
    if (command.isEmpty() || command.contains(u'\n'))
        throw RemoteError("host profile '" + profile.name.toStdString() + "' needs a one-line engine command");
    return command;  // the user's own command line (path or container wrapper), as written
}

std::map<QString, QString> common(const ClusterProfile& profile, const QString& directiveBlock, const QStringList& args)
{
    return {{QStringLiteral("DIRECTIVES"), directiveBlock},
            {QStringLiteral("SETUP"), setupBlock(profile)},
            {QStringLiteral("XRS"), xrsCommand(profile)},
            {QStringLiteral("ARGS"), shellJoin(args)}};
}

QString prefix(ScriptKind kind)
{
    return kind == ScriptKind::Slurm ? QStringLiteral("slurm-") : QStringLiteral("pbs-");
}

}  // namespace

ScriptKind scriptKindFor(const QString& scheduler)
{
    if (scheduler == u"slurm") return ScriptKind::Slurm;
    if (scheduler == u"pbs" || scheduler == u"torque") return ScriptKind::Pbs;
    throw RemoteError("no job scripts for scheduler '" + scheduler.toStdString() + "' (use slurm or pbs)");
}

QString directives(ScriptKind kind, const QString& jobName, const ClusterResources& r, int arrayTasks,
                   bool oneRankPerGpu)
{
    QStringList d;
    if (kind == ScriptKind::Slurm) {
        const QString name = sanitizeJobName(jobName, 64);
        const auto add = [&](const QString& option) { d << QStringLiteral("#SBATCH ") + option; };
        add(QStringLiteral("--job-name=") + name);
        if (!r.partition.isEmpty()) add(QStringLiteral("--partition=") + directiveValue("partition", r.partition));
        if (!r.account.isEmpty()) add(QStringLiteral("--account=") + directiveValue("account", r.account));
        add(QStringLiteral("--nodes=%1").arg(std::max(1, r.nodes)));
        if (r.gpusPerNode > 0) {
            add(QStringLiteral("--gpus-per-node=%1").arg(r.gpusPerNode));
            if (oneRankPerGpu) add(QStringLiteral("--ntasks-per-node=%1").arg(r.gpusPerNode));
        }
        if (r.cpusPerTask > 0) add(QStringLiteral("--cpus-per-task=%1").arg(r.cpusPerTask));
        if (!r.memory.isEmpty()) add(QStringLiteral("--mem=") + directiveValue("memory", r.memory));
        if (!r.wallTime.isEmpty()) add(QStringLiteral("--time=") + directiveValue("wall time", r.wallTime));
        if (arrayTasks > 1) {
            add(QStringLiteral("--array=0-%1").arg(arrayTasks - 1));
            add(QStringLiteral("--output=%x_%A_%a.out"));
        } else {
            add(QStringLiteral("--output=%x_%j.out"));
        }
    } else {
        // PBS Pro: names start with a letter, at most 15 characters on older servers.
        const QString name = sanitizeJobName(jobName, 15);
        const auto add = [&](const QString& option) { d << QStringLiteral("#PBS ") + option; };
        add(QStringLiteral("-N ") + name);
        if (!r.partition.isEmpty()) add(QStringLiteral("-q ") + directiveValue("queue", r.partition));
        if (!r.account.isEmpty()) add(QStringLiteral("-A ") + directiveValue("account", r.account));
        QString select = QStringLiteral("select=%1").arg(std::max(1, r.nodes));
        const int ranks = oneRankPerGpu && r.gpusPerNode > 0 ? r.gpusPerNode : 1;
        if (r.cpusPerTask > 0) select += QStringLiteral(":ncpus=%1").arg(r.cpusPerTask * ranks);
        if (r.gpusPerNode > 0) select += QStringLiteral(":ngpus=%1").arg(r.gpusPerNode);
        // PBS writes sizes in lower case with a b: 64G → 64gb.
        if (!r.memory.isEmpty()) {
            QString m = directiveValue("memory", r.memory).toLower();
            if (!m.endsWith(u'b')) m += u'b';
            select += QStringLiteral(":mem=") + m;
        }
        add(QStringLiteral("-l ") + select);
        if (r.nodes > 1) add(QStringLiteral("-l place=scatter"));
        if (!r.wallTime.isEmpty()) add(QStringLiteral("-l walltime=") + directiveValue("wall time", r.wallTime));
        if (arrayTasks > 1) add(QStringLiteral("-J 0-%1").arg(arrayTasks - 1));
        add(QStringLiteral("-j oe"));
    }
    return d.join(u'\n');
}

QString renderTemplate(const QString& text, const std::map<QString, QString>& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Z_]+)\\}\\}"));
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto v = values.find(m.captured(1));
        if (v == values.end()) throw RemoteError("job template: no value for {{" + m.captured(1).toStdString() + "}}");
        out += text.mid(at, m.capturedStart() - at);
        out += v->second;
        at = m.capturedEnd();
    }
    out += text.mid(at);
    return out;
}

QString jobTemplate(const QString& name)
{
    QFile f(QStringLiteral(":/jobs/") + name);
    if (!f.open(QIODevice::ReadOnly)) throw RemoteError("no job template " + name.toStdString());
    return QString::fromUtf8(f.readAll());
}

ScriptSet reconScripts(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                       const ReconSplit& split)
{
    if (split.rows < 1) throw RemoteError("recon split: the scan has no rows");
    if (split.tasks < 1 || split.tasks > split.rows)
        throw RemoteError(
            QStringLiteral("recon split: %1 tasks for %2 rows").arg(split.tasks).arg(split.rows).toStdString());
    const ScriptKind kind = scriptKindFor(profile.scheduler);
    auto values = common(profile, directives(kind, name, resources, split.tasks), split.reconArgs);
    values[QStringLiteral("INPUT")] = shellQuote(split.input);
    values[QStringLiteral("PARTS")] = shellQuote(split.partsDir);
    values[QStringLiteral("OUTPUT")] = shellQuote(split.output);
    values[QStringLiteral("ROWS")] = QString::number(split.rows);
    values[QStringLiteral("TASKS")] = QString::number(split.tasks);
    ScriptSet set;
    set.main = renderTemplate(jobTemplate(prefix(kind) + QStringLiteral("recon-task.sh")), values);
    // The merge is light: one node, the default cpus, the same partition and account.
    ClusterResources light;
    light.partition = resources.partition;
    light.account = resources.account;
    light.wallTime = resources.wallTime;
    values[QStringLiteral("DIRECTIVES")] = directives(kind, sanitizeJobName(name) + QStringLiteral("-merge"), light);
    set.merge = renderTemplate(jobTemplate(prefix(kind) + QStringLiteral("recon-merge.sh")), values);
    return set;
}

QString trainScript(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                    const QStringList& args)
{
    const ScriptKind kind = scriptKindFor(profile.scheduler);
    auto values = common(profile, directives(kind, name, resources, 0, true), args);
    values[QStringLiteral("GPUS_PER_NODE")] = QString::number(std::max(1, resources.gpusPerNode));
    return renderTemplate(jobTemplate(prefix(kind) + QStringLiteral("train.sh")), values);
}

QString engineScript(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                     const QString& subcommand, const QStringList& args)
{
    if (subcommand != u"denoise" && subcommand != u"fuse")
        throw RemoteError("no single-command job script for xrs " + subcommand.toStdString());
    const ScriptKind kind = scriptKindFor(profile.scheduler);
    auto values = common(profile, directives(kind, name, resources), args);
    values[QStringLiteral("SUBCOMMAND")] = subcommand;  // one of the fixed words above: nothing to quote
    return renderTemplate(jobTemplate(prefix(kind) + QStringLiteral("engine.sh")), values);
}

QString denoiseScript(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                      const QStringList& args)
{
    return engineScript(profile, resources, name, QStringLiteral("denoise"), args);
}

QString fuseScript(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                   const QStringList& args)
{
    return engineScript(profile, resources, name, QStringLiteral("fuse"), args);
}

}  // namespace xrs::remote
