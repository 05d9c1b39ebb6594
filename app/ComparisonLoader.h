#pragma once
// app/ComparisonLoader: reads what the comparison layout shows from an output folder of `xrs demo` (or `xrs synth` +
// reconstruction): video/lr.tif, video/hr.tif, the reconstruction (video/fused.tif when present, else
// video/bicubic.tif), video/ground_truth.tif, the frame times (video/manifest.json) and the per-frame metrics
// (report.json → report.csv). Owns nothing; returns plain data.
#include <QString>
#include <QStringList>

#include "widgets/ComparisonView.h"

namespace xrs::app {

// Throws xrs::Error when the LR video cannot be read; optional parts that are missing or unreadable are left out and
// described in *warnings.
widgets::ComparisonInput loadComparisonFolder(const QString& dir, QStringList* warnings = nullptr);

}  // namespace xrs::app
