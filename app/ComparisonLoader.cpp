// app/ComparisonLoader: a demo folder → ComparisonInput (see the header).
#include "ComparisonLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <exception>

#include "io/StackSource.h"

namespace xrs::app {

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

}  // namespace

widgets::ComparisonInput loadComparisonFiles(const ComparisonFiles& files, QStringList* warnings)
{
    const auto warn = [&](const QString& text) {
        if (warnings) warnings->append(text);
    };
    // Optional stacks: a missing file is normal, an unreadable one is worth a line.
    const auto readOptional = [&](const QString& path) {
        if (path.isEmpty() || !QFileInfo::exists(path)) return ImageStack();
        try {
            return io::openStack(toPath(path))->readAll();
        } catch (const std::exception& e) {
            warn(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what())));
            return ImageStack();
        }
    };

    widgets::ComparisonInput input;
    input.lr = io::openStack(toPath(files.lr))->readAll();
    input.hr = readOptional(files.hr);
    input.reconstructed = readOptional(files.reconstructed);
    if (!input.reconstructed.empty())
        input.reconstructedName = files.reconstructedName.isEmpty() ? QFileInfo(files.reconstructed).completeBaseName()
                                                                    : files.reconstructedName;
    input.groundTruth = readOptional(files.groundTruth);
    if (!files.manifest.isEmpty() && QFileInfo::exists(files.manifest)) {
        try {
            input.times = widgets::TimeMapping::fromManifest(files.manifest);
        } catch (const std::exception& e) {
            warn(QString::fromStdString(e.what()));
        }
    }
    if (!files.report.isEmpty() && QFileInfo::exists(files.report)) {
        try {
            input.report = widgets::loadMetricReport(files.report);
        } catch (const std::exception& e) {
            warn(QString::fromStdString(e.what()));
        }
    }
    return input;
}

widgets::ComparisonInput loadComparisonFolder(const QString& dir, QStringList* warnings)
{
    const QDir root(dir);
    const QDir video(root.filePath(QStringLiteral("video")));
    ComparisonFiles files;
    files.lr = video.filePath(QStringLiteral("lr.tif"));
    files.hr = video.filePath(QStringLiteral("hr.tif"));
    for (const char* name : {"fused.tif", "bicubic.tif"}) {
        if (QFileInfo::exists(video.filePath(QLatin1String(name)))) {
            files.reconstructed = video.filePath(QLatin1String(name));
            break;
        }
    }
    files.groundTruth = video.filePath(QStringLiteral("ground_truth.tif"));
    files.manifest = video.filePath(QStringLiteral("manifest.json"));
    for (const char* name : {"report.json", "report.csv"}) {
        if (QFileInfo::exists(root.filePath(QLatin1String(name)))) {
            files.report = root.filePath(QLatin1String(name));
            break;
        }
    }
    return loadComparisonFiles(files, warnings);
}

}  // namespace xrs::app
