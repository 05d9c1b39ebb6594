// app/ReportPdf: report JSON → HTML → PDF.
#include "ReportPdf.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

#include "core/Error.h"
#include "widgets/MetricPlot.h"
#include "widgets/MetricReport.h"

namespace xrs::app {

namespace {

class ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    static QString title() { return tr("Metric report"); }
    static QString generated(const QString& date) { return tr("Generated %1").arg(date); }
    static QString summary() { return tr("Summary"); }
    static QString method() { return tr("Method"); }
    static QString metric() { return tr("Metric"); }
    static QString perFrame() { return tr("Per-frame values"); }
    static QString frames() { return tr("Best and worst frames"); }
    static QString best(int f, const QString& v) { return tr("Best: frame %1 (%2)").arg(f).arg(v); }
    static QString worst(int f, const QString& v) { return tr("Worst: frame %1 (%2)").arg(f).arg(v); }
    static QString parameters() { return tr("Parameters and provenance"); }
    static QString source() { return tr("Report file"); }
    static QString groundTruth() { return tr("ground truth"); }
};

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) throw Error(toPath(path), {}, "cannot open the report");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        throw Error(toPath(path), "offset " + std::to_string(error.offset),
                    "not a JSON report: " + error.errorString().toStdString());
    return doc.object();
}

// Flattens the parameters into "a.b.c = value" lines, leaving out the summaries and per-frame values.
void flatten(const QJsonValue& v, const QString& prefix, QStringList& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("methods") || it.key() == QLatin1String("per_frame")) continue;
            flatten(it.value(), prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), out);
        }
    } else if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << (item.isDouble() ? QString::number(item.toDouble()) : item.toVariant().toString());
        out << prefix + QStringLiteral(" = [") + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    } else {
        out << prefix + QStringLiteral(" = ") +
                   (v.isDouble() ? QString::number(v.toDouble(), 'g', 8) : v.toVariant().toString());
    }
}

QImage thumbnail(const ImageStack& image, int frame, ValueRange range)
{
    QImage out(int(image.cols()), int(image.rows()), QImage::Format_Grayscale8);
    const double scale = range.max > range.min ? 255.0 / (range.max - range.min) : 0.0;
    for (int r = 0; r < out.height(); ++r) {
        uchar* line = out.scanLine(r);
        const auto row = image.row(frame, r);
        for (int c = 0; c < out.width(); ++c)
            line[c] = uchar(std::clamp(std::lround((double(row[std::size_t(c)]) - range.min) * scale), 0L, 255L));
    }
    return out.scaled(std::min(out.width(), 240), std::min(out.height(), 240), Qt::KeepAspectRatio,
                      Qt::SmoothTransformation);
}

}  // namespace

QString formatMetric(double value, const QString& metric)
{
    return QString::number(value, 'f', metric.startsWith(QLatin1String("ssim")) ? 4 : 2);
}

std::vector<SummaryRow> loadSummary(const QString& reportJson)
{
    const QJsonObject root = readJson(reportJson);
    QJsonObject methods = root.value(QStringLiteral("methods")).toObject();
    if (methods.isEmpty())
        methods = root.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("methods")).toObject();
    if (methods.isEmpty()) throw Error(toPath(reportJson), {}, "the report has no per-method summary (\"methods\")");
    std::vector<SummaryRow> rows;
    for (auto m = methods.begin(); m != methods.end(); ++m) {
        QJsonObject metrics = m.value().toObject();
        if (metrics.contains(QStringLiteral("summary"))) metrics = metrics.value(QStringLiteral("summary")).toObject();
        for (auto s = metrics.begin(); s != metrics.end(); ++s) {
            const QJsonObject o = s.value().toObject();
            if (!o.contains(QStringLiteral("mean"))) continue;
            SummaryRow row{m.key(), s.key()};
            row.mean = o.value(QStringLiteral("mean")).toDouble();
            row.median = o.value(QStringLiteral("median")).toDouble();
            row.q1 = o.value(QStringLiteral("q1")).toDouble();
            row.q3 = o.value(QStringLiteral("q3")).toDouble();
            row.min = o.value(QStringLiteral("min")).toDouble();
            row.max = o.value(QStringLiteral("max")).toDouble();
            rows.push_back(row);
        }
    }
    if (rows.empty()) throw Error(toPath(reportJson), {}, "the report's methods have no summary statistics");
    return rows;
}

void writeReportPdf(const ReportInputs& inputs, const QString& pdfPath)
{
    const std::vector<SummaryRow> rows = loadSummary(inputs.reportJson);
    const QJsonObject root = readJson(inputs.reportJson);
    QTextDocument doc;
    QString html;
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(ReportText::title().toHtmlEscaped(),
                     ReportText::generated(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).toHtmlEscaped());

    html += QStringLiteral(
                "<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%2</th><th>%3</th>"
                "<th>mean</th><th>median</th><th>q1</th><th>q3</th><th>min</th><th>max</th></tr>")
                .arg(ReportText::summary(), ReportText::method(), ReportText::metric());
    for (const SummaryRow& r : rows) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td>")
                    .arg(r.method.toHtmlEscaped(), widgets::metricLabel(r.metric).toHtmlEscaped());
        for (double v : {r.mean, r.median, r.q1, r.q3, r.min, r.max})
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(formatMetric(v, r.metric));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // The per-frame plot, drawn by the same widget as in the comparison layout.
    widgets::MetricReport perFrame;
    try {
        perFrame = widgets::loadMetricReport(inputs.reportJson);
    } catch (const std::exception&) {
        // A report without per-frame values still gets its summary.
    }
    if (!perFrame.empty()) {
        widgets::MetricPlot plot;
        plot.resize(900, 380);
        plot.setReport(perFrame);
        const QImage image = plot.chartView()->grab().toImage();
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("xrs://plot.png")), image);
        html +=
            QStringLiteral("<h2>%1</h2><p><img src=\"xrs://plot.png\" width=\"600\"></p>").arg(ReportText::perFrame());
    }

    // Best and worst frames by the first metric of the plot (higher is better except for error measures).
    const widgets::MetricSeries* series = perFrame.empty() ? nullptr : perFrame.find(perFrame.metrics().value(0));
    if (series && !series->values.empty() && !inputs.result.empty() &&
        inputs.result.shape() == inputs.groundTruth.shape()) {
        const bool lowerBetter = series->metric == QLatin1String("aad") || series->metric == QLatin1String("mse");
        const auto [lo, hi] = std::minmax_element(series->values.begin(), series->values.end());
        const auto bestIt = lowerBetter ? lo : hi, worstIt = lowerBetter ? hi : lo;
        const int best = series->frames[std::size_t(bestIt - series->values.begin())];
        const int worst = series->frames[std::size_t(worstIt - series->values.begin())];
        if (best < inputs.result.frames() && worst < inputs.result.frames()) {
            const ValueRange range = inputs.groundTruth.computeRange();
            html += QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">").arg(ReportText::frames());
            int index = 0;
            for (const auto& [frame, caption] :
                 {std::pair{best, ReportText::best(best, formatMetric(*bestIt, series->metric))},
                  std::pair{worst, ReportText::worst(worst, formatMetric(*worstIt, series->metric))}}) {
                const QString result = QStringLiteral("xrs://result%1.png").arg(index);
                const QString truth = QStringLiteral("xrs://truth%1.png").arg(index++);
                doc.addResource(QTextDocument::ImageResource, QUrl(result), thumbnail(inputs.result, frame, range));
                doc.addResource(QTextDocument::ImageResource, QUrl(truth), thumbnail(inputs.groundTruth, frame, range));
                html += QStringLiteral(
                            "<tr><td colspan=\"2\">%1 — %2 | %5</td></tr>"
                            "<tr><td><img src=\"%3\"></td><td><img src=\"%4\"></td></tr>")
                            .arg(caption.toHtmlEscaped(), series->method.toHtmlEscaped(), result, truth,
                                 ReportText::groundTruth());
            }
            html += QStringLiteral("</table>");
        }
    }

    QStringList params;
    flatten(root, QString(), params);
    html += QStringLiteral("<h2>%1</h2><p>%2: %3</p><pre>%4</pre>")
                .arg(ReportText::parameters(), ReportText::source(),
                     QFileInfo(inputs.reportJson).absoluteFilePath().toHtmlEscaped(),
                     params.join(QLatin1Char('\n')).toHtmlEscaped());
    doc.setHtml(html);

    // Written beside the target and renamed when complete.
    const QString temp = pdfPath + QStringLiteral(".part");
    {
        QPdfWriter writer(temp);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(ReportText::title());
        writer.setCreator(QStringLiteral("X-ray Studio"));
        doc.print(&writer);
    }
    std::error_code ec;
    std::filesystem::rename(toPath(temp), toPath(pdfPath), ec);
    if (ec) {
        QFile::remove(temp);
        throw Error(toPath(pdfPath), {}, "cannot write the PDF: " + ec.message());
    }
}

}  // namespace xrs::app
