#pragma once
// remote/JobScript: batch scripts from the templates in resources/jobs/ (embedded as Qt resources :/jobs/…):
// #SBATCH / #PBS directives from ClusterResources, the profile's environment lines, the engine command, and the job's
// values. Every value that reaches the shell goes through shellQuote; directive values are checked instead (the
// schedulers parse those lines themselves, without a shell) and job names are sanitised. The text returned is what is
// submitted, so the GUI can show it as a preview.
#include <QString>
#include <QStringList>

#include <map>

#include "ClusterProfile.h"

namespace xrs::remote {

enum class ScriptKind { Slurm, Pbs };
ScriptKind scriptKindFor(const QString& scheduler);  // "slurm" → Slurm, "pbs"/"torque" → Pbs; else RemoteError

// `xrs recon` split by slice range over array tasks, plus a merge job run after all of them (afterok).
struct ReconSplit {
    QString input;          // on the host (absolute, or relative to the job folder)
    QString partsDir;       // folder the tasks write part_<i>.tif into
    QString output;         // merged stack written by the merge job
    int rows = 0;           // detector rows in the scan
    int tasks = 2;          // array tasks (≤ rows)
    QStringList reconArgs;  // further recon options, e.g. {"--center", "31.5"} (give --center: each task would
                            // otherwise find the axis from its own rows)
};

struct ScriptSet {
    QString main;   // the array job (or the only job)
    QString merge;  // empty when there is none
};

// Directive block for one job. arrayTasks > 1 adds the array range 0..n−1; oneRankPerGpu asks for a task per GPU.
// Slurm jobs write stdout to <name>_<jobid>.out (arrays: <name>_<array id>_<task>.out) in the job folder.
QString directives(ScriptKind kind, const QString& jobName, const ClusterResources& resources, int arrayTasks = 0,
                   bool oneRankPerGpu = false);

// {{KEY}} → values[KEY] (already quoted by the caller); a placeholder without a value throws RemoteError.
QString renderTemplate(const QString& text, const std::map<QString, QString>& values);
// The template text of resources/jobs/<name> (e.g. "slurm-recon-task.sh"); RemoteError when missing.
QString jobTemplate(const QString& name);

ScriptSet reconScripts(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                       const ReconSplit& split);
// args: the subcommand's own options (after `xrs train` / `xrs denoise`).
QString trainScript(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                    const QStringList& args);
// One engine command (`xrs denoise …`, `xrs fuse …`) as a job; subcommand is "denoise" or "fuse".
QString engineScript(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                     const QString& subcommand, const QStringList& args);
QString denoiseScript(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                      const QStringList& args);
QString fuseScript(const ClusterProfile& profile, const ClusterResources& resources, const QString& name,
                   const QStringList& args);

}  // namespace xrs::remote
