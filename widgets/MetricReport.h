#pragma once
// widgets/MetricReport: per-frame quality metrics read from a report — a CSV with a header "frame,method,<metric>…"
// (xrs demo's report.csv) or a JSON report that has them inline ("per_frame": [{"frame":…, "method":…, …}]) or points
// at such a CSV ("metrics": {"per_frame_csv": "report.csv"}). Plain data for the metric plot.
#include <QString>
#include <QStringList>

#include <vector>

namespace xrs::widgets {

struct MetricSeries {
    QString method;           // e.g. "bicubic"
    QString metric;           // column id, e.g. "psnr_db", "ssim", "aad"
    std::vector<int> frames;  // ascending
    std::vector<double> values;
};

struct MetricReport {
    std::vector<MetricSeries> series;
    QStringList metrics() const;  // ids in a useful order: psnr_db, ssim, aad, then the others
    QStringList methods() const;
    const MetricSeries* find(const QString& metric, const QString& method = {}) const;  // empty method: the first
    bool empty() const { return series.empty(); }
};

// The label of a metric id ("psnr_db" → "PSNR (dB)").
QString metricLabel(const QString& metric);

// Throws xrs::Error naming the file and the line on anything unreadable.
MetricReport loadMetricReport(const QString& path);

}  // namespace xrs::widgets
