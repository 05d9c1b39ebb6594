// widgets/MetricPlot: per-frame metric chart with click-to-frame (see the header).
#include "MetricPlot.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace xrs::widgets {

MetricPlot::MetricPlot(QWidget* parent) : QWidget(parent)
{
    m_metricBox = new QComboBox(this);
    m_metricBox->setToolTip(tr("Metric to plot"));
    m_metricBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_metricBox, &QComboBox::activated, this,
            [this](int index) { setMetric(m_metricBox->itemData(index).toString()); });

    m_chart = new QChart;
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_x = new QValueAxis(m_chart);
    m_y = new QValueAxis(m_chart);
    m_y->setTruncateLabels(false);  // values like 20057.5 in full (Qt elides them in small charts)
    m_x->setTitleText(tr("frame"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setToolTip(tr("Click a point to show that frame"));
    m_view->viewport()->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(4, 0, 4, 0);
    top->addWidget(new QLabel(tr("Per-frame metric:"), this));
    top->addWidget(m_metricBox);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    rebuild();
}

void MetricPlot::setReport(MetricReport report)
{
    m_report = std::move(report);
    const QStringList metrics = m_report.metrics();
    {
        const QSignalBlocker block(m_metricBox);
        m_metricBox->clear();
        for (const QString& m : metrics) m_metricBox->addItem(metricLabel(m), m);
    }
    m_metric = metrics.contains(m_metric) ? m_metric : metrics.value(0);
    rebuild();
}

void MetricPlot::setMetric(const QString& metric)
{
    if (!m_report.metrics().contains(metric)) return;
    m_metric = metric;
    rebuild();
}

void MetricPlot::setCurrentFrame(int frame)
{
    m_frame = frame;
    updateMarker();
}

void MetricPlot::rebuild()
{
    m_chart->removeAllSeries();  // deletes them, the marker too
    m_marker = nullptr;
    {
        const QSignalBlocker block(m_metricBox);
        m_metricBox->setCurrentIndex(m_metricBox->findData(m_metric));
    }
    double xMax = 1.0;
    m_yLow = INFINITY;
    m_yHigh = -INFINITY;
    for (const MetricSeries& s : m_report.series) {
        if (s.metric != m_metric) continue;
        auto* line = new QLineSeries;
        line->setName(s.method.isEmpty() ? metricLabel(s.metric) : s.method);
        auto* points = new QScatterSeries;
        points->setMarkerSize(5.0);
        for (std::size_t i = 0; i < s.frames.size(); ++i) {
            if (!std::isfinite(s.values[i])) continue;
            line->append(s.frames[i], s.values[i]);
            points->append(s.frames[i], s.values[i]);
            xMax = std::max(xMax, double(s.frames[i]));
            m_yLow = std::min(m_yLow, s.values[i]);
            m_yHigh = std::max(m_yHigh, s.values[i]);
        }
        m_chart->addSeries(line);
        m_chart->addSeries(points);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        points->attachAxis(m_x);
        points->attachAxis(m_y);
        points->setColor(line->color());
        m_chart->legend()->markers(points).value(0)->setVisible(false);
    }
    if (!(m_yLow <= m_yHigh)) {
        m_yLow = 0.0;
        m_yHigh = 1.0;
    }
    const double pad = m_yHigh > m_yLow ? 0.08 * (m_yHigh - m_yLow) : 0.5;
    m_yLow -= pad;
    m_yHigh += pad;
    m_x->setRange(0.0, xMax);
    // Whole-frame ticks at a round step (1, 2 or 5 × 10^k) giving at most ~10 of them.
    double step = 1.0;
    while (xMax / step > 10.0) step *= (QString::number(step).startsWith('2') ? 2.5 : 2.0);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0.0);
    m_x->setTickInterval(step);
    m_y->setRange(m_yLow, m_yHigh);
    m_y->setTitleVisible(false);  // the metric box above names it; the labels need the room

    m_marker = new QLineSeries;
    m_marker->setName(tr("current frame"));
    m_marker->setPen(QPen(QColor(220, 60, 40), 1.5, Qt::DashLine));
    m_chart->addSeries(m_marker);
    m_marker->attachAxis(m_x);
    m_marker->attachAxis(m_y);
    m_chart->legend()->markers(m_marker).value(0)->setVisible(false);
    updateMarker();
}

void MetricPlot::updateMarker()
{
    if (!m_marker) return;
    m_marker->replace(QList<QPointF>{{double(m_frame), m_yLow}, {double(m_frame), m_yHigh}});
}

QPointF MetricPlot::positionOfFrame(int frame) const
{
    const MetricSeries* s = m_report.find(m_metric);
    double value = 0.5 * (m_yLow + m_yHigh);
    if (s) {
        const auto it = std::find(s->frames.begin(), s->frames.end(), frame);
        if (it != s->frames.end()) value = s->values[std::size_t(it - s->frames.begin())];
    }
    const QPointF scene = m_chart->mapToPosition(QPointF(frame, value));
    return m_view->mapFromScene(m_chart->mapToScene(scene));
}

int MetricPlot::frameAt(const QPointF& viewPos) const
{
    const MetricSeries* s = m_report.find(m_metric);
    if (!s || s->frames.empty()) return -1;
    const QPointF value = m_chart->mapToValue(m_chart->mapFromScene(m_view->mapToScene(viewPos.toPoint())));
    const auto nearest = std::min_element(s->frames.begin(), s->frames.end(), [&](int a, int b) {
        return std::abs(a - value.x()) < std::abs(b - value.x());
    });
    return *nearest;
}

bool MetricPlot::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            m_chart->plotArea().contains(m_chart->mapFromScene(m_view->mapToScene(mouse->position().toPoint())))) {
            const int frame = frameAt(mouse->position());
            if (frame >= 0) emit frameClicked(frame);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace xrs::widgets
