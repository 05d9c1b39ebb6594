// widgets/MetricReport: per-frame metrics from CSV or JSON reports (see the header).
#include "MetricReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

#include "core/Error.h"

namespace xrs::widgets {

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// Collects (method, metric) → frame → value and turns it into series sorted by frame.
class Collector {
public:
    void add(const QString& method, const QString& metric, int frame, double value)
    {
        m_values[{method, metric}][frame] = value;
    }
    MetricReport report() const
    {
        MetricReport r;
        for (const auto& [key, byFrame] : m_values) {
            MetricSeries s{key.first, key.second, {}, {}};
            for (const auto& [frame, value] : byFrame) {
                s.frames.push_back(frame);
                s.values.push_back(value);
            }
            r.series.push_back(std::move(s));
        }
        return r;
    }

private:
    std::map<std::pair<QString, QString>, std::map<int, double>> m_values;
};

MetricReport loadCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(toPath(path), {}, "cannot open: " + f.errorString().toStdString());
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
    const auto frameColumn = header.indexOf(QStringLiteral("frame"));
    const auto methodColumn = header.indexOf(QStringLiteral("method"));
    if (frameColumn < 0) throw Error(toPath(path), "line 1", "the header has no \"frame\" column");
    Collector collector;
    int line = 1;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty()) continue;
        const QStringList cells = text.split(QLatin1Char(','));
        if (cells.size() != header.size())
            throw Error(toPath(path), "line " + std::to_string(line),
                        "has " + std::to_string(cells.size()) + " cells, the header " + std::to_string(header.size()));
        bool ok = false;
        const int frame = cells[frameColumn].toInt(&ok);
        if (!ok || frame < 0) throw Error(toPath(path), "line " + std::to_string(line), "the frame is not a number");
        const QString method = methodColumn >= 0 ? cells[methodColumn] : QString();
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (c == frameColumn || c == methodColumn) continue;
            const double value = cells[c].toDouble(&ok);
            if (ok) collector.add(method, header[c], frame, value);  // blank or "nan" cells are left out
        }
    }
    return collector.report();
}

MetricReport loadJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(toPath(path), {}, "cannot open: " + f.errorString().toStdString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        throw Error(toPath(path), "offset " + std::to_string(parseError.offset),
                    "not a JSON report: " + parseError.errorString().toStdString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("per_frame")).isArray()) {
        Collector collector;
        for (const QJsonValue& row : root.value(QStringLiteral("per_frame")).toArray()) {
            const QJsonObject o = row.toObject();
            const int frame = o.value(QStringLiteral("frame")).toInt(-1);
            if (frame < 0) throw Error(toPath(path), "per_frame", "an entry has no frame number");
            const QString method = o.value(QStringLiteral("method")).toString();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (it.key() != QLatin1String("frame") && it.key() != QLatin1String("method") && it.value().isDouble())
                    collector.add(method, it.key(), frame, it.value().toDouble());
        }
        return collector.report();
    }
    const QString csv =
        root.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("per_frame_csv")).toString();
    if (csv.isEmpty()) throw Error(toPath(path), {}, "has no per-frame metrics (per_frame or metrics.per_frame_csv)");
    return loadCsv(QFileInfo(path).dir().filePath(csv));
}

}  // namespace

QStringList MetricReport::metrics() const
{
    QStringList out;
    for (const auto& s : series)
        if (!out.contains(s.metric)) out << s.metric;
    const QStringList preferred = {QStringLiteral("psnr_db"), QStringLiteral("psnr"), QStringLiteral("ssim"),
                                   QStringLiteral("aad")};
    std::stable_sort(out.begin(), out.end(), [&](const QString& a, const QString& b) {
        const auto rank = [&](const QString& m) {
            const auto i = preferred.indexOf(m);
            return i < 0 ? preferred.size() : i;
        };
        return rank(a) < rank(b);
    });
    return out;
}

QStringList MetricReport::methods() const
{
    QStringList out;
    for (const auto& s : series)
        if (!out.contains(s.method)) out << s.method;
    return out;
}

const MetricSeries* MetricReport::find(const QString& metric, const QString& method) const
{
    for (const auto& s : series)
        if (s.metric == metric && (method.isEmpty() || s.method == method)) return &s;
    return nullptr;
}

QString metricLabel(const QString& metric)
{
    if (metric == QLatin1String("psnr_db") || metric == QLatin1String("psnr"))
        return QCoreApplication::translate("xrs::widgets::MetricReport", "PSNR (dB)");
    if (metric == QLatin1String("ssim")) return QStringLiteral("SSIM");
    if (metric == QLatin1String("aad")) return QCoreApplication::translate("xrs::widgets::MetricReport", "AAD");
    if (metric == QLatin1String("mse")) return QCoreApplication::translate("xrs::widgets::MetricReport", "MSE");
    return metric;
}

MetricReport loadMetricReport(const QString& path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) return loadJson(path);
    return loadCsv(path);
}

}  // namespace xrs::widgets
