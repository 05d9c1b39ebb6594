#pragma once
// app/ComparisonLoader: reads what the comparison layout shows from an output folder of `xrs demo` (or `xrs synth` +
// reconstruction): video/lr.tif, video/hr.tif, the reconstruction (video/fused.tif when present, else
// video/bicubic.tif), video/ground_truth.tif, the frame times (video/manifest.json) and the per-frame metrics
// (report.json → report.csv). Owns nothing; returns plain data.
#include <QString>
#include <QStringList>

#include "widgets/ComparisonView.h"

namespace xrs::app {

// The files of one comparison, wherever they lie (a cluster job's inputs and fetched outputs). Empty: left out.
struct ComparisonFiles {
    QString lr;  // required
    QString hr;
    QString reconstructed;
    QString reconstructedName;  // pane title (empty: the file's base name)
    QString groundTruth;
    QString manifest;  // frame times (lr_times / hr_times)
    QString report;    // per-frame metrics (report.json / report.csv)
};

// Throws xrs::Error when the LR stack cannot be read; optional files that are missing or unreadable are left out and
// described in *warnings.
widgets::ComparisonInput loadComparisonFiles(const ComparisonFiles& files, QStringList* warnings = nullptr);

// Throws xrs::Error when the LR video cannot be read; optional parts that are missing or unreadable are left out and
// described in *warnings.
widgets::ComparisonInput loadComparisonFolder(const QString& dir, QStringList* warnings = nullptr);

}  // namespace xrs::app
