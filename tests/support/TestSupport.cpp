#include "TestSupport.h"

#include <QCoreApplication>
#include <QProcess>

#include <memory>

#include <algorithm>
#include <cmath>

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

ProcessResult runXrs(const QStringList& args, int timeoutMs)
{
    return run(XRS_CLI_PATH, args, timeoutMs);
}

std::vector<ProcessResult> runXrsRanks(int world, const QStringList& args, int timeoutMs)
{
    // A port per test process and call, so suites running side by side do not meet.
    static int calls = 0;
    const QString port = QString::number(20000 + (QCoreApplication::applicationPid() * 7 + calls++) % 20000);
    std::vector<std::unique_ptr<QProcess>> ranks;
    for (int r = 0; r < world; ++r) {
        auto p = std::make_unique<QProcess>();
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("RANK", QString::number(r));
        env.insert("WORLD_SIZE", QString::number(world));
        env.insert("MASTER_ADDR", "127.0.0.1");
        env.insert("MASTER_PORT", port);
        p->setProcessEnvironment(env);
        p->start(XRS_CLI_PATH, args);
        ranks.push_back(std::move(p));
    }
    std::vector<ProcessResult> results(ranks.size());
    for (std::size_t r = 0; r < ranks.size(); ++r) {
        QProcess& p = *ranks[r];
        if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            results[r].err = "rank " + QString::number(r) + " did not finish: " + args.join(' ');
            continue;
        }
        results[r].exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        results[r].out = QString::fromUtf8(p.readAllStandardOutput());
        results[r].err = QString::fromUtf8(p.readAllStandardError());
    }
    return results;
}

bool pythonHas(const QStringList& modules, QString* why)
{
    const auto r = runPython("import " + modules.join(','), {}, 60000);
    if (r.exitCode == 0) return true;
    if (why) *why = r.err.trimmed().split('\n').last();
    return false;
}

std::filesystem::path toPath(const QString& s)
{
    return std::filesystem::path(s.toStdString());
}

QString fixture(const QString& name)
{
    return QString(XRS_FIXTURES_DIR) + "/" + name;
}

double maxAbsDiff(const ImageStack& a, const ImageStack& b)
{
    double m = 0;
    for (std::int64_t f = 0; f < a.frames(); ++f)
        for (std::int64_t r = 0; r < a.rows(); ++r)
            for (std::int64_t c = 0; c < a.cols(); ++c)
                m = std::max(m, std::abs(double(a.at(f, r, c)) - double(b.at(f, r, c))));
    return m;
}

double rmseInCircle(const ImageStack& a, const ImageStack& b, double radius)
{
    double s = 0;
    std::int64_t n = 0;
    const double mid = (double(a.cols()) - 1) / 2;
    for (std::int64_t f = 0; f < a.frames(); ++f)
        for (std::int64_t r = 0; r < a.rows(); ++r)
            for (std::int64_t c = 0; c < a.cols(); ++c) {
                if (std::hypot(double(r) - mid, double(c) - mid) > radius) continue;
                const double d = double(a.at(f, r, c)) - double(b.at(f, r, c));
                s += d * d;
                ++n;
            }
    return std::sqrt(s / double(std::max<std::int64_t>(n, 1)));
}

}  // namespace xrs::test
