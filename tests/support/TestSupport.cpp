#include "TestSupport.h"

#include <QProcess>

namespace xrs::test {

namespace {
ProcessResult run(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + program;
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + program + " " + args.join(' ');
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
}  // namespace

ProcessResult runPython(const QString& script, const QStringList& args, int timeoutMs)
{
    return run(XRS_REF_PYTHON, QStringList{"-c", script} + args, timeoutMs);
}

ProcessResult runXrs(const QStringList& args, int timeoutMs) { return run(XRS_CLI_PATH, args, timeoutMs); }

bool pythonHas(const QStringList& modules, QString* why)
{
    const auto r = runPython("import " + modules.join(','), {}, 60000);
    if (r.exitCode == 0) return true;
    if (why) *why = r.err.trimmed().split('\n').last();
    return false;
}

std::filesystem::path toPath(const QString& s) { return std::filesystem::path(s.toStdString()); }

QString fixture(const QString& name) { return QString(XRS_FIXTURES_DIR) + "/" + name; }

}  // namespace xrs::test
