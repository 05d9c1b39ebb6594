// widgets/TimeMapping: LR ↔ HR frame times (see the header).
#include "TimeMapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

#include "core/Error.h"

namespace xrs::widgets {

namespace {

void requireAscending(const std::vector<double>& times, const char* what)
{
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (!std::isfinite(times[i]))
            throw Error(std::string(what) + " time " + std::to_string(i) + " is not a finite number");
        if (i > 0 && times[i] < times[i - 1])
            throw Error(std::string(what) + " times must be ascending (frame " + std::to_string(i) + ")");
    }
}

}  // namespace

TimeMapping::TimeMapping(std::vector<double> lrTimes, std::vector<double> hrTimes)
    : m_lr(std::move(lrTimes)), m_hr(std::move(hrTimes))
{
    requireAscending(m_lr, "LR");
    requireAscending(m_hr, "HR");
}

TimeMapping TimeMapping::evenlySpaced(int lrFrames, int hrFrames, double hrStep)
{
    std::vector<double> lr(std::size_t(std::max(0, lrFrames))), hr(std::size_t(std::max(0, hrFrames)));
    for (std::size_t i = 0; i < lr.size(); ++i) lr[i] = double(i);
    for (std::size_t j = 0; j < hr.size(); ++j) hr[j] = double(j) * hrStep;
    return TimeMapping(std::move(lr), std::move(hr));
}

TimeMapping TimeMapping::fromManifest(const QString& path)
{
    const std::filesystem::path file(QFile::encodeName(path).toStdString());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(file, {}, "cannot open: " + f.errorString().toStdString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (doc.isNull())
        throw Error(file, "offset " + std::to_string(parseError.offset),
                    "not JSON: " + parseError.errorString().toStdString());
    const auto times = [&](const char* key) {
        const QJsonValue value = doc.object().value(QLatin1String(key));
        if (!value.isArray()) throw Error(file, key, "missing or not an array of times");
        std::vector<double> out;
        for (const QJsonValue& v : value.toArray()) {
            if (!v.isDouble()) throw Error(file, key, "holds something that is not a number");
            out.push_back(v.toDouble());
        }
        return out;
    };
    try {
        return TimeMapping(times("lr_times"), times("hr_times"));
    } catch (const Error& e) {
        if (!e.file().empty()) throw;
        throw Error(file, {}, e.reason());
    }
}

TimeMapping::Match TimeMapping::nearestHr(int lrFrame) const
{
    if (m_hr.empty() || m_lr.empty()) return {};
    const double t = m_lr.at(std::size_t(std::clamp(lrFrame, 0, lrFrames() - 1)));
    const auto upper = std::lower_bound(m_hr.begin(), m_hr.end(), t);
    std::size_t best;
    if (upper == m_hr.end()) {
        best = m_hr.size() - 1;
    } else if (upper == m_hr.begin()) {
        best = 0;
    } else {
        const auto j = std::size_t(upper - m_hr.begin());
        best = (*upper - t) < (t - m_hr[j - 1]) ? j : j - 1;  // ties go to the earlier frame
    }
    return {int(best), m_hr[best] - t};
}

}  // namespace xrs::widgets
