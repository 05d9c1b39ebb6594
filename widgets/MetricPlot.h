#pragma once
// widgets/MetricPlot: a per-frame metric (PSNR, SSIM, AAD … from a MetricReport) against the frame index, one line per
// method, with a marker on the current frame (Qt Charts). A click in the plot asks for the frame nearest to it.
#include <QWidget>

#include "MetricReport.h"

class QChart;
class QChartView;
class QComboBox;
class QLineSeries;
class QValueAxis;

namespace xrs::widgets {

class MetricPlot : public QWidget {
    Q_OBJECT
public:
    explicit MetricPlot(QWidget* parent = nullptr);

    void setReport(MetricReport report);
    const MetricReport& report() const { return m_report; }
    // Metric id shown ("psnr_db", "ssim", "aad", …); unknown ids are ignored.
    void setMetric(const QString& metric);
    QString metric() const { return m_metric; }
    void setCurrentFrame(int frame);
    int currentFrame() const { return m_frame; }

    QChartView* chartView() const { return m_view; }
    // Where the point of `frame` of the first series lies in chartView() coordinates (tests, tool tips).
    QPointF positionOfFrame(int frame) const;
    // The frame of the nearest plotted point to a chartView() position horizontally (-1 when nothing is plotted).
    int frameAt(const QPointF& viewPos) const;

signals:
    void frameClicked(int frame);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void updateMarker();

    MetricReport m_report;
    QString m_metric;
    int m_frame = 0;
    double m_yLow = 0.0, m_yHigh = 1.0;
    QComboBox* m_metricBox = nullptr;  // Qt children
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;  // owned by the view
    QValueAxis* m_x = nullptr;  // owned by the chart
    QValueAxis* m_y = nullptr;
    QLineSeries* m_marker = nullptr;
};

}  // namespace xrs::widgets
