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

widgets::ComparisonInput loadComparisonFolder(const QString& dir, QStringList* warnings)
{
    const QDir root(dir);
    const QDir video(root.filePath(QStringLiteral("video")));
    const auto warn = [&](const QString& text) {
        if (warnings) warnings->append(text);
    };
    // Optional stacks: a missing file is normal, an unreadable one is worth a line.
    const auto readOptional = [&](const QString& name) {
        const QString path = video.filePath(name);
        if (!QFileInfo::exists(path)) return ImageStack();
        try {
            return io::openStack(toPath(path))->readAll();
        } catch (const std::exception& e) {
            warn(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what())));
            return ImageStack();
        }
    };

    widgets::ComparisonInput input;
    input.lr = io::openStack(toPath(video.filePath(QStringLiteral("lr.tif"))))->readAll();
    input.hr = readOptional(QStringLiteral("hr.tif"));
    for (const char* name : {"fused.tif", "bicubic.tif"}) {
        input.reconstructed = readOptional(QLatin1String(name));
        if (!input.reconstructed.empty()) {
            input.reconstructedName = QFileInfo(QLatin1String(name)).completeBaseName();
            break;
        }
    }
    input.groundTruth = readOptional(QStringLiteral("ground_truth.tif"));

    const QString manifest = video.filePath(QStringLiteral("manifest.json"));
    if (QFileInfo::exists(manifest)) {
        try {
            input.times = widgets::TimeMapping::fromManifest(manifest);
        } catch (const std::exception& e) {
            warn(QString::fromStdString(e.what()));
        }
    }
    for (const char* name : {"report.json", "report.csv"}) {
        const QString path = root.filePath(QLatin1String(name));
        if (!QFileInfo::exists(path)) continue;
        try {
            input.report = widgets::loadMetricReport(path);
            break;
        } catch (const std::exception& e) {
            warn(QString::fromStdString(e.what()));
        }
    }
    return input;
}

}  // namespace xrs::app
