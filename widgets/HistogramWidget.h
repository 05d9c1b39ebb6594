#pragma once
// widgets/HistogramWidget: the histogram of the shown image (log counts) with the display range of a DisplaySettings
// drawn as two draggable limits over a strip of the colour map, and a preset menu of automatic ranges (0.35–99.65 %,
// 1–99 %, min–max). Holds the image it was given for the presets; the settings are observed, not owned.
#include <QPointer>
#include <QWidget>

#include "Histogram.h"

class QToolButton;

namespace xrs::widgets {

class DisplaySettings;

class HistogramWidget : public QWidget {
    Q_OBJECT
public:
    explicit HistogramWidget(QWidget* parent = nullptr);

    void setDisplaySettings(DisplaySettings* settings);
    DisplaySettings* displaySettings() const { return m_settings; }
    // Histogram and presets of this image (all its frames).
    void setImage(const ImageStack& image);
    const Histogram& histogram() const { return m_histogram; }

    // Sets the settings' range from the image by the preset.
    void applyAutoRange(AutoRange range);

    // Horizontal position of a value in the plot and back (widget coordinates).
    double xForValue(double value) const;
    double valueAtX(double x) const;

    QSize sizeHint() const override { return {320, 110}; }
    QSize minimumSizeHint() const override { return {160, 70}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    // The value range the x axis spans: the histogram's, with a margin.
    std::pair<double, double> axisRange() const;

    QPointer<DisplaySettings> m_settings;
    ImageStack m_image;
    Histogram m_histogram;
    QToolButton* m_presets = nullptr;  // Qt child
    enum class Drag { None, Low, High } m_drag = Drag::None;
};

}  // namespace xrs::widgets
