#pragma once
// Test support shared by the suites: a scratch directory per test, and running the reference Python (Debian's
// numpy/tifffile/h5py/skimage) or the xrs CLI as real subprocesses.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <filesystem>
#include <vector>

#include "core/ImageStack.h"

namespace xrs::test {

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs XRS_REF_PYTHON with the given inline script and arguments (sys.argv[1:]).
ProcessResult runPython(const QString& script, const QStringList& args = {}, int timeoutMs = 120000);
// Runs the xrs CLI built alongside the tests.
ProcessResult runXrs(const QStringList& args, int timeoutMs = 300000);
// Runs `world` copies of the xrs CLI as data-parallel ranks (RANK, WORLD_SIZE, MASTER_ADDR 127.0.0.1 and a
// MASTER_PORT derived from this process id) and waits for all of them; results in rank order.
std::vector<ProcessResult> runXrsRanks(int world, const QStringList& args, int timeoutMs = 300000);
// True when the reference python has the named modules; otherwise reasons why not in *why.
bool pythonHas(const QStringList& modules, QString* why = nullptr);

std::filesystem::path toPath(const QString& s);
QString fixture(const QString& name);  // tests/fixtures/<name>

// Largest |a − b| over all values (same shapes), in double.
double maxAbsDiff(const ImageStack& a, const ImageStack& b);
// RMSE of a − b over the pixels within `radius` of each slice's centre ((cols − 1)/2, (cols − 1)/2).
double rmseInCircle(const ImageStack& a, const ImageStack& b, double radius);

}  // namespace xrs::test

// QSKIP with the reason when the reference python lacks modules.
#define XRS_REQUIRE_PYTHON(...)                                                                          \
    do {                                                                                                 \
        QString why_;                                                                                    \
        if (!xrs::test::pythonHas({__VA_ARGS__}, &why_)) QSKIP(qPrintable("reference python: " + why_)); \
    } while (0)
