#pragma once
// app/ReportPdf: the metric report as a PDF — title, date, the summary table (mean/median/q1/q3/min/max per method
// and metric) of a report JSON of `xrs demo` or `xrs metrics`, the per-frame plot (its CSV or inline values) as an
// image, thumbnails of the best and worst frames when the result and ground-truth stacks are given, then the
// parameters and provenance. HTML through QTextDocument into QPdfWriter.
#include <QString>

#include <vector>

#include "core/ImageStack.h"

namespace xrs::app {

struct ReportInputs {
    QString reportJson;      // required
    ImageStack result;       // optional: the reconstruction the report rates, one frame per row of the CSV
    ImageStack groundTruth;  // optional: same shape
};

struct SummaryRow {
    QString method, metric;
    double mean = 0, median = 0, q1 = 0, q3 = 0, min = 0, max = 0;
};

// The summary rows of a report JSON (demo: metrics.methods.M.metric, metrics: methods.M.summary.metric).
// Throws xrs::Error naming the file when it is not such a report.
std::vector<SummaryRow> loadSummary(const QString& reportJson);
// How the table shows a value of metric (the same text as in the PDF).
QString formatMetric(double value, const QString& metric);
// Writes the PDF (temporary name, then renamed). Throws xrs::Error naming the file on an unreadable report or an
// unwritable PDF.
void writeReportPdf(const ReportInputs& inputs, const QString& pdfPath);

}  // namespace xrs::app
