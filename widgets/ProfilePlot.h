#pragma once
// widgets/ProfilePlot: the line-profile plot under an image view (value against distance along the line, Qt Charts).
#include <QChartView>

#include <vector>

#include "Measure.h"

class QLineSeries;
class QValueAxis;

namespace xrs::widgets {

class ProfilePlot : public QChartView {
    Q_OBJECT
public:
    explicit ProfilePlot(QWidget* parent = nullptr);

    void setProfile(const std::vector<ProfileSample>& samples, const QString& unit);
    int pointCount() const;

private:
    QLineSeries* m_series = nullptr;  // owned by the chart
    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

}  // namespace xrs::widgets
