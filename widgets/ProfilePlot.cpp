// widgets/ProfilePlot: line-profile chart (see the header).
#include "ProfilePlot.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace xrs::widgets {

ProfilePlot::ProfilePlot(QWidget* parent) : QChartView(parent)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    m_series = new QLineSeries(chart);
    chart->addSeries(m_series);
    m_x = new QValueAxis(chart);
    m_y = new QValueAxis(chart);
    m_y->setTruncateLabels(false);  // values like 20057.5 in full (Qt elides them in small charts)
    m_x->setTitleText(tr("distance (px)"));
    m_y->setTitleVisible(false);                  // the labels need the room; values are what a profile shows
    m_y->setLabelFormat(QStringLiteral("%.6g"));  // large values (raw counts) in full, not elided
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(chart);  // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
}

void ProfilePlot::setProfile(const std::vector<ProfileSample>& samples, const QString& unit)
{
    QList<QPointF> points;
    points.reserve(qsizetype(samples.size()));
    double lo = 0.0, hi = 1.0, length = 1.0;
    if (!samples.empty()) {
        lo = hi = samples.front().value;
        for (const auto& s : samples) {
            points.append({s.distance, s.value});
            lo = std::min(lo, s.value);
            hi = std::max(hi, s.value);
        }
        length = std::max(1e-9, samples.back().distance);
    }
    const double pad = hi > lo ? 0.05 * (hi - lo) : 0.5;
    m_series->replace(points);
    m_x->setRange(0.0, length);
    m_y->setRange(lo - pad, hi + pad);
    m_x->setTitleText(unit.isEmpty() ? tr("distance (px)") : tr("distance (%1)").arg(unit));
}

int ProfilePlot::pointCount() const
{
    return int(m_series->count());
}

}  // namespace xrs::widgets
